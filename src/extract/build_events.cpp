// extract/build_events.cpp — assembly passes that make events (assembly.h):
// one Event a cluster (its kind, actor, target, place, date, casualties,
// outcome, evidence, rules, confidence and id, each chosen from the
// members), then the country-level records a placed one makes redundant, the
// text order, and unique ids. Typed values become the Event's strings here.
#include <algorithm>
#include <cmath>
#include <set>

#include "core/hash.h"
#include "extract/assembly.h"

namespace salvo {

namespace {

int weapon_rank(const Mention& m) { return salvo::weapon_rank(m.named_system, m.weapon, m.strong); }

// Actor named elsewhere in the paragraph, or once in the whole article, for the same kind.
std::optional<std::pair<std::string, std::string>> framing_actor(const std::vector<Mention>& mentions, const Cluster& c) {
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
}

// The actor: the most direct attribution, else the framing one (actor.framing).
void choose_actor(const AssemblyState& st, const Cluster& c, const std::vector<const Mention*>& ms, Event& e) {
  const Mention* who = nullptr;
  for (const Mention* m : ms)
    if (m->actor && (!who || m->actor_how > who->actor_how)) who = m;
  if (who) {
    e.actor = who->actor;
    e.actor_text = who->actor_text;
  } else if (auto fa = framing_actor(st.mentions, c)) {
    e.actor = fa->first;
    e.actor_text = fa->second;
    e.rules.push_back("actor.framing");
  }
}

// A record at a whole country says only that a strike happened somewhere in it; it is one
// strike an analyst can use when the text makes it news, dated by the text to the day or week or
// told in the text's first two sentences (a headline the text opens with, the lead), and says more than that it happened: people killed or
// injured, a hit, or who did it (event.country_not_specific). Real reporting's other
// country-level mentions are mostly waves, campaigns, quotes and strikes the article places
// elsewhere (docs/EVAL.md).
bool specific_at_country(const std::vector<const Mention*>& ms, const Event& e) {
  const bool dated = std::any_of(ms.begin(), ms.end(), [](const Mention* m) {
    return m->sentence < 2 ||
           (m->date && (m->date->precision == DatePrecision::day || m->date->precision == DatePrecision::week));
  });
  const bool harm = std::any_of(ms.begin(), ms.end(), [](const Mention* m) {
    return has_toll(m->killed, m->injured) || m->outcome == Outcome::hit;
  });
  return dated && (harm || e.actor.has_value());
}

// The location: the most precise; a specific strike with no place is at the article's country
// (place.article_country), but not the attacker's own ("drones launched by Russia" hit Ukraine),
// unless it is the only country the article names (a state striking at home: Sudan, Myanmar).
// False: the record is dropped (a placeless mention that reports no specific strike).
// Returns null, or the rule that drops the record.
const char* choose_location(const AssemblyState& st, const std::vector<const Mention*>& ms, bool country_only,
                            bool strong, Event& e) {
  const Mention* where = nullptr;
  for (const Mention* m : ms)
    if (m->location && (!where || m->location->precision > where->location->precision)) where = m;
  // A record at a whole country is for a specific strike only (EVENTS.md), named as one: "Russia
  // attacked Ukraine", "the Hamas attack on Israel" (a weak word, placed at a country) are a war
  // or an invasion, not a strike (event.country_needs_specific).
  const bool specific = std::any_of(ms.begin(), ms.end(), [](const Mention* m) {
    return m->killed || m->injured || (m->date && m->date->precision == DatePrecision::day);
  });
  if (where && where->location->precision == LocationPrecision::country && !strong) return "event.weak_at_country";
  if (where && where->location->precision == LocationPrecision::country && !specific_at_country(ms, e))
    return "event.country_not_specific";
  if (where) {
    e.location = static_cast<const Location&>(*where->location);
    return nullptr;
  }
  if (!country_only) return nullptr;
  if (!strong) return "event.weak_no_place";
  if (!specific) return "event.no_place_not_specific";
  if (!specific_at_country(ms, e)) return "event.country_not_specific";
  // in a long article a strike none of its sentences places is background or a summary; a note,
  // a headline or a brief is about one strike in the country it names (event.no_place_long_text)
  const int max_bytes = st.info.settings->article_country_max_bytes;
  if (max_bytes > 0 && st.info.doc->text.size() > static_cast<std::size_t>(max_bytes)) return "event.no_place_long_text";
  const std::string own = e.actor ? st.gaz.country_code(*e.actor) : std::string();
  std::string cc;
  for (const auto& x : st.context)
    if (x != own) {
      cc = x;
      break;
    }
  if (cc.empty() && st.context.size() == 1) cc = st.context.front();
  if (!cc.empty()) {
    PlaceQuery q;
    q.country_hint = cc;
    Location l = st.gaz.resolve(q);
    if (auto it = st.country_name.find(cc); it != st.country_name.end()) l.name = it->second;
    if (l.name.empty() || l.name == cc) l.name = st.gaz.country_name(cc);
    if (l.name.empty()) l.name = cc;
    l.country = cc;
    l.precision = LocationPrecision::country;
    e.location = l;
    e.rules.push_back("place.article_country");
  }
  return nullptr;
}

// The date: the most precise; else the date of the strike reported before (date.article_peg: the
// article's account of "the attack overnight" goes on, "In the port of Reni, air defences shot
// down two drones"); else the dateline's; else the publication date (unknown).
DatePrecision choose_date(const AssemblyState& st, const Cluster& c, const std::vector<const Mention*>& ms, Event& e) {
  const Mention* when = nullptr;
  for (const Mention* m : ms)
    if (m->date && (!when || m->date->precision > when->date->precision)) when = m;
  const Mention* peg = when ? nullptr : latest_dated_before(st.mentions, c.first_sentence, true);
  const DocInfo& info = st.info;
  DatePrecision p = DatePrecision::unknown;
  if (when) {
    p = when->date->precision;
    e.date = {when->date->date.iso(), p, when->date->text};
    if (info.lead_reference && when->date->relative) e.rules.push_back("date.lead_reference");
  } else if (peg) {
    p = DatePrecision::day;
    e.date = {peg->date->date.iso(), p, peg->date->text};
    e.rules.push_back("date.article_peg");
  } else if (info.doc_date) {
    p = info.doc_date->precision;
    e.date = {info.doc_date->date.iso(), p, info.doc_date->text};
    e.rules.push_back("date.dateline");
  } else if (info.doc->published) {
    e.date = {info.doc->published->iso(), p, ""};
    e.rules.push_back("date.published");
  } else {
    e.date = {"", p, ""};
  }
  return p;
}

// What a field's figure so far came from.
struct FieldSource {
  bool lead = false;   // the lead's toll (told in the text's first two sentences)
  bool named = false;  // only victims named one by one
};

// A figure of one more mention added to a field. The lead's toll (told in the text's first two
// sentences: the headline and the lead, which widen each other) is a floor: another source quoted
// after the lead with a lower figure does not lower it, a higher one raises the ceiling
// (merge_toll); a running toll replaces; victims named one by one are a part of a toll told with a
// number, which they never lower and which replaces them (EVENTS.md: a subset never lowers a stated
// total); reports told elsewhere widen the bounds, lowest min and highest max (widen).
void add_report(std::optional<Count>& into, FieldSource& src, const Mention& m, const FoundCount& fc) {
  const bool in_lead = m.sentence < 2;
  if (into && !fc.update && fc.named != src.named) {
    if (fc.named) {
      merge_toll(into, fc);
      return;
    }
    const int named = into->min;
    into = fc.count;
    into->min = std::max(into->min, named);
    if (into->max && *into->max < into->min) into->max = into->min;
    src = {in_lead, false};
    return;
  }
  if (into && src.lead && !in_lead && !fc.update) {
    merge_toll(into, fc);
    return;
  }
  const bool first = !into;
  widen(into, fc);
  src.lead = in_lead || (src.lead && !fc.update);
  src.named = first || fc.update ? fc.named : src.named && fc.named;
}

// Casualties in text order (add_report); the outcome: any impact is a hit, only shoot-downs
// intercepted.
// A figure of at least `campaign` people (assembly.lex campaign_total) is a war's or a campaign's
// total told beside the strike ("the bombardment of Gaza, which has killed more than 24,000"), not
// this strike's toll (cas.campaign_total): no strike of this kind kills that many.
void choose_counts(const std::vector<const Mention*>& ms, int campaign, Event& e) {
  FieldSource killed_src, injured_src;
  auto strike_toll = [&](const std::optional<FoundCount>& c) {
    if (!c) return false;
    if (campaign > 0 && c->count.min >= campaign) {
      e.rules.push_back("cas.campaign_total");
      return false;
    }
    return true;
  };
  for (const Mention* m : ms) {
    if (strike_toll(m->killed)) add_report(e.killed, killed_src, *m, *m->killed);
    if (strike_toll(m->injured)) add_report(e.injured, injured_src, *m, *m->injured);
  }
  Outcome outcome = Outcome::unknown;
  for (const Mention* m : ms)
    if (m->outcome == Outcome::hit) outcome = Outcome::hit;
  if (outcome == Outcome::unknown)
    for (const Mention* m : ms)
      if (m->outcome == Outcome::intercepted) outcome = Outcome::intercepted;
  if ((e.killed && e.killed->min > 0) || (e.injured && e.injured->min > 0)) outcome = Outcome::hit;
  e.outcome = outcome;
}

// Evidence, provenance, confidence (how much of the record the text supports directly) and id.
void finish(const AssemblyState& st, const std::vector<const Mention*>& ms, const Mention& kind, bool strong,
            DatePrecision dp, Event& e) {
  std::set<int> sentences;
  std::set<std::string> rules(e.rules.begin(), e.rules.end());
  for (const Mention* m : ms) {
    sentences.insert(m->sentence);
    sentences.insert(m->extra_sentences.begin(), m->extra_sentences.end());
    rules.insert(m->rules.begin(), m->rules.end());
  }
  for (int s : sentences) e.evidence.push_back(st.evidence(s));
  e.rules.assign(rules.begin(), rules.end());
  const ConfidenceWeights& w = st.info.settings->confidence;
  double conf = strong ? w.strong : w.weak;
  if (e.actor) conf += w.actor;
  if (e.location && e.location->latitude) conf += w.coordinates;
  if (dp == DatePrecision::day) conf += w.day;
  if (e.killed || e.injured || !e.target.text.empty()) conf += w.casualties_or_target;
  if (ms.size() > 1) conf += w.several_mentions;
  if (kind.named_system) conf += w.named_system;
  e.confidence = std::round(std::min(conf, w.max) * 100) / 100;
  std::uint64_t h = kFnvOffset;
  h = fnv1a_field(h, st.info.doc->id);
  h = fnv1a_field(h, to_string(e.event_type));
  h = fnv1a_field(h, to_string(e.weapon));
  h = fnv1a_field(h, e.location ? e.location->name + "|" + e.location->country : "");
  h = fnv1a_field(h, e.date.value);
  h = fnv1a_field(h, e.actor.value_or(""));
  e.event_id = hex64(h).substr(0, 16);
}

// A strike named only by weak words and dated well before the article ("following the 7 October
// attacks", months later) is history the article refers to, not news it reports
// (event.weak_background; the number of days is rules/assembly.lex's).
bool weak_background(const AssemblyState& st, const Event& e, DatePrecision p) {
  if (p == DatePrecision::unknown) return false;
  const auto d = parse_iso_date(e.date.value);
  return d && long_before_publication(st, *d);
}

// A strike every report of which places it only in a year before the article's ("in 2019",
// "the 2003 bombing", "last year"), with no day, week or month, is history the article refers
// to, not news it reports (event.history; the years are context.patterns' date.year_only and
// date.years_back).
bool history(const AssemblyState& st, const std::vector<const Mention*>& ms) {
  const std::optional<Date>& published = st.info.doc->published;
  return std::all_of(ms.begin(), ms.end(), [&](const Mention* m) {
    if (!m->reported) return true;
    if (m->date) return false;
    return m->years_back || (m->year_only > 0 && published && m->year_only < published->year);
  });
}

// A strike placed only at a region says more than a campaign only with a day or a toll: without
// them ("a city heavily damaged by Israeli airstrikes", "Russia's strikes on the Donbas", "this
// week's shelling of the Donetsk region") it is background, not one strike an analyst can code
// (event.region_not_specific). On the real-news gold, none of the 6 such records it removed was
// true.
bool region_not_specific(const Event& e, DatePrecision p) {
  if (!e.location || e.location->precision != LocationPrecision::admin1) return false;
  return p != DatePrecision::day && !e.killed && !e.injured;
}

// The event of one cluster, unless it reports nothing (no member reported) or, for a
// country-level cluster, no specific strike.
void build(AssemblyState& st, const Cluster& c, bool country_only) {
  if (c.members.empty()) return;  // merged into another record (region of town, near merge)
  std::vector<const Mention*> ms;
  for (std::size_t i : c.members) ms.push_back(&st.mentions[i]);
  std::sort(ms.begin(), ms.end(), [](const Mention* a, const Mention* b) { return a->anchor < b->anchor; });
  const bool reported = std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return m->reported; });
  const bool strong = std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return m->strong; });
  if (!reported) {
    if (st.rejected)
      for (const Mention* m : ms) reject(st, {m}, *m->unreported ? m->unreported : "event.no_report");
    return;
  }
  if (history(st, ms)) {
    reject(st, ms, "event.history");
    return;
  }
  const Document& doc = *st.info.doc;
  Event e;
  e.doc_id = doc.id;
  e.source_url = doc.url;
  e.title = doc.title;
  // kind: the most specific weapon named, among the reports (a habitual or background mention
  // merged in does not name the weapon: "the aircraft that attack Kharkiv are based in Belgorod")
  const Mention* kind = nullptr;
  for (const Mention* m : ms)
    if (m->reported && (!kind || weapon_rank(*m) > weapon_rank(*kind))) kind = m;
  e.event_type = kind->event_type;
  e.weapon = kind->weapon;
  choose_actor(st, c, ms, e);
  // the first object named ("a vegetable market"), else the first victims' kind ("nine civilians")
  for (const bool victims : {false, true}) {
    for (const Mention* m : ms)
      if (!m->target.text.empty() && m->target_from_victims == victims) {
        e.target = m->target;
        break;
      }
    if (!e.target.text.empty()) break;
  }
  if (const char* why = choose_location(st, ms, country_only, strong, e)) {
    reject(st, ms, why);
    return;
  }
  const DatePrecision p = choose_date(st, c, ms, e);
  if (!strong && weak_background(st, e, p)) {
    reject(st, ms, "event.weak_background");
    return;
  }
  choose_counts(ms, st.info.settings->campaign_total, e);
  if (region_not_specific(e, p)) {
    reject(st, ms, "event.region_not_specific");
    return;
  }
  finish(st, ms, *kind, strong, p, e);
  st.events.push_back(std::move(e));
}

}  // namespace

// One event per cluster: the placed ones, then the country-level ones.
void build_events(AssemblyState& st) {
  for (const auto& c : st.clusters) build(st, c, false);
  for (const auto& c : st.country_level) build(st, c, true);
}

// A wave reported for the whole country is one record only when it names no place at all
// (EVENTS.md): drop country-level records of a kind the article also places in towns or regions
// (event.country_duplicate). With assembly.lex's country_records_only_in_unplaced_articles, an
// article that places any strike keeps no country-level record unless it is dated to a day none of
// the placed ones has: the strikes it does not place are summaries and background
// (event.country_beside_places).
void drop_country_duplicates(AssemblyState& st) {
  auto& events = st.events;
  const bool any_kind = st.info.settings->country_only_unplaced;
  // decided on the whole list first, then erased (the test reads the other records)
  std::vector<bool> drop(events.size(), false);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!e.location || e.location->precision != LocationPrecision::country) continue;
    bool placed_any = false, placed_same_day = false;
    drop[i] = std::any_of(events.begin(), events.end(), [&](const Event& o) {
      if (&o == &e || !o.location || o.location->precision == LocationPrecision::country)
        return false;
      placed_any = true;
      placed_same_day = placed_same_day || o.date.value == e.date.value;
      return o.event_type == e.event_type && (!o.actor || !e.actor || *o.actor == *e.actor);
    });
    const char* rule = drop[i] ? "event.country_duplicate" : "event.country_beside_places";
    // a strike of its own day stays ("On 14 February, AFRICOM conducted a second airstrike in Somalia")
    const bool own_day = e.date.precision == DatePrecision::day && !placed_same_day;
    if (!drop[i] && any_kind && placed_any && !own_day) drop[i] = true;
    if (drop[i] && st.rejected)
      for (const auto& ev : e.evidence) st.rejected->push_back({-1, ev, "", rule, "assembly"});
  }
  std::vector<Event> kept;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(events[i]));
  events = std::move(kept);
}

// Events in the order the text tells them.
void text_order(AssemblyState& st) {
  std::stable_sort(st.events.begin(), st.events.end(), [](const Event& a, const Event& b) {
    return a.evidence.front().start < b.evidence.front().start;
  });
}

// Identical ids (two records that differ only in target) get a suffix, keeping ids unique.
void unique_ids(AssemblyState& st) {
  std::map<std::string, int> seen;
  for (auto& e : st.events)
    if (int n = seen[e.event_id]++; n > 0) e.event_id += "-" + std::to_string(n);
}

}  // namespace salvo
