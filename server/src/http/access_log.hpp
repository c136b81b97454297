// The access log: handlers hand over finished lines; one background thread writes them to
// stdout, so no request thread — least of all an I/O thread — blocks on a slow log pipe.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace daibiao::http {

class AccessLog {
 public:
  AccessLog();
  ~AccessLog();  // writes what is queued, then stops
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Queues one line (with its newline). Never blocks on output.
  void write(std::string line);

 private:
  void run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::string> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace daibiao::http
