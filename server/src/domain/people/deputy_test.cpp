#include "domain/people/deputy.hpp"

#include <gtest/gtest.h>

#include <set>

namespace daibiao::people {
namespace {

// A checksum-valid number built for tests (not a real person's).
constexpr const char* kValidId = "11010519491231002X";

TEST(IdNumber, AcceptsAValidChecksumIncludingX) {
  EXPECT_EQ(id_number_problem(kValidId), std::nullopt);
  EXPECT_EQ(id_number_problem("11010519491231002x"), std::nullopt);
  EXPECT_EQ(birth_date_from_id(kValidId), "1949-12-31");
  EXPECT_EQ(gender_from_id(kValidId), "female");  // 17th digit 2: even
}

TEST(IdNumber, RejectsWrongChecksumLengthAndDates) {
  EXPECT_EQ(id_number_problem("110105194912310021"), "身份证号码校验位不正确");
  EXPECT_EQ(id_number_problem("1101051949123100"), "身份证号码应为 18 位");
  EXPECT_EQ(id_number_problem("11010519491231A02X"), "身份证号码前 17 位应为数字");
  // 1949-02-30 does not exist; the check digit below matches the digits.
  EXPECT_EQ(id_number_problem("110105194902300020"), "身份证号码中的出生日期无效");
}

TEST(Phone, MainlandMobileNumbers) {
  EXPECT_TRUE(is_mainland_mobile("13812345678"));
  EXPECT_TRUE(is_mainland_mobile("19912345678"));
  EXPECT_FALSE(is_mainland_mobile("12812345678"));
  EXPECT_FALSE(is_mainland_mobile("1381234567"));
  EXPECT_FALSE(is_mainland_mobile("0731-8530927"));
}

TEST(Masks, ShowOnlyTheLastFour) {
  // Neither the region (first 6) nor the birth date (digits 7-14) is shown: with the birth
  // year shown elsewhere they would rebuild the number.
  EXPECT_EQ(mask_id_number("430102199001011234"), "**************1234");
  EXPECT_EQ(mask_id_number(kValidId), "**************002X");
  EXPECT_EQ(mask_phone("13812345678"), "*******5678");
  EXPECT_EQ(mask_id_number("123"), "***");
  EXPECT_EQ(mask_phone(""), "");
}

TEST(Masks, NarrowValuesMaskedByTheOlderWiderRule) {
  // Rows stored before the mask was narrowed hold "430102********1234"; masking again is
  // what the registry shows for them.
  EXPECT_EQ(mask_id_number("430102********1234"), "**************1234");
  EXPECT_EQ(mask_phone("138****5678"), "*******5678");
  EXPECT_EQ(mask_id_number(mask_id_number("430102199001011234")), "**************1234");
}

TEST(BirthYear, OnlyFromAValidDate) {
  EXPECT_EQ(birth_year("1975-03-08"), 1975);
  EXPECT_EQ(birth_year(birth_date_from_id(kValidId)), 1949);
  EXPECT_EQ(birth_year(""), std::nullopt);
  EXPECT_EQ(birth_year("1975-02-30"), std::nullopt);
  EXPECT_EQ(birth_year("1975"), std::nullopt);
}

TEST(Person, ReportsEveryProblemAtOnce) {
  PersonDraft p{.name = "",
                .gender = "male",
                .ethnicity = "汉族",
                .birth_date = "1950-01-01",
                .phone = "12345",
                .id_number = kValidId};
  auto errors = person_problems(p);
  std::set<std::string> fields;
  for (auto& e : errors) fields.insert(e.field);
  EXPECT_EQ(fields, (std::set<std::string>{"name", "birth_date", "gender", "phone"}));
  p = {.name = "张桂兰",
       .gender = "female",
       .ethnicity = "汉族",
       .birth_date = "1949-12-31",
       .phone = "13812345678",
       .id_number = kValidId};
  EXPECT_TRUE(person_problems(p).empty());
}

TEST(Mandate, OnlyAServingMandateEnds) {
  EXPECT_TRUE(check_mandate_end(MandateStatus::serving, MandateStatus::resigned, "2023-01-01",
                                "2024-05-01"));
  EXPECT_EQ(check_mandate_end(MandateStatus::resigned, MandateStatus::deceased, "2023-01-01",
                              "2024-05-01")
                .error()
                .code,
            ErrorCode::failed_precondition);
  EXPECT_FALSE(check_mandate_end(MandateStatus::serving, MandateStatus::serving, "2023-01-01",
                                 "2024-05-01"));
  EXPECT_FALSE(check_mandate_end(MandateStatus::serving, MandateStatus::recalled, "2023-01-01",
                                 "2022-05-01"));
  EXPECT_EQ(parse_mandate_status("去世"), MandateStatus::deceased);
  EXPECT_EQ(parse_mandate_status("retired"), std::nullopt);
}

}  // namespace
}  // namespace daibiao::people
