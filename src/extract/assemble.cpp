#include "extract/assemble.h"

#include "core/ascii.h"
#include "core/geo.h"
#include "core/hash.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace salvo {

namespace {

int location_rank(const Location& l) {
  if (l.precision == "exact") return 4;
  if (l.precision == "near") return 3;
  if (l.precision == "admin1") return 2;
  if (l.precision == "country") return 1;
  return 0;
}

int weapon_rank(const Mention& m) { return salvo::weapon_rank(m.named_system, m.weapon, m.strong); }

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
    std::map<std::string, std::int64_t> biggest;  // country -> largest population of that name
    for (const PlaceRecord* r : gaz.lookup(name)) {
      if (r->kind == PlaceKind::country) continue;
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
      score[by_pop[0].second] += 1.5;
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

// The mention with a day-precise date that the article reports last before
// sentence `s` (the first such in that sentence); with `reported_only`, among
// reported strikes only. Dates still waiting for an antecedent do not count.
const Mention* latest_dated_before(const std::vector<Mention>& mentions, int s, bool reported_only) {
  const Mention* out = nullptr;
  for (const auto& o : mentions)
    if (o.sentence < s && (!out || o.sentence > out->sentence) && (o.reported || !reported_only) && o.date &&
        !o.date->anaphoric && o.date->precision == DatePrecision::day)
      out = &o;
  return out;
}

// Conflicting reports widen the bounds: lowest min, highest max (null = unbounded).
void widen(std::optional<Count>& into, const FoundCount& fc) {
  if (!into || fc.update) {
    into = fc.count;
    return;
  }
  into->min = std::min(into->min, fc.count.min);
  if (into->max && fc.count.max) into->max = std::max(*into->max, *fc.count.max);
  else into->max.reset();
}

std::string place_key(const Mention& m) {
  if (!m.location) return "";
  const Location& l = *m.location;
  if (l.geonames_id) return "g" + std::to_string(*l.geonames_id);
  return "n" + ascii_lower(l.name) + "|" + l.country;
}

bool is_generic(const Mention& m) {
  return m.weapon == "unknown" && (m.event_type == "shelling_artillery_missile" || !m.strong);
}

struct Cluster {
  std::vector<std::size_t> members;  // indexes into mentions
  std::string key;                   // place key ("" for no place)
  std::string event_type, weapon;
  bool generic = true;
  std::optional<std::string> actor;
  std::optional<Date> day;
  int first_sentence = 0, last_sentence = 0, paragraph = 0;
};

bool compatible(const Cluster& c, const Mention& m) {
  if (c.actor && m.actor && *c.actor != *m.actor) return false;
  if (c.day && m.date && m.date->precision == DatePrecision::day && !(m.date->date == *c.day)) return false;
  if (is_generic(m) || c.generic) return true;
  if (c.event_type != m.event_type) return false;
  return c.weapon == m.weapon || c.weapon == "unknown" || m.weapon == "unknown";
}

void add(Cluster& c, const Mention& m, std::size_t idx) {
  c.members.push_back(idx);
  if (!m.actor) {
  } else if (!c.actor) {
    c.actor = m.actor;
  }
  if (m.date && m.date->precision == DatePrecision::day && !c.day) c.day = m.date->date;
  if (!is_generic(m) && (c.generic || (c.weapon == "unknown" && m.weapon != "unknown"))) {
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

}  // namespace

std::vector<Event> assemble(std::vector<Mention> mentions, const std::vector<FollowUp>& followups,
                            const DocInfo& info, const Gazetteer& gaz, const EvidenceFn& evidence) {
  if (mentions.empty()) return {};
  const Document& doc = *info.doc;

  // 0. a toll at a place in a sentence without a trigger ("A woman was killed in the nearby town of
  // Sarmin") continues the attack reported just before it (same paragraph, or the sentence before):
  // its kind, weapon, actor and day; with no such attack it is dropped
  for (auto& m : mentions) {
    if (!m.inherit) continue;
    const Mention* prev = nullptr;
    for (const auto& o : mentions)
      if (!o.inherit && o.sentence < m.sentence && (o.paragraph == m.paragraph || o.sentence == m.sentence - 1) &&
          (!prev || o.sentence > prev->sentence || (o.sentence == prev->sentence && o.anchor > prev->anchor)))
        prev = &o;
    // else an attack on the same place told before ("By Thursday afternoon, the death toll in Lviv had
    // risen to six" a paragraph after the strike on Lviv)
    if (!prev && m.place)
      for (const auto& o : mentions)
        if (!o.inherit && o.sentence < m.sentence && o.place && ascii_lower(o.place->name) == ascii_lower(m.place->name) &&
            (!prev || o.sentence > prev->sentence))
          prev = &o;
    if (!prev || !prev->reported) continue;
    m.event_type = prev->event_type;
    m.weapon = prev->weapon;
    m.strong = prev->strong;
    m.named_system = prev->named_system;
    m.actor = prev->actor;
    m.actor_text = prev->actor_text;
    m.actor_how = prev->actor_how;
    if (prev->date && !prev->date->anaphoric) m.date = prev->date;
    m.reported = true;
    m.inherit = false;
  }
  std::erase_if(mentions, [](const Mention& m) { return m.inherit; });
  if (mentions.empty()) return {};

  // 0. "the explosion was caused by a gas leak": the unattributed blasts reported before it were an
  // accident, not an attack
  for (const auto& f : followups) {
    if (!f.accident) continue;
    std::erase_if(mentions, [&](const Mention& m) {
      return m.sentence < f.sentence && m.event_type == "remote_explosive" && m.weapon == "unknown" && !m.actor &&
             !m.strong;
    });
  }
  if (mentions.empty()) return {};

  // 1. follow-up sentences ("No injuries were reported.") add to the attack just reported
  Mention* chained = nullptr;  // the attack the last follow-up went to, and that follow-up's sentence
  int chained_sentence = -2;
  for (const auto& f : followups) {
    if (f.accident) continue;
    if (f.actor && f.plural_claim)
      for (auto& m : mentions)
        if (m.sentence < f.sentence && !m.actor) {
          m.actor = f.actor;
          m.actor_text = f.actor_text;
          m.actor_how = ActorHow::subject;
          m.rules.insert(m.rules.end(), f.rules.begin(), f.rules.end());
          m.extra_sentences.push_back(f.sentence);
        }
    Mention* last = nullptr;
    for (auto& m : mentions)
      if (m.sentence < f.sentence && (m.paragraph == f.paragraph || m.sentence == f.sentence - 1) &&
          (!last || m.sentence >= last->sentence))
        last = &m;
    // the sentence before was a follow-up of an attack: this one goes on about it ("Health Minister X
    // said 277 were wounded." then, a paragraph on, "The Observatory put the death toll at 123.")
    if (!last && chained && chained_sentence == f.sentence - 1) last = chained;
    // a toll told before any attack ("Civilian harm: dozens killed, more than 150 injured." above the
    // strike it belongs to): the first attack after it, in the same paragraph or the next sentence
    if (!last && !f.adjacent_only && (f.killed || f.injured) &&
        std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.sentence < f.sentence; }))
      for (auto& m : mentions)
        if (m.sentence > f.sentence && (m.paragraph == f.paragraph || m.sentence == f.sentence + 1) &&
            (!last || m.sentence < last->sentence || (m.sentence == last->sentence && m.anchor < last->anchor)))
          last = &m;
    if (!last || (f.adjacent_only && last->sentence != f.sentence - 1)) continue;
    chained = last;
    chained_sentence = f.sentence;
    // the whole sentence that named the attack gets the follow-up (a wave's towns share it only if one)
    for (auto& m : mentions) {
      if (m.sentence != last->sentence) continue;
      // every mention of that sentence learns the outcome; counts go to the last one only
      if (&m != last) {
        if (f.outcome == Outcome::hit) m.outcome = Outcome::hit;
        else if (f.outcome == Outcome::intercepted && m.outcome == Outcome::unknown) m.outcome = Outcome::intercepted;
        if (f.outcome != Outcome::unknown) m.extra_sentences.push_back(f.sentence);
        continue;
      }
      if (f.killed) {
        std::optional<Count> k = m.killed ? std::optional<Count>(m.killed->count) : std::nullopt;
        widen(k, *f.killed);
        m.killed = FoundCount{*k, f.killed->update, f.killed->rule};
      }
      if (f.injured) {
        std::optional<Count> k = m.injured ? std::optional<Count>(m.injured->count) : std::nullopt;
        widen(k, *f.injured);
        m.injured = FoundCount{*k, f.injured->update, f.injured->rule};
      }
      if (f.actor && !m.actor) {
        m.actor = f.actor;
        m.actor_text = f.actor_text;
        m.actor_how = ActorHow::subject;
      }
      m.extra_sentences.push_back(f.sentence);
      m.rules.insert(m.rules.end(), f.rules.begin(), f.rules.end());
      if ((f.killed && f.killed->count.min > 0) || (f.injured && f.injured->count.min > 0)) m.outcome = Outcome::hit;
      if (f.outcome == Outcome::hit) m.outcome = Outcome::hit;
      else if (f.outcome == Outcome::intercepted && m.outcome == Outcome::unknown) m.outcome = Outcome::intercepted;
    }
  }

  // "The same night, a drone hit Tsyrkuny": the date of the strike reported before (else of the
  // last date the article gave before), moved by the phrase's offset; with neither, no date.
  for (auto& m : mentions) {
    if (!m.date || !m.date->anaphoric) continue;
    const FoundDate* before = nullptr;
    int before_sentence = -1;
    if (const Mention* o = latest_dated_before(mentions, m.sentence, false)) {
      before = &*o->date;
      before_sentence = o->sentence;
    }
    if (!before)
      for (const auto& [sentence, d] : info.dates)
        if (sentence < m.sentence && sentence > before_sentence && !d.anaphoric && d.precision == DatePrecision::day) {
          before = &d;
          before_sentence = sentence;
        }
    if (!before) {
      m.date.reset();
      continue;
    }
    FoundDate d = *m.date;
    d.date = before->date.plus_days(d.offset);
    d.anaphoric = false;
    m.date = d;
  }

  // 2. places: which countries the article is about, then every strike place resolved with them
  auto resolve = [&](PlaceQuery q) {
    Location l = gaz.resolve(q);
    // a country hint taken from the sentence can be wrong ("Russia's defence ministry said ... near
    // Kupiansk"): a name the gazetteer knows elsewhere is better than no coordinates
    if (!l.latitude && !q.country_hint.empty()) {
      q.country_hint.clear();
      Location again = gaz.resolve(q);
      if (again.latitude) l = std::move(again);
    }
    return l;
  };
  std::vector<std::string> context;  // every country with evidence, most likely first
  const std::vector<std::string> likely = article_countries(mentions, info, gaz, context);
  std::map<std::string, std::string> country_name;  // as the article writes it
  for (const auto& [cc, name] : info.countries) country_name.emplace(cc, name);
  for (auto& m : mentions) {
    if (!m.place) continue;
    if (!likely.empty()) m.place->context_countries = likely;
    m.location = resolve(*m.place);
  }

  // "On Tuesday, a bomb hit a building in the Saltivskyi district": a district of the city the article
  // placed its last strike in before (EVENTS.md: a district is reported as its city)
  for (auto& m : mentions) {
    if (!m.city_district || m.location) continue;
    const Mention* city = nullptr;
    for (const auto& o : mentions)
      if (o.sentence < m.sentence && o.location && o.location->precision == "exact" && o.location->latitude &&
          (!city || o.sentence > city->sentence))
        city = &o;
    if (!city) continue;
    m.location = city->location;
    m.location->surface = city->location->surface;
    m.rules.push_back("place.city_of_district");
  }

  // A strike dated only by the statement that reports it ("a strike on a house in X killed nine,
  // the ministry said in a statement on Sunday") after the article has dated its wave ("Israeli air
  // strikes killed 15 in southern Lebanon on Saturday"): the wave's day, when that is no more than
  // two days before the statement, in the same country and with a compatible actor. Otherwise the
  // statement's day stands (EVENTS.md: a strike known only through a dated statement).
  for (auto& m : mentions) {
    if (!m.date || !m.date->statement || m.date->precision != DatePrecision::day) continue;
    const Mention* peg = nullptr;
    for (const auto& o : mentions) {
      if (o.sentence >= m.sentence || !o.reported || !o.date || o.date->statement || o.date->anaphoric ||
          o.date->precision != DatePrecision::day)
        continue;
      if (o.actor && m.actor && *o.actor != *m.actor) continue;
      if (!is_generic(o) && !is_generic(m) && o.event_type != m.event_type) continue;
      if (o.location && m.location && !o.location->country.empty() && !m.location->country.empty() &&
          o.location->country != m.location->country)
        continue;
      if (!peg || o.sentence > peg->sentence) peg = &o;
    }
    if (!peg) continue;
    const auto back = static_cast<int>(m.date->date.days() - peg->date->date.days());
    if (back < 0 || back > 2) continue;
    m.date->date = peg->date->date;
    m.date->rule = "date.statement_peg";
    m.rules.push_back("date.statement_peg");
  }

  // "A strike on a house in Shmustar killed nine" in an article whose lead frames a wave ("Israeli air
  // strikes killed at least 15 people in eastern and southern Lebanon on Saturday"): the unnamed strike
  // is one of the wave's, and takes its kind (EVENTS.md: like the actor, the weapon may come from the
  // framing). The frame is a strong report placed at no town (a wave over a country or region; placed
  // nowhere, it must give a toll), before the strike, with a compatible actor and day; only when all
  // such frames agree on the kind.
  for (auto& m : mentions) {
    if (m.strong || m.weapon != "unknown" || !m.location ||
        (m.location->precision != "exact" && m.location->precision != "near"))
      continue;
    std::set<std::pair<std::string, std::string>> kinds;
    for (const auto& o : mentions) {
      if (&o == &m || !o.strong || !o.reported || o.sentence >= m.sentence) continue;
      if (o.location && o.location->precision != "country" && o.location->precision != "admin1") continue;
      // placed nowhere: a frame only with a toll of its own ("air strikes killed 15"), not "the drone fell"
      if (!o.location && !((o.killed && o.killed->count.min > 0) || (o.injured && o.injured->count.min > 0))) continue;
      if (o.location && o.location->country != m.location->country) continue;
      if (o.actor && m.actor && *o.actor != *m.actor) continue;
      if (o.date && m.date && o.date->precision == DatePrecision::day && m.date->precision == DatePrecision::day &&
          !(o.date->date == m.date->date))
        continue;
      kinds.insert({o.event_type, o.weapon});
    }
    if (kinds.size() != 1) continue;
    m.event_type = kinds.begin()->first;
    m.weapon = kinds.begin()->second;
    m.rules.push_back("kind.framing");
  }

  // The forces of "the state" ("government forces", "the junta"): the state of the strike's place,
  // else of the article; never left as "state forces".
  for (auto& m : mentions) {
    if (!m.actor || *m.actor != kStateForces) continue;
    std::string cc;
    if (m.location && !m.location->country.empty()) cc = m.location->country;
    else if (!likely.empty()) cc = likely.front();
    std::optional<std::string> actor;
    if (!cc.empty()) {
      if (info.state_actors)
        if (auto it = info.state_actors->find(cc); it != info.state_actors->end()) actor = it->second;
      if (!actor) {
        const std::string name = gaz.country_name(cc);
        if (!name.empty()) actor = name;
      }
    }
    m.actor = actor;
    m.rules.push_back(actor ? "actor.state_of_place" : "actor.state_unknown");
  }

  // A region named in the same sentence as a place inside it frames that place
  // ("In the Kherson region, shelling of Antonivka killed ..."): one strike, at the place.
  for (auto& m : mentions) {
    if (!m.location || m.location->precision != "admin1" || m.location->admin1.empty()) continue;
    const bool inside = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
      return &o != &m && o.sentence == m.sentence && o.location && o.location->latitude &&
             (o.location->precision == "exact" || o.location->precision == "near") &&
             o.location->country == m.location->country && o.location->admin1 == m.location->admin1;
    });
    if (inside) {
      m.location.reset();
      m.rules.push_back("place.region_frames_place");
    }
  }

  // 3. clusters of placed mentions: same place, compatible kind, actor and day
  std::vector<Cluster> clusters;
  std::vector<std::size_t> placeless;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!m.location) {
      placeless.push_back(i);
      continue;
    }
    const std::string key = place_key(m);
    Cluster* best = nullptr;
    for (auto& c : clusters) {
      if (c.key != key || !compatible(c, m)) continue;
      // prefer the cluster of the same kind; then the nearest in the text
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
  // 4. mentions with no place join the nearest compatible event (same paragraph first)
  std::vector<Cluster> country_level;
  for (std::size_t i : placeless) {
    const Mention& m = mentions[i];
    Cluster* best = nullptr;
    int best_score = 1 << 30;
    for (auto& c : clusters) {
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
    for (auto& c : country_level)
      if (compatible(c, m)) cl = &c;
    if (cl) add(*cl, m, i);
    else country_level.push_back(start(m, i));
  }

  // 5. A region-level record of a kind the article also places in a town of that region, for a
  // compatible actor and day, is the same strike told for the region ("the Israeli military said it
  // struck targets in the Bekaa" after a strike in a Bekaa town; "the administration in South Darfur
  // said 30 were killed in the bombing" of Nyala): it joins the town's record when there is one
  // town, and is a round-up of them, not a strike, when there are several (EVENTS.md: one record per
  // strike; a region alone only when no place inside it is named).
  for (auto& r : clusters) {
    if (r.members.empty()) continue;
    const Mention& rm = mentions[r.members.front()];
    if (!rm.location || rm.location->precision != "admin1" || rm.location->admin1.empty()) continue;
    std::vector<Cluster*> towns;
    for (auto& t : clusters) {
      if (&t == &r || t.members.empty()) continue;
      const Mention& tm = mentions[t.members.front()];
      if (!tm.location || (tm.location->precision != "exact" && tm.location->precision != "near")) continue;
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

  // 6. "a rocket hit a house in a suburb of Haifa" and "one rocket struck a house in Kiryat Bialik, north
  // of Haifa": a strike placed only near a town joins the strike of the same kind, actor and day placed
  // exactly at a town within 12 km of it (the article names the place more precisely later or earlier)
  auto best_location = [&](const Cluster& c) -> const Location* {
    const Location* l = nullptr;
    for (std::size_t i : c.members)
      if (mentions[i].location && (!l || location_rank(*mentions[i].location) > location_rank(*l))) l = &*mentions[i].location;
    return l;
  };
  for (auto& n : clusters) {
    if (n.members.empty()) continue;
    const Location* nl = best_location(n);
    if (!nl || nl->precision != "near" || !nl->latitude) continue;
    Cluster* into = nullptr;
    for (auto& t : clusters) {
      if (&t == &n || t.members.empty()) continue;
      const Location* tl = best_location(t);
      if (!tl || tl->precision != "exact" || !tl->latitude || tl->country != nl->country) continue;
      if (!(n.generic || t.generic || (n.event_type == t.event_type && n.weapon == t.weapon))) continue;
      if (n.actor && t.actor && *n.actor != *t.actor) continue;
      if (n.day && t.day && !(*n.day == *t.day)) continue;
      if (distance_km(*nl->latitude, *nl->longitude, *tl->latitude, *tl->longitude) > 12.0) continue;
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

  // actor named elsewhere in the paragraph, or once in the whole article, for the same kind
  auto framing_actor = [&](const Cluster& c) -> std::optional<std::pair<std::string, std::string>> {
    for (int pass = 0; pass < 2; ++pass) {
      std::set<std::string> actors;
      std::string text;
      for (const auto& m : mentions) {
        if (!m.actor || m.event_type != c.event_type) continue;
        if (pass == 0 && m.paragraph != c.paragraph) continue;
        actors.insert(*m.actor);
        text = m.actor_text;
      }
      if (actors.size() == 1) return std::make_pair(*actors.begin(), text);
      if (actors.size() > 1) return std::nullopt;
    }
    return std::nullopt;
  };

  std::vector<Event> events;
  auto build = [&](const Cluster& c, bool country_only) {
    if (c.members.empty()) return;  // merged into another record (step 5)
    std::vector<const Mention*> ms;
    for (std::size_t i : c.members) ms.push_back(&mentions[i]);
    std::sort(ms.begin(), ms.end(), [](const Mention* a, const Mention* b) { return a->anchor < b->anchor; });
    const bool reported = std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return m->reported; });
    const bool strong = std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return m->strong; });
    if (!reported) return;
    Event e;
    e.doc_id = doc.id;
    e.source_url = doc.url;
    e.title = doc.title;
    // kind: the most specific weapon named
    // (among the reports: a habitual or background mention merged in does not name the weapon,
    // "the aircraft that attack Kharkiv are based in Belgorod")
    const Mention* kind = nullptr;
    for (const Mention* m : ms)
      if (m->reported && (!kind || weapon_rank(*m) > weapon_rank(*kind))) kind = m;
    e.event_type = kind->event_type;
    e.weapon = kind->weapon;
    // actor: the most direct attribution
    const Mention* who = nullptr;
    for (const Mention* m : ms)
      if (m->actor && (!who || m->actor_how > who->actor_how)) who = m;
    if (who) {
      e.actor = who->actor;
      e.actor_text = who->actor_text;
    } else if (auto fa = framing_actor(c)) {
      e.actor = fa->first;
      e.actor_text = fa->second;
      e.rules.push_back("actor.framing");
    }
    // the first object named ("a vegetable market"), else the first victims' kind ("nine civilians")
    for (const bool victims : {false, true}) {
      for (const Mention* m : ms)
        if (!m->target.text.empty() && m->target_from_victims == victims) {
          e.target = m->target;
          break;
        }
      if (!e.target.text.empty()) break;
    }
    // location: the most precise
    const Mention* where = nullptr;
    for (const Mention* m : ms)
      if (m->location && (!where || location_rank(*m->location) > location_rank(*where->location))) where = m;
    if (where) {
      e.location = where->location;
    } else if (country_only) {
      // a specific strike with no place: the article's country
      if (!strong) return;
      const bool specific = std::any_of(ms.begin(), ms.end(), [](const Mention* m) {
        return m->killed || m->injured || (m->date && m->date->precision == DatePrecision::day);
      });
      if (!specific) return;
      // the article's country, but not the attacker's own ("drones launched by Russia" hit Ukraine),
      // unless it is the only country the article names (a state striking at home: Sudan, Myanmar)
      const std::string own = e.actor ? gaz.country_code(*e.actor) : std::string();
      std::string cc;
      for (const auto& x : context)
        if (x != own) {
          cc = x;
          break;
        }
      if (cc.empty() && context.size() == 1) cc = context.front();
      if (!cc.empty()) {
        PlaceQuery q;
        q.country_hint = cc;
        Location l = gaz.resolve(q);
        if (auto it = country_name.find(cc); it != country_name.end()) l.name = it->second;
        if (l.name.empty() || l.name == cc) l.name = gaz.country_name(cc);
        if (l.name.empty()) l.name = cc;
        l.country = cc;
        l.precision = "country";
        e.location = l;
        e.rules.push_back("place.article_country");
      }
    }
    // date: the most precise; else the dateline's; else the publication date (unknown)
    const Mention* when = nullptr;
    for (const Mention* m : ms)
      if (m->date && (!when || m->date->precision > when->date->precision)) when = m;
    // an undated strike reported after a dated one takes that date: the article's
    // account of "the attack overnight" goes on ("In the port of Reni, air defences
    // shot down two drones")
    const Mention* peg = when ? nullptr : latest_dated_before(mentions, c.first_sentence, true);
    if (when) {
      e.date = {when->date->date.iso(), precision_name(when->date->precision), when->date->text};
    } else if (peg) {
      e.date = {peg->date->date.iso(), "day", peg->date->text};
      e.rules.push_back("date.article_peg");
    } else if (info.doc_date) {
      e.date = {info.doc_date->date.iso(), precision_name(info.doc_date->precision), info.doc_date->text};
      e.rules.push_back("date.dateline");
    } else if (doc.published) {
      e.date = {doc.published->iso(), "unknown", ""};
      e.rules.push_back("date.published");
    } else {
      e.date = {"", "unknown", ""};
    }
    // casualties: in text order; a running toll replaces, other reports widen
    for (const Mention* m : ms) {
      if (m->killed) widen(e.killed, *m->killed);
      if (m->injured) widen(e.injured, *m->injured);
    }
    // outcome: any impact is a hit; only shoot-downs is intercepted
    Outcome outcome = Outcome::unknown;
    for (const Mention* m : ms)
      if (m->outcome == Outcome::hit) outcome = Outcome::hit;
    if (outcome == Outcome::unknown)
      for (const Mention* m : ms)
        if (m->outcome == Outcome::intercepted) outcome = Outcome::intercepted;
    if ((e.killed && e.killed->min > 0) || (e.injured && e.injured->min > 0)) outcome = Outcome::hit;
    e.outcome = outcome_name(outcome);
    // evidence and provenance
    std::set<int> sentences;
    std::set<std::string> rules(e.rules.begin(), e.rules.end());
    for (const Mention* m : ms) {
      sentences.insert(m->sentence);
      sentences.insert(m->extra_sentences.begin(), m->extra_sentences.end());
      rules.insert(m->rules.begin(), m->rules.end());
    }
    for (int s : sentences) e.evidence.push_back(evidence(s));
    e.rules.assign(rules.begin(), rules.end());
    // confidence: how much of the record the text supports directly
    double conf = strong ? 0.5 : 0.3;
    if (e.actor) conf += 0.1;
    if (e.location && e.location->latitude) conf += 0.1;
    if (e.date.precision == "day") conf += 0.1;
    if (e.killed || e.injured || !e.target.text.empty()) conf += 0.05;
    if (ms.size() > 1) conf += 0.05;
    if (kind->named_system) conf += 0.05;
    e.confidence = std::round(std::min(conf, 0.95) * 100) / 100;
    std::uint64_t h = kFnvOffset;
    h = fnv1a_field(h, doc.id);
    h = fnv1a_field(h, e.event_type);
    h = fnv1a_field(h, e.weapon);
    h = fnv1a_field(h, e.location ? e.location->name + "|" + e.location->country : "");
    h = fnv1a_field(h, e.date.value);
    h = fnv1a_field(h, e.actor.value_or(""));
    e.event_id = hex64(h).substr(0, 16);
    events.push_back(std::move(e));
  };
  for (const auto& c : clusters) build(c, false);
  for (const auto& c : country_level) build(c, true);
  // a wave reported for the whole country is one record only when it names no place at all
  // (EVENTS.md): drop country-level records of a kind the article also places in towns or regions
  std::erase_if(events, [&](const Event& e) {
    if (!e.location || e.location->precision != "country") return false;
    return std::any_of(events.begin(), events.end(), [&](const Event& o) {
      return &o != &e && o.location && o.location->precision != "country" && o.event_type == e.event_type &&
             (!o.actor || !e.actor || *o.actor == *e.actor);
    });
  });
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.evidence.front().start < b.evidence.front().start;
  });
  // identical ids (two records that differ only in target) get a suffix, keeping ids unique
  std::map<std::string, int> seen;
  for (auto& e : events)
    if (int n = seen[e.event_id]++; n > 0) e.event_id += "-" + std::to_string(n);
  return events;
}

}  // namespace salvo
