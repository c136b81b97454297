// `daibiao bench-data --scale N`: a believable province written straight through SQL.
#include "storage/seed/bench_scale.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "domain/access/permissions.hpp"
#include "domain/audit/audit.hpp"
#include "domain/calendar/calendar.hpp"
#include "domain/org/org.hpp"
#include "domain/people/deputy.hpp"
#include "platform/collation.hpp"
#include "storage/audit/audit_store.hpp"
#include "storage/seed/fake_people.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::bench {
namespace {

using storage::Connection;
using storage::Value;

struct Congress {
  std::int64_t id = 0;
  std::string path, name;
  int level = 0;  // 0 province … 3 township
  std::int64_t term = 0;
  std::array<std::int64_t, 5> sessions{};  // 2022 … 2026
  std::vector<std::pair<std::int64_t, std::string>> deputies;
  std::vector<std::int64_t> units;  // its own government departments
};

constexpr std::array<const char*, 4> kLevels{"province", "city", "county", "township"};
constexpr std::array<int, 4> kDeputiesPerCongress{800, 500, 250, 60};
// 14 departments per province, city and county congress: ~2,000 units at scale 1.
constexpr std::array<const char*, 14> kDepartments{
    "发展和改革局",         "教育局",     "公安局",     "民政局",           "财政局",
    "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局",
    "农业农村局",           "卫生健康局", "水利局",     "市场监督管理局"};
// Titles: 关于{verb}{place}{topic}的建议.
constexpr std::array<const char*, 12> kVerbs{"加快", "加强", "完善", "推进", "优化", "支持",
                                             "规范", "提升", "解决", "扩大", "落实", "改善"};
constexpr std::array<const char*, 8> kPlaces{"农村", "城区", "山区", "库区",
                                             "县域", "乡镇", "社区", "园区"};
constexpr std::array<const char*, 24> kTopics{
    "公路提质改造", "饮水安全保障", "寄宿制学校建设", "医共体建设",     "养老服务设施",
    "垃圾分类处理", "污水收集处理", "电商物流配送",   "冷链物流体系",   "油茶产业发展",
    "文旅融合发展", "托育服务供给", "老旧小区改造",   "停车难问题",     "学校周边交通安全",
    "基层医疗人才", "农村客运班线", "防汛抗旱设施",   "高标准农田建设", "中小企业融资",
    "就业创业服务", "数字乡村建设", "河道综合治理",   "消防救援能力"};
constexpr std::array<const char*, 6> kProblems{
    "群众反映强烈，问题长期未得到解决。", "现有设施老化，难以满足需要。",
    "资金投入不足，建设进度缓慢。",       "部门职责交叉，协调难度较大。",
    "政策落实不到位，群众获得感不强。",   "基层力量薄弱，服务水平不高。"};
constexpr std::array<const char*, 6> kProposals{
    "建议将其纳入年度民生实事，加大财政投入。", "建议制定专项规划，明确责任分工和时间节点。",
    "建议完善考核机制，压实部门责任。",         "建议整合各方资源，建立长效管护机制。",
    "建议加强督查督办，确保政策落地见效。",     "建议开展试点示范，总结推广成功经验。"};
constexpr std::array<const char*, 10> kCategories{"经济发展", "城乡建设", "交通运输", "教育科技",
                                                  "医疗卫生", "农业农村", "生态环境", "社会保障",
                                                  "民主法治", "其他"};

template <typename L>
const auto& pick(std::mt19937& rng, const L& list) {
  return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
}

void progress(const char* what, std::int64_t done, std::int64_t total) {
  std::fprintf(stderr, "\r  %-12s %9lld / %lld", what, static_cast<long long>(done),
               static_cast<long long>(total));
  if (done == total) std::fprintf(stderr, "\n");
}

Result<std::int64_t> insert_node(Connection& c, const std::string& code, const std::string& name,
                                 int level, const Congress* parent, TimeMs now) {
  auto id = c.query_one(
      "INSERT INTO org_nodes (code, name, level, parent_id, path, committee_name, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?) RETURNING id",
      {code, name, std::string(kLevels[level]), parent ? Value(parent->id) : Value(nullptr),
       std::string(level == 3 ? "人大主席团" : "人大常委会选举任免联络工作委员会"), now, now});
  if (!id) return std::unexpected(id.error());
  const std::string path =
      (parent ? parent->path : std::string("/")) + std::to_string(id->i64(0)) + "/";
  if (auto st = c.exec("UPDATE org_nodes SET path = ? WHERE id = ?", {path, id->i64(0)}); !st)
    return std::unexpected(st.error());
  return id->i64(0);
}

// The tree: a province, its cities, counties and townships, each with a term, five sessions
// and (but townships) government departments as handling units.
Result<std::vector<Congress>> build_tree(storage::Database& db, double scale, TimeMs now) {
  std::vector<Congress> out;
  const int cities = std::max(1, static_cast<int>(std::lround(14 * scale)));
  auto st = db.write([&](Connection& c) -> Status {
    auto add = [&](const std::string& code, const std::string& name, int level,
                   int parent) -> Status {
      const Congress* p = parent >= 0 ? &out[static_cast<std::size_t>(parent)] : nullptr;
      auto id = insert_node(c, code, name, level, p, now);
      if (!id) return std::unexpected(id.error());
      Congress g{.id = *id,
                 .path = (p ? p->path : "/") + std::to_string(*id) + "/",
                 .name = name,
                 .level = level};
      auto term = c.query_one(
          "INSERT INTO terms (org_node_id, number, start_date, end_date, created_at, updated_at) "
          "VALUES (?, ?, '2022-01-10', '2027-01-09', ?, ?) RETURNING id",
          {*id, std::int64_t{level < 2 ? 14 : 18}, now, now});
      if (!term) return std::unexpected(term.error());
      g.term = term->i64(0);
      for (int y = 0; y < 5; ++y) {
        DAIBIAO_TRY(
            auto s,
            c.query_one(
                "INSERT INTO congress_sessions (term_id, number, opens_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                {g.term, std::int64_t{y + 1}, std::to_string(2022 + y) + "-01-12", now, now}));
        g.sessions[static_cast<std::size_t>(y)] = s.i64(0);
      }
      out.push_back(std::move(g));
      return {};
    };
    if (auto s = add("S43", "湖南省人民代表大会", 0, -1); !s) return s;
    for (int ci = 0; ci < cities; ++ci) {
      const int city = static_cast<int>(out.size());
      const std::string cc = "S43" + std::to_string(10 + ci);
      if (auto s = add(cc, "第" + org::chinese_number(ci + 1) + "市人民代表大会", 1, 0); !s)
        return s;
      for (int k = 0; k < 9; ++k) {
        const int county = static_cast<int>(out.size());
        const std::string kc = cc + std::to_string(10 + k);
        if (auto s = add(kc,
                         out[static_cast<std::size_t>(city)].name.substr(0, 9) +
                             org::chinese_number(k + 1) + "县人民代表大会",
                         2, city);
            !s)
          return s;
        for (int t = 0; t < 16; ++t)
          if (auto s = add(kc + std::to_string(10 + t),
                           std::string(kPlaces[static_cast<std::size_t>(t) % kPlaces.size()]) +
                               org::chinese_number(t + 1) + "镇人民代表大会",
                           3, county);
              !s)
            return s;
      }
    }
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return out;
}

// About 2,000 units at scale 1: each province, city and county congress has departments.
Status insert_units(storage::Database& db, std::vector<Congress>& tree, TimeMs now) {
  std::int64_t code = 0;
  return db.write([&](Connection& c) -> Status {
    for (auto& g : tree) {
      if (g.level == 3) continue;
      const std::size_t n = kDepartments.size();
      const std::string prefix =
          g.level == 0 ? "省" : g.name.substr(0, g.name.find("人民代表大会"));
      for (std::size_t i = 0; i < n; ++i) {
        DAIBIAO_TRY(auto id, c.query_one("INSERT INTO handling_units (org_node_id, code, name, "
                                         "kind, created_at, updated_at) "
                                         "VALUES (?, ?, ?, 'government', ?, ?) RETURNING id",
                                         {g.id, "B" + std::to_string(100000 + ++code),
                                          (g.level == 0 ? std::string("省") : prefix) +
                                              kDepartments[i % kDepartments.size()],
                                          now, now}));
        g.units.push_back(id.i64(0));
      }
    }
    return {};
  });
}

Status insert_deputies(storage::Database& db, const platform::FieldCipher& cipher,
                       std::vector<Congress>& tree, TimeMs now, std::mt19937& rng) {
  std::int64_t total = 0;
  for (const auto& g : tree) total += kDeputiesPerCongress[static_cast<std::size_t>(g.level)];
  std::int64_t done = 0, serial = 0;
  for (auto& g : tree) {
    const int n = kDeputiesPerCongress[static_cast<std::size_t>(g.level)];
    auto st = db.write([&](Connection& c) -> Status {
      for (int i = 0; i < n; ++i) {
        const bool male = rng() % 100 < 72;
        const std::string name =
            std::string(pick(rng, seed::kSurnames)) +
            (male ? pick(rng, seed::kGivenMale) : pick(rng, seed::kGivenFemale));
        // Unique by construction: region and birth day come from the serial number.
        const std::int64_t k = serial++;
        char body[18];
        const Date birth = add_days(Date{1960, 1, 1}, static_cast<int>(k / 9000));
        std::snprintf(body, sizeof body, "43%04lld%04d%02d%02d%02d%d",
                      static_cast<long long>(k % 9000 + 1000), birth.year, birth.month, birth.day,
                      static_cast<int>(rng() % 100),
                      static_cast<int>(rng() % 5) * 2 + (male ? 1 : 0));
        const std::string id_number = seed::with_check_digit(std::string(body, 17));
        const std::string phone = "13" + std::to_string(100000000 + k);
        DAIBIAO_TRY(
            auto person,
            c.query_one(
                "INSERT INTO persons (org_node_id, name, name_sort, gender, ethnicity, birth_date, "
                "party, field, phone_sealed, phone_masked, id_sealed, id_hash, id_masked, "
                "created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {g.id, name, platform::pinyin_sort_key(name), std::string(male ? "male" : "female"),
                 std::string(pick(rng, seed::kEthnicities)), format_date(birth),
                 std::string(pick(rng, seed::kParties)), cipher.seal(phone),
                 people::mask_phone(phone), cipher.seal(id_number), cipher.lookup_hash(id_number),
                 people::mask_id_number(id_number), now, now}));
        if (auto s = c.exec(
                "INSERT INTO mandates (person_id, org_node_id, term_id, delegation, status, "
                "started_on, created_at, updated_at) VALUES (?, ?, ?, ?, 'serving', '2022-01-10', "
                "?, ?)",
                {person.i64(0), g.id, g.term,
                 g.name.substr(0, g.name.find("人民代表大会")) + "代表团", now, now});
            !s)
          return s;
        g.deputies.emplace_back(person.i64(0), name);
      }
      return {};
    });
    if (!st) return st;
    done += n;
    if (done % 5000 < static_cast<std::int64_t>(n) || done == total)
      progress("deputies", done, total);
  }
  return {};
}

// A state for an item raised `years_ago` years ago: old ones are mostly closed.
const char* state_for(int years_ago, std::mt19937& rng) {
  const int r = static_cast<int>(rng() % 100);
  if (years_ago >= 2) return r < 88 ? "closed" : r < 95 ? "follow_up" : "withdrawn";
  if (years_ago == 1)
    return r < 60 ? "closed" : r < 80 ? "follow_up" : r < 90 ? "answered" : "handling";
  static constexpr std::array<const char*, 10> kCurrent{
      "handling",       "handling",   "handling", "assigned",  "answered",
      "answer_drafted", "rehandling", "accepted", "submitted", "closed"};
  return kCurrent[static_cast<std::size_t>(r) % kCurrent.size()];
}

Status insert_suggestions(storage::Database& db, const platform::FieldCipher& cipher,
                          const std::vector<Congress>& tree, std::int64_t count, TimeMs now,
                          std::mt19937& rng) {
  const Date today = china_date(now);
  // Congresses that raise suggestions, weighted by how many deputies they have.
  std::vector<std::size_t> raisers;
  for (std::size_t i = 0; i < tree.size(); ++i)
    for (int w = 0; w < (tree[i].level == 3 ? 1 : tree[i].level == 2 ? 3 : 6); ++w)
      raisers.push_back(i);
  std::vector<std::int64_t> numbers(tree.size() * 5, 0);
  constexpr std::int64_t kBatch = 5000;
  for (std::int64_t done = 0; done < count;) {
    const std::int64_t n = std::min(kBatch, count - done);
    auto st = db.write([&](Connection& c) -> Status {
      for (std::int64_t i = 0; i < n; ++i) {
        const std::size_t gi = pick(rng, raisers);
        const Congress& g = tree[gi];
        // The nearest congress with units answers (townships pass to their county).
        const Congress* answering = &g;
        for (std::size_t up = gi; answering->units.empty() && up > 0;) {
          --up;
          if (tree[up].level < g.level && access::path_within(g.path, tree[up].path))
            answering = &tree[up];
        }
        const int year_index = static_cast<int>(rng() % 5);  // 2022 … 2026
        const int years_ago = 4 - year_index;
        const auto& [person, name] = pick(rng, g.deputies);
        const std::string state = state_for(years_ago, rng);
        const bool open = state != "closed" && state != "withdrawn" && state != "submitted" &&
                          state != "accepted";
        const TimeMs at = now - static_cast<TimeMs>(years_ago * 365 + rng() % 200) * kDayMs;
        const std::int64_t unit = answering->units.empty() ? 0 : pick(rng, answering->units);
        const std::string topic = pick(rng, kTopics);
        const std::string title =
            std::string("关于") + pick(rng, kVerbs) + pick(rng, kPlaces) + topic + "的建议";
        const std::string body = std::string(pick(rng, kPlaces)) + topic + "方面，" +
                                 pick(rng, kProblems) + pick(rng, kProblems) +
                                 pick(rng, kProposals) + pick(rng, kProposals);
        const std::size_t si = gi * 5 + static_cast<std::size_t>(year_index);
        const bool numbered = state != "submitted";
        const int due_offset = static_cast<int>(rng() % 150) - 75;
        static constexpr std::array<const char*, 4> kClasses{"A", "B", "B", "C"};
        static constexpr std::array<const char*, 4> kRatings{"satisfied", "satisfied",
                                                             "basically_satisfied", "dissatisfied"};
        const bool answered = state == "closed" || state == "follow_up" || state == "answered" ||
                              state == "rehandling";
        auto id = c.query_one(
            "INSERT INTO suggestions (org_node_id, org_path, review_org_id, review_path, "
            "session_id, number, title, body, category, is_public, lead_person_id, lead_name, "
            "state, star_level, assign_mode, lead_unit_id, answer_class, rating, next_due_on, "
            "next_due_kind, submitted_at, closed_at, created_at, updated_at) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 'joint', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {g.id,
             g.path,
             g.id,
             g.path,
             g.sessions[static_cast<std::size_t>(year_index)],
             numbered ? Value(++numbers[si]) : Value(nullptr),
             title,
             body,
             std::string(pick(rng, kCategories)),
             person,
             name,
             state,
             std::int64_t{1 + static_cast<std::int64_t>(rng() % 3)},
             unit ? Value(unit) : Value(nullptr),
             answered ? Value(std::string(pick(rng, kClasses))) : Value(nullptr),
             state == "closed" || state == "follow_up" ? Value(std::string(pick(rng, kRatings)))
                                                       : Value(nullptr),
             open ? Value(format_date(add_days(today, due_offset))) : Value(nullptr),
             open ? Value(std::string("answer")) : Value(nullptr),
             at,
             state == "closed" ? Value(at + 120 * kDayMs) : Value(nullptr),
             at,
             at});
        if (!id) return std::unexpected(id.error());
        const std::int64_t sid = id->i64(0);
        if (unit)
          if (auto s =
                  c.exec("INSERT INTO suggestion_units (suggestion_id, unit_id, role, signed_on, "
                         "assigned_at) VALUES (?, ?, 'lead', ?, ?)",
                         {sid, unit, format_date(china_date(at + 20 * kDayMs)), at});
              !s)
            return s;
        // Its timeline (raised, submitted, and where it stands) and one audit record.
        for (const auto& [action, to, delay] :
             {std::tuple{"create", "draft", 0}, std::tuple{"submit", "submitted", 1},
              std::tuple{"assign", state.c_str(), 20}})
          if (auto s = c.exec(
                  "INSERT INTO suggestion_events (suggestion_id, at, actor_name, relation, action, "
                  "from_state, to_state, detail) VALUES (?, ?, ?, 'lead_deputy', ?, '', ?, '')",
                  {sid, at + delay * kDayMs, name, std::string(action), std::string(to)});
              !s)
            return s;
        audit::Record r;
        r.at = at;
        r.actor.name = name;
        r.actor.role = "lead_deputy";
        r.action = "suggestion.submit";
        r.object_type = "suggestion";
        r.object_id = std::to_string(sid);
        r.outcome = "success";
        r.changes = audit::changes_json({{"state", "draft", "submitted"}});
        if (auto a = storage::append_audit(c, std::move(r), &cipher); !a)
          return std::unexpected(a.error());
      }
      return {};
    });
    if (!st) return st;
    done += n;
    progress("suggestions", done, count);
  }
  return {};
}

}  // namespace

Status generate_scale(storage::Database& db, const platform::FieldCipher& cipher, double scale,
                      TimeMs now) {
  if (scale <= 0 || scale > 10) return fail_fields({{"scale", "应在 0 到 10 之间，例如 0.1 或 1"}});
  auto empty = [&]() -> Result<bool> {
    bool none = false;
    auto st = db.read([&](Connection& c) -> Status {
      DAIBIAO_TRY(auto r, c.query_one("SELECT COUNT(*) FROM org_nodes"));
      none = r.i64(0) == 0;
      return {};
    });
    if (!st) return std::unexpected(st.error());
    return none;
  }();
  if (!empty) return std::unexpected(empty.error());
  if (!*empty)
    return fail(ErrorCode::failed_precondition,
                "--scale 需要一个刚迁移的空数据库（组织机构树为空）");
  std::mt19937 rng(20261129);
  DAIBIAO_TRY(auto tree, build_tree(db, scale, now));
  std::fprintf(stderr, "  congresses   %9zu\n", tree.size());
  if (auto st = insert_units(db, tree, now); !st) return st;
  if (auto st = insert_deputies(db, cipher, tree, now, rng); !st) return st;
  if (auto st = insert_suggestions(
          db, cipher, tree, static_cast<std::int64_t>(std::llround(500000 * scale)), now, rng);
      !st)
    return st;
  return db.write([](storage::Connection& c) { return storage::fill_session_years(c); });
}

}  // namespace daibiao::bench
