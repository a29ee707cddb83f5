// resolve/gaz_namesakes.cpp — see gaz_namesakes.h.
#include "resolve/gaz_namesakes.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/geo.h"
#include "core/names.h"
#include "resolve/gaz_tsv.h"

namespace salvo::gaz {

// ---------------------------------------------------------------- namesakes.lex

NamesakeWeights NamesakeWeights::read(const std::filesystem::path& file, std::vector<Diagnostic>& problems) {
  return from(read_lexfile(file, problems), problems);
}

NamesakeWeights NamesakeWeights::from(const LexFile& file, std::vector<Diagnostic>& problems) {
  NamesakeWeights w;
  struct Weight {
    std::string_view section, key;
    double* real;
    std::uint32_t* count;
    bool seen = false;
  };
  std::vector<Weight> weights = {
      {"feature"_name, "capital"_name, &w.rank[kRankCapital], nullptr},
      {"feature"_name, "admin1_seat"_name, &w.rank[kRankAdmin1Seat], nullptr},
      {"feature"_name, "admin2_seat"_name, &w.rank[kRankAdmin2Seat], nullptr},
      {"feature"_name, "admin3_seat"_name, &w.rank[kRankAdmin3Seat], nullptr},
      {"feature"_name, "admin4_seat"_name, &w.rank[kRankAdmin4Seat], nullptr},
      {"feature"_name, "populated_place"_name, &w.rank[kRankPopulated], nullptr},
      {"feature"_name, "other_place"_name, &w.rank[kRankOther], nullptr},
      {"feature"_name, "lost_place"_name, &w.rank[kRankLost], nullptr},
      {"context"_name, "first_country"_name, &w.first_country, nullptr},
      {"context"_name, "other_country"_name, &w.other_country, nullptr},
      {"name"_name, "own_name"_name, &w.own_name, nullptr},
      {"name"_name, "exact_spelling"_name, &w.exact_spelling, nullptr},
      {"name"_name, "stray_alternate"_name, &w.stray_alternate, nullptr},
      {"name"_name, "stray_alternate_population"_name, nullptr, &w.stray_alternate_population},
      {"name"_name, "alternate_only"_name, &w.alternate_only, nullptr},
      {"source"_name, "not_geonames"_name, &w.not_geonames, nullptr},
      {"hints"_name, "border_km"_name, &w.border_km, nullptr},
      {"hints"_name, "anchor_km"_name, &w.anchor_km, nullptr},
      {"hints"_name, "anchor_bonus"_name, &w.anchor_bonus, nullptr},
      {"region or settlement"_name, "village_population"_name, nullptr, &w.village_population},
      {"region or settlement"_name, "abroad_population"_name, nullptr, &w.abroad_population},
      {"loose spelling"_name, "far_km"_name, &w.loose_far_km, nullptr},
  };
  for (const LexEntry& e : file.entries) {
    auto it = std::find_if(weights.begin(), weights.end(),
                           [&](const Weight& x) { return x.section == e.section && x.key == e.key; });
    if (it == weights.end()) {
      problems.push_back(file.at(e.line, "unknown weight '" + (e.key.empty() ? e.value : e.key) + "' in [" +
                                             e.section + "]"));
    } else if (it->seen) {
      problems.push_back(file.at(e.line, "weight '" + e.key + "' given twice"));
    } else if (it->real ? !parse_num(e.value, *it->real) : !parse_num(e.value, *it->count)) {
      problems.push_back(file.at(e.line, "expected '" + e.key + " = <number>'"));
    } else {
      it->seen = true;
    }
  }
  for (const Weight& x : weights)
    if (!x.seen)
      problems.push_back(file.at(0, "missing weight '" + std::string(x.key) + "' in [" + std::string(x.section) + "]"));
  if (w.anchor_km <= 0) problems.push_back(file.at(0, "anchor_km must be above 0"));
  return w;
}

// ---------------------------------------------------------------- choice

bool same_spelling(const KeyFolder& fold, std::string_view a, std::string_view b) {
  a = fold.without_leading_article(trim(a));
  b = fold.without_leading_article(trim(b));
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

namespace {

double km(const Rec& a, double lat, double lon) { return haversine_km(a.lat, a.lon, lat, lon); }

// The candidates the hints leave.
std::vector<std::uint32_t> filter(const PlaceTable& t, const NamesakeWeights& w, std::vector<std::uint32_t> cands,
                                  const Hints& h) {
  // keep_if keeps all when none passes; keep_only keeps none then.
  auto keep_if = [&](auto pred, bool strict) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i : cands)
      if (pred(t.rec(i))) kept.push_back(i);
    if (strict || !kept.empty()) cands.swap(kept);
  };
  auto in_hinted_region = [&](const Rec& r) {
    return std::find(h.regions.begin(), h.regions.end(), r.admin1) != h.regions.end();
  };
  if (h.country != kNone) keep_if([&](const Rec& r) { return r.country == h.country; }, true);
  if (!h.regions.empty() && !cands.empty()) {
    keep_if(in_hinted_region, false);
    const bool none_inside =
        std::none_of(cands.begin(), cands.end(), [&](std::uint32_t i) { return in_hinted_region(t.rec(i)); });
    if (none_inside) {
      // A border village filed under the neighbouring region: near it.
      keep_if(
          [&](const Rec& r) {
            for (std::uint16_t a : h.regions)
              if (km(r, t.admin1()[a].lat, t.admin1()[a].lon) <= w.border_km) return true;
            return false;
          },
          true);
    }
  }
  if (h.anchor && !cands.empty())
    keep_if([&](const Rec& r) { return km(r, h.anchor->lat, h.anchor->lon) <= w.anchor_km; }, false);
  return cands;
}

}  // namespace

std::optional<std::uint32_t> choose_namesake(const PlaceTable& t, const NamesakeWeights& w,
                                             const std::vector<std::uint32_t>& candidates, std::string_view key,
                                             const PlaceQuery& q, const Hints& h) {
  const std::vector<std::uint32_t> cands = filter(t, w, candidates, h);
  if (cands.empty()) return std::nullopt;
  // A notable place called exactly this beats a namesake that only has it as
  // an alternate in the same country (Novorossiysk, not Krasnodar whose old
  // alternates include it); across countries population and context decide
  // ("Odessa": Odesa, not Odessa, Texas, which is smaller).
  std::vector<std::uint16_t> own_name_countries;
  bool any_own_name = false;
  for (std::uint32_t i : cands) {
    if (!t.own_name(i, key)) continue;
    any_own_name = true;
    if (t.rec(i).pop >= w.stray_alternate_population) own_name_countries.push_back(t.rec(i).country);
  }
  double best_score = -1e9;
  std::uint32_t best = cands.front();
  for (std::uint32_t i : cands) {
    const Rec r = t.rec(i);
    double s = std::log10(static_cast<double>(r.pop) + 1.0) + (r.rank < w.rank.size() ? w.rank[r.rank] : 0.0);
    for (std::size_t c = 0; c < q.context_countries.size(); ++c) {
      if (t.countries()[r.country].iso == q.context_countries[c]) {
        s += c == 0 ? w.first_country : w.other_country;
        break;
      }
    }
    if (t.own_name(i, key)) {
      s += w.own_name;
      if (same_spelling(t.fold(), t.name_of(r), q.name)) s += w.exact_spelling;
    } else if (std::find(own_name_countries.begin(), own_name_countries.end(), r.country) !=
               own_name_countries.end()) {
      s += w.stray_alternate;
    } else if (any_own_name) {
      s += w.alternate_only;
    }
    if (r.id < 0) s += w.not_geonames;
    if (h.anchor)  // the nearer to the district's town, the likelier
      s += w.anchor_bonus * std::max(0.0, 1.0 - km(r, h.anchor->lat, h.anchor->lon) / w.anchor_km);
    // Ties: the larger population, then GeoNames rows, then the lower id: always the same answer.
    const Rec b = t.rec(best);
    const bool better = s > best_score + 1e-9 ||
                        (std::fabs(s - best_score) <= 1e-9 &&
                         (r.pop > b.pop || (r.pop == b.pop && ((r.id > 0) > (b.id > 0) ||
                                                               ((r.id > 0) == (b.id > 0) && r.id < b.id)))));
    if (better) {
      best_score = s;
      best = i;
    }
  }
  return best;
}

}  // namespace salvo::gaz
