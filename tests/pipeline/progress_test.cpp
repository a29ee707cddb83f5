// Tests for app/progress.h with an injected clock and stream: redraw rate,
// clearing, the summary line, ETA, and the input-size total.
#include "app/progress.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace salvo::app {
namespace {

using namespace std::chrono_literals;
using TimePoint = std::chrono::steady_clock::time_point;

struct FakeClock {
  TimePoint now{};
  Progress::Clock fn() {
    return [this] { return now; };
  }
};

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(Progress, RedrawsAtMostFourTimesASecond) {
  FakeClock clock;
  std::ostringstream out;
  Progress p(out, {.live = true, .summary = true, .total_bytes = std::nullopt}, clock.fn());
  for (int i = 1; i <= 200; ++i) {  // one update every 10 ms for 2 s
    clock.now += 10ms;
    p.update(static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(i) * 1000);
  }
  const std::string s = out.str();
  EXPECT_EQ(count(s, "\r"), 8u) << s;  // 2 s / 250 ms
  EXPECT_EQ(s.find('\n'), std::string::npos) << "a live line must not scroll";
}

TEST(Progress, FinishClearsTheLineThenPrintsTheSummary) {
  FakeClock clock;
  std::ostringstream out;
  Progress p(out, {.live = true, .summary = true, .total_bytes = std::nullopt}, clock.fn());
  clock.now += 1s;
  p.update(10, 2'000'000);
  clock.now += 1s;
  p.finish({.articles = 20, .events = 7, .rejected = 1, .bytes = 4'000'000});
  const std::string s = out.str();
  const std::string summary = "20 articles, 7 events, 1 rejected record in 2.00 s (2.0 MB/s, 10 articles/s)\n";
  ASSERT_GE(s.size(), summary.size());
  EXPECT_EQ(s.substr(s.size() - summary.size()), summary);
  EXPECT_NE(s.find("\r\x1b[K" + summary), std::string::npos) << "the live line was not cleared: " << s;
}

TEST(Progress, NotLiveMeansOnlyTheSummary) {
  FakeClock clock;
  std::ostringstream out;
  Progress p(out, {.live = false, .summary = true, .total_bytes = std::nullopt}, clock.fn());
  for (int i = 0; i < 100; ++i) {
    clock.now += 100ms;
    p.update(static_cast<std::uint64_t>(i), 0);
  }
  p.finish({.articles = 1, .events = 1, .rejected = 0, .bytes = 0});
  EXPECT_EQ(out.str(), "1 article, 1 event, 0 rejected records in 10.00 s (0.0 MB/s, 0 articles/s)\n");
}

TEST(Progress, QuietPrintsNothing) {
  FakeClock clock;
  std::ostringstream out;
  {
    Progress p(out, {.live = false, .summary = false, .total_bytes = std::nullopt}, clock.fn());
    clock.now += 1s;
    p.update(5, 5);
    p.finish({.articles = 5});
  }
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, DestructorClearsAnUnfinishedLine) {
  FakeClock clock;
  std::ostringstream out;
  {
    Progress p(out, {.live = true, .summary = true, .total_bytes = std::nullopt}, clock.fn());
    clock.now += 300ms;
    p.update(1, 1);
  }
  const std::string s = out.str();
  ASSERT_GE(s.size(), 4u);
  EXPECT_EQ(s.substr(s.size() - 4), "\r\x1b[K");
}

TEST(Progress, ClearLineErasesOnlyADrawnLine) {
  FakeClock clock;
  std::ostringstream out;
  Progress p(out, {.live = true, .summary = false, .total_bytes = std::nullopt}, clock.fn());
  p.clear_line();
  EXPECT_EQ(out.str(), "") << "nothing drawn yet, nothing to erase";
  clock.now += 300ms;
  p.update(3, 3000);
  const std::size_t drawn = out.str().size();
  p.clear_line();
  EXPECT_EQ(out.str().substr(drawn), "\r\x1b[K");
  p.clear_line();
  EXPECT_EQ(out.str().size(), drawn + 4) << "erased twice";
}

TEST(Progress, StatusLineShowsRateAndEta) {
  // 25 MB of 100 MB in 10 s: 2.5 MB/s, 75 MB left -> 30 s.
  EXPECT_EQ(Progress::status_line(12345, 25'000'000, 10.0, 100'000'000),
            "12,345 articles  25.0 MB  2.5 MB/s  25%  ETA 0:30");
  EXPECT_EQ(Progress::status_line(7, 3'000'000, 2.0, std::nullopt), "7 articles  3.0 MB  1.5 MB/s");
  // Two hours left.
  EXPECT_EQ(Progress::status_line(1, 1'000'000, 1.0, 7'201'000'000), "1 articles  1.0 MB  1.0 MB/s  0%  ETA 2:00:00");
  // Nothing read yet: no rate, no ETA.
  EXPECT_EQ(Progress::status_line(0, 0, 0.0, 100), "0 articles  0.0 MB  0%");
}

TEST(Progress, SummaryLineGroupsThousands) {
  EXPECT_EQ(Progress::summary_line({.articles = 1'234'567, .events = 89'012, .rejected = 3, .bytes = 500'000'000}, 10),
            "1,234,567 articles, 89,012 events, 3 rejected records in 10.00 s (50.0 MB/s, 123457 articles/s)");
}

TEST(TotalInputBytes, SumsFilesAndTxtInFolders) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("salvo_progress_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "folder" / "sub");
  auto write = [](const fs::path& p, std::size_t n) { std::ofstream(p) << std::string(n, 'x'); };
  write(dir / "a.jsonl", 100);
  write(dir / "folder" / "one.txt", 10);
  write(dir / "folder" / "sub" / "two.txt", 20);
  write(dir / "folder" / "notes.md", 1000);  // not an input the reader takes
  write(dir / "b.jsonl.gz", 50);

  EXPECT_EQ(total_input_bytes({(dir / "a.jsonl").string()}), 100u);
  EXPECT_EQ(total_input_bytes({(dir / "a.jsonl").string(), (dir / "folder").string()}), 130u);
  EXPECT_EQ(total_input_bytes({(dir / "a.jsonl").string(), "-"}), std::nullopt);
  EXPECT_EQ(total_input_bytes({(dir / "b.jsonl.gz").string()}), std::nullopt);
  EXPECT_EQ(total_input_bytes({(dir / "missing.jsonl").string()}), std::nullopt);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salvo::app
