#include "platform/field_cipher.hpp"

#include "base/text.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/stat.h>

#include <fstream>
#include <memory>

namespace daibiao::platform {
namespace {

bool unhex(std::string_view in, std::string& out) {
  if (in.size() % 2) return false;
  out.resize(in.size() / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    int v = 0;
    for (int k = 0; k < 2; ++k) {
      const char c = in[2 * i + k];
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return false;
      v = v * 16 + d;
    }
    out[i] = static_cast<char>(v);
  }
  return true;
}

std::string hmac(const std::string& key, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len);
  return std::string(reinterpret_cast<char*>(out), len);
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
constexpr std::size_t kNonce = 12, kTag = 16;

}  // namespace

Result<FieldCipher> FieldCipher::from_hex(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.remove_suffix(1);
  std::string master;
  if (text.size() != 64 || !unhex(text, master))
    return fail(ErrorCode::invalid_argument, "密钥文件应包含 64 个十六进制字符（32 字节）");
  FieldCipher c;
  c.enc_key_ = hmac(master, "daibiao field encryption v1");
  c.hash_key_ = hmac(master, "daibiao lookup hash v1");
  c.audit_key_ = hmac(master, "daibiao audit chain v1");
  c.anchor_key_ = hmac(master, "daibiao audit anchor v1");
  return c;
}

Result<FieldCipher> FieldCipher::from_key_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return fail(ErrorCode::failed_precondition,
                "找不到字段加密密钥文件 " + path + "：请用 daibiao keygen --out " + path + " 生成");
  if (st.st_mode & (S_IRWXG | S_IRWXO))
    return fail(ErrorCode::failed_precondition,
                "密钥文件 " + path + " 的权限过宽：请执行 chmod 600");
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return from_hex(text);
}

Status FieldCipher::generate_key_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0)
    return fail(ErrorCode::failed_precondition, "密钥文件已存在：" + path);
  unsigned char key[32];
  if (RAND_bytes(key, sizeof key) != 1) return fail(ErrorCode::internal, "无法生成随机密钥");
  const mode_t old = ::umask(077);
  std::ofstream out(path);
  out << to_hex(key, sizeof key) << "\n";
  out.close();
  ::umask(old);
  if (!out) return fail(ErrorCode::internal, "无法写入密钥文件：" + path);
  ::chmod(path.c_str(), 0600);
  return {};
}

std::string FieldCipher::seal(std::string_view plaintext) const {
  if (plaintext.empty()) return {};
  unsigned char nonce[kNonce];
  RAND_bytes(nonce, kNonce);
  std::string buf(kNonce + plaintext.size() + kTag, '\0');
  auto* out = reinterpret_cast<unsigned char*>(buf.data());
  std::copy(nonce, nonce + kNonce, out);
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                     reinterpret_cast<const unsigned char*>(enc_key_.data()), nonce);
  EVP_EncryptUpdate(ctx.get(), out + kNonce, &len,
                    reinterpret_cast<const unsigned char*>(plaintext.data()),
                    static_cast<int>(plaintext.size()));
  EVP_EncryptFinal_ex(ctx.get(), out + kNonce + len, &len);
  EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, out + kNonce + plaintext.size());
  return "v1:" + to_hex(out, buf.size());
}

Result<std::string> FieldCipher::open(std::string_view sealed) const {
  if (sealed.empty()) return std::string();
  std::string raw;
  if (!sealed.starts_with("v1:") || !unhex(sealed.substr(3), raw) || raw.size() < kNonce + kTag)
    return fail(ErrorCode::internal, "加密字段格式无效");
  const std::size_t n = raw.size() - kNonce - kTag;
  auto* in = reinterpret_cast<unsigned char*>(raw.data());
  std::string plain(n, '\0');
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                     reinterpret_cast<const unsigned char*>(enc_key_.data()), in);
  EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, in + kNonce,
                    static_cast<int>(n));
  EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, in + kNonce + n);
  if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + len, &len) !=
      1)
    return fail(ErrorCode::internal, "加密字段无法解密（密钥不符或数据被篡改）");
  return plain;
}

std::string FieldCipher::lookup_hash(std::string_view value) const {
  std::string normalised(value);
  for (char& c : normalised)
    if (c == 'x') c = 'X';  // ID numbers end in X or x
  const std::string mac = hmac(hash_key_, normalised);
  return to_hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

std::string FieldCipher::audit_mac(std::string_view data) const {
  const std::string mac = hmac(audit_key_, data);
  return to_hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

std::string FieldCipher::anchor_mac(std::string_view data) const {
  const std::string mac = hmac(anchor_key_, data);
  return to_hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

}  // namespace daibiao::platform
