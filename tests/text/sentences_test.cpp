// The sentence splitter: full stops that end a sentence, and the abbreviations
// (data: a language folder's abbreviations.lex) and initials that do not.
#include "text/sentences.h"

#include <gtest/gtest.h>

namespace salvo {
namespace {

std::vector<std::string> sentences(std::string_view text, const Abbreviations& abbr) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text, abbr)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, AbbreviationsAreData) {
  const std::string text = "Gen. Smith visited the U.S. Army base. It was shelled.";
  EXPECT_EQ(sentences(text, Abbreviations({"Gen.", "U.S."})),
            (std::vector<std::string>{"Gen. Smith visited the U.S. Army base.", "It was shelled."}));
  // without the list, each full stop before a capital ends a sentence
  EXPECT_EQ(sentences(text, Abbreviations()).size(), 4u);
}

TEST(Sentences, AbbreviationsIgnoreCaseAndTheFinalFullStop) {
  const Abbreviations abbr({"gen", "U.S."});
  EXPECT_TRUE(abbr.contains("Gen"));
  EXPECT_TRUE(abbr.contains("GEN"));
  EXPECT_TRUE(abbr.contains("u.s"));
  EXPECT_FALSE(abbr.contains("Col"));
  EXPECT_EQ(abbr.size(), 2u);
}

TEST(Sentences, AnInitialEndsNoSentence) {
  EXPECT_EQ(sentences("J. Smith said so. Then he left.", Abbreviations()).size(), 2u);
}

TEST(Sentences, ParagraphsAndIndexes) {
  const auto spans = split_sentences("One. Two.\n\nThree.", Abbreviations());
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].paragraph, 0);
  EXPECT_EQ(spans[1].index_in_paragraph, 1);
  EXPECT_EQ(spans[2].paragraph, 1);
  EXPECT_EQ(spans[2].index, 2);
}

}  // namespace
}  // namespace salvo
