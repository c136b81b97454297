// The figures of suggestion handling (统计): resolution and kept promises beside satisfaction
// (the seed: judge handling by 问题解决率 and 承诺落实率, not only by 满意率). Every figure is
// defined here once, over facts storage reads from recorded events; docs/figures.md states the
// same definitions in words. Pure: no clock (today is a parameter), no storage.
//
// The unit counted is the item (办件): a suggestion, or with 分办 each unit's item. The
// population is what the caller asked for (a congress and those under it, a year or a
// session) among accepted items (已立案 onwards: accepted, assigned … closed).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/enum_table.hpp"
#include "domain/calendar/calendar.hpp"
#include "domain/figures/ratio.hpp"

namespace daibiao::figures {

// One commitment of an item's answers (承诺): its date and, once done, when.
struct CommitmentFacts {
  Date due_on;
  std::optional<Date> done_on;
};

// What the figures need of one item.
struct ItemFacts {
  std::int64_t id = 0;
  // What rows group by.
  std::optional<std::int64_t> unit_id;  // the lead unit; none before assignment
  std::string unit_name;
  std::string category;
  std::string level;  // the congress's level: province, city, county, township
  std::int64_t org_node_id = 0;
  std::string org_name;
  std::optional<int> star;
  // The facts.
  std::optional<Date> assigned_on;  // the current lead unit's answer clock started (交办)
  std::optional<Date> answer_due;   // that clock's due date, extensions included
  std::optional<Date> answered_on;  // the first signed answer (签发)
  std::optional<Date> first_contact_on;
  std::string answer_class;  // the current answer's class, "A" … "D"; "" before an answer
  std::string rating;        // the lead deputy's latest rating (satisfied, basically_satisfied,
                             // dissatisfied); "" before one
  int round = 1;             // 2 and more once handled again
  std::vector<CommitmentFacts> commitments;
  int cosigner_ratings = 0;    // co-signers' latest evaluations of the item
  int cosigner_satisfied = 0;  // of them 满意 or 基本满意
};

// The figures, each a ratio (numerator ÷ denominator) or a count.
enum class Measure {
  items,     // items counted
  answered,  // with a signed answer
  on_time,   // answered by the answer due date ÷ answered or past that date unanswered
  contact,   // a contact logged on or before the answer date ÷ answered
  class_a,   // A ÷ answered (class shares)
  class_b,
  class_c,
  class_d,
  satisfaction,           // (满意 + 基本满意) ÷ evaluated by the lead deputy
  resolution,             // A, plus B whose commitments are all done ÷ answered
  implementation,         // commitments done by their date ÷ commitments due (date passed or done)
  rehandling,             // handled again (round ≥ 2) ÷ answered
  a_dissatisfied,         // contradiction: A but 不满意 (count)
  satisfied_c,            // contradiction: 满意 but C (count)
  b_slipped_satisfied,    // contradiction: B with a slipped commitment but 满意 (count)
  cosigner_satisfaction,  // co-signers' (满意 + 基本满意) ÷ co-signers' evaluations
};
inline constexpr auto kMeasures = std::to_array<EnumEntry<Measure>>({
    {Measure::items, "items", "建议件数"},
    {Measure::answered, "answered", "已答复"},
    {Measure::on_time, "on_time", "按时答复率"},
    {Measure::contact, "contact", "答复前沟通率"},
    {Measure::class_a, "class_a", "A类占比"},
    {Measure::class_b, "class_b", "B类占比"},
    {Measure::class_c, "class_c", "C类占比"},
    {Measure::class_d, "class_d", "D类占比"},
    {Measure::satisfaction, "satisfaction", "满意率"},
    {Measure::resolution, "resolution", "问题解决率"},
    {Measure::implementation, "implementation", "承诺落实率"},
    {Measure::rehandling, "rehandling", "重新办理率"},
    {Measure::a_dissatisfied, "a_dissatisfied", "A类但不满意"},
    {Measure::satisfied_c, "satisfied_c", "满意但C类"},
    {Measure::b_slipped_satisfied, "b_slipped_satisfied", "B类承诺逾期但满意"},
    {Measure::cosigner_satisfaction, "cosigner_satisfaction", "联名代表满意率"},
});
static_assert(enum_table_ok(kMeasures));
constexpr const auto& enum_table(Measure) { return kMeasures; }

// A count has no denominator of its own (items, answered and the contradictions).
bool is_count(Measure m);

enum class Part { numerator, denominator };

// Whether `item` is counted in `part` of `m` on `today` (a count's items are its numerator;
// its denominator is empty). For implementation, an item counts when one of its commitments
// does. The one definition the totals and the drill-downs both use.
bool counts(const ItemFacts& item, Measure m, Part part, Date today);

// All the figures of a set of items.
struct Figures {
  std::array<Ratio, kMeasures.size()> by_measure{};
  // Working days from assignment to the first answer, summed over answered items that have
  // both dates, and how many those are: the mean is sum ÷ count.
  std::int64_t answer_days_sum = 0, answer_days_count = 0;

  const Ratio& operator[](Measure m) const { return by_measure[static_cast<std::size_t>(m)]; }
  Ratio& operator[](Measure m) { return by_measure[static_cast<std::size_t>(m)]; }
  // The mean working days to answer in hundredths, rounded half up; nullopt without any.
  std::optional<std::int64_t> mean_answer_days_centi() const;
  void add(const Figures& o);
};

// Adds `item` to `f`.
void add_item(Figures& f, const ItemFacts& item, Date today, const calendar::WorkingCalendar& cal);

enum class GroupBy { none, unit, category, level, org, star, month };
inline constexpr auto kGroupBys = std::to_array<EnumEntry<GroupBy>>({
    {GroupBy::none, "none", "合计"},
    {GroupBy::unit, "unit", "承办单位"},
    {GroupBy::category, "category", "类别"},
    {GroupBy::level, "level", "层级"},
    {GroupBy::org, "org", "人大"},
    {GroupBy::star, "star", "星级"},
    {GroupBy::month, "month", "答复月份"},
});
static_assert(enum_table_ok(kGroupBys));
constexpr const auto& enum_table(GroupBy) { return kGroupBys; }

// A row's key and title: the unit's id and name (key "" titled 未交办 before assignment), the
// category ("" → 未分类), the level, the congress's id and name, the star (★★★ … ; "" → 未定星),
// the month of the first answer (YYYY-MM; "" → 未答复); none: one row with key "" titled 合计.
struct GroupKey {
  std::string key, title;
};
GroupKey group_of(const ItemFacts& item, GroupBy by);

struct FigureRow {
  GroupKey group;
  Figures figures;
};
// The rows of `items` grouped `by`, in key order (the unit-less, uncategorised … row last),
// and their total.
struct FigureTable {
  std::vector<FigureRow> rows;
  Figures total;
};
FigureTable tabulate(const std::vector<ItemFacts>& items, GroupBy by, Date today,
                     const calendar::WorkingCalendar& cal);

}  // namespace daibiao::figures
