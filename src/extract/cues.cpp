// extract/cues.cpp — see cues.h.
#include "extract/cues.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/phrases.h"
#include "extract/sentence.h"

namespace salvo {

bool cue_in(const Sentence& c, const std::string& label, std::size_t b, std::size_t e, std::string* rule) {
  for (const auto& h : c.cues) {
    if (h.begin >= b && h.end <= e && c.rb.cues->spec(h).label == label) {
      if (rule) *rule = "cue." + label;
      return true;
    }
  }
  return false;
}

Outcome outcome_in(const Sentence& c, std::size_t b, std::size_t e) {
  const WordLists& w = c.rb.words;
  bool strong_hit = false, weak_hit = false, intercepted = false;
  for (const auto& h : c.cues) {
    if (h.begin < b || h.end > e) continue;
    const std::string& label = c.rb.cues->spec(h).label;
    if (label == "intercepted"_name) intercepted = true;
    if (label != "hit"_name) continue;
    const std::string before = ascii_lower(c.s.substr(h.begin >= 40 ? h.begin - 40 : 0, h.begin >= 40 ? 40 : h.begin));
    if (c.rb.grammar.outcome_negated_impact->matches(before)) continue;
    const std::string_view word = text_of(c, h.begin, h.end);
    if (w.outcome_destroy_verb->has(word)) {
      // the thing destroyed is the weapon itself: a shoot-down
      const std::string after = ascii_lower(c.s.substr(h.end, std::min<std::size_t>(60, c.s.size() - h.end)));
      if (c.rb.grammar.outcome_weapon_destroyed->matches(after)) {
        intercepted = true;
        continue;
      }
    }
    if (w.outcome_ambiguous_hit->has(word)) weak_hit = true;
    else strong_hit = true;
  }
  if (strong_hit || (weak_hit && !intercepted)) return Outcome::hit;
  if (intercepted) return Outcome::intercepted;
  return Outcome::unknown;
}

bool is_roundup(const Grammar& g, std::string_view s) {
  return g.cue_roundup_since->matches(s) && g.cue_roundup_perfect->matches(s);  // the cheaper first
}

std::string non_event_reason(const Sentence& c, const Phrase& p) {
  const WordLists& w = c.rb.words;
  const auto [cb, ce] = clause_of(c.cuts, p.begin);
  for (const char* label : {"modal"_name, "negation"_name, "delivery"_name, "accident"_name, "test"_name, "space"_name})
    if (cue_in(c, label, cb, ce)) return std::string("cue.") + label;
  if (cue_in(c, "generic"_name, 0, c.s.size())) return "cue.generic";
  if (is_roundup(c.rb.grammar, c.s)) return "cue.roundup";
  // a purpose, not a report: "(they) use the area to shell the west bank", "moved to strike"; a
  // strike that was carried out says so ("managed to strike", "drones were used to attack ...")
  if (w.purpose_marker->ends(text_of(c, 0, p.begin))) {
    const std::string before = ascii_lower(text_of(c, p.begin > 24 ? p.begin - 24 : 0, p.begin));
    if (w.purpose_verb->has(text_of(c, p.begin, p.end)) && !w.purpose_carried_out->in(before)) return "cue.purpose";
  }
  std::size_t e = c.s.size();
  while (e > 0 && (c.s[e - 1] == ' ' || c.s[e - 1] == '"' || c.s[e - 1] == '\'')) --e;
  if (e > 0 && c.s[e - 1] == '?') return "cue.question";
  return "";
}

}  // namespace salvo
