#include "emit/layout_tables.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace salvo {

namespace {

namespace fs = std::filesystem;

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

std::string trim(std::string s) {
  const auto blank = [](char c) { return c == ' ' || c == '\r'; };
  while (!s.empty() && blank(s.back())) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && blank(s[i])) ++i;
  return s.substr(i);
}

// The data rows of a TSV text whose first non-comment line must be `header`.
std::vector<TsvRow> parse_tsv(const std::string& name, const std::string& text,
                              const std::vector<std::string_view>& header, std::vector<Diagnostic>& problems) {
  std::vector<TsvRow> rows;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  bool seen_header = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cells = split_tabs(line);
    for (auto& c : cells) c = trim(std::move(c));
    if (!seen_header) {
      seen_header = true;
      if (!std::equal(cells.begin(), cells.end(), header.begin(), header.end())) {
        std::string want;
        for (auto h : header) want += (want.empty() ? "" : ", ") + std::string(h);
        problems.push_back({name, n, "the header must be the tab-separated columns " + want});
        return rows;
      }
      continue;
    }
    if (cells.size() != header.size()) {
      problems.push_back({name, n, "expected " + std::to_string(header.size()) + " tab-separated cells, found " +
                                       std::to_string(cells.size())});
      continue;
    }
    rows.push_back({n, std::move(cells)});
  }
  if (!seen_header) problems.push_back({name, 0, "no header row"});
  return rows;
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

bool is_iso2(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

Result<std::string> slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr const char* kCountries = "countries.tsv";
constexpr const char* kActors = "actors.tsv";
constexpr const char* kTargets = "targets.tsv";

}  // namespace

std::string fill_country(std::string_view name, std::string_view country) {
  constexpr std::string_view kSlot = "{country}";
  constexpr std::string_view kBracketed = " ({country})";
  std::string out(name);
  if (country.empty()) {
    if (auto i = out.find(kBracketed); i != std::string::npos) out.erase(i, kBracketed.size());
  }
  if (auto i = out.find(kSlot); i != std::string::npos) out.replace(i, kSlot.size(), country);
  return out;
}

Result<LayoutTables> LayoutTables::load(const fs::path& dir) {
  auto countries = slurp(dir / kCountries);
  auto actors = slurp(dir / kActors);
  auto targets = slurp(dir / kTargets);
  std::vector<Diagnostic> problems;
  for (const auto* r : {&countries, &actors, &targets})
    if (!r->ok()) problems.push_back({"", 0, r->status().message()});
  if (!problems.empty()) return Status::errors(std::move(problems));
  auto t = parse(countries.value(), actors.value(), targets.value());
  if (t.ok()) return t;
  // Name the files by their path, not their bare name.
  std::vector<Diagnostic> located = t.status().diagnostics();
  for (auto& d : located) d.file = (dir / d.file).string();
  return Status::errors(std::move(located));
}

Result<LayoutTables> LayoutTables::parse(const std::string& countries, const std::string& actors,
                                         const std::string& targets) {
  LayoutTables t;
  std::vector<Diagnostic> problems;
  for (auto& r : parse_tsv(kCountries, countries,
                           {"iso2", "iso3", "iso_numeric", "acled_country", "acled_region", "ucdp_country"},
                           problems)) {
    const auto& c = r.cells;
    const auto num = parse_int(c[2]);
    if (!is_iso2(c[0])) problems.push_back({kCountries, r.line, "iso2 '" + c[0] + "' is not two capital letters"});
    else if (!num || *num < 0 || *num > 999) problems.push_back({kCountries, r.line, "iso_numeric '" + c[2] + "' is not 0-999"});
    else if (c[3].empty()) problems.push_back({kCountries, r.line, "acled_country is empty"});
    else if (!t.countries_.emplace(c[0], CountryRow{c[1], *num, c[3], c[4], c[5]}).second)
      problems.push_back({kCountries, r.line, "country " + c[0] + " is listed twice"});
  }
  for (auto& r : parse_tsv(kActors, actors, {"actor", "since", "acled_actor", "inter", "home", "ucdp_actor"},
                           problems)) {
    const auto& c = r.cells;
    ActorRow a;
    if (c[0].empty()) { problems.push_back({kActors, r.line, "actor is empty"}); continue; }
    if (!c[1].empty() && !(a.since = parse_iso_date(c[1]))) {
      problems.push_back({kActors, r.line, "since '" + c[1] + "' is not a YYYY-MM-DD date"});
      continue;
    }
    if (!c[3].empty()) {
      a.inter = parse_int(c[3]);
      if (!a.inter || *a.inter < 1 || *a.inter > 8) {
        problems.push_back({kActors, r.line, "inter '" + c[3] + "' is not an ACLED inter code (1-8)"});
        continue;
      }
    }
    if (!c[4].empty() && !is_iso2(c[4])) {
      problems.push_back({kActors, r.line, "home '" + c[4] + "' is not an ISO2 country code"});
      continue;
    }
    a.acled_actor = c[2];
    a.home = c[4];
    a.ucdp_actor = c[5];
    auto& rows = t.actors_[c[0]];
    if (std::any_of(rows.begin(), rows.end(), [&](const ActorRow& o) { return o.since == a.since; })) {
      problems.push_back({kActors, r.line, "actor " + c[0] + " has two rows for the same since"});
      continue;
    }
    rows.push_back(std::move(a));
    std::sort(rows.begin(), rows.end(), [](const ActorRow& x, const ActorRow& y) { return x.since < y.since; });
  }
  for (auto& r : parse_tsv(kTargets, targets, {"target_type", "actor2", "civilian_targeting", "ucdp_violence"},
                           problems)) {
    const auto& c = r.cells;
    TargetRow tr{c[1], c[2], std::nullopt};
    if (!c[3].empty()) {
      tr.ucdp_violence = parse_int(c[3]);
      if (!tr.ucdp_violence || *tr.ucdp_violence < 1 || *tr.ucdp_violence > 3) {
        problems.push_back({kTargets, r.line, "ucdp_violence '" + c[3] + "' is not 1, 2 or 3"});
        continue;
      }
    }
    if (!tr.actor2.empty() && !t.actors_.count(tr.actor2)) {
      problems.push_back({kTargets, r.line, "actor2 '" + tr.actor2 + "' is not an actor of " + kActors});
      continue;
    }
    if (!t.targets_.emplace(c[0], std::move(tr)).second)
      problems.push_back({kTargets, r.line, "target type " + c[0] + " is listed twice"});
  }
  // In file order, and by line within a file (row checks come after the shape checks).
  auto rank = [](const Diagnostic& d) { return d.file == kCountries ? 0 : d.file == kActors ? 1 : 2; };
  std::stable_sort(problems.begin(), problems.end(), [&](const Diagnostic& x, const Diagnostic& y) {
    return std::pair(rank(x), x.line) < std::pair(rank(y), y.line);
  });
  if (!problems.empty()) return Status::errors(std::move(problems));
  return t;
}

const CountryRow* LayoutTables::country(std::string_view iso2) const {
  const auto it = countries_.find(iso2);
  return it == countries_.end() ? nullptr : &it->second;
}

const ActorRow* LayoutTables::actor(std::string_view actor, const std::optional<Date>& date) const {
  const auto it = actors_.find(actor);
  if (it == actors_.end()) return nullptr;
  const ActorRow* best = nullptr;
  for (const ActorRow& r : it->second)  // sorted: rows without since first
    if (!r.since || (date && *r.since <= *date)) best = &r;
  return best;
}

const TargetRow* LayoutTables::target(std::string_view target_type) const {
  const auto it = targets_.find(target_type);
  return it == targets_.end() ? nullptr : &it->second;
}

}  // namespace salvo
