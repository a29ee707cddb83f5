// app/progress.cpp — progress line and run summary (see progress.h).
#include "app/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <utility>

namespace salvo::app {

namespace {

constexpr double kMB = 1e6;  // MB means 10^6 bytes everywhere in salvo's messages

std::string printf_str(const char* fmt, auto... args) {
  char buf[256];
  const int n = std::snprintf(buf, sizeof buf, fmt, args...);
  if (n <= 0) return {};
  return std::string(buf, static_cast<std::size_t>(std::min<int>(n, static_cast<int>(sizeof buf) - 1)));
}

// 1234567 -> "1,234,567"
std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string duration(double seconds) {
  if (seconds < 0) seconds = 0;
  const auto s = static_cast<std::uint64_t>(seconds + 0.5);
  if (s >= 3600) return printf_str("%llu:%02llu:%02llu", static_cast<unsigned long long>(s / 3600),
                               static_cast<unsigned long long>(s / 60 % 60), static_cast<unsigned long long>(s % 60));
  return printf_str("%llu:%02llu", static_cast<unsigned long long>(s / 60), static_cast<unsigned long long>(s % 60));
}

}  // namespace

Progress::Progress(std::ostream& out, ProgressOptions opts, Clock clock)
    : out_(out), opts_(std::move(opts)), clock_(std::move(clock)), start_(clock_()), last_draw_(start_) {}

Progress::~Progress() {
  if (!finished_) clear();
}

double Progress::elapsed() const { return std::chrono::duration<double>(clock_() - start_).count(); }

void Progress::clear() {
  if (!drawn_) return;
  out_ << "\r\x1b[K" << std::flush;  // carriage return, erase to end of line
  drawn_ = false;
}

void Progress::update(std::uint64_t articles, std::uint64_t bytes) {
  if (!opts_.live || finished_) return;
  const auto now = clock_();
  if (now - last_draw_ < opts_.interval) return;
  last_draw_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  out_ << '\r' << status_line(articles, bytes, secs, opts_.total_bytes) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void Progress::finish(const ProgressTotals& totals) {
  if (finished_) return;
  clear();
  finished_ = true;
  if (opts_.summary) out_ << summary_line(totals, elapsed()) << '\n' << std::flush;
}

std::string Progress::status_line(std::uint64_t articles, std::uint64_t bytes, double seconds,
                                  std::optional<std::uint64_t> total_bytes) {
  const double mb = static_cast<double>(bytes) / kMB;
  std::string line = grouped(articles) + " articles  " + printf_str("%.1f MB", mb);
  if (seconds > 0) line += printf_str("  %.1f MB/s", mb / seconds);
  if (total_bytes && *total_bytes > 0) {
    const double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(*total_bytes));
    line += printf_str("  %.0f%%", frac * 100.0);
    if (seconds > 0 && bytes > 0 && bytes < *total_bytes) {
      const double rate = static_cast<double>(bytes) / seconds;
      line += "  ETA " + duration(static_cast<double>(*total_bytes - bytes) / rate);
    }
  }
  return line;
}

std::string Progress::summary_line(const ProgressTotals& t, double seconds) {
  std::string line = grouped(t.articles) + (t.articles == 1 ? " article, " : " articles, ") + grouped(t.events) +
                     (t.events == 1 ? " event, " : " events, ") + grouped(t.rejected) +
                     (t.rejected == 1 ? " rejected record" : " rejected records") + printf_str(" in %.2f s", seconds);
  if (seconds > 0) {
    line += printf_str(" (%.1f MB/s, %.0f articles/s)", static_cast<double>(t.bytes) / kMB / seconds,
                   static_cast<double>(t.articles) / seconds);
  }
  return line;
}

bool stderr_is_tty() { return ::isatty(STDERR_FILENO) == 1; }

std::optional<std::uint64_t> total_input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& in : inputs) {
    if (in == "-") return std::nullopt;
    const fs::path p(in);
    if (p.extension() == ".gz") return std::nullopt;
    const auto st = fs::status(p, ec);
    if (ec) return std::nullopt;
    if (fs::is_regular_file(st)) {
      total += fs::file_size(p, ec);
      if (ec) return std::nullopt;
    } else if (fs::is_directory(st)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const auto ext = it->path().extension();
        if (ext == ".gz") return std::nullopt;
        if (ext != ".txt") continue;
        total += it->file_size(ec);
      }
      if (ec) return std::nullopt;
    } else {
      return std::nullopt;  // fifo, device: no size
    }
  }
  return total;
}

}  // namespace salvo::app
