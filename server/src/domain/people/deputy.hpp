// The deputies registry (代表信息库): persons and their mandates (代表资格). One person may
// hold mandates at several levels at once (e.g. a county and a city deputy).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/org/org.hpp"

namespace daibiao::people {

// 居民身份证号码 per GB 11643-1999: 17 digits and a MOD 11-2 check character (0-9 or X).
// Returns the problem in zh-CN, or nullopt when the number is well-formed.
std::optional<std::string> id_number_problem(std::string_view id);
// The birth date "YYYY-MM-DD" encoded in a well-formed 18-character ID number.
std::string birth_date_from_id(std::string_view id);
// "male" or "female" from the 17th digit (odd: male).
std::string gender_from_id(std::string_view id);
// 性别, as the registry records it (the ID number's 17th digit must agree).
enum class Gender { male, female };
inline constexpr auto kGenderNames = std::to_array<EnumEntry<Gender>>({
    {Gender::male, "male", "男"},
    {Gender::female, "female", "女"},
});
static_assert(enum_table_ok(kGenderNames));
constexpr const auto& enum_table(Gender) { return kGenderNames; }

// Mainland mobile numbers: 11 digits starting 13–19.
bool is_mainland_mobile(std::string_view phone);

// What an ID number registered outside the caller's scope reads as, on create, edit and
// import alike: no hint that, or where, the number is registered (no ID-number oracle).
inline constexpr std::string_view kCannotRegisterHere =
    "该身份证号码无法在此登记，请联系上级人大常委会选举任免联络工作委员会";

// Display masks keep only the last 4 characters: "**************123X", "*******5678".
// The ID number's region and birth-date digits never leave the server unmasked (the birth
// year is shown separately; region + birth date + last 4 would rebuild the whole number).
// Both are idempotent, so a value masked by an older, wider rule is narrowed on the way out.
std::string mask_id_number(std::string_view id);
std::string mask_phone(std::string_view phone);
// The year of a "YYYY-MM-DD" birth date, or nullopt when it is not one. Responses carry
// this instead of the date: the full date comes only through the audited reveal.
std::optional<int> birth_year(std::string_view birth_date);

// 代表资格状态: 在任 serving, 辞职 resigned, 罢免 recalled, 终止 terminated, 去世 deceased.
enum class MandateStatus { serving, resigned, recalled, terminated, deceased };
inline constexpr auto kMandateStatusNames = std::to_array<EnumEntry<MandateStatus>>({
    {MandateStatus::serving, "serving", "在任"},
    {MandateStatus::resigned, "resigned", "辞职"},
    {MandateStatus::recalled, "recalled", "罢免"},
    {MandateStatus::terminated, "terminated", "终止"},
    {MandateStatus::deceased, "deceased", "去世"},
});
static_assert(enum_table_ok(kMandateStatusNames));
constexpr const auto& enum_table(MandateStatus) { return kMandateStatusNames; }

inline std::string_view mandate_status_name(MandateStatus s) { return name_of(s); }
inline std::string_view mandate_status_title_zh(MandateStatus s) { return title_of(s); }
// The name ("resigned") or the zh-CN title ("辞职"), as imports and forms give it.
inline std::optional<MandateStatus> parse_mandate_status(std::string_view s) {
  if (auto by_name = parse<MandateStatus>(s)) return by_name;
  return parse_title<MandateStatus>(s);
}

// Ending a mandate: only a serving mandate ends, with a status other than serving and an
// end date not before it began.
Status check_mandate_end(MandateStatus from, MandateStatus to, std::string_view started_on,
                         std::string_view ended_on);

// A registered person as lists and detail pages show it: sensitive values masked.
struct Mandate {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t org_node_id = 0;  // the congress the mandate is at (its level is the node's)
  std::int64_t term_id = 0;
  std::string delegation;  // 代表团 / 选举单位
  MandateStatus status = MandateStatus::serving;
  std::string started_on;
  std::optional<std::string> ended_on;
  std::string end_reason;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
  // Joined for display.
  std::string org_name;
  org::Level level = org::Level::province;
  int term_number = 0;
};

struct Person {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;  // the congress that registered the person
  std::string name;
  Gender gender = Gender::male;
  std::string ethnicity, birth_date, party, education, occupation, field, employer, post;
  std::string phone_masked, id_masked;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
  std::vector<Mandate> mandates;
};

// The fields a person is registered with, as typed (plain values; storage encrypts the
// sensitive ones). `gender` is a Gender's name once person_problems() accepts it.
struct PersonDraft {
  std::string name, gender, ethnicity, birth_date, party, education, occupation, field, employer,
      post, phone, id_number;
};

// Every rule on a person's fields at once: required fields, ID checksum, birth date and
// gender consistent with the ID number, mobile number format, known genders.
std::vector<FieldError> person_problems(const PersonDraft& p);

}  // namespace daibiao::people
