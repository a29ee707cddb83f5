// The tokens and clause cuts layer (extract/sentence.h).
#include "extract/sentence.h"

#include <gtest/gtest.h>

#include "layers.h"

namespace salvo {
namespace {

using testing::layers;
using testing::read;

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.emplace_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

std::vector<std::string> clauses(std::string_view s, bool commas = true) {
  const auto cuts = clause_cuts(s, tokenize(s), *layers().rb->words.clause_subordinator, commas);
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) out.emplace_back(s.substr(cuts[i], cuts[i + 1] - cuts[i]));
  return out;
}

TEST(Tokens, WordsKeepApostrophesAndHyphensInside) {
  EXPECT_EQ(words("Israel's long-range drones - 'hit' Kryvyi Rih."),
            (std::vector<std::string>{"Israel's", "long-range", "drones", "hit'", "Kryvyi", "Rih"}));
}

TEST(Tokens, WireSlugNumberIsLeftOut) {
  EXPECT_EQ(words("UPDATE 1-Shell hits Kyiv"), (std::vector<std::string>{"UPDATE", "Shell", "hits", "Kyiv"}));
  EXPECT_EQ(words("a 2-year-old"), (std::vector<std::string>{"a", "2-year-old"}));
}

TEST(Tokens, CountWords) {
  EXPECT_EQ(count_words(" of the Donetsk region, "), 4);
  EXPECT_EQ(count_words(""), 0);
}

TEST(Clauses, PunctuationAndSubordinatorsCut) {
  EXPECT_EQ(clauses("Drones hit Kyiv, killing two; Russia denied it"),
            (std::vector<std::string>{"Drones hit Kyiv", ", killing two", "; Russia denied it"}));
  EXPECT_EQ(clauses("Missiles struck Kyiv while drones hit Lviv"),
            (std::vector<std::string>{"Missiles struck Kyiv ", "while drones hit Lviv"}));
  EXPECT_EQ(clauses("Missiles struck Kyiv - officials said"),
            (std::vector<std::string>{"Missiles struck Kyiv ", "- officials said"}));
}

TEST(Clauses, ShortNameInBracketsDoesNotCut) {
  EXPECT_EQ(clauses("People's Defence Force (PDF) units launched drones"),
            (std::vector<std::string>{"People's Defence Force (PDF) units launched drones"}));
  EXPECT_EQ(clauses("Drones (many of them) hit Kyiv").size(), 3u);
}

TEST(Clauses, WideClausesRunAcrossCommas) {
  EXPECT_EQ(clauses("Russia launched an attack, firing 43 missiles", false),
            (std::vector<std::string>{"Russia launched an attack, firing 43 missiles"}));
}

TEST(Clauses, ClauseOfAPosition) {
  const std::vector<std::size_t> cuts{0, 10, 20, 30};
  EXPECT_EQ(clause_of(cuts, 0), (std::pair<std::size_t, std::size_t>{0, 10}));
  EXPECT_EQ(clause_of(cuts, 15), (std::pair<std::size_t, std::size_t>{10, 20}));
  EXPECT_EQ(clause_of(cuts, 30), (std::pair<std::size_t, std::size_t>{30, 30}));
}

TEST(Sentence, CapitalisedCueCountsOnlyAtAStart) {
  // "May" inside a sentence is the month, not the modal
  auto month = read("Drones struck Kassala on 4 May");
  for (const auto& h : month->c.cues) EXPECT_NE(layers().rb->cues->spec(h).label, "modal");
  auto modal = read("May drones strike Kassala?");
  bool found = false;
  for (const auto& h : modal->c.cues) found = found || layers().rb->cues->spec(h).label == "modal";
  EXPECT_TRUE(found);
}

TEST(Sentence, ListsAreReadOnce) {
  auto r = read("Russian missiles struck a school in Kharkiv, killing two people");
  EXPECT_FALSE(r->c.actors.empty());
  EXPECT_FALSE(r->c.targets.empty());
  EXPECT_FALSE(r->c.cas.empty());
  const auto actors = r->c.actors.size();
  r->c.read_lists();  // a second call changes nothing
  EXPECT_EQ(r->c.actors.size(), actors);
}

}  // namespace
}  // namespace salvo
