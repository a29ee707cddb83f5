// `salvo extract` end to end on hostile input: every kind of bad record is
// named (file:line: reason) on stderr and in --rejects, nothing is lost (good +
// rejected + blank == lines), good strike reports still produce events, and
// inputs built to blow up the extractor finish. Runs the real binary.
#include <cctype>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace salvo {
namespace {

using namespace std::string_literals;
using salvo::testing::gzip;
using salvo::testing::run_salvo;
using salvo::testing::RunResult;
using salvo::testing::ScratchDir;
using salvo::testing::shell_quote;
using salvo::testing::write_file;

const std::string kStrike =
    "Russian missiles struck a residential building in Kharkiv on Monday, killing two people.";

// The numbers in the final summary line:
// "N articles, E events, R rejected records in S s (...)" (singular forms for 1).
struct Summary {
  long articles = -1, events = -1, rejected = -1;
};

Summary parse_summary(const std::string& err) {
  Summary s;
  const auto at = err.rfind(" rejected record");
  if (at == std::string::npos) return s;
  auto line_start = err.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string line = err.substr(line_start, at - line_start);
  std::string digits;
  for (char ch : line)
    if (ch != ',' || digits.empty() || !std::isdigit(static_cast<unsigned char>(digits.back()))) digits += ch;
  // "2 articles 1 event 1" after dropping thousands separators and list commas
  std::istringstream in(digits);
  std::string w1, w2;
  in >> s.articles >> w1 >> s.events >> w2 >> s.rejected;
  if (w1.rfind("article", 0) != 0 || w2.rfind("event", 0) != 0 || in.fail()) return Summary{};
  return s;
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));  // throws (fails the test) if not JSON
  }
  return out;
}

std::set<std::string> event_doc_ids(const std::string& out) {
  std::set<std::string> ids;
  for (const auto& j : json_lines(out)) ids.insert(j.at("doc_id").get<std::string>());
  return ids;
}

std::string article(const std::string& id, const std::string& text, const std::string& extra = "") {
  nlohmann::json j = {{"id", id}, {"text", text}};
  std::string s = j.dump();
  if (!extra.empty()) s.insert(s.size() - 1, ", " + extra);
  return s;
}

// One line of the mixed input and what must become of it.
struct Row {
  std::string bytes;     // without terminator
  std::string expect;    // "good" | "blank" | a reject reason prefix
  std::string id;        // good rows: the doc id expected
  bool strike = false;   // good rows whose text reports a strike: an event is expected
  std::string eol = "\n";
};

std::string binary_garbage() {
  std::string g;
  for (int i = 0; i < 300; ++i) {
    auto c = static_cast<unsigned char>((i * 131 + 7) % 256);
    if (c == '\n' || c == 0) c = 0x01;
    g += static_cast<char>(c);
  }
  return g;
}

Row good(std::string bytes, std::string id, bool strike = false, std::string eol = "\n") {
  return Row{std::move(bytes), "good", std::move(id), strike, std::move(eol)};
}
Row bad(std::string bytes, std::string reason) { return Row{std::move(bytes), std::move(reason), "", false, "\n"}; }
Row blank(std::string bytes) { return Row{std::move(bytes), "blank", "", false, "\n"}; }

class MixedInput : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string filler_sentence = "The city council met to discuss the budget for schools and roads. ";
    std::string filler;
    filler.reserve(21'000'000);
    while (filler.size() < 20'000'000) filler += filler_sentence;

    const std::string dated = "\"date\": \"2024-05-06\"";
    rows_ = {
        good("\xEF\xBB\xBF" + article("bom-1", kStrike, dated), "bom-1", true),
        bad("this is not json", "not JSON"),
        bad("[1, 2, 3]", "not a JSON object (array)"),
        bad(R"({"id": "no-text", "title": "Headline only"})", "missing field 'text'"),
        bad(R"({"id": "num-text", "text": 42})", "field 'text' is not a string (number)"),
        // Bytes that are not UTF-8 inside a JSON string: repaired, not rejected.
        good("{\"id\": \"utf8-1\", \"text\": \"" + kStrike + " caf\xC3 \xFF\xFE\", " + dated + "}", "utf8-1", true),
        bad("{\"id\": \"raw-nul\", \"text\": \"a\0b\"}"s, "binary data: NUL byte"),
        good(R"({"id": "esc-nul", "text": "Russian missiles struck a residential building in Kharkiv on Monday,\u0000 killing two people.", "date": "2024-05-06"})",
             "esc-nul", true),
        bad(article("bad-date", kStrike, "\"date\": \"2023-02-30\""), "impossible date '2023-02-30'"),
        bad(article("word-date", kStrike, "\"date\": \"last Tuesday\""), "date is not ISO 8601"),
        bad(R"({"id": "empty", "text": "  \n "})", "empty text"),
        blank(""),
        good(article("big-20mb", kStrike + " " + filler, dated), "big-20mb", true),
        bad("{\"id\": \"too-big\", \"text\": \"" + std::string(25'000'000, 'x') + "\"}", "record too large"),
        bad(binary_garbage(), "binary data"),
        good(article("crlf-1", kStrike, dated), "crlf-1", true, "\r\n"),
        bad(std::string(100000, '['), "nested deeper than 64 levels"),
        blank("   "),
        good(R"({"id": 981, "text": "Shelling was reported overnight."})", "981"),
        good(R"({"text": "Talks resumed in Geneva."})", ""),  // id filled in below: file:line
        bad(R"({"id": {"nested": true}, "text": "x"})", "field 'id' is not a string or number"),
        bad(R"({"id": "date-num", "text": "x", "date": 20240506})", "field 'date' is not a string"),
        bad("\"a bare string\"", "not a JSON object (string)"),
        good(article("last-1", kStrike, "\"date\": \"2024-05-06T09:30:00Z\""), "last-1", true, ""),
    };
    path_ = dir_ / "mixed.jsonl";
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (rows_[i].expect == "good" && rows_[i].id.empty()) rows_[i].id = path_ + ":" + std::to_string(i + 1);
    }
    std::string content;
    for (const auto& r : rows_) content += r.bytes + r.eol;
    write_file(path_, content);
  }

  ScratchDir dir_;
  std::string path_;
  std::vector<Row> rows_;
};

TEST_F(MixedInput, NothingLostNothingCrashes) {
  const std::string rejects = dir_ / "rejects.jsonl";
  const RunResult r = run_salvo(dir_, "extract --max-record-bytes 24000000 --rejects " + shell_quote(rejects) + " " +
                                          shell_quote(path_));
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // Every bad line is named on stderr and in the rejects file, with its reason.
  std::map<std::size_t, nlohmann::json> logged;
  for (auto& j : json_lines(salvo::testing::read_file(rejects))) {
    EXPECT_EQ(j.at("file"), path_);
    logged[j.at("line").get<std::size_t>()] = j;
  }
  long good = 0, bad = 0, blank = 0;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const Row& row = rows_[i];
    const std::size_t line = i + 1;
    SCOPED_TRACE("line " + std::to_string(line) + ": expect " + row.expect);
    if (row.expect == "good") {
      ++good;
      EXPECT_EQ(logged.count(line), 0u);
    } else if (row.expect == "blank") {
      ++blank;
      EXPECT_EQ(logged.count(line), 0u);
    } else {
      ++bad;
      EXPECT_NE(r.err.find(path_ + ":" + std::to_string(line) + ": " + row.expect), std::string::npos) << r.err;
      ASSERT_EQ(logged.count(line), 1u);
      const std::string reason = logged[line].at("reason");
      EXPECT_EQ(reason.rfind(row.expect, 0), 0u) << reason;
      const std::string raw = logged[line].at("raw");
      if (row.expect == "record too large") {
        EXPECT_EQ(raw, row.bytes.substr(0, 1024));
      } else if (row.expect != "binary data") {
        EXPECT_EQ(raw, row.bytes);  // the other bad rows are valid UTF-8, kept byte for byte
      }
    }
  }
  EXPECT_EQ(logged.size(), static_cast<std::size_t>(bad));

  // The counts add up: nothing is silently dropped.
  const Summary s = parse_summary(r.err);
  EXPECT_EQ(s.articles, good) << r.err;
  EXPECT_EQ(s.rejected, bad) << r.err;
  EXPECT_EQ(good + bad + blank, static_cast<long>(rows_.size()));

  // Good records are really processed: each strike report yields an event for its doc.
  const auto ids = event_doc_ids(r.out);
  for (const Row& row : rows_) {
    if (row.strike) {
      EXPECT_EQ(ids.count(row.id), 1u) << "no event for doc " << row.id;
    }
  }
  EXPECT_EQ(s.events, static_cast<long>(json_lines(r.out).size()));
}

TEST_F(MixedInput, StrictExitsOneOnRejects) {
  const RunResult r = run_salvo(dir_, "extract --strict --max-record-bytes 24000000 " + shell_quote(path_));
  EXPECT_EQ(r.exit_code, 1) << r.err;
}

TEST(ExtractCli, StdinPlainAndGzipped) {
  ScratchDir dir;
  const std::string text = article("s1", kStrike, "\"date\": \"2024-05-06\"") + "\n" +
                           article("s2", "Nothing happened.") + "\nnot json\n";
  write_file(dir / "in.jsonl", text);
  write_file(dir / "in.jsonl.gz", gzip(text));
  for (const std::string name : {"in.jsonl", "in.jsonl.gz"}) {
    SCOPED_TRACE(name);
    const RunResult r = run_salvo(dir, "extract -", dir / name);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const Summary s = parse_summary(r.err);
    EXPECT_EQ(s.articles, 2) << r.err;
    EXPECT_EQ(s.rejected, 1) << r.err;
    EXPECT_NE(r.err.find("<stdin>:3: not JSON"), std::string::npos) << r.err;
    EXPECT_EQ(event_doc_ids(r.out).count("s1"), 1u) << r.out;
  }
  // No FILE at all means stdin too.
  const RunResult r = run_salvo(dir, "extract", dir / "in.jsonl.gz");
  EXPECT_EQ(parse_summary(r.err).articles, 2) << r.err;
}

// --explain: every trigger that gave no event, with its sentence and the rule that decided so;
// the events themselves are those of a plain run.
TEST(ExtractCli, ExplainNamesTheRuleThatDroppedEachTrigger) {
  ScratchDir dir;
  const std::string text =
      article("e1", "Russia may strike Kyiv with missiles next week. Russian missiles struck a school in Kharkiv "
                    "on Monday, killing two people.",
              "\"date\": \"2024-05-08\"") +
      "\n";
  write_file(dir / "in.jsonl", text);
  const RunResult plain = run_salvo(dir, "extract -q " + shell_quote(dir / "in.jsonl"));
  const RunResult r =
      run_salvo(dir, "extract -q --explain " + shell_quote(dir / "why.jsonl") + " " + shell_quote(dir / "in.jsonl"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out) << "explaining changes no event";
  std::ifstream in(dir / "why.jsonl");
  std::string line;
  std::vector<nlohmann::json> why;
  while (std::getline(in, line)) why.push_back(nlohmann::json::parse(line));
  ASSERT_FALSE(why.empty());
  EXPECT_EQ(why[0]["doc_id"], "e1");
  EXPECT_EQ(why[0]["rule"], "cue.modal");
  EXPECT_EQ(why[0]["stage"], "sentence");
  EXPECT_EQ(why[0]["phrase"], "strike");
  EXPECT_EQ(why[0]["sentence"]["text"], "Russia may strike Kyiv with missiles next week.");
  for (const auto& j : why) EXPECT_EQ(j["sentence"]["text"].get<std::string>().find("Kharkiv"), std::string::npos);
}

TEST(ExtractCli, FolderOfTextFilesUsesDate) {
  ScratchDir dir;
  write_file(dir / "corpus/a.txt", kStrike + "\n");
  write_file(dir / "corpus/sub/b.txt.gz", gzip("Nothing to report.\n"));
  write_file(dir / "corpus/c.txt", "   \n");
  const RunResult r = run_salvo(dir, "extract --date 2024-05-06 " + shell_quote(dir / "corpus"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const Summary s = parse_summary(r.err);
  EXPECT_EQ(s.articles, 2) << r.err;
  EXPECT_EQ(s.rejected, 1) << r.err;
  EXPECT_NE(r.err.find(dir / "corpus/c.txt" + ": empty text"), std::string::npos) << r.err;
  EXPECT_EQ(event_doc_ids(r.out).count(dir / "corpus/a.txt"), 1u) << r.out;
}

TEST(ExtractCli, TooLargeRecordWithSmallLimit) {
  ScratchDir dir;
  const std::string large = article("large", std::string(5000, 'y'));
  write_file(dir / "in.jsonl", article("small", "short text") + "\n" + large + "\n");
  const RunResult r = run_salvo(dir, "extract --max-record-bytes 1000 " + shell_quote(dir / "in.jsonl"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir / "in.jsonl" + ":2: record too large: " + std::to_string(large.size()) + " bytes (limit 1000"), std::string::npos) << r.err;
  EXPECT_EQ(parse_summary(r.err).articles, 1) << r.err;
}

TEST(ExtractCli, ExitCodes) {
  ScratchDir dir;
  write_file(dir / "ok.jsonl", article("a", "Quiet day.") + "\n");
  // Unreadable input and bad options: 2.
  EXPECT_EQ(run_salvo(dir, "extract " + shell_quote(dir / "missing.jsonl")).exit_code, 2);
  EXPECT_EQ(run_salvo(dir, "extract --date 2023-02-30 " + shell_quote(dir / "ok.jsonl")).exit_code, 2);
  EXPECT_EQ(run_salvo(dir, "extract --no-such-option").exit_code, 2);
  EXPECT_EQ(run_salvo(dir, "extract --rejects /nonexistent-dir/r.jsonl " + shell_quote(dir / "ok.jsonl")).exit_code, 2);
  // A missing input fails before anything is written, even after a good one.
  const RunResult both = run_salvo(dir, "extract " + shell_quote(dir / "ok.jsonl") + " " + shell_quote(dir / "nope"));
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("nope"), std::string::npos) << both.err;
  // Clean run, and --strict without rejects: 0.
  EXPECT_EQ(run_salvo(dir, "extract --strict " + shell_quote(dir / "ok.jsonl")).exit_code, 0);
}

TEST(ExtractCli, OutputFailureExitsOne) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  ScratchDir dir;
  write_file(dir / "in.jsonl", article("a", kStrike, "\"date\": \"2024-05-06\"") + "\n");
  // CSV writes a header even without events, so the write to a full disk must fail.
  const RunResult r = run_salvo(dir, "extract --format csv -o /dev/full " + shell_quote(dir / "in.jsonl"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("error"), std::string::npos) << r.err;
}

TEST(ExtractCli, BrokenPipeIsQuiet) {
  ScratchDir dir;
  std::string text;
  for (int i = 0; i < 3000; ++i) text += article("p" + std::to_string(i), kStrike, "\"date\": \"2024-05-06\"") + "\n";
  write_file(dir / "in.jsonl", text);
  const std::string cmd = "bash -c " + shell_quote(shell_quote(SALVO_BINARY) + " extract " + shell_quote(dir / "in.jsonl") +
                                                   " 2>" + shell_quote(dir / "err") +
                                                   " | head -c 100 >/dev/null; exit ${PIPESTATUS[0]}");
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);  // not 141 (killed by SIGPIPE), not 1
  const std::string err = salvo::testing::read_file(dir / "err");
  EXPECT_EQ(err.find("error"), std::string::npos) << err;
}

// Text built to make a matcher or sentence splitter go quadratic or overflow: it must finish.
TEST(ExtractCli, HostileTextFinishes) {
  ScratchDir dir;
  std::string no_period;
  while (no_period.size() < 1'000'000) no_period += "missile drone strike Kharkiv killed injured ";
  std::string digits(3'000'000, '7');
  std::string many_numbers;
  while (many_numbers.size() < 1'000'000) many_numbers += "killed 1234567890123 people, ";
  std::string one_word(2'000'000, 'a');
  std::string newlines(1'000'000, '\n');
  newlines += "x";
  std::string dots(1'000'000, '.');
  std::string content;
  for (const auto* t : {&no_period, &digits, &many_numbers, &one_word, &newlines, &dots})
    content += article("h" + std::to_string(content.size()), *t, "\"date\": \"2024-05-06\"") + "\n";
  write_file(dir / "hostile.jsonl", content);
  const RunResult r = run_salvo(dir, "extract " + shell_quote(dir / "hostile.jsonl"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(parse_summary(r.err).articles, 6) << r.err;
  EXPECT_NO_THROW(json_lines(r.out));
}

}  // namespace
}  // namespace salvo
