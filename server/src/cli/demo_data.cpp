#include "cli/demo_data.hpp"

#include <array>

#include "app/account_service.hpp"
#include "app/org_service.hpp"
#include "storage/org/org_store.hpp"

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

}  // namespace

Result<std::vector<DemoLogin>> load_demo(app::Env& env) {
  const app::Caller caller = demo_caller();
  auto root = app::create_root_node(env, caller,
                                    {.code = "43",
                                     .name = "湖南省人民代表大会",
                                     .level = "province",
                                     .committee_name = "省人大常委会选举任免联络工作委员会"});
  if (!root) return std::unexpected(root.error());
  // Build the rest with a temporary principal holding org.manage at the root, so the same
  // use cases (validation, audit) run as for a user.
  app::Caller builder = caller;
  builder.principal.grants.push_back({access::Role::system_admin, root->id, root->path});
  std::vector<org::Node> counties;
  int township_index = 0;
  for (const auto& city : kCities) {
    auto c = app::create_node(env, builder,
                              {.code = city.code,
                               .name = std::string(city.name) + "人民代表大会",
                               .level = "city",
                               .committee_name = "市人大常委会选举任免联络工作委员会",
                               .parent_id = root->id});
    if (!c) return std::unexpected(c.error());
    int county_index = 0;
    for (const char* county : city.counties) {
      auto k =
          app::create_node(env, builder,
                           {.code = std::string(city.code) + std::to_string(21 + county_index++),
                            .name = std::string(county) + "人民代表大会",
                            .level = "county",
                            .committee_name = "县人大常委会选举任免联络工作委员会",
                            .parent_id = c->id});
      if (!k) return std::unexpected(k.error());
      counties.push_back(*k);
    }
  }
  // 30 townships spread over the nine counties.
  for (int i = 0; i < 30; ++i) {
    const org::Node& county = counties[i % counties.size()];
    auto t = app::create_node(
        env, builder,
        {.code = county.code + std::to_string(100 + i),
         .name = std::string(county.name.substr(0, county.name.find("人民代表大会"))) +
                 kTownships[i % kTownships.size()] + "人民代表大会",
         .level = "township",
         .committee_name = "人大主席团",
         .parent_id = county.id});
    if (!t) return std::unexpected(t.error());
    ++township_index;
  }
  std::vector<org::Unit> units;
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    const std::string name = kUnits[i];
    const std::string kind =
        name.find("公司") != std::string::npos || name.find("集团") != std::string::npos
            ? "enterprise"
            : "government";
    auto u = app::create_unit(env, builder,
                              {.org_node_id = root->id,
                               .code = "U" + std::to_string(1001 + i),
                               .name = name,
                               .kind = kind});
    if (!u) return std::unexpected(u.error());
    units.push_back(*u);
  }
  auto term = app::create_term(env, builder,
                               {.org_node_id = root->id,
                                .number = 13,
                                .start_date = "2023-01-16",
                                .end_date = "2028-01-15"});
  if (!term) return std::unexpected(term.error());
  for (int n = 1; n <= 4; ++n) {
    auto s = app::create_session(
        env, builder,
        {.term_id = term->id, .number = n, .opens_on = std::to_string(2022 + n) + "-01-16"});
    if (!s) return std::unexpected(s.error());
  }

  struct AccountPlan {
    const char* username;
    const char* display;
    const char* role;
    bool unit;
  };
  constexpr std::array<AccountPlan, 9> kAccounts{{
      {"deputy.li", "李建华", "deputy", false},
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
    app::AccountInput in{.username = plan.username,
                         .display_name = plan.display,
                         .password = password,
                         .org_node_id = root->id,
                         .unit_id = plan.unit ? std::optional(units[1].id) : std::nullopt};
    auto a = app::bootstrap_account(env, "demo", in, plan.role);
    if (!a) return std::unexpected(a.error());
    logins.push_back({plan.username, password, plan.role, root->name});
  }
  return logins;
}

}  // namespace daibiao::cli
