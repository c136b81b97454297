#include "domain/suggestions/deadlines.hpp"

#include <array>

namespace daibiao::suggestions {
namespace {

constexpr std::array kClockKinds{
    ClockKind::sign_for,   ClockKind::answer,     ClockKind::reassignment_window,
    ClockKind::co_opinion, ClockKind::evaluation, ClockKind::rehandling,
    ClockKind::commitment};

Date roll(Date d, const Rules& r) {
  return r.roll_to_working_day ? r.calendar.first_working_day_from(d) : d;
}

}  // namespace

std::span<const ClockKind> all_clock_kinds() { return kClockKinds; }

std::string_view clock_kind_name(ClockKind k) {
  switch (k) {
    case ClockKind::sign_for:
      return "sign_for";
    case ClockKind::answer:
      return "answer";
    case ClockKind::reassignment_window:
      return "reassignment_window";
    case ClockKind::co_opinion:
      return "co_opinion";
    case ClockKind::evaluation:
      return "evaluation";
    case ClockKind::rehandling:
      return "rehandling";
    case ClockKind::commitment:
      return "commitment";
  }
  return "";
}

std::string_view clock_kind_title_zh(ClockKind k) {
  switch (k) {
    case ClockKind::sign_for:
      return "签收期限";
    case ClockKind::answer:
      return "答复期限";
    case ClockKind::reassignment_window:
      return "申请改办期限";
    case ClockKind::co_opinion:
      return "协办意见期限";
    case ClockKind::evaluation:
      return "代表反馈期限";
    case ClockKind::rehandling:
      return "重新办理期限";
    case ClockKind::commitment:
      return "承诺落实期限";
  }
  return "";
}

bool is_obligation(ClockKind k) {
  return k != ClockKind::reassignment_window && k != ClockKind::evaluation;
}

Date due_after(Date start, Period p, const Rules& r) {
  switch (p.unit) {
    case PeriodUnit::working_days:
      return r.calendar.add_working_days(start, p.count);
    case PeriodUnit::calendar_days:
      return roll(add_days(start, p.count), r);
    case PeriodUnit::months:
      return roll(add_months(start, p.count), r);
  }
  return start;
}

std::optional<Date> due_date(ClockKind kind, Date start, const Rules& r) {
  switch (kind) {
    case ClockKind::sign_for:
      if (!r.sign_for) return std::nullopt;
      return due_after(start, *r.sign_for, r);
    case ClockKind::answer:
      return due_after(start, r.answer, r);
    case ClockKind::reassignment_window:
      return due_after(start, r.reassignment_window, r);
    case ClockKind::co_opinion:
      return due_after(start, r.co_opinion, r);
    case ClockKind::evaluation:
      return due_after(start, r.evaluation, r);
    case ClockKind::rehandling:
      return due_after(start, r.rehandling, r);
    case ClockKind::commitment:
      return std::nullopt;
  }
  return std::nullopt;
}

Date answer_due(Date assigned_on, const Rules& r) { return due_after(assigned_on, r.answer, r); }

Date extension_cap(Date assigned_on, const Rules& r) {
  return due_after(assigned_on, r.max_answer, r);
}

Status check_extension_until(Date assigned_on, Date current_due, Date until, const Rules& r) {
  if (until <= current_due)
    return fail_fields(
        {{"until", "延期后的答复期限应晚于当前期限（" + format_date(current_due) + "）"}});
  const Date cap = extension_cap(assigned_on, r);
  if (until > cap)
    return fail_fields({{"until", "答复期限最长为交办后" + period_text(r.max_answer) + "，即" +
                                      format_date(cap) + "前"}});
  return {};
}

Status check_extension(Date assigned_on, Date current_due, Date until, std::string_view reason,
                       const Rules& r) {
  if (reason.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return fail_fields({{"reason", "申请延期须写明理由"}});
  return check_extension_until(assigned_on, current_due, until, r);
}

DeadlineFlags deadline_flags(Date due, Date today, const Rules& r) {
  DeadlineFlags f;
  f.days_left = days_between(today, due);
  f.due_soon = f.days_left >= 0 && f.days_left <= r.due_soon_days;
  f.overdue = f.days_left < 0;
  f.very_overdue = -f.days_left > r.very_overdue_days;
  return f;
}

DeadlineFlags clock_flags(const ItemClock& c, Date today, const Rules& r) {
  if (!c.stopped_on) return deadline_flags(c.due_on, today, r);
  DeadlineFlags f;
  f.days_left = days_between(*c.stopped_on, c.due_on);
  return f;
}

bool met_deadline(const ItemClock& c) { return c.stopped_on && *c.stopped_on <= c.due_on; }

ItemFlags item_flags(std::span<const ItemClock> clocks, Date today, const Rules& r) {
  ItemFlags out;
  for (const auto& c : clocks) {
    if (c.stopped_on || !is_obligation(c.kind)) continue;
    const auto f = deadline_flags(c.due_on, today, r);
    out.due_soon |= f.due_soon;
    out.overdue |= f.overdue;
    out.very_overdue |= f.very_overdue;
    if (!out.next_due || c.due_on < *out.next_due) {
      out.next_due = c.due_on;
      out.next_kind = c.kind;
    }
  }
  return out;
}

}  // namespace daibiao::suggestions
