// Tests for `salvo dedupe` through the real binary (SALVO_BINARY).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "core/event.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class DedupeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salvo-dedupe-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  static std::vector<json> read_jsonl(const fs::path& p) {
    std::vector<json> v;
    std::ifstream in(p);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) v.push_back(json::parse(line));
    return v;
  }
  // Runs salvo with the arguments, stderr to err.txt; returns the exit code.
  int salvo(const std::string& args) {
    const std::string cmd = std::string(SALVO_BINARY) + " " + args + " 2>" + (dir_ / "err.txt").string();
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }
  std::string err() { return read(dir_ / "err.txt"); }

  fs::path dir_;
};

Event report(const std::string& doc, const std::string& day, double lat, std::optional<std::string> actor) {
  Event e;
  e.doc_id = doc;
  e.event_id = doc + "-1";
  e.event_type = EventType::shelling_artillery_missile;
  e.weapon = Weapon::artillery;
  e.actor = actor;
  if (actor) e.actor_text = *actor + " forces";
  Location l;
  l.name = "Horlivka";
  l.country = "UA";
  l.admin1 = "Donetsk";
  l.latitude = lat;
  l.longitude = 38.0588;
  l.precision = LocationPrecision::exact;
  e.location = l;
  e.date = {day, DatePrecision::day, ""};
  e.outcome = Outcome::hit;
  e.killed = Count{2, 2};
  Evidence span;
  span.start = 0;
  span.end = 20;
  span.text = "Shelling of Horlivka";
  e.evidence.push_back(span);
  e.rules = {"shelling"};
  e.confidence = 0.7;
  e.source_url = "https://example.org/" + doc;
  return e;
}

TEST_F(DedupeCli, MergesReportsAndReportsBadLines) {
  const fs::path in = dir_ / "events.jsonl";
  {
    std::ofstream f(in);
    f << to_json(report("a", "2015-07-29", 48.3056, "Ukraine")).dump() << "\n";
    f << to_json(report("b", "2015-07-29", 48.3060, std::nullopt)).dump() << "\n";
    f << "{not json\n";                                                            // line 3
    f << "\n";                                                                     // blank: skipped
    f << to_json(report("c", "2015-07-30", 48.3056, "Ukraine")).dump() << "\n";  // next day
    f << "[1,2]\n";                                                                // line 6
    f << R"({"id":"article-1","text":"an article, not an event"})" << "\n";       // line 7
  }
  const fs::path out = dir_ / "out.jsonl";
  ASSERT_EQ(salvo("dedupe " + in.string() + " -o " + out.string()), 0) << err();
  const auto recs = read_jsonl(out);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].at("source_count"), 2);
  EXPECT_EQ(recs[0].at("sources")[1].at("doc_id"), "b");
  EXPECT_EQ(recs[0].at("actor"), "Ukraine");
  EXPECT_EQ(recs[0].at("cluster_id"), "a-1");
  EXPECT_EQ(recs[0].at("evidence")[1].at("doc_id"), "b");
  EXPECT_EQ(recs[1].at("source_count"), 1);
  EXPECT_EQ(recs[1].at("event_id"), "c-1");
  const std::string e = err();
  EXPECT_NE(e.find(in.string() + ":3: not valid JSON"), std::string::npos) << e;
  EXPECT_NE(e.find(in.string() + ":6: not a JSON object"), std::string::npos) << e;
  EXPECT_NE(e.find(in.string() + ":7: no \"event_id\""), std::string::npos) << e;
  EXPECT_NE(e.find("3 bad lines"), std::string::npos) << e;
  // --strict turns bad lines into exit 1.
  EXPECT_EQ(salvo("dedupe --strict -q " + in.string() + " -o " + out.string()), 1);
}

TEST_F(DedupeCli, AnnotateKeepsEveryRecordInOrder) {
  const fs::path in1 = dir_ / "one.jsonl", in2 = dir_ / "two.jsonl";
  std::ofstream(in1) << to_json(report("a", "2015-07-29", 48.3056, std::nullopt)).dump() << "\n";
  std::ofstream(in2) << to_json(report("b", "2015-07-29", 48.3056, "Ukraine")).dump() << "\n"
                     << to_json(report("c", "2015-07-29", 48.3056, "Russia")).dump() << "\n";
  const fs::path out = dir_ / "out.jsonl";
  ASSERT_EQ(salvo("dedupe --annotate " + in1.string() + " " + in2.string() + " -o " + out.string()), 0) << err();
  const auto recs = read_jsonl(out);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].at("event_id"), "a-1");
  EXPECT_EQ(recs[1].at("event_id"), "b-1");
  EXPECT_EQ(recs[2].at("event_id"), "c-1");
  EXPECT_EQ(recs[0].at("cluster_id"), "a-1");
  EXPECT_EQ(recs[1].at("cluster_id"), "a-1");  // Ukraine joins the null-actor report
  EXPECT_EQ(recs[2].at("cluster_id"), "c-1");  // Russia conflicts with Ukraine
  EXPECT_FALSE(recs[1].contains("sources"));
}

TEST_F(DedupeCli, WindowOptionAndStdin) {
  const fs::path in = dir_ / "events.jsonl";
  {
    std::ofstream f(in);
    f << to_json(report("a", "2015-07-01", 48.3056, std::nullopt)).dump() << "\n";
    f << to_json(report("b", "2015-07-20", 48.3056, std::nullopt)).dump() << "\n";
    f << to_json(report("c", "2015-07-01", 48.3056, std::nullopt)).dump() << "\n";  // late
  }
  const fs::path out = dir_ / "out.jsonl";
  // Window 3: a has left when c arrives, so c stays alone (and is counted late).
  ASSERT_EQ(salvo("dedupe - < " + in.string() + " > " + out.string()), 0) << err();
  EXPECT_EQ(read_jsonl(out).size(), 3u);
  EXPECT_NE(err().find("1 late events"), std::string::npos) << err();
  // Window 30: a and c are one strike.
  ASSERT_EQ(salvo("dedupe --window 30 " + in.string() + " -o " + out.string()), 0) << err();
  const auto recs = read_jsonl(out);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].at("source_count"), 2);
  EXPECT_EQ(salvo("dedupe --window=-1 " + in.string()), 2);
  EXPECT_EQ(salvo("dedupe --window abc " + in.string()), 2);
  EXPECT_EQ(salvo("dedupe " + (dir_ / "missing.jsonl").string()), 2);
}

TEST_F(DedupeCli, AnUnreadableInputLeavesTheOthersReadAndExits2) {
  const fs::path in = dir_ / "events.jsonl";
  {
    std::ofstream f(in);
    f << "{not json\n";
    f << to_json(report("a", "2015-07-01", 48.3056, std::nullopt)).dump() << "\n";
  }
  const fs::path missing = dir_ / "missing.jsonl";
  const fs::path out = dir_ / "out.jsonl";
  EXPECT_EQ(salvo("dedupe " + missing.string() + " - -o " + out.string() + " < " + in.string()), 2);
  EXPECT_NE(err().find("cannot read " + missing.string() + ": "), std::string::npos) << err();
  EXPECT_NE(err().find("<stdin>:1: not valid JSON"), std::string::npos) << err();
  EXPECT_EQ(read_jsonl(out).size(), 1u);
  EXPECT_EQ(salvo("dedupe " + dir_.string()), 2);  // a directory opens, then fails to read
  EXPECT_NE(err().find("reading " + dir_.string() + " failed"), std::string::npos) << err();
}

}  // namespace
}  // namespace salvo
