#include "app/messaging/thread_service.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "base/text.hpp"

namespace daibiao::app {

using storage::Connection;
using suggestions::Actor;

namespace {

bool holds(const std::vector<Actor>& held, std::initializer_list<Actor> any) {
  return std::any_of(held.begin(), held.end(),
                     [&](Actor a) { return std::find(any.begin(), any.end(), a) != any.end(); });
}

// Which side of the thread the caller writes for; empty: they may only read.
std::string side_of(const std::vector<Actor>& held) {
  if (holds(held, {Actor::lead_deputy, Actor::cosigner})) return "deputy";
  if (holds(held, {Actor::lead_unit_officer, Actor::co_unit_officer, Actor::unit_head}))
    return "unit";
  if (holds(held, {Actor::liaison_staff, Actor::township_reviewer})) return "committee";
  return {};
}

}  // namespace

Result<std::vector<storage::MessageRow>> list_messages(Env& env, const Caller& caller,
                                                       std::int64_t id) {
  return read<std::vector<storage::MessageRow>>(
      env, [&](Connection& c) -> Result<std::vector<storage::MessageRow>> {
        std::vector<Actor> held;
        auto rec = load_visible(c, caller.principal, id, held);
        if (!rec) return std::unexpected(rec.error());
        return storage::list_messages(c, id);
      });
}

Result<storage::MessageRow> post_message(Env& env, const Caller& caller, std::int64_t id,
                                         const std::string& body) {
  if (body.empty()) return fail_fields({{"body", "请填写留言内容"}});
  if (utf8_length(body) > 2000) return fail_fields({{"body", "留言不能超过 2000 个字"}});
  return write<storage::MessageRow>(
      env, caller, attempt("suggestion.message", "suggestion", id),
      [&](Tx& tx) -> Result<storage::MessageRow> {
        std::vector<Actor> held;
        DAIBIAO_TRY(auto rec, load_visible(tx.db(), caller.principal, id, held));
        const std::string side = side_of(held);
        if (side.empty()) return fail(ErrorCode::permission_denied, "督办领导请通过联工委留言");
        storage::MessageRow m{.user_id = caller.principal.user_id,
                              .author_name = caller.principal.display_name,
                              .side = side,
                              .body = body,
                              .at = tx.now()};
        auto saved = storage::insert_message(tx.db(), id, m);
        if (!saved) return saved;
        if (auto st = tx.audit({.action = "suggestion.message",
                                .object_type = "suggestion",
                                .object_id = std::to_string(id),
                                .org_node_id = rec.row.org_node_id,
                                .role = side});
            !st)
          return std::unexpected(st.error());
        const std::string title = "《" + rec.row.title + "》有新留言";
        const std::string preview = caller.principal.display_name + "：" +
                                    (utf8_length(body) > 60 ? body.substr(0, 180) : body);
        for (Actor to : {Actor::lead_deputy, Actor::lead_unit_officer, Actor::liaison_staff})
          if (auto st = notify_relation(tx.db(), rec, to, "message", title, preview, tx.now(),
                                        caller.principal.user_id);
              !st)
            return std::unexpected(st.error());
        return saved;
      });
}

}  // namespace daibiao::app
