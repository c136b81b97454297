#include "platform/field_cipher.hpp"

#include "base/text.hpp"
#include "platform/crypto.hpp"
#include "platform/files.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace daibiao::platform {
namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
constexpr std::size_t kGcmNonce = 12, kGcmTag = 16;  // standard
constexpr std::size_t kSmIv = 16, kSmTag = 32;       // sm

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

std::string hex_of(std::string_view raw) { return to_hex(bytes(raw), raw.size()); }

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string random_bytes(std::size_t n) {
  std::string out(n, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1)
    throw std::runtime_error("RAND_bytes failed");
  return out;
}

// "<letter><version>:" → version and the rest; nullopt when the prefix is malformed.
std::optional<std::pair<int, std::string_view>> split_version(std::string_view tagged,
                                                              char letter) {
  if (tagged.size() < 3 || tagged[0] != letter) return std::nullopt;
  const auto colon = tagged.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 6) return std::nullopt;
  int v = 0;
  for (char c : tagged.substr(1, colon - 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return std::pair{v, tagged.substr(colon + 1)};
}

std::string seal_gcm(const std::string& key, std::string_view plaintext) {
  const std::string nonce = random_bytes(kGcmNonce);
  std::string out(kGcmNonce + plaintext.size() + kGcmTag, '\0');
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  std::copy(nonce.begin(), nonce.end(), out.begin());
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce));
  EVP_EncryptUpdate(ctx.get(), o + kGcmNonce, &len, bytes(plaintext),
                    static_cast<int>(plaintext.size()));
  EVP_EncryptFinal_ex(ctx.get(), o + kGcmNonce + len, &len);
  EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTag, o + kGcmNonce + plaintext.size());
  return out;
}

std::optional<std::string> open_gcm(const std::string& key, std::string_view raw) {
  if (raw.size() < kGcmNonce + kGcmTag) return std::nullopt;
  const std::size_t n = raw.size() - kGcmNonce - kGcmTag;
  std::string plain(n, '\0');
  std::string tag(raw.substr(kGcmNonce + n));
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int len = 0;
  EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(raw));
  EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len,
                    bytes(raw) + kGcmNonce, static_cast<int>(n));
  EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTag, tag.data());
  if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + len, &len) !=
      1)
    return std::nullopt;
  return plain;
}

// The tag binds the version prefix, so a value cannot be relabelled to another version.
std::string sm_tag(const std::string& mac_key, std::string_view prefix, std::string_view iv_ct) {
  return hmac(MacHash::sm3, mac_key, std::string(prefix) + std::string(iv_ct));
}

struct KeyLine {
  int version = 0;
  KeyProfile profile = KeyProfile::standard;
  std::string hex;
  bool staged = false;
};

Result<std::vector<KeyLine>> parse_keyring(std::string_view text) {
  std::vector<KeyLine> lines;
  std::istringstream in{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string x; words >> x;) w.push_back(x);
    auto bad = [&] {
      return fail(ErrorCode::invalid_argument,
                  "密钥文件第 " + std::to_string(number) +
                      " 行格式不对：应为“版本 standard|sm 64位十六进制密钥 [staged]”");
    };
    if (w.size() == 1 && lines.empty() && w[0].size() == 64) {  // the format before versions
      lines.push_back({1, KeyProfile::standard, w[0], false});
      continue;
    }
    if (w.size() < 3 || w.size() > 4 || (w.size() == 4 && w[3] != "staged")) return bad();
    auto version = parse_int(w[0]);
    auto profile = parse_key_profile(w[1]);
    if (!version || *version < 1 || *version > 9999 || !profile) return bad();
    lines.push_back({static_cast<int>(*version), *profile, w[2], w.size() == 4});
  }
  if (lines.empty())
    return fail(ErrorCode::invalid_argument, "密钥文件中没有密钥：请用 daibiao keygen 生成");
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (lines[i].version <= lines[i - 1].version)
      return fail(ErrorCode::invalid_argument, "密钥文件中的版本号应逐行递增");
  return lines;
}

std::string keyring_text(const std::vector<KeyLine>& lines) {
  std::string out =
      "# daibiao keyring: <version> <standard|sm> <64 hex> [staged]\n"
      "# The highest version without \"staged\" seals new values; keep every line until\n"
      "# `daibiao keys reencrypt` has run and the audit log no longer needs it.\n";
  for (const auto& l : lines)
    out += std::to_string(l.version) + " " + std::string(key_profile_name(l.profile)) + " " +
           l.hex + (l.staged ? " staged" : "") + "\n";
  return out;
}

Result<std::string> read_key_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return fail(ErrorCode::failed_precondition,
                "找不到字段加密密钥文件 " + path + "：请用 daibiao keygen --out " + path + " 生成");
  if (st.st_mode & (S_IRWXG | S_IRWXO))
    return fail(ErrorCode::failed_precondition,
                "密钥文件 " + path + " 的权限过宽：请执行 chmod 600");
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Status write_key_file(const std::string& path, const std::string& text, bool must_be_new) {
  return write_file_durably(path, text, 0600, must_be_new);
}

std::string new_master_hex() { return hex_of(random_bytes(32)); }

}  // namespace

std::string_view key_profile_name(KeyProfile p) { return p == KeyProfile::sm ? "sm" : "standard"; }

std::optional<KeyProfile> parse_key_profile(std::string_view name) {
  if (name == "standard") return KeyProfile::standard;
  if (name == "sm") return KeyProfile::sm;
  return std::nullopt;
}

Result<FieldCipher::Version> FieldCipher::derive(int version, KeyProfile profile, bool staged,
                                                 std::string_view master_hex) {
  auto master = daibiao::from_hex(master_hex);
  if (master_hex.size() != 64 || !master)
    return fail(ErrorCode::invalid_argument, "密钥应为 64 个十六进制字符（32 字节）");
  Version v;
  v.info = {version, profile, staged, false};
  // The labels name the derivation, not the key version: version 1 of the standard profile
  // derives exactly the keys used before versions existed.
  if (profile == KeyProfile::standard) {
    v.enc_key = hmac(MacHash::sha256, *master, "daibiao field encryption v1");
    v.hash_key = hmac(MacHash::sha256, *master, "daibiao lookup hash v1");
    v.audit_key = hmac(MacHash::sha256, *master, "daibiao audit chain v1");
    v.anchor_key = hmac(MacHash::sha256, *master, "daibiao audit anchor v1");
  } else {
    v.enc_key = hmac(MacHash::sm3, *master, "daibiao sm4 field encryption").substr(0, 16);
    v.seal_mac = hmac(MacHash::sm3, *master, "daibiao sm3 field tag");
    v.hash_key = hmac(MacHash::sm3, *master, "daibiao sm3 lookup hash");
    v.audit_key = hmac(MacHash::sm3, *master, "daibiao sm3 audit chain");
    v.anchor_key = hmac(MacHash::sm3, *master, "daibiao sm3 audit anchor");
  }
  return v;
}

Result<FieldCipher> FieldCipher::from_text(std::string_view text) {
  DAIBIAO_TRY(auto lines, parse_keyring(text));
  FieldCipher c;
  for (const auto& l : lines) {
    auto v = derive(l.version, l.profile, l.staged, l.hex);
    if (!v)
      return fail(ErrorCode::invalid_argument,
                  "密钥版本 " + std::to_string(l.version) + "：" + v.error().message);
    c.versions_.push_back(std::move(*v));
  }
  bool found = false;
  for (std::size_t i = 0; i < c.versions_.size(); ++i)
    if (!c.versions_[i].info.staged) {
      c.current_ = i;
      found = true;
    }
  if (!found) return fail(ErrorCode::invalid_argument, "密钥文件中的密钥都处于 staged 状态");
  c.versions_[c.current_].info.current = true;
  return c;
}

Result<FieldCipher> FieldCipher::from_hex(std::string_view hex, KeyProfile profile) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' '))
    hex.remove_suffix(1);
  return from_text("1 " + std::string(key_profile_name(profile)) + " " + std::string(hex));
}

Result<FieldCipher> FieldCipher::from_key_file(const std::string& path) {
  DAIBIAO_TRY(auto text, read_key_file(path));
  return from_text(text);
}

Status FieldCipher::generate_key_file(const std::string& path, KeyProfile profile) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0)
    return fail(ErrorCode::failed_precondition, "密钥文件已存在：" + path);
  return write_key_file(path, keyring_text({{1, profile, new_master_hex(), false}}), true);
}

Result<int> FieldCipher::add_key_version(const std::string& path, KeyProfile profile, bool staged) {
  DAIBIAO_TRY(auto text, read_key_file(path));
  DAIBIAO_TRY(auto lines, parse_keyring(text));
  const int version = lines.back().version + 1;
  lines.push_back({version, profile, new_master_hex(), staged});
  if (auto st = write_key_file(path, keyring_text(lines), false); !st)
    return std::unexpected(st.error());
  return version;
}

Status FieldCipher::activate_key_version(const std::string& path, int version) {
  DAIBIAO_TRY(auto text, read_key_file(path));
  DAIBIAO_TRY(auto lines, parse_keyring(text));
  auto it = std::find_if(lines.begin(), lines.end(),
                         [&](const KeyLine& l) { return l.version == version; });
  if (it == lines.end())
    return fail(ErrorCode::not_found, "密钥文件中没有版本 " + std::to_string(version));
  it->staged = false;
  return write_key_file(path, keyring_text(lines), false);
}

std::vector<KeyVersionInfo> FieldCipher::versions() const {
  std::vector<KeyVersionInfo> out;
  for (const auto& v : versions_) out.push_back(v.info);
  return out;
}

int FieldCipher::current_version() const { return current().info.version; }
KeyProfile FieldCipher::current_profile() const { return current().info.profile; }

const FieldCipher::Version* FieldCipher::find(int version) const {
  for (const auto& v : versions_)
    if (v.info.version == version) return &v;
  return nullptr;
}

std::string FieldCipher::current_seal_prefix() const {
  return "v" + std::to_string(current_version()) + ":";
}

std::string FieldCipher::seal(std::string_view plaintext) const {
  if (plaintext.empty()) return {};
  const Version& v = current();
  const std::string prefix = current_seal_prefix();
  if (v.info.profile == KeyProfile::standard)
    return prefix + hex_of(seal_gcm(v.enc_key, plaintext));
  const std::string iv = random_bytes(kSmIv);
  const std::string iv_ct = iv + sm4_ctr(v.enc_key, iv, plaintext);
  return prefix + hex_of(iv_ct + sm_tag(v.seal_mac, prefix, iv_ct));
}

Result<std::string> FieldCipher::open(std::string_view sealed) const {
  if (sealed.empty()) return std::string();
  auto split = split_version(sealed, 'v');
  auto raw = split ? daibiao::from_hex(split->second) : std::nullopt;
  if (!raw) return fail(ErrorCode::internal, "加密字段格式无效");
  const Version* v = find(split->first);
  if (!v)
    return fail(ErrorCode::internal,
                "加密字段使用的密钥版本 " + std::to_string(split->first) + " 不在密钥文件中");
  const auto broken = [] {
    return fail(ErrorCode::internal, "加密字段无法解密（密钥不符或数据被篡改）");
  };
  if (v->info.profile == KeyProfile::standard) {
    auto plain = open_gcm(v->enc_key, *raw);
    if (!plain) return broken();
    return *plain;
  }
  if (raw->size() < kSmIv + kSmTag) return broken();
  const std::string_view all(*raw);
  const std::string_view iv_ct = all.substr(0, all.size() - kSmTag);
  const std::string prefix(sealed.substr(0, sealed.find(':') + 1));
  if (!equal_in_constant_time(sm_tag(v->seal_mac, prefix, iv_ct), all.substr(iv_ct.size())))
    return broken();
  return sm4_ctr(v->enc_key, iv_ct.substr(0, kSmIv), iv_ct.substr(kSmIv));
}

bool FieldCipher::sealed_with_current(std::string_view sealed) const {
  return sealed.empty() || sealed.starts_with(current_seal_prefix());
}

namespace {

std::string keyed_hex(KeyProfile profile, const std::string& key, std::string_view data) {
  return hex_of(hmac(profile == KeyProfile::sm ? MacHash::sm3 : MacHash::sha256, key, data));
}

std::string normalised_lookup_value(std::string_view value) {
  std::string out(value);
  for (char& c : out)
    if (c == 'x') c = 'X';  // ID numbers end in X or x
  return out;
}

}  // namespace

std::string FieldCipher::lookup_hash(std::string_view value) const {
  return keyed_hex(current().info.profile, current().hash_key, normalised_lookup_value(value));
}

std::vector<std::string> FieldCipher::lookup_hashes(std::string_view value) const {
  const std::string normalised = normalised_lookup_value(value);
  std::vector<std::string> out{lookup_hash(value)};
  for (const auto& v : versions_)
    if (&v != &current()) out.push_back(keyed_hex(v.info.profile, v.hash_key, normalised));
  return out;
}

std::string FieldCipher::audit_mac(std::string_view data) const {
  return "k" + std::to_string(current_version()) + ":" +
         keyed_hex(current().info.profile, current().audit_key, data);
}

bool FieldCipher::audit_mac_matches(std::string_view data, std::string_view tagged) const {
  auto split = split_version(tagged, 'k');
  const Version* v = split ? find(split->first) : nullptr;
  return v && equal_in_constant_time(keyed_hex(v->info.profile, v->audit_key, data), split->second);
}

std::string FieldCipher::anchor_mac(std::string_view data) const {
  return "k" + std::to_string(current_version()) + ":" +
         keyed_hex(current().info.profile, current().anchor_key, data);
}

bool FieldCipher::anchor_mac_matches(std::string_view data, std::string_view tagged) const {
  auto split = split_version(tagged, 'k');
  if (!split) split = std::pair{1, tagged};  // signed before key versions
  const Version* v = find(split->first);
  return v &&
         equal_in_constant_time(keyed_hex(v->info.profile, v->anchor_key, data), split->second);
}

}  // namespace daibiao::platform
