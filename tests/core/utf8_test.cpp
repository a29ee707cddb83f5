#include "core/utf8.h"

#include <gtest/gtest.h>

TEST(Utf8, ValidatesAndRepairs) {
  EXPECT_TRUE(salvo::is_valid_utf8("Kryvyi Rih \xE2\x80\x99s"));
  std::string bad = "ab\xFF" "cd\xC3";
  EXPECT_FALSE(salvo::is_valid_utf8(bad));
  EXPECT_EQ(salvo::repair_utf8(bad), 2u);
  EXPECT_EQ(bad, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  std::string nul("a\0b", 3);
  EXPECT_EQ(salvo::repair_utf8(nul), 1u);
  EXPECT_EQ(nul, "a b");
  std::string surrogate = "x\xED\xA0\x80y";  // encoded surrogate: ill-formed
  salvo::repair_utf8(surrogate);
  EXPECT_TRUE(salvo::is_valid_utf8(surrogate));
}

TEST(Utf8, MapsByteOffsetsToCodePoints) {
  const std::string s = "a\xC3\xA9" "b\xE2\x80\x99" "c";  // a é b ' c
  salvo::OffsetMap m(s);
  EXPECT_EQ(m.to_code_points(0), 0u);
  EXPECT_EQ(m.to_code_points(1), 1u);
  EXPECT_EQ(m.to_code_points(3), 2u);
  EXPECT_EQ(m.to_code_points(4), 3u);
  EXPECT_EQ(m.to_code_points(7), 4u);
  EXPECT_EQ(m.to_code_points(8), 5u);
  EXPECT_EQ(salvo::count_code_points(s), 5u);
}
