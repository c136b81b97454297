#include "cli/demo_data.hpp"

#include <array>
#include <random>

#include "app/people/deputy_service.hpp"

#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "cli/demo_suggestions.hpp"
#include "storage/org/org_store.hpp"
#include "storage/seed/fake_people.hpp"

namespace daibiao::cli {
namespace {

struct CityPlan {
  const char* code;
  const char* name;
  std::array<const char*, 3> counties;
};

// Names are of the real kind but the tree is invented: three cities, nine counties.
constexpr std::array<CityPlan, 3> kCities{{
    {"4310", "郴州市", {"汝城县", "桂东县", "宜章县"}},
    {"4304", "衡阳市", {"耒阳市", "衡南县", "祁东县"}},
    {"4307", "常德市", {"鼎城区", "桃源县", "澧县"}},
}};

constexpr std::array<const char*, 10> kTownships{"城关镇", "青山镇", "石门乡", "白沙镇", "龙潭镇",
                                                 "花桥镇", "新田乡", "长乐镇", "松柏镇", "永安乡"};

constexpr std::array<const char*, 40> kUnits{"省发展和改革委员会",
                                             "省教育厅",
                                             "省科学技术厅",
                                             "省工业和信息化厅",
                                             "省公安厅",
                                             "省民政厅",
                                             "省司法厅",
                                             "省财政厅",
                                             "省人力资源和社会保障厅",
                                             "省自然资源厅",
                                             "省生态环境厅",
                                             "省住房和城乡建设厅",
                                             "省交通运输厅",
                                             "省水利厅",
                                             "省农业农村厅",
                                             "省商务厅",
                                             "省文化和旅游厅",
                                             "省卫生健康委员会",
                                             "省退役军人事务厅",
                                             "省应急管理厅",
                                             "省审计厅",
                                             "省市场监督管理局",
                                             "省广播电视局",
                                             "省体育局",
                                             "省统计局",
                                             "省医疗保障局",
                                             "省林业局",
                                             "省粮食和物资储备局",
                                             "省能源局",
                                             "省乡村振兴局",
                                             "省地方金融监督管理局",
                                             "省机关事务管理局",
                                             "省人民防空办公室",
                                             "省信访局",
                                             "省数据局",
                                             "省气象局",
                                             "国网湖南省电力有限公司",
                                             "湖南省高速公路集团",
                                             "省通信管理局",
                                             "省邮政管理局"};

app::Caller demo_caller() {
  app::Caller c;
  c.principal.username = "demo";
  return c;
}

app::DeputyInput random_deputy(std::mt19937& rng, const org::Node& node, std::int64_t term_id,
                               const std::string& delegation, const std::string& started) {
  auto pick = [&](const auto& list) {
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
  };
  const bool male = std::uniform_int_distribution<int>(0, 99)(rng) < 68;
  const int year = std::uniform_int_distribution<int>(1962, 1994)(rng);
  const seed::FieldPlan& f = pick(seed::kFields);
  const std::string place = node.name.substr(0, node.name.find("人民代表大会"));
  app::DeputyInput d;
  d.person.name = std::string(pick(seed::kSurnames)) +
                  (male ? pick(seed::kGivenMale) : pick(seed::kGivenFemale));
  d.person.gender = male ? "male" : "female";
  d.person.ethnicity = pick(seed::kEthnicities);
  d.person.id_number = seed::id_number(
      rng, "4301" + std::to_string(std::uniform_int_distribution<int>(10, 99)(rng)), year, male);
  d.person.party = pick(seed::kParties);
  d.person.education = pick(seed::kEducation);
  d.person.occupation = f.occupation;
  d.person.field = f.field;
  d.person.employer = place + f.employer;
  d.person.post = f.post;
  d.person.phone = "1" + std::to_string(std::uniform_int_distribution<int>(3, 9)(rng)) +
                   std::to_string(std::uniform_int_distribution<long>(100000000, 999999999)(rng));
  d.mandate = {node.id, term_id, delegation, started};
  return d;
}

// About 600 deputies over the four levels; some county deputies are city deputies too.
Status load_demo_deputies(app::Env& env, const app::Caller& builder, const org::Node& root,
                          const org::Term& province_term, const std::vector<org::Node>& cities,
                          const std::vector<org::Node>& counties,
                          const std::vector<org::Node>& townships) {
  std::mt19937 rng(20261129);  // fixed: the same demo every time
  auto term_for = [&](const org::Node& node, int number, const char* start) -> Result<org::Term> {
    return app::create_term(
        env, builder,
        {.org_node_id = node.id, .number = number, .start_date = start, .end_date = "2026-12-31"});
  };
  auto add_batch = [&](const org::Node& node, std::int64_t term_id, int count,
                       const std::function<std::string(int)>& delegation) -> Status {
    std::vector<app::DeputyInput> batch;
    for (int i = 0; i < count; ++i)
      batch.push_back(random_deputy(rng, node, term_id, delegation(i), "2022-01-01"));
    auto n = app::create_deputies(env, builder, batch);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  auto stem = [](const org::Node& n) { return n.name.substr(0, n.name.find("人民代表大会")); };
  if (auto st = add_batch(root, province_term.id, 150,
                          [&](int i) { return stem(cities[i % cities.size()]) + "代表团"; });
      !st)
    return st;
  std::vector<std::int64_t> city_terms;
  for (std::size_t c = 0; c < cities.size(); ++c) {
    DAIBIAO_TRY(auto t, term_for(cities[c], 7, "2021-12-20"));
    city_terms.push_back(t.id);
    if (auto st = add_batch(cities[c], t.id, 50,
                            [&](int i) { return stem(counties[c * 3 + i % 3]) + "代表团"; });
        !st)
      return st;
  }
  for (std::size_t k = 0; k < counties.size(); ++k) {
    DAIBIAO_TRY(auto t, term_for(counties[k], 18, "2021-10-15"));
    if (auto st = add_batch(counties[k], t.id, 25,
                            [](int i) { return "第" + org::chinese_number(i % 8 + 1) + "选区"; });
        !st)
      return st;
  }
  for (const auto& town : townships) {
    DAIBIAO_TRY(auto t, term_for(town, 18, "2021-09-30"));
    if (auto st = add_batch(town, t.id, 3,
                            [](int i) { return "第" + org::chinese_number(i + 1) + "选区"; });
        !st)
      return st;
  }
  // Forty county deputies are city deputies too (one person, two mandates).
  storage::ListRequest req;
  req.page_size = 100;
  req.filters["level"] = "county";
  req.sort = "created_at";
  DAIBIAO_TRY(auto county_rows, app::list_deputies(env, builder, req));
  for (int i = 0; i < 40 && i < static_cast<int>(county_rows.items.size()); ++i) {
    const auto& row = county_rows.items[static_cast<std::size_t>(i)];
    std::size_t city = 0;
    for (std::size_t k = 0; k < counties.size(); ++k)
      if (counties[k].id == row.mandate.org_node_id) city = k / 3;
    auto added = app::add_mandate(
        env, builder, PersonId(row.person.id),
        {cities[city].id, city_terms[city], stem(counties[city * 3]) + "代表团", "2021-12-20"});
    if (!added) return std::unexpected(added.error());
  }
  return {};
}

}  // namespace

Result<std::vector<DemoLogin>> load_demo(app::Env& env) {
  const app::Caller caller = demo_caller();
  DAIBIAO_TRY(auto root,
              app::create_root_node(env, caller,
                                    {.code = "43",
                                     .name = "湖南省人民代表大会",
                                     .level = "province",
                                     .committee_name = "省人大常委会选举任免联络工作委员会"}));
  // Build the rest with a temporary principal holding org.manage at the root, so the same
  // use cases (validation, audit) run as for a user.
  app::Caller builder = caller;
  builder.principal.grants.push_back({access::Role::system_admin, root.id, root.path});
  builder.principal.grants.push_back({access::Role::liaison_staff, root.id, root.path});
  std::vector<org::Node> cities, counties, townships;
  for (const auto& city : kCities) {
    DAIBIAO_TRY(auto c, app::create_node(env, builder,
                                         {.code = city.code,
                                          .name = std::string(city.name) + "人民代表大会",
                                          .level = "city",
                                          .committee_name = "市人大常委会选举任免联络工作委员会",
                                          .parent_id = root.id}));
    cities.push_back(c);
    int county_index = 0;
    for (const char* county : city.counties) {
      auto k =
          app::create_node(env, builder,
                           {.code = std::string(city.code) + std::to_string(21 + county_index++),
                            .name = std::string(county) + "人民代表大会",
                            .level = "county",
                            .committee_name = "县人大常委会选举任免联络工作委员会",
                            .parent_id = c.id});
      if (!k) return std::unexpected(k.error());
      counties.push_back(*k);
    }
  }
  // 30 townships spread over the nine counties.
  for (int i = 0; i < 30; ++i) {
    const org::Node& county = counties[i % counties.size()];
    DAIBIAO_TRY(auto t,
                app::create_node(
                    env, builder,
                    {.code = county.code + std::to_string(100 + i),
                     .name = std::string(county.name.substr(0, county.name.find("人民代表大会"))) +
                             kTownships[i % kTownships.size()] + "人民代表大会",
                     .level = "township",
                     .committee_name = "人大主席团",
                     .parent_id = county.id}));
    townships.push_back(t);
  }
  std::vector<org::Unit> units;
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    const std::string name = kUnits[i];
    const std::string kind =
        name.find("公司") != std::string::npos || name.find("集团") != std::string::npos
            ? "enterprise"
            : "government";
    DAIBIAO_TRY(auto u, app::create_unit(env, builder,
                                         {.org_node_id = root.id,
                                          .code = "U" + std::to_string(1001 + i),
                                          .name = name,
                                          .kind = kind}));
    units.push_back(u);
  }
  DAIBIAO_TRY(auto term, app::create_term(env, builder,
                                          {.org_node_id = root.id,
                                           .number = 13,
                                           .start_date = "2023-01-16",
                                           .end_date = "2028-01-15"}));
  for (int n = 1; n <= 4; ++n) {
    auto s = app::create_session(
        env, builder,
        {.term_id = term.id, .number = n, .opens_on = std::to_string(2022 + n) + "-01-16"});
    if (!s) return std::unexpected(s.error());
  }

  struct AccountPlan {
    const char* username;
    const char* display;
    const char* role;
    bool unit;
  };
  constexpr std::array<AccountPlan, 11> kAccounts{{
      {"deputy.li", "李建华", "deputy", false},
      {"deputy.zhou", "周美玲", "deputy", false},
      {"officer.sun", "孙文博", "unit_officer", true},
      {"staff.wang", "王晓燕", "liaison_staff", false},
      {"officer.zhao", "赵志强", "unit_officer", true},
      {"head.chen", "陈国平", "unit_head", true},
      {"leader.liu", "刘振东", "leader", false},
      {"committee.sun", "孙丽萍", "committee_staff", false},
      {"sysadmin", "系统管理员", "system_admin", false},
      {"secadmin", "安全管理员", "security_admin", false},
      {"auditor", "审计管理员", "audit_admin", false},
  }};
  std::vector<DemoLogin> logins;
  for (const auto& plan : kAccounts) {
    // 16 hex characters plus fixed classes: meets the policy, unique per demo load.
    const std::string password = "Db-" + env.random.hex_token(8) + "x";
    app::AccountInput in{
        .username = plan.username,
        .display_name = plan.display,
        .password = password,
        .org_node_id = root.id,
        .unit_id =
            plan.unit
                ? std::optional(units[std::string_view(plan.username) == "officer.sun" ? 2 : 1].id)
                : std::nullopt};
    auto a = app::bootstrap_account(env, "demo", in, plan.role);
    if (!a) return std::unexpected(a.error());
    logins.push_back({plan.username, password, plan.role, root.name});
  }
  if (env.cipher) {
    if (auto st = load_demo_deputies(env, builder, root, term, cities, counties, townships); !st)
      return std::unexpected(st.error());
    if (auto st = load_demo_suggestions(env, builder, term); !st)
      return std::unexpected(st.error());
  }
  return logins;
}

}  // namespace daibiao::cli
