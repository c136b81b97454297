#include <gtest/gtest.h>

#include "app/people/deputy_import.hpp"

namespace daibiao::app {
namespace {

TEST(DeputyImport, DatesInTheFormsSpreadsheetsHold) {
  EXPECT_EQ(normalise_date("1990-01-02"), "1990-01-02");
  EXPECT_EQ(normalise_date("1990-1-2"), "1990-01-02");
  EXPECT_EQ(normalise_date("1990/1/2"), "1990-01-02");
  EXPECT_EQ(normalise_date("1990.01.02"), "1990-01-02");
  EXPECT_EQ(normalise_date("1990年1月2日"), "1990-01-02");
  EXPECT_EQ(normalise_date("19900102"), "1990-01-02");
  EXPECT_EQ(normalise_date("2024-02-29"), "2024-02-29");
}

TEST(DeputyImport, NotADateReadsAsEmpty) {
  EXPECT_EQ(normalise_date(""), "");
  EXPECT_EQ(normalise_date("1990-02-30"), "");  // no such day
  EXPECT_EQ(normalise_date("2023-02-29"), "");
  EXPECT_EQ(normalise_date("1990-13-01"), "");
  EXPECT_EQ(normalise_date("1990年1月"), "");
  EXPECT_EQ(normalise_date("1990-1-2-3"), "");
  EXPECT_EQ(normalise_date("1990-1-2x"), "");
  EXPECT_EQ(normalise_date("+1990-1-2"), "");
  EXPECT_EQ(normalise_date("0000-01-01"), "");
  EXPECT_EQ(normalise_date("19901302"), "");
  EXPECT_EQ(normalise_date("明年"), "");
}

}  // namespace
}  // namespace daibiao::app
