// extract/clusters.cpp — assembly passes over places and clusters (assembly.h):
// which countries the article is about and every strike place resolved with
// them, districts and regions that frame a place, the clusters of mentions
// at one place (and of mentions with none), and the merges of a region's or
// a nearby place's record into a town's.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/ascii.h"
#include "core/geo.h"
#include "extract/assembly.h"

namespace salvo {

// ---------------------------------------------------------------- helpers ---

bool is_generic(const Mention& m) {
  return m.weapon == Weapon::unknown && (m.event_type == EventType::shelling_artillery_missile || !m.strong);
}

std::string place_key(const Mention& m) {
  if (!m.location) return "";
  const Location& l = *m.location;
  if (l.geonames_id) return "g" + std::to_string(*l.geonames_id);
  return "n" + ascii_lower(l.name) + "|" + l.country;
}

bool compatible(const Cluster& c, const Mention& m) {
  if (c.actor && m.actor && *c.actor != *m.actor) return false;
  if (c.day && m.date && m.date->precision == DatePrecision::day && !(m.date->date == *c.day)) return false;
  if (is_generic(m) || c.generic) return true;
  if (c.event_type != m.event_type) return false;
  return c.weapon == m.weapon || c.weapon == Weapon::unknown || m.weapon == Weapon::unknown;
}

void add(Cluster& c, const Mention& m, std::size_t idx) {
  c.members.push_back(idx);
  if (m.actor && !c.actor) c.actor = m.actor;
  if (m.date && m.date->precision == DatePrecision::day && !c.day) c.day = m.date->date;
  if (!is_generic(m) && (c.generic || (c.weapon == Weapon::unknown && m.weapon != Weapon::unknown))) {
    c.event_type = m.event_type;
    c.weapon = m.weapon;
    c.generic = false;
  }
  c.first_sentence = std::min(c.first_sentence, m.sentence);
  c.last_sentence = std::max(c.last_sentence, m.sentence);
}

Cluster start(const Mention& m, std::size_t idx) {
  Cluster c;
  c.key = place_key(m);
  c.event_type = m.event_type;
  c.weapon = m.weapon;
  c.generic = is_generic(m);
  c.first_sentence = c.last_sentence = m.sentence;
  c.paragraph = m.paragraph;
  add(c, m, idx);
  return c;
}

const Mention* latest_dated_before(const std::vector<Mention>& mentions, int s, bool reported_only) {
  const Mention* out = nullptr;
  for (const auto& o : mentions)
    if (o.sentence < s && (!out || o.sentence > out->sentence) && (o.reported || !reported_only) && o.date &&
        !o.date->anaphoric && o.date->precision == DatePrecision::day)
      out = &o;
  return out;
}

void widen(std::optional<Count>& into, const FoundCount& fc) {
  if (!into || fc.update) {
    into = fc.count;
    return;
  }
  into->min = std::min(into->min, fc.count.min);
  if (into->max && fc.count.max) into->max = std::max(*into->max, *fc.count.max);
  else into->max.reset();
}

void merge_toll(std::optional<Count>& into, const FoundCount& fc) {
  if (!into || fc.update) {
    into = fc.count;
    return;
  }
  if (into->max && fc.count.max) into->max = std::max(*into->max, *fc.count.max);
  else into->max.reset();
}

namespace {

bool at_town(const Location& l) {
  return l.precision == LocationPrecision::exact || l.precision == LocationPrecision::near;
}

// The countries an article is about, most likely first: the evidence of every
// place name it uses (strike places, datelines, regions in brackets, places
// that were not struck), the country names it writes and, weakest, its
// country adjectives. A name found in one country only is strong evidence; a
// big city far bigger than its namesakes abroad nearly as strong; a name with
// namesakes in several countries little. Countries with less than half the
// evidence of the first are left out, so that a namesake abroad gets no help
// from a passing mention ("Iraqi army patrol near Hawija (Kirkuk)": Iraq, not
// also Ethiopia's Hawiya).
// `all` receives every country with any evidence, in the same order.
std::vector<std::string> article_countries(const std::vector<Mention>& mentions, const DocInfo& info,
                                           const Gazetteer& gaz, std::vector<std::string>& all) {
  std::map<std::string, double> score;
  std::set<std::string> seen;
  auto place = [&](const std::string& name) {
    if (name.empty() || !seen.insert(ascii_lower(name)).second) return;
    // a name that is only small villages is no evidence: more often a person ("Hamdan", "Elder")
    if (gaz.small_place(name)) return;
    std::map<std::string, std::int64_t> biggest;  // country -> largest population of that name
    const auto recs = gaz.lookup(name);
    // a country's own name (a strike placed at "Israel") is that country's evidence, counted
    // with the countries named; its namesake villages abroad (a hamlet "Israel" in Haiti) are none
    if (std::any_of(recs.begin(), recs.end(), [](const PlaceRecord* r) { return r->kind == PlaceKind::country; })) return;
    for (const PlaceRecord* r : recs) {
      auto& b = biggest[r->country];
      b = std::max(b, r->population + 1);
    }
    if (biggest.empty()) return;
    if (biggest.size() == 1) {
      score[biggest.begin()->first] += 2.0;
      return;
    }
    std::vector<std::pair<std::int64_t, std::string>> by_pop;
    for (const auto& [cc, pop] : biggest) by_pop.emplace_back(pop, cc);
    std::sort(by_pop.rbegin(), by_pop.rend());
    if (by_pop[0].first >= 100000 && by_pop[0].first >= 10 * by_pop[1].first) {
      score[by_pop[0].second] += 2.0;
      return;
    }
    for (const auto& [pop, cc] : by_pop) score[cc] += 0.5 / static_cast<double>(by_pop.size());
  };
  for (const auto& m : mentions)
    if (m.place) {
      place(m.place->name);
      place(m.place->region_hint);
    }
  for (const auto& n : info.places) place(n);
  for (const auto& [cc, name] : info.countries) score[cc] += 2.0;
  for (const auto& cc : info.demonyms) score[cc] += 0.5;
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [cc, v] : score) ranked.emplace_back(-v, cc);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  all.clear();
  for (const auto& [v, cc] : ranked) {
    all.push_back(cc);
    if (-v >= 0.5 && -v >= 0.5 * -ranked.front().first) out.push_back(cc);
  }
  return out;
}

// The most precise location of a cluster's members, or null.
const Location* best_location(const std::vector<Mention>& mentions, const Cluster& c) {
  const Location* l = nullptr;
  for (std::size_t i : c.members)
    if (mentions[i].location && (!l || mentions[i].location->precision > l->precision)) l = &*mentions[i].location;
  return l;
}

}  // namespace

// ----------------------------------------------------------------- passes ---

// Which countries the article is about, then every strike place resolved with them. A country
// hint taken from the sentence can be wrong ("Russia's defence ministry said ... near Kupiansk"):
// a name the gazetteer knows elsewhere is better than no coordinates.
void resolve_places(AssemblyState& st) {
  st.likely = article_countries(st.mentions, st.info, st.gaz, st.context);
  for (const auto& [cc, name] : st.info.countries) st.country_name.emplace(cc, name);
  for (auto& m : st.mentions) {
    if (!m.place) continue;
    if (!st.likely.empty()) m.place->context_countries = st.likely;
    PlaceQuery q = *m.place;
    Location l = st.gaz.resolve(q);
    if (!l.latitude && !q.country_hint.empty()) {
      q.country_hint.clear();
      Location again = st.gaz.resolve(q);
      if (again.latitude) l = std::move(again);
    }
    if (l.loose_spelling) m.rules.push_back("place.loose_spelling");
    m.location = std::move(l);
  }
}

// "On Tuesday, a bomb hit a building in the Saltivskyi district": a district of the city the article
// placed its last strike in before (EVENTS.md: a district is reported as its city).
void city_districts(AssemblyState& st) {
  for (auto& m : st.mentions) {
    if (!m.city_district || m.location) continue;
    const Mention* city = nullptr;
    for (const auto& o : st.mentions)
      if (o.sentence < m.sentence && o.location && o.location->precision == LocationPrecision::exact &&
          o.location->latitude && (!city || o.sentence > city->sentence))
        city = &o;
    if (!city) continue;
    m.location = city->location;
    m.location->surface = city->location->surface;
    m.rules.push_back("place.city_of_district");
  }
}

// A region named in the same sentence as a place inside it frames that place
// ("In the Kherson region, shelling of Antonivka killed ..."): one strike, at the place.
void region_frames_place(AssemblyState& st) {
  auto& mentions = st.mentions;
  for (auto& m : mentions) {
    if (!m.location || m.location->precision != LocationPrecision::admin1 || m.location->admin1.empty()) continue;
    const bool inside = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
      return &o != &m && o.sentence == m.sentence && o.location && o.location->latitude && at_town(*o.location) &&
             o.location->country == m.location->country && o.location->admin1 == m.location->admin1;
    });
    if (inside) {
      m.location.reset();
      m.rules.push_back("place.region_frames_place");
    }
  }
}

// Clusters of placed mentions: same place, compatible kind, actor and day; the cluster of the
// same kind first, then the nearest in the text.
void cluster_placed(AssemblyState& st) {
  auto& clusters = st.clusters;
  for (std::size_t i = 0; i < st.mentions.size(); ++i) {
    const Mention& m = st.mentions[i];
    if (!m.location) {
      st.placeless.push_back(i);
      continue;
    }
    const std::string key = place_key(m);
    Cluster* best = nullptr;
    for (auto& c : clusters) {
      if (c.key != key || !compatible(c, m)) continue;
      if (!best || (c.event_type == m.event_type && best->event_type != m.event_type) ||
          (c.event_type == m.event_type) == (best->event_type == m.event_type)) {
        if (!best || std::abs(c.last_sentence - m.sentence) <= std::abs(best->last_sentence - m.sentence) ||
            (c.event_type == m.event_type && best->event_type != m.event_type))
          best = &c;
      }
    }
    if (best) add(*best, m, i);
    else clusters.push_back(start(m, i));
  }
}

// Mentions with no place join the nearest compatible event (same paragraph first), else a
// country-level record of their own.
void placeless_mentions(AssemblyState& st) {
  for (std::size_t i : st.placeless) {
    const Mention& m = st.mentions[i];
    Cluster* best = nullptr;
    int best_score = 1 << 30;
    for (auto& c : st.clusters) {
      if (!compatible(c, m)) continue;
      if (!is_generic(m) && !c.generic && (c.event_type != m.event_type)) continue;
      const int dist = std::min(std::abs(c.first_sentence - m.sentence), std::abs(c.last_sentence - m.sentence));
      const int score = dist + (c.paragraph == m.paragraph ? 0 : 1000) + (c.actor == m.actor ? 0 : 50);
      if (score < best_score) {
        best_score = score;
        best = &c;
      }
    }
    if (best) {
      add(*best, m, i);
      continue;
    }
    Cluster* cl = nullptr;
    for (auto& c : st.country_level)
      if (compatible(c, m)) cl = &c;
    if (cl) add(*cl, m, i);
    else st.country_level.push_back(start(m, i));
  }
}

// A region-level record of a kind the article also places in a town of that region, for a
// compatible actor and day, is the same strike told for the region ("the Israeli military said it
// struck targets in the Bekaa" after a strike in a Bekaa town; "the administration in South Darfur
// said 30 were killed in the bombing" of Nyala): it joins the town's record when there is one
// town, and is a round-up of them, not a strike, when there are several (EVENTS.md: one record per
// strike; a region alone only when no place inside it is named).
void region_of_town(AssemblyState& st) {
  auto& mentions = st.mentions;
  for (auto& r : st.clusters) {
    if (r.members.empty()) continue;
    const Mention& rm = mentions[r.members.front()];
    if (!rm.location || rm.location->precision != LocationPrecision::admin1 || rm.location->admin1.empty()) continue;
    std::vector<Cluster*> towns;
    for (auto& t : st.clusters) {
      if (&t == &r || t.members.empty()) continue;
      const Mention& tm = mentions[t.members.front()];
      if (!tm.location || !at_town(*tm.location)) continue;
      if (tm.location->country != rm.location->country || tm.location->admin1 != rm.location->admin1) continue;
      if (!(r.generic || t.generic || r.event_type == t.event_type)) continue;
      const bool fits = std::all_of(r.members.begin(), r.members.end(),
                                    [&](std::size_t i) { return compatible(t, mentions[i]); });
      if (fits) towns.push_back(&t);
    }
    if (towns.empty()) continue;
    if (towns.size() == 1)
      for (std::size_t i : r.members) {
        mentions[i].rules.push_back("place.region_of_town");
        add(*towns.front(), mentions[i], i);
      }
    r.members.clear();
  }
}

// "a rocket hit a house in a suburb of Haifa" and "one rocket struck a house in Kiryat Bialik, north
// of Haifa": a strike placed only near a town joins the strike of the same kind, actor and day placed
// exactly at a town within 12 km of it (the article names the place more precisely later or earlier).
void near_merge(AssemblyState& st) {
  auto& mentions = st.mentions;
  for (auto& n : st.clusters) {
    if (n.members.empty()) continue;
    const Location* nl = best_location(mentions, n);
    if (!nl || nl->precision != LocationPrecision::near || !nl->latitude) continue;
    Cluster* into = nullptr;
    for (auto& t : st.clusters) {
      if (&t == &n || t.members.empty()) continue;
      const Location* tl = best_location(mentions, t);
      if (!tl || tl->precision != LocationPrecision::exact || !tl->latitude ||
          tl->country != nl->country)
        continue;
      if (!(n.generic || t.generic || (n.event_type == t.event_type && n.weapon == t.weapon))) continue;
      if (n.actor && t.actor && *n.actor != *t.actor) continue;
      if (n.day && t.day && !(*n.day == *t.day)) continue;
      if (haversine_km(*nl->latitude, *nl->longitude, *tl->latitude, *tl->longitude) > 12.0) continue;
      if (into) {  // two candidates: no merge
        into = nullptr;
        break;
      }
      into = &t;
    }
    if (!into) continue;
    for (std::size_t i : n.members) {
      mentions[i].rules.push_back("place.near_merged");
      add(*into, mentions[i], i);
    }
    n.members.clear();
  }
}

}  // namespace salvo
