// Tests of the named context patterns (rules/patterns.h): loading and its
// diagnostics, the match calls, the prefilter (it may only ever let more texts
// through, never fewer), and the examples the files carry.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <re2/re2.h>

#include "rules/patterns.h"

using namespace salvo;

namespace {

std::shared_ptr<const PatternBook> parse_ok(const std::string& text) {
  auto b = PatternBook::parse("t.patterns", text);
  EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.status().diagnostics().front().str());
  return b.ok() ? b.value() : nullptr;
}

}  // namespace

TEST(Patterns, SearchFullCaptureAndReplace) {
  auto b = parse_ok(
      "[a.near]\npattern = (?:near|outside)(?: the)? $\n"
      "[a.gap]\npattern = ^ (?:the |a )?$\nmatch = full\n"
      "[a.dem]\npattern = ([A-Z][a-z]+) city of $\n"
      "[a.aux]\npattern = (?:\\s+(?:is|was))+\\s*$\n");
  ASSERT_TRUE(b);
  const Pattern* near = b->find("a.near");
  ASSERT_NE(near, nullptr);
  EXPECT_TRUE(near->matches("shelling near the "));
  EXPECT_FALSE(near->matches("shelling near the town"));
  EXPECT_TRUE(b->find("a.gap")->matches(" the "));
  EXPECT_FALSE(b->find("a.gap")->matches(" the big ")) << "full: the whole text";
  std::string cap;
  EXPECT_TRUE(b->find("a.dem")->search("the Ukrainian city of ", &cap));
  EXPECT_EQ(cap, "Ukrainian");
  std::string s = "commander was";
  EXPECT_TRUE(b->find("a.aux")->replace(&s, ""));
  EXPECT_EQ(s, "commander");
  EXPECT_EQ(b->find("no.such"), nullptr);
}

TEST(Patterns, EveryProblemIsReportedWithFileAndLine) {
  auto b = PatternBook::parse("t.patterns",
                              "[x]\npattern = (unclosed\n"  // line 2
                              "[x]\npattern = a\n"          // line 3: duplicate id
                              "[y]\nmatch = sometimes\n"    // line 6: bad mode; no pattern
                              "[z]\npattern = a\nfrobnicate = 1\n"  // line 9: unknown key
                              "[w]\npattern = (?:claimed|said)\nkeys = said\n");  // line 12: keys miss 'claimed'
  ASSERT_FALSE(b.ok());
  std::string all;
  for (const auto& d : b.status().diagnostics()) all += d.str() + "\n";
  EXPECT_NE(all.find("t.patterns:2: pattern does not compile"), std::string::npos) << all;
  EXPECT_NE(all.find("t.patterns:3: duplicate pattern id 'x'"), std::string::npos) << all;
  EXPECT_NE(all.find("t.patterns:6: match must be"), std::string::npos) << all;
  EXPECT_NE(all.find("has no pattern line"), std::string::npos) << all;
  EXPECT_NE(all.find("t.patterns:9: unknown key 'frobnicate'"), std::string::npos) << all;
  EXPECT_NE(all.find("t.patterns:12: keys of [w]"), std::string::npos) << all;
}

TEST(Patterns, RequireChecksIdAndMode) {
  auto b = parse_ok("[a]\npattern = x\n[b]\npattern = y\nmatch = full\n");
  ASSERT_TRUE(b);
  std::vector<Diagnostic> problems;
  EXPECT_NE(b->require("a", MatchMode::search, problems), nullptr);
  EXPECT_TRUE(problems.empty());
  b->require("b", MatchMode::search, problems);
  b->require("c", MatchMode::search, problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].message.find("must say match = search"), std::string::npos);
  EXPECT_NE(problems[1].message.find("needs pattern [c]"), std::string::npos);
}

TEST(Patterns, ExamplesAndCountersAreRun) {
  auto b = parse_ok(
      "[p]\npattern = ([A-Z][a-z]+) city of $\n"
      "example = \"the Syrian city of \" => Syrian\n"   // passes
      "example = \"the Syrian city of \" => Iraqi\n"    // wrong capture
      "example = \"the city of \"\n"                     // does not match
      "counter = \"a Syrian city of \"\n");              // matches: fails
  ASSERT_TRUE(b);
  const auto run = b->run_examples();
  EXPECT_EQ(run.passed, 1);
  ASSERT_EQ(run.failures.size(), 3u);
  EXPECT_EQ(run.failures[0].line, 4);
  EXPECT_NE(run.failures[0].message.find("captures \"Syrian\", expected \"Iraqi\""), std::string::npos);
  EXPECT_NE(run.failures[1].message.find("example does not match"), std::string::npos);
  EXPECT_NE(run.failures[2].message.find("counter matches"), std::string::npos);
}

// The prefilter is an optimisation only: on any text, a pattern with one
// answers exactly as its bare regex does. Checked on the shipped patterns
// against random sentences made of their own literals and filler.
TEST(Patterns, PrefilterNeverChangesAnAnswer) {
  auto book = PatternBook::load({std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "en"});
  ASSERT_TRUE(book.ok());
  std::mt19937 rng(7);
  const std::vector<std::string> words = {"claimed responsibility", "said it carried out", "the", "since", "have killed",
                                          "Separately,", "district", "toll at", "rose to", "near", "the Syrian city of",
                                          "were damaged", "blamed", "by", "a", "Monday", "40", "people", ",", "HAVE"};
  int with_filter = 0;
  for (const auto& [id, info] : book.value()->info()) {
    const Pattern& p = *book.value()->find(id);
    RE2 bare(p.pattern(), RE2::Quiet);
    if (!p.keys().empty()) ++with_filter;
    for (int n = 0; n < 300; ++n) {
      std::string text;
      const int len = 10 + static_cast<int>(rng() % 40);
      for (int k = 0; k < len; ++k) text += words[rng() % words.size()] + " ";
      const bool expected = p.mode() == MatchMode::full ? RE2::FullMatch(text, bare) : RE2::PartialMatch(text, bare);
      ASSERT_EQ(p.matches(text), expected) << id << ": \"" << text << "\"";
    }
  }
  EXPECT_GT(with_filter, 5) << "the shipped patterns should have prefilters";
}
