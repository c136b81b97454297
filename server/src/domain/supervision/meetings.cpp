#include "domain/supervision/meetings.hpp"

#include <algorithm>

#include "base/field_checks.hpp"
#include "base/text.hpp"
#include "domain/figures/ratio.hpp"

namespace daibiao::supervision {

bool all_five_present(const Attendance& a) {
  return std::ranges::none_of(a, [](const std::string& names) { return names.empty(); });
}

int parties_present(const Attendance& a) {
  return static_cast<int>(
      std::ranges::count_if(a, [](const std::string& names) { return !names.empty(); }));
}

namespace {

bool valid_time(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!digit(t[0]) || !digit(t[1]) || !digit(t[3]) || !digit(t[4])) return false;
  const int h = (t[0] - '0') * 10 + (t[1] - '0');
  const int m = (t[3] - '0') * 10 + (t[4] - '0');
  return h < 24 && m < 60;
}

std::optional<Date> date_in_range(const std::string& text) {
  auto d = parse_date(text);
  if (!d || d->year < 2000 || d->year > 2100) return std::nullopt;
  return d;
}

}  // namespace

Result<CheckedSchedule> check_schedule(const ScheduleInput& in) {
  std::vector<FieldError> errors;
  CheckedSchedule out{
      .scheduled_on = {}, .start_time = in.start_time, .place = in.place, .topic = in.topic};
  if (auto d = date_in_range(in.scheduled_on))
    out.scheduled_on = *d;
  else
    errors.push_back({"scheduled_on", "请填写会议日期（YYYY-MM-DD）"});
  if (!in.start_time.empty() && !valid_time(in.start_time))
    errors.push_back({"start_time", "时间应为 24 小时制 HH:MM，如 09:30"});
  if (in.place.empty())
    errors.push_back({"place", "请填写会议地点"});
  else
    check_plain_text(errors, "place", in.place, 100);
  check_plain_text(errors, "topic", in.topic, 200);
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

Result<CheckedRecord> check_record(const RecordInput& in, Date today) {
  std::vector<FieldError> errors;
  CheckedRecord out{.held_on = {}, .attendance = in.attendance, .minutes = in.minutes};
  if (auto d = date_in_range(in.held_on); !d)
    errors.push_back({"held_on", "请填写召开日期（YYYY-MM-DD）"});
  else if (*d > today)
    errors.push_back({"held_on", "召开日期不能晚于今天"});
  else
    out.held_on = *d;
  for (auto party : values_of<Party>())
    check_plain_text(errors, "attendance." + std::string(name_of(party)),
                     in.attendance[static_cast<std::size_t>(party)], 100);
  if (parties_present(in.attendance) == 0)
    errors.push_back({"attendance", "请至少填写一方到场人员"});
  if (in.minutes.empty())
    errors.push_back({"minutes", "请填写会议纪要"});
  else
    check_plain_text(errors, "minutes", in.minutes, 10000, true);
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

std::optional<int> MeetingFigure::rate_bp() const { return figures::share_bp(all_five, held); }

}  // namespace daibiao::supervision
