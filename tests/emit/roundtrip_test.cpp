// Round trip: the same varied Events written as JSONL, CSV, TSV and XLSX must
// say the same thing. compare_outputs.py (Python's csv module and openpyxl, not
// our code) reads every cell back and compares it with the JSONL; then
// validate_schema.py checks the JSONL against schemas/event.schema.json.
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "emit/sink.h"
#include "temp_dir.h"
#include "test_events.h"

namespace salvo {
namespace {

using test::TempDir;

const std::string kPython = "/usr/bin/python3";
const std::string kSource = SALVO_SOURCE_DIR;

std::string q(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int run(const std::string& cmd) {
  const int rc = std::system(cmd.c_str());
  return rc == -1 ? -1 : WEXITSTATUS(rc);
}

RunSummary summary_of(const std::vector<Event>& events) {
  RunSummary s;
  s.inputs = {"varied.jsonl", "-"};
  s.articles = events.size();
  s.rejected = 1;
  s.events = events.size();
  for (const auto& e : events) {
    ++s.by_type[std::string(to_string(e.event_type))];
    ++s.by_country[e.location ? e.location->country : ""];
  }
  s.rules_version = "test-rules";
  s.salvo_version = "0.0.0-test";
  s.seconds = 0.25;
  return s;
}

void write(const std::vector<Event>& events, OutputFormat f, const std::string& path, bool bom = false) {
  SinkOptions o;
  o.format = f;
  o.path = path;
  o.bom = bom;
  auto sink = open_sink(o);
  ASSERT_TRUE(sink.ok()) << sink.status().message();
  for (const auto& e : events) ASSERT_TRUE(sink.value()->write(e).ok());
  const Status st = sink.value()->finish(summary_of(events));
  ASSERT_TRUE(st.ok()) << st.message();
}

struct Files {
  std::string jsonl, csv, csv_bom, tsv, xlsx;
};

Files write_all_formats(const TempDir& dir, const std::vector<Event>& events) {
  Files f{dir.file("e.jsonl"), dir.file("e.csv"), dir.file("e-bom.csv"), dir.file("e.tsv"), dir.file("e.xlsx")};
  write(events, OutputFormat::jsonl, f.jsonl);
  write(events, OutputFormat::csv, f.csv);
  write(events, OutputFormat::csv, f.csv_bom, true);
  write(events, OutputFormat::tsv, f.tsv);
  write(events, OutputFormat::xlsx, f.xlsx);
  return f;
}

std::string compare_cmd(const Files& f, std::size_t min_records) {
  return kPython + " " + q(kSource + "/tests/emit/compare_outputs.py") + " --jsonl " + q(f.jsonl) + " --csv " +
         q(f.csv) + " --csv-bom " + q(f.csv_bom) + " --tsv " + q(f.tsv) + " --xlsx " + q(f.xlsx) +
         " --summary-events --min-records " + std::to_string(min_records);
}

std::string schema_cmd(const std::string& jsonl) {
  return kPython + " " + q(kSource + "/tests/emit/validate_schema.py") + " " +
         q(kSource + "/schemas/event.schema.json") + " " + q(jsonl);
}

TEST(RoundTrip, VariedEventsAgreeInEveryFormat) {
  TempDir dir;
  const auto events = test::varied_events();
  const Files f = write_all_formats(dir, events);
  EXPECT_EQ(run(compare_cmd(f, events.size())), 0);
}

TEST(RoundTrip, VariedEventsMatchTheSchema) {
  TempDir dir;
  const std::string path = dir.file("e.jsonl");
  write(test::varied_events(), OutputFormat::jsonl, path);
  EXPECT_EQ(run(schema_cmd(path)), 0);
}

TEST(RoundTrip, NoEventsAgreeToo) {
  TempDir dir;
  const Files f = write_all_formats(dir, {});
  EXPECT_EQ(run(compare_cmd(f, 0)), 0);
}

// The comparison is only worth something if it can fail.
TEST(RoundTrip, ComparisonCatchesAChangedCell) {
  TempDir dir;
  auto events = test::varied_events();
  const Files f = write_all_formats(dir, events);
  events[1].target.text = "=cmd|' /C calc'!A1";  // one character differs
  write(events, OutputFormat::csv, f.csv);
  EXPECT_EQ(run(compare_cmd(f, events.size()) + " 2>/dev/null"), 1);
  write(events, OutputFormat::csv, f.csv_bom, false);  // and a missing BOM
  write(test::varied_events(), OutputFormat::csv, f.csv);
  EXPECT_EQ(run(compare_cmd(f, events.size()) + " 2>/dev/null"), 1);
}

TEST(RoundTrip, ComparisonCatchesAChangedXlsxCell) {
  TempDir dir;
  auto events = test::varied_events();
  const Files f = write_all_formats(dir, events);
  events[3].location->longitude = 73.5;  // sign lost
  write(events, OutputFormat::xlsx, f.xlsx);
  EXPECT_EQ(run(compare_cmd(f, events.size()) + " 2>/dev/null"), 1);
}

TEST(RoundTrip, SchemaRejectsABrokenRecord) {
  TempDir dir;
  auto events = test::varied_events();
  events[0].confidence = 1.5;  // above the maximum (a weapon outside the list can no longer be written)
  events[1].killed = Count{5, 2};
  const std::string path = dir.file("bad.jsonl");
  write(events, OutputFormat::jsonl, path);
  EXPECT_EQ(run(schema_cmd(path) + " 2>/dev/null"), 1);
}

}  // namespace
}  // namespace salvo
