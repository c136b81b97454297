#include "app/supervision/sampling_service.hpp"

#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "base/field_checks.hpp"
#include "base/text.hpp"
#include "platform/crypto.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {

namespace sv = supervision;
using access::Permission;
using storage::Connection;

namespace {

constexpr std::size_t kMaxTitle = 100;
constexpr std::size_t kMaxSeedSource = 200;

// Adds a field error when a required text is empty, not plain text, or too long.
void check_text(std::vector<FieldError>& errors, const char* field, const std::string& value,
                std::size_t max_chars, const char* missing) {
  if (value.empty())
    errors.push_back({field, missing});
  else
    check_plain_text(errors, field, value, max_chars);
}

// The fields of a new draw that need no database, as a Draw to complete.
Result<sv::Draw> draw_from_input(const DrawInput& in) {
  std::vector<FieldError> errors;
  sv::Draw d;
  d.title = in.title;
  d.seed_source = in.seed_source;
  check_text(errors, "title", in.title, kMaxTitle, "请填写抽样名称");
  check_text(errors, "seed_source", in.seed_source, kMaxSeedSource,
             "请写明随机种子的来源（如主任会议公布的数字、某日的公开开奖号码）");
  if (in.session_id <= 0) errors.push_back({"session_id", "请选择会次"});
  d.session_id = in.session_id;
  if (auto stage = parse<sv::Stage>(in.stage))
    d.stage = *stage;
  else
    errors.push_back({"stage", "抽样范围应为 assigned（已交办）或 answered（已答复）"});
  if (auto strata = parse<sv::Strata>(in.strata))
    d.strata = *strata;
  else
    errors.push_back({"strata", "分层方式应为 none、lead_unit、category 或 answer_class"});
  if (in.sample_size < 1 || in.sample_size > sv::kMaxSampleSize)
    errors.push_back({"sample_size", "抽取件数应在 1 至 200 之间"});
  d.sample_size = in.sample_size;
  if (in.star_level && (*in.star_level < 1 || *in.star_level > 3))
    errors.push_back({"star_level", "星级应为 1 至 3"});
  d.filter_star_level = in.star_level;
  d.filter_unit_id = in.unit_id;
  d.filter_category = in.category;
  if (utf8_length(in.category) > 30) errors.push_back({"category", "类别不能超过 30 个字符"});
  d.criteria = in.criteria.value_or(sv::default_criteria());
  if (auto st = sv::check_criteria(d.criteria); !st)
    for (auto& f : st.error().fields) errors.push_back(f);
  d.pass_score = in.pass_score.value_or(sv::kDefaultPassScore);
  if (auto st = sv::check_pass_score(d.pass_score); !st)
    for (auto& f : st.error().fields) errors.push_back(f);
  if (in.seed) {
    auto seed = sv::check_seed(*in.seed);
    if (!seed)
      for (auto& f : seed.error().fields) errors.push_back(f);
    else
      d.seed = *seed;
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return d;
}

// The draw, when the caller may read it (suggestion.read or supervision.manage over its
// congress); not_found otherwise.
Result<sv::Draw> readable_draw(Connection& c, const Caller& caller, std::int64_t id) {
  auto d = storage::find_draw(c, id);
  if (!d) {
    if (d.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "抽样不存在");
    return d;
  }
  const auto& p = caller.principal;
  if (!p.can(Permission::suggestion_read, d->org_path) &&
      !p.can(Permission::supervision_manage, d->org_path))
    return fail(ErrorCode::not_found, "抽样不存在");
  return d;
}

// The draw, when the caller may change it; permission_denied when they may only read it.
Result<sv::Draw> managed_draw(Connection& c, const Caller& caller, std::int64_t id) {
  DAIBIAO_TRY(auto d, readable_draw(c, caller, id));
  if (auto st = authorize(caller.principal, Permission::supervision_manage, d.org_path); !st)
    return std::unexpected(st.error());
  return d;
}

Result<DrawView> view_of(Connection& c, const Caller& caller, sv::Draw d) {
  DrawView v;
  DAIBIAO_TRY(v.items, storage::load_drawn_items(c, d.id));
  v.can_manage = caller.principal.can(Permission::supervision_manage, d.org_path);
  v.can_score = d.status == sv::DrawStatus::drawn;  // readers are members or the committee
  v.draw = std::move(d);
  return v;
}

Status audit_draw(Tx& tx, const sv::Draw& d, std::string action,
                  std::vector<audit::FieldChange> changes) {
  return tx.audit(
      {.action = std::move(action),
       .object_type = "sampling_draw",
       .object_id = std::to_string(d.id),
       .org_node_id = d.org_node_id,
       .role = tx.caller().principal.acting_role(Permission::supervision_manage, d.org_path),
       .changes = std::move(changes)});
}

Status check_version(const sv::Draw& d, std::int64_t version) {
  if (d.version != version) return fail(ErrorCode::conflict, "抽样已被他人更新，请刷新后重试");
  return {};
}

}  // namespace

Result<DrawView> announce_draw(Env& env, const Caller& caller, const DrawInput& in) {
  DAIBIAO_TRY(auto d, draw_from_input(in));
  return write<DrawView>(
      env, caller, attempt("supervision.sample.announce"), [&](Tx& tx) -> Result<DrawView> {
        auto& c = tx.db();
        auto session = storage::find_session(c, d.session_id);
        if (!session) return fail_fields({{"session_id", "会次不存在"}});
        DAIBIAO_TRY(auto term, storage::find_term(c, session->term_id));
        DAIBIAO_TRY(auto node, storage::find_node(c, term.org_node_id));
        if (auto st = authorize(caller.principal, Permission::supervision_manage, node.path); !st) {
          // A congress outside every scope of the caller's is not named to them.
          if (st.error().code == ErrorCode::not_found)
            return fail_fields({{"session_id", "会次不存在"}});
          return std::unexpected(st.error());
        }
        if (d.filter_unit_id && !storage::find_unit(c, *d.filter_unit_id))
          return fail_fields({{"unit_id", "承办单位不存在"}});
        DAIBIAO_TRY(auto population,
                    storage::select_population(c, {.session_id = d.session_id,
                                                   .stage = d.stage,
                                                   .unit_id = d.filter_unit_id,
                                                   .category = d.filter_category,
                                                   .star_level = d.filter_star_level,
                                                   .strata = d.strata}));
        if (population.size() < static_cast<std::size_t>(d.sample_size))
          return fail_fields(
              {{"sample_size", "抽样范围内只有 " + std::to_string(population.size()) +
                                   " 件建议，少于要抽取的件数"}});
        d.org_node_id = node.id;
        d.org_path = node.path;
        d.status = sv::DrawStatus::announced;
        d.population_size = static_cast<int>(population.size());
        d.population_hash = platform::sha256_hex(sv::population_text(population));
        d.announced_by = caller.principal.user_id;
        DAIBIAO_TRY(d.id, storage::insert_draw(c, d, population, tx.now()));
        std::vector<audit::FieldChange> changes{
            {"title", std::nullopt, d.title},
            {"population_size", std::nullopt, std::to_string(d.population_size)},
            {"population_hash", std::nullopt, d.population_hash},
            {"sample_size", std::nullopt, std::to_string(d.sample_size)},
            {"seed_source", std::nullopt, d.seed_source},
            {"pass_score", std::nullopt, std::to_string(d.pass_score)}};
        if (d.seed) changes.push_back({"seed", std::nullopt, *d.seed});
        if (auto st = audit_draw(tx, d, "supervision.sample.announce", std::move(changes)); !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_draw(c, d.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<DrawView> publish_seed(Env& env, const Caller& caller, std::int64_t id, std::int64_t version,
                              const std::string& seed_text) {
  DAIBIAO_TRY(auto seed, sv::check_seed(seed_text));
  return write<DrawView>(
      env, caller, attempt("supervision.sample.seed", "sampling_draw", id),
      [&](Tx& tx) -> Result<DrawView> {
        DAIBIAO_TRY(auto d, managed_draw(tx.db(), caller, id));
        if (d.seed) return fail(ErrorCode::failed_precondition, "随机种子已公布，不能更改");
        if (auto st = check_version(d, version); !st) return std::unexpected(st.error());
        if (auto st = storage::save_seed(tx.db(), id, version, seed, tx.now()); !st)
          return std::unexpected(st.error());
        if (auto st = audit_draw(tx, d, "supervision.sample.seed", {{"seed", std::nullopt, seed}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_draw(tx.db(), id));
        return view_of(tx.db(), caller, std::move(stored));
      });
}

Result<DrawView> run_draw(Env& env, const Caller& caller, std::int64_t id, std::int64_t version) {
  return write<DrawView>(
      env, caller, attempt("supervision.sample.draw", "sampling_draw", id),
      [&](Tx& tx) -> Result<DrawView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto d, managed_draw(c, caller, id));
        if (d.status == sv::DrawStatus::drawn)
          return fail(ErrorCode::failed_precondition, "已经抽取过，抽取结果不能更改");
        if (!d.seed) return fail(ErrorCode::failed_precondition, "请先公布随机种子，再抽取");
        if (auto st = check_version(d, version); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto population, storage::load_population(c, id));
        if (platform::sha256_hex(sv::population_text(population)) != d.population_hash)
          return fail(ErrorCode::internal, "抽样范围与公告时不一致，已停止抽取",
                      "sampling_population of draw " + std::to_string(id) +
                          " does not match population_hash");
        DAIBIAO_TRY(auto items, sv::draw(population, d.sample_size, *d.seed, platform::sha256_hex));
        if (auto st =
                storage::save_drawn(c, id, version, items, caller.principal.user_id, tx.now());
            !st)
          return std::unexpected(st.error());
        std::string drawn;
        for (const auto& item : items)
          drawn += (drawn.empty() ? "" : ",") + std::to_string(item.suggestion_id);
        if (auto st = audit_draw(tx, d, "supervision.sample.draw",
                                 {{"status", std::string(name_of(d.status)), "drawn"},
                                  {"suggestion_ids", std::nullopt, drawn}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_draw(c, id));
        return view_of(c, caller, std::move(stored));
      });
}

namespace {

Status check_reviewing(const sv::Draw& d) {
  if (d.status == sv::DrawStatus::announced)
    return fail(ErrorCode::failed_precondition, "尚未抽取，不能点评或测评");
  if (d.status == sv::DrawStatus::published)
    return fail(ErrorCode::failed_precondition, "结果已公布，不能再修改");
  return {};
}

Result<std::string> review_text(const std::string& body, const char* field, std::size_t max) {
  std::vector<FieldError> errors;
  check_text(errors, field, body, max, "请填写内容");
  if (!errors.empty()) return fail_fields(std::move(errors));
  return body;
}

// Who a comment or sheet is from: the caller, or — for the committee only — the member named.
Result<std::string> member_of(const Caller& caller, const sv::Draw& d,
                              const std::string& member_name) {
  if (member_name.empty()) return caller.principal.display_name;
  if (!caller.principal.can(Permission::supervision_manage, d.org_path))
    return fail_fields({{"member_name", "只有联工委可以代为录入其他成员的意见"}});
  std::vector<FieldError> errors;
  check_text(errors, "member_name", member_name, 30, "请填写成员姓名");
  if (!errors.empty()) return fail_fields(std::move(errors));
  return member_name;
}

// Runs a review step on drawn item `suggestion_id` of draw `id`, with the draw readable by
// the caller (members and the committee) and under review; audited as `action`.
template <typename Step>
Result<DrawView> review_step(Env& env, const Caller& caller, std::int64_t id,
                             std::int64_t suggestion_id, const std::string& action,
                             bool committee_only, Step step) {
  return write<DrawView>(
      env, caller, attempt(action, "sampling_draw", id), [&](Tx& tx) -> Result<DrawView> {
        // The committee's steps check supervision.manage before the draw's status.
        DAIBIAO_TRY(auto d, committee_only ? managed_draw(tx.db(), caller, id)
                                           : readable_draw(tx.db(), caller, id));
        if (auto st = check_reviewing(d); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto changes, step(tx, d));
        changes.insert(changes.begin(), audit::FieldChange{"suggestion_id", std::nullopt,
                                                           std::to_string(suggestion_id)});
        if (auto st = audit_draw(tx, d, action, std::move(changes)); !st)
          return std::unexpected(st.error());
        return view_of(tx.db(), caller, std::move(d));
      });
}

// Settles one drawn item at publication: its score and outcome stored; below the pass mark
// sent back for re-handling where it applies; otherwise its parties told the score.
struct ItemOutcome {
  bool passed = false;
  bool rehandling = false;
};
Result<ItemOutcome> publish_item(Tx& tx, const sv::Draw& d, const storage::DrawnItemRow& item) {
  std::vector<int> totals;
  totals.reserve(item.sheets.size());
  for (const auto& sheet : item.sheets) totals.push_back(sheet.total_centi);
  const int score = sv::item_score_centi(totals);
  ItemOutcome out{.passed = sv::passes(score, d.pass_score)};
  // "测评 46.00 分（合格分 60.00 分）"
  std::string result = "测评 ";
  result += sv::format_points(score);
  result += " 分（合格分 ";
  result += sv::format_points(d.pass_score * 100);
  result += " 分）";
  const std::int64_t id = item.item.suggestion_id;
  if (!out.passed) {
    std::string reason = "随机抽样点评（";
    reason += d.title;
    reason += "）";
    reason += result;
    reason += "，低于合格分";
    DAIBIAO_TRY(out.rehandling, order_rehandling(tx, id, reason));
  }
  if (auto st = storage::save_outcome(tx.db(), d.id, id, score, out.passed, out.rehandling); !st)
    return std::unexpected(st.error());
  if (!out.rehandling) {
    result += out.passed ? "，合格" : "，不合格，请抓紧办理并向代表反馈";
    std::string title = "《";
    title += item.title;
    title += "》随机抽样点评结果";
    if (auto st = notify_item_parties(tx, id, "sampling_review", title, result); !st)
      return std::unexpected(st.error());
  }
  return out;
}

}  // namespace

Result<DrawView> save_item_report(Env& env, const Caller& caller, std::int64_t id,
                                  std::int64_t suggestion_id, const std::string& body) {
  DAIBIAO_TRY(auto text, review_text(body, "body", 5000));
  return review_step(env, caller, id, suggestion_id, "supervision.sample.report", true,
                     [&](Tx& tx, const sv::Draw&) -> Result<std::vector<audit::FieldChange>> {
                       if (auto st = storage::save_report(tx.db(), id, suggestion_id, text,
                                                          caller.principal.user_id, tx.now());
                           !st)
                         return std::unexpected(st.error());
                       return std::vector<audit::FieldChange>{
                           {"report_chars", std::nullopt, std::to_string(utf8_length(text))}};
                     });
}

Result<DrawView> add_item_comment(Env& env, const Caller& caller, std::int64_t id,
                                  std::int64_t suggestion_id, const std::string& body,
                                  const std::string& member_name) {
  DAIBIAO_TRY(auto text, review_text(body, "body", 2000));
  return review_step(
      env, caller, id, suggestion_id, "supervision.sample.comment", false,
      [&](Tx& tx, const sv::Draw& d) -> Result<std::vector<audit::FieldChange>> {
        DAIBIAO_TRY(auto member, member_of(caller, d, member_name));
        if (auto st = storage::insert_comment(tx.db(), id, suggestion_id, member, text,
                                              caller.principal.user_id, tx.now());
            !st)
          return std::unexpected(st.error());
        return std::vector<audit::FieldChange>{{"member_name", std::nullopt, member}};
      });
}

Result<DrawView> save_item_sheet(Env& env, const Caller& caller, std::int64_t id,
                                 std::int64_t suggestion_id, const std::vector<int>& scores,
                                 const std::string& member_name) {
  return review_step(env, caller, id, suggestion_id, "supervision.sample.score", false,
                     [&](Tx& tx, const sv::Draw& d) -> Result<std::vector<audit::FieldChange>> {
                       DAIBIAO_TRY(auto member, member_of(caller, d, member_name));
                       if (auto st = sv::check_sheet(d.criteria, scores); !st)
                         return std::unexpected(st.error());
                       const int total = sv::sheet_total_centi(d.criteria, scores);
                       if (auto st = storage::save_sheet(tx.db(), id, suggestion_id, member, scores,
                                                         total, caller.principal.user_id, tx.now());
                           !st)
                         return std::unexpected(st.error());
                       return std::vector<audit::FieldChange>{
                           {"member_name", std::nullopt, member},
                           {"scores", std::nullopt, sv::join_scores(scores)},
                           {"total", std::nullopt, sv::format_points(total)}};
                     });
}

Result<DrawView> publish_results(Env& env, const Caller& caller, std::int64_t id,
                                 std::int64_t version) {
  return write<DrawView>(
      env, caller, attempt("supervision.sample.publish", "sampling_draw", id),
      [&](Tx& tx) -> Result<DrawView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto d, managed_draw(c, caller, id));
        if (auto st = check_reviewing(d); !st) return std::unexpected(st.error());
        if (auto st = check_version(d, version); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto items, storage::load_drawn_items(c, id));
        std::string unscored;
        for (const auto& item : items)
          if (item.sheets.empty())
            unscored +=
                (unscored.empty() ? "" : "、") +
                (item.number.empty() ? "《" + item.title + "》" : "第" + item.number + "号");
        if (!unscored.empty())
          return fail(ErrorCode::failed_precondition, "以下建议尚无测评：" + unscored);
        int below = 0;
        int sent_back = 0;
        for (const auto& item : items) {
          DAIBIAO_TRY(auto outcome, publish_item(tx, d, item));
          below += outcome.passed ? 0 : 1;
          sent_back += outcome.rehandling ? 1 : 0;
        }
        if (auto st = storage::mark_published(c, id, version, caller.principal.user_id, tx.now());
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_draw(tx, d, "supervision.sample.publish",
                                 {{"status", std::string(name_of(d.status)), "published"},
                                  {"below_pass", std::nullopt, std::to_string(below)},
                                  {"sent_back", std::nullopt, std::to_string(sent_back)}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_draw(c, id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<DrawView> get_draw(Env& env, const Caller& caller, std::int64_t id) {
  return read<DrawView>(env, [&](Connection& c) -> Result<DrawView> {
    DAIBIAO_TRY(auto d, readable_draw(c, caller, id));
    return view_of(c, caller, std::move(d));
  });
}

Result<ListResult<sv::Draw>> list_draws(Env& env, const Caller& caller,
                                        const storage::ListRequest& req) {
  DAIBIAO_TRY(auto scope, supervision_read_paths(caller.principal, "没有权限查看抽样点评"));
  return read<ListResult<sv::Draw>>(
      env, [&](Connection& c) { return storage::list_draws(c, req, scope); });
}

Result<std::string> draw_population_text(Env& env, const Caller& caller, std::int64_t id) {
  return read<std::string>(env, [&](Connection& c) -> Result<std::string> {
    DAIBIAO_TRY(auto d, readable_draw(c, caller, id));
    DAIBIAO_TRY(auto population, storage::load_population(c, d.id));
    return sv::population_text(std::move(population));
  });
}

Result<DrawCheck> check_draw(storage::Database& db, std::int64_t id) {
  DrawCheck out;
  auto st = db.read([&](Connection& c) -> Status {
    DAIBIAO_TRY(out.draw, storage::find_draw(c, id));
    DAIBIAO_TRY(auto population, storage::load_population(c, id));
    DAIBIAO_TRY(auto stored, storage::load_drawn_items(c, id));
    const auto& d = out.draw;
    if (static_cast<int>(population.size()) != d.population_size)
      out.problems.emplace_back("抽样范围的件数与公告不符：公告 " +
                                std::to_string(d.population_size) + " 件，记录 " +
                                std::to_string(population.size()) + " 件");
    if (platform::sha256_hex(sv::population_text(population)) != d.population_hash)
      out.problems.emplace_back("抽样范围与公告的摘要（population_hash）不符");
    if (d.status != sv::DrawStatus::drawn || !d.seed) {
      out.problems.emplace_back("尚未抽取");
      return {};
    }
    auto recomputed = sv::draw(population, d.sample_size, *d.seed, platform::sha256_hex);
    if (!recomputed) {
      out.problems.emplace_back("无法重算：" + recomputed.error().message);
      return {};
    }
    out.recomputed = std::move(*recomputed);
    bool same = out.recomputed.size() == stored.size();
    for (std::size_t i = 0; same && i < stored.size(); ++i)
      same = stored[i].item.suggestion_id == out.recomputed[i].suggestion_id &&
             stored[i].item.key == out.recomputed[i].key &&
             stored[i].item.rank == out.recomputed[i].rank;
    if (!same) out.problems.emplace_back("记录的抽取结果与按种子重算的结果不一致");
    return {};
  });
  if (!st) {
    if (st.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "抽样不存在");
    return std::unexpected(st.error());
  }
  out.ok = out.problems.empty();
  return out;
}

}  // namespace daibiao::app
