// resolve/gaz_resolve.cpp — see gaz_resolve.h.
#include "resolve/gaz_resolve.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/geo.h"
#include "resolve/gaz_tsv.h"

namespace salvo::gaz {

namespace {
// A neighbourhood and its city, a district and the place it is named with: a few km apart.
bool nearby(const Rec& a, const Rec& b) { return std::fabs(a.lat - b.lat) < 0.2f && std::fabs(a.lon - b.lon) < 0.2f; }
}  // namespace

Location Resolver::resolve(const PlaceQuery& q) const {
  const KeyFolder& fold = t_.fold();
  std::string key = fold.key(q.name);
  fold.drop_leading_article(key);
  const Hints h = hints(q);

  std::string rkey = key;
  const bool region_word = fold.strip_region_words(rkey);
  const auto* rs = words_.regions_of_key(rkey);
  const std::vector<std::uint16_t> regions = rs ? std::vector<std::uint16_t>(rs->begin(), rs->end())
                                                : std::vector<std::uint16_t>{};

  // 1. Written as a region: "Donetsk oblast", "the Kherson region"; or a name reporting uses
  // for one region ("Gaza": admin1.lex [regions, not towns]).
  if ((q.is_region || region_word) && !regions.empty()) return from_admin1(pick_region(regions, q, h.country), q);
  if (const std::uint16_t first = words_.region_first(rkey); first != kNone) return from_admin1(first, q);

  // 2. A country by name.
  if (!q.is_region) {
    if (const CountryKey* c = words_.country_key(key); c != nullptr && c->is_name) return from_country(c->country, q);
  }

  // 3. Settlements, with the region as fallback; a spelling found only abroad or nowhere, in
  // the country of the article spelled with the same consonants (place.loose_spelling).
  std::vector<std::uint32_t> found = t_.find_place(key);
  std::vector<std::uint32_t> loose = loose_candidates(key, found, q, h);
  const bool by_loose = !loose.empty();
  if (by_loose) found = std::move(loose);
  const std::optional<std::uint32_t> best = choose_namesake(t_, w_, found, key, q, h);
  if (const auto a = region_over_settlement(regions, best, q, h)) return from_admin1(*a, q);
  if (best) {
    Location l = settlement(*best, q);
    l.loose_spelling = by_loose;
    return l;
  }
  if (auto l = camp(key, q)) return *l;

  // 4. Unknown: the name as written, the hints, no coordinates.
  return unknown(q, h);
}

Hints Resolver::hints(const PlaceQuery& q) const {
  // A country hint by code or by name; a region hint that is really a
  // country ("Kharkiv, Ukraine") counts as a country hint.
  Hints h;
  h.country = t_.country_by_iso(q.country_hint);
  if (q.region_hint.empty()) return h;
  std::string rk = t_.fold().key(q.region_hint);
  t_.fold().drop_leading_article(rk);
  if (const CountryKey* c = words_.country_key(rk); c != nullptr && c->is_name) {
    if (h.country == kNone) h.country = c->country;
  } else {
    h.regions = words_.regions_for(t_.fold(), q.region_hint);
    if (h.country != kNone) {
      std::vector<std::uint16_t> in;
      for (std::uint16_t a : h.regions)
        if (t_.admin1()[a].country == h.country) in.push_back(a);
      if (!in.empty()) h.regions.swap(in);
    }
  }
  if (h.regions.empty()) h.anchor = anchor(q, h.country);
  return h;
}

std::optional<Rec> Resolver::anchor(const PlaceQuery& q, std::uint16_t country_hint) const {
  // A hint that is no region but a town: "Pokrovsk district" (raions are named
  // after their centre), "a village near Bakhmut". Candidates near it win.
  std::string ak = t_.fold().key(q.region_hint);
  t_.fold().drop_leading_article(ak);
  t_.fold().strip_region_words(ak);
  if (words_.country_key(ak) != nullptr || words_.is_stop_word(ak)) return std::nullopt;
  PlaceQuery aq;
  aq.name = q.region_hint;
  aq.context_countries = q.context_countries;
  Hints ah;
  ah.country = country_hint;
  const auto town = choose_namesake(t_, w_, t_.find_place(ak), ak, aq, ah);
  return town ? std::optional<Rec>(t_.rec(*town)) : std::nullopt;
}

std::uint16_t Resolver::pick_region(const std::vector<std::uint16_t>& regions, const PlaceQuery& q,
                                    std::uint16_t country_hint) const {
  if (regions.empty()) return kNone;
  if (country_hint != kNone)
    for (std::uint16_t a : regions)
      if (t_.admin1()[a].country == country_hint) return a;
  for (const std::string& cc : q.context_countries)
    for (std::uint16_t a : regions)
      if (t_.countries()[t_.admin1()[a].country].iso == cc) return a;
  return regions.front();
}

std::optional<std::uint16_t> Resolver::region_over_settlement(const std::vector<std::uint16_t>& regions,
                                                              std::optional<std::uint32_t> best, const PlaceQuery& q,
                                                              const Hints& h) const {
  if (regions.empty()) return std::nullopt;
  std::uint16_t a = pick_region(regions, q, h.country);
  if (!best) return a;
  const Rec b = t_.rec(*best);
  for (std::uint16_t x : regions)
    if (t_.admin1()[x].country == b.country) a = x;  // "Gaza": the Strip, not Mozambique's province
  const bool hinted = h.country != kNone || !h.regions.empty();
  const bool region_wins = t_.admin1()[a].country == b.country
                               ? b.pop < w_.village_population  // a village named like its own region ("Crimea")
                               : !hinted && b.pop < w_.abroad_population && b.rank < kRankCapital;  // a small namesake abroad
  return region_wins ? std::optional<std::uint16_t>(a) : std::nullopt;
}

std::vector<std::uint32_t> Resolver::loose_candidates(const std::string& key, const std::vector<std::uint32_t>& found,
                                                      const PlaceQuery& q, const Hints& h) const {
  // a name found as a place, but abroad, or announced as one ("the village of X"): another word
  // found nowhere is more often a person's name ("Garcia", "Soleimani") than a village
  if ((found.empty() && !q.announced) || words_.country_key(key) != nullptr || words_.regions_of_key(key) != nullptr)
    return {};
  std::vector<std::uint16_t> in;  // where the place should be
  if (h.country != kNone) in.push_back(h.country);
  else
    for (const std::string& cc : q.context_countries)
      if (const std::uint16_t c = t_.country_by_iso(cc); c != kNone) in.push_back(c);
  if (in.empty()) return {};
  for (const std::uint32_t i : found) {
    const Rec r = t_.rec(i);
    if (std::find(in.begin(), in.end(), r.country) != in.end()) return {};
    if (r.pop >= w_.abroad_population || r.rank >= kRankCapital) return {};  // "Washington", "Moscow"
    for (const std::uint16_t c : in) {  // across a border: more likely the place meant ("Metulla")
      const Country& home = t_.countries()[c];
      if (home.has_coords && haversine_km(r.lat, r.lon, home.lat, home.lon) < w_.loose_far_km) return {};
    }
  }
  const KeyFolder& fold = t_.fold();
  const std::string lk = fold.loose_of(q.name);
  for (const std::uint16_t c : in) {
    // the places spelled most alike, within half an edit of the closest (the namesake weights
    // choose among those: "Khirbet Selem" is the town Khirbet Selm, not the hamlet Khirbit Silim)
    std::vector<std::pair<std::size_t, std::uint32_t>> scored;
    std::size_t best = SIZE_MAX;
    for (const std::uint32_t i : loose_.find(c, lk)) {
      auto d = fold.loose_distance_of(q.name, t_.name_of(t_.rec(i)));
      if (const auto d2 = fold.loose_distance_of(q.name, t_.source_name(i)); d2 && (!d || *d2 < *d)) d = d2;
      if (!d) continue;
      best = std::min(best, *d);
      scored.emplace_back(*d, i);
    }
    std::vector<std::uint32_t> v;
    for (const auto& [d, i] : scored)
      if (d <= best + 1) v.push_back(i);
    if (!v.empty()) return v;
  }
  return {};
}

Location Resolver::settlement(std::uint32_t best, const PlaceQuery& q) const {
  const Rec r = t_.rec(best);
  // A neighbourhood is reported as its city, the neighbourhood kept as district.
  if (r.kind == static_cast<std::uint8_t>(PlaceKind::district) && !t_.parent_of(best).empty())
    if (auto l = as_city(best, q)) return *l;
  Location l = from_place(best, q);
  if (!q.district.empty()) {
    // "X district of Y": Y is the place; X kept, in its gazetteer spelling if it is there.
    l.district = q.district;
    for (std::uint32_t d : t_.find_place(t_.fold().key(q.district)))
      if (t_.rec(d).country == r.country && nearby(t_.rec(d), r)) {
        l.district = english_name(d);
        break;
      }
  }
  return l;
}

std::optional<Location> Resolver::as_city(std::uint32_t neighbourhood, const PlaceQuery& q) const {
  const Rec r = t_.rec(neighbourhood);
  std::string pk = t_.fold().key(t_.parent_of(neighbourhood));
  std::vector<std::uint32_t> parents = t_.find_place(pk);
  std::vector<std::uint32_t> near_parents;
  for (std::uint32_t p : parents)
    if (t_.rec(p).country == r.country && nearby(t_.rec(p), r) && p != neighbourhood) near_parents.push_back(p);
  PlaceQuery pq = q;
  pq.region_hint.clear();
  Hints ph;
  ph.country = r.country;
  const auto city = choose_namesake(t_, w_, near_parents, pk, pq, ph);
  if (!city) return std::nullopt;
  Location l = from_place(*city, q);
  l.district = english_name(neighbourhood);
  return l;
}

std::optional<Location> Resolver::camp(const std::string& key, const PlaceQuery& q) const {
  // names.lex [facility endings]: "Jabalia refugee camp" is tried as "Jabalia camp", the camp
  // if listed, then "Nuseirat camp" as "Nuseirat", the town.
  for (const auto& [tail, instead] : t_.fold().facility_endings()) {
    if (key.size() > tail.size() + 2 && key.compare(key.size() - tail.size(), tail.size(), tail) == 0) {
      PlaceQuery shorter = q;
      shorter.name = key.substr(0, key.size() - tail.size());
      if (!instead.empty()) shorter.name.append(" ").append(instead);
      Location l = resolve(shorter);
      if (l.latitude) {
        l.surface = q.name;
        return l;
      }
    }
  }
  return std::nullopt;
}

Location Resolver::unknown(const PlaceQuery& q, const Hints& h) const {
  Location l;
  l.name = std::string(trim(q.name));
  l.name.erase(0, t_.fold().leading_article_bytes(l.name));
  l.surface = q.name;
  l.district = q.district;
  const std::uint16_t ra = pick_region(h.regions, q, h.country);
  if (ra != kNone) {
    l.admin1 = t_.admin1()[ra].short_name;
    l.country = t_.countries()[t_.admin1()[ra].country].iso;
  } else if (h.country != kNone) {
    l.country = t_.countries()[h.country].iso;
  } else if (!q.context_countries.empty() && q.announced) {
    l.country = q.context_countries.front();  // "the village of X" in a story about one country
  }
  l.precision = q.near ? LocationPrecision::near : LocationPrecision::exact;
  return l;
}

std::string Resolver::english_name(std::uint32_t i) const {
  const std::string_view n = t_.name_of(t_.rec(i));
  return t_.renamed(i) ? std::string(n) : english_form(n);
}

Location Resolver::from_place(std::uint32_t i, const PlaceQuery& q) const {
  const Rec r = t_.rec(i);
  Location l;
  l.name = english_name(i);
  if (r.id > 0) l.geonames_name = std::string(t_.source_name(i));
  l.surface = q.name;
  l.country = t_.countries()[r.country].iso;
  if (r.admin1 != kNone) l.admin1 = t_.admin1()[r.admin1].short_name;
  if (r.admin2 != kNone) l.admin2 = english_form(t_.admin2()[r.admin2]);
  l.latitude = round5(r.lat);
  l.longitude = round5(r.lon);
  if (r.id > 0) l.geonames_id = r.id;
  l.precision = q.near ? LocationPrecision::near : LocationPrecision::exact;
  // A region that is no admin1 of its own ("Donbas"): region-level precision.
  if (r.kind == static_cast<std::uint8_t>(PlaceKind::region)) l.precision = LocationPrecision::admin1;
  return l;
}

Location Resolver::from_admin1(std::uint16_t a, const PlaceQuery& q) const {
  const Admin1& r = t_.admin1()[a];
  Location l;
  l.name = r.display;
  if (r.gid > 0) l.geonames_name = r.gn_name;
  l.surface = q.name;
  l.country = t_.countries()[r.country].iso;
  l.admin1 = r.short_name;
  l.latitude = round5(r.lat);
  l.longitude = round5(r.lon);
  if (r.gid > 0) l.geonames_id = r.gid;
  l.precision = LocationPrecision::admin1;
  return l;
}

Location Resolver::from_country(std::uint16_t c, const PlaceQuery& q) const {
  const Country& k = t_.countries()[c];
  Location l;
  l.name = k.name;
  if (k.gid > 0) l.geonames_name = k.name;
  l.surface = q.name;
  l.country = k.iso;
  if (k.has_coords) {
    l.latitude = round5(k.lat);
    l.longitude = round5(k.lon);
  }
  if (k.gid > 0) l.geonames_id = k.gid;
  l.precision = LocationPrecision::country;
  return l;
}

}  // namespace salvo::gaz
