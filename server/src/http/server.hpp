// The HTTP/1.1 server (the only code that sees Beast/Asio): keep-alive, size limits
// (413/431), read and idle timeouts, a worker pool for handlers (all database work), and
// graceful shutdown on SIGTERM/SIGINT: stop accepting, close idle connections, let
// in-flight requests finish and answer with `Connection: close`.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "http/pipeline.hpp"

namespace daibiao::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (tests)
  int io_threads = 2;
  int workers = 4;           // handler threads; database calls block here
  int password_workers = 1;  // threads for routes that hash passwords (Runs::on_password_pool)
  int password_queue = 32;   // waiting password requests beyond which 429 answers at once
  std::size_t header_limit = 16 * 1024;              // 431 beyond
  std::size_t body_limit = 1024 * 1024;              // 413 beyond
  std::size_t upload_body_limit = 10 * 1024 * 1024;  // POST …/attachments: 413 beyond
  std::chrono::seconds read_timeout{15};             // to receive a whole request once it started
  std::chrono::seconds idle_timeout{60};             // keep-alive connection with no request
  std::chrono::seconds shutdown_grace{30};
};

// Runs until a termination signal; `on_listening` gets the bound "address:port".
int run_server(Pipeline& pipeline, const ServerOptions& options,
               const std::function<void(const std::string&)>& on_listening);

}  // namespace daibiao::http
