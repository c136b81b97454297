#include "domain/figures/suggestion_figures.hpp"

#include <gtest/gtest.h>

namespace daibiao::figures {
namespace {

const Date kToday{2026, 12, 7};

Date d(const char* text) { return *parse_date(text); }

// Seven items whose every figure is worked out by hand in the comments below (weekends off, no
// holidays: the default calendar).
std::vector<ItemFacts> sample() {
  std::vector<ItemFacts> v(7);
  for (std::size_t k = 0; k < v.size(); ++k) {
    v[k].id = static_cast<std::int64_t>(k) + 1;
    v[k].level = "county";
    v[k].org_node_id = 5;
    v[k].org_name = "某县人大";
    v[k].category = "交通运输";
  }
  auto unit = [](ItemFacts& i, std::int64_t id) {
    i.unit_id = id;
    i.unit_name = id == 10 ? "交通局" : "水利局";
  };
  // 1: A, 满意, answered early after a contact; two co-signers rated, one content.
  unit(v[0], 10);
  v[0].star = 3;
  v[0].assigned_on = d("2026-03-02");
  v[0].answer_due = d("2026-03-31");
  v[0].answered_on = d("2026-03-10");
  v[0].first_contact_on = d("2026-03-05");
  v[0].answer_class = "A";
  v[0].rating = "satisfied";
  v[0].cosigner_ratings = 2;
  v[0].cosigner_satisfied = 1;
  // 2: B answered late, 满意; both commitments done, the second after its date.
  unit(v[1], 10);
  v[1].assigned_on = d("2026-03-02");
  v[1].answer_due = d("2026-04-10");
  v[1].answered_on = d("2026-04-20");
  v[1].answer_class = "B";
  v[1].rating = "satisfied";
  v[1].commitments = {{d("2026-06-30"), d("2026-06-20")}, {d("2026-09-30"), d("2026-10-15")}};
  // 3: A but 不满意, handled again; contact on the answer's day.
  unit(v[2], 20);
  v[2].assigned_on = d("2026-04-01");
  v[2].answer_due = d("2026-05-31");
  v[2].answered_on = d("2026-05-06");
  v[2].first_contact_on = d("2026-05-06");
  v[2].answer_class = "A";
  v[2].rating = "dissatisfied";
  v[2].round = 2;
  // 4: C but 满意; the contact came after the answer.
  unit(v[3], 20);
  v[3].assigned_on = d("2026-04-01");
  v[3].answer_due = d("2026-06-30");
  v[3].answered_on = d("2026-05-06");
  v[3].first_contact_on = d("2026-05-07");
  v[3].answer_class = "C";
  v[3].rating = "satisfied";
  // 5: not answered, past its date.
  unit(v[4], 20);
  v[4].assigned_on = d("2026-09-01");
  v[4].answer_due = d("2026-11-30");
  // 6: accepted, not yet assigned, no category.
  v[5].category = "";
  // 7: B, not yet rated; its one commitment is not due yet.
  unit(v[6], 10);
  v[6].assigned_on = d("2026-06-01");
  v[6].answer_due = d("2026-07-31");
  v[6].answered_on = d("2026-07-01");
  v[6].answer_class = "B";
  v[6].commitments = {{d("2027-03-31"), std::nullopt}};
  return v;
}

std::pair<std::int64_t, std::int64_t> nd(const Figures& f, Measure m) {
  return {f[m].numerator, f[m].denominator};
}

TEST(SuggestionFigures, EveryFigureOfTheSampleAsWorkedOutByHand) {
  const auto t = tabulate(sample(), GroupBy::none, kToday, calendar::WorkingCalendar{});
  ASSERT_EQ(t.rows.size(), 1U);
  const Figures& f = t.total;
  using P = std::pair<std::int64_t, std::int64_t>;
  EXPECT_EQ(nd(f, Measure::items), P(7, 0));
  EXPECT_EQ(nd(f, Measure::answered), P(5, 0));
  // Answered with a date: 1, 2 (late), 3, 4, 7; unanswered past its date: 5.
  EXPECT_EQ(nd(f, Measure::on_time), P(4, 6));
  EXPECT_EQ(f[Measure::on_time].rate_bp(), 6667);
  EXPECT_EQ(nd(f, Measure::contact), P(2, 5));  // 1 and 3 (same day counts), not 4
  EXPECT_EQ(nd(f, Measure::class_a), P(2, 5));
  EXPECT_EQ(nd(f, Measure::class_b), P(2, 5));
  EXPECT_EQ(nd(f, Measure::class_c), P(1, 5));
  EXPECT_EQ(nd(f, Measure::class_d), P(0, 5));
  EXPECT_EQ(nd(f, Measure::satisfaction), P(3, 4));
  EXPECT_EQ(nd(f, Measure::resolution), P(3, 5));      // 1 and 3 (A), 2 (B, all done)
  EXPECT_EQ(nd(f, Measure::implementation), P(1, 2));  // 7's commitment is not due
  EXPECT_EQ(nd(f, Measure::rehandling), P(1, 5));
  EXPECT_EQ(nd(f, Measure::a_dissatisfied), P(1, 0));
  EXPECT_EQ(nd(f, Measure::satisfied_c), P(1, 0));
  EXPECT_EQ(nd(f, Measure::b_slipped_satisfied), P(1, 0));
  EXPECT_EQ(nd(f, Measure::cosigner_satisfaction), P(1, 2));
  // Working days to the answer: 6, 35, 25, 25, 22 → 113 / 5 = 22.60.
  EXPECT_EQ(f.answer_days_sum, 113);
  EXPECT_EQ(f.answer_days_count, 5);
  EXPECT_EQ(f.mean_answer_days_centi(), 2260);
}

TEST(SuggestionFigures, RowsByUnitAddUpToTheTotalWithTheUnassignedLast) {
  const auto items = sample();
  const auto t = tabulate(items, GroupBy::unit, kToday, calendar::WorkingCalendar{});
  ASSERT_EQ(t.rows.size(), 3U);
  EXPECT_EQ(t.rows[0].group.title, "交通局");
  EXPECT_EQ(t.rows[1].group.title, "水利局");
  EXPECT_EQ(t.rows[2].group.key, "");
  EXPECT_EQ(t.rows[2].group.title, "未交办");
  EXPECT_EQ(nd(t.rows[0].figures, Measure::on_time), (std::pair<std::int64_t, std::int64_t>(2, 3)));
  EXPECT_EQ(nd(t.rows[0].figures, Measure::resolution),
            (std::pair<std::int64_t, std::int64_t>(2, 3)));
  EXPECT_EQ(nd(t.rows[1].figures, Measure::on_time), (std::pair<std::int64_t, std::int64_t>(2, 3)));
  const auto whole = tabulate(items, GroupBy::none, kToday, calendar::WorkingCalendar{});
  for (const auto& e : kMeasures) {
    EXPECT_EQ(t.total[e.value].numerator, whole.total[e.value].numerator) << e.name;
    EXPECT_EQ(t.total[e.value].denominator, whole.total[e.value].denominator) << e.name;
  }
}

TEST(SuggestionFigures, TheDrillDownCountsExactlyTheItemsOfTheFigure) {
  const auto items = sample();
  const auto f = tabulate(items, GroupBy::none, kToday, calendar::WorkingCalendar{}).total;
  for (const auto& e : kMeasures) {
    // Per commitment and per evaluation: the items holding them, not their number.
    if (e.value == Measure::implementation || e.value == Measure::cosigner_satisfaction) continue;
    std::int64_t num = 0, den = 0;
    for (const auto& i : items) {
      num += counts(i, e.value, Part::numerator, kToday) ? 1 : 0;
      den += counts(i, e.value, Part::denominator, kToday) ? 1 : 0;
    }
    EXPECT_EQ(num, f[e.value].numerator) << e.name;
    EXPECT_EQ(den, f[e.value].denominator) << e.name;
  }
  std::vector<std::int64_t> kept, judged;
  for (const auto& i : items) {
    if (counts(i, Measure::implementation, Part::numerator, kToday)) kept.push_back(i.id);
    if (counts(i, Measure::implementation, Part::denominator, kToday)) judged.push_back(i.id);
  }
  EXPECT_EQ(kept, (std::vector<std::int64_t>{2}));
  EXPECT_EQ(judged, (std::vector<std::int64_t>{2}));
}

TEST(SuggestionFigures, GroupsByLevelStarAndMonthInTheirOwnOrder) {
  auto items = sample();
  items[1].level = "province";
  items[3].star = 1;
  auto by_level = tabulate(items, GroupBy::level, kToday, calendar::WorkingCalendar{});
  ASSERT_EQ(by_level.rows.size(), 2U);
  EXPECT_EQ(by_level.rows[0].group.title, "省级");
  EXPECT_EQ(by_level.rows[1].group.title, "县级");
  auto by_star = tabulate(items, GroupBy::star, kToday, calendar::WorkingCalendar{});
  ASSERT_EQ(by_star.rows.size(), 3U);
  EXPECT_EQ(by_star.rows[0].group.title, "★★★");
  EXPECT_EQ(by_star.rows[1].group.title, "★");
  EXPECT_EQ(by_star.rows[2].group.title, "未定星");
  auto by_month = tabulate(items, GroupBy::month, kToday, calendar::WorkingCalendar{});
  std::vector<std::string> months;
  for (const auto& r : by_month.rows) months.push_back(r.group.title);
  EXPECT_EQ(months,
            (std::vector<std::string>{"2026-03", "2026-04", "2026-05", "2026-07", "未答复"}));
}

TEST(SuggestionFigures, NoRateWithoutADenominator) {
  EXPECT_EQ(share_bp(2, 3), 6667);
  EXPECT_EQ(share_bp(1, 8), 1250);
  EXPECT_EQ(share_bp(0, 0), std::nullopt);
  const auto t = tabulate({}, GroupBy::unit, kToday, calendar::WorkingCalendar{});
  EXPECT_TRUE(t.rows.empty());
  EXPECT_EQ(t.total[Measure::satisfaction].rate_bp(), std::nullopt);
  EXPECT_EQ(t.total.mean_answer_days_centi(), std::nullopt);
}

}  // namespace
}  // namespace daibiao::figures
