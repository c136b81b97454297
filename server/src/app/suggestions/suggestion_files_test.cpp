#include "app/suggestions/suggestion_files.hpp"

#include <gtest/gtest.h>

namespace daibiao::app {
namespace {

TEST(AttachmentType, AllowedTypesNeedMatchingMagicBytes) {
  EXPECT_EQ(attachment_type("报告.pdf", "%PDF-1.7 ..."), "application/pdf");
  EXPECT_EQ(attachment_type("REPORT.PDF", "%PDF-1.4"), "application/pdf");
  EXPECT_EQ(attachment_type("照片.png", std::string_view("\x89PNG\r\n\x1A\n..", 10)), "image/png");
  EXPECT_EQ(attachment_type("照片.jpeg", std::string_view("\xFF\xD8\xFF\xE0", 4)), "image/jpeg");
  EXPECT_EQ(attachment_type("表.xlsx", std::string_view("PK\x03\x04rest", 8)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(attachment_type("公文.ofd", std::string_view("PK\x03\x04", 4)), "application/ofd");
  EXPECT_EQ(attachment_type("旧.doc", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)),
            "application/msword");
}

TEST(AttachmentType, RefusesOtherTypesAndDisguises) {
  EXPECT_EQ(attachment_type("run.exe", "MZ\x90"), "");
  EXPECT_EQ(attachment_type("page.html", "<html>"), "");
  EXPECT_EQ(attachment_type("noext", "%PDF-"), "");
  EXPECT_EQ(attachment_type("fake.pdf", "MZ\x90 not a pdf"), "");
  EXPECT_EQ(attachment_type("fake.png", "%PDF-1.7"), "");
  EXPECT_EQ(attachment_type("short.pdf", "%PD"), "");
  EXPECT_EQ(attachment_type("zip.docx.exe", std::string_view("PK\x03\x04", 4)), "");
}

}  // namespace
}  // namespace daibiao::app
