#include "platform/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

namespace daibiao::platform {
namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void sync_directory_of(const std::string& path) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

Status write_file_durably(const std::string& path, std::string_view content, unsigned mode,
                          bool must_be_new) {
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) return fail(ErrorCode::internal, "无法写入文件：" + tmp);
  const bool written = write_all(fd, content) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    ::unlink(tmp.c_str());
    return fail(ErrorCode::internal, "无法写入文件：" + tmp);
  }
  // link() fails when the target exists, which rename() would silently replace.
  const bool placed = must_be_new
                          ? ::link(tmp.c_str(), path.c_str()) == 0 && ::unlink(tmp.c_str()) == 0
                          : ::rename(tmp.c_str(), path.c_str()) == 0;
  if (!placed) {
    ::unlink(tmp.c_str());
    return fail(ErrorCode::failed_precondition, "无法写入文件（已存在或目录不可写）：" + path);
  }
  sync_directory_of(path);
  return {};
}

}  // namespace daibiao::platform
