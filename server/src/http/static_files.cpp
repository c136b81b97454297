#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace daibiao::http {
namespace {

std::string content_type_of(const std::string& ext) {
  static const std::map<std::string, std::string> kTypes{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace

StaticFiles StaticFiles::load(const std::string& root) {
  StaticFiles out;
  if (root.empty()) return out;
  namespace fs = std::filesystem;
  const fs::path base = fs::weakly_canonical(root);
  for (const auto& entry : fs::recursive_directory_iterator(base)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string rel = "/" + fs::relative(entry.path(), base).generic_string();
    out.files_[rel] = File{content_type_of(entry.path().extension().string()), buf.str()};
  }
  return out;
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  if (files_.empty() || (req.method != "GET" && req.method != "HEAD")) return std::nullopt;
  if (req.path.starts_with("/api/") || req.path == "/api") return std::nullopt;
  std::string key = req.path == "/" ? "/index.html" : req.path;
  auto it = files_.find(key);
  const bool fallback = it == files_.end();
  if (fallback) it = files_.find("/index.html");
  if (it == files_.end()) return std::nullopt;
  Response res;
  res.content_type = it->second.content_type;
  res.body = req.method == "HEAD" ? std::string() : it->second.body;
  // Vite names assets by content hash: they never change, so cache them for a year.
  if (!fallback && key.starts_with("/assets/"))
    res.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
  else
    res.headers.emplace_back("Cache-Control", "no-cache");
  res.headers.emplace_back("Content-Security-Policy",
                           "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
                           "'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'");
  res.headers.emplace_back("X-Frame-Options", "DENY");
  res.headers.emplace_back("Referrer-Policy", "same-origin");
  return res;
}

}  // namespace daibiao::http
