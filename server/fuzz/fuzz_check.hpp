// The one assertion the fuzz targets use: a broken contract prints what broke and aborts,
// which libFuzzer reports as a crash (with the input saved). Not assert(): it stays on
// whatever the build type.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                     \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "fuzz contract broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace daibiao::fuzz {

// The contracts behind the two findings of docs/fuzzing.md (both fixed; their inputs are in
// the corpus as regression seeds). On by default; FUZZ_STRICT=0 turns them off.
inline bool strict() {
  static const bool on = [] {
    const char* v = std::getenv("FUZZ_STRICT");
    return !(v && std::string_view(v) == "0");
  }();
  return on;
}

// Consumes the input front to back: a byte, or a length-prefixed piece of text. Lets one
// input drive several arguments; what is left is the last piece.
class Input {
 public:
  Input(const unsigned char* data, std::size_t size)
      : rest_(reinterpret_cast<const char*>(data), size) {}
  unsigned char byte() {
    if (rest_.empty()) return 0;
    const auto b = static_cast<unsigned char>(rest_.front());
    rest_.remove_prefix(1);
    return b;
  }
  // Up to the next '\n' (or the end); the separator is consumed.
  std::string_view line() {
    const auto nl = rest_.find('\n');
    const auto piece = rest_.substr(0, nl);
    rest_ = nl == std::string_view::npos ? std::string_view{} : rest_.substr(nl + 1);
    return piece;
  }
  std::string_view rest() const { return rest_; }
  bool empty() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

}  // namespace daibiao::fuzz
