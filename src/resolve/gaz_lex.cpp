// resolve/gaz_lex.cpp — see gaz_lex.h.
#include "resolve/gaz_lex.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

#include "core/names.h"
#include "resolve/gaz_tsv.h"
#include "resolve/gazetteer.h"

namespace salvo::gaz {

// ---------------------------------------------------------------- files that need no place table

void LexOverlay::read_first(const std::filesystem::path& dir, PlaceTable& t, LexFile& places_lex,
                            std::vector<Diagnostic>& problems) {
  read_admin1(dir, t, problems);
  read_countries(dir, t, problems);
  read_stop_words(dir, t.fold(), problems);
  places_lex = read_lexfile(dir / "places.lex", problems);
}

std::string LexOverlay::add_region_key(const KeyFolder& fold, const std::string& name, std::uint16_t a) {
  std::string k = fold.key(name);
  region_names_.emplace(k);
  fold.strip_region_words(k);
  if (k.empty()) return k;
  auto it = region_keys_.find(k);
  if (it == region_keys_.end()) it = region_keys_.emplace(k, std::pmr::vector<std::uint16_t>()).first;
  std::pmr::vector<std::uint16_t>& v = it->second;
  if (std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
  return k;
}

void LexOverlay::read_admin1(const std::filesystem::path& dir, PlaceTable& t, std::vector<Diagnostic>& problems) {
  // admin1.lex: short names, display names, aliases.
  const LexFile adm = read_lexfile(dir / "admin1.lex", problems);
  std::vector<Admin1>& regions = t.admin1_rows();
  for (const LexEntry& e : adm.entries) {
    if (e.section != "short names"_name && e.section != "display names"_name) continue;
    const std::uint16_t a = e.key.empty() ? kNone : t.admin1_by_code(e.key);
    if (a == kNone) {
      problems.push_back(adm.at(e.line, "unknown admin1 code '" + e.key + "'"));
      continue;
    }
    (e.section == "short names"_name ? regions[a].short_name : regions[a].display) = e.value;
  }
  const KeyFolder& fold = t.fold();
  for (std::uint16_t i = 0; i < regions.size(); ++i) {
    Admin1& a = regions[i];
    if (a.short_name.empty()) a.short_name = english_form(fold.without_geonames_region_word(a.gn_name));
    if (a.display.empty()) a.display = a.short_name;
    // The same name twice adds nothing: skip the work.
    add_region_key(fold, a.short_name, i);
    if (a.display != a.short_name) add_region_key(fold, a.display, i);
    if (a.gn_name != a.short_name && a.gn_name != a.display) add_region_key(fold, a.gn_name, i);
  }
  // admin1.lex's aliases, then the ones generated from GeoNames' alternate names of
  // the regions (admin1_alternates.lex, written by tools/build_gazetteer.py; optional)
  auto aliases = [&](const LexFile& f) {
    for (const LexEntry& e : f.entries) {
      const bool first = e.section == "regions, not towns"_name;
      if (e.section != "region aliases"_name && !first) continue;
      const std::uint16_t a = e.tags.size() == 1 ? t.admin1_by_code(e.tags[0]) : kNone;
      if (a == kNone) {
        problems.push_back(f.at(e.line, "expected '<name> @CC.code' with a known admin1 code"));
        continue;
      }
      const std::string k = add_region_key(fold, e.value, a);
      if (first) region_first_.emplace(k, a);
    }
  };
  aliases(adm);
  if (std::filesystem::exists(dir / "admin1_alternates.lex"))
    aliases(read_lexfile(dir / "admin1_alternates.lex", problems));
}

void LexOverlay::read_countries(const std::filesystem::path& dir, const PlaceTable& t,
                                std::vector<Diagnostic>& problems) {
  const KeyFolder& fold = t.fold();
  for (std::uint16_t i = 0; i < t.countries().size(); ++i)
    country_keys_.emplace(fold.key(t.countries()[i].name), CountryKey{i, true});
  const LexFile cty = read_lexfile(dir / "countries.lex", problems);
  for (const LexEntry& e : cty.entries) {
    const std::uint16_t c = t.country_by_iso(e.section);
    if (c == kNone || !e.key.empty()) {
      problems.push_back(cty.at(e.line, "expected a term under a [ISO2] section of a known country"));
      continue;
    }
    const bool is_name = std::find(e.tags.begin(), e.tags.end(), "name"_name) != e.tags.end();
    const std::string key = fold.key(e.value);
    if (auto k = country_keys_.find(key); k != country_keys_.end()) k->second = CountryKey{c, is_name};
    else country_keys_.emplace(key, CountryKey{c, is_name});
  }
}

void LexOverlay::read_stop_words(const std::filesystem::path& dir, const KeyFolder& fold,
                                 std::vector<Diagnostic>& problems) {
  // stop_words.lex (by hand, here) and each language's common_words.lex (generated): the same format.
  std::vector<std::filesystem::path> files{dir / "stop_words.lex"};
  files.insert(files.end(), languages_.common_words.begin(), languages_.common_words.end());
  for (const auto& file : files) {
    const LexFile stop = read_lexfile(file, problems);
    for (const LexEntry& e : stop.entries) {
      if (e.section == "settings"_name) {
        const bool ok = (e.key == "big_population"_name && parse_num(e.value, big_population_)) ||
                        (e.key == "big_capital_population"_name && parse_num(e.value, big_capital_population_)) ||
                        (e.key == "small_population"_name && parse_num(e.value, small_population_));
        if (!ok)
          problems.push_back(
              stop.at(e.line, "expected big_population, big_capital_population or small_population = <number>"));
      } else if (e.key.empty()) {
        stop_words_.emplace(fold.key(e.value));
      } else {
        problems.push_back(stop.at(e.line, "expected one word or phrase per line"));
      }
    }
  }
}

// ---------------------------------------------------------------- places.lex

namespace {

// One [place NAME] section as read.
struct NewPlace {
  std::string name;
  int line = 0;
  Rec rec;
  std::vector<std::string> alts;
  std::string parent;
};

// One `key = value` of a [place] section into p; false if it is not one.
bool read_place_entry(const LexEntry& e, const PlaceTable& t, const LexOverlay& words, NewPlace& p) {
  Rec& r = p.rec;
  if (e.key == "country"_name) {
    r.country = t.country_by_iso(e.value);
    return r.country != kNone;
  }
  if (e.key == "admin1"_name) {
    r.admin1 = t.admin1_by_code(e.value);
    if (r.admin1 != kNone) return true;
    const auto rs = words.regions_for(t.fold(), e.value);
    if (rs.empty()) return false;
    r.admin1 = rs.front();
    return true;
  }
  if (e.key == "lat"_name) return parse_num(e.value, r.lat) && std::fabs(r.lat) <= 90;
  if (e.key == "lon"_name) return parse_num(e.value, r.lon) && std::fabs(r.lon) <= 180;
  if (e.key == "population"_name) return parse_num(e.value, r.pop);
  if (e.key == "alt"_name) {
    for (std::string_view a : split(e.value, ','))
      if (!trim(a).empty()) p.alts.emplace_back(trim(a));
    return true;
  }
  if (e.key == "parent"_name) {
    p.parent = e.value;
    return true;
  }
  if (e.key == "kind"_name) {
    if (e.value == "district"_name) r.kind = static_cast<std::uint8_t>(PlaceKind::district);
    else if (e.value == "region"_name) r.kind = static_cast<std::uint8_t>(PlaceKind::region);
    else if (e.value != "settlement"_name) return false;
    return true;
  }
  return false;
}

// The [place ...] sections, in the order they first appear.
std::vector<NewPlace> read_places(const LexFile& pl, const PlaceTable& t, const LexOverlay& words,
                                  std::vector<Diagnostic>& problems) {
  std::vector<NewPlace> places;
  std::unordered_map<std::string, std::size_t> by_section;
  std::int64_t next_id = -2000000000000LL;  // analysts' ids: below every other source's
  for (const LexEntry& e : pl.entries) {
    if (e.section.rfind("place ", 0) != 0) continue;
    auto [it, is_new] = by_section.emplace(e.section, places.size());
    if (is_new) {
      NewPlace p;
      p.name = std::string(trim(std::string_view(e.section).substr(6)));
      p.line = e.line;
      p.rec.id = next_id--;
      p.rec.rank = feature_rank("PPL");
      p.rec.lat = p.rec.lon = std::nanf("");
      places.push_back(std::move(p));
    }
    NewPlace& p = places[it->second];
    if (!read_place_entry(e, t, words, p))
      problems.push_back(pl.at(e.line, "bad entry '" + e.key + " = " + e.value + "' for " + p.name));
  }
  return places;
}

void add_places(const LexFile& pl, const std::vector<NewPlace>& places, PlaceTable& t,
                std::vector<Diagnostic>& problems) {
  for (const NewPlace& p : places) {
    const Rec& r = p.rec;
    if (r.country == kNone || std::isnan(r.lat) || std::isnan(r.lon)) {
      problems.push_back(pl.at(p.line, "place '" + p.name + "' needs country, lat and lon"));
      continue;
    }
    if (r.admin1 != kNone && t.admin1()[r.admin1].country != r.country) {
      problems.push_back(pl.at(p.line, "place '" + p.name + "': admin1 is in another country"));
      continue;
    }
    const std::uint32_t idx = t.add_place(r, p.name, p.parent);
    for (const std::string& a : p.alts) t.add_key(a, idx);
  }
}

// `example = NAME [@ISO2] => EXPECTED`, in places.lex [preferred names] and [aliases], and
// names.lex [leading articles] and [facility endings].
bool is_example(const LexEntry& e) {
  return e.key == "example"_name && (e.section == "preferred names"_name || e.section == "aliases"_name ||
                                e.section == "leading articles"_name || e.section == "facility endings"_name);
}

void read_examples(const LexFile& pl, const PlaceTable& t, std::vector<PlaceExample>& out,
                   std::vector<Diagnostic>& problems) {
  for (const LexEntry& e : pl.entries) {
    if (!is_example(e)) continue;
    const std::size_t arrow = e.value.find("=>");
    PlaceExample x;
    x.file = pl.path;
    x.line = e.line;
    std::string_view lhs = trim(std::string_view(e.value).substr(0, arrow == std::string::npos ? 0 : arrow));
    if (const std::size_t at = lhs.rfind(" @"); at != std::string_view::npos) {
      x.query.country_hint = std::string(trim(lhs.substr(at + 2)));
      lhs = trim(lhs.substr(0, at));
    }
    x.query.name = std::string(lhs);
    if (arrow != std::string::npos) x.expected = std::string(trim(std::string_view(e.value).substr(arrow + 2)));
    if (x.query.name.empty() || x.expected.empty() ||
        (!x.query.country_hint.empty() && t.country_by_iso(x.query.country_hint) == kNone)) {
      problems.push_back(pl.at(e.line, "expected 'example = <name> [@ISO2] => <name reported>'"));
      continue;
    }
    out.push_back(std::move(x));
  }
}

void add_preferred_names(const LexFile& pl, PlaceTable& t, std::vector<Diagnostic>& problems) {
  std::map<std::int64_t, std::pair<std::string, int>> preferred;  // id -> name, line
  for (const LexEntry& e : pl.entries) {
    if (is_example(e)) continue;
    if (e.section == "preferred names"_name) {
      std::int64_t id = 0;
      if (!parse_num(e.key, id) || !preferred.emplace(id, std::make_pair(e.value, e.line)).second)
        problems.push_back(pl.at(e.line, "expected '<place id> = <name>', once per id"));
    } else if (e.section != "aliases"_name && !e.section.empty() && e.section.rfind("place ", 0) != 0) {
      problems.push_back(pl.at(e.line, "unknown section [" + e.section + "]"));
      break;
    }
  }
  for (const auto& [id, v] : preferred) {
    const std::optional<std::uint32_t> i = t.find_id(id);
    if (!i) {
      problems.push_back(pl.at(v.second, "unknown place id " + std::to_string(id)));
      continue;
    }
    t.rename(*i, v.first);
  }
}

void add_aliases(const LexFile& pl, PlaceTable& t, std::vector<Diagnostic>& problems) {
  for (const LexEntry& e : pl.entries) {
    if (e.section != "aliases"_name || is_example(e)) continue;
    if (e.tags.empty() || e.tags.size() > 2 || (e.tags.size() == 2 && t.country_by_iso(e.tags[1]) == kNone)) {
      problems.push_back(pl.at(e.line, "expected '<spelling> @<gazetteer name> [@ISO2]'"));
      continue;
    }
    const auto targets = t.find_key(t.fold().key(e.tags[0]));
    std::size_t n = 0;
    for (std::uint32_t i : targets) {
      if (e.tags.size() == 2 && t.countries()[t.rec(i).country].iso != e.tags[1]) continue;
      t.add_alias(i, e.value);
      ++n;
    }
    if (n == 0) problems.push_back(pl.at(e.line, "alias target '" + e.tags[0] + "' is not in the gazetteer"));
  }
}

}  // namespace

void LexOverlay::apply_places(const LexFile& pl, PlaceTable& t, std::vector<Diagnostic>& problems) {
  add_places(pl, read_places(pl, t, *this, problems), t, problems);
  read_examples(pl, t, examples_, problems);
  add_preferred_names(pl, t, problems);
  // Aliases last, so that they may name a place by its preferred name; then the language
  // folders' places.lex ([aliases] only: a language's spellings of known places, such as the
  // inflected forms of a name, "Харкову @Kharkiv @UA").
  add_aliases(pl, t, problems);
  for (const auto& path : languages_.places) {
    const LexFile f = read_lexfile(path, problems);
    for (const auto& [name, line] : f.sections)
      if (name != "aliases") problems.push_back(f.at(line, "a language's places.lex holds only [aliases]"));
    add_aliases(f, t, problems);
    read_examples(f, t, examples_, problems);
  }
}

void LexOverlay::add_examples(const LexFile& names_lex, const PlaceTable& t, std::vector<Diagnostic>& problems) {
  read_examples(names_lex, t, examples_, problems);
}

// ---------------------------------------------------------------- queries

const std::pmr::vector<std::uint16_t>* LexOverlay::regions_of_key(std::string_view stripped_key) const {
  auto it = region_keys_.find(stripped_key);
  return it == region_keys_.end() ? nullptr : &it->second;
}

std::vector<std::uint16_t> LexOverlay::regions_for(const KeyFolder& fold, std::string_view text) const {
  std::string k = fold.key(text);
  fold.strip_region_words(k);
  const auto* v = regions_of_key(k);
  return v == nullptr ? std::vector<std::uint16_t>{} : std::vector<std::uint16_t>(v->begin(), v->end());
}

const CountryKey* LexOverlay::country_key(std::string_view key) const {
  auto it = country_keys_.find(key);
  return it == country_keys_.end() ? nullptr : &it->second;
}

}  // namespace salvo::gaz
