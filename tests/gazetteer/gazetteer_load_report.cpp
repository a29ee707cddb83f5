// tests/gazetteer/gazetteer_load_report.cpp — timed load report (not a unit test).
//
// Loads rules/places the way the CLI does and prints the wall time of the load,
// the resident memory before and after, the peak, and the time per resolve() /
// is_place_name() call over a small fixed query set. Usage:
//   gazetteer_load_report [rules/places dir] [--index places.idx] [--check places.tsv]
// --check reads lines "name<TAB>region<TAB>lat<TAB>lon" (for instance from
// `tools/build_gazetteer.py --ucdp-check`) and reports how many resolve within
// 10 and 25 km of the given point, with and without the region as a hint.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>
#include <fstream>
#include <string>

#include <sys/resource.h>
#include <time.h>

#include "core/geo.h"
#include "resolve/gazetteer.h"

namespace {
long rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}
double cpu_s() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
double thread_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}
void check(const salvo::Gazetteer& g, const std::string& path) {
  std::ifstream in(path);
  std::string line;
  int n = 0, hint10 = 0, hint25 = 0, bare10 = 0, bare25 = 0, unresolved = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 4) continue;
    const double lat = std::stod(f[2]), lon = std::stod(f[3]);
    ++n;
    for (int with_hint = 0; with_hint < 2; ++with_hint) {
      salvo::PlaceQuery q;
      q.name = f[0];
      if (with_hint) q.region_hint = f[1];
      q.context_countries = {"UA"};
      const salvo::Location l = g.resolve(q);
      if (!l.latitude) {
        unresolved += with_hint;
        if (with_hint) std::printf("  unresolved: %s (%s)\n", f[0].c_str(), f[1].c_str());
        continue;
      }
      const double d = salvo::haversine_km(lat, lon, *l.latitude, *l.longitude);
      (with_hint ? hint10 : bare10) += d <= 10;
      (with_hint ? hint25 : bare25) += d <= 25;
      if (with_hint && d > 25)
        std::printf("  far: %s (%s) -> %s, %s: %.0f km\n", f[0].c_str(), f[1].c_str(), l.name.c_str(),
                    l.admin1.c_str(), d);
    }
  }
  if (n == 0) return;
  std::printf("check %s: %d places; with region hint: %.1f%% within 10 km, %.1f%% within 25 km, %d unresolved; "
              "name only: %.1f%% within 10 km, %.1f%% within 25 km\n",
              path.c_str(), n, 100.0 * hint10 / n, 100.0 * hint25 / n, unresolved, 100.0 * bare10 / n,
              100.0 * bare25 / n);
}
long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}
}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "places";
  std::string check_file;
  std::filesystem::path index;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--check" && i + 1 < argc) check_file = argv[++i];
    else if (a == "--index" && i + 1 < argc) index = argv[++i];
    else dir = a;
  }
  const long rss0 = rss_kb();
  const double c0 = cpu_s(), m0 = thread_cpu_s();
  const auto t0 = std::chrono::steady_clock::now();
  auto g = salvo::Gazetteer::load(dir, index);
  const auto t1 = std::chrono::steady_clock::now();
  const double c1 = cpu_s(), m1 = thread_cpu_s();
  if (!g.ok()) {
    std::fprintf(stderr, "load failed: %s\n", g.status().message().c_str());
    for (const auto& d : g.status().diagnostics()) std::fprintf(stderr, "  %s\n", d.str().c_str());
    return 1;
  }
  const long rss1 = rss_kb();
  std::printf("places: %zu (%s)\n", g.value()->size(), g.value()->index_note().c_str());
  // On an idle machine with two cores the wall time is about the parsing
  // thread's CPU time (decompression runs beside it); on a busy one it is more.
  std::printf("load time: %.3f s wall, %.3f s CPU in all, %.3f s CPU on the parsing thread\n",
              std::chrono::duration<double>(t1 - t0).count(), c1 - c0, m1 - m0);
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
  if (!check_file.empty()) check(*g.value(), check_file);
  return 0;
}
