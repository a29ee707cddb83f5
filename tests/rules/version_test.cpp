// tests/rules/version_test.cpp — rules_version(): what changes the version
// of a rules directory, and what does not.
#include <gtest/gtest.h>

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rules/version.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;

class RulesVersion : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salvo_rules_version_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "places");
    write("triggers.rules", "[x]\nexample = a\n");
    write("places/places.lex", "[aliases]\nKrivbas @Kryvyi Rih\n");
    write_gz("places/places.tsv.gz", "H\tsalvo-gazetteer\t1\t0\t0\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& rel, const std::string& text) { std::ofstream(dir_ / rel, std::ios::binary) << text; }
  void write_gz(const std::string& rel, const std::string& text) {
    gzFile gz = gzopen((dir_ / rel).string().c_str(), "wb");
    ASSERT_NE(gz, nullptr);
    gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
    gzclose(gz);
  }
  fs::path dir_;
};

TEST_F(RulesVersion, TwelveHexDigitsAndStable) {
  const std::string v = rules_version(dir_);
  EXPECT_EQ(v.size(), 12u);
  EXPECT_EQ(v.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(rules_version(dir_), v);
}

TEST_F(RulesVersion, CoversTheFilesOfSubdirectories) {
  const std::string before = rules_version(dir_);
  write("places/places.lex", "[aliases]\nKrivbas @Kryvyi Rih @UA\n");
  EXPECT_NE(rules_version(dir_), before);
  write("places/namesakes.lex", "");  // a new file, even an empty one
  const std::string more = rules_version(dir_);
  EXPECT_NE(more, before);
  fs::rename(dir_ / "places" / "namesakes.lex", dir_ / "places" / "weights.lex");  // the path counts too
  EXPECT_NE(rules_version(dir_), more);
}

TEST_F(RulesVersion, GzipFilesCountByTheirContent) {
  const std::string before = rules_version(dir_);
  write_gz("places/places.tsv.gz", "H\tsalvo-gazetteer\t1\t1\t0\n");  // other text, same length
  const std::string changed = rules_version(dir_);
  EXPECT_NE(changed, before);
  write_gz("places/places.tsv.gz", "H\tsalvo-gazetteer\t1\t1\t0\n");  // the same text again
  EXPECT_EQ(rules_version(dir_), changed);
}

}  // namespace
}  // namespace salvo
