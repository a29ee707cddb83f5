// Broken rule files are refused with every problem named as file:line: message.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace fs = std::filesystem;

namespace {

fs::path copy_rules() {
  const fs::path dir = fs::temp_directory_path() / ("salvo-rules-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                    "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  // the language folder (no gazetteer: these tests load without one)
  fs::copy(std::string(SALVO_SOURCE_DIR) + "/rules/en", dir / "en");
  fs::copy(std::string(SALVO_SOURCE_DIR) + "/rules/assembly.lex", dir / "assembly.lex");  // the root's, no words
  return dir;
}

void append(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::app);
  out << text;
}

std::vector<std::string> problems(const fs::path& dir) {
  auto ex = salvo::Extractor::load({.rules_dir = dir, .load_gazetteer = false});
  std::vector<std::string> out;
  if (!ex.ok())
    for (const auto& d : ex.status().diagnostics()) out.push_back(d.str());
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& needle) {
  for (const auto& s : v)
    if (s.find(needle) != std::string::npos) return true;
  return false;
}

TEST(RulesCheck, ShippedRulesLoad) { EXPECT_TRUE(problems(std::string(SALVO_SOURCE_DIR) + "/rules").empty()); }

TEST(RulesCheck, ReportsEveryProblemWithFileAndLine) {
  const fs::path dir = copy_rules();
  const fs::path en = dir / "en";
  std::ifstream in(en / "triggers.rules");
  int lines = 0;
  for (std::string l; std::getline(in, l);) ++lines;
  append(en / "triggers.rules",
         "\n[trig.broken]\npattern = (unclosed\nevent_type = shelling_artillery_missile\nweapon = missile\n"
         "\n[trig.drone]\npattern = quadcopter\nevent_type = air_drone_strike\nweapon = drone\ncolour = red\n"
         "\n[trig.badtype]\npattern = catapult\nevent_type = siege\nweapon = trebuchet\n");
  append(en / "actors.lex", "\n[Narnia]\nNarnian @royal\n");
  append(en / "targets.lex", "\nkey = value\n");
  const auto p = problems(dir);
  const std::string f = (en / "triggers.rules").string();
  EXPECT_TRUE(has(p, f + ":" + std::to_string(lines + 3) + ": pattern does not compile")) << ::testing::PrintToString(p);
  EXPECT_TRUE(has(p, f + ":" + std::to_string(lines + 7) + ": duplicate rule id 'trig.drone'")) << ::testing::PrintToString(p);
  EXPECT_TRUE(has(p, "unknown key 'colour'"));
  EXPECT_TRUE(has(p, "unknown event_type 'siege'"));
  EXPECT_TRUE(has(p, "unknown weapon 'trebuchet'"));
  EXPECT_TRUE(has(p, "actors.lex:"));
  EXPECT_TRUE(has(p, "unknown tag '@royal'"));
  EXPECT_TRUE(has(p, "targets.lex:"));
  EXPECT_GE(p.size(), 7u);
  fs::remove_all(dir);
}

// targets.lex's sections are the target types of core/kinds.h (all but none's empty name).
TEST(RulesCheck, ATargetTypeOutsideTheListIsReportedAtItsLine) {
  const fs::path dir = copy_rules();
  const fs::path targets = dir / "en" / "targets.lex";
  std::ifstream in(targets);
  int lines = 0;
  for (std::string l; std::getline(in, l);) ++lines;
  append(targets, "\n[school]\nkindergarten\n");
  const auto p = problems(dir);
  EXPECT_TRUE(has(p, targets.string() + ":" + std::to_string(lines + 2) + ": unknown section [school]"))
      << ::testing::PrintToString(p);
  fs::remove_all(dir);
}

TEST(RulesCheck, ARulesRootWithoutALanguageFolderIsNamed) {
  const fs::path dir = copy_rules();
  fs::remove(dir / "en" / "triggers.rules");  // en/ is no language folder without it
  EXPECT_TRUE(has(problems(dir), dir.string() + ": no language folder")) << ::testing::PrintToString(problems(dir));
  fs::remove_all(dir);
}

TEST(RulesCheck, TheFlatLayoutIsRefusedWithWhatToDo) {
  const fs::path dir = copy_rules();
  for (const auto& e : fs::directory_iterator(dir / "en")) fs::rename(e.path(), dir / e.path().filename());
  const auto p = problems(dir);
  EXPECT_TRUE(has(p, "triggers.rules: rule files belong in a language folder")) << ::testing::PrintToString(p);
  fs::remove_all(dir);
}

TEST(RulesCheck, AnOptionalFileMayBeMissing) {
  const fs::path dir = copy_rules();
  fs::remove(dir / "en" / "weapons.lex");
  EXPECT_TRUE(problems(dir).empty()) << ::testing::PrintToString(problems(dir));
  fs::remove_all(dir);
}

// A second language folder is merged with the first: its rules are active
// too, and a rule id may not be used twice across languages.
TEST(RulesCheck, LanguageFoldersAreMerged) {
  const fs::path dir = copy_rules();
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "xx" / "triggers.rules")
      << "[trig.catapult]\npattern = catapults?\nevent_type = shelling_artillery_missile\nweapon = artillery\n";
  {
    auto ex = salvo::Extractor::load({.rules_dir = dir, .load_gazetteer = false});
    ASSERT_TRUE(ex.ok()) << ex.status().message();
    salvo::Document doc;
    doc.id = "x";
    doc.text = "Russian catapults struck Kharkiv on Monday, killing two people.";
    doc.published = salvo::Date{2024, 1, 15};
    const auto events = ex.value()->extract(doc);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_NE(std::find(events[0].rules.begin(), events[0].rules.end(), "trig.catapult"), events[0].rules.end());
  }
  append(dir / "xx" / "triggers.rules",
         "\n[trig.missile]\npattern = slings?\nevent_type = shelling_artillery_missile\nweapon = artillery\n");
  EXPECT_TRUE(has(problems(dir), "duplicate rule id 'trig.missile'")) << ::testing::PrintToString(problems(dir));
  fs::remove_all(dir);
}

}  // namespace
