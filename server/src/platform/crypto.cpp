#include "platform/crypto.hpp"

#include "base/text.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sodium.h>

#include <chrono>
#include <memory>
#include <stdexcept>

namespace daibiao::platform {
namespace {

void ensure_sodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium failed to initialise");
}

}  // namespace

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  return to_hex(digest, len);
}

std::string sm3_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sm3(), nullptr);
  return to_hex(digest, len);
}

std::string sm4_ctr(std::string_view key, std::string_view iv, std::string_view data) {
  if (key.size() != 16 || iv.size() != 16)
    throw std::invalid_argument("SM4-CTR needs a 16-byte key and IV");
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                      EVP_CIPHER_CTX_free);
  std::string out(data.size(), '\0');
  int len = 0, tail = 0;
  if (!ctx ||
      EVP_EncryptInit_ex(ctx.get(), EVP_sm4_ctr(), nullptr,
                         reinterpret_cast<const unsigned char*>(key.data()),
                         reinterpret_cast<const unsigned char*>(iv.data())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                        reinterpret_cast<const unsigned char*>(data.data()),
                        static_cast<int>(data.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &tail) !=
          1)
    throw std::runtime_error("SM4-CTR failed");
  return out;
}

std::string hmac(MacHash hash, std::string_view key, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(hash == MacHash::sm3 ? EVP_sm3() : EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len);
  return std::string(reinterpret_cast<char*>(out), len);
}

std::string OsRandom::hex_token(int bytes) {
  std::string raw(static_cast<std::size_t>(bytes), '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
    throw std::runtime_error("RAND_bytes failed");
  return to_hex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

TimeMs SystemClock::now_ms() const {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("argon2id hashing ran out of memory");
  return out;
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
  ensure_sodium();
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

void burn_password_check(std::string_view password) {
  static const std::string dummy = hash_password("daibiao-no-such-user");
  (void)verify_password(password, dummy);
}

std::string totp_code(std::string_view key, std::int64_t step, int digits) {
  unsigned char counter[8];
  for (int i = 7; i >= 0; --i) {
    counter[i] = static_cast<unsigned char>(step & 0xFF);
    step >>= 8;
  }
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), counter, sizeof counter, mac, &len);
  const int offset = mac[len - 1] & 0x0F;
  const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7F) << 24) |
                               (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                               (static_cast<std::uint32_t>(mac[offset + 2]) << 8) |
                               static_cast<std::uint32_t>(mac[offset + 3]);
  std::uint32_t mod = 1;
  for (int i = 0; i < digits; ++i) mod *= 10;
  std::string code = std::to_string(binary % mod);
  return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

}  // namespace daibiao::platform
