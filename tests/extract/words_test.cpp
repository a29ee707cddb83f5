// The word lists file (rules/words.h) and its binding (extract/word_lists.h).
#include "rules/words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <vector>


#include "extract/word_lists.h"
#include "rules/lexfile.h"
#include "layers.h"

namespace salvo {
namespace {

TEST(WordList, Questions) {
  const WordList w("t", {"And", "ed"});
  EXPECT_TRUE(w.has("AND"));
  EXPECT_FALSE(w.has("an"));
  const WordList gaps("g", {" of the ", " among"});
  EXPECT_TRUE(gaps.in("three were among the dead"));
  EXPECT_TRUE(gaps.starts(" of the wounded"));
  EXPECT_FALSE(gaps.starts("one of the wounded"));
  const WordList endings("e", {"ed", "ian"});
  EXPECT_TRUE(endings.ends("struck-ed"));
  EXPECT_TRUE(endings.ends("ed"));
  EXPECT_FALSE(endings.ends("ed", true));  // the ending alone is no word ending in it
  EXPECT_TRUE(endings.ends("russian", true));
}

TEST(WordBook, ParsesSectionsQuotesAndExamples) {
  auto book = WordBook::parse("w.lex",
                              "# a comment\n"
                              "[place.list_gap]\n"
                              "note = gaps of a list\n"
                              "check = places\n"
                              "example = Drones attacked Moscow and Tula. => Moscow; Tula\n"
                              "\" and \"\n"
                              "\", \"\n");
  ASSERT_TRUE(book.ok()) << book.status().message();
  const WordList* w = book.value()->find("place.list_gap");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->entries(), (std::vector<std::string>{" and ", ", "}));
  const WordListInfo& info = book.value()->info().at("place.list_gap");
  EXPECT_EQ(info.check, "places");
  ASSERT_EQ(info.examples.size(), 1u);
  EXPECT_EQ(info.examples[0].text, "Drones attacked Moscow and Tula.");
  EXPECT_EQ(info.examples[0].effect, "Moscow; Tula");
  EXPECT_EQ(info.examples[0].line, 5);
}

TEST(WordBook, EveryProblemIsReported) {
  auto book = WordBook::parse("w.lex",
                              "stray\n"
                              "[a.list]\n"
                              "check = places\n"
                              "example = no arrow\n"
                              "word\n"
                              "Word\n"
                              "[b.list]\n"
                              "colour = red\n");
  ASSERT_FALSE(book.ok());
  std::string all;
  for (const auto& d : book.status().diagnostics()) all += d.str() + "\n";
  EXPECT_NE(all.find("w.lex:1: entry outside any [list] section"), std::string::npos) << all;
  EXPECT_NE(all.find("w.lex:4: an example says what it gives"), std::string::npos) << all;
  EXPECT_NE(all.find("w.lex:6: 'Word' is listed twice in [a.list]"), std::string::npos) << all;
  EXPECT_NE(all.find("w.lex:8: unknown key 'colour' in [b.list]"), std::string::npos) << all;
  EXPECT_NE(all.find("word list [b.list] has no entry"), std::string::npos) << all;
  EXPECT_NE(all.find("word list [b.list] needs check = ..."), std::string::npos) << all;
  EXPECT_NE(all.find("word list [b.list] needs an example"), std::string::npos) << all;
}

TEST(WordLists, BindNamesWhatIsMissing) {
  auto book = WordBook::parse("w.lex", "[clause.subordinator]\ncheck = places\nexample = a => b\nwhile\n");
  ASSERT_TRUE(book.ok());
  std::vector<Diagnostic> problems;
  const WordLists w = WordLists::bind(*book.value(), problems);
  EXPECT_TRUE(w.clause_subordinator);
  EXPECT_FALSE(w.place_title);
  std::string all;
  for (const auto& d : problems) all += d.str() + "\n";
  EXPECT_NE(all.find("word list [clause.subordinator] must say check = clauses"), std::string::npos) << all;
  EXPECT_NE(all.find("the extractor needs word list [place.title], which words.lex does not define"),
            std::string::npos)
      << all;
}

TEST(WordLists, TheShippedListsAreAllBound) {
  const WordLists& w = testing::layers().rb->words;
  EXPECT_TRUE(w.clause_subordinator->has("while"));
  EXPECT_TRUE(w.place_title->has("Governor"));
  EXPECT_TRUE(w.cas_part_of_group->starts(" of them were"));
  EXPECT_EQ(parse_check("casualties"), WordCheck::casualties);
  EXPECT_FALSE(parse_check("casualty"));
}

}  // namespace
}  // namespace salvo

namespace salvo {
namespace {

// Issue 13: every section of the term lists and every trigger rule states what a sentence gives
// (Duckling-style: the event type, the weapon, the actor, the target type, ...), so that
// test-rules runs it. The sections are read from the files themselves: a new section without
// an `example = TEXT => EFFECT` line fails here.
TEST(TermLists, EverySectionOfTheTermListsAndTriggersHasAnExample) {
  const Rulebook& rb = *testing::layers().rb;
  std::map<std::string, WordCheck> with;  // list -> the check of its examples
  for (const auto& sx : rb.list_examples) with.emplace(sx.list, sx.check);
  const std::vector<std::string> files = {"cues.lex",    "grammar.lex", "casualties.lex", "weapons.lex",
                                          "actors.lex",  "targets.lex", "triggers.rules"};
  std::size_t sections = 0;
  for (const auto& file : files) {
    std::vector<Diagnostic> problems;
    const LexFile f = read_lexfile(std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "en" / file, problems);
    ASSERT_TRUE(problems.empty()) << file;
    ASSERT_FALSE(f.sections.empty()) << file;
    for (const auto& [name, line] : f.sections) {
      ++sections;
      EXPECT_TRUE(with.count(file + " [" + name + "]")) << file << ":" << line << ": [" << name
                                                         << "] has no example with an expected value";
    }
  }
  EXPECT_GE(sections, 150u);  // 115 actors, 23 trigger rules, 6 weapons, 6 target types, ...
  // each file's examples are read for what its sections stand for, unless a section says otherwise
  EXPECT_EQ(with.at("weapons.lex [missile]"), WordCheck::weapon);
  EXPECT_EQ(with.at("actors.lex [Hamas]"), WordCheck::actor);
  EXPECT_EQ(with.at("targets.lex [residential]"), WordCheck::target_type);
  EXPECT_EQ(with.at("triggers.rules [trig.drone]"), WordCheck::event_type);
}

}  // namespace
}  // namespace salvo
