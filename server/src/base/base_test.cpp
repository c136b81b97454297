#include <gtest/gtest.h>

#include <span>
#include <string>

#include "base/enum_table.hpp"

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

}  // namespace
}  // namespace daibiao
