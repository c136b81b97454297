#include <gtest/gtest.h>

#include <span>
#include <string>
#include <type_traits>
#include <unordered_set>

#include "base/enum_table.hpp"
#include "base/field_checks.hpp"
#include "base/id.hpp"
#include "base/result.hpp"
#include "base/text.hpp"

namespace daibiao {
namespace {

enum class Fruit { apple, pear, plum };
inline constexpr auto kFruits = std::to_array<EnumEntry<Fruit>>({
    {Fruit::apple, "apple", "苹果"},
    {Fruit::pear, "pear", "梨"},
    {Fruit::plum, "plum", ""},
});
static_assert(enum_table_ok(kFruits));
constexpr const auto& enum_table(Fruit) { return kFruits; }

// Compile-time use: the lookups are constexpr.
static_assert(name_of(Fruit::pear) == "pear");
static_assert(title_of(Fruit::apple) == "苹果");
static_assert(parse<Fruit>("plum") == Fruit::plum);
static_assert(values_of<Fruit>().size() == 3);

// The checker refuses tables out of order, with a gap, doubled names or titles, or no name.
enum class Abc { a, b, c };
static_assert(!enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::b, "b", ""},
                                                            {Abc::a, "a", ""}})));
static_assert(!enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::a, "a", ""},
                                                            {Abc::c, "c", ""}})));
static_assert(!enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::a, "a", ""},
                                                            {Abc::b, "a", ""}})));
static_assert(!enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::a, "a", "甲"},
                                                            {Abc::b, "b", "甲"}})));
static_assert(!enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::a, "", ""}})));
static_assert(enum_table_ok(std::to_array<EnumEntry<Abc>>({{Abc::a, "a", ""}, {Abc::b, "b", ""}})));

Result<std::pair<int, int>> pair_or_fail(bool ok) {
  if (!ok) return fail(ErrorCode::not_found, "无");
  return std::pair<int, int>{1, 2};
}

// DAIBIAO_TRY: the error goes back as it came; otherwise the value, moved out. The expression
// may hold top-level commas, and the target may be a variable declared before.
Result<int> sum_of_pair(bool ok) {
  DAIBIAO_TRY(auto p, pair_or_fail(ok));
  int first = 0;
  DAIBIAO_TRY(first, std::pair<Result<int>, int>{p.first, 0}.first);
  return first + p.second;
}

TEST(FieldChecks, PlainTextIsUtf8WithoutControlsAndWithinItsLength) {
  std::vector<FieldError> errors;
  check_plain_text(errors, "a", "会议室", 3);
  check_plain_text(errors, "b", "会议室四", 3);
  check_plain_text(errors, "c", "一行\n两行", 10);
  check_plain_text(errors, "d", "一行\n两行", 10, true);
  check_plain_text(errors, "e", "\xff", 10, true);
  check_plain_text(errors, "f", "", 0);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "b");
  EXPECT_EQ(errors[0].message, "不能超过 3 个字符");
  EXPECT_EQ(errors[1].field, "c");
  EXPECT_EQ(errors[1].message, "含有不允许的字符");
  EXPECT_EQ(errors[2].field, "e");
}

TEST(Text, ExcerptCutsWholeCharactersAndMarksTheCut) {
  EXPECT_EQ(utf8_excerpt("实地察看三处停车场", 4), "实地察看……");
  EXPECT_EQ(utf8_excerpt("实地察看", 4), "实地察看");
  EXPECT_EQ(utf8_excerpt("ab停车", 3), "ab停……");
  EXPECT_EQ(utf8_excerpt("", 3), "");
  EXPECT_EQ(utf8_excerpt("😀😀", 1), "😀……");
}

TEST(Try, ReturnsTheErrorOrDeclaresTheValue) {
  EXPECT_EQ(*sum_of_pair(true), 3);
  auto failed = sum_of_pair(false);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::not_found);
  EXPECT_EQ(failed.error().message, "无");
}

TEST(EnumTable, NamesAndTitlesOfEachValue) {
  EXPECT_EQ(name_of(Fruit::apple), "apple");
  EXPECT_EQ(name_of(Fruit::plum), "plum");
  EXPECT_EQ(title_of(Fruit::pear), "梨");
  EXPECT_EQ(title_of(Fruit::plum), "");
}

TEST(EnumTable, ValueOutsideTheTableHasNoName) {
  const auto stray = static_cast<Fruit>(7);
  EXPECT_EQ(name_of(stray), "");
  EXPECT_EQ(title_of(stray), "");
  EXPECT_EQ(entry_of(stray), nullptr);
}

TEST(EnumTable, ParseIsExactAndRoundTrips) {
  for (Fruit f : values_of<Fruit>()) EXPECT_EQ(parse<Fruit>(name_of(f)), f);
  EXPECT_EQ(parse<Fruit>("Apple"), std::nullopt);
  EXPECT_EQ(parse<Fruit>(" apple"), std::nullopt);
  EXPECT_EQ(parse<Fruit>(""), std::nullopt);
  EXPECT_EQ(parse<Fruit>("苹果"), std::nullopt);  // names only
}

TEST(EnumTable, ParseTitle) {
  EXPECT_EQ(parse_title<Fruit>("苹果"), Fruit::apple);
  EXPECT_EQ(parse_title<Fruit>("apple"), std::nullopt);
  EXPECT_EQ(parse_title<Fruit>(""), std::nullopt);  // plum's empty title never matches
}

TEST(EnumTable, ValuesInTableOrderAsAStaticArray) {
  std::span<const Fruit> all = values_of<Fruit>();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0], Fruit::apple);
  EXPECT_EQ(all[2], Fruit::plum);
  EXPECT_EQ(&values_of<Fruit>(), &values_of<Fruit>());
  std::span<const std::string_view> names = names_of<Fruit>();
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], "apple");
  EXPECT_EQ(names[2], "plum");
}

// Ids of different kinds do not mix, and an integer never becomes one silently.
static_assert(!std::is_convertible_v<std::int64_t, UserId>);
static_assert(std::is_constructible_v<UserId, std::int64_t>);
static_assert(!std::is_convertible_v<UserId, PersonId>);
static_assert(!std::is_constructible_v<PersonId, UserId>);
static_assert(!std::is_convertible_v<UserId, std::int64_t>);
static_assert(sizeof(UserId) == sizeof(std::int64_t));
static_assert(UserId(3) < UserId(4) && UserId(4) == UserId(4));

TEST(Id, ValueComparisonAndText) {
  const UserId u{42};
  EXPECT_EQ(u.value(), 42);
  EXPECT_TRUE(u.valid());
  EXPECT_FALSE(UserId().valid());
  EXPECT_EQ(UserId().value(), 0);
  EXPECT_EQ(to_string(u), "42");
  EXPECT_NE(u, UserId(43));
  EXPECT_LT(UserId(-1), UserId(0));
}

TEST(Id, OptionalConversionsAndHashing) {
  EXPECT_EQ(id_of<OrgNodeId>(std::optional<std::int64_t>(7)), OrgNodeId(7));
  EXPECT_EQ(id_of<OrgNodeId>(std::nullopt), std::nullopt);
  EXPECT_EQ(value_of(std::optional<OrgNodeId>(OrgNodeId(9))), 9);
  EXPECT_EQ(value_of(std::optional<OrgNodeId>()), std::nullopt);
  std::unordered_set<PersonId> seen{PersonId(1), PersonId(2), PersonId(1)};
  EXPECT_EQ(seen.size(), 2u);
}

}  // namespace
}  // namespace daibiao
