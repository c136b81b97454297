// Turns a parsed Beast request into our Request: method, raw target, keep-alive, headers
// with lower-cased names, and the body (moved out). A template over the message type so this
// header needs no Beast include; used by the server and by the HTTP fuzz target, so the
// fuzzer exercises the same conversion the server runs.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "http/message.hpp"

namespace daibiao::http {

template <class BeastRequest>
void fill_request(BeastRequest& msg, Request& req) {
  req.method = std::string(msg.method_string());
  req.target = std::string(msg.target());
  req.keep_alive = msg.keep_alive();
  for (const auto& field : msg) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    req.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  req.body = std::move(msg.body());
}

}  // namespace daibiao::http
