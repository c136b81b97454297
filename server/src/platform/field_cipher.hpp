// Personal data at rest (ID numbers, phones): AES-256-GCM with a random 96-bit nonce per
// value, and a keyed hash (HMAC-SHA256) that finds duplicates without decrypting. Both keys
// derive from one 32-byte master key kept in a file outside the database.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace daibiao::platform {

class FieldCipher {
 public:
  // Reads the master key: 64 hex characters (optionally followed by a newline). The file
  // must not be readable by group or others.
  static Result<FieldCipher> from_key_file(const std::string& path);
  // For tests: a key from 64 hex characters.
  static Result<FieldCipher> from_hex(std::string_view hex);
  // Writes a new random key file with mode 0600; fails if it exists.
  static Status generate_key_file(const std::string& path);

  // "v1:" + hex(nonce ‖ ciphertext ‖ tag). Empty input stays empty.
  std::string seal(std::string_view plaintext) const;
  // Inverse of seal; internal error when the value was tampered with or the key differs.
  Result<std::string> open(std::string_view sealed) const;
  // Hex HMAC-SHA256 of the normalised value; equal values give equal hashes.
  std::string lookup_hash(std::string_view value) const;
  // Hex HMAC-SHA256 under the audit-chain key (a third key derived from the master key): the
  // audit log's hashes, which someone with database access alone cannot recompute.
  std::string audit_mac(std::string_view data) const;
  // Hex HMAC-SHA256 under the anchor key: signs the chain heads written outside the database.
  std::string anchor_mac(std::string_view data) const;

 private:
  std::string enc_key_;     // 32 bytes
  std::string hash_key_;    // 32 bytes
  std::string audit_key_;   // 32 bytes
  std::string anchor_key_;  // 32 bytes
};

}  // namespace daibiao::platform
