// Prometheus text metrics of this node: requests by route/method/status, a latency
// histogram by route, and the database pool. Per node by nature (each node is scraped).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace daibiao::http {

// The database connection pool's gauges (the server passes the storage pool's stats).
struct PoolGauges {
  int size = 0;
  int in_use = 0;
  std::int64_t waits = 0;
};

class Metrics {
 public:
  static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,   0.25,   0.5,   1.0,  2.5};
  void observe(const std::string& route, const std::string& method, int status, double seconds);
  std::string render(const PoolGauges& pool, std::int64_t in_flight) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
};

}  // namespace daibiao::http
