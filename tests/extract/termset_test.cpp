#include "rules/termset.h"

#include <gtest/gtest.h>

namespace {

std::vector<std::string> labels(const salvo::TermSet& ts, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& h : ts.find_all(text)) out.push_back(ts.spec(h).label + ":" + std::string(text.substr(h.begin, h.end - h.begin)));
  return out;
}

TEST(TermSet, LongestTermWinsAndWholeWordsOnly) {
  auto ts = salvo::TermSet::build("t", {{"missile", "m", {}, 1}, {"cruise missile", "cm", {}, 2}, {"drone", "d", {}, 3}},
                                  {.plural = true});
  ASSERT_TRUE(ts.ok());
  EXPECT_EQ(labels(*ts.value(), "Two cruise missiles and a drone; no dronex."),
            (std::vector<std::string>{"cm:cruise missiles", "d:drone"}));
}

TEST(TermSet, AcronymsAreCaseSensitive) {
  auto ts = salvo::TermSet::build("t", {{"IS", "Islamic State", {}, 1}, {"US", "United States", {}, 2}},
                                  {.possessive = true});
  ASSERT_TRUE(ts.ok());
  EXPECT_TRUE(labels(*ts.value(), "this is us").empty());
  EXPECT_EQ(labels(*ts.value(), "IS claimed it; US's jets"),
            (std::vector<std::string>{"Islamic State:IS", "United States:US's"}));
}

TEST(TermSet, HyphenAndSpaceMatchEachOther) {
  auto ts = salvo::TermSet::build("t", {{"Kh-101", "missile", {}, 1}, {"air strike", "air", {}, 2}});
  ASSERT_TRUE(ts.ok());
  EXPECT_EQ(labels(*ts.value(), "a Kh 101 and an air-strike"),
            (std::vector<std::string>{"missile:Kh 101", "air:air-strike"}));
}

TEST(TermSet, SentenceCaseKeepsMonthsApartFromModals) {
  auto ts = salvo::TermSet::build("t", {{"may", "modal", {}, 1}}, {.sentence_case = true});
  ASSERT_TRUE(ts.ok());
  EXPECT_EQ(labels(*ts.value(), "It may rain. May it rain?").size(), 2u);
  EXPECT_TRUE(labels(*ts.value(), "on 3 MAY").empty());
}

}  // namespace
