// The sinks as a caller sees them: formats, files, stdout, and every way a
// write can fail (unwritable path, directory, full disk, closed pipe).
#include "emit/sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "emit/xlsx_sink.h"
#include "temp_dir.h"
#include "test_events.h"

namespace salvo {
namespace {

using test::TempDir;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

SinkOptions opts(OutputFormat f, std::string path, bool bom = false) {
  SinkOptions o;
  o.format = f;
  o.path = std::move(path);
  o.bom = bom;
  return o;
}

// Writes all events then finishes; returns the first error.
Status write_all(EventSink& sink, const std::vector<Event>& events) {
  for (const auto& e : events)
    if (auto st = sink.write(e); !st.ok()) return st;
  return sink.finish(RunSummary{});
}

constexpr OutputFormat kAll[] = {OutputFormat::jsonl, OutputFormat::csv, OutputFormat::tsv, OutputFormat::xlsx};

std::string ext(OutputFormat f) {
  switch (f) {
    case OutputFormat::jsonl: return "jsonl";
    case OutputFormat::csv: return "csv";
    case OutputFormat::tsv: return "tsv";
    case OutputFormat::xlsx: return "xlsx";
  }
  return "?";
}

TEST(ParseFormat, KnownNames) {
  EXPECT_EQ(parse_format("jsonl").value(), OutputFormat::jsonl);
  EXPECT_EQ(parse_format("json").value(), OutputFormat::jsonl);
  EXPECT_EQ(parse_format("ndjson").value(), OutputFormat::jsonl);
  EXPECT_EQ(parse_format("csv").value(), OutputFormat::csv);
  EXPECT_EQ(parse_format("CSV").value(), OutputFormat::csv);
  EXPECT_EQ(parse_format("tsv").value(), OutputFormat::tsv);
  EXPECT_EQ(parse_format("xlsx").value(), OutputFormat::xlsx);
  const auto bad = parse_format("xls");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("'xls'"), std::string::npos);
}

TEST(JsonlSink, WritesExactlyToJsonDumpPerLine) {
  TempDir dir;
  const auto path = dir.file("e.jsonl");
  const auto events = test::varied_events();
  auto sink = open_sink(opts(OutputFormat::jsonl, path));
  ASSERT_TRUE(sink.ok()) << sink.status().message();
  ASSERT_TRUE(write_all(*sink.value(), events).ok());
  std::string want;
  for (const auto& e : events) want += to_json(e).dump() + "\n";
  EXPECT_EQ(slurp(path), want);
}

TEST(JsonlSink, InvalidUtf8IsReplacedNotFatal) {
  TempDir dir;
  Event e = test::varied_events().front();
  e.title = "bad \xC3( byte";
  auto sink = open_sink(opts(OutputFormat::jsonl, dir.file("e.jsonl")));
  ASSERT_TRUE(sink.ok());
  ASSERT_TRUE(write_all(*sink.value(), {e}).ok());
  const auto line = slurp(dir.file("e.jsonl"));
  EXPECT_NE(line.find("bad \xEF\xBF\xBD( byte"), std::string::npos) << line;
  EXPECT_TRUE(nlohmann::json::accept(line));
}

TEST(CsvSink, BomOnlyWhenAsked) {
  TempDir dir;
  for (bool bom : {false, true}) {
    for (OutputFormat f : {OutputFormat::csv, OutputFormat::tsv}) {
      const auto path = dir.file("e" + std::to_string(bom) + "." + ext(f));
      auto sink = open_sink(opts(f, path, bom));
      ASSERT_TRUE(sink.ok());
      ASSERT_TRUE(write_all(*sink.value(), {}).ok());
      const auto text = slurp(path);
      EXPECT_EQ(text.rfind("\xEF\xBB\xBF" "event_id", 0) == 0, bom) << path;
      EXPECT_EQ(text.rfind("event_id", 0) == 0, !bom) << path;
      EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << "header only";
    }
  }
}

TEST(Sinks, NoEventsGivesEmptyJsonlAndHeaderOnlyCsv) {
  TempDir dir;
  for (OutputFormat f : {OutputFormat::jsonl, OutputFormat::csv}) {
    auto sink = open_sink(opts(f, dir.file("none." + ext(f))));
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE(sink.value()->finish(RunSummary{}).ok());
  }
  EXPECT_EQ(slurp(dir.file("none.jsonl")), "");
  EXPECT_EQ(slurp(dir.file("none.csv")).rfind("event_id,doc_id,", 0), 0u);
}

TEST(Sinks, UnwritablePathIsAnErrorAtOpen) {
  for (OutputFormat f : kAll) {
    const std::string path = "/proc/salvo-no-such-dir/out." + ext(f);
    auto sink = open_sink(opts(f, path));
    ASSERT_FALSE(sink.ok()) << ext(f);
    EXPECT_NE(sink.status().message().find(path), std::string::npos) << sink.status().message();
    EXPECT_NE(sink.status().message().find("No such file or directory"), std::string::npos)
        << sink.status().message();
  }
}

TEST(Sinks, DirectoryIsAnErrorAtOpen) {
  TempDir dir;
  for (OutputFormat f : kAll) {
    auto sink = open_sink(opts(f, dir.path().string()));
    ASSERT_FALSE(sink.ok()) << ext(f);
    EXPECT_NE(sink.status().message().find("Is a directory"), std::string::npos) << sink.status().message();
  }
}

TEST(Sinks, XlsxRefusesStdout) {
  for (const char* p : {"", "-"}) {
    auto sink = open_sink(opts(OutputFormat::xlsx, p));
    ASSERT_FALSE(sink.ok());
    EXPECT_NE(sink.status().message().find("standard output"), std::string::npos) << sink.status().message();
  }
}

// /dev/full accepts open() and fails every write with ENOSPC.
TEST(Sinks, FullDiskIsReportedWithFileAndReason) {
  const auto events = test::varied_events();
  for (OutputFormat f : kAll) {
    auto sink = open_sink(opts(f, "/dev/full"));
    ASSERT_TRUE(sink.ok()) << ext(f) << ": " << sink.status().message();
    const Status st = write_all(*sink.value(), events);
    ASSERT_FALSE(st.ok()) << ext(f);
    EXPECT_NE(st.message().find("/dev/full"), std::string::npos) << st.message();
    EXPECT_NE(st.message().find("No space left on device"), std::string::npos) << st.message();
  }
}

TEST(Sinks, FullDiskFailsDuringALongRunNotOnlyAtTheEnd) {
  // Records are buffered, but not the whole run: a long run hits the error while writing.
  const Event e = test::varied_events().front();
  for (OutputFormat f : {OutputFormat::jsonl, OutputFormat::csv, OutputFormat::tsv}) {
    auto sink = open_sink(opts(f, "/dev/full"));
    ASSERT_TRUE(sink.ok());
    Status st;
    int n = 0;
    for (; n < 10000 && st.ok(); ++n) st = sink.value()->write(e);
    ASSERT_FALSE(st.ok()) << ext(f);
    EXPECT_LT(n, 10000);
    // The error sticks.
    EXPECT_EQ(sink.value()->write(e).message(), st.message());
    EXPECT_EQ(sink.value()->finish(RunSummary{}).message(), st.message());
  }
}

class IgnoreSigpipe {
 public:
  IgnoreSigpipe() { old_ = std::signal(SIGPIPE, SIG_IGN); }
  ~IgnoreSigpipe() { std::signal(SIGPIPE, old_); }

 private:
  void (*old_)(int);
};

TEST(Sinks, ClosedPipeIsBrokenPipe) {
  IgnoreSigpipe ignore;
  const auto events = test::varied_events();
  for (OutputFormat f : {OutputFormat::jsonl, OutputFormat::csv, OutputFormat::tsv}) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ::close(fds[0]);  // the reader went away
    auto sink = open_sink(opts(f, "/dev/fd/" + std::to_string(fds[1])));
    ASSERT_TRUE(sink.ok()) << sink.status().message();
    const Status st = write_all(*sink.value(), events);
    ::close(fds[1]);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.message(), kBrokenPipe) << ext(f);
  }
}

TEST(Sinks, ClosedPipeOnStdoutIsBrokenPipe) {
  IgnoreSigpipe ignore;
  std::cout.flush();
  std::fflush(stdout);
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ::close(fds[0]);
  const int saved = ::dup(1);
  ASSERT_GE(saved, 0);
  ASSERT_EQ(::dup2(fds[1], 1), 1);
  ::close(fds[1]);
  Status st;
  {
    auto sink = open_sink(opts(OutputFormat::jsonl, "-"));
    st = sink.ok() ? write_all(*sink.value(), test::varied_events()) : sink.status();
  }
  ::dup2(saved, 1);
  ::close(saved);
  EXPECT_EQ(st.message(), kBrokenPipe);
}

TEST(Sinks, StdoutReceivesTheRecords) {
  std::cout.flush();
  std::fflush(stdout);
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const int saved = ::dup(1);
  ASSERT_EQ(::dup2(fds[1], 1), 1);
  ::close(fds[1]);
  Status st;
  const Event e = test::varied_events().front();
  {
    auto sink = open_sink(opts(OutputFormat::jsonl, ""));
    st = sink.ok() ? write_all(*sink.value(), {e}) : sink.status();
  }
  ::dup2(saved, 1);
  ::close(saved);
  ASSERT_TRUE(st.ok()) << st.message();
  std::string got(65536, '\0');
  const auto n = ::read(fds[0], got.data(), got.size());
  ::close(fds[0]);
  ASSERT_GT(n, 0);
  got.resize(static_cast<std::size_t>(n));
  EXPECT_EQ(got, to_json(e).dump() + "\n");
}

TEST(XlsxSink, SameInputAndCreationTimeGiveTheSameBytes) {
  TempDir dir;
  const auto events = test::varied_events();
  RunSummary summary;
  summary.events = events.size();
  for (const char* name : {"a.xlsx", "b.xlsx"}) {
    SinkOptions o = opts(OutputFormat::xlsx, dir.file(name));
    o.xlsx_created = 1690761600;  // 2023-07-31
    auto sink = open_sink(o);
    ASSERT_TRUE(sink.ok());
    for (const auto& e : events) ASSERT_TRUE(sink.value()->write(e).ok());
    ASSERT_TRUE(sink.value()->finish(summary).ok());
  }
  const auto a = slurp(dir.file("a.xlsx"));
  EXPECT_GT(a.size(), 1000u);
  EXPECT_EQ(a, slurp(dir.file("b.xlsx")));
}

TEST(XlsxSink, AbandonedSinkWritesNoWorkbook) {
  TempDir dir;
  const auto path = dir.file("abandoned.xlsx");
  {
    auto sink = open_sink(opts(OutputFormat::xlsx, path));
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE(sink.value()->write(test::varied_events().front()).ok());
  }  // destroyed without finish (the run failed)
  EXPECT_EQ(slurp(path).size(), 0u);
}

}  // namespace
}  // namespace salvo
