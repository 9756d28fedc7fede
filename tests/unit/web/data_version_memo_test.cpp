#include "web/data_version_memo.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace polyfon::web {
namespace {

using namespace std::chrono_literals;

TEST(DataVersionMemoTest, ReadsOnceWhileFreshAndAgainWhenStale) {
  DataVersionMemo memo(50ms);
  int reads = 0;
  auto read = [&]() -> core::Result<int64_t> { return ++reads; };
  EXPECT_EQ(*memo.Get(read), 1);
  EXPECT_EQ(*memo.Get(read), 1);
  EXPECT_EQ(reads, 1);
  std::this_thread::sleep_for(60ms);
  EXPECT_EQ(*memo.Get(read), 2);
}

TEST(DataVersionMemoTest, InvalidateForcesTheNextRead) {
  DataVersionMemo memo(1h);
  int64_t stored = 7;
  auto read = [&]() -> core::Result<int64_t> { return stored; };
  EXPECT_EQ(*memo.Get(read), 7);
  stored = 8;  // a write through this server...
  EXPECT_EQ(*memo.Get(read), 7);
  memo.Invalidate();  // ...which then invalidates
  EXPECT_EQ(*memo.Get(read), 8);
}

TEST(DataVersionMemoTest, AReadThatRacedWithAWriteIsNotRemembered) {
  DataVersionMemo memo(1h);
  int64_t stored = 1;
  // The read sees the old version, and a write invalidates before the read returns.
  EXPECT_EQ(*memo.Get([&]() -> core::Result<int64_t> {
    memo.Invalidate();
    stored = 2;
    return 1;
  }),
            1);
  EXPECT_EQ(*memo.Get([&]() -> core::Result<int64_t> { return stored; }), 2);
}

TEST(DataVersionMemoTest, ErrorsAreNotRemembered) {
  DataVersionMemo memo(1h);
  EXPECT_FALSE(memo.Get([]() -> core::Result<int64_t> { return core::Status::Unavailable("busy"); }).has_value());
  EXPECT_EQ(*memo.Get([]() -> core::Result<int64_t> { return 3; }), 3);
}

}  // namespace
}  // namespace polyfon::web
