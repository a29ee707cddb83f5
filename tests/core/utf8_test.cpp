#include "core/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>

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

// Long texts (several of the map's blocks, sizes on and off a block's edge, a text
// that starts inside a sequence): every byte offset gives the code points begun in
// text[1, b], the whole count at and past the end.
TEST(Utf8, MapsByteOffsetsOfLongTexts) {
  const std::string pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", " ", "\x80"};
  std::uint32_t seed = 7;
  for (const std::size_t size : {0u, 1u, 511u, 512u, 513u, 1024u, 1500u, 5000u}) {
    std::string s;
    while (s.size() < size) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % 6];
    }
    s.resize(size);
    const salvo::OffsetMap m(s);
    std::size_t cp = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cp;
      ASSERT_EQ(m.to_code_points(i), cp) << "size " << size << " offset " << i;
    }
    EXPECT_EQ(m.to_code_points(s.size()), salvo::count_code_points(s));
    EXPECT_EQ(m.to_code_points(s.size() + 3), salvo::count_code_points(s));
  }
}
