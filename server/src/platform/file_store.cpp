#include "platform/file_store.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/files.hpp"

namespace daibiao::platform {

bool valid_file_key(std::string_view key) {
  if (key.empty() || key.size() > 128 || key.front() == '.') return false;
  for (unsigned char ch : key)
    if (!std::isalnum(ch) && ch != '-' && ch != '_' && ch != '.') return false;
  return true;
}

std::string DirectoryFileStore::path_of(std::string_view key) const {
  return (std::filesystem::path(dir_) / std::string(key)).string();
}

Status DirectoryFileStore::put(std::string_view key, std::string_view bytes) {
  if (!valid_file_key(key)) return fail(ErrorCode::invalid_argument, "文件键无效");
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return fail(ErrorCode::internal, "无法创建文件目录：" + dir_);
  return write_file_durably(path_of(key), bytes, 0600, true);
}

Result<std::string> DirectoryFileStore::open(std::string_view key) const {
  if (!valid_file_key(key)) return fail(ErrorCode::not_found, "文件不存在");
  std::ifstream in(path_of(key), std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "文件不存在");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return fail(ErrorCode::internal, "无法读取文件");
  return bytes.str();
}

Status DirectoryFileStore::remove(std::string_view key) {
  if (!valid_file_key(key)) return {};
  std::error_code ec;
  std::filesystem::remove(path_of(key), ec);
  if (ec) return fail(ErrorCode::internal, "无法删除文件");
  return {};
}

}  // namespace daibiao::platform
