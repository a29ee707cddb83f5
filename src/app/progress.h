// app/progress.h — what a long `salvo extract` run tells the person watching.
//
// Owns: the live progress line (articles, MB read, MB/s, ETA when the total
// input size is known) redrawn in place at most every `interval` when stderr
// is a terminal and cleared at the end, and the one-line run summary
// (articles, events, rejected records, seconds, MB/s) printed unless -q.
// The stream and the clock are injected, so tests drive it without a TTY or
// sleeping.
//
//   salvo::app::Progress progress(std::cerr, {.live = salvo::app::stderr_is_tty(),
//                                             .summary = !quiet,
//                                             .total_bytes = salvo::app::total_input_bytes(inputs)});
//   ... per document: progress.update(read.records, read.bytes);
//   progress.finish({.articles = ..., .events = ..., .rejected = ..., .bytes = ...});
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace salvo::app {

struct ProgressOptions {
  bool live = false;     // redraw a progress line (only when the stream is a terminal)
  bool summary = true;   // print the summary line at finish() (false under -q)
  std::optional<std::uint64_t> total_bytes;  // input size, for percent and ETA
  std::chrono::milliseconds interval{250};   // at most 4 redraws per second
};

struct ProgressTotals {
  std::uint64_t articles = 0;
  std::uint64_t events = 0;
  std::uint64_t rejected = 0;
  std::uint64_t bytes = 0;  // input bytes read (uncompressed)
};

class Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // The run's clock starts here: construct it right before reading starts.
  Progress(std::ostream& out, ProgressOptions opts, Clock clock = &std::chrono::steady_clock::now);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();  // clears a live line left on screen (e.g. on an early return)

  // Cheap to call for every document: redraws only when `interval` has passed.
  void update(std::uint64_t articles, std::uint64_t bytes);
  // Clears the live line and prints the summary (unless opts.summary is false).
  void finish(const ProgressTotals& totals);
  // Erases the live line, if one is shown, so a log message can be printed on
  // a clean line; the next update() past the interval draws it again.
  void clear_line() { clear(); }

  // The texts, exposed for tests and for callers that log instead.
  static std::string status_line(std::uint64_t articles, std::uint64_t bytes, double seconds,
                                 std::optional<std::uint64_t> total_bytes);
  static std::string summary_line(const ProgressTotals& totals, double seconds);

 private:
  double elapsed() const;
  void clear();

  std::ostream& out_;
  ProgressOptions opts_;
  Clock clock_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;     // a live line is on screen
  bool finished_ = false;
};

// True when stderr is a terminal (progress is drawn only then).
bool stderr_is_tty();

// Total size of the inputs when every one is a regular uncompressed file or a
// folder (its .txt files); nullopt when any is stdin, a pipe, a .gz (its size
// is not the bytes read) or missing.
std::optional<std::uint64_t> total_input_bytes(const std::vector<std::string>& inputs);

}  // namespace salvo::app
