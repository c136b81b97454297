#include "app/supervision/award_service.hpp"

#include <algorithm>
#include <map>

#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "domain/supervision/clearing.hpp"
#include "domain/supervision/leaders.hpp"
#include "domain/supervision/timeline.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace sg = suggestions;
using access::Permission;
using storage::Connection;

namespace {

// The round when the caller reads supervision over its congress; not_found otherwise.
Result<storage::AwardRoundRow> readable_round(Connection& c, const Caller& caller,
                                              std::int64_t id) {
  DAIBIAO_TRY(auto r, storage::find_round(c, id));
  if (!may_read_supervision(caller.principal, r.org_path))
    return fail(ErrorCode::not_found, "评选不存在");
  return r;
}

// The round as the committee may change it.
Result<storage::AwardRoundRow> managed_round(Connection& c, const Caller& caller, std::int64_t id) {
  DAIBIAO_TRY(auto r, readable_round(c, caller, id));
  if (auto st = authorize(caller.principal, Permission::supervision_manage, r.org_path); !st)
    return std::unexpected(st.error());
  return r;
}

Result<RoundView> view_of(Connection& c, const Caller& caller, storage::AwardRoundRow r) {
  RoundView v;
  DAIBIAO_TRY(auto nominations, storage::round_nominations(c, r.id));
  DAIBIAO_TRY(auto sheets, storage::round_sheets(c, r.id));
  v.panel_sheets = static_cast<int>(sheets.size());
  for (auto& n : nominations) {
    NominationView nv{.nomination = std::move(n)};
    for (const auto& s : sheets) {
      if (s.nomination_id != nv.nomination.id) continue;
      ++nv.sheets;
      if (s.user_id == caller.principal.user_id) nv.mine = s.scores;
    }
    v.nominations.push_back(std::move(nv));
  }
  v.can_manage = r.status != sv::RoundStatus::published &&
                 caller.principal.can(Permission::supervision_manage, r.org_path);
  v.can_score = r.status == sv::RoundStatus::scoring;  // readers only reach here
  v.round = std::move(r);
  return v;
}

Status audit_round(Tx& tx, const storage::AwardRoundRow& r, const std::string& action,
                   std::vector<audit::FieldChange> changes) {
  return tx.audit(
      {.action = action,
       .object_type = "award_round",
       .object_id = std::to_string(r.id),
       .org_node_id = r.org_node_id,
       .role = tx.caller().principal.acting_role(Permission::supervision_manage, r.org_path),
       .changes = std::move(changes)});
}

// The target of a nomination in `round`, with its name; field error target_id when there is
// none the round may name.
Result<storage::AwardTargetRow> nominee(Connection& c, const storage::AwardRoundRow& round,
                                        std::int64_t target_id) {
  DAIBIAO_TRY(auto t, storage::find_target(c, round.kind, target_id, round.org_path));
  switch (round.kind) {
    case sv::AwardKind::suggestion: {
      if (!t) return fail_fields({{"target_id", "建议不存在或不属于本级人大"}});
      const auto state = sg::parse_state(t->state).value_or(sg::State::none);
      if (!sv::needs_leader(state)) return fail_fields({{"target_id", "只能提名已立案的建议"}});
      if (t->year != round.year)
        return fail_fields(
            {{"target_id", "只能提名" + std::to_string(round.year) + "年度会议期间提出的建议"}});
      break;
    }
    case sv::AwardKind::unit:
      if (!t || !t->active) return fail_fields({{"target_id", "承办单位不存在或已停用"}});
      break;
    case sv::AwardKind::deputy:
      if (!t) return fail_fields({{"target_id", "该代表不存在或不在本级及下级人大任职"}});
      break;
  }
  return *t;
}

}  // namespace

Result<RoundView> create_round(Env& env, const Caller& caller,
                               std::optional<std::int64_t> org_node_id, std::optional<int> year,
                               const sv::RoundInput& in) {
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  const int for_year = year.value_or(china_date(env.clock.now_ms()).year);
  DAIBIAO_TRY(auto checked, sv::check_round(in, for_year));
  return write<RoundView>(
      env, caller, attempt("supervision.award.create", "org_node", org_node_id.value_or(0)),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto node, managed_congress(c, caller.principal, org_node_id));
        storage::AwardRoundRow r{.org_node_id = node.id,
                                 .org_path = node.path,
                                 .year = for_year,
                                 .kind = checked.kind,
                                 .title = checked.title,
                                 .quota = checked.quota,
                                 .note = checked.note,
                                 .criteria = checked.criteria};
        DAIBIAO_TRY(r.id, storage::insert_round(c, r, caller.principal.user_id, tx.now()));
        std::string criteria;
        for (const auto& cr : checked.criteria)
          criteria += (criteria.empty() ? "" : "，") + cr.name + " " + std::to_string(cr.weight);
        if (auto st = audit_round(tx, r, "supervision.award.create",
                                  {{"kind", std::nullopt, std::string(name_of(r.kind))},
                                   {"year", std::nullopt, std::to_string(r.year)},
                                   {"title", std::nullopt, r.title},
                                   {"quota", std::nullopt, std::to_string(r.quota)},
                                   {"criteria", std::nullopt, criteria}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_round(c, r.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<RoundView> get_round(Env& env, const Caller& caller, std::int64_t id) {
  return read<RoundView>(env, [&](Connection& c) -> Result<RoundView> {
    DAIBIAO_TRY(auto r, readable_round(c, caller, id));
    return view_of(c, caller, std::move(r));
  });
}

Result<ListResult<storage::AwardRoundRow>> list_rounds(Env& env, const Caller& caller,
                                                       const storage::ListRequest& req) {
  DAIBIAO_TRY(auto scope, supervision_read_paths(caller.principal, "没有权限查看评选表彰"));
  return read<ListResult<storage::AwardRoundRow>>(
      env, [&](Connection& c) { return storage::list_rounds(c, req, scope); });
}

Result<RoundView> nominate(Env& env, const Caller& caller, std::int64_t round_id,
                           std::int64_t target_id, const std::string& reason) {
  if (auto st = sv::check_reason(reason); !st) return std::unexpected(st.error());
  return write<RoundView>(
      env, caller, attempt("supervision.award.nominate", "award_round", round_id),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, managed_round(c, caller, round_id));
        if (auto st = sv::check_nominating(r.status); !st) return std::unexpected(st.error());
        if (static_cast<std::size_t>(r.nominations) >= sv::kMaxNominations)
          return fail(ErrorCode::failed_precondition, "一次评选最多提名 500 个");
        DAIBIAO_TRY(auto target, nominee(c, r, target_id));
        storage::AwardNominationRow n{.target_id = target_id,
                                      .target_name = target.name,
                                      .reason = reason,
                                      .nominated_by_name = caller.principal.display_name};
        DAIBIAO_TRY(n.id, storage::insert_nomination(c, r.id, n, tx.now()));
        if (auto st = audit_round(tx, r, "supervision.award.nominate",
                                  {{"nomination_id", std::nullopt, std::to_string(n.id)},
                                   {"target_id", std::nullopt, std::to_string(target_id)},
                                   {"target_name", std::nullopt, target.name},
                                   {"reason", std::nullopt, reason}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_round(c, r.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<RoundView> withdraw_nomination(Env& env, const Caller& caller, std::int64_t round_id,
                                      std::int64_t nomination_id) {
  return write<RoundView>(
      env, caller, attempt("supervision.award.withdraw", "award_round", round_id),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, managed_round(c, caller, round_id));
        if (auto st = sv::check_nominating(r.status); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto nominations, storage::round_nominations(c, r.id));
        auto it = std::ranges::find_if(nominations, [&](const storage::AwardNominationRow& n) {
          return n.id == nomination_id;
        });
        if (it == nominations.end()) return fail(ErrorCode::not_found, "提名不存在");
        if (auto st = storage::delete_nomination(c, r.id, nomination_id); !st)
          return std::unexpected(st.error());
        if (auto st = audit_round(tx, r, "supervision.award.withdraw",
                                  {{"nomination_id", std::to_string(nomination_id), std::nullopt},
                                   {"target_name", it->target_name, std::nullopt}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_round(c, r.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<RoundView> open_scoring(Env& env, const Caller& caller, std::int64_t round_id,
                               std::int64_t version) {
  return write<RoundView>(
      env, caller, attempt("supervision.award.open_scoring", "award_round", round_id),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, managed_round(c, caller, round_id));
        if (auto st = sv::check_open_scoring(r.status, static_cast<std::size_t>(r.nominations));
            !st)
          return std::unexpected(st.error());
        if (auto st =
                storage::set_round_status(c, r.id, version, sv::RoundStatus::scoring, tx.now());
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_round(tx, r, "supervision.award.open_scoring",
                                  {{"status", std::string(name_of(r.status)),
                                    std::string(name_of(sv::RoundStatus::scoring))}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_round(c, r.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<RoundView> score_nomination(Env& env, const Caller& caller, std::int64_t round_id,
                                   std::int64_t nomination_id, const std::vector<int>& scores) {
  return write<RoundView>(
      env, caller, attempt("supervision.award.score", "award_round", round_id),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, readable_round(c, caller, round_id));
        if (auto st = sv::check_scoring(r.status); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto nominations, storage::round_nominations(c, r.id));
        if (std::ranges::none_of(nominations, [&](const storage::AwardNominationRow& n) {
              return n.id == nomination_id;
            }))
          return fail(ErrorCode::not_found, "提名不存在");
        if (auto st = sv::check_sheet(r.criteria, scores); !st) return std::unexpected(st.error());
        const storage::AwardSheetRow sheet{
            .nomination_id = nomination_id,
            .user_id = caller.principal.user_id,
            .user_name = caller.principal.display_name,
            .scores = scores,
            .total_centi = sv::sheet_total_centi(r.criteria, scores)};
        if (auto st = storage::save_sheet(c, sheet, tx.now()); !st)
          return std::unexpected(st.error());
        if (auto st = tx.audit(
                {.action = "supervision.award.score",
                 .object_type = "award_round",
                 .object_id = std::to_string(r.id),
                 .org_node_id = r.org_node_id,
                 .changes = {{"nomination_id", std::nullopt, std::to_string(nomination_id)},
                             {"scores", std::nullopt, sv::join_scores(scores)}}});
            !st)
          return std::unexpected(st.error());
        return view_of(c, caller, std::move(r));
      });
}

Result<RoundView> publish_round(Env& env, const Caller& caller, std::int64_t round_id,
                                std::int64_t version) {
  return write<RoundView>(
      env, caller, attempt("supervision.award.publish", "award_round", round_id),
      [&](Tx& tx) -> Result<RoundView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, managed_round(c, caller, round_id));
        if (auto st = sv::check_publish(r.status); !st) return std::unexpected(st.error());
        if (r.version != version)
          return fail(ErrorCode::conflict, "评选已被他人更新，请刷新后重试");
        DAIBIAO_TRY(auto nominations, storage::round_nominations(c, r.id));
        DAIBIAO_TRY(auto sheets, storage::round_sheets(c, r.id));
        std::map<std::int64_t, std::vector<int>> totals;
        for (const auto& s : sheets) totals[s.nomination_id].push_back(s.total_centi);
        std::vector<sv::Scored> scored;
        for (const auto& n : nominations) {
          const auto& t = totals[n.id];
          scored.push_back({n.id, sv::item_score_centi(t), static_cast<int>(t.size())});
        }
        const auto ranked = sv::rank_nominations(std::move(scored), r.quota);
        if (auto st = storage::save_results(c, ranked); !st) return std::unexpected(st.error());
        if (auto st =
                storage::set_round_status(c, r.id, version, sv::RoundStatus::published, tx.now());
            !st)
          return std::unexpected(st.error());
        std::string winners;
        for (const auto& w : ranked) {
          if (!w.awarded) continue;
          auto n = std::ranges::find_if(
              nominations, [&](const storage::AwardNominationRow& x) { return x.id == w.id; });
          winners += (winners.empty() ? "" : "；") + n->target_name + "（" +
                     sv::format_points(w.score_centi) + " 分）";
          if (r.kind != sv::AwardKind::suggestion) continue;
          DAIBIAO_TRY(auto row, storage::find_suggestion(c, n->target_id));
          const std::string detail = r.title + "：第 " + std::to_string(w.rank) + " 名，" +
                                     sv::format_points(w.score_centi) + " 分";
          if (auto st = add_item_step(tx, row, sg::Actor::liaison_staff,
                                      name_of(sv::TimelineStep::award_won), detail);
              !st)
            return std::unexpected(st.error());
          if (auto st = notify_item_parties(tx, row.id, "award",
                                            "《" + row.title + "》获评优秀代表建议", detail);
              !st)
            return std::unexpected(st.error());
        }
        if (auto st = audit_round(tx, r, "supervision.award.publish",
                                  {{"status", std::string(name_of(r.status)),
                                    std::string(name_of(sv::RoundStatus::published))},
                                   {"sheets", std::nullopt, std::to_string(sheets.size())},
                                   {"winners", std::nullopt, winners}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_round(c, r.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<std::vector<storage::AwardHonourRow>> honours(Env& env, const Caller&, sv::AwardKind kind,
                                                     std::int64_t target_id) {
  return read<std::vector<storage::AwardHonourRow>>(
      env, [&](Connection& c) { return storage::honours_of(c, kind, target_id); });
}

}  // namespace daibiao::app
