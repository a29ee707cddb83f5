// Word characters, capitals and case in every script (core/unicode.h).
#include "core/unicode.h"

#include <gtest/gtest.h>

#include <re2/re2.h>

namespace salvo {
namespace {

TEST(Unicode, WordCharactersOfEveryScript) {
  for (char32_t c : {U'a', U'Z', U'0', U'_', U'é', U'Ї', U'ж', U'ש', U'ع', U'中', U'٣', U'\u0301'})
    EXPECT_TRUE(is_word_char(c)) << static_cast<unsigned>(c);
  for (char32_t c : {U' ', U'-', U'\'', U'.', U'«', U'—', U'\u00A0', U'€', U'\u2019', char32_t{0}})
    EXPECT_FALSE(is_word_char(c)) << static_cast<unsigned>(c);
}

TEST(Unicode, CaseInEveryScript) {
  EXPECT_EQ(to_lower(U'Х'), U'х');
  EXPECT_EQ(to_upper(U'ї'), U'Ї');
  EXPECT_EQ(to_lower(U'Ω'), U'ω');
  EXPECT_EQ(to_lower(U'É'), U'é');
  EXPECT_EQ(to_lower(U'1'), U'1');
  EXPECT_TRUE(is_upper(U'Х'));
  EXPECT_FALSE(is_upper(U'х'));
  EXPECT_TRUE(is_lower(U'х'));
  EXPECT_FALSE(is_upper(U'中'));
  EXPECT_EQ(lower_case("Удар по ХАРКОВУ, Café"), "удар по харкову, café");
  EXPECT_TRUE(starts_upper("Харкову"));
  EXPECT_FALSE(starts_upper("по"));
  EXPECT_FALSE(starts_upper(""));
}

TEST(Unicode, WordBoundaries) {
  const std::string t = "по Харкову, café";
  EXPECT_TRUE(is_word_boundary(t, 0));
  EXPECT_TRUE(is_word_boundary(t, t.find(' ')));
  EXPECT_TRUE(is_word_boundary(t, t.find("Х")));
  EXPECT_FALSE(is_word_boundary(t, t.find("аркову")));
  EXPECT_FALSE(is_word_boundary(t, t.find("é")));  // inside "café"
  EXPECT_TRUE(is_word_boundary(t, t.size()));
  EXPECT_EQ(code_point_before(t, t.size()), U'é');
  EXPECT_EQ(code_point_at(t, t.size()), 0u);
  EXPECT_TRUE(is_ascii("plain text 123"));
  EXPECT_FALSE(is_ascii("plain text, café"));
}

// The table is Unicode's (tools/gen_unicode.py); RE2's [\pL\pM\pN_] is the
// same definition, so whole-word patterns and word lists agree. Across the
// Basic Multilingual Plane the two may differ only by the few characters of
// a newer Unicode than the table's.
TEST(Unicode, WordCharactersAreRE2s) {
  const RE2 word("[\\pL\\pM\\pN_]");
  int differ = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string s;
    append_utf8(s, c);
    if (RE2::FullMatch(s, word) != is_word_char(c)) ++differ;
  }
  EXPECT_LE(differ, 10);
}

}  // namespace
}  // namespace salvo
