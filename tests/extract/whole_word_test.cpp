// Patterns matched as whole words in any script (rules/whole_word.h): the
// triggers' and exclusions' wrapper, and the check the date and number finders
// make of their matches' edges.
#include "rules/whole_word.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

// Trigger patterns (RE2) are whole words as word lists are (rules/word_trie.h).
TEST(WholeWord, PatternsMatchWholeWordsOfAnyScript) {
  const salvo::WholeWordRegex re("дрон(?:а|и|ами)?|drones?|caf", RE2::Options());
  ASSERT_TRUE(re.ok()) << re.error();
  const std::string text = "Удар дрона, дрони; дронами. Two drones, dronesX, café, éstrike caf.";
  std::vector<std::string> found;
  std::size_t pos = 0, b = 0, e = 0;
  while (re.find(text, pos, b, e)) {
    found.push_back(text.substr(b, e - b));
    pos = e;
  }
  // "дронами": "дрона" is glued to "м", the longer alternative is the word
  EXPECT_EQ(found, (std::vector<std::string>{"дрона", "дрони", "дронами", "drones", "caf"}));
  // at the text's edges, and two matches one character apart
  ASSERT_TRUE(re.find("дрон", 0, b, e));
  EXPECT_EQ(e, std::string("дрон").size());
  ASSERT_TRUE(re.find("drone drone", 5, b, e));
  EXPECT_EQ(b, 6u);
  // a letter before the match
  const salvo::WholeWordRegex strike("strikes?", RE2::Options());
  EXPECT_FALSE(strike.find("éstrike", 0, b, e));
  ASSERT_TRUE(strike.find("éstrike strikes", 0, b, e));
  EXPECT_EQ(b, std::string("éstrike ").size());
}

TEST(WholeWord, APatternsOwnErrorIsReported) {
  const salvo::WholeWordRegex re("(cruise", RE2::Quiet);
  EXPECT_FALSE(re.ok());
  EXPECT_EQ(re.error(), "missing ): (cruise");
}

TEST(WholeWord, ForeignLetters) {
  EXPECT_FALSE(salvo::has_foreign_letter("plain, with € and «quotes»"));
  EXPECT_TRUE(salvo::has_foreign_letter("Erdoğan"));
  EXPECT_TRUE(salvo::has_foreign_letter("удар"));
}

TEST(WholeWord, SplitsWordSeesOnlyWhatASCIIWordEdgesMiss) {
  const std::string t = "позавчора вчора café";
  const std::size_t vchora = t.find("вчора"), later = t.rfind("вчора");
  EXPECT_TRUE(salvo::splits_word(t, vchora, vchora + std::string("вчора").size()));
  EXPECT_FALSE(salvo::splits_word(t, later, later + std::string("вчора").size()));
  EXPECT_TRUE(salvo::splits_word(t, t.find("caf"), t.find("caf") + 3));
  EXPECT_FALSE(salvo::splits_word("ab cd", 1, 2));  // ASCII: RE2's \b has decided
}

}  // namespace
