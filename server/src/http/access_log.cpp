#include "http/access_log.hpp"

#include <cstdio>

namespace daibiao::http {

AccessLog::AccessLog() : writer_([this] { run(); }) {}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_one();
  writer_.join();
}

void AccessLog::write(std::string line) {
  {
    std::lock_guard lock(mu_);
    queue_.push_back(std::move(line));
  }
  cv_.notify_one();
}

void AccessLog::run() {
  std::deque<std::string> batch;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty() && stopping_) return;
      batch.swap(queue_);
    }
    for (const auto& line : batch) std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
    batch.clear();
  }
}

}  // namespace daibiao::http
