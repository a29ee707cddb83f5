// extract/analyze.cpp — see analyze.h: one sentence read step by step.
//
// The steps are the layers' (sentence.h, phrases.h, cues.h, actors.h,
// targets.h, places.h, casualties.h, mention_date.h); this file only orders
// them: which phrases are kept, which places each phrase gets, and the
// mentions made of them.
#include "extract/analyze.h"

#include <algorithm>
#include <charconv>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/actors.h"
#include "extract/casualties.h"
#include "extract/cues.h"
#include "extract/mention_date.h"
#include "extract/phrases.h"
#include "extract/places.h"
#include "extract/sentence.h"
#include "extract/targets.h"

namespace salvo {

namespace {

using PlaceSets = std::vector<std::vector<const PlaceCand*>>;  // per kept phrase, its places

const char* place_rule(const PlaceQuery& q, bool country) {
  return q.near ? "place.near" : q.is_region ? "place.region" : country ? "place.country" : "place.named";
}

// "A woman was killed in the nearby town of Sarmin, the group said": the attack just
// reported reached another place (or the same one: "the death toll in Lviv had risen to
// six"). Assembly gives the mention the kind, actor and day of that attack, or drops it.
void toll_at_place(const Sentence& c, const SentenceSpan& span, std::size_t base, const PlaceCand& pc,
                   SentenceResult& res) {
  for (const auto& t : c.toks)
    if (c.rb.words.followup_other_cause->has(text_of(c, t.begin, t.end))) return;
  Mention m;
  m.sentence = span.index;
  m.paragraph = span.paragraph;
  m.anchor = base + pc.begin;
  m.inherit = true;
  m.place = pc.q;
  m.rules = {"anaphor.place", place_rule(pc.q, false)};
  for (const auto& h : find_casualties(c, c.numbers.find(c.s))) {
    add_count(h.killed ? m.killed : m.injured, h.fc);
    m.rules.push_back(h.fc.rule);
  }
  if (has_toll(m.killed, m.injured)) {
    m.outcome = Outcome::hit;
    res.mentions.push_back(std::move(m));
  }
}

// A sentence with no trigger: casualties, "no injuries were reported", "air defences shot
// all of them down" for the attack just reported, or a toll at a place (toll_at_place).
void read_followup(Sentence& c, const SentenceSpan& span, std::size_t base, SentenceResult& res) {
  const bool outcome_words = cue_in(c, "hit"_name, 0, c.s.size()) || cue_in(c, "intercepted"_name, 0, c.s.size());
  if (c.cas.empty() && !outcome_words) return;
  if (c.rb.grammar.followup_separate->matches(c.s)) return;
  // a running total adds to no strike ("over 11,000 civilians have been killed since ...")
  if (is_roundup(c.rb.grammar, c.s)) return;
  c.cut_clauses();
  c.read_lists();
  // a follow-up is read without targets and reporting verbs
  c.targets.clear();
  c.reporting.clear();
  // a sentence about another place is about another attack
  const auto places = find_places(c, 0);
  for (const auto& pc : places)
    if (!pc.country) res.places.push_back(pc.name);
  for (const auto& pc : places) {
    if (!pc.good || pc.country || pc.bad || pc.used_as_hint) continue;
    toll_at_place(c, span, base, pc, res);
    return;
  }
  for (const auto& pc : places)
    if (pc.good && !pc.country) return;
  FollowUp fu;
  fu.sentence = span.index;
  fu.paragraph = span.paragraph;
  for (const auto& h : find_casualties(c, c.numbers.find(c.s))) {
    add_count(h.killed ? fu.killed : fu.injured, h.fc);
    fu.rules.push_back(h.fc.rule);
  }
  fu.outcome = outcome_in(c, 0, c.s.size());
  if (fu.outcome != Outcome::unknown) fu.rules.push_back("outcome." + std::string(to_string(fu.outcome)));
  fu.adjacent_only = !fu.killed && !fu.injured;
  if (fu.killed || fu.injured || fu.outcome != Outcome::unknown) res.followup = std::move(fu);
}

// The phrases that may be events (the cues and clauses decide). `explained_accident`: a blast
// dropped as an accident is "the explosion" of a sentence that explains one told before
// ("the explosion was caused by the improper storage of chemicals"; EVENTS.md: accidents and
// unattributed explosions are no event).
std::vector<Phrase> keep_events(const Sentence& c, const std::vector<Phrase>& phrases, bool& explained_accident,
                                std::size_t base, SentenceResult& res) {
  std::vector<Phrase> kept;
  for (const auto& p : phrases) {
    const std::string why = non_event_reason(c, p);
    if (why.empty()) kept.push_back(p);
    else res.dropped.push_back({base + p.begin, std::string(text_of(c, p.begin, p.end)), why});
    if (why == "cue.accident" && !p.strong && p.event_type == EventType::remote_explosive) {
      const std::string before = ascii_lower(text_of(c, p.begin > 30 ? p.begin - 30 : 0, p.begin));
      if (c.rb.grammar.cue_accident_definite->matches(before)) explained_accident = true;
    }
  }
  return kept;
}

// Anaphora: "the strikes", "the attack" and nothing stronger: a follow-up of the attack just
// reported (its casualties, and the actor a claim names). False when the phrases are no anaphor.
bool anaphor_followup(const Sentence& c, const SentenceSpan& span, const std::vector<Phrase>& kept,
                      const std::optional<FollowUp>& claim, const SentenceDates& dates, SentenceResult& res) {
  if (std::any_of(kept.begin(), kept.end(), [](const Phrase& p) { return p.strong; })) return false;
  const std::size_t b = kept.front().begin;
  // a verb has a subject, not an antecedent: "the IDF struck", "the army attacked"
  if (c.rb.grammar.anaphor_verb->matches(text_of(c, b, kept.front().end))) return false;
  const std::string before = ascii_lower(text_of(c, b > 30 ? b - 30 : 0, b));
  if (!c.rb.grammar.anaphor_before->matches(before)) return false;
  FollowUp fu;
  fu.sentence = span.index;
  fu.paragraph = span.paragraph;
  for (const auto& h : find_casualties(c, c.numbers.find(c.s))) {
    add_count(h.killed ? fu.killed : fu.injured, h.fc);
    fu.rules.push_back(h.fc.rule);
  }
  if (claim) {
    fu.actor = claim->actor;
    fu.actor_text = claim->actor_text;
  }
  fu.rules.push_back("anaphor");
  bool statement = false;
  if (const FoundDate* d = pick_date(c, dates, kept.front().begin, 0, statement); d && !statement && !d->anaphoric)
    fu.date = *d;
  // the place of the one attack the sentence names (with two, "That attack was in response to a
  // strike on Damascus", the place may be the other's), after it or fronted by one word at the
  // sentence's start ("In Kiev, damage from the strikes ..."; "Shortly after arriving in Tel Aviv,
  // Biden said the strike ..." is where the speaker was)
  auto fronted = [&](const PlaceCand& pc) {
    const auto lead = text_of(c, 0, pc.begin);
    return !lead.empty() && lead.back() == ' ' && lead.find(' ') == lead.size() - 1;
  };
  if (kept.size() == 1)
    for (const auto& pc : find_places(c, 0))
      if (pc.good && !pc.bad && !pc.country && !pc.used_as_hint && !pc.speaker && (pc.begin > b || fronted(pc))) {
        fu.place = pc.q;
        break;
      }
  if (fu.killed || fu.injured || fu.actor || fu.date || fu.place) res.followup = std::move(fu);
  return true;
}

// The phrase kept last is an aircraft that may have carried weapon phrase p: p names a weapon
// ("airstrikes" names none), in the same clause, with no other actor between them ("Israeli
// jets struck Khan Younis and Hamas responded with rockets" are two attacks).
bool platform_of(const Sentence& c, const std::vector<Phrase>& keep, const Phrase& p) {
  if (keep.empty() || keep.back().weapon != Weapon::aircraft || !keep.back().strong) return false;
  if (p.weapon == Weapon::aircraft || p.weapon == Weapon::unknown || !p.strong) return false;
  if (clause_of(c.cuts, keep.back().begin) != clause_of(c.cuts, p.begin)) return false;
  return std::none_of(c.actors.begin(), c.actors.end(),
                      [&](const TermHit& a) { return a.begin >= keep.back().end && a.end <= p.begin; });
}

// "launched missiles from strategic bombers", "bombers fired cruise missiles": a launch
// platform, not an attack of its own; "a Lancet hit a Ukrainian howitzer": a weapon that was
// the target
void drop_platforms_and_struck_weapons(const Sentence& c, std::vector<Phrase>& kept) {
  std::vector<Phrase> keep;
  for (const Phrase& p : kept) {
    const std::size_t lb = p.begin > 40 ? p.begin - 40 : 0;
    const std::string before = ascii_lower(text_of(c, lb, p.begin));
    if (!keep.empty() && c.rb.grammar.phrase_launch_platform->matches(before) && p.weapon == Weapon::aircraft) continue;
    // "deployed to shoot down drones": what may be intercepted, no attack reported
    if (c.rb.grammar.phrase_intercept_purpose->matches(before)) continue;
    // "fighter jets were deployed to shoot down drones": interceptors, no air strike of their own
    if (p.weapon == Weapon::aircraft &&
        c.rb.grammar.phrase_interceptor_after->matches(ascii_lower(text_of(c, p.end, std::min(c.s.size(), p.end + 60)))))
      continue;
    if (platform_of(c, keep, p)) {
      // the aircraft that fired the weapon is its platform
      if (c.rb.grammar.phrase_platform_fired->matches(ascii_lower(text_of(c, keep.back().end, p.begin)))) {
        keep.back() = p;
        continue;
      }
      if (c.rb.grammar.phrase_platform_with->matches(before)) continue;  // "jets struck the town with missiles"
    }
    if (!keep.empty()) {
      const auto gap = text_of(c, keep.back().end, p.begin);
      const auto [cb, ce] = clause_of(c.cuts, keep.back().begin);
      if (p.begin < ce && c.rb.grammar.phrase_hit_verb->matches(gap) && count_words(gap) <= 6 && keep.back().strong)
        continue;
    }
    keep.push_back(p);
  }
  kept.swap(keep);
}

// What the sentence's places tell about the article: country names, other place names
// and, a weaker hint, the adjectives of countries ("Ukrainian journalist killed").
void note_places(const Sentence& c, const std::vector<PlaceCand>& places, SentenceResult& res) {
  for (const auto& pc : places) {
    if (pc.country && !pc.country_code.empty()) res.countries.push_back({pc.country_code, pc.name});
    else if (!pc.country) res.places.push_back(pc.name);
  }
  for (const auto& t : c.toks) {
    std::string_view w = text_of(c, t.begin, t.end);
    if (!starts_upper(w)) continue;
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    bool in_place = false;
    for (const auto& pc : places)
      if (t.begin >= pc.begin && t.end <= pc.end) in_place = true;
    if (in_place || c.rb.words.place_title->has(w)) continue;  // "USS Carney": a ship, no American
    const std::string cc = c.gaz.country_code(w);
    // "the French embassy", "Iranian-made drones": a country's people or goods abroad
    const std::string_view after = c.s.substr(t.end);
    if (!cc.empty() && !c.rb.grammar.place_demonym_abroad_after->matches(after) &&
        !c.rb.grammar.actor_origin_after->matches(after))
      res.demonyms.push_back(cc);
  }
}

// The places a strike of this sentence may be at: towns and regions beat countries (whose code
// becomes every place's country hint), named-in-context beats neutral, and a speaker's place
// yields to another place ("the bombing killed five, officials in Kherson said").
std::vector<const PlaceCand*> usable_places(const Sentence& c, std::vector<PlaceCand>& places,
                                            const std::vector<Phrase>& kept) {
  std::vector<const PlaceCand*> usable;
  for (const auto& pc : places)
    if (!pc.bad && !pc.used_as_hint) usable.push_back(&pc);
  // (a country yields to a town of its own clause: "Russia attacked Ukraine in February, after
  // Kiev's failure to ..." keeps Ukraine for "attacked", not Kiev of another clause)
  const auto town_in_clause = [&](const PlaceCand* country) {
    const auto cl = clause_of(c.wide_cuts, country->begin);
    return std::any_of(usable.begin(), usable.end(), [&](const PlaceCand* p) {
      return !p->country && p->begin >= cl.first && p->begin < cl.second;
    });
  };
  std::string cc;
  for (const auto* p : usable)
    if (p->country && town_in_clause(p)) cc = p->country_code;
  std::erase_if(usable, [&](const PlaceCand* p) { return p->country && town_in_clause(p); });
  if (!cc.empty())
    for (auto& pc : places)
      if (pc.q.country_hint.empty()) pc.q.country_hint = cc;
  const bool any_good = std::any_of(usable.begin(), usable.end(), [](const PlaceCand* p) { return p->good; });
  if (any_good) std::erase_if(usable, [](const PlaceCand* p) { return !p->good; });
  if (std::any_of(usable.begin(), usable.end(), [](const PlaceCand* p) { return p->speaker; }) &&
      std::any_of(usable.begin(), usable.end(), [](const PlaceCand* p) { return !p->speaker && !p->country; }))
    std::erase_if(usable, [](const PlaceCand* p) { return p->speaker; });
  // "officials in the Kherson region said that rockets struck X": the place of the speaker is not the strike's
  if (!kept.empty()) {
    std::erase_if(usable, [&](const PlaceCand* pc) {
      if (pc->begin >= kept.front().begin) return false;
      bool later = false;
      for (const auto* o : usable)
        if (o->begin > kept.front().begin) later = true;
      if (!later) return false;
      for (const auto& r : c.reporting)
        if (r.begin > pc->end && r.end <= kept.front().begin) return true;
      return false;
    });
  }
  return usable;
}

// Each place goes to the nearest phrase before it (else the first after it); a place in the
// phrase's own clause wins over places in other clauses ("air strikes on Jabalia killed 19, as
// tanks pushed into Rafah"); a phrase without a place shares the next phrase's when they are
// coordinated ("40 drones and 10 missiles at Kyiv"); a place named before the first phrase
// belongs to every phrase of its clause with none of its own.
PlaceSets assign_places(const Sentence& c, const std::vector<Phrase>& kept, const std::vector<const PlaceCand*>& usable) {
  PlaceSets per(kept.size());
  for (const auto* pc : usable) {
    int owner = -1;
    for (std::size_t k = 0; k < kept.size(); ++k)
      if (kept[k].begin <= pc->begin) owner = static_cast<int>(k);
    if (owner < 0) owner = 0;
    per[static_cast<std::size_t>(owner)].push_back(pc);
  }
  for (std::size_t k = 0; k < kept.size(); ++k) {
    // (plain variables, not a structured binding: clang 14 cannot capture those in a lambda)
    const auto clause = clause_of(c.wide_cuts, kept[k].begin);
    const std::size_t cb = clause.first, ce = clause.second;
    const bool own = std::any_of(per[k].begin(), per[k].end(),
                                 [&](const PlaceCand* pc) { return pc->begin >= cb && pc->begin < ce; });
    if (own) std::erase_if(per[k], [&](const PlaceCand* pc) { return pc->begin < cb || pc->begin >= ce; });
  }
  // a weak word ("attack", "strike") is placed only where the text says so ("an attack on X", "a
  // strike in X"), not at a name merely nearby ("Russia attacked ..., after Kiev's failure")
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (kept[k].strong) continue;
    std::erase_if(per[k], [&](const PlaceCand* pc) {
      if (pc->good) return false;
      // the object of the word itself: "managed to strike Kharkiv", "attacked the eastern city"
      if (pc->begin < kept[k].end) return true;
      const std::string gap = ascii_lower(text_of(c, kept[k].end, pc->begin));
      return !(gap == " " || c.rb.grammar.place_gap_after_term->matches(gap));
    });
  }
  for (std::size_t k = kept.size() - 1; k-- > 0;) {
    if (!per[k].empty()) continue;
    const int words = count_words(text_of(c, kept[k].end, kept[k + 1].begin));
    const auto gap = ascii_lower(text_of(c, kept[k].end, kept[k + 1].begin));
    if (words <= 5 && c.rb.words.place_shared_gap->in(gap)) per[k] = per[k + 1];
  }
  if (kept.size() > 1 && !per[0].empty() && per[0].front()->begin < kept[0].begin) {
    const auto [cb, ce] = clause_of(c.cuts, kept[0].begin);
    for (std::size_t k = 1; k < kept.size(); ++k)
      if (per[k].empty() && kept[k].begin < ce) per[k] = per[0];
  }
  return per;
}

// One combined toll for several kinds at one place: one record, the first-named kind; the kinds
// must be named together ("artillery shells, drones and aerial bombs"), not in clauses of their own
// ("a drone attack on Homs ..., a day after government shelling killed six")
void combine_kinds(const Sentence& c, std::vector<Phrase>& kept, PlaceSets& per, const std::vector<CasHit>& cas) {
  if (kept.size() <= 1 || cas.empty()) return;
  for (std::size_t k = 1; k < kept.size(); ++k)
    if (!c.rb.grammar.combined_list_gap->matches(ascii_lower(text_of(c, kept[k - 1].end, kept[k].begin)))) return;
  std::vector<Phrase> one{kept.front()};
  for (std::size_t k = 1; k < kept.size(); ++k)
    if (per[k] != per.front() && !per[k].empty()) one.push_back(kept[k]);
  if (one.size() == 1) {
    kept = std::move(one);
    per.resize(1);
  }
}

// What every mention of the phrase shares: kind, actor, target, date, and whether it is reported.
struct PhraseReading {
  const Sentence& c;
  const SentenceSpan& span;
  const SentenceContext& sc;
  std::size_t base;
  std::size_t dateline_local;
  const std::vector<Phrase>& kept;
  const PlaceSets& per;
  const std::vector<CasHit>& cas;
  const SentenceDates& dates;
  bool has_date;
};

// Past tense, impact words, casualties, a date, or the lead make a phrase a report.
// When not, `why` names the rule (--explain).
bool is_reported(const PhraseReading& r, const Phrase& p, const Mention& m, std::size_t k, const char*& why) {
  const Sentence& c = r.c;
  const WordLists& w = c.rb.words;
  bool past = false;
  for (const auto& v : c.verbs) {
    const auto word = ascii_lower(text_of(c, v.begin, v.end));
    if (word.size() > 2 && (w.verb_past_ending->ends(word, true) || w.verb_past->has(word))) past = true;
  }
  const bool impact = cue_in(c, "hit"_name, 0, c.s.size()) || cue_in(c, "intercepted"_name, 0, c.s.size());
  bool reported = r.has_date || r.sc.lead || !r.cas.empty() || past || impact;
  if (!reported) why = "event.no_report";  // no date, no toll, no past tense, no impact, not the lead
  // Only a weapon named ("ballistic missiles", "military aircraft"), with no attack verb, no
  // casualties and no impact: a sentence about weapons, not a report of an attack, even
  // dated or in the lead ("The missiles have been ordered into production").
  if (!p.names_attack && r.cas.empty() && !past && !impact && c.verbs.empty() && reported) {
    reported = false;
    why = "event.weapon_only";
  }
  // "strike"/"attack"/"explosion" alone: an event only with an actor or casualties, and a place or date
  if (!p.strong && reported && !((m.actor || !r.cas.empty()) && (!r.per[k].empty() || r.has_date))) {
    reported = false;
    why = "event.weak_unsupported";
  }
  return reported;
}

// A clause with no date that places the strike in a year ("in 2019", "the 2003 bombing") or
// years back ("last year", "four years ago"; not "since last year"): event.history decides.
void read_past_year(const Sentence& c, std::size_t b, std::size_t e, Mention& m) {
  const std::string_view clause = text_of(c, b, e);
  std::string year;
  if (c.rb.grammar.date_year_only->search(clause, &year)) std::from_chars(year.data(), year.data() + year.size(), m.year_only);
  std::string comparison;
  if (c.rb.grammar.date_years_back->search(clause, &comparison) && comparison.empty()) m.years_back = true;
}

Mention phrase_mention(const PhraseReading& r, std::size_t k) {
  const Sentence& c = r.c;
  const Phrase& p = r.kept[k];
  Mention m;
  m.sentence = r.span.index;
  m.paragraph = r.span.paragraph;
  m.anchor = r.base + p.begin;
  m.event_type = p.event_type;
  m.weapon = p.weapon;
  m.strong = p.strong;
  m.named_system = p.named;
  m.rules = p.rules;
  find_actor(c, p, m);
  {
    const auto [tb, te] = clause_of(c.cuts, p.begin);
    std::size_t region_end = te;
    // the clause after a comma continues the report ("..., hitting a school"), a ';' does not
    if (te < c.s.size() && c.s[te] == ',') region_end = clause_of(c.cuts, te + 1).second;
    if (k + 1 < r.kept.size()) region_end = std::min(region_end, r.kept[k + 1].begin);
    find_target(c, p, tb, region_end, m);
  }
  // date: the one in the phrase's clause, else the first in the sentence
  if (r.has_date) {
    bool statement = false;
    if (const FoundDate* d = pick_date(c, r.dates, p.begin, r.dateline_local, statement)) {
      m.date = *d;
      m.date->statement = statement;
      m.rules.push_back(d->rule);
    }
  }
  if (!m.date) {
    auto [cb, ce] = clause_of(c.cuts, p.begin);
    // a phrase fronted before a comma at the sentence's start belongs to it ("In 2019, a drone
    // strike killed ..."), not a relative clause ("Hamas, which seized Gaza in 2007, fired");
    // a clause starts at the cut that opens it
    if (cb > 0 && c.s[cb] == ',' && clause_of(c.cuts, cb - 1).first == 0) cb = 0;
    read_past_year(c, cb, ce, m);
  }
  m.reported = is_reported(r, p, m, k, m.unreported);
  return m;
}

// The mention of phrase k at place pc (null: none): its outcome and, when the sentence names
// several places, the casualties nearest the place (several kinds: those after the phrase).
Mention mention_at(const PhraseReading& r, const Mention& base_m, std::size_t k, const PlaceCand* pc) {
  const Sentence& c = r.c;
  const Phrase& p = r.kept[k];
  Mention m = base_m;
  const std::size_t focus = pc ? pc->begin : p.begin;
  const auto [fb, fe] = clause_of(c.cuts, focus);
  const auto [pb, pe] = clause_of(c.cuts, p.begin);
  m.outcome = outcome_in(c, std::min(fb, pb), std::max(fe, pe));
  if (m.outcome == Outcome::unknown && r.per[k].size() <= 1) m.outcome = outcome_in(c, 0, c.s.size());
  if (pc) {
    m.place = pc->q;
    m.country_place = pc->country;
    m.rules.push_back(place_rule(pc->q, pc->country));
  }
  for (const auto& h : r.cas) {
    if (r.per[k].size() > 1 && pc) {
      const PlaceCand* nearest = nullptr;
      std::size_t bestd = SIZE_MAX;
      for (const auto* o : r.per[k]) {
        const std::size_t d = o->begin > h.pos ? o->begin - h.pos : h.pos - o->begin;
        if (d < bestd) {
          bestd = d;
          nearest = o;
        }
      }
      if (nearest != pc) continue;
    } else if (r.kept.size() > 1) {
      std::size_t owner = 0;
      for (std::size_t j = 0; j < r.kept.size(); ++j)
        if (r.kept[j].begin <= h.pos) owner = j;
      if (owner != k) continue;
    }
    add_count(h.killed ? m.killed : m.injured, h.fc);
    m.rules.push_back(h.fc.rule);
    if (h.fc.count.min > 0) m.outcome = Outcome::hit;
  }
  return m;
}

// One mention per place of each kept phrase (one with no place when it has none).
void make_mentions(const PhraseReading& r, SentenceResult& res) {
  for (std::size_t k = 0; k < r.kept.size(); ++k) {
    const Mention base_m = phrase_mention(r, k);
    if (r.per[k].empty()) {
      res.mentions.push_back(mention_at(r, base_m, k, nullptr));
      // "in the Saltivskyi district", "the city's Zarichnyi district": a part of the city the article
      // is telling about (assembly gives it that city)
      if (r.c.rb.grammar.place_district_unnamed->matches(r.c.s)) res.mentions.back().city_district = true;
    }
    for (const auto* pc : r.per[k]) res.mentions.push_back(mention_at(r, base_m, k, pc));
  }
}

}  // namespace

std::size_t dateline_length(const Grammar& g, std::string_view s) {
  // "CITY, Month D (Agency) - " / "CITY (Agency) - " / "CITY, Country - ": capitalised head then a dash
  std::string m;
  if (g.text_dateline->search(s, &m)) return m.size();
  return 0;
}

Analyzer::Analyzer(const Rulebook& rb, const Gazetteer& gaz, const DateFinder& dates, const NumberFinder& numbers)
    : rb_(rb), gaz_(gaz), dates_(dates), numbers_(numbers) {
  for (const auto& sp : rb_.modifiers->specs())
    for (const auto& t : tokenize(sp.term)) modifier_words_.insert(ascii_lower(sp.term.substr(t.begin, t.end - t.begin)));
}

void Analyzer::read_mentions(Sentence& c, const SentenceSpan& span, const SentenceContext& sc,
                             const std::vector<Phrase>& phrases, const std::optional<FollowUp>& claim,
                             SentenceDates& dates, SentenceResult& res) const {
  const std::size_t base = span.begin;
  c.cut_clauses();
  bool explained_accident = false;
  std::vector<Phrase> kept = keep_events(c, phrases, explained_accident, base, res);
  if (kept.empty()) {
    if (explained_accident) {
      FollowUp fu;
      fu.sentence = span.index;
      fu.paragraph = span.paragraph;
      fu.accident = true;
      fu.rules.push_back("cue.accident");
      res.followup = std::move(fu);
    }
    return;
  }
  c.cut_wide_clauses();
  c.read_lists();
  {
    SentenceDates own;  // read here only: the sentence adds no date of its own to the article's
    if (std::none_of(kept.begin(), kept.end(), [](const Phrase& p) { return p.strong; }))
      read_dates(c, dates_, sc.published, own);
    if (anaphor_followup(c, span, kept, claim, own, res)) return;
  }
  drop_platforms_and_struck_weapons(c, kept);
  // a weak trigger next to strong ones is part of them ("the attack" after "drones");
  // weak only: one mention for the sentence, and only with corroboration below
  const bool any_strong = std::any_of(kept.begin(), kept.end(), [](const Phrase& p) { return p.strong; });
  if (any_strong) std::erase_if(kept, [](const Phrase& p) { return !p.strong; });
  // (every phrase may have gone as a platform or a struck weapon: then there is none to keep)
  if (!any_strong && !kept.empty()) kept.resize(1);

  const std::size_t dateline_local = sc.dateline_end > base ? sc.dateline_end - base : 0;
  const auto cas = find_casualties(c, numbers_.find(c.s));
  auto places = find_places(c, dateline_local);
  // a weapon's name is no place, whatever the gazetteer knows by it ("an Antonov dropped
  // barrel bombs", "Grad rockets", "a Neptune missile")
  for (auto& pc : places)
    for (const auto& p : phrases)
      if (p.named && pc.begin < p.end && p.begin < pc.end) pc.bad = true;
  note_places(c, places, res);
  PlaceSets per;
  if (!kept.empty()) {
    per = assign_places(c, kept, usable_places(c, places, kept));
    combine_kinds(c, kept, per, cas);
  }

  read_dates(c, dates_, sc.published, dates);
  bool has_date = false;
  for (std::size_t i = 0; i < dates.dates.size(); ++i)
    if (dates.pos[i] >= dateline_local) has_date = true;
  make_mentions({c, span, sc, base, dateline_local, kept, per, cas, dates, has_date}, res);
  if (claim)
    for (auto& m : res.mentions)
      if (!m.actor) {
        m.actor = claim->actor;
        m.actor_text = claim->actor_text;
        m.actor_how = ActorHow::subject;
        m.rules.push_back(claim->rules.front());
      }
}

SentenceResult Analyzer::analyze(std::string_view text, const SentenceSpan& span, const SentenceContext& sc) const {
  SentenceResult res;
  Sentence c(rb_, gaz_, numbers_, text.substr(span.begin, span.end - span.begin));
  c.modifier_words = &modifier_words_;
  // Dates are looked for only where they are used: the first sentence (its
  // date applies to the article, EVENTS.md) and sentences that keep an attack
  // (once the cheaper checks have let them through).
  SentenceDates dates;
  const auto phrases = find_phrases(c, sc.fired);
  if (span.index == 0) read_dates(c, dates_, sc.published, dates);
  c.read_first_lists();
  std::optional<FollowUp> claim = find_claim(c, span);
  if (claim && std::all_of(phrases.begin(), phrases.end(), [&](const Phrase& p) { return claimed_again(c, p); }))
    res.followup = std::move(claim);
  else if (phrases.empty())
    read_followup(c, span, span.begin, res);
  else
    read_mentions(c, span, sc, phrases, claim, dates, res);
  // the article's timeline: no date of a toll or a span ("divided since July 2012")
  for (std::size_t i = 0; i < dates.dates.size(); ++i)
    if (dates.role[i] != DateRole::toll) res.dates.push_back(std::move(dates.dates[i]));
  return res;
}

}  // namespace salvo
