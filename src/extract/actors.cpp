// extract/actors.cpp — see actors.h.
#include "extract/actors.h"

#include <algorithm>
#include <cctype>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/assemble.h"
#include "extract/phrases.h"
#include "extract/sentence.h"

namespace salvo {

namespace {

// Only words that may stand between an actor and its trigger: determiners,
// modifiers (grammar.lex), numbers and weapon names ("Russia's new Kalibr missiles").
bool gap_is_modifiers(const Sentence& c, std::size_t b, std::size_t e) {
  const std::string_view gap = text_of(c, b, e);
  for (const auto& t : tokenize(gap)) {
    const std::string w = ascii_lower(gap.substr(t.begin, t.end - t.begin));
    if (c.rb.words.actor_gap_word->has(w) || c.modifier_words->count(w)) continue;
    if (std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) continue;
    if (c.numbers.word_value(w)) continue;
    if (c.rb.weapons->contains_any(gap.substr(t.begin, t.end - t.begin))) continue;
    return false;
  }
  for (char ch : gap)
    if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(') return false;
  return true;
}

// An @one_state name of [state forces] ("warplanes"): the state of the place only if no other
// is named, so any actor named in the sentence goes first.
bool state_forces(const Sentence& c, const TermHit& h) {
  return c.rb.actor_scopes.tagged(text_of(c, h.begin, h.end), kStateForces, "one_state");
}

void set_actor(const Sentence& c, const TermHit& h, ActorHow how, const char* rule, Mention& m) {
  m.actor = c.rb.actors->spec(h).label;
  m.actor_text = std::string(text_of(c, h.begin, h.end));
  m.actor_how = how;
  m.rules.push_back(rule);
}

// (1) an adjective or name right before the trigger: "Russian missiles", "Israel's air strikes", or
//     the trigger itself ("Warplanes struck")
bool adjacent_actor(const Sentence& c, const Phrase& p, Mention& m, bool named) {
  for (auto it = c.actors.rbegin(); it != c.actors.rend(); ++it) {
    // an actor's name may be the trigger itself ("Warplanes struck", the forces of the state)
    const bool is_trigger = it->begin == p.begin;
    if ((it->begin >= p.begin && !is_trigger) || (named && state_forces(c, *it))) continue;
    const auto& spec = c.rb.actors->spec(*it);
    if (has_tag(spec, "capital"_name) || has_tag(spec, "leader"_name)) break;
    if (it->end <= p.begin && p.begin - it->end > 60) break;
    // "JNIM-claimed IED strike": the group that claimed it, joined by a hyphen
    std::size_t gap_from = past_initialism(c.s, it->end);  // "U.S. drone strike"
    for (const std::string& joiner : c.rb.words.actor_joiner->entries())
      if (text_of(c, it->end, std::min(p.begin, it->end + joiner.size())) == joiner) gap_from = it->end + joiner.size();
    if (it->end > p.begin || gap_is_modifiers(c, gap_from, p.begin)) {
      set_actor(c, *it, ActorHow::adjacent, "actor.adjacent", m);
      return true;
    }
    break;
  }
  return false;
}

// (2) passive: "... struck by Ukrainian drones", "was shelled by the Russian army"
bool passive_actor(const Sentence& c, const Phrase& p, Mention& m, bool named) {
  const auto [cb, ce] = clause_of(c.cuts, p.begin);
  const Pattern& by_re = *c.rb.grammar.actor_passive_by;
  std::string_view mm;
  std::size_t pos = p.begin > 80 ? p.begin - 80 : 0;
  pos = std::max(pos, cb);
  while (pos < ce && by_re.find(c.s, pos, ce, &mm)) {
    const std::size_t after = static_cast<std::size_t>(mm.data() - c.s.data()) + mm.size();
    // "a depot used by Kataib Hezbollah", "a town held by the RSF": the target's owner, not the attacker
    const std::size_t by_at = static_cast<std::size_t>(mm.data() - c.s.data());
    std::size_t we = by_at;
    while (we > 0 && c.s[we - 1] == ' ') --we;
    std::size_t wb = we;
    while (wb > 0 && is_word_byte(c.s[wb - 1])) --wb;
    if (c.rb.words.actor_owner_verb->has(text_of(c, wb, we))) {
      pos = after;
      continue;
    }
    for (const auto& h : c.actors) {
      if (h.begin == after) {
        if (has_tag(c.rb.actors->spec(h), "capital"_name) || (named && state_forces(c, h))) break;
        set_actor(c, h, ActorHow::passive, "actor.passive", m);
        return true;
      }
    }
    pos = after;
  }
  return false;
}

// (3) subject of an attack verb before the trigger: "Hamas fired rockets", "Moscow launched 40 drones",
//     "Israel said its jets struck"; the subject may stand before a comma ("Russia launched an attack, firing 43 missiles")
bool subject_actor(const Sentence& c, const Phrase& p, Mention& m, bool named) {
  const auto wcb = clause_of(c.wide_cuts, p.begin).first;
  for (auto it = c.actors.rbegin(); it != c.actors.rend(); ++it) {
    if (it->end > p.begin || it->begin < wcb || (named && state_forces(c, *it))) continue;
    {
      const std::string before = ascii_lower(text_of(c, it->begin > 20 ? it->begin - 20 : 0, it->begin));
      if (c.rb.grammar.actor_preposition_before->matches(before)) continue;
    }
    if (count_words(text_of(c, it->end, p.begin)) > 20) break;
    bool verb = false, reporting = false, back_ref = false;
    for (const auto& v : c.verbs)
      if (v.begin >= it->end && v.end <= p.end) verb = true;
    for (const auto& r : c.reporting)
      if (r.begin >= it->end && r.end <= p.begin) reporting = true;
    if (reporting) back_ref = c.rb.grammar.actor_back_reference->matches(text_of(c, it->end, p.begin));
    // another actor between the candidate and its verb is the nearer subject
    std::size_t verb_at = p.end;
    for (const auto& v : c.verbs)
      if (v.begin >= it->end && v.end <= p.end) {
        verb_at = v.begin;
        break;
      }
    bool other = false;
    for (const auto& o : c.actors)
      if (o.begin >= it->end && o.end <= verb_at && !(named && state_forces(c, o))) other = true;
    if (verb && !other && (!reporting || back_ref)) {
      const bool capital = has_tag(c.rb.actors->spec(*it), "capital"_name);
      set_actor(c, *it, ActorHow::subject, capital ? "actor.capital_subject" : "actor.subject", m);
      return true;
    }
  }
  return false;
}

// A sentence that credits an actor with the attack just reported
// ("Al Shabaab claimed responsibility", "officials blamed Boko Haram").
FollowUp attribution(const Sentence& c, const SentenceSpan& span, const TermHit& actor, const char* rule) {
  FollowUp fu;
  fu.sentence = span.index;
  fu.paragraph = span.paragraph;
  fu.actor = c.rb.actors->spec(actor).label;
  fu.actor_text = std::string(c.s.substr(actor.begin, actor.end - actor.begin));
  fu.rules.push_back(rule);
  // "claimed both attacks", "claimed responsibility for the strikes": every attack reported before
  fu.plural_claim = c.rb.grammar.actor_plural_claim->matches(c.s);
  return fu;
}

}  // namespace

bool has_tag(const TermSpec& s, const char* tag) {
  return std::find(s.tags.begin(), s.tags.end(), tag) != s.tags.end();
}

// An actor named ("Israel said its warplanes struck") before an @one_state name of [state forces],
// which stands for the state of the place only when the article names no other.
void find_actor(const Sentence& c, const Phrase& p, Mention& m) {
  for (const bool named : {true, false})
    if (adjacent_actor(c, p, m, named) || passive_actor(c, p, m, named) || subject_actor(c, p, m, named)) return;
}

std::optional<FollowUp> find_claim(Sentence& c, const SentenceSpan& span) {
  std::optional<FollowUp> claim;
  // "Al Shabaab claimed responsibility (for the attack)": attribution of the attack just reported
  // (each claim in turn: "No group claimed the attack, but Al Shabaab is suspected")
  std::string_view m;
  for (std::size_t pos = 0; !claim && pos < c.s.size() && c.rb.grammar.actor_claim->find(c.s, pos, c.s.size(), &m);) {
    const std::size_t at = static_cast<std::size_t>(m.data() - c.s.data());
    pos = at + std::max<std::size_t>(m.size(), 1);
    for (const auto& h : c.rb.actors->find_all(c.s.substr(0, at))) {
      // "X claimed", "X militants said they carried out": the subject stands right before the verb
      // (an appositive may stand between: "the Islamic Resistance in Iraq, an umbrella group of ..., claimed")
      const std::string gap = ascii_lower(c.s.substr(h.end, at - h.end));
      if (!c.rb.grammar.actor_claim_subject_gap->matches(gap)) continue;
      claim = attribution(c, span, h, "actor.claim");
    }
  }
  if (claim) return claim;
  // "officials blamed Boko Haram", "blamed on Hamas", "attributed the attack to ISIS"
  if (c.rb.grammar.actor_blame->search_span(c.s, &m)) {
    const std::size_t after = static_cast<std::size_t>(m.data() - c.s.data()) + m.size();
    c.read_lists();
    for (const auto& h : c.actors) {
      // right after it, or a name that takes in its last word ("police suspected" + "suspected Al Shabaab")
      if (h.begin != after && !(h.begin < after && h.end > after)) continue;
      return attribution(c, span, h, "actor.blamed");
    }
  }
  return claim;
}

bool claimed_again(const Sentence& c, const Phrase& p) {
  if (!p.strong) return true;
  const std::size_t lb = p.begin > 60 ? p.begin - 60 : 0;
  const std::string before = ascii_lower(text_of(c, lb, p.begin));
  return c.rb.grammar.actor_claimed_again->matches(before);
}

}  // namespace salvo
