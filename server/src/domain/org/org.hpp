// The org tree (组织机构): province → city → county → township congresses, each with its
// liaison committee; handling units hang off a node; terms (届) and sessions (次会议).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/enum_table.hpp"
#include "base/result.hpp"

namespace daibiao::org {

enum class Level { province, city, county, township };

inline constexpr auto kLevelNames = std::to_array<EnumEntry<Level>>({
    {Level::province, "province", "省"},
    {Level::city, "city", "市"},
    {Level::county, "county", "县"},
    {Level::township, "township", "乡镇"},
});
static_assert(enum_table_ok(kLevelNames));
constexpr const auto& enum_table(Level) { return kLevelNames; }

inline std::string_view level_name(Level l) { return name_of(l); }       // "county"
inline std::string_view level_title_zh(Level l) { return title_of(l); }  // "县"
inline std::optional<Level> parse_level(std::string_view name) { return parse<Level>(name); }

// A child is exactly one level below its parent; a root may be at any level (a deployment
// may serve a city and its counties). Returns invalid_argument otherwise.
Status check_child_level(std::optional<Level> parent, Level child);

// The materialised path of a node: the parent's path followed by the node's id.
std::string child_path(std::string_view parent_path, std::int64_t id);

// A term spans start..end, end after start, at most 6 years (a term is 5 years; the
// margin covers late elections).
Status check_term_dates(std::string_view start, std::string_view end);

// A congress in the tree (人大), with its liaison committee's name.
struct Node {
  std::int64_t id = 0;
  std::string code;  // stable external code, e.g. "430000"
  std::string name;  // "湖南省人民代表大会"
  Level level = Level::province;
  std::optional<std::int64_t> parent_id;
  std::string path;            // "/1/4/"
  std::string committee_name;  // "选举任免联络工作委员会"
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// 承办单位: a government department or other body that answers suggestions.
struct Unit {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string code;
  std::string name;
  std::string kind;  // a UnitKind's name
  bool active = true;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// What kind of body a handling unit is.
enum class UnitKind { government, court, procuratorate, enterprise, other };
inline constexpr auto kUnitKindNames = std::to_array<EnumEntry<UnitKind>>({
    {UnitKind::government, "government", "政府部门"},
    {UnitKind::court, "court", "法院"},
    {UnitKind::procuratorate, "procuratorate", "检察院"},
    {UnitKind::enterprise, "enterprise", "企事业单位"},
    {UnitKind::other, "other", "其他"},
});
static_assert(enum_table_ok(kUnitKindNames));
constexpr const auto& enum_table(UnitKind) { return kUnitKindNames; }

inline bool is_unit_kind(std::string_view kind) { return parse<UnitKind>(kind).has_value(); }

// Codes (机构代码, 单位代码) are what people type and what imports match on: 1–32 letters,
// digits, '.', '_' or '-', starting with a letter or digit. The problem in zh-CN, or nullopt.
std::optional<std::string> code_problem(std::string_view code);

// 届: a congress's five-year term.
struct Term {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  int number = 0;
  std::string start_date, end_date;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// 次会议: the yearly plenary session of a term; suggestions are numbered per session.
struct Session {
  std::int64_t id = 0;
  std::int64_t term_id = 0;
  int number = 0;
  std::string opens_on;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

// "十三届" style ordinal used in titles: 1..99 → 一..九十九.
std::string chinese_number(int n);
// A session's name from its term's and its own number: (13, 4) → "十三届人大四次会议".
std::string session_title(int term_number, int session_number);

}  // namespace daibiao::org
