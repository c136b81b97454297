#include "app/calendar/calendar_service.hpp"

#include <algorithm>

#include "storage/calendar/calendar_store.hpp"

namespace daibiao::app {

using access::Permission;
using storage::Connection;

Result<calendar::WorkingCalendar> calendar_in_force(Connection& c,
                                                    std::optional<std::int64_t> org_node_id) {
  std::vector<storage::CalendarOwner> chain;
  if (org_node_id) {
    DAIBIAO_TRY(chain, storage::calendar_chain(c, *org_node_id));
  } else {
    DAIBIAO_TRY(auto root, storage::calendar_root(c));
    if (root) chain.push_back(std::move(*root));
  }
  DAIBIAO_TRY(auto layers, storage::load_calendar_layers(c, chain, std::nullopt));
  return calendar::WorkingCalendar::from_data(
      calendar::calendar_data_of(calendar::merge_calendar_layers(layers)));
}

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
  DAIBIAO_TRY(auto root, storage::calendar_root(c));
  DAIBIAO_TRY(auto layers, storage::load_calendar_layers(c, chain, year));
  CalendarYearView out{.year = year,
                       .org_node_id = node.id,
                       .org_name = node.name,
                       .can_edit = caller.principal.can(Permission::calendar_manage, node.path)};
  for (auto& day : calendar::merge_calendar_layers(layers)) {
    CalendarDayView v{.date = std::move(day.date), .name = std::move(day.name)};
    // Base rows are the root congress's (it maintains them).
    if (!day.owner && root) day.owner = (root)->id;
    v.org_node_id = day.owner;
    if (day.owner) {
      for (const auto& o : chain)
        if (o.id == *day.owner) v.org_name = o.name;
      if (v.org_name.empty() && root && (root)->id == *day.owner) v.org_name = (root)->name;
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
    DAIBIAO_TRY(auto chain, calendar_chain_for(c, caller, org_node_id));
    if (!calendar_readable(p, chain.back().path)) return fail(ErrorCode::not_found, "人大不存在");
    return calendar_view(c, caller, year, chain);
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
        DAIBIAO_TRY(auto chain, calendar_chain_for(tx.db(), caller, org_node_id));
        const auto& node = chain.back();
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
        DAIBIAO_TRY(auto root, storage::calendar_root(tx.db()));
        const bool is_root = root && (root)->id == node.id;
        DAIBIAO_TRY(auto before, calendar_view(tx.db(), caller, year, chain));
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
                 {"days_off", own(before.holidays), std::to_string(data.holidays.size()), false},
                 {"makeup_workdays", own(before.makeup_workdays),
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
