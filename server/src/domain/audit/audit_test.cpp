#include "domain/audit/audit.hpp"

#include <gtest/gtest.h>

namespace daibiao::audit {
namespace {

TEST(MaskPersonal, KeepsTheDisplayConventionForNumbers) {
  EXPECT_EQ(mask_personal("430102199001011234"), "430102********1234");
  EXPECT_EQ(mask_personal("13812345678"), "138****5678");
}

TEST(MaskPersonal, MasksChineseNamesByCharacterAndStaysValidUtf8) {
  EXPECT_EQ(mask_personal("王小明"), "王*明");
  EXPECT_EQ(mask_personal("王明"), "王*");
  EXPECT_EQ(mask_personal("欧阳娜娜娜"), "欧***娜");
  // Six-character names are not mistaken for 18-byte ID numbers.
  EXPECT_EQ(mask_personal("爱新觉罗溥仪"), "爱****仪");
}

TEST(ChangesJson, MasksPersonalFieldsOnly) {
  EXPECT_EQ(
      changes_json({{"name", "旧", "新"}, {"phone", std::nullopt, "13812345678", true}}),
      R"([{"field":"name","before":"旧","after":"新"},{"field":"phone","before":null,"after":"138****5678"}])");
}

TEST(CanonicalBytes, DifferWhenAnyFieldDiffers) {
  Record a;
  a.action = "x";
  Record b = a;
  b.actor.name = "x";
  b.action = "";
  EXPECT_NE(canonical_bytes(a), canonical_bytes(b));  // length prefixes prevent shifting
}

TEST(Retention, KeepsAtLeast180Days) {
  const TimeMs day = 24LL * 60 * 60 * 1000, now = 1'800'000'000'000;
  EXPECT_FALSE(retention_cutoff(now, 179));
  EXPECT_FALSE(retention_cutoff(now, 0));
  EXPECT_EQ(*retention_cutoff(now, 180), now - 180 * day);
  EXPECT_EQ(*retention_cutoff(now, 365), now - 365 * day);
}

}  // namespace
}  // namespace daibiao::audit
