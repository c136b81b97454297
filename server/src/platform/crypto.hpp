// Real-world primitives: SHA-256, the OS random source, Argon2id password hashes and the
// system clock. Only this folder touches OpenSSL, libsodium and std::chrono::system_clock.
#pragma once

#include <string>
#include <string_view>

#include "base/clock.hpp"
#include "base/random.hpp"

namespace daibiao::platform {

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

// The 商密 primitives, from OpenSSL 3's default provider.
// Lower-case hex SM3 (GB/T 32905) of `data`.
std::string sm3_hex(std::string_view data);
// SM4 (GB/T 32907) in CTR mode with a 16-byte key and IV; encrypting and decrypting are the
// same keystream XOR. Throws std::invalid_argument on other key or IV sizes.
std::string sm4_ctr(std::string_view key, std::string_view iv, std::string_view data);

// Raw HMAC bytes of `data` under `key` with SHA-256 or SM3.
enum class MacHash { sha256, sm3 };
std::string hmac(MacHash hash, std::string_view key, std::string_view data);

class OsRandom final : public RandomSource {
 public:
  std::string hex_token(int bytes) override;
};

class SystemClock final : public Clock {
 public:
  TimeMs now_ms() const override;
};

// Argon2id in the PHC string format ($argon2id$v=19$m=...), libsodium's interactive
// limits (about 75 ms here). Verification takes the parameters from the stored string.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);

// RFC 6238 TOTP with HMAC-SHA1: the `digits`-digit code of time step `step` (Unix seconds
// / 30) for the raw secret `key`, zero-padded ("094287").
std::string totp_code(std::string_view key, std::int64_t step, int digits = 6);

// Hashing a password nobody has, so an unknown user costs as long as a wrong password.
void burn_password_check(std::string_view password);

}  // namespace daibiao::platform
