// extract/assemble.cpp — see assemble.h: the table of passes, run in order,
// and the passes that work on mentions one by one (assembly.h).
#include "extract/assemble.h"

#include <algorithm>
#include <set>

#include "core/ascii.h"
#include "extract/assembly.h"

namespace salvo {

// A pass in the table, named after its function.
#define SALVO_PASS(fn) Pass{#fn, fn}

const std::vector<Pass>& assembly_passes() {
  static const std::vector<Pass> kPasses = {
      // a toll at a place with no trigger takes the attack before it    anaphor.place
      SALVO_PASS(inherit_tolls),
      // blasts a later sentence explains as an accident are dropped      (cue.accident)
      SALVO_PASS(drop_explained_accidents),
      // follow-up sentences add tolls, claims, outcomes to the attack     anaphor, actor.claim, outcome.*
      SALVO_PASS(attach_followups),
      // "the same night": the date of the strike before, plus its offset
      SALVO_PASS(anaphoric_dates),
      // the article's countries, then every place resolved with them
      SALVO_PASS(resolve_places),
      // "the X district" of no named city: the city of the strike before  place.city_of_district
      SALVO_PASS(city_districts),
      // a strike dated only by its statement takes the wave's day          date.statement_peg
      SALVO_PASS(statement_pegs),
      // a weak word dated well before the article is history it refers to   event.weak_background
      SALVO_PASS(weak_background_mentions),
      // an unnamed strike at a town takes the kind of the wave framing it  kind.framing
      SALVO_PASS(kind_framing),
      // an air strike of an article that names only aircraft is theirs      weapon.framing
      SALVO_PASS(weapon_framing),
      // a name scoped to countries ("IS @NG"): the group of the strike's country  actor.country_scope
      SALVO_PASS(scoped_actors),
      // "government forces": the state of the strike's place              actor.state_of_place, actor.state_unknown
      SALVO_PASS(state_forces),
      // a region named with a place inside it frames that place           place.region_frames_place
      SALVO_PASS(region_frames_place),
      // placed mentions: one cluster per place, kind, actor and day
      SALVO_PASS(cluster_placed),
      // placeless mentions join the nearest compatible cluster, or a country-level one
      SALVO_PASS(placeless_mentions),
      // a region's record joins the one town of it struck                 place.region_of_town
      SALVO_PASS(region_of_town),
      // a strike near a town joins the one placed at a town within 12 km  place.near_merged
      SALVO_PASS(near_merge),
      // one event per cluster                                              actor.framing, place.article_country, date.*
      SALVO_PASS(build_events),
      // country-level records of a kind also placed in towns are dropped
      SALVO_PASS(drop_country_duplicates),
      // events in the order the text tells them
      SALVO_PASS(text_order),
      // identical ids get a suffix
      SALVO_PASS(unique_ids),
  };
  return kPasses;
}

#undef SALVO_PASS

std::vector<Event> assemble(std::vector<Mention> mentions, const std::vector<FollowUp>& followups,
                            const DocInfo& info, const Gazetteer& gaz, const EvidenceFn& evidence,
                            std::vector<Rejection>* rejected) {
  AssemblyState st{std::move(mentions), followups, info, gaz, evidence, {}, {}, {}, {}, {}, {}, {}, rejected};
  // a pass that leaves no mention ends the assembly: nothing can make an event
  for (const Pass& p : assembly_passes()) {
    if (st.mentions.empty()) return {};
    p.run(st);
  }
  return std::move(st.events);
}

bool long_before_publication(const AssemblyState& st, const Date& d) {
  const int days = st.info.settings->weak_background_days;
  const std::optional<Date>& published = st.info.doc->published;
  return days > 0 && published && published->days() - d.days() > days;
}

void reject(AssemblyState& st, const std::vector<const Mention*>& ms, const std::string& rule) {
  if (!st.rejected) return;
  std::set<int> sentences;
  for (const Mention* m : ms)
    if (sentences.insert(m->sentence).second)
      st.rejected->push_back({m->sentence, st.evidence(m->sentence), "", rule, "assembly"});
}

// A toll at a place in a sentence without a trigger ("A woman was killed in the nearby town of
// Sarmin") continues the attack reported just before it (same paragraph, or the sentence before):
// its kind, weapon, actor and day; with no such attack it is dropped.
void inherit_tolls(AssemblyState& st) {
  auto& mentions = st.mentions;
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
}

// "the explosion was caused by a gas leak": the unattributed blasts reported before it were an
// accident, not an attack.
void drop_explained_accidents(AssemblyState& st) {
  for (const auto& f : st.followups) {
    if (!f.accident) continue;
    std::erase_if(st.mentions, [&](const Mention& m) {
      return m.sentence < f.sentence && m.event_type == EventType::remote_explosive && m.weapon == Weapon::unknown && !m.actor &&
             !m.strong;
    });
  }
}

namespace {

// The attack a follow-up adds to: the last one before it (same paragraph or the sentence
// before); else the one the follow-up before went to, when that was the sentence before; else,
// for a toll told before any attack, the first attack after it.
Mention* followup_target(std::vector<Mention>& mentions, const FollowUp& f, Mention* chained, int chained_sentence) {
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
  return last;
}

void learn_outcome(Mention& m, Outcome o) {
  if (o == Outcome::hit) m.outcome = Outcome::hit;
  else if (o == Outcome::intercepted && m.outcome == Outcome::unknown) m.outcome = Outcome::intercepted;
}

// The follow-up names a place some attack was already placed at ("the attack on Tuapse was part
// of a campaign"): it says which attack, it does not place another.
bool placed_before(const std::vector<Mention>& mentions, const FollowUp& f) {
  if (!f.place) return false;
  const std::string name = ascii_lower(f.place->name);
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
    return o.place && ascii_lower(o.place->name) == name;
  });
}

// The follow-up's counts, actor, date and place added to the mention it goes to (not its place
// when `place_known`).
void add_followup(Mention& m, const FollowUp& f, bool place_known) {
  if (f.killed) {
    std::optional<Count> k = m.killed ? std::optional<Count>(m.killed->count) : std::nullopt;
    merge_toll(k, *f.killed);
    m.killed = FoundCount{*k, f.killed->update, f.killed->rule};
  }
  if (f.injured) {
    std::optional<Count> k = m.injured ? std::optional<Count>(m.injured->count) : std::nullopt;
    merge_toll(k, *f.injured);
    m.injured = FoundCount{*k, f.injured->update, f.injured->rule};
  }
  if (f.actor && !m.actor) {
    m.actor = f.actor;
    m.actor_text = f.actor_text;
    m.actor_how = ActorHow::subject;
  }
  // the attack undated where it was told, dated where the text comes back to it ("killed in the
  // attack on Monday"): that day (date.followup)
  if (f.date && (!m.date || m.date->precision == DatePrecision::unknown)) {
    m.date = f.date;
    m.rules.push_back("date.followup");
  }
  // the attack placed at no town where it was told, placed where the text comes back to it ("The
  // attack was near a market in Qillah Abdullah"): that place (place.followup)
  if (f.place && !place_known && (!m.place || m.country_place || m.place->is_region)) {
    m.place = f.place;
    m.country_place = false;
    m.rules.push_back("place.followup");
  }
  m.extra_sentences.push_back(f.sentence);
  m.rules.insert(m.rules.end(), f.rules.begin(), f.rules.end());
  if (has_toll(f.killed, f.injured)) m.outcome = Outcome::hit;
  learn_outcome(m, f.outcome);
}

}  // namespace

// Follow-up sentences ("No injuries were reported.") add to the attack just reported.
void attach_followups(AssemblyState& st) {
  auto& mentions = st.mentions;
  Mention* chained = nullptr;  // the attack the last follow-up went to, and that follow-up's sentence
  int chained_sentence = -2;
  for (const auto& f : st.followups) {
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
    Mention* last = followup_target(mentions, f, chained, chained_sentence);
    if (!last || (f.adjacent_only && last->sentence != f.sentence - 1)) continue;
    chained = last;
    chained_sentence = f.sentence;
    // the whole sentence that named the attack gets the follow-up (a wave's towns share it only if one):
    // every mention of that sentence learns the outcome; counts go to the last one only
    for (auto& m : mentions) {
      if (m.sentence != last->sentence) continue;
      if (&m != last) {
        learn_outcome(m, f.outcome);
        if (f.outcome != Outcome::unknown) m.extra_sentences.push_back(f.sentence);
        continue;
      }
      add_followup(m, f, placed_before(mentions, f));
    }
  }
}

// "The same night, a drone hit Tsyrkuny": the date of the strike reported before (else of the
// last date the article gave before), moved by the phrase's offset; with neither, no date.
void anaphoric_dates(AssemblyState& st) {
  for (auto& m : st.mentions) {
    if (!m.date || !m.date->anaphoric) continue;
    const FoundDate* before = nullptr;
    int before_sentence = -1;
    if (const Mention* o = latest_dated_before(st.mentions, m.sentence, false)) {
      before = &*o->date;
      before_sentence = o->sentence;
    }
    if (!before)
      for (const auto& [sentence, d] : st.info.dates)
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
}

// A strike dated only by the statement that reports it ("a strike on a house in X killed nine,
// the ministry said in a statement on Sunday") after the article has dated its wave ("Israeli air
// strikes killed 15 in southern Lebanon on Saturday"): the wave's day, when that is no more than
// two days before the statement, in the same country and with a compatible actor. Otherwise the
// statement's day stands (EVENTS.md: a strike known only through a dated statement).
void statement_pegs(AssemblyState& st) {
  for (auto& m : st.mentions) {
    if (!m.date || !m.date->statement || m.date->precision != DatePrecision::day) continue;
    const Mention* peg = nullptr;
    for (const auto& o : st.mentions) {
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
}

// A strike named only by weak words and dated well before the article ("The war began when Hamas
// attacked Israeli communities on 7 October", months later) is history the article refers to: it is
// dropped before clustering, so that it neither makes a record nor lends its day, actor or toll to
// the strikes the article reports (event.weak_background; the number of days is rules/assembly.lex's
// weak_background_days). Strong words stay events, as EVENTS.md says.
void weak_background_mentions(AssemblyState& st) {
  const auto history = [&](const Mention& m) {
    return !m.strong && m.date && !m.date->anaphoric && m.date->precision != DatePrecision::unknown &&
           long_before_publication(st, m.date->date);
  };
  std::vector<const Mention*> dropped;
  for (const auto& m : st.mentions)
    if (history(m)) dropped.push_back(&m);
  if (dropped.empty()) return;
  reject(st, dropped, "event.weak_background");
  std::erase_if(st.mentions, history);
}

// "A strike on a house in Shmustar killed nine" in an article whose lead frames a wave ("Israeli air
// strikes killed at least 15 people in eastern and southern Lebanon on Saturday"): the unnamed strike
// is one of the wave's, and takes its kind (EVENTS.md: like the actor, the weapon may come from the
// framing). The frame is a strong report placed at no town (a wave over a country or region; placed
// nowhere, it must give a toll), before the strike, with a compatible actor and day; only when all
// such frames agree on the kind.
void kind_framing(AssemblyState& st) {
  for (auto& m : st.mentions) {
    if (m.strong || m.weapon != Weapon::unknown || !m.location ||
        (m.location->precision != LocationPrecision::exact && m.location->precision != LocationPrecision::near))
      continue;
    std::set<std::pair<EventType, Weapon>> kinds;
    for (const auto& o : st.mentions) {
      if (&o == &m || !o.strong || !o.reported || o.sentence >= m.sentence) continue;
      if (o.location && o.location->precision != LocationPrecision::country && o.location->precision != LocationPrecision::admin1)
        continue;
      // placed nowhere: a frame only with a toll of its own ("air strikes killed 15"), not "the drone fell"
      if (!o.location && !has_toll(o.killed, o.injured)) continue;
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
}

// "An airstrike on a hospital in Meles killed 10" in an article that names the aircraft elsewhere
// ("Russian and Syrian warplanes pounded Idlib"): the air strikes are the aircraft's (EVENTS.md:
// the weapon may come from the framing), when the article names no drones and the actors agree
// (weapon.framing).
void weapon_framing(AssemblyState& st) {
  const bool drones = std::any_of(st.mentions.begin(), st.mentions.end(),
                                  [](const Mention& o) { return o.weapon == Weapon::drone; });
  if (drones) return;
  for (auto& m : st.mentions) {
    if (m.event_type != EventType::air_drone_strike || m.weapon != Weapon::unknown) continue;
    const bool framed = std::any_of(st.mentions.begin(), st.mentions.end(), [&](const Mention& o) {
      return o.weapon == Weapon::aircraft && o.event_type == EventType::air_drone_strike &&
             (!o.actor || !m.actor || *o.actor == *m.actor);
    });
    if (!framed) continue;
    m.weapon = Weapon::aircraft;
    m.rules.push_back("weapon.framing");
  }
}

namespace {

// The country a mention's actor is read in: the strike's place's, else the article's.
std::string actor_country(const AssemblyState& st, const Mention& m) {
  if (m.location && !m.location->country.empty()) return m.location->country;
  return st.likely.empty() ? std::string() : st.likely.front();
}

// An @one_state name ("warplanes") is the state of the strike's place only when the article names
// no other country: as a place, an adjective, or a state's name in actors.lex ("Russia has backed").
bool other_country_named(const AssemblyState& st, const std::string& cc) {
  for (const auto& [code, name] : st.info.countries)
    if (code != cc) return true;
  for (const auto& code : st.info.demonyms)
    if (code != cc) return true;
  if (!st.info.state_actors || !st.info.doc) return false;
  const auto own = st.info.state_actors->find(cc);
  for (const std::string& label : st.info.actor_scopes->named_in(st.info.doc->text, cc)) {
    if (own != st.info.state_actors->end() && label == own->second) continue;
    for (const auto& [code, state] : *st.info.state_actors)
      if (state == label) return true;
  }
  return false;
}

}  // namespace

// A name that means another group in another country ("IS @NG" in actors.lex): the group of the
// country of the strike.
void scoped_actors(AssemblyState& st) {
  if (!st.info.actor_scopes) return;
  for (auto& m : st.mentions) {
    if (!m.actor || m.actor_text.empty()) continue;
    const auto scoped = st.info.actor_scopes->in_country(m.actor_text, actor_country(st, m));
    if (!scoped || *scoped == m.actor) continue;
    m.actor = *scoped;
    m.rules.push_back("actor.country_scope");
  }
}

// The forces of "the state" ("government forces", "the junta"): the state of the strike's place,
// else of the article; never left as "state forces".
void state_forces(AssemblyState& st) {
  for (auto& m : st.mentions) {
    if (!m.actor || *m.actor != kStateForces) continue;
    std::string cc = actor_country(st, m);
    const bool one_state = st.info.actor_scopes && st.info.actor_scopes->tagged(m.actor_text, kStateForces, "one_state");
    if (one_state && !cc.empty() && other_country_named(st, cc)) cc.clear();
    std::optional<std::string> actor;
    if (!cc.empty()) {
      if (st.info.state_actors)
        if (auto it = st.info.state_actors->find(cc); it != st.info.state_actors->end()) actor = it->second;
      if (!actor) {
        const std::string name = st.gaz.country_name(cc);
        if (!name.empty()) actor = name;
      }
    }
    m.actor = actor;
    m.rules.push_back(actor ? "actor.state_of_place" : "actor.state_unknown");
  }
}

}  // namespace salvo
