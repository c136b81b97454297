// Coverage for libFuzzer from gcc: gcc's -fsanitize-coverage=trace-pc calls
// __sanitizer_cov_trace_pc() at every basic block, which libFuzzer 14 no longer accepts.
// Here each call bumps one of 64 Ki 8-bit counters chosen by a hash of the caller's address,
// and the counters are registered the way clang's -fsanitize-coverage=inline-8bit-counters
// registers its own. Collisions cost a little precision, nothing else. (trace-cmp callbacks
// go to libFuzzer directly.)
#include <cstddef>
#include <cstdint>

extern "C" void __sanitizer_cov_8bit_counters_init(std::uint8_t* start, std::uint8_t* stop);

namespace {
constexpr int kBits = 16;
constexpr std::size_t kCounters = std::size_t{1} << kBits;
alignas(64) std::uint8_t counters[kCounters];

__attribute__((constructor)) void register_counters() {
  __sanitizer_cov_8bit_counters_init(counters, counters + kCounters);
}
}  // namespace

extern "C" __attribute__((no_sanitize("address", "undefined"), no_sanitize_coverage)) void
__sanitizer_cov_trace_pc() {
  auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
  pc ^= pc >> 17;
  pc *= 0x9E3779B97F4A7C15ull;
  ++counters[pc >> (64 - kBits)];
}

// gcc's trace-cmp also reports float and double comparisons, which libFuzzer has no use for.
extern "C" __attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" __attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpd(double, double) {}
