#include <gtest/gtest.h>

#include "base/text.hpp"
#include "platform/crypto.hpp"

#include "platform/collation.hpp"
#include "platform/field_cipher.hpp"

namespace daibiao::platform {
namespace {

constexpr const char* kKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

TEST(Totp, MatchesTheRfc6238TestVectorsForSha1) {
  // RFC 6238 appendix B: secret "12345678901234567890", 8 digits.
  const std::string key = "12345678901234567890";
  EXPECT_EQ(totp_code(key, 59 / 30, 8), "94287082");
  EXPECT_EQ(totp_code(key, 1111111109 / 30, 8), "07081804");
  EXPECT_EQ(totp_code(key, 1234567890 / 30, 8), "89005924");
  EXPECT_EQ(totp_code(key, 20000000000 / 30, 8), "65353130");
  EXPECT_EQ(totp_code(key, 59 / 30), "287082");  // six digits: the last six
  EXPECT_EQ(base32("12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(FieldCipher, SealsWithAFreshNonceAndOpens) {
  auto c = FieldCipher::from_hex(kKey);
  ASSERT_TRUE(c);
  const std::string a = c->seal("430102199001011234"), b = c->seal("430102199001011234");
  EXPECT_NE(a, b);  // random nonce: equal values do not look equal at rest
  EXPECT_EQ(a.find("430102"), std::string::npos);
  EXPECT_EQ(*c->open(a), "430102199001011234");
  EXPECT_EQ(c->lookup_hash("11010519491231002x"), c->lookup_hash("11010519491231002X"));
  EXPECT_NE(c->lookup_hash("1"), c->lookup_hash("2"));
}

TEST(FieldCipher, RefusesTamperedValuesAndBadKeys) {
  auto c = FieldCipher::from_hex(kKey);
  std::string sealed = c->seal("13812345678");
  sealed[10] = sealed[10] == '0' ? '1' : '0';
  EXPECT_FALSE(c->open(sealed));
  auto other = FieldCipher::from_hex(std::string(64, 'a'));
  EXPECT_FALSE(other->open(c->seal("x")));
  EXPECT_FALSE(FieldCipher::from_hex("abc"));
}

TEST(Collation, NamesSortByPinyin) {
  // 安 ān < 陈 chén < 张 zhāng, although their code points order 张 < 陈 < 安 differently.
  const auto an = pinyin_sort_key("安娜"), chen = pinyin_sort_key("陈国平"),
             zhang = pinyin_sort_key("张伟");
  EXPECT_LT(an, chen);
  EXPECT_LT(chen, zhang);
}

}  // namespace
}  // namespace daibiao::platform
