// Personal data at rest (ID numbers, phones, second-factor secrets) and the audit chain's
// keys, all from one keyring file kept outside the database.
//
// The keyring holds numbered key versions. Each is a 32-byte master key and a profile:
//   standard  fields sealed with AES-256-GCM; HMAC-SHA256 for lookup hashes, the audit chain
//             and anchors;
//   sm        the 商密 profile: fields sealed with SM4-CTR and an HMAC-SM3 tag over version,
//             IV and ciphertext (encrypt-then-MAC; OpenSSL 3.0 has no SM4-GCM); HMAC-SM3 for
//             lookup hashes, the audit chain and anchors.
// The highest version not marked staged is current: it seals new values, keys new audit
// records and signs anchors. Every version still opens what it sealed and verifies what it
// keyed, so a key is rotated while the service runs (docs/operations.md, "Key rotation"):
//   keys add [--staged] → restart nodes → [keys activate] → keys reencrypt.
//
// File format (mode 0600; '#' starts a comment line), one version per line:
//   <version> <standard|sm> <64 hex characters> [staged]
// A file holding only 64 hex characters (the format before versions) is version 1, standard.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace daibiao::platform {

enum class KeyProfile { standard, sm };

// "standard" / "sm"; parse_key_profile gives nullopt for anything else.
std::string_view key_profile_name(KeyProfile p);
std::optional<KeyProfile> parse_key_profile(std::string_view name);

struct KeyVersionInfo {
  int version = 0;
  KeyProfile profile = KeyProfile::standard;
  bool staged = false;   // readable, not yet used for new values
  bool current = false;  // seals new values
};

class FieldCipher {
 public:
  // Reads the keyring. The file must not be readable by group or others.
  static Result<FieldCipher> from_key_file(const std::string& path);
  // The keyring from the file's text (see the format above).
  static Result<FieldCipher> from_text(std::string_view text);
  // For tests: a keyring of one version-1 key given as 64 hex characters.
  static Result<FieldCipher> from_hex(std::string_view hex,
                                      KeyProfile profile = KeyProfile::standard);
  // Writes a new keyring with one random version-1 key, mode 0600; fails if the file exists.
  static Status generate_key_file(const std::string& path,
                                  KeyProfile profile = KeyProfile::standard);
  // Appends a random key as the next version (current unless `staged`); the file is replaced
  // atomically and keeps mode 0600. Returns the new version.
  static Result<int> add_key_version(const std::string& path, KeyProfile profile, bool staged);
  // Clears the staged mark of `version`, which makes it current if it is the highest.
  static Status activate_key_version(const std::string& path, int version);

  std::vector<KeyVersionInfo> versions() const;
  int current_version() const;
  KeyProfile current_profile() const;

  // "v<version>:" + hex(IV ‖ ciphertext ‖ tag) under the current version. Empty stays empty.
  std::string seal(std::string_view plaintext) const;
  // Inverse of seal under the value's own version; internal error when the value was
  // tampered with, its version is not in the keyring or the key differs.
  Result<std::string> open(std::string_view sealed) const;
  // True when `sealed` is empty or sealed under the current version (nothing to re-encrypt).
  bool sealed_with_current(std::string_view sealed) const;
  // The "v<current>:" prefix, for finding values sealed under older versions.
  std::string current_seal_prefix() const;

  // Hex keyed hash of the normalised value under the current version; equal values give
  // equal hashes. lookup_hashes gives it under every version, current first, so duplicates
  // are found while a rotation is half done.
  std::string lookup_hash(std::string_view value) const;
  std::vector<std::string> lookup_hashes(std::string_view value) const;

  // "k<version>:" + hex MAC under the current audit-chain key: the audit log's hashes, which
  // someone with database access alone cannot recompute. audit_mac_matches checks a stored
  // value under the version it names (false when that version is not in the keyring).
  std::string audit_mac(std::string_view data) const;
  bool audit_mac_matches(std::string_view data, std::string_view tagged) const;
  // The same for the anchors written outside the database, under a separate key. A bare hex
  // signature (written before versions) is version 1.
  std::string anchor_mac(std::string_view data) const;
  bool anchor_mac_matches(std::string_view data, std::string_view tagged) const;

 private:
  struct Version {
    KeyVersionInfo info;
    std::string enc_key;     // AES-256 (32 bytes) or SM4 (16 bytes)
    std::string seal_mac;    // sm: the HMAC-SM3 key of the field tag
    std::string hash_key;    // lookup hashes
    std::string audit_key;   // the audit chain
    std::string anchor_key;  // anchors
  };
  static Result<Version> derive(int version, KeyProfile profile, bool staged,
                                std::string_view master_hex);
  const Version* find(int version) const;
  const Version& current() const { return versions_[current_]; }

  std::vector<Version> versions_;
  std::size_t current_ = 0;
};

}  // namespace daibiao::platform
