// tests/emit/emit_stress.cpp — a timed run, not a test: writes N copies of the
// varied test events through one sink so time and peak memory (/usr/bin/time -v)
// can be measured. Numbers are reported in docs/OUTPUT.md.
//   emit_stress FORMAT PATH N
#include <chrono>
#include <cstdio>
#include <string>

#include "emit/sink.h"
#include "test_events.h"

int main(int argc, char** argv) {
  using namespace salvo;
  if (argc != 4) {
    std::fprintf(stderr, "usage: emit_stress jsonl|csv|tsv|xlsx PATH N\n");
    return 2;
  }
  auto fmt = parse_format(argv[1]);
  if (!fmt.ok()) {
    std::fprintf(stderr, "%s\n", fmt.status().message().c_str());
    return 2;
  }
  const long n = std::stol(argv[3]);
  SinkOptions o;
  o.format = fmt.value();
  o.path = argv[2];
  auto sink = open_sink(o);
  if (!sink.ok()) {
    std::fprintf(stderr, "%s\n", sink.status().message().c_str());
    return 1;
  }
  auto events = test::varied_events();
  events.pop_back();  // drop the 40 kB-evidence event: keep records news-sized
  events.erase(events.begin() + 7);
  RunSummary summary;
  const auto t0 = std::chrono::steady_clock::now();
  for (long i = 0; i < n; ++i) {
    Event e = events[static_cast<std::size_t>(i) % events.size()];
    e.event_id = "s" + std::to_string(i);
    if (auto st = sink.value()->write(e); !st.ok()) {
      std::fprintf(stderr, "%s\n", st.message().c_str());
      return 1;
    }
    ++summary.events;
    ++summary.by_type[std::string(to_string(e.event_type))];
  }
  if (auto st = sink.value()->finish(summary); !st.ok()) {
    std::fprintf(stderr, "%s\n", st.message().c_str());
    return 1;
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%s: %ld events in %.2f s (%.0f events/s)\n", argv[1], n, s, static_cast<double>(n) / s);
  return 0;
}
