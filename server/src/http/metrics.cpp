#include "http/metrics.hpp"

#include <fmt/format.h>

namespace daibiao::http {

void Metrics::observe(const std::string& route, const std::string& method, int status,
                      double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render(const PoolGauges& pool, std::int64_t in_flight) const {
  std::string out;
  out += "# HELP daibiao_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE daibiao_http_requests_total counter\n";
  std::lock_guard lock(mu_);
  for (const auto& [key, n] : requests_)
    out +=
        fmt::format("daibiao_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                    std::get<0>(key), std::get<1>(key), std::get<2>(key), n);
  out += "# HELP daibiao_http_request_duration_seconds Request latency by route.\n";
  out += "# TYPE daibiao_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
      out +=
          fmt::format("daibiao_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                      route, kBuckets[i], h.buckets[i]);
    out +=
        fmt::format("daibiao_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                    route, h.count);
    out += fmt::format("daibiao_http_request_duration_seconds_sum{{route=\"{}\"}} {:.6f}\n", route,
                       h.sum);
    out += fmt::format("daibiao_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", route,
                       h.count);
  }
  out +=
      "# HELP daibiao_http_in_flight Requests being handled now.\n# TYPE daibiao_http_in_flight "
      "gauge\n";
  out += fmt::format("daibiao_http_in_flight {}\n", in_flight);
  out +=
      "# HELP daibiao_db_pool_connections Database connections opened.\n# TYPE "
      "daibiao_db_pool_connections gauge\n";
  out += fmt::format("daibiao_db_pool_connections {}\n", pool.size);
  out +=
      "# HELP daibiao_db_pool_in_use Database connections checked out.\n# TYPE "
      "daibiao_db_pool_in_use gauge\n";
  out += fmt::format("daibiao_db_pool_in_use {}\n", pool.in_use);
  out +=
      "# HELP daibiao_db_pool_waits_total Times a request waited for a connection.\n# TYPE "
      "daibiao_db_pool_waits_total counter\n";
  out += fmt::format("daibiao_db_pool_waits_total {}\n", pool.waits);
  return out;
}

}  // namespace daibiao::http
