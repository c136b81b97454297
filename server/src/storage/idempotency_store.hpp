// Idempotency keys (the Idempotency-Key request header): request plumbing, not an area. A
// create retried under the same (account, key) finds what the first request made and returns
// it instead of making another. The key is recorded in the transaction that creates the
// object, so a key exists exactly when its object does.
#pragma once

#include <optional>
#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

// The id of the object `user` created with `key`, if any.
Result<std::optional<std::int64_t>> find_idempotent(Connection& c, std::int64_t user,
                                                    const std::string& key);
// Records that `user`'s request with `key` created `object_id`.
Status record_idempotent(Connection& c, std::int64_t user, const std::string& key,
                         std::int64_t object_id, std::int64_t now);

}  // namespace daibiao::storage
