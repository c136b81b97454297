#include "domain/figures/suggestion_figures.hpp"

#include <algorithm>
#include <map>

namespace daibiao::figures {

namespace {

constexpr std::string_view kSatisfied = "satisfied";
constexpr std::string_view kBasicallySatisfied = "basically_satisfied";
constexpr std::string_view kDissatisfied = "dissatisfied";

bool answered(const ItemFacts& i) { return i.answered_on.has_value(); }

bool content(const ItemFacts& i) {
  return i.rating == kSatisfied || i.rating == kBasicallySatisfied;
}

// Its date has passed (due) or it was done: a commitment that can be judged.
bool commitment_due(const CommitmentFacts& c, Date today) {
  return c.done_on.has_value() || c.due_on < today;
}
bool commitment_kept(const CommitmentFacts& c) { return c.done_on && *c.done_on <= c.due_on; }
// Done after its date, or open past it.
bool commitment_slipped(const CommitmentFacts& c, Date today) {
  return c.done_on ? *c.done_on > c.due_on : c.due_on < today;
}

bool all_commitments_done(const ItemFacts& i) {
  return !i.commitments.empty() && std::ranges::all_of(i.commitments, [](const CommitmentFacts& c) {
    return c.done_on.has_value();
  });
}

// In the on-time base: answered with a due date, or unanswered past it.
bool on_time_base(const ItemFacts& i, Date today) {
  if (!i.answer_due) return false;
  return answered(i) || *i.answer_due < today;
}

bool class_is(const ItemFacts& i, std::string_view c) { return answered(i) && i.answer_class == c; }

}  // namespace

bool is_count(Measure m) {
  return m == Measure::items || m == Measure::answered || m == Measure::a_dissatisfied ||
         m == Measure::satisfied_c || m == Measure::b_slipped_satisfied;
}

bool counts(const ItemFacts& i, Measure m, Part part, Date today) {
  const bool num = part == Part::numerator;
  if (is_count(m) && !num) return false;
  switch (m) {
    case Measure::items:
      return true;
    case Measure::answered:
      return answered(i);
    case Measure::on_time:
      return num ? on_time_base(i, today) && answered(i) && *i.answered_on <= *i.answer_due
                 : on_time_base(i, today);
    case Measure::contact:
      return num ? answered(i) && i.first_contact_on && *i.first_contact_on <= *i.answered_on
                 : answered(i);
    case Measure::class_a:
      return num ? class_is(i, "A") : answered(i);
    case Measure::class_b:
      return num ? class_is(i, "B") : answered(i);
    case Measure::class_c:
      return num ? class_is(i, "C") : answered(i);
    case Measure::class_d:
      return num ? class_is(i, "D") : answered(i);
    case Measure::satisfaction:
      return num ? content(i) : !i.rating.empty();
    case Measure::resolution:
      return num ? class_is(i, "A") || (class_is(i, "B") && all_commitments_done(i)) : answered(i);
    case Measure::implementation:
      return std::ranges::any_of(i.commitments, [&](const CommitmentFacts& c) {
        return num ? commitment_due(c, today) && commitment_kept(c) : commitment_due(c, today);
      });
    case Measure::rehandling:
      return num ? answered(i) && i.round >= 2 : answered(i);
    case Measure::a_dissatisfied:
      return class_is(i, "A") && i.rating == kDissatisfied;
    case Measure::satisfied_c:
      return class_is(i, "C") && i.rating == kSatisfied;
    case Measure::b_slipped_satisfied:
      return class_is(i, "B") && i.rating == kSatisfied &&
             std::ranges::any_of(i.commitments, [&](const CommitmentFacts& c) {
               return commitment_slipped(c, today);
             });
    case Measure::cosigner_satisfaction:
      return num ? i.cosigner_satisfied > 0 : i.cosigner_ratings > 0;
  }
  return false;
}

std::optional<std::int64_t> Figures::mean_answer_days_centi() const {
  if (answer_days_count == 0) return std::nullopt;
  return (answer_days_sum * 100 + answer_days_count / 2) / answer_days_count;
}

void Figures::add(const Figures& o) {
  for (std::size_t k = 0; k < by_measure.size(); ++k) by_measure[k] += o.by_measure[k];
  answer_days_sum += o.answer_days_sum;
  answer_days_count += o.answer_days_count;
}

void add_item(Figures& f, const ItemFacts& i, Date today, const calendar::WorkingCalendar& cal) {
  for (const auto& e : kMeasures) {
    Ratio& r = f[e.value];
    switch (e.value) {
      case Measure::implementation:  // counted per commitment
        for (const auto& c : i.commitments) {
          if (!commitment_due(c, today)) continue;
          ++r.denominator;
          if (commitment_kept(c)) ++r.numerator;
        }
        break;
      case Measure::cosigner_satisfaction:  // counted per evaluation
        r.denominator += i.cosigner_ratings;
        r.numerator += i.cosigner_satisfied;
        break;
      default:
        if (counts(i, e.value, Part::numerator, today)) ++r.numerator;
        if (counts(i, e.value, Part::denominator, today)) ++r.denominator;
    }
  }
  if (i.answered_on && i.assigned_on) {
    f.answer_days_sum += cal.working_days_between(*i.assigned_on, *i.answered_on);
    ++f.answer_days_count;
  }
}

namespace {

std::string stars(int n) {
  std::string out;
  for (int k = 0; k < n; ++k) out += "★";
  return out;
}

// Where a row sorts: rows with a key first, by level's fixed order, stars from most, months
// forward, otherwise by title; the keyless row last.
struct SortKey {
  bool keyless = false;
  int order = 0;
  std::string text;
  auto operator<=>(const SortKey&) const = default;
};

int level_order(std::string_view level) {
  constexpr std::array<std::string_view, 4> kOrder{"province", "city", "county", "township"};
  for (std::size_t k = 0; k < kOrder.size(); ++k)
    if (kOrder[k] == level) return static_cast<int>(k);
  return static_cast<int>(kOrder.size());
}

std::string_view level_title(std::string_view level) {
  if (level == "province") return "省级";
  if (level == "city") return "市级";
  if (level == "county") return "县级";
  if (level == "township") return "乡镇";
  return level;
}

SortKey sort_key(const GroupKey& g, GroupBy by) {
  if (g.key.empty()) return {true, 0, ""};
  switch (by) {
    case GroupBy::level:
      return {false, level_order(g.key), g.key};
    case GroupBy::star:  // ★★★ first
      return {false, -(g.key.front() - '0'), g.key};
    case GroupBy::month:
      return {false, 0, g.key};
    default:
      return {false, 0, g.title + '\x01' + g.key};
  }
}

}  // namespace

GroupKey group_of(const ItemFacts& i, GroupBy by) {
  switch (by) {
    case GroupBy::none:
      return {"", "合计"};
    case GroupBy::unit:
      if (!i.unit_id) return {"", "未交办"};
      return {std::to_string(*i.unit_id), i.unit_name};
    case GroupBy::category:
      if (i.category.empty()) return {"", "未分类"};
      return {i.category, i.category};
    case GroupBy::level:
      return {i.level, std::string(level_title(i.level))};
    case GroupBy::org:
      return {std::to_string(i.org_node_id), i.org_name};
    case GroupBy::star:
      if (!i.star || *i.star < 1) return {"", "未定星"};
      return {std::to_string(*i.star), stars(*i.star)};
    case GroupBy::month: {
      if (!i.answered_on) return {"", "未答复"};
      std::string month = format_date(*i.answered_on).substr(0, 7);
      return {month, month};
    }
  }
  return {"", ""};
}

FigureTable tabulate(const std::vector<ItemFacts>& items, GroupBy by, Date today,
                     const calendar::WorkingCalendar& cal) {
  std::map<std::string, FigureRow> rows;
  FigureTable out;
  for (const auto& i : items) {
    GroupKey g = group_of(i, by);
    auto [it, inserted] = rows.try_emplace(g.key, FigureRow{g, {}});
    add_item(it->second.figures, i, today, cal);
  }
  out.rows.reserve(rows.size());
  for (auto& [key, row] : rows) {
    out.total.add(row.figures);
    out.rows.push_back(std::move(row));
  }
  std::ranges::sort(out.rows, [by](const FigureRow& a, const FigureRow& b) {
    return sort_key(a.group, by) < sort_key(b.group, by);
  });
  return out;
}

}  // namespace daibiao::figures
