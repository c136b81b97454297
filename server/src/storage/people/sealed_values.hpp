// Every value the app sealed with the field key (platform::FieldCipher), found and rewritten
// by `daibiao keys reencrypt` after a key rotation. Rewriting changes only the sealed bytes
// and the lookup hash, never a row's version or updated_at: re-encryption is not an edit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

// One row's sealed columns. `table` names the kind: "persons" (id number, phone) or
// "users" (second-factor secret and pending secret).
struct SealedRow {
  std::string table;
  std::int64_t id = 0;
  std::vector<std::string> values;  // persons: id_sealed, phone_sealed; users: secret, pending
};

// Up to `limit` rows of `table` with id > after_id holding a non-empty sealed value that
// does not start with `current_prefix` ("v2:"), in id order.
Result<std::vector<SealedRow>> rows_sealed_under_older_keys(Connection& c, const std::string& table,
                                                            const std::string& current_prefix,
                                                            std::int64_t after_id, int limit);

// Replaces `old_values` by `new_values` (and, for persons, the lookup hash) only if the row
// still holds `old_values`: false when a concurrent edit changed it first (it was then
// sealed under the current key by that edit).
Result<bool> reseal_row(Connection& c, const SealedRow& old_values,
                        const std::vector<std::string>& new_values, const std::string& id_hash);

// How many rows of `table` still hold a value sealed under an older key.
Result<std::int64_t> count_sealed_under_older_keys(Connection& c, const std::string& table,
                                                   const std::string& current_prefix);

}  // namespace daibiao::storage
