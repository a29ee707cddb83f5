// `salvo report` and `salvo extract -f acled|ucdp` through the real binary (SALVO_BINARY):
// inputs, unusable lines, --strict, and what fails with which exit code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kEvents = std::string(SALVO_SOURCE_DIR) + "/samples/expected/kryvyi-rih-2023-07-31.events.jsonl";
const std::string kArticles = std::string(SALVO_SOURCE_DIR) + "/samples/kryvyi-rih-2023-07-31.jsonl";

class ReportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salvo-report-cli-" + std::to_string(::getpid()) + "-" +
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
  int salvo(const std::string& args) {
    const std::string cmd = std::string(SALVO_BINARY) + " " + args + " 2>" + (dir_ / "err.txt").string();
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }
  std::string err() { return read(dir_ / "err.txt"); }
  std::string path(const std::string& name) { return (dir_ / name).string(); }
  fs::path dir_;
};

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto i = hay.find(needle); i != std::string::npos; i = hay.find(needle, i + 1)) ++n;
  return n;
}

TEST_F(ReportCli, WritesOnePageWithEveryEvent) {
  ASSERT_EQ(salvo("report " + kEvents + " -o " + path("r.html")), 0) << err();
  const std::string html = read(path("r.html"));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(count(html, "[\"18bc659d462c45da\","), 1u);
  EXPECT_NE(html.find("\"events\":4"), std::string::npos);
  EXPECT_NE(html.find("id=\"timeline\""), std::string::npos);
}

TEST_F(ReportCli, StdinAndTwoFilesAreOnePage) {
  ASSERT_EQ(salvo("report - " + kEvents + " -o " + path("r.html") + " < " + kEvents), 0) << err();
  EXPECT_NE(read(path("r.html")).find("\"events\":8"), std::string::npos);
}

TEST_F(ReportCli, UnusableLinesAreReportedAndSkipped) {
  std::ofstream(path("in.jsonl")) << "not json\n{\"a\":1}\n\n" << read(kEvents);
  ASSERT_EQ(salvo("report " + path("in.jsonl") + " -o " + path("r.html")), 0) << err();
  EXPECT_NE(err().find("in.jsonl:1: not valid JSON"), std::string::npos) << err();
  EXPECT_NE(err().find("in.jsonl:2: no \"event_id\""), std::string::npos) << err();
  EXPECT_NE(read(path("r.html")).find("\"events\":4"), std::string::npos);
  EXPECT_EQ(salvo("report --strict " + path("in.jsonl") + " -o " + path("r.html")), 1);
}

TEST_F(ReportCli, AnUnreadableInputLeavesTheOthersReadAndExits2) {
  std::ofstream(path("in.jsonl")) << "not json\n" << read(kEvents);
  EXPECT_EQ(salvo("report " + path("missing.jsonl") + " - -o " + path("r.html") + " < " + path("in.jsonl")), 2);
  EXPECT_NE(err().find("cannot read " + path("missing.jsonl") + ": "), std::string::npos) << err();
  EXPECT_NE(err().find("<stdin>:1: not valid JSON"), std::string::npos) << err();
  EXPECT_NE(read(path("r.html")).find("\"events\":4"), std::string::npos);
  EXPECT_EQ(salvo("report " + path("") + " -o " + path("r.html")), 2);  // a directory opens, then fails to read
  EXPECT_NE(err().find("reading " + path("") + " failed"), std::string::npos) << err();
}

TEST_F(ReportCli, FailuresAndTheirExitCodes) {
  EXPECT_EQ(salvo("report " + kEvents + " -o /no/such/dir/r.html"), 2);
  EXPECT_NE(err().find("/no/such/dir/r.html"), std::string::npos);
  EXPECT_EQ(salvo("report " + path("missing.jsonl") + " -o " + path("r.html")), 2);
  EXPECT_NE(err().find("cannot read " + path("missing.jsonl") + ": "), std::string::npos) << err();
  EXPECT_EQ(salvo("report --data " + path("nodata") + " " + kEvents + " -o " + path("r.html")), 2);
  EXPECT_NE(err().find("report.js"), std::string::npos) << err();
}

TEST_F(ReportCli, AcledAndUcdpFormats) {
  ASSERT_EQ(salvo("extract -q -f acled " + kArticles + " -o " + path("a.tsv")), 0) << err();
  EXPECT_EQ(read(path("a.tsv")).rfind("event_id_cnty\tevent_date\tyear\t", 0), 0u);
  ASSERT_EQ(salvo("extract -q -f UCDP " + kArticles + " > " + path("u.csv")), 0) << err();
  EXPECT_EQ(read(path("u.csv")).rfind("id,year,type_of_violence,side_a,side_b,", 0), 0u);
  EXPECT_EQ(salvo("extract -q -f acled " + kArticles + " -o " + path("a.jsonl")), 2);
  EXPECT_NE(err().find("CSV, TSV or XLSX"), std::string::npos) << err();
}

TEST_F(ReportCli, BadLayoutTablesAreReportedWithTheirLine) {
  fs::create_directories(dir_ / "data" / "layouts");
  for (const char* f : {"countries.tsv", "targets.tsv"})
    fs::copy_file(fs::path(SALVO_SOURCE_DIR) / "data" / "layouts" / f, dir_ / "data" / "layouts" / f);
  std::ofstream(dir_ / "data" / "layouts" / "actors.tsv")
      << "actor\tsince\tacled_actor\tinter\thome\tucdp_actor\n(civilians)\t\tCivilians\t7\t\t\nRussia\t\tX\t11\tRU\t\n";
  EXPECT_EQ(salvo("extract -q -f acled --data " + path("data") + " " + kArticles), 2);
  EXPECT_NE(err().find("actors.tsv:3: inter '11'"), std::string::npos) << err();
}

}  // namespace
