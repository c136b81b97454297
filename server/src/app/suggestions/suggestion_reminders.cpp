// Reminders (催办): running clocks that are due soon or overdue, and commitments whose date
// passed (回头看), each told once — also with several nodes running them.
#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/suggestions/suggestion_texts.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Actor;
using storage::Connection;

namespace {

// 回头看: once a signed answer's commitment is past its date, its lead deputy is asked
// (once per commitment) whether it was done — whether or not the unit reported it done.
Status ask_for_look_backs(Connection& c, Date today, TimeMs now, int& written) {
  DAIBIAO_TRY(auto due, storage::commitments_due_before(c, format_date(today)));
  std::optional<storage::SuggestionRecord> rec;
  for (const auto& k : due) {
    if (!rec || rec->row.id != k.suggestion_id) {
      DAIBIAO_TRY(rec, storage::load_suggestion(c, k.suggestion_id));
    }
    if (auto s = notify_relation(c, *rec, Actor::lead_deputy, "look_back_due",
                                 look_back_title(rec->row.title), look_back_body(k.what, k.due_on),
                                 now, 0, "lookback:" + std::to_string(k.id), &written);
        !s)
      return s;
  }
  return {};
}

}  // namespace

Result<int> send_due_reminders(Env& env) {
  int written = 0;
  auto st = env.db.write([&](Connection& c) -> Status {
    DAIBIAO_TRY(auto rules, load_rules(c));
    const auto now = env.clock.now_ms();
    const auto today = china_date(now);
    const auto horizon = format_date(add_days(today, rules.due_soon_days));
    DAIBIAO_TRY(auto clocks, storage::running_clocks_due_by(c, horizon));
    std::optional<storage::SuggestionRecord> rec;
    for (const auto& k : clocks) {
      sg::ClockKind kind{};
      bool known = false;
      for (auto each : sg::all_clock_kinds())
        if (sg::clock_kind_name(each) == k.kind) {
          kind = each;
          known = true;
        }
      auto due = parse_date(k.due_on);
      if (!known || !due || !sg::is_obligation(kind)) continue;
      const auto flags = sg::deadline_flags(*due, today, rules);
      const char* flag = flags.very_overdue ? "very_overdue"
                         : flags.overdue    ? "overdue"
                         : flags.due_soon   ? "due_soon"
                                            : nullptr;
      if (!flag) continue;
      if (!rec || rec->row.id != k.suggestion_id) {
        DAIBIAO_TRY(rec, storage::load_suggestion(c, k.suggestion_id));
      }
      const std::string title = reminder_title(rec->row.title, kind, flags, k.due_on);
      const std::string key = "remind:" + std::to_string(k.id) + ":" + flag;
      const Actor owner = k.party == "co_unit" ? Actor::co_unit_officer : Actor::lead_unit_officer;
      std::vector<Actor> to{owner};
      if (flags.overdue) to.push_back(Actor::liaison_staff);
      for (Actor a : to) {
        if (auto s = notify_relation(c, *rec, a, std::string("reminder_") + flag, title,
                                     reminder_body(k.due_on), now, 0,
                                     key + ":" + std::string(sg::actor_name(a)), &written);
            !s)
          return s;
      }
    }
    return ask_for_look_backs(c, today, now, written);
  });
  if (!st) return std::unexpected(st.error());
  return written;
}

}  // namespace daibiao::app
