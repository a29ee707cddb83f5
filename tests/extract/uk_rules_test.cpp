// A language is a folder of rules: tests/extract/uk_rules/uk/ holds a handful
// of Ukrainian trigger, exclusion, casualty, number, date, place-alias and
// abbreviation rules, and no C++ knows Ukrainian. The folder is read with the
// shipped gazetteer (rules/places) and checked sentence by sentence; every
// rule and word in it is needed by some check below, so the test fails when
// any of them is removed (and when one of the folder's example/counter lines
// stops holding).
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/rulebook.h"
#include "text/sentences.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = SALVO_SOURCE_DIR;
const fs::path kUkRoot = kSource / "tests" / "extract" / "uk_rules";

const Extractor& ukrainian() {
  static auto ex = Extractor::load({.rules_dir = kUkRoot, .places_dir = kSource / "rules" / "places"});
  if (!ex.ok()) {
    for (const auto& d : ex.status().diagnostics()) ADD_FAILURE() << d.str();
    std::abort();
  }
  return *ex.value();
}

std::vector<Event> extract(const Extractor& ex, const std::string& text, Date published) {
  Document doc;
  doc.id = "uk";
  doc.text = text;
  doc.published = published;
  return ex.extract(doc);
}

bool has_rule(const Event& e, const std::string& id) {
  return std::find(e.rules.begin(), e.rules.end(), id) != e.rules.end();
}

std::string describe(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events) {
    out += "\n  " + std::string(salvo::to_string(e.event_type)) + "/" + std::string(salvo::to_string(e.weapon)) + " place=" + (e.location ? e.location->name : "-") +
           " date=" + e.date.value + " killed=" + count_to_string(e.killed) + " injured=" + count_to_string(e.injured) +
           " rules=";
    for (const auto& r : e.rules) out += r + ",";
  }
  return out;
}

// Published on Wednesday 2024-03-06: "в понеділок" is Monday 2024-03-04.
constexpr Date kWednesday{2024, 3, 6};

TEST(UkrainianRules, ADroneStrikeOnKharkivOnMonday) {
  const auto events = extract(ukrainian(), "Удар дрона по Харкову в понеділок вбив двох людей.", kWednesday);
  ASSERT_EQ(events.size(), 1u) << describe(events);
  const Event& e = events[0];
  EXPECT_EQ(e.event_type, EventType::air_drone_strike);
  EXPECT_EQ(e.weapon, Weapon::drone);
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Kharkiv");
  EXPECT_EQ(e.location->country, "UA");
  EXPECT_EQ(e.location->surface, "Харкову");
  EXPECT_TRUE(e.location->latitude.has_value());
  EXPECT_EQ(e.killed, (Count{2, 2}));
  EXPECT_EQ(e.date.value, "2024-03-04");
  EXPECT_EQ(e.date.precision, DatePrecision::day);
  for (const char* id : {"trig.uk.drone", "date.weekday", "cas.killed.after", "place.named"})
    EXPECT_TRUE(has_rule(e, id)) << id << describe(events);
}

// The other sentences of the folder's rules, each with what it must give.
TEST(UkrainianRules, EveryRuleDoesItsPart) {
  {  // trig.uk.strike (weak: casualties and a place make it an event), поранив, п'ятьох, вчора, Харкову
    const auto ev = extract(ukrainian(), "Удар по Харкову вчора поранив п'ятьох людей.", kWednesday);
    ASSERT_EQ(ev.size(), 1u) << describe(ev);
    EXPECT_TRUE(has_rule(ev[0], "trig.uk.strike")) << describe(ev);
    EXPECT_EQ(ev[0].injured, (Count{5, 5}));
    EXPECT_EQ(ev[0].date.value, "2024-03-05");
    ASSERT_TRUE(ev[0].location.has_value());
    EXPECT_EQ(ev[0].location->name, "Kharkiv");
  }
  {  // trig.uk.missile, вбила, березня, Харкові
    const auto ev = extract(ukrainian(), "Ракета вбила двох людей у Харкові 3 березня.", kWednesday);
    ASSERT_EQ(ev.size(), 1u) << describe(ev);
    EXPECT_EQ(ev[0].weapon, Weapon::missile);
    EXPECT_TRUE(has_rule(ev[0], "trig.uk.missile")) << describe(ev);
    EXPECT_EQ(ev[0].killed, (Count{2, 2}));
    EXPECT_EQ(ev[0].date.value, "2024-03-03");
    ASSERT_TRUE(ev[0].location.has_value());
    EXPECT_EQ(ev[0].location->name, "Kharkiv");
  }
  // excl.uk.heatstroke: "тепловий удар" (heatstroke) is no strike
  EXPECT_TRUE(extract(ukrainian(), "Тепловий удар вчора поранив п'ятьох людей у Харкові.", kWednesday).empty());
}

// The folder's own example/counter lines (what `salvo test-rules --rules
// tests/extract/uk_rules --places rules/places` runs): all of them hold, and
// every rule has its lines.
TEST(UkrainianRules, ExamplesAndCountersHold) {
  std::set<std::string> with_example, with_counter;
  for (const auto& x : ukrainian().rule_examples()) {
    const auto events = extract(ukrainian(), x.text, Date{2024, 1, 15});
    if (x.must_fire) {
      EXPECT_FALSE(events.empty()) << x.file << ":" << x.line << ": " << x.text;
      with_example.insert(x.rule_id);
    } else {
      EXPECT_TRUE(events.empty()) << x.file << ":" << x.line << ": " << x.text << describe(events);
      with_counter.insert(x.rule_id);
    }
  }
  EXPECT_EQ(with_example, (std::set<std::string>{"trig.uk.drone", "trig.uk.missile", "trig.uk.strike"}));
  EXPECT_EQ(with_counter,
            (std::set<std::string>{"excl.uk.heatstroke", "trig.uk.drone", "trig.uk.missile", "trig.uk.strike"}));
}

// abbreviations.lex: "м." (місто, city) ends no sentence.
TEST(UkrainianRules, AbbreviationsAreTheLanguagesOwn) {
  auto rb = load_rulebook(kUkRoot);
  ASSERT_TRUE(rb.ok()) << rb.status().message();
  EXPECT_EQ(split_sentences("Дрон атакував м. Харків. Загинули люди.", rb.value()->abbreviations).size(), 2u);
  EXPECT_EQ(split_sentences("Дрон атакував м. Харків. Загинули люди.", Abbreviations()).size(), 3u);
}

// English and Ukrainian together: a rules root with both language folders
// gives each language's events.
TEST(UkrainianRules, ActiveTogetherWithEnglish) {
  const fs::path root = fs::temp_directory_path() / ("salvo-en-uk-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::create_directory_symlink(kSource / "rules" / "en", root / "en");
  fs::create_directory_symlink(kUkRoot / "uk", root / "uk");
  fs::create_directory_symlink(kSource / "rules" / "places", root / "places");
  fs::create_symlink(kSource / "rules" / "assembly.lex", root / "assembly.lex");
  auto ex = Extractor::load({.rules_dir = root});
  ASSERT_TRUE(ex.ok()) << ex.status().message();
  const auto uk = extract(*ex.value(), "Удар дрона по Харкову в понеділок вбив двох людей.", kWednesday);
  ASSERT_EQ(uk.size(), 1u) << describe(uk);
  EXPECT_EQ(uk[0].date.value, "2024-03-04");
  EXPECT_EQ(uk[0].killed, (Count{2, 2}));
  const auto en = extract(*ex.value(), "Russian missiles struck Kharkiv on Monday, killing two people.", kWednesday);
  ASSERT_EQ(en.size(), 1u) << describe(en);
  EXPECT_EQ(en[0].actor.value_or(""), "Russia");
  EXPECT_EQ(en[0].date.value, "2024-03-04");
  fs::remove_all(root);
}

}  // namespace
}  // namespace salvo
