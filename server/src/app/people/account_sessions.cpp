// Ending access: live sessions for the security administrator, and the sweep that disables
// idle accounts and former deputies' accounts.
#include "app/people/account_service.hpp"

#include <map>

namespace daibiao::app {

using access::Permission;
using storage::Connection;

Result<std::vector<storage::SessionListing>> list_sessions(Env& env, const Caller& caller,
                                                           std::optional<UserId> user) {
  const std::int64_t user_id = user ? user->value() : 0;
  if (auto st = authorize_anywhere(caller.principal, Permission::role_grant); !st)
    return std::unexpected(st.error());
  return read<std::vector<storage::SessionListing>>(
      env, [&](Connection& c) -> Result<std::vector<storage::SessionListing>> {
        auto all = storage::list_sessions(c, user_id);
        if (!all) return all;
        std::erase_if(*all, [&](const storage::SessionListing& s) {
          return !caller.principal.can(Permission::role_grant, s.org_path);
        });
        return all;
      });
}

Status end_session(Env& env, const Caller& caller, LoginSessionId session) {
  const std::int64_t session_id = session.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto s, storage::find_session_listing(tx.db(), session_id));
        if (auto st = authorize(caller.principal, Permission::role_grant, s.org_path); !st)
          return st;
        if (auto st = storage::delete_login_session(tx.db(), session_id); !st) return st;
        return tx.audit({.action = "session.end",
                         .object_type = "user",
                         .object_id = std::to_string(s.user_id),
                         .role = caller.principal.acting_role(Permission::role_grant, s.org_path),
                         .changes = {{"session", std::to_string(session_id), std::nullopt, false},
                                     {"ip", s.ip, std::nullopt, false}}});
      },
      attempt("session.end", "session", session_id));
}

Result<int> sweep_accounts(Env& env) {
  Caller system;
  system.principal.username = "system";
  int disabled = 0;
  const access::AccountSweepPolicy policy;
  auto st = write_tx(
      env, system,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto idle,
                    storage::idle_accounts(
                        tx.db(), tx.now() - static_cast<TimeMs>(policy.idle_days) * 24 * kHourMs));
        DAIBIAO_TRY(auto former, storage::accounts_of_former_deputies(tx.db()));
        std::map<std::int64_t, std::pair<storage::AccountRoles, std::pair<bool, bool>>> found;
        for (auto& a : idle) found[a.id] = {a, {true, false}};
        for (auto& a : former) {
          auto [it, fresh] = found.try_emplace(a.id, a, std::pair{false, true});
          if (!fresh) it->second.second.second = true;
        }
        for (const auto& [id, entry] : found) {
          const auto& [account, flags] = entry;
          const auto reason = access::sweep_reason(account.roles, flags.first, flags.second);
          if (reason == access::SweepReason::none) continue;
          if (auto s = storage::deactivate_account(tx.db(), id, tx.now()); !s) return s;
          if (auto s = tx.audit(
                  {.action = "user.disable",
                   .object_type = "user",
                   .object_id = std::to_string(id),
                   .org_node_id = account.org_node_id,
                   .role = "system",
                   .changes = {{"active", "1", "0", false},
                               {"reason", std::nullopt, std::string(name_of(reason)), false}}});
              !s)
            return s;
          ++disabled;
        }
        return {};
      },
      {});
  if (!st) return std::unexpected(st.error());
  return disabled;
}

}  // namespace daibiao::app
