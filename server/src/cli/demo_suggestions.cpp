#include "cli/demo_suggestions.hpp"

#include <map>

#include "app/access/auth.hpp"
#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/award_service.hpp"
#include "app/supervision/funding_service.hpp"
#include "app/supervision/key_topic_service.hpp"
#include "app/supervision/leader_service.hpp"
#include "app/supervision/meeting_service.hpp"
#include "app/supervision/sampling_service.hpp"
#include "storage/seed/demo_facts.hpp"

namespace daibiao::cli {
namespace {

namespace sg = suggestions;
using sg::Action;
using sg::State;

constexpr TimeMs kDay = 24LL * 3600 * 1000;

struct Demo {
  app::Env& real;
  ManualClock clock;
  app::Env env;
  std::map<std::string, app::Caller> who;  // by username
  std::int64_t session_id = 0;
  std::vector<std::int64_t> units;  // lead (officer.zhao's), co (officer.sun's)

  Demo(app::Env& e, TimeMs start)
      : real(e), clock(start), env{e.db, clock, e.random, e.config, e.cipher} {}

  Result<std::int64_t> version(std::int64_t id) {
    auto v = app::get_suggestion(env, who.at("staff.wang"), id);
    if (!v) v = app::get_suggestion(env, who.at("deputy.li"), id);
    if (!v) return std::unexpected(v.error());
    return v->record.row.version;
  }

  Status step(const std::string& user, std::int64_t id, Action a, app::ActionRequest req = {}) {
    clock.advance(kDay);
    DAIBIAO_TRY(req.version, version(id));
    auto r = app::act(env, who.at(user), id, a, req);
    if (!r) {
      Error e = r.error();
      e.message = "演示建议 " + std::to_string(id) + " " + std::string(sg::action_name(a)) + "：" +
                  e.message;
      for (const auto& f : r.error().fields) e.message += " [" + f.field + ": " + f.message + "]";
      return std::unexpected(std::move(e));
    }
    return {};
  }
};

struct Plan {
  const char* title;
  const char* body;
  const char* category;
  State target;
  int days_ago;         // when the deputy started it
  bool urgent = false;  // 急件
  bool recess = false;  // raised between sessions (闭会期间)
};

// Titles and bodies read like real suggestions to a provincial congress.
constexpr Plan kPlans[] = {
    {"关于加快农村公路提质改造的建议",
     "部分乡村公路路面破损严重，雨季通行困难。建议将农村公路提质改造纳入年度重点民生实事，加大省级"
     "补助力度。",
     "交通运输", State::closed, 200},
    {"关于推进县域医共体建设的建议",
     "县乡两级医疗资源分布不均，基层首诊难以落实。建议完善医共体绩效考核和医保打包支付办法。",
     "医疗卫生", State::follow_up, 190},
    {"关于加强农村寄宿制学校建设的建议",
     "山区寄宿制学校宿舍、食堂条件较差。建议设立专项资金改善寄宿条件，配齐生活老师。", "教育科技",
     State::handling, 180},
    {"关于完善城乡居民养老保险待遇调整机制的建议",
     "城乡居民基础养老金水平偏低。建议建立与经济发展相适应的正常调整机制。", "社会保障",
     State::handling, 95},
    {"关于支持油茶产业高质量发展的建议",
     "油茶低产林改造资金不足，加工企业规模小。建议加大低改补助，培育龙头企业。", "农业农村",
     State::rehandling, 150},
    {"关于加强湘江流域水环境治理的建议", "部分支流水质仍不稳定。建议建立上下游横向生态补偿机制。",
     "生态环境", State::answered, 5},
    {"关于优化营商环境、减轻中小企业负担的建议",
     "中小企业反映涉企检查多、融资难。建议推行综合查一次，扩大首贷续贷中心覆盖。", "经济发展",
     State::answer_drafted, 110},
    {"关于加快老旧小区加装电梯的建议",
     "老旧小区老年人上下楼难。建议简化加装电梯审批，提高财政补助标准。", "城乡建设",
     State::reassignment_requested, 40, false, true},
    {"关于提升乡镇消防救援能力的建议", "乡镇专职消防队装备不足。建议按标准配备消防车辆和器材。",
     "民主法治", State::assigned, 30, true},
    {"关于建设县级农产品冷链物流中心的建议", "农产品产后损耗大。建议支持县级冷链物流中心建设。",
     "农业农村", State::accepted, 20},
    {"关于规范校外培训机构管理的建议", "部分机构变相开展学科类培训。建议加强联合执法。", "教育科技",
     State::initial_reviewed, 15},
    {"关于增设高速公路服务区充电桩的建议", "节假日新能源汽车充电排队时间长。建议增设快充桩。",
     "交通运输", State::submitted, 10, false, true},
    {"关于解决本人房屋拆迁补偿纠纷的请求", "本人房屋拆迁补偿存在争议，请求协调解决。", "其他",
     State::not_accepted, 25},
    {"关于加强乡村文化站建设的建议", "乡村文化站设施闲置。建议完善运行管理机制。", "其他",
     State::returned, 12},
    {"关于设立社区嵌入式托育点的建议", "双职工家庭托育需求大。建议在社区嵌入普惠托育点。",
     "社会保障", State::withdrawn, 9},
    {"关于推广稻渔综合种养的建议", "稻渔综合种养效益好，但技术推广不足。建议加强技术培训。",
     "农业农村", State::cosigning, 3},
    {"关于加强农村饮水安全保障的建议", "部分山区季节性缺水。建议实施农村供水保障工程。", "农业农村",
     State::draft, 1, true, true},
};

// Walks one item from draft towards `target`.
Status walk(Demo& d, const Plan& plan) {
  app::DraftInput in{.session_id = d.session_id,
                     .title = plan.title,
                     .body = plan.body,
                     .category = plan.category,
                     .is_public = true,
                     .urgent = plan.urgent,
                     .raised_in = plan.recess ? "recess" : "session"};
  DAIBIAO_TRY(auto created, app::create_suggestion(d.env, d.who.at("deputy.li"), in));
  const std::int64_t id = created.record.row.id;
  const State t = plan.target;
  auto done = [&](State s) { return t == s; };
  if (done(State::draft)) return {};
  const auto zhou = d.who.at("deputy.zhou").principal.person_id.value_or(0);
  if (auto st = d.step("deputy.li", id, Action::invite_cosigners, {.person_ids = {zhou}}); !st)
    return st;
  if (done(State::cosigning)) return {};
  if (auto st = d.step("deputy.zhou", id, Action::cosigner_confirm); !st) return st;
  if (auto st = d.step("deputy.li", id, Action::submit); !st) return st;
  if (done(State::submitted)) return {};
  if (done(State::withdrawn))
    return d.step("deputy.li", id, Action::withdraw,
                  {.reason = "经与有关部门沟通，问题已在调研中解决，申请撤回。"});
  if (done(State::returned))
    return d.step("staff.wang", id, Action::return_for_revision,
                  {.reason = "建议内容较为笼统，请补充具体问题和可行措施后再提交。"});
  if (auto st = d.step("staff.wang", id, Action::initial_review_pass); !st) return st;
  if (done(State::initial_reviewed)) return {};
  if (done(State::not_accepted))
    return d.step(
        "staff.wang", id, Action::reject_not_suggestion,
        {.reason = "建议通过信访或司法途径反映。", .reason_code = "属于个人诉求或私人事务"});
  if (auto st = d.step("staff.wang", id, Action::re_review_accept); !st) return st;
  if (auto st = d.step("staff.wang", id, Action::classify,
                       {.category = plan.category, .star_level = plan.days_ago > 150 ? 3 : 1});
      !st)
    return st;
  if (done(State::accepted)) return {};
  if (auto st = d.step("staff.wang", id, Action::assign,
                       {.mode = "joint", .co_unit_ids = {d.units[1]}, .lead_unit_id = d.units[0]});
      !st)
    return st;
  if (done(State::assigned)) return {};
  if (done(State::reassignment_requested))
    return d.step("officer.zhao", id, Action::request_reassignment,
                  {.reason = "该事项属于住房和城乡建设部门职责，建议改由其主办。"});
  if (auto st = d.step("officer.zhao", id, Action::sign_for); !st) return st;
  if (auto st = d.step("officer.sun", id, Action::sign_for); !st) return st;
  if (done(State::handling)) return {};
  if (auto st = d.step("officer.zhao", id, Action::log_contact,
                       {.method = "visit", .summary = "登门走访代表，听取意见，介绍办理思路。"});
      !st)
    return st;
  if (auto st = d.step("officer.sun", id, Action::submit_co_opinion,
                       {.note = "我单位同意主办单位的办理思路，将在职责范围内给予支持。"});
      !st)
    return st;
  const bool b_class = t == State::follow_up || t == State::closed;
  app::ActionRequest answer{.answer_class = b_class ? "B" : "A",
                            .body =
                                "经研究，现答复如下：一、已将该事项列入年度工作计划；二、将会同有关"
                                "部门加快推进。感谢您对我们工作的关心和支持。"};
  if (b_class)
    answer.commitments = {
        {"完成项目立项和资金安排", format_date(add_days(china_date(d.clock.now_ms()), 30))}};
  if (auto st = d.step("officer.zhao", id, Action::draft_answer, answer); !st) return st;
  if (done(State::answer_drafted)) return {};
  if (auto st = d.step("head.chen", id, Action::sign_off_answer); !st) return st;
  if (done(State::answered)) return {};
  if (done(State::rehandling))
    return d.step("deputy.li", id, Action::evaluate,
                  {.rating = "dissatisfied", .comment = "答复未回应核心问题，希望进一步研究。"});
  if (auto st = d.step("deputy.li", id, Action::evaluate,
                       {.rating = "satisfied", .comment = "办理认真，沟通充分。"});
      !st)
    return st;
  if (done(State::follow_up)) return {};
  if (t == State::closed) {
    DAIBIAO_TRY(auto v, app::get_suggestion(d.env, d.who.at("officer.zhao"), id));
    const auto& cs = v.record.commitments;
    if (cs.empty()) return {};  // an A answer closes on evaluation
    return d.step(
        "officer.zhao", id, Action::report_progress,
        {.note = "项目已立项，资金已下达。", .commitment_id = cs.front().id, .done = true});
  }
  return {};
}

// A sampling review in progress (随机抽样点评): announced with the committee's number as the
// seed and drawn; the first item has the unit's report and the leader's sheet, so a newcomer
// sees every step and can finish it (more sheets, then 公布结果).
Status load_demo_sampling(app::Env& env, const std::map<std::string, app::Caller>& who,
                          std::int64_t session_id) {
  const auto& staff = who.at("staff.wang");
  auto announced = app::announce_draw(env, staff,
                                      {.title = "常委会第十二次会议随机抽样点评",
                                       .session_id = session_id,
                                       .sample_size = 3,
                                       .seed_source = "主任会议当场公布的四位数",
                                       .seed = "7351"});
  if (!announced) return std::unexpected(announced.error());
  DAIBIAO_TRY(auto drawn, app::run_draw(env, staff, announced->draw.id, announced->draw.version));
  if (drawn.items.empty()) return {};
  const std::int64_t first = drawn.items.front().item.suggestion_id;
  if (auto r = app::save_item_report(
          env, staff, drawn.draw.id, first,
          "承办单位汇报：已会同有关部门实地调研，制定了分步实施方案，年内完成第一阶段工作。");
      !r)
    return std::unexpected(r.error());
  if (auto r = app::save_item_sheet(env, who.at("leader.liu"), drawn.draw.id, first,
                                    {85, 80, 80, 70}, "");
      !r)
    return std::unexpected(r.error());
  return {};
}

// The first demo item in `state` whose lead unit is `unit`; nullopt when there is none.
Result<std::optional<std::int64_t>> first_item(app::Env& env, const app::Caller& staff,
                                               const std::string& state, std::int64_t unit) {
  storage::ListRequest req;
  req.page_size = 100;
  req.sort = "number";
  req.filters = {{"state", state}, {"lead_unit_id", std::to_string(unit)}};
  DAIBIAO_TRY(auto page, app::list_suggestions(env, staff, req));
  if (page.items.empty()) return std::optional<std::int64_t>();
  return std::optional(page.items.front().row.id);
}

// A year's special fund of the congress; money asked for the item in handling, granted in part
// and partly spent; and an ask on the followed-up item left for the committee to decide.
Status load_demo_funding(app::Env& env, const std::map<std::string, app::Caller>& who,
                         std::int64_t congress, std::optional<std::int64_t> handling,
                         std::optional<std::int64_t> followed) {
  const auto& staff = who.at("staff.wang");
  const auto& officer = who.at("officer.zhao");
  DAIBIAO_TRY(auto pool,
              app::create_pool(env, staff, congress, std::nullopt,
                               {.name = "代表建议办理专项资金",
                                .source = "special_fund",
                                .budget_line = "",
                                .total_fen = 500'000'000,
                                .note = "财政部门年初安排，专项用于解决代表建议反映的问题。"}));
  if (handling) {
    DAIBIAO_TRY(auto asked,
                app::ask_funding(env, officer, *handling,
                                 {.asked_fen = 80'000'000, .purpose = "道路维修及排水改造工程"}));
    const auto& r = asked.requests.back();
    DAIBIAO_TRY(auto granted, app::grant_funding(env, staff, r.id, r.version, pool.pool.id,
                                                 60'000'000, "按评审后的工程预算核定"));
    const std::string today = format_date(china_date(env.clock.now_ms()));
    if (auto s = app::spend_funding(
            env, officer, granted.requests.back().id,
            {.amount_fen = 20'000'000, .spent_on = today, .note = "支付第一期工程进度款"});
        !s)
      return std::unexpected(s.error());
  }
  if (followed) {
    if (auto r = app::ask_funding(env, officer, *followed,
                                  {.asked_fen = 15'000'000, .purpose = "增设公交站台及候车亭"});
        !r)
      return std::unexpected(r.error());
  }
  return {};
}

// A published round of the session's year for excellent suggestions, over the closed and the
// answered item, scored by 刘 and 孙; and a unit round still open for nominations.
Status load_demo_awards(app::Env& env, const std::map<std::string, app::Caller>& who,
                        std::int64_t congress, std::int64_t session_id, std::int64_t unit) {
  const auto& staff = who.at("staff.wang");
  DAIBIAO_TRY(auto session, app::get_session(env, staff, SessionId(session_id)));
  const auto year = parse_date(session.opens_on);
  if (!year) return {};
  std::vector<std::int64_t> items;
  for (const char* state : {"closed", "answered"}) {
    DAIBIAO_TRY(auto id, first_item(env, staff, state, unit));
    if (id) items.push_back(*id);
  }
  if (!items.empty()) {
    DAIBIAO_TRY(auto r, app::create_round(env, staff, congress, year->year,
                                          {.kind = "suggestion",
                                           .title = "",
                                           .quota = 1,
                                           .criteria = {},
                                           .note = "经主任会议研究，评选年度优秀代表建议。"}));
    for (auto id : items)
      if (auto n = app::nominate(env, staff, r.round.id, id, "选题精准，办理成效明显，代表满意。");
          !n)
        return std::unexpected(n.error());
    DAIBIAO_TRY(auto open, app::get_round(env, staff, r.round.id));
    DAIBIAO_TRY(open, app::open_scoring(env, staff, open.round.id, open.round.version));
    const std::vector<std::vector<int>> marks{{92, 88, 95}, {85, 80, 78}};
    for (std::size_t i = 0; i < open.nominations.size() && i < marks.size(); ++i)
      for (const char* member : {"leader.liu", "committee.sun"})
        if (auto s = app::score_nomination(env, who.at(member), open.round.id,
                                           open.nominations[i].nomination.id, marks[i]);
            !s)
          return std::unexpected(s.error());
    DAIBIAO_TRY(auto scored, app::get_round(env, staff, open.round.id));
    if (auto p = app::publish_round(env, staff, scored.round.id, scored.round.version); !p)
      return std::unexpected(p.error());
  }
  DAIBIAO_TRY(
      auto units,
      app::create_round(env, staff, congress, year->year,
                        {.kind = "unit", .title = "", .quota = 2, .criteria = {}, .note = ""}));
  if (auto n = app::nominate(env, staff, units.round.id, unit,
                             "主动对接代表，答复质量高，承诺事项按期落实。");
      !n)
    return std::unexpected(n.error());
  return {};
}

// The rest of the supervision area, so each screen has something true to show: the division
// of work (★★★ and ★★ items to 刘's leadership, ★ items left uncovered), a five-present
// meeting held on an item in handling, a key topic over the answered and followed-up items
// with an inspection logged, and funding (load_demo_funding).
Status load_demo_supervision(app::Env& env, const std::map<std::string, app::Caller>& who,
                             std::int64_t congress, std::int64_t unit) {
  const auto& staff = who.at("staff.wang");
  const auto& leader = who.at("leader.liu");
  const std::int64_t liu = leader.principal.user_id;
  if (auto r = app::replace_leader_rules(env, staff, congress,
                                         {{.star_level = 3, .category = "", .user_id = liu},
                                          {.star_level = 2, .category = "", .user_id = liu}});
      !r)
    return std::unexpected(r.error());
  const std::string today = format_date(china_date(env.clock.now_ms()));
  DAIBIAO_TRY(auto handling, first_item(env, staff, "handling", unit));
  if (handling) {
    DAIBIAO_TRY(auto m, app::schedule_meeting(env, staff, *handling,
                                              {.scheduled_on = today,
                                               .start_time = "09:30",
                                               .place = "承办单位三楼会议室",
                                               .topic = "当面听取代表意见，商定办理方案"}));
    if (auto r =
            app::record_meeting(env, who.at("officer.zhao"), m.meeting.id, m.meeting.version,
                                {.held_on = today,
                                 .attendance = {"分管副局长", "提出建议的代表", "承办科室负责人",
                                                "联工委督办员", "县融媒体中心记者"},
                                 .minutes = "一、代表介绍问题现状；\n二、承办单位说明办理思路；\n三"
                                            "、商定年内完成第一阶段工作。"},
                                {});
        !r)
      return std::unexpected(r.error());
  }
  std::vector<std::int64_t> items;
  for (const char* state : {"answered", "follow_up"}) {
    DAIBIAO_TRY(auto id, first_item(env, staff, state, unit));
    if (id) items.push_back(*id);
  }
  DAIBIAO_TRY(auto followed, first_item(env, staff, "follow_up", unit));
  if (auto st = load_demo_funding(env, who, congress, handling, followed); !st) return st;
  if (items.empty()) return {};
  DAIBIAO_TRY(auto topic,
              app::create_topic(env, staff,
                                {.org_node_id = congress,
                                 .topic = {.title = "群众反映集中的民生问题",
                                           .description = "主任会议确定的年度重点督办事项。",
                                           .decided_on = today,
                                           .meeting = "主任会议",
                                           .government_leader = "分管副省长",
                                           .committee = "社会建设委员会"},
                                 .leader_user_id = liu,
                                 .suggestion_ids = items}));
  if (auto r = app::add_activity(env, staff, topic.topic.id,
                                 {.kind = "inspection",
                                  .held_on = today,
                                  .place = "项目现场",
                                  .participants = "督办领导、部分代表",
                                  .summary = "实地察看项目进展，听取承办单位汇报。"});
      !r)
    return std::unexpected(r.error());
  return {};
}

}  // namespace

Status load_demo_suggestions(app::Env& env, const app::Caller& builder, const org::Term& term) {
  // Two serving deputies of the provincial term get the deputy accounts.
  DAIBIAO_TRY(auto facts, app::read<seed::DemoFacts>(env, [&](storage::Connection& c) {
                return seed::demo_facts(c, term.id);
              }));
  const std::vector<std::int64_t>& persons = facts.persons;
  const std::vector<std::string>& names = facts.names;
  const std::int64_t session_id = facts.session_id;
  const std::map<std::string, std::int64_t>& users = facts.users;
  std::vector<std::int64_t> units;
  for (const char* officer : {"officer.zhao", "officer.sun"})
    if (auto it = facts.user_units.find(officer); it != facts.user_units.end())
      units.push_back(it->second);
  if (persons.size() < 2 || units.size() < 2) return {};
  for (std::size_t i = 0; i < 2; ++i) {
    const UserId user{users.at(i == 0 ? "deputy.li" : "deputy.zhou")};
    DAIBIAO_TRY(auto a, app::get_account(env, builder, user));
    // The account carries the deputy's own name, as a real deputy's account would.
    app::AccountPatch patch{
        .version = a.version, .display_name = names[i], .person_id = std::optional(persons[i])};
    if (auto u = app::update_account(env, builder, user, patch); !u)
      return std::unexpected(u.error());
  }
  const TimeMs now = env.clock.now_ms();
  std::map<std::string, app::Caller> who;
  for (const auto& [name, id] : users) {
    DAIBIAO_TRY(auto p, app::principal_of(env, UserId(id)));
    who[name] = app::Caller{p, "127.0.0.1", "demo"};
  }
  for (const auto& plan : kPlans) {
    Demo d(env, now - plan.days_ago * kDay);
    d.session_id = session_id;
    d.units = units;
    d.who = who;
    if (auto s = walk(d, plan); !s) return s;
  }
  if (auto st = load_demo_sampling(env, who, session_id); !st) return st;
  if (auto st = load_demo_supervision(env, who, term.org_node_id, units.front()); !st) return st;
  return load_demo_awards(env, who, term.org_node_id, session_id, units.front());
}

}  // namespace daibiao::cli
