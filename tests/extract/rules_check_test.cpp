// Broken rule files are refused with every problem named as file:line: message.
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
  for (const auto& e : fs::directory_iterator(std::string(SALVO_SOURCE_DIR) + "/rules"))
    if (e.is_regular_file()) fs::copy_file(e.path(), dir / e.path().filename());
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
  std::ifstream in(dir / "triggers.rules");
  int lines = 0;
  for (std::string l; std::getline(in, l);) ++lines;
  append(dir / "triggers.rules",
         "\n[trig.broken]\npattern = (unclosed\nevent_type = shelling_artillery_missile\nweapon = missile\n"
         "\n[trig.drone]\npattern = quadcopter\nevent_type = air_drone_strike\nweapon = drone\ncolour = red\n"
         "\n[trig.badtype]\npattern = catapult\nevent_type = siege\nweapon = trebuchet\n");
  append(dir / "actors.lex", "\n[Narnia]\nNarnian @royal\n");
  append(dir / "targets.lex", "\nkey = value\n");
  const auto p = problems(dir);
  const std::string f = (dir / "triggers.rules").string();
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

TEST(RulesCheck, MissingFileIsNamed) {
  const fs::path dir = copy_rules();
  fs::remove(dir / "weapons.lex");
  EXPECT_TRUE(has(problems(dir), "weapons.lex: cannot read file"));
  fs::remove_all(dir);
}

}  // namespace
