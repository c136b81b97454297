#include "app/messaging/notification_service.hpp"

namespace daibiao::app {

using storage::Connection;

Result<NotificationPage> list_notifications(Env& env, const Caller& caller,
                                            storage::ListRequest req, bool unread_only) {
  return read<NotificationPage>(env, [&](Connection& c) -> Result<NotificationPage> {
    DAIBIAO_TRY(auto page,
                storage::list_notifications(c, caller.principal.user_id, unread_only, req));
    DAIBIAO_TRY(auto unread, storage::count_unread(c, caller.principal.user_id));
    return NotificationPage{std::move(page), unread};
  });
}

Status read_notification(Env& env, const Caller& caller, std::int64_t id) {
  return env.db.write([&](Connection& c) -> Status {
    DAIBIAO_TRY(auto ok, storage::mark_read(c, caller.principal.user_id, id, env.clock.now_ms()));
    if (ok) return {};
    DAIBIAO_TRY(auto exists, storage::notification_exists(c, caller.principal.user_id, id));
    if (!exists) return fail(ErrorCode::not_found, "通知不存在");
    return {};  // already read: reading again is harmless
  });
}

Result<std::int64_t> read_all_notifications(Env& env, const Caller& caller) {
  std::int64_t n = 0;
  auto st = env.db.write([&](Connection& c) -> Status {
    DAIBIAO_TRY(n, storage::mark_all_read(c, caller.principal.user_id, env.clock.now_ms()));
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return n;
}

}  // namespace daibiao::app
