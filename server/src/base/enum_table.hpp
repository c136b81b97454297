// One table per enum: each value with its wire name ("liaison_staff") and its zh-CN title
// ("联工委工作人员"), and generic lookups over it — instead of a hand-written switch per
// direction. The table lives beside the enum, found by argument-dependent lookup:
//
//   enum class Level { province, city, county, township };
//   inline constexpr auto kLevels = std::to_array<EnumEntry<Level>>({
//       {Level::province, "province", "省"}, {Level::city, "city", "市"}, ...});
//   static_assert(enum_table_ok(kLevels));           // every value once, in order, named
//   constexpr const auto& enum_table(Level) { return kLevels; }
//
//   name_of(Level::city) == "city"; title_of(Level::city) == "市";
//   parse<Level>("city") == Level::city; parse<Level>("x") == nullopt;
//   parse_title<Level>("市") == Level::city; values_of<Level>() is every Level in order,
//   names_of<Level>() every name.
//
// Everything is constexpr and std only.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace daibiao {

template <class E>
struct EnumEntry {
  E value;
  std::string_view name;   // the stable name on the wire and in the database
  std::string_view title;  // zh-CN, for people (may be empty when an enum has none)
};

// An enum with a table: `enum_table(E{})` (found by ADL) returns a std::array of EnumEntry<E>.
template <class E>
concept TabledEnum = std::is_enum_v<E> && requires(E e) {
  { enum_table(e)[0] } -> std::convertible_to<const EnumEntry<E>&>;
  enum_table(e).size();
};

// True when a table lists the values 0, 1, 2 … in order (so no value in the middle is
// missing or doubled), every name is non-empty and no two names or non-empty titles are
// equal. For a static_assert beside the table.
template <class E, std::size_t N>
constexpr bool enum_table_ok(const std::array<EnumEntry<E>, N>& t) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(t[i].value) != i || t[i].name.empty()) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (t[j].name == t[i].name || (!t[i].title.empty() && t[j].title == t[i].title)) return false;
  }
  return true;
}

// The entry of `v`, or nullptr when the table does not list it.
template <TabledEnum E>
constexpr const EnumEntry<E>* entry_of(E v) {
  for (const auto& e : enum_table(v))
    if (e.value == v) return &e;
  return nullptr;
}

// "liaison_staff"; "" for a value outside the table.
template <TabledEnum E>
constexpr std::string_view name_of(E v) {
  const auto* e = entry_of(v);
  return e ? e->name : std::string_view{};
}

// "联工委工作人员"; "" for a value outside the table.
template <TabledEnum E>
constexpr std::string_view title_of(E v) {
  const auto* e = entry_of(v);
  return e ? e->title : std::string_view{};
}

// The value named exactly `name` (case matters), or nullopt.
template <TabledEnum E>
constexpr std::optional<E> parse(std::string_view name) {
  for (const auto& e : enum_table(E{}))
    if (e.name == name) return e.value;
  return std::nullopt;
}

// The value whose zh-CN title is exactly `title`, or nullopt (an empty title never matches).
template <TabledEnum E>
constexpr std::optional<E> parse_title(std::string_view title) {
  if (title.empty()) return std::nullopt;
  for (const auto& e : enum_table(E{}))
    if (e.title == title) return e.value;
  return std::nullopt;
}

namespace enum_table_detail {
template <class E>
constexpr auto values() {
  constexpr const auto& t = enum_table(E{});
  std::array<E, t.size()> out{};
  for (std::size_t i = 0; i < t.size(); ++i) out[i] = t[i].value;
  return out;
}
template <class E>
constexpr auto names() {
  constexpr const auto& t = enum_table(E{});
  std::array<std::string_view, t.size()> out{};
  for (std::size_t i = 0; i < t.size(); ++i) out[i] = t[i].name;
  return out;
}
template <class E>
inline constexpr auto kValues = values<E>();
template <class E>
inline constexpr auto kNames = names<E>();
}  // namespace enum_table_detail

// Every value in table order (a static array: a std::span over it stays valid).
template <TabledEnum E>
constexpr const auto& values_of() {
  return enum_table_detail::kValues<E>;
}

// Every name in table order (a static array), e.g. for "应为以下之一" messages.
template <TabledEnum E>
constexpr const auto& names_of() {
  return enum_table_detail::kNames<E>;
}

}  // namespace daibiao
