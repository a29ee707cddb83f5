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

// ---- The trie (WordTrie) against the RE2 alternation it replaces ----------
//
// find_all() searches ASCII lists with a WordTrie; find_all_regex() asks RE2.
// They must give the same hits on every text: the shipped word lists over the
// gold documents and samples, and random lists over random texts made of
// pieces of their own terms (where the corner cases are: separators, endings,
// case, word boundaries, terms that are prefixes of others).

#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "core/unicode.h"
#include "extract/rulebook.h"
#include "text/normalize.h"

namespace {

std::string show(const salvo::TermSet& ts, std::string_view text, const std::vector<salvo::TermHit>& hits) {
  std::string out;
  for (const auto& h : hits)
    out += "[" + std::to_string(h.begin) + "," + std::to_string(h.end) + ")" + ts.spec(h).term + " ";
  (void)text;
  return out;
}

void expect_same(const salvo::TermSet& ts, std::string_view text, const std::string& what) {
  const auto a = ts.find_all(text);
  const auto b = ts.find_all_regex(text);
  ASSERT_EQ(show(ts, text, a), show(ts, text, b)) << what << "\ntext: " << text;
  // a resolved hit implies a match; contains_any must see it
  if (!b.empty()) {
    ASSERT_TRUE(ts.contains_any(text)) << what << "\ntext: " << text;
  }
}

std::vector<std::string> corpus_texts() {
  std::vector<std::string> texts;
  const std::string root = SALVO_SOURCE_DIR;
  for (const char* f : {"/tests/gold/team.jsonl", "/tests/gold/ucdp.jsonl", "/tests/gold/negatives.jsonl",
                        "/tests/gold/seed.jsonl", "/tests/extract/cases.jsonl"}) {
    std::ifstream in(root + f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      if (j.contains("text")) texts.push_back(salvo::NormalizedText(j["text"].get<std::string>()).text());
    }
  }
  return texts;
}

TEST(WordTrie, ShippedListsGiveTheRegexAnswersOnTheGoldTexts) {
  auto rb = salvo::load_rulebook(std::string(SALVO_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(rb.ok()) << rb.status().message();
  const auto& r = *rb.value();
  const std::vector<std::pair<const char*, const salvo::TermSet*>> lists = {
      {"weapons", r.weapons.get()},         {"actors", r.actors.get()},
      {"targets", r.targets.get()},         {"casualties", r.casualties.get()},
      {"cues", r.cues.get()},               {"attack_verbs", r.attack_verbs.get()},
      {"modifiers", r.modifiers.get()},     {"place_before", r.place_before.get()},
      {"place_not_before", r.place_not_before.get()}, {"reporting_verbs", r.reporting_verbs.get()}};
  const auto texts = corpus_texts();
  ASSERT_GT(texts.size(), 150u);
  std::size_t hits = 0;
  std::vector<std::shared_ptr<const salvo::TermSet>> sets;
  for (const auto& [name, ts] : lists) {
    EXPECT_TRUE(ts->uses_trie()) << name << " has only ASCII terms";
    for (const auto& t : texts) {
      expect_same(*ts, t, name);
      hits += ts->find_all(t).size();
    }
    sets.emplace_back(std::shared_ptr<const salvo::TermSet>{}, ts);  // non-owning: r outlives the index
  }
  EXPECT_GT(hits, 1000u);  // the comparison is not over empty answers
  // all lists in one pass give each list's own answer
  const salvo::TermIndex index(sets);
  std::vector<std::vector<salvo::TermHit>> out;
  for (const auto& t : texts) {
    index.find_all(t, out);
    ASSERT_EQ(out.size(), lists.size());
    for (std::size_t i = 0; i < lists.size(); ++i)
      ASSERT_EQ(show(*lists[i].second, t, out[i]), show(*lists[i].second, t, lists[i].second->find_all_regex(t)))
          << lists[i].first << "\ntext: " << t;
  }
}

// Random lists built from a small alphabet, so that terms share prefixes and
// texts are full of near misses.
TEST(WordTrie, RandomListsGiveTheRegexAnswers) {
  std::mt19937 rng(20261204);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> syll = {"a", "ab", "ba", "s", "es", "e", "k", "x", "an", "na"};
  const std::string seps = " -'._,";
  std::vector<std::shared_ptr<const salvo::TermSet>> pool;  // the last few lists, searched together
  for (int round = 0; round < 400; ++round) {
    std::vector<salvo::TermSpec> specs;
    const int n = 1 + pick(8);
    for (int i = 0; i < n; ++i) {
      std::string t;
      const int parts = 1 + pick(3);
      for (int p = 0; p < parts; ++p) {
        if (p > 0 && pick(3) == 0) t += seps[static_cast<std::size_t>(pick(4))];  // ' ', '-', '\'', '.'
        t += syll[static_cast<std::size_t>(pick(static_cast<int>(syll.size())))];
      }
      if (pick(6) == 0) for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      else if (pick(6) == 0) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
      if (pick(10) == 0) t += ".";
      if (pick(12) == 0) t += pick(2) ? "-" : " ";  // a separator at either end
      if (pick(12) == 0) t.insert(0, pick(2) ? "-" : " ");
      if (salvo::TermSet::key(t).empty()) continue;
      specs.push_back({t, "L" + std::to_string(i), {}, i + 1});
    }
    if (specs.empty()) continue;
    salvo::TermSetOptions o;
    o.plural = pick(2) == 0;
    o.possessive = pick(2) == 0;
    o.sentence_case = pick(3) == 0;
    auto built = salvo::TermSet::build("t", specs, o);
    ASSERT_TRUE(built.ok());
    const auto& ts = *built.value();
    ASSERT_TRUE(ts.uses_trie());
    pool.push_back(built.value());
    if (pool.size() > 5) pool.erase(pool.begin());
    const salvo::TermIndex index(pool);
    std::vector<std::vector<salvo::TermHit>> out;
    for (int k = 0; k < 30; ++k) {
      std::string text;
      const int words = 1 + pick(12);
      for (int w = 0; w < words; ++w) {
        if (pick(3) == 0) {
          text += specs[static_cast<std::size_t>(pick(static_cast<int>(specs.size())))].term;
        } else {
          text += syll[static_cast<std::size_t>(pick(static_cast<int>(syll.size())))];
        }
        if (pick(4) == 0) text += pick(2) ? "s" : "es";
        if (pick(5) == 0) text += pick(2) ? "'s" : "'";
        text += seps[static_cast<std::size_t>(pick(static_cast<int>(seps.size())))];
        if (pick(8) == 0) text += "\xc3\xa9";  // a non-ASCII letter: not a word byte for \b
      }
      for (char& c : text)
        if (pick(5) == 0) c = static_cast<char>(std::isupper(static_cast<unsigned char>(c)) ? std::tolower(c) : std::toupper(c));
      expect_same(ts, text, "round " + std::to_string(round));
      index.find_all(text, out);
      for (std::size_t i = 0; i < pool.size(); ++i)
        ASSERT_EQ(show(*pool[i], text, out[i]), show(*pool[i], text, pool[i]->find_all_regex(text)))
            << "index, round " << round << ", list " << i << "\ntext: " << text;
    }
  }
}

// Words of every script are whole words: a letter outside ASCII is a word
// character on either side of a term, and case folds in any script.
TEST(TermSet, WordsOfAnyScript) {
  auto ts = salvo::TermSet::build("t", {{"Харків", "city", {}, 1}, {"Kharkiv", "city", {}, 2}, {"вбив", "killed", {}, 3}});
  ASSERT_TRUE(ts.ok());
  EXPECT_TRUE(ts.value()->uses_trie());
  EXPECT_EQ(labels(*ts.value(), "Харків and Kharkiv; ВБИВ, Вбив. Вбивство, Харкові, Kharkivщина, ЩKharkiv."),
            (std::vector<std::string>{"city:Харків", "city:Kharkiv", "killed:ВБИВ", "killed:Вбив"}));
}

TEST(TermSet, AccentedLettersBelongToTheWord) {
  auto ts = salvo::TermSet::build("t", {{"caf", "x", {}, 1}, {"café", "y", {}, 2}, {"Mosul", "z", {}, 3}});
  ASSERT_TRUE(ts.ok());
  // no word boundary between "f" and "é", nor between "l" and "ü"
  EXPECT_EQ(labels(*ts.value(), "caf café CAFÉ Mosulü Mosul"),
            (std::vector<std::string>{"x:caf", "y:café", "y:CAFÉ", "z:Mosul"}));
}

TEST(TermSet, CapitalsAndSentenceCaseInAnyScript) {
  auto acr = salvo::TermSet::build("t", {{"ЗСУ", "Ukraine", {}, 1}});
  ASSERT_TRUE(acr.ok());
  EXPECT_EQ(labels(*acr.value(), "ЗСУ і зсу"), (std::vector<std::string>{"Ukraine:ЗСУ"}));
  auto cue = salvo::TermSet::build("t", {{"може", "modal", {}, 1}}, {.sentence_case = true});
  ASSERT_TRUE(cue.ok());
  EXPECT_EQ(labels(*cue.value(), "може. Може? МОЖЕ"), (std::vector<std::string>{"modal:може", "modal:Може"}));
}

// Random lists of Cyrillic and Latin syllables against a plain search that
// follows the definition: at each word boundary, left to right, the first
// term (longest first) whose letters match ignoring case and that ends at a
// word boundary; the next search starts where the match ended.
TEST(WordTrie, RandomListsOfAnyScriptGiveThePlainSearchsAnswers) {
  std::mt19937 rng(20261205);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> syll = {"да", "ад", "Ї", "ж", "ab", "é", "Да", "ДА", "і", "x"};
  const std::vector<std::string> seps = {" ", ",", ".", "«", "—", ""};
  auto cps = [](std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) out.push_back(salvo::to_lower(salvo::decode_utf8(s, i)));
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<salvo::TermSpec> specs;
    const int n = 1 + pick(6);
    for (int i = 0; i < n; ++i) {
      std::string t;
      for (int p = 0, parts = 1 + pick(3); p < parts; ++p) t += syll[static_cast<std::size_t>(pick(static_cast<int>(syll.size())))];
      // (no acronyms: a term in capitals only matches as written)
      bool small = false;
      for (std::size_t c = 0; c < t.size();) small = salvo::is_lower(salvo::decode_utf8(t, c)) || small;
      if (!small) t += "а";
      specs.push_back({t, "L" + std::to_string(i), {}, i + 1});
    }
    auto built = salvo::TermSet::build("t", specs);
    ASSERT_TRUE(built.ok());
    const auto& ts = *built.value();
    for (int k = 0; k < 20; ++k) {
      std::string text;
      for (int w = 0, words = 1 + pick(10); w < words; ++w) {
        text += pick(3) == 0 ? specs[static_cast<std::size_t>(pick(static_cast<int>(specs.size())))].term
                             : syll[static_cast<std::size_t>(pick(static_cast<int>(syll.size())))];
        text += seps[static_cast<std::size_t>(pick(static_cast<int>(seps.size())))];
      }
      std::string expected;
      std::size_t from = 0;
      for (std::size_t s = 0; s < text.size(); ++s) {
        if (s < from || (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80 || !salvo::is_word_boundary(text, s)) continue;
        for (const auto& spec : ts.specs()) {  // longest first, as built
          const auto want = cps(spec.term);
          std::size_t e = s;
          std::size_t m = 0;
          while (m < want.size() && e < text.size() && salvo::to_lower(salvo::decode_utf8(text, e)) == want[m]) ++m;
          if (m < want.size() || !salvo::is_word_boundary(text, e)) continue;
          expected += "[" + std::to_string(s) + "," + std::to_string(e) + ")" + spec.term + " ";
          from = e;
          break;
        }
      }
      ASSERT_EQ(show(ts, text, ts.find_all(text)), expected) << "round " << round << "\ntext: " << text;
    }
  }
}

TEST(WordTrie, ContainsAnyIsAnyWholeWordMatch) {
  auto ts = salvo::TermSet::build("t", {{"drone", "d", {}, 1}, {"UAV", "d", {}, 2}}, {.plural = true});
  ASSERT_TRUE(ts.ok());
  EXPECT_TRUE(ts.value()->contains_any("two Drones"));
  EXPECT_TRUE(ts.value()->contains_any("UAVs"));
  EXPECT_FALSE(ts.value()->contains_any("uavs and dronex"));
  EXPECT_FALSE(ts.value()->contains_any(""));
}

}  // namespace
