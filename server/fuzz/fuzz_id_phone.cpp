// ID number and phone rules (domain/people/deputy): id_number_problem, birth_date_from_id,
// gender_from_id, is_mainland_mobile, mask_id_number, mask_phone, birth_year and
// person_problems. The input is split at newlines into an ID number, a phone number and a
// birth date (the rest). Contracts:
//  - nothing throws or crashes, whatever the bytes;
//  - an ID that passes has 18 characters, 17 digits and a correct MOD 11-2 check character,
//    a birth date that is a real YYYY-MM-DD date whose year birth_year reads back, and a
//    gender of male/female;
//  - a mask keeps at most the last 4 characters of the value, stars elsewhere, same length;
//  - a mobile number that passes is 11 ASCII digits starting 13–19;
//  - person_problems reports id_number exactly when id_number_problem does, birth_date
//    only when it disagrees with the ID, and phone exactly when is_mainland_mobile fails.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/people/deputy.hpp"
#include "fuzz_check.hpp"

namespace people = daibiao::people;

namespace {

void check_mask(std::string_view value, const std::string& masked) {
  FUZZ_CHECK(masked.size() == value.size());
  const std::size_t kept = value.size() <= 4 ? 0 : 4;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (i + kept < value.size())
      FUZZ_CHECK(masked[i] == '*');
    else
      FUZZ_CHECK(masked[i] == value[i]);
  }
}

bool has(const std::vector<daibiao::FieldError>& errors, const char* field) {
  for (const auto& e : errors)
    if (e.field == field) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  daibiao::fuzz::Input in(data, size);
  const std::string_view id = in.line();
  const std::string_view phone = in.line();
  const std::string_view birth = in.rest();
  try {
    const auto problem = people::id_number_problem(id);
    const std::string birth_date = people::birth_date_from_id(id);
    const std::string gender = people::gender_from_id(id);
    if (!problem) {
      FUZZ_CHECK(id.size() == 18);
      int sum = 0;
      static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
      for (std::size_t i = 0; i < 17; ++i) {
        FUZZ_CHECK(id[i] >= '0' && id[i] <= '9');
        sum += (id[i] - '0') * kWeights[i];
      }
      const char check = "10X98765432"[sum % 11];
      FUZZ_CHECK(id[17] == check || (check == 'X' && id[17] == 'x'));
      const auto year = people::birth_year(birth_date);
      FUZZ_CHECK(year.has_value());
      FUZZ_CHECK(std::to_string(*year + 10000).substr(1) == birth_date.substr(0, 4));
      FUZZ_CHECK(gender == "male" || gender == "female");
    }
    check_mask(id, people::mask_id_number(id));
    check_mask(phone, people::mask_phone(phone));

    const bool mobile = people::is_mainland_mobile(phone);
    if (mobile) {
      FUZZ_CHECK(phone.size() == 11 && phone[0] == '1' && phone[1] >= '3' && phone[1] <= '9');
      for (char c : phone) FUZZ_CHECK(c >= '0' && c <= '9');
    }
    if (auto y = people::birth_year(birth)) FUZZ_CHECK(*y >= 0 && *y <= 9999);

    people::PersonDraft p;
    p.name = "张三";
    p.ethnicity = "汉族";
    p.id_number = std::string(id);
    p.phone = std::string(phone);
    p.birth_date = std::string(birth);
    p.gender = gender.empty() ? "male" : gender;
    const auto errors = people::person_problems(p);
    FUZZ_CHECK(has(errors, "id_number") == (id.empty() || problem.has_value()));
    FUZZ_CHECK(has(errors, "phone") == (!phone.empty() && !mobile));
    if (!problem && !id.empty()) {
      FUZZ_CHECK(has(errors, "birth_date") == (!birth.empty() && birth != birth_date));
      FUZZ_CHECK(!has(errors, "gender"));
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz contract broken: exception %s\n", e.what());
    std::abort();
  }
  return 0;
}
