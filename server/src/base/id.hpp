// Strong ids: the row id of one kind of record, which the compiler keeps apart from the
// row id of another kind and from counts, versions and times (all int64_t underneath).
//
//   UserId u{42};                 // explicit: an int64_t never becomes an id by accident
//   u.value() == 42;              // back to the database or the wire
//   to_string(u) == "42";         // audit object ids, messages
//   get_account(env, caller, u);  // a PersonId here does not compile
//
// 0 means "no id" (a record not yet saved), as the columns are positive.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace daibiao {

template <class Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(std::int64_t v) : v_(v) {}
  constexpr std::int64_t value() const { return v_; }
  // True for a saved record's id (positive).
  constexpr bool valid() const { return v_ > 0; }
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  std::int64_t v_ = 0;
};

template <class Tag>
std::string to_string(Id<Tag> id) {
  return std::to_string(id.value());
}

// An optional id to and from an optional int64_t (nullable columns, JSON null).
template <class I>
constexpr std::optional<I> id_of(std::optional<std::int64_t> v) {
  return v ? std::optional<I>(I(*v)) : std::nullopt;
}
template <class Tag>
constexpr std::optional<std::int64_t> value_of(std::optional<Id<Tag>> id) {
  return id ? std::optional<std::int64_t>(id->value()) : std::nullopt;
}

// The aggregates of the org, people and access areas.
using OrgNodeId = Id<struct OrgNodeTag>;            // 人大 (a node of the org tree)
using UnitId = Id<struct UnitTag>;                  // 承办单位
using TermId = Id<struct TermTag>;                  // 届
using SessionId = Id<struct SessionTag>;            // 次会议 (a congress session)
using UserId = Id<struct UserTag>;                  // 账号
using PersonId = Id<struct PersonTag>;              // 代表 (a person in the registry)
using MandateId = Id<struct MandateTag>;            // 代表资格
using GrantId = Id<struct GrantTag>;                // a role grant
using LoginSessionId = Id<struct LoginSessionTag>;  // a signed-in browser
using AdminRequestId = Id<struct AdminRequestTag>;  // a change awaiting a second administrator

}  // namespace daibiao

template <class Tag>
struct std::hash<daibiao::Id<Tag>> {
  std::size_t operator()(daibiao::Id<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value());
  }
};
