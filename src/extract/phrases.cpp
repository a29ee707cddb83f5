// extract/phrases.cpp — see phrases.h.
#include "extract/phrases.h"

#include <algorithm>

#include <re2/re2.h>

#include "core/ascii.h"

#include "extract/mention.h"
#include "extract/sentence.h"

namespace salvo {

namespace {

int weapon_rank(const Phrase& p) { return salvo::weapon_rank(p.named, p.weapon, p.strong); }

// Words allowed between two trigger words that belong to one phrase
// ("missile and drone attacks" keeps two phrases; "Shahed drones" is one).
bool joinable_gap(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '-') return false;
  return true;
}

// Every match of the rules in `fired`, in rule order.
std::vector<Phrase> trigger_matches(const Sentence& c, const std::vector<int>& fired) {
  const Rulebook& rb = c.rb;
  std::vector<Phrase> raw;
  for (int idx : fired) {
    if (idx == rb.weapon_set_index) {
      for (const auto& h : rb.weapons->find_all(c.s)) {
        const Weapon w = rb.weapon_of_term[static_cast<std::size_t>(h.index)];
        raw.push_back({h.begin, h.end, rb.event_type_for_weapon(w), w, true, true,
                       {"weapon." + rb.weapons->spec(h).label}, false});
      }
      continue;
    }
    if (idx < 0 || static_cast<std::size_t>(idx) >= rb.triggers.size()) continue;
    const TriggerRule& t = rb.triggers[static_cast<std::size_t>(idx)];
    std::size_t pos = 0, b = 0, e = 0;
    while (pos < c.s.size() && t.re.find(c.s, pos, b, e)) {
      raw.push_back({b, e, *t.event_type, *t.weapon, t.strong, false, {t.id}, t.names_attack});
      pos = b + std::max<std::size_t>(e - b, 1);
    }
  }
  return raw;
}

// Drops the matches inside an exclusion's match.
void drop_excluded(const Sentence& c, std::vector<Phrase>& raw) {
  const Rulebook& rb = c.rb;
  std::vector<std::pair<std::size_t, std::size_t>> excluded;
  thread_local std::vector<int> occurring;
  rb.exclusions_in(c.s, occurring);
  for (const int xi : occurring) {
    const TriggerRule& x = rb.exclusions[static_cast<std::size_t>(xi)];
    std::size_t pos = 0, b = 0, e = 0;
    while (pos < c.s.size() && x.re.find(c.s, pos, b, e)) {
      excluded.emplace_back(b, e);
      pos = b + std::max<std::size_t>(e - b, 1);
    }
  }
  std::erase_if(raw, [&](const Phrase& p) {
    for (const auto& [b, e] : excluded)
      if (p.begin < e && p.end > b) return true;
    return false;
  });
}

// Overlapping matches: keep the longest, then the best weapon; a match inside a
// longer one does not change its kind ("glide bombs" is not the "bombs" of a
// car bomb). Adjacent words form one phrase: "missile strike", "Shahed drones".
std::vector<Phrase> merge_matches(const Sentence& c, std::vector<Phrase>& raw) {
  std::sort(raw.begin(), raw.end(), [](const Phrase& a, const Phrase& b) {
    return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<Phrase> merged;
  for (auto& p : raw) {
    if (!merged.empty() && p.begin < merged.back().end) {
      Phrase& q = merged.back();
      const bool inside = p.end <= q.end && p.end - p.begin < q.end - q.begin;
      if (weapon_rank(p) > weapon_rank(q) && !inside) {
        q.event_type = p.event_type;
        q.weapon = p.weapon;
        q.named = p.named;
        q.strong = q.strong || p.strong;
        q.names_attack = q.names_attack || p.names_attack;
      }
      q.end = std::max(q.end, p.end);
      q.rules.insert(q.rules.end(), p.rules.begin(), p.rules.end());
      continue;
    }
    if (!merged.empty() && joinable_gap(c.s.substr(merged.back().end, p.begin - merged.back().end))) {
      Phrase& q = merged.back();
      const bool p_better = weapon_rank(p) > weapon_rank(q) ||
                            (weapon_rank(p) == weapon_rank(q) && p.event_type != q.event_type && !p.named &&
                             q.weapon == Weapon::unknown);
      if (p_better) {
        q.event_type = p.event_type;
        q.weapon = p.weapon;
        q.named = p.named;
      }
      q.strong = q.strong || p.strong;
      q.names_attack = q.names_attack || p.names_attack;
      q.end = p.end;
      q.rules.insert(q.rules.end(), p.rules.begin(), p.rules.end());
      continue;
    }
    // "airstrikes launched by ... Russian warplanes": a weapon named as the attack's agent
    if (!merged.empty() && merged.back().names_attack && !p.names_attack &&
        c.rb.grammar.phrase_agent_gap->matches(ascii_lower(c.s.substr(merged.back().end, p.begin - merged.back().end)))) {
      Phrase& q = merged.back();
      if (weapon_rank(p) > weapon_rank(q)) {
        q.event_type = p.event_type;
        q.weapon = p.weapon;
        q.named = p.named;
      }
      q.strong = q.strong || p.strong;
      q.end = p.end;
      q.rules.insert(q.rules.end(), p.rules.begin(), p.rules.end());
      q.rules.push_back("phrase.agent");
      continue;
    }
    merged.push_back(std::move(p));
  }
  return merged;
}

}  // namespace

bool prefilter_sentence(const Rulebook& rb, std::string_view sentence, std::vector<int>& fired) {
  fired.clear();
  RE2::Set::ErrorInfo err{};
  if (rb.prefilter->Match(re2::StringPiece(sentence.data(), sentence.size()), &fired, &err)) {
    rb.confirm_fired(sentence, fired);
    return !fired.empty();
  }
  if (err.kind == RE2::Set::kNoError) return false;
  // The set's DFA ran out of memory on this text: try every rule instead.
  fired.clear();
  for (std::size_t i = 0; i < rb.triggers.size(); ++i) fired.push_back(static_cast<int>(i));
  if (rb.weapon_set_index >= 0) fired.push_back(rb.weapon_set_index);
  return true;
}

std::vector<Phrase> find_phrases(const Sentence& c, const std::vector<int>* given) {
  std::vector<int> own;
  if (!given) {
    prefilter_sentence(c.rb, c.s, own);
    given = &own;
  }
  if (given->empty()) return {};
  std::vector<Phrase> raw = trigger_matches(c, *given);
  drop_excluded(c, raw);
  return merge_matches(c, raw);
}

}  // namespace salvo
