#include "platform/file_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace daibiao::platform {
namespace {

class DirectoryFileStoreTest : public ::testing::Test {
 protected:
  std::string dir_ = (std::filesystem::temp_directory_path() /
                      ("daibiao-files-" + std::to_string(::getpid()) + "-" +
                       ::testing::UnitTest::GetInstance()->current_test_info()->name()))
                         .string();
  void TearDown() override { std::filesystem::remove_all(dir_); }
};

TEST_F(DirectoryFileStoreTest, PutsOpensAndRemovesByKey) {
  DirectoryFileStore store(dir_ + "/nested");  // created on the first put
  const std::string bytes("%PDF-1.7\0binary", 15);
  ASSERT_TRUE(store.put("a1b2c3", bytes));
  auto back = store.open("a1b2c3");
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, bytes);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/nested/a1b2c3.tmp"));
  EXPECT_EQ((std::filesystem::status(dir_ + "/nested/a1b2c3").permissions() &
             std::filesystem::perms::all),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  // A key is written once; a second put does not replace it.
  auto again = store.put("a1b2c3", "other");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(*store.open("a1b2c3"), bytes);
  ASSERT_TRUE(store.remove("a1b2c3"));
  EXPECT_EQ(store.open("a1b2c3").error().code, ErrorCode::not_found);
  EXPECT_TRUE(store.remove("a1b2c3"));  // gone already: fine
}

TEST_F(DirectoryFileStoreTest, KeysAreNamesNotPaths) {
  DirectoryFileStore store(dir_);
  for (const char* bad : {"", "../escape", "a/b", ".hidden", "a b", "名字"}) {
    EXPECT_FALSE(valid_file_key(bad)) << bad;
    auto put = store.put(bad, "x");
    ASSERT_FALSE(put) << bad;
    EXPECT_EQ(put.error().code, ErrorCode::invalid_argument) << bad;
    EXPECT_EQ(store.open(bad).error().code, ErrorCode::not_found) << bad;
  }
  EXPECT_TRUE(valid_file_key("0f3a9c_report-v2.pdf"));
  EXPECT_FALSE(valid_file_key(std::string(129, 'a')));
  EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(dir_).parent_path() / "escape"));
}

}  // namespace
}  // namespace daibiao::platform
