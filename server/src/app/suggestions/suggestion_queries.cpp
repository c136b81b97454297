// Reads around suggestion handling: the board, options and pickers, the message thread,
// notifications and reminders, and the working-day calendar.
#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "base/text.hpp"
#include "domain/org/org.hpp"

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

// "湖南省人民代表大会" → "湖南省" (session titles read 湖南省第十三届人民代表大会第四次会议).
std::string congress_place(std::string name) {
  constexpr std::string_view kSuffix = "人民代表大会";
  if (name.ends_with(kSuffix)) name.resize(name.size() - kSuffix.size());
  return name;
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
    auto add_sessions = [&](Result<storage::Rows> rows) -> Status {
      if (!rows) return std::unexpected(rows.error());
      for (const auto& r : *rows)
        if (std::none_of(out.sessions.begin(), out.sessions.end(),
                         [&](const auto& s) { return s.id == r.i64(0); }))
          out.sessions.push_back({r.i64(0), r.i64(1),
                                  congress_place(r.text(2)) + "第" +
                                      org::chinese_number(static_cast<int>(r.i64(3))) +
                                      "届人民代表大会第" +
                                      org::chinese_number(static_cast<int>(r.i64(4))) + "次会议"});
      return {};
    };
    const std::string columns =
        "SELECT cs.id, n.id, n.name, t.number, cs.number FROM congress_sessions cs JOIN terms t "
        "ON t.id = cs.term_id JOIN org_nodes n ON n.id = t.org_node_id ";
    if (p.person_id && p.can_somewhere(Permission::suggestion_draft))
      if (auto st = add_sessions(
              c.query(columns + "JOIN mandates m ON m.term_id = t.id WHERE m.person_id = "
                                "? AND m.status = 'serving' ORDER BY cs.opens_on DESC",
                      {*p.person_id}));
          !st)
        return std::unexpected(st.error());
    auto manage = p.scope_paths(Permission::suggestion_manage);
    if (!manage.empty()) {
      std::vector<Value> params;
      const auto scope = storage::scope_clause("n.path", manage, params);
      if (auto st = add_sessions(
              c.query(columns + "WHERE " + scope + " ORDER BY n.path, cs.opens_on DESC", params));
          !st)
        return std::unexpected(st.error());
      params.clear();
      // Units of the managed congresses, their subtrees and ancestors' (provincial
      // departments may answer suggestions raised lower down).
      const auto unit_scope = storage::scope_clause("n.path", manage, params);
      auto units = c.query(
          "SELECT hu.id, hu.name FROM handling_units hu JOIN org_nodes n ON n.id = "
          "hu.org_node_id WHERE hu.active = 1 AND " +
              unit_scope + " ORDER BY n.path, hu.code",
          params);
      if (!units) return std::unexpected(units.error());
      for (const auto& r : *units) out.units.push_back({r.i64(0), r.text(1)});
    }
    return out;
  });
}

Result<std::vector<PersonOption>> session_people(Env& env, const Caller& caller,
                                                 std::int64_t session_id, const std::string& q) {
  return read<std::vector<PersonOption>>(
      env, [&](Connection& c) -> Result<std::vector<PersonOption>> {
        const auto& p = caller.principal;
        auto session = c.query(
            "SELECT t.id, n.path FROM congress_sessions cs JOIN terms t ON t.id = cs.term_id "
            "JOIN org_nodes n ON n.id = t.org_node_id WHERE cs.id = ?",
            {session_id});
        if (!session) return std::unexpected(session.error());
        if (session->empty()) return fail(ErrorCode::not_found, "会议不存在");
        const std::int64_t term = session->front().i64(0);
        bool allowed = p.can(Permission::suggestion_manage, session->front().text(1));
        if (!allowed && p.person_id) {
          auto own = c.query(
              "SELECT 1 FROM mandates WHERE person_id = ? AND term_id = ? AND status = 'serving'",
              {*p.person_id, term});
          if (!own) return std::unexpected(own.error());
          allowed = !own->empty();
        }
        if (!allowed) return fail(ErrorCode::not_found, "会议不存在");
        std::vector<Value> params{term};
        std::string sql =
            "SELECT p.id, p.name, m.delegation FROM mandates m JOIN persons p ON p.id = "
            "m.person_id WHERE m.term_id = ? AND m.status = 'serving'";
        if (!q.empty()) {
          sql += " AND p.name LIKE ? ESCAPE '\\'";
          params.emplace_back(storage::like_contains(q));
        }
        sql += " ORDER BY p.name_sort, p.id LIMIT 30";
        auto rows = c.query(sql, params);
        if (!rows) return std::unexpected(rows.error());
        std::vector<PersonOption> out;
        for (const auto& r : *rows) out.push_back({r.i64(0), r.text(1), r.text(2)});
        return out;
      });
}

namespace {

Result<storage::SuggestionRecord> visible_record(Connection& c, const Caller& caller,
                                                 std::int64_t id, std::vector<Actor>& held) {
  auto rec = storage::load_suggestion(c, id);
  if (!rec) return std::unexpected(rec.error());
  held = relations_of(caller.principal, *rec);
  if (!visible_to(held, sg::parse_state(rec->row.state).value_or(sg::State::none)))
    return fail(ErrorCode::not_found, "建议不存在");
  return rec;
}

bool holds(const std::vector<Actor>& held, std::initializer_list<Actor> any) {
  return std::any_of(held.begin(), held.end(),
                     [&](Actor a) { return std::find(any.begin(), any.end(), a) != any.end(); });
}

}  // namespace

Result<std::vector<storage::MessageRow>> list_messages(Env& env, const Caller& caller,
                                                       std::int64_t id) {
  return read<std::vector<storage::MessageRow>>(
      env, [&](Connection& c) -> Result<std::vector<storage::MessageRow>> {
        std::vector<Actor> held;
        auto rec = visible_record(c, caller, id, held);
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
        auto rec = visible_record(tx.db(), caller, id, held);
        if (!rec) return std::unexpected(rec.error());
        std::string side = "committee";
        if (holds(held, {Actor::lead_deputy, Actor::cosigner}))
          side = "deputy";
        else if (holds(held, {Actor::lead_unit_officer, Actor::co_unit_officer, Actor::unit_head}))
          side = "unit";
        else if (!holds(held, {Actor::liaison_staff, Actor::township_reviewer}))
          return fail(ErrorCode::permission_denied, "督办领导请通过联工委留言");
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
                                .org_node_id = rec->row.org_node_id,
                                .role = side});
            !st)
          return std::unexpected(st.error());
        const std::string title = "《" + rec->row.title + "》有新留言";
        const std::string preview = caller.principal.display_name + "：" +
                                    (utf8_length(body) > 60 ? body.substr(0, 180) : body);
        for (Actor to : {Actor::lead_deputy, Actor::lead_unit_officer, Actor::liaison_staff})
          if (auto st = notify_relation(tx.db(), *rec, to, "message", title, preview, tx.now(),
                                        caller.principal.user_id);
              !st)
            return std::unexpected(st.error());
        return saved;
      });
}

// ---- Notifications ----

Result<NotificationPage> list_notifications(Env& env, const Caller& caller,
                                            storage::ListRequest req, bool unread_only) {
  return read<NotificationPage>(env, [&](Connection& c) -> Result<NotificationPage> {
    std::vector<Value> params{caller.principal.user_id};
    std::string scope = "x.user_id = ?";
    if (unread_only) scope += " AND x.read_at IS NULL";
    auto page = list_rows<storage::NotificationRow>(c, storage::notification_list_spec(), req,
                                                    scope, params, storage::kNotificationColumns,
                                                    storage::notification_from);
    if (!page) return std::unexpected(page.error());
    auto unread = storage::count_unread(c, caller.principal.user_id);
    if (!unread) return std::unexpected(unread.error());
    return NotificationPage{std::move(*page), *unread};
  });
}

Status read_notification(Env& env, const Caller& caller, std::int64_t id) {
  return env.db.write([&](Connection& c) -> Status {
    auto ok = storage::mark_read(c, caller.principal.user_id, id, env.clock.now_ms());
    if (!ok) return std::unexpected(ok.error());
    if (*ok) return {};
    auto exists = c.query("SELECT 1 FROM notifications WHERE id = ? AND user_id = ?",
                          {id, caller.principal.user_id});
    if (!exists) return std::unexpected(exists.error());
    if (exists->empty()) return fail(ErrorCode::not_found, "通知不存在");
    return {};  // already read: reading again is harmless
  });
}

Result<std::int64_t> read_all_notifications(Env& env, const Caller& caller) {
  std::int64_t n = 0;
  auto st = env.db.write([&](Connection& c) -> Status {
    auto r = storage::mark_all_read(c, caller.principal.user_id, env.clock.now_ms());
    if (!r) return std::unexpected(r.error());
    n = *r;
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return n;
}

namespace {

// 回头看: once a signed answer's commitment is past its date, its lead deputy is asked
// (once per commitment) whether it was done — whether or not the unit reported it done.
Status ask_for_look_backs(Connection& c, Date today, TimeMs now, int& written) {
  auto due = c.query(
      "SELECT k.id, k.suggestion_id, k.what, k.due_on FROM suggestion_commitments k "
      "JOIN suggestion_answers a ON a.id = k.answer_id AND a.status = 'signed' "
      "JOIN suggestions s ON s.id = k.suggestion_id "
      "WHERE k.due_on < ? AND s.state IN ('follow_up', 'closed') ORDER BY k.suggestion_id, k.id",
      {format_date(today)});
  if (!due) return std::unexpected(due.error());
  std::optional<storage::SuggestionRecord> rec;
  for (const auto& r : *due) {
    if (!rec || rec->row.id != r.i64(1)) {
      auto loaded = storage::load_suggestion(c, r.i64(1));
      if (!loaded) return std::unexpected(loaded.error());
      rec = std::move(*loaded);
    }
    if (auto s = notify_relation(c, *rec, Actor::lead_deputy, "look_back_due",
                                 "《" + rec->row.title + "》请回头看：承诺的期限已到",
                                 "承诺：" + r.text(2) + "（" + r.text(3) +
                                     "前完成）。请告诉我们已落实、部分落实还是未落实。",
                                 now, 0, "lookback:" + std::to_string(r.i64(0)), &written);
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
    auto clocks = c.query(
        "SELECT k.id, k.suggestion_id, k.kind, k.due_on, k.party FROM suggestion_clocks k JOIN "
        "suggestions s ON s.id = k.suggestion_id WHERE k.stopped_on IS NULL AND k.due_on <= ? "
        "AND s.state NOT IN ('closed', 'withdrawn', 'not_accepted') ORDER BY k.suggestion_id, k.id",
        {horizon});
    if (!clocks) return std::unexpected(clocks.error());
    std::optional<storage::SuggestionRecord> rec;
    for (const auto& r : *clocks) {
      sg::ClockKind kind{};
      bool known = false;
      for (auto k : sg::all_clock_kinds())
        if (sg::clock_kind_name(k) == r.text(2)) {
          kind = k;
          known = true;
        }
      auto due = parse_date(r.text(3));
      if (!known || !due || !sg::is_obligation(kind)) continue;
      const auto flags = sg::deadline_flags(*due, today, *rules);
      const char* flag = flags.very_overdue ? "very_overdue"
                         : flags.overdue    ? "overdue"
                         : flags.due_soon   ? "due_soon"
                                            : nullptr;
      if (!flag) continue;
      if (!rec || rec->row.id != r.i64(1)) {
        auto loaded = storage::load_suggestion(c, r.i64(1));
        if (!loaded) return std::unexpected(loaded.error());
        rec = std::move(*loaded);
      }
      const std::string what = std::string(sg::clock_kind_title_zh(kind));
      const std::string title =
          "《" + rec->row.title + "》" + what +
          (flags.overdue ? "已超期 " + std::to_string(-flags.days_left) + " 天"
                         : "将于 " + r.text(3) + " 到期");
      const std::string key = "remind:" + std::to_string(r.i64(0)) + ":" + flag;
      const Actor owner =
          r.text(4) == "co_unit" ? Actor::co_unit_officer : Actor::lead_unit_officer;
      std::vector<Actor> to{owner};
      if (flags.overdue) to.push_back(Actor::liaison_staff);
      for (Actor a : to) {
        if (auto s = notify_relation(c, *rec, a, std::string("reminder_") + flag, title,
                                     "截止日期：" + r.text(3), now, 0,
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

// ---- Working-day calendar ----

namespace {

Status check_calendar_year(int year) {
  if (year < 2000 || year > 2100) return fail_fields({{"year", "年份应在 2000 至 2100 之间"}});
  return {};
}

// The congress whose calendar is meant: the one asked for, else the caller's home congress;
// with the congresses above it (root first).
Result<std::vector<storage::CalendarOwner>> calendar_chain_for(
    Connection& c, const Caller& caller, std::optional<std::int64_t> org_node_id) {
  const std::int64_t id = org_node_id.value_or(caller.principal.home_org_id);
  if (id <= 0) return fail(ErrorCode::not_found, "人大不存在");
  auto chain = storage::calendar_chain(c, id);
  if (!chain) {
    if (chain.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "人大不存在");
    return std::unexpected(chain.error());
  }
  return chain;
}

// Days off are not secret, but a congress outside the caller's scope does not exist for them:
// readable are the congresses the caller's grants cover and those above a grant (whose days
// the caller's own calendar inherits).
bool calendar_readable(const access::Principal& p, const std::string& path) {
  for (auto perm : {Permission::calendar_manage, Permission::suggestion_read,
                    Permission::suggestion_handle, Permission::org_read})
    if (p.can(perm, path)) return true;
  return std::any_of(p.grants.begin(), p.grants.end(),
                     [&](const auto& g) { return access::path_within(g.org_path, path); });
}

Result<CalendarYearView> calendar_view(Connection& c, const Caller& caller, int year,
                                       const std::vector<storage::CalendarOwner>& chain) {
  const auto& node = chain.back();
  auto root = storage::calendar_root(c);
  if (!root) return std::unexpected(root.error());
  auto layers = storage::load_calendar_layers(c, chain, year);
  if (!layers) return std::unexpected(layers.error());
  CalendarYearView out{.year = year,
                       .org_node_id = node.id,
                       .org_name = node.name,
                       .can_edit = caller.principal.can(Permission::calendar_manage, node.path)};
  for (auto& day : calendar::merge_calendar_layers(*layers)) {
    CalendarDayView v{.date = std::move(day.date), .name = std::move(day.name)};
    // Base rows are the root congress's (it maintains them).
    if (!day.owner && *root) day.owner = (*root)->id;
    v.org_node_id = day.owner;
    if (day.owner) {
      for (const auto& o : chain)
        if (o.id == *day.owner) v.org_name = o.name;
      if (v.org_name.empty() && *root && (*root)->id == *day.owner) v.org_name = (*root)->name;
    }
    v.inherited = day.owner != node.id;
    (day.holiday ? out.holidays : out.makeup_workdays).push_back(std::move(v));
  }
  return out;
}

}  // namespace

Result<CalendarYearView> get_calendar_year(Env& env, const Caller& caller, int year,
                                           std::optional<std::int64_t> org_node_id) {
  if (auto s = check_calendar_year(year); !s) return std::unexpected(s.error());
  const auto& p = caller.principal;
  if (!p.can_somewhere(Permission::calendar_manage) &&
      !p.can_somewhere(Permission::suggestion_read) &&
      !p.can_somewhere(Permission::suggestion_handle))
    return fail(ErrorCode::permission_denied, "没有权限查看工作日历");
  return read<CalendarYearView>(env, [&](Connection& c) -> Result<CalendarYearView> {
    auto chain = calendar_chain_for(c, caller, org_node_id);
    if (!chain) return std::unexpected(chain.error());
    if (!calendar_readable(p, chain->back().path)) return fail(ErrorCode::not_found, "人大不存在");
    return calendar_view(c, caller, year, *chain);
  });
}

Result<CalendarYearView> put_calendar_year(Env& env, const Caller& caller, int year,
                                           std::optional<std::int64_t> org_node_id,
                                           const calendar::CalendarData& data) {
  if (auto s = check_calendar_year(year); !s) return std::unexpected(s.error());
  std::int64_t node_id = 0;
  auto st = write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        if (auto s = authorize_anywhere(caller.principal, Permission::calendar_manage); !s)
          return s;
        auto chain = calendar_chain_for(tx.db(), caller, org_node_id);
        if (!chain) return std::unexpected(chain.error());
        const auto& node = chain->back();
        node_id = node.id;
        // calendar.manage over this congress: a county's staff do not edit the province's
        // (whose calendar they read, as theirs inherits it). Outside that: not found.
        if (!caller.principal.can(Permission::calendar_manage, node.path))
          return calendar_readable(caller.principal, node.path)
                     ? fail(ErrorCode::permission_denied, "没有权限维护该人大的工作日历")
                     : fail(ErrorCode::not_found, "人大不存在");
        std::vector<FieldError> errors;
        auto check_year = [&](const std::vector<calendar::CalendarEntry>& list, const char* name) {
          for (std::size_t i = 0; i < list.size(); ++i)
            if (!list[i].date.starts_with(std::to_string(year) + "-"))
              errors.push_back({std::string(name) + "[" + std::to_string(i) + "]",
                                "日期应在 " + std::to_string(year) + " 年内"});
        };
        check_year(data.holidays, "holidays");
        check_year(data.makeup_workdays, "makeup_workdays");
        if (auto cal = calendar::WorkingCalendar::from_data(data); !cal)
          for (auto& f : cal.error().fields) errors.push_back(f);
        if (!errors.empty())
          return fail_fields(std::move(errors), "工作日历有误，请检查标出的日期");
        // The root congress maintains the base rows: it edits them as its own.
        auto root = storage::calendar_root(tx.db());
        if (!root) return std::unexpected(root.error());
        const bool is_root = *root && (*root)->id == node.id;
        auto before = calendar_view(tx.db(), caller, year, *chain);
        if (!before) return std::unexpected(before.error());
        auto own = [](const std::vector<CalendarDayView>& days) {
          return std::to_string(
              std::count_if(days.begin(), days.end(), [](const auto& d) { return !d.inherited; }));
        };
        if (auto s = storage::replace_calendar_year(tx.db(), node.id, is_root, year, data); !s)
          return s;
        return tx.audit(
            {.action = "calendar.update",
             .object_type = "calendar",
             .object_id = std::to_string(year),
             .org_node_id = node.id,
             .role = caller.principal.acting_role(Permission::calendar_manage, node.path),
             .changes = {
                 {"days_off", own(before->holidays), std::to_string(data.holidays.size()), false},
                 {"makeup_workdays", own(before->makeup_workdays),
                  std::to_string(data.makeup_workdays.size()), false}}});
      },
      [&] {
        auto a = attempt("calendar.update", "calendar", year);
        a.org_node_id = org_node_id;  // a refused attempt names the congress asked for
        return a;
      }());
  if (!st) return std::unexpected(st.error());
  return get_calendar_year(env, caller, year, node_id);
}

}  // namespace daibiao::app
