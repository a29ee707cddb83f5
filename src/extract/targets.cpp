// extract/targets.cpp — see targets.h.
#include "extract/targets.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/phrases.h"
#include "extract/sentence.h"

namespace salvo {

namespace {

// The targets.lex word the phrase hit, or null.
const TermHit* target_word(const Sentence& c, const Phrase& p, std::size_t region_begin, std::size_t region_end,
                           bool& from_victims) {
  const TermHit* best = nullptr;
  const std::string phrase = ascii_lower(text_of(c, p.begin, p.end));
  const Pattern& contact_re = *c.rb.grammar.target_contact_verb;
  for (const auto& h : c.targets) {
    // "a passenger bus hits a mine": the subject of the contact verb is what was hit
    if (contact_re.matches(phrase) && h.end <= p.begin && count_words(text_of(c, h.end, p.begin)) <= 1 &&
        h.begin >= region_begin)
      best = &h;
    // a noun adjunct: "car shelling", "hospital strike"
    if (h.end <= p.begin && p.begin - h.end <= 1 && h.begin >= region_begin) best = &h;
  }
  // "struck a military airfield with Kinzhal missiles": the object of the attack verb before the weapon
  std::size_t from = p.end;
  for (const auto& v : c.verbs)
    if (v.end <= p.begin && v.begin >= region_begin) {
      from = v.end;
      break;
    }
  for (const auto& h : c.targets) {
    if (best) break;
    if (h.begin < from || h.begin < region_begin || h.end > region_end) continue;
    if (h.begin >= p.begin && h.begin < p.end) continue;
    best = &h;
  }
  if (best) return best;
  // passive subject before the trigger: "a school was hit", "the hospital in X was struck"
  const Pattern& passive_re = *c.rb.grammar.target_passive_after;
  for (const auto& h : c.targets) {
    if (h.end > p.begin || h.begin < region_begin) continue;
    if (passive_re.matches(text_of(c, h.end, c.s.size()))) return &h;
  }
  // the victims' kind when the text names no object: "one civilian killed in shelling"
  for (const auto& h : c.targets) {
    const TargetType type = c.rb.target_of_term[static_cast<std::size_t>(h.index)];
    if (type != TargetType::civilians && type != TargetType::military) continue;
    bool people = false;
    for (const auto& v : c.cas)
      if (v.begin <= h.begin && v.end >= h.end && c.rb.casualties->spec(v).label == "victims"_name) people = true;
    if (people) {
      from_victims = true;
      return &h;
    }
  }
  return nullptr;
}

}  // namespace

void find_target(const Sentence& c, const Phrase& p, std::size_t region_begin, std::size_t region_end, Mention& m) {
  const WordLists& w = c.rb.words;
  bool from_victims = false;
  const TermHit* best = target_word(c, p, region_begin, region_end, from_victims);
  if (!best) return;
  m.target_from_victims = from_victims;
  // extend left to a determiner within three words, right over a generic head noun
  std::size_t b = best->begin, e = best->end;
  const auto& toks = c.toks;
  int idx = -1;
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].begin == best->begin) idx = static_cast<int>(i);
  if (idx >= 0) {
    for (int k = idx - 1; k >= std::max(0, idx - 3); --k) {
      const auto word = text_of(c, toks[static_cast<std::size_t>(k)].begin, toks[static_cast<std::size_t>(k)].end);
      if (w.target_determiner->has(word)) {
        b = toks[static_cast<std::size_t>(k)].begin;
        break;
      }
      if (c.rb.actors->contains_any(word) && !w.target_actor_inside->has(word)) break;
    }
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (toks[k].begin >= e) {
        if (w.target_head->has(text_of(c, toks[k].begin, toks[k].end)) && toks[k].begin - e <= 1) e = toks[k].end;
        break;
      }
    }
  }
  m.target.text = std::string(text_of(c, b, e));
  m.target.type = c.rb.target_of_term[static_cast<std::size_t>(best->index)];
  m.rules.push_back("target." + std::string(to_string(m.target.type)));
}

}  // namespace salvo
