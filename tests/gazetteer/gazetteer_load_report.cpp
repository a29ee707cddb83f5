// tests/gazetteer/gazetteer_load_report.cpp — timed load report (not a unit test).
//
// Loads rules/places the way the CLI does and prints the wall time of the load,
// the resident memory before and after, the peak, and the time per resolve() /
// is_place_name() call over a small fixed query set. Usage:
//   gazetteer_load_report [rules/places dir]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <sys/resource.h>

#include "resolve/gazetteer.h"

namespace {
long rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}
long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}
}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dir =
      argc > 1 ? std::filesystem::path(argv[1]) : std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "places";
  const long rss0 = rss_kb();
  const auto t0 = std::chrono::steady_clock::now();
  auto g = salvo::Gazetteer::load(dir);
  const auto t1 = std::chrono::steady_clock::now();
  if (!g.ok()) {
    std::fprintf(stderr, "load failed: %s\n", g.status().message().c_str());
    for (const auto& d : g.status().diagnostics()) std::fprintf(stderr, "  %s\n", d.str().c_str());
    return 1;
  }
  const long rss1 = rss_kb();
  std::printf("places: %zu\n", g.value()->size());
  std::printf("load time: %.3f s\n", std::chrono::duration<double>(t1 - t0).count());
  std::printf("RSS before: %ld MB, after: %ld MB, added: %ld MB, peak: %ld MB\n", rss0 / 1024, rss1 / 1024,
              (rss1 - rss0) / 1024, peak_kb() / 1024);

  const char* names[] = {"Kryvyi Rih", "Kharkov", "Avdiivka", "Donetsk oblast", "Moscow", "the Gaza Strip",
                         "Khan Younis", "Deir al-Balah", "Rostov-on-Don", "Nowhereville"};
  const int rounds = 2000;
  std::size_t found = 0;
  const auto t2 = std::chrono::steady_clock::now();
  for (int i = 0; i < rounds; ++i)
    for (const char* n : names) {
      salvo::PlaceQuery q;
      q.name = n;
      q.context_countries = {"UA"};
      found += g.value()->resolve(q).latitude.has_value();
    }
  const auto t3 = std::chrono::steady_clock::now();
  std::size_t places = 0;
  for (int i = 0; i < rounds; ++i)
    for (const char* n : names) places += g.value()->is_place_name(n);
  const auto t4 = std::chrono::steady_clock::now();
  const double n = rounds * static_cast<double>(std::size(names));
  std::printf("resolve: %.2f us/call (%zu with coordinates); is_place_name: %.2f us/call (%zu true)\n",
              std::chrono::duration<double, std::micro>(t3 - t2).count() / n, found,
              std::chrono::duration<double, std::micro>(t4 - t3).count() / n, places);
  return 0;
}
