// Accounts (账号): who can log in, at which home node, and (for unit staff) which unit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace daibiao::people {

struct Account {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string password_hash;  // never leaves storage/app
  std::int64_t org_node_id = 0;
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> person_id;  // a deputy's own account: the deputy it belongs to
  bool active = true;
  std::int64_t locked_until = 0;
  std::int64_t password_changed_at = 0;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// Usernames: 3–32 characters of a-z, 0-9, '.', '_' and '-', starting with a letter.
Status check_username(std::string_view username);

}  // namespace daibiao::people
