// The message thread of a suggestion (留言): deputy, unit and committee write to each other
// beside the formal workflow. Rows only; who may read and write is app/messaging's.
#pragma once

#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

struct MessageRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string author_name, side, body;  // side: deputy | unit | committee
  std::int64_t at = 0;
};

// The thread of one suggestion, oldest first.
Result<std::vector<MessageRow>> list_messages(Connection& c, std::int64_t suggestion_id);
Result<MessageRow> insert_message(Connection& c, std::int64_t suggestion_id, const MessageRow& m);

}  // namespace daibiao::storage
