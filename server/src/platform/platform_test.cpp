#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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

TEST(Sm, MatchesTheStandardsTestVectors) {
  // GB/T 32905-2016 appendix A.1: SM3("abc").
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  // GB/T 32907-2016 appendix A.1: key = plaintext = 0123…3210. In CTR mode the first
  // keystream block is SM4(IV), so with IV = that plaintext and zero data it is the ciphertext.
  const std::string k = *from_hex("0123456789abcdeffedcba9876543210");
  const std::string block = sm4_ctr(k, k, std::string(16, '\0'));
  EXPECT_EQ(to_hex(reinterpret_cast<const unsigned char*>(block.data()), block.size()),
            "681edf34d206965e86b3e94f536e4246");
  EXPECT_EQ(sm4_ctr(k, k, sm4_ctr(k, k, "13812345678")), "13812345678");
}

TEST(FieldCipher, SmProfileSealsWithSm4AndRefusesTamperingAndRelabelling) {
  auto c = FieldCipher::from_hex(kKey, KeyProfile::sm);
  ASSERT_TRUE(c);
  const std::string a = c->seal("430102199001011234");
  EXPECT_TRUE(a.starts_with("v1:"));
  EXPECT_EQ(a.size(), 3 + 2 * (16 + 18 + 32));  // IV, ciphertext, HMAC-SM3 tag
  EXPECT_NE(a, c->seal("430102199001011234"));
  EXPECT_EQ(*c->open(a), "430102199001011234");
  for (std::size_t i : {3ul, 40ul, a.size() - 1}) {  // IV, ciphertext, tag
    std::string bad = a;
    bad[i] = bad[i] == '0' ? '1' : '0';
    EXPECT_FALSE(c->open(bad)) << i;
  }
  // The same key under the standard profile derives other keys: nothing opens across.
  auto aes = FieldCipher::from_hex(kKey);
  EXPECT_FALSE(aes->open(a));
  EXPECT_NE(aes->lookup_hash("1"), c->lookup_hash("1"));
  EXPECT_EQ(c->lookup_hash("1").size(), 64u);
  EXPECT_TRUE(c->audit_mac("x").starts_with("k1:"));
  EXPECT_TRUE(c->audit_mac_matches("x", c->audit_mac("x")));
  EXPECT_FALSE(aes->audit_mac_matches("x", c->audit_mac("x")));
}

TEST(FieldCipher, AKeyringOpensEveryVersionAndSealsUnderTheCurrentOne) {
  const std::string v1 = std::string(64, '1'), v2 = std::string(64, '2'), v3(64, '3');
  auto old_ring = FieldCipher::from_text(v1 + "\n");  // the format before versions
  ASSERT_TRUE(old_ring);
  const std::string sealed_v1 = old_ring->seal("13812345678");
  const std::string audit_v1 = old_ring->audit_mac("rec");
  const std::string anchor_v1 = old_ring->anchor_mac("head");

  auto ring = FieldCipher::from_text("# comment\n1 standard " + v1 + "\n2 sm " + v2 +
                                     "\n3 standard " + v3 + " staged\n");
  ASSERT_TRUE(ring) << ring.error().message;
  EXPECT_EQ(ring->current_version(), 2);  // 3 is staged
  EXPECT_EQ(ring->current_profile(), KeyProfile::sm);
  const std::string sealed_v2 = ring->seal("13812345678");
  EXPECT_TRUE(sealed_v2.starts_with("v2:"));
  EXPECT_EQ(*ring->open(sealed_v1), "13812345678");
  EXPECT_EQ(*ring->open(sealed_v2), "13812345678");
  EXPECT_FALSE(ring->sealed_with_current(sealed_v1));
  EXPECT_TRUE(ring->sealed_with_current(sealed_v2));
  EXPECT_TRUE(ring->sealed_with_current(""));
  // Relabelling a v1 value as v2 does not open.
  EXPECT_FALSE(ring->open("v2:" + sealed_v1.substr(3)));
  // A value of a version the ring lacks is refused, not misread.
  EXPECT_FALSE(old_ring->open(sealed_v2));
  // Duplicates are found under every version, current first.
  const auto hashes = ring->lookup_hashes("11010519491231002x");
  ASSERT_EQ(hashes.size(), 3u);
  EXPECT_EQ(hashes[0], ring->lookup_hash("11010519491231002X"));
  EXPECT_EQ(hashes[1], old_ring->lookup_hash("11010519491231002X"));
  // Audit links and anchors made under version 1 still verify; new ones use version 2.
  EXPECT_TRUE(ring->audit_mac_matches("rec", audit_v1));
  EXPECT_FALSE(ring->audit_mac_matches("rec2", audit_v1));
  EXPECT_TRUE(ring->audit_mac("rec").starts_with("k2:"));
  EXPECT_TRUE(ring->anchor_mac_matches("head", anchor_v1));
  EXPECT_TRUE(ring->anchor_mac_matches("head", anchor_v1.substr(3)));  // bare hex: version 1
  EXPECT_FALSE(ring->anchor_mac_matches("head", "k9:" + anchor_v1.substr(3)));

  EXPECT_FALSE(FieldCipher::from_text("2 sm " + v2 + "\n1 standard " + v1 + "\n"));  // order
  EXPECT_FALSE(FieldCipher::from_text("1 standard " + v1 + " staged\n"));            // none current
  EXPECT_FALSE(FieldCipher::from_text("1 aes " + v1 + "\n"));
  EXPECT_FALSE(FieldCipher::from_text("# only a comment\n"));
}

TEST(FieldCipher, KeyFilesAreCreatedPrivateAndRotatedInPlace) {
  const std::string dir = ::testing::TempDir() + "keyring-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/field.key";
  std::filesystem::remove(path);
  ASSERT_TRUE(FieldCipher::generate_key_file(path));
  EXPECT_FALSE(FieldCipher::generate_key_file(path));  // never overwritten
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  auto one = FieldCipher::from_key_file(path);
  ASSERT_TRUE(one);
  const std::string sealed = one->seal("secret");

  auto v2 = FieldCipher::add_key_version(path, KeyProfile::sm, /*staged=*/true);
  ASSERT_TRUE(v2);
  EXPECT_EQ(*v2, 2);
  auto staged = FieldCipher::from_key_file(path);
  EXPECT_EQ(staged->current_version(), 1);  // staged: readable, not used yet
  ASSERT_TRUE(FieldCipher::activate_key_version(path, 2));
  EXPECT_FALSE(FieldCipher::activate_key_version(path, 7));
  auto two = FieldCipher::from_key_file(path);
  ASSERT_TRUE(two);
  EXPECT_EQ(two->current_version(), 2);
  EXPECT_EQ(*two->open(sealed), "secret");
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

  std::filesystem::permissions(path, std::filesystem::perms::group_read,
                               std::filesystem::perm_options::add);
  EXPECT_FALSE(FieldCipher::from_key_file(path));  // readable by others: refused
  std::filesystem::remove_all(dir);
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
