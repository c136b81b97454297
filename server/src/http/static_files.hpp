// The built web app (web/dist), loaded into memory once at start-up and served for GET
// requests that match no API route. Paths without a file fall back to index.html so the
// app's own router handles them (SPA); /api/... never falls back.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace daibiao::http {

class StaticFiles {
 public:
  // Reads every file under `root`. Empty root: serves nothing.
  static StaticFiles load(const std::string& root);
  bool empty() const { return files_.empty(); }
  std::size_t count() const { return files_.size(); }
  // The response for `path`, or nullopt when this request is not for the web app.
  std::optional<Response> serve(const Request& req) const;

 private:
  struct File {
    std::string content_type;
    std::string body;
  };
  std::map<std::string, File> files_;  // "/index.html", "/assets/app-1a2b.js"
};

}  // namespace daibiao::http
