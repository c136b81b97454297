// Injected randomness: tokens, salts and ids come from here so tests can fix them.
#pragma once

#include <string>

namespace daibiao {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  // `bytes` random bytes, hex-encoded (2*bytes characters).
  virtual std::string hex_token(int bytes) = 0;
};

}  // namespace daibiao
