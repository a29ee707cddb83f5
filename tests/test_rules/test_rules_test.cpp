// tests/test_rules/test_rules_test.cpp — `salvo test-rules` end to end: the
// binary is run on the shipped rules (every example and counter must hold) and
// on a scratch copy of them with a failing example, a firing counter or a
// broken pattern added, checking exit status and the file:line it names.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

struct CmdResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

CmdResult run(const std::string& args) {
  const std::string cmd = std::string("'") + SALVO_BINARY + "' test-rules " + args + " 2>&1";
  CmdResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// N from the summary line "N passed, M failed"; -1 if there is none.
int passed_count(const std::string& out) {
  const auto at = out.rfind(" passed, ");
  if (at == std::string::npos) return -1;
  auto b = at;
  while (b > 0 && std::isdigit(static_cast<unsigned char>(out[b - 1]))) --b;
  return b == at ? -1 : std::stoi(out.substr(b, at - b));
}

int count_lines(const fs::path& p) {
  std::ifstream in(p);
  return static_cast<int>(std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n'));
}

// A scratch copy of rules/ (the large gazetteer is linked, not copied; en/ is copied).
class ScratchRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("salvo-test-rules-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path src = fs::path(SALVO_SOURCE_DIR) / "rules";
    for (const auto& e : fs::directory_iterator(src)) {
      if (e.path().filename() == "places")
        fs::create_directory_symlink(e.path(), dir_ / e.path().filename());
      else if (e.is_directory())
        fs::copy(e.path(), dir_ / e.path().filename());  // a language folder: appended to below
      else
        fs::copy(e.path(), dir_ / e.path().filename());  // the root's own files (assembly.lex)
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Appends a line to a rule file of en/; returns its line number.
  int append(const std::string& file, const std::string& text) {
    const fs::path p = dir_ / "en" / file;
    const int line = count_lines(p) + 1;
    std::ofstream(p, std::ios::app) << text << "\n";
    return line;
  }
  std::string rules_arg() const { return "--rules '" + dir_.string() + "'"; }

  fs::path dir_;
};

TEST(TestRules, ShippedRulesPass) {
  const CmdResult r = run("--rules '" + std::string(SALVO_SOURCE_DIR) + "/rules'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find(" passed, 0 failed"), std::string::npos) << r.output;
  EXPECT_GE(passed_count(r.output), 20) << "the shipped rules hold about 20 examples:\n" << r.output;
}

TEST(TestRules, VerboseShowsTheEventsOfEachExample) {
  const CmdResult r = run("-v --rules '" + std::string(SALVO_SOURCE_DIR) + "/rules'");
  EXPECT_EQ(r.status, 0) << r.output;
  // trig.missile's example: "Two missiles struck a residential building in Kharkiv on Monday."
  EXPECT_NE(r.output.find("rule trig.missile: example ok"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("-> shelling_artillery_missile/missile"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Kharkiv"), std::string::npos) << r.output;
  // "on Monday" against the fixed reference date 2024-01-15 (itself a Monday).
  EXPECT_NE(r.output.find("date=2024-01-15"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, ExampleThatGivesNoEventFailsWithItsLine) {
  // Lands in the last rule of the file.
  const int line = append("triggers.rules", "example = The weather in Lviv was mild on Monday.");
  const CmdResult r = run(rules_arg());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("triggers.rules:" + std::to_string(line) + ": rule "), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("example gave no event: \"The weather in Lviv was mild on Monday.\""), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find(" passed, 1 failed"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, TriggerExampleComparesTheValueItStates) {
  // Lands in the last rule of the file (trig.explosion, remote_explosive): right, then wrong.
  append("triggers.rules", "example = A bomb blast killed three soldiers near Mosul on Monday. => remote_explosive");
  const int line = append("triggers.rules", "example = A bomb blast killed three soldiers near Mosul on Monday. => grenade");
  const CmdResult r = run(rules_arg());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("triggers.rules:" + std::to_string(line) + ": triggers.rules [trig.explosion] (check = "
                          "event_type): example gives \"remote_explosive\", expected \"grenade\""),
            std::string::npos) << r.output;
  EXPECT_NE(r.output.find(" passed, 1 failed (word list examples)"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, WeaponExampleComparesTheWeapon) {
  const int line = append("weapons.lex", "example = A Kalibr struck a port in Odesa on Monday. => drone");
  const CmdResult r = run(rules_arg());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("weapons.lex:" + std::to_string(line) + ": weapons.lex [mortar] (check = weapon): example "
                          "gives \"missile\", expected \"drone\""),
            std::string::npos) << r.output;
}

TEST_F(ScratchRules, CounterThatFiresFailsAndShowsTheEvent) {
  const int line = append("exclusions.rules", "counter = Russian missiles struck Kharkiv on Monday, killing two people.");
  const CmdResult r = run(rules_arg());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("exclusions.rules:" + std::to_string(line) + ": rule excl."), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("counter gave 1 event(s)"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("-> shelling_artillery_missile/missile"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, RulesThatDoNotLoadExitTwoWithEveryProblem) {
  const int l1 = append("triggers.rules", "[trig.broken]\npattern = (unclosed");
  const int l2 = append("weapons.lex", "[no_such_weapon]\nLaser");
  const CmdResult r = run(rules_arg());
  EXPECT_EQ(r.status, 2) << r.output;
  EXPECT_NE(r.output.find("triggers.rules:" + std::to_string(l1 + 1) + ": pattern does not compile"),
            std::string::npos) << r.output;
  EXPECT_NE(r.output.find("weapons.lex:" + std::to_string(l2) + ": unknown section"), std::string::npos)
      << r.output;
  EXPECT_EQ(r.output.find(" passed, "), std::string::npos) << r.output;
}

TEST_F(ScratchRules, CasesFileComparesTheNumberOfEvents) {
  const fs::path cases = dir_ / "cases.jsonl";
  std::ofstream(cases)
      << R"({"id":"hit","date":"2024-03-02","text":"Russian drones struck an apartment block in Odesa overnight, killing five people.","events":[{}]})"
      << "\n\n"
      << R"({"id":"quiet","date":"2024-03-02","text":"Teachers went on strike in Lviv on Monday.","events":[]})"
      << "\n"
      << R"({"id":"wrong","text":"Russian shelling killed two civilians in Kherson on Tuesday.","events":[]})"
      << "\n";
  const CmdResult r = run(rules_arg() + " '" + cases.string() + "'");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("cases.jsonl:4: case wrong: expected 0 event(s), got 1"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("case hit"), std::string::npos) << "passing cases are quiet without -v:\n" << r.output;
  EXPECT_NE(r.output.find("2 passed, 1 failed"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, CasesFileComparesTheFieldsEachEventStates) {
  const fs::path cases = dir_ / "fields.jsonl";
  const std::string text = "Russian drones struck an apartment block in Odesa overnight, killing five people.";
  std::ofstream(cases)
      << R"({"id":"right","date":"2024-03-02","text":")" << text
      << R"(","events":[{"location":"odesa","country":"UA","killed":{"min":5,"max":5},"weapon":"drone"}]})" << "\n"
      << R"({"id":"place","date":"2024-03-02","text":")" << text << R"(","events":[{"location":"Kherson"}]})" << "\n"
      << R"({"id":"toll","date":"2024-03-02","text":")" << text << R"(","events":[{"killed":null}]})" << "\n";
  const CmdResult r = run(rules_arg() + " '" + cases.string() + "'");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("fields.jsonl:2: case place: no event with location \"Kherson\""), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("fields.jsonl:3: case toll: no event with killed null"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("1 passed, 2 failed"), std::string::npos) << r.output;
}

TEST_F(ScratchRules, MalformedCasesFileExitsTwo) {
  const fs::path cases = dir_ / "bad.jsonl";
  std::ofstream(cases) << R"({"id":"x","text":"no events key"})" << "\n";
  const CmdResult r = run(rules_arg() + " '" + cases.string() + "'");
  EXPECT_EQ(r.status, 2) << r.output;
  EXPECT_NE(r.output.find("bad.jsonl:1: not a case"), std::string::npos) << r.output;
  const CmdResult missing = run(rules_arg() + " '" + (dir_ / "absent.jsonl").string() + "'");
  EXPECT_EQ(missing.status, 2) << missing.output;
}

}  // namespace
