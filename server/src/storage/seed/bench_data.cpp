#include "storage/seed/bench_data.hpp"

#include <array>
#include <cstdio>

#include "domain/calendar/calendar.hpp"
#include "storage/audit/audit_store.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::bench {

Status append_audit_records(storage::Database& db, std::int64_t count, TimeMs now,
                            const platform::FieldCipher* key, int until_days_ago) {
  static constexpr std::array<const char*, 6> kActions{"auth.login",      "org.node.update",
                                                       "org.unit.create", "user.update",
                                                       "role.grant",      "org.term.create"};
  static constexpr std::array<const char*, 5> kNames{"staff.wang", "staff.li", "sysadmin",
                                                     "secadmin", "head.chen"};
  constexpr std::int64_t kBatch = 1000;
  const TimeMs start = now - (365 + static_cast<TimeMs>(until_days_ago)) * kDayMs;
  for (std::int64_t done = 0; done < count;) {
    const std::int64_t n = std::min(kBatch, count - done);
    auto st = db.write([&](storage::Connection& c) -> Status {
      for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t k = done + i;
        audit::Record r;
        r.at = start + k * (365 * kDayMs / std::max<std::int64_t>(count, 1));
        r.actor.name = kNames[k % kNames.size()];
        r.actor.role = "liaison_staff";
        r.actor.ip = "10.0." + std::to_string(k % 250) + ".1";
        r.actor.request_id = "bench" + std::to_string(k);
        r.action = kActions[k % kActions.size()];
        r.object_type = "org_node";
        r.object_id = std::to_string(k % 43 + 1);
        r.outcome = "success";
        r.changes = audit::changes_json(
            {{"name", "旧名称" + std::to_string(k), "新名称" + std::to_string(k)}});
        if (auto a = storage::append_audit(c, std::move(r), key); !a)
          return std::unexpected(a.error());
      }
      return {};
    });
    if (!st) return st;
    done += n;
    if (done % 20000 == 0 || done == count)
      std::fprintf(stderr, "\r  audit records: %lld / %lld", static_cast<long long>(done),
                   static_cast<long long>(count));
  }
  std::fprintf(stderr, "\n");
  return db.write([](storage::Connection& c) { return storage::fill_session_years(c); });
}

}  // namespace daibiao::bench

namespace daibiao::bench {

Status insert_suggestions(storage::Database& db, std::int64_t count, TimeMs now) {
  // What the generated rows refer to: the province's session, its serving deputies, units.
  std::int64_t node = 0, session = 0;
  std::string path;
  std::vector<std::pair<std::int64_t, std::string>> people;
  std::vector<std::int64_t> units;
  auto st = db.read([&](storage::Connection& c) -> Status {
    DAIBIAO_TRY(auto s,
                c.query_one("SELECT cs.id, n.id, n.path FROM congress_sessions cs JOIN terms t ON "
                            "t.id = cs.term_id "
                            "JOIN org_nodes n ON n.id = t.org_node_id WHERE n.parent_id IS NULL "
                            "ORDER BY cs.number DESC LIMIT 1"));
    session = s.i64(0);
    node = s.i64(1);
    path = s.text(2);
    DAIBIAO_TRY(
        auto p,
        c.query("SELECT p.id, p.name FROM persons p JOIN mandates m ON m.person_id = p.id "
                "JOIN congress_sessions cs ON cs.term_id = m.term_id WHERE cs.id = ? ORDER BY p.id",
                {session}));
    for (const auto& r : p) people.emplace_back(r.i64(0), r.text(1));
    DAIBIAO_TRY(auto u, c.query("SELECT id FROM handling_units WHERE active = 1 ORDER BY id"));
    for (const auto& r : u) units.push_back(r.i64(0));
    return {};
  });
  if (!st) return st;
  if (people.empty() || units.empty())
    return fail(ErrorCode::failed_precondition,
                "需要演示数据中的代表和承办单位：先运行 daibiao demo --key-file …");
  // Open states weigh more, as on a real board in the middle of the year.
  static constexpr std::array<const char*, 12> kStates{
      "handling", "handling", "handling", "assigned",  "answered",   "follow_up",
      "closed",   "closed",   "accepted", "submitted", "rehandling", "answer_drafted"};
  static constexpr std::array<const char*, 10> kCategories{
      "经济发展", "城乡建设", "交通运输", "教育科技", "医疗卫生",
      "农业农村", "生态环境", "社会保障", "民主法治", "其他"};
  constexpr std::int64_t kBatch = 2000;
  const Date today = china_date(now);
  std::int64_t number = 100000;
  for (std::int64_t done = 0; done < count;) {
    const std::int64_t n = std::min(kBatch, count - done);
    st = db.write([&](storage::Connection& c) -> Status {
      for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t k = done + i;
        const std::string state = kStates[k % kStates.size()];
        const auto& [person, name] = people[k % people.size()];
        const std::int64_t unit = units[(k * 7) % units.size()];
        const bool open = state != "closed" && state != "submitted" && state != "accepted";
        const int offset = static_cast<int>((k * 37) % 241) - 120;  // −120 … +120 days
        const TimeMs at = now - (k % 365) * kDayMs;
        auto id = c.query_one(
            "INSERT INTO suggestions (org_node_id, org_path, review_org_id, review_path, "
            "session_id, number, title, body, category, is_public, lead_person_id, lead_name, "
            "state, star_level, assign_mode, lead_unit_id, next_due_on, next_due_kind, "
            "submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, "
            "?, 'joint', ?, ?, ?, ?, ?, ?) RETURNING id",
            {node, path, node, path, session, ++number,
             "关于" + std::string(kCategories[k % kCategories.size()]) + "问题的建议（" +
                 std::to_string(k) + "）",
             std::string("基准测试数据。"), std::string(kCategories[(k / 3) % kCategories.size()]),
             person, name, state, std::int64_t{1 + (k % 3)}, unit,
             open ? storage::Value(format_date(add_days(today, offset))) : storage::Value(nullptr),
             open ? storage::Value(std::string("answer")) : storage::Value(nullptr), at, at, at});
        if (!id) return std::unexpected(id.error());
        if (auto s =
                c.exec("INSERT INTO suggestion_units (suggestion_id, unit_id, role, signed_on, "
                       "assigned_at) VALUES (?, ?, 'lead', ?, ?)",
                       {id->i64(0), unit, format_date(china_date(at)), at});
            !s)
          return s;
        if (auto s = c.exec(
                "INSERT INTO suggestion_events (suggestion_id, at, actor_name, relation, action, "
                "from_state, to_state, detail) VALUES (?, ?, 'bench', 'liaison_staff', 'assign', "
                "'accepted', ?, '')",
                {id->i64(0), at, state});
            !s)
          return s;
      }
      return {};
    });
    if (!st) return st;
    done += n;
    if (done % 20000 == 0 || done == count)
      std::fprintf(stderr, "\r  suggestions: %lld / %lld", static_cast<long long>(done),
                   static_cast<long long>(count));
  }
  std::fprintf(stderr, "\n");
  return {};
}

}  // namespace daibiao::bench
