// Reads around suggestion handling: the board (and its export record), the options of the
// forms, and the deputy picker.
#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/clearing_service.hpp"
#include "base/text.hpp"
#include "domain/org/org.hpp"
#include "storage/suggestions/suggestion_board.hpp"
#include "storage/suggestions/suggestion_lookups.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using access::Permission;
using sg::Actor;
using storage::Connection;

namespace {

// "湖南省第十三届人民代表大会第四次会议": the congress's place ("湖南省人民代表大会" →
// "湖南省"), then the term and session in Chinese numerals.
std::string session_title(const storage::SessionChoice& s) {
  constexpr std::string_view kSuffix = "人民代表大会";
  std::string place = s.org_name;
  if (place.ends_with(kSuffix)) place.resize(place.size() - kSuffix.size());
  return place + "第" + org::chinese_number(static_cast<int>(s.term_number)) + "届人民代表大会第" +
         org::chinese_number(static_cast<int>(s.session_number)) + "次会议";
}

// The filters the list spec cannot express: unit_id, flag, box, lead_unit, leader, and the
// clearing drill-down (clearing, year, within). Removed from `req`.
Result<storage::BoardFilter> board_filter(Connection& c, storage::ListRequest& req,
                                          const access::Principal& p, Date today,
                                          const sg::Rules& rules) {
  storage::BoardFilter out;
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
    out.unit_id = *id;
  }
  if (auto flag = take("flag")) {
    // The flags of next_due_on (domain/suggestions/deadlines.hpp) as date bounds.
    if (*flag == "overdue") {
      out.due_before = format_date(today);
    } else if (*flag == "very_overdue") {
      out.due_before = format_date(add_days(today, -rules.very_overdue_days));
    } else if (*flag == "due_soon") {
      out.due_from = format_date(today);
      out.due_to = format_date(add_days(today, rules.due_soon_days));
    } else {
      return fail_fields({{"flag", "应为 due_soon、overdue 或 very_overdue"}});
    }
  }
  // A unit's officer or head sees the deadlines that are the unit's own.
  if (p.unit_id && (p.can_somewhere(Permission::suggestion_handle) ||
                    p.can_somewhere(Permission::suggestion_sign_off)))
    out.deadline_unit = *p.unit_id;
  if (auto leader = take("leader")) {
    if (*leader != "none") return fail_fields({{"leader", "应为 none（尚无督办领导的建议）"}});
    out.unsupervised = true;
  }
  if (auto lead = take("lead_unit")) {
    if (*lead != "none") return fail_fields({{"lead_unit", "应为 none（尚无主办单位的建议）"}});
    out.no_lead_unit = true;
  }
  auto clearing = take("clearing");
  auto year = take("year");
  auto within = take("within");
  if (clearing) {
    auto reason = parse<supervision::ClearingReason>(*clearing);
    if (!reason)
      return fail_fields({{"clearing",
                           "应为 remaining、unreviewed、unassigned、unanswered、"
                           "unevaluated、rehandling、follow_up、overdue 或 slipped"}});
    DAIBIAO_TRY(auto scope, clearing_scope_of(c, year, within, today));
    out.clearing = storage::BoardFilter::Clearing{std::move(scope), *reason};
  } else if (year || within) {
    return fail_fields({{"clearing", "按年度或机构筛选未清零建议时，请同时指定 clearing"}});
  }
  if (auto box = take("box")) {
    if (*box == "mine") {
      if (p.person_id)
        out.party_person = *p.person_id;
      else
        out.nothing = true;
    } else if (*box == "unit") {
      if (p.unit_id)
        out.party_unit = *p.unit_id;
      else
        out.nothing = true;
    } else if (*box == "supervised") {
      out.supervised_by = p.user_id;
    } else if (*box == "review") {
      out.review_box = true;
      out.review_paths = p.scope_paths(Permission::suggestion_review);
      out.manage_paths = p.scope_paths(Permission::suggestion_manage);
    } else {
      return fail_fields({{"box", "应为 mine、unit、review 或 supervised"}});
    }
  }
  return out;
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
        DAIBIAO_TRY(auto rules, load_rules(c));
        const auto today = china_date(env.clock.now_ms());
        DAIBIAO_TRY(auto filter, board_filter(c, req, p, today, rules));
        auto page = storage::list_board(c, sg::visibility_of(p), filter, req);
        if (!page) return std::unexpected(page.error());
        ListResult<SuggestionSummary> out{.total = page->total,
                                          .total_capped = page->total_capped,
                                          .page = page->page,
                                          .page_size = page->page_size};
        for (auto& row : page->items) {
          SuggestionSummary item{std::move(row), {}, false};
          if (auto due = parse_date(item.row.next_due_on)) {
            item.flags = sg::deadline_flags(*due, today, rules);
            item.has_due = true;
          }
          out.items.push_back(std::move(item));
        }
        return out;
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
      DAIBIAO_TRY(auto units, storage::units_under(c, manage));
      for (const auto& u : units) out.units.push_back({u.id, u.name});
    }
    return out;
  });
}

Result<std::vector<PersonOption>> session_people(Env& env, const Caller& caller,
                                                 std::int64_t session_id, const std::string& q) {
  return read<std::vector<PersonOption>>(
      env, [&](Connection& c) -> Result<std::vector<PersonOption>> {
        const auto& p = caller.principal;
        DAIBIAO_TRY(auto session, storage::find_session_place(c, session_id));
        if (!session) return fail(ErrorCode::not_found, "会议不存在");
        const std::int64_t term = (session)->term_id;
        bool allowed = p.can(Permission::suggestion_manage, (session)->org_path);
        if (!allowed && p.person_id) {
          auto own = storage::find_serving_deputy(c, *p.person_id, term);
          if (!own && own.error().code != ErrorCode::not_found) return std::unexpected(own.error());
          allowed = own.has_value();
        }
        if (!allowed) return fail(ErrorCode::not_found, "会议不存在");
        DAIBIAO_TRY(auto people, storage::serving_deputies(c, term, q, 30));
        std::vector<PersonOption> out;
        out.reserve(people.size());
        for (const auto& d : people) out.push_back({d.person_id, d.name, d.delegation});
        return out;
      });
}

}  // namespace daibiao::app
