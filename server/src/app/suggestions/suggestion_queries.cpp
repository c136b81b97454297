// Reads around suggestion handling: the board, options and pickers, the message thread,
// notifications and reminders, and the working-day calendar.
#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "base/text.hpp"
#include "domain/org/org.hpp"
#include "storage/suggestions/suggestion_lookups.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using access::Permission;
using sg::Actor;
using storage::Connection;
using storage::Value;

namespace {

std::vector<std::string> merged_paths(const access::Principal& p,
                                      std::initializer_list<Permission> perms) {
  std::vector<std::string> out;
  for (auto perm : perms)
    for (auto& path : p.scope_paths(perm))
      if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
  return out;
}

// "湖南省第十三届人民代表大会第四次会议": the congress's place ("湖南省人民代表大会" →
// "湖南省"), then the term and session in Chinese numerals.
std::string session_title(const storage::SessionChoice& s) {
  constexpr std::string_view kSuffix = "人民代表大会";
  std::string place = s.org_name;
  if (place.ends_with(kSuffix)) place.resize(place.size() - kSuffix.size());
  return place + "第" + org::chinese_number(static_cast<int>(s.term_number)) + "届人民代表大会第" +
         org::chinese_number(static_cast<int>(s.session_number)) + "次会议";
}

// The visibility rule of docs/suggestions.md as SQL over `s`.
std::string visibility_sql(const access::Principal& p, std::vector<Value>& params) {
  std::vector<std::string> parts;
  const std::string not_draft = "s.state NOT IN ('draft', 'cosigning')";
  auto read_paths = merged_paths(p, {Permission::suggestion_read, Permission::suggestion_manage});
  // The tree has one root (org_service refuses a second), so a grant at the root sees every
  // submitted item: no path test per row, which lets the board's count use its index alone.
  const bool whole_tree = std::any_of(read_paths.begin(), read_paths.end(), [](const auto& path) {
    return std::count(path.begin(), path.end(), '/') == 2;
  });
  if (whole_tree) {  // drafts stay private to their deputies
    if (!p.person_id) return "(" + not_draft + ")";
    params.emplace_back(*p.person_id);
    params.emplace_back(*p.person_id);
    return "(" + not_draft +
           " OR s.lead_person_id = ? OR s.id IN (SELECT sc.suggestion_id FROM "
           "suggestion_cosigners sc WHERE sc.person_id = ?))";
  }
  if (!read_paths.empty())
    parts.push_back("(" + not_draft + " AND " +
                    storage::scope_clause("s.org_path", read_paths, params) + ")");
  auto review_paths = p.scope_paths(Permission::suggestion_review);
  if (!review_paths.empty())
    parts.push_back("(" + not_draft + " AND " +
                    storage::scope_clause("s.review_path", review_paths, params) + ")");
  if (p.person_id) {
    parts.push_back("s.lead_person_id = ?");
    params.emplace_back(*p.person_id);
    // IN over an uncorrelated subquery: built once from the person's index, where a
    // correlated EXISTS would be re-run for every candidate row.
    parts.push_back(
        "s.id IN (SELECT sc.suggestion_id FROM suggestion_cosigners sc WHERE sc.person_id = ?)");
    params.emplace_back(*p.person_id);
  }
  if (p.unit_id && (p.can_somewhere(Permission::suggestion_handle) ||
                    p.can_somewhere(Permission::suggestion_sign_off))) {
    parts.push_back("(" + not_draft +
                    " AND s.id IN (SELECT su.suggestion_id FROM suggestion_units su WHERE "
                    "su.unit_id = ? AND su.released = 0))");
    params.emplace_back(*p.unit_id);
  }
  if (parts.empty()) return "1 = 0";
  std::string sql;
  for (const auto& part : parts) sql += (sql.empty() ? "(" : " OR ") + part;
  return sql + ")";
}

// The filters the list spec cannot express: unit_id, flag, box. Removed from `req`.
Result<std::string> extra_filters(storage::ListRequest& req, const access::Principal& p, Date today,
                                  const sg::Rules& rules, std::vector<Value>& params) {
  std::string sql;
  auto take = [&](const char* key) -> std::optional<std::string> {
    auto it = req.filters.find(key);
    if (it == req.filters.end()) return std::nullopt;
    std::string v = it->second;
    req.filters.erase(it);
    return v;
  };
  if (auto unit = take("unit_id")) {
    const auto id = parse_int(*unit);
    if (!id) return fail_fields({{"unit_id", "应为整数"}});
    sql +=
        " AND s.id IN (SELECT fu.suggestion_id FROM suggestion_units fu WHERE fu.unit_id = ? "
        "AND fu.released = 0)";
    params.emplace_back(*id);
  }
  if (auto flag = take("flag")) {
    const std::string t = format_date(today);
    if (*flag == "overdue") {
      sql += " AND s.next_due_on < ?";
      params.emplace_back(t);
    } else if (*flag == "very_overdue") {
      sql += " AND s.next_due_on < ?";
      params.emplace_back(format_date(add_days(today, -rules.very_overdue_days)));
    } else if (*flag == "due_soon") {
      sql += " AND s.next_due_on >= ? AND s.next_due_on <= ?";
      params.emplace_back(t);
      params.emplace_back(format_date(add_days(today, rules.due_soon_days)));
    } else {
      return fail_fields({{"flag", "应为 due_soon、overdue 或 very_overdue"}});
    }
  }
  if (auto box = take("box")) {
    if (*box == "mine") {
      // Appended, never returned early: the filters before this one have bound parameters.
      if (!p.person_id) {
        sql += " AND 1 = 0";
        return sql;
      }
      sql +=
          " AND (s.lead_person_id = ? OR s.id IN (SELECT mc.suggestion_id FROM "
          "suggestion_cosigners mc WHERE mc.person_id = ?))";
      params.emplace_back(*p.person_id);
      params.emplace_back(*p.person_id);
    } else if (*box == "unit") {
      if (!p.unit_id) {
        sql += " AND 1 = 0";
        return sql;
      }
      sql +=
          " AND s.id IN (SELECT mu.suggestion_id FROM suggestion_units mu WHERE mu.unit_id = ? "
          "AND mu.released = 0)";
      params.emplace_back(*p.unit_id);
    } else if (*box == "review") {
      auto review = p.scope_paths(Permission::suggestion_review);
      auto manage = p.scope_paths(Permission::suggestion_manage);
      std::string part;
      if (!review.empty())
        part += "(s.state = 'submitted' AND " +
                storage::scope_clause("s.review_path", review, params) + ")";
      if (!manage.empty())
        part += std::string(part.empty() ? "" : " OR ") +
                "(s.state IN ('initial_reviewed', 'accepted', 'reassignment_requested') AND " +
                storage::scope_clause("s.org_path", manage, params) + ")";
      sql += part.empty() ? " AND 1 = 0" : " AND (" + part + ")";
    } else {
      return fail_fields({{"box", "应为 mine、unit 或 review"}});
    }
  }
  return sql;
}

}  // namespace

Result<ListResult<SuggestionSummary>> list_suggestions(Env& env, const Caller& caller,
                                                       storage::ListRequest req) {
  return read<ListResult<SuggestionSummary>>(
      env, [&](Connection& c) -> Result<ListResult<SuggestionSummary>> {
        const auto& p = caller.principal;
        if (!p.can_somewhere(Permission::suggestion_read) &&
            !p.can_somewhere(Permission::suggestion_draft) &&
            !p.can_somewhere(Permission::suggestion_review) &&
            !p.can_somewhere(Permission::suggestion_handle) &&
            !p.can_somewhere(Permission::suggestion_sign_off))
          return fail(ErrorCode::permission_denied, "没有权限查看建议");
        auto rules = load_rules(c);
        if (!rules) return std::unexpected(rules.error());
        const auto today = china_date(env.clock.now_ms());
        std::vector<Value> params;
        std::string scope = visibility_sql(p, params);
        auto extra = extra_filters(req, p, today, *rules, params);
        if (!extra) return std::unexpected(extra.error());
        scope += *extra;
        return list_rows<SuggestionSummary>(
            c, storage::suggestion_list_spec(), req, scope, params, storage::kSuggestionColumns,
            [&](const storage::Row& r) {
              SuggestionSummary out{storage::suggestion_from(r), {}, false};
              if (auto due = parse_date(out.row.next_due_on)) {
                out.flags = sg::deadline_flags(*due, today, *rules);
                out.has_due = true;
              }
              return out;
            });
      });
}

Status record_suggestion_export(Env& env, const Caller& caller, const std::string& filters,
                                std::int64_t rows) {
  return write_tx(
      env, caller,
      [&](Tx& tx) {
        return tx.audit({.action = "suggestion.export",
                         .object_type = "suggestion",
                         .changes = {{"filters", "", filters, false},
                                     {"rows", "", std::to_string(rows), false}}});
      },
      attempt("suggestion.export", "suggestion"));
}

Result<SuggestionOptions> suggestion_options(Env& env, const Caller& caller) {
  return read<SuggestionOptions>(env, [&](Connection& c) -> Result<SuggestionOptions> {
    const auto& p = caller.principal;
    SuggestionOptions out;
    auto rules = load_rules(c);
    if (!rules) return std::unexpected(rules.error());
    out.rules = std::move(*rules);
    auto add_sessions = [&](Result<std::vector<storage::SessionChoice>> found) -> Status {
      if (!found) return std::unexpected(found.error());
      for (const auto& s : *found)
        if (std::none_of(out.sessions.begin(), out.sessions.end(),
                         [&](const auto& o) { return o.id == s.id; }))
          out.sessions.push_back({s.id, s.org_node_id, session_title(s)});
      return {};
    };
    if (p.person_id && p.can_somewhere(Permission::suggestion_draft))
      if (auto st = add_sessions(storage::sessions_of_deputy(c, *p.person_id)); !st)
        return std::unexpected(st.error());
    auto manage = p.scope_paths(Permission::suggestion_manage);
    if (!manage.empty()) {
      if (auto st = add_sessions(storage::sessions_under(c, manage)); !st)
        return std::unexpected(st.error());
      // Units of the managed congresses, their subtrees and ancestors' (provincial
      // departments may answer suggestions raised lower down).
      auto units = storage::units_under(c, manage);
      if (!units) return std::unexpected(units.error());
      for (const auto& u : *units) out.units.push_back({u.id, u.name});
    }
    return out;
  });
}

Result<std::vector<PersonOption>> session_people(Env& env, const Caller& caller,
                                                 std::int64_t session_id, const std::string& q) {
  return read<std::vector<PersonOption>>(
      env, [&](Connection& c) -> Result<std::vector<PersonOption>> {
        const auto& p = caller.principal;
        auto session = storage::find_session_place(c, session_id);
        if (!session) return std::unexpected(session.error());
        if (!*session) return fail(ErrorCode::not_found, "会议不存在");
        const std::int64_t term = (*session)->term_id;
        bool allowed = p.can(Permission::suggestion_manage, (*session)->org_path);
        if (!allowed && p.person_id) {
          auto own = storage::find_serving_deputy(c, *p.person_id, term);
          if (!own && own.error().code != ErrorCode::not_found) return std::unexpected(own.error());
          allowed = own.has_value();
        }
        if (!allowed) return fail(ErrorCode::not_found, "会议不存在");
        auto people = storage::serving_deputies(c, term, q, 30);
        if (!people) return std::unexpected(people.error());
        std::vector<PersonOption> out;
        for (const auto& d : *people) out.push_back({d.person_id, d.name, d.delegation});
        return out;
      });
}

namespace {

// 回头看: once a signed answer's commitment is past its date, its lead deputy is asked
// (once per commitment) whether it was done — whether or not the unit reported it done.
Status ask_for_look_backs(Connection& c, Date today, TimeMs now, int& written) {
  auto due = storage::commitments_due_before(c, format_date(today));
  if (!due) return std::unexpected(due.error());
  std::optional<storage::SuggestionRecord> rec;
  for (const auto& k : *due) {
    if (!rec || rec->row.id != k.suggestion_id) {
      auto loaded = storage::load_suggestion(c, k.suggestion_id);
      if (!loaded) return std::unexpected(loaded.error());
      rec = std::move(*loaded);
    }
    if (auto s = notify_relation(c, *rec, Actor::lead_deputy, "look_back_due",
                                 "《" + rec->row.title + "》请回头看：承诺的期限已到",
                                 "承诺：" + k.what + "（" + k.due_on +
                                     "前完成）。请告诉我们已落实、部分落实还是未落实。",
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
    auto rules = load_rules(c);
    if (!rules) return std::unexpected(rules.error());
    const auto now = env.clock.now_ms();
    const auto today = china_date(now);
    const auto horizon = format_date(add_days(today, rules->due_soon_days));
    auto clocks = storage::running_clocks_due_by(c, horizon);
    if (!clocks) return std::unexpected(clocks.error());
    std::optional<storage::SuggestionRecord> rec;
    for (const auto& k : *clocks) {
      sg::ClockKind kind{};
      bool known = false;
      for (auto each : sg::all_clock_kinds())
        if (sg::clock_kind_name(each) == k.kind) {
          kind = each;
          known = true;
        }
      auto due = parse_date(k.due_on);
      if (!known || !due || !sg::is_obligation(kind)) continue;
      const auto flags = sg::deadline_flags(*due, today, *rules);
      const char* flag = flags.very_overdue ? "very_overdue"
                         : flags.overdue    ? "overdue"
                         : flags.due_soon   ? "due_soon"
                                            : nullptr;
      if (!flag) continue;
      if (!rec || rec->row.id != k.suggestion_id) {
        auto loaded = storage::load_suggestion(c, k.suggestion_id);
        if (!loaded) return std::unexpected(loaded.error());
        rec = std::move(*loaded);
      }
      const std::string what = std::string(sg::clock_kind_title_zh(kind));
      const std::string title =
          "《" + rec->row.title + "》" + what +
          (flags.overdue ? "已超期 " + std::to_string(-flags.days_left) + " 天"
                         : "将于 " + k.due_on + " 到期");
      const std::string key = "remind:" + std::to_string(k.id) + ":" + flag;
      const Actor owner = k.party == "co_unit" ? Actor::co_unit_officer : Actor::lead_unit_officer;
      std::vector<Actor> to{owner};
      if (flags.overdue) to.push_back(Actor::liaison_staff);
      for (Actor a : to) {
        if (auto s = notify_relation(c, *rec, a, std::string("reminder_") + flag, title,
                                     "截止日期：" + k.due_on, now, 0,
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
