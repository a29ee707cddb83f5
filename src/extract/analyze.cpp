#include "extract/analyze.h"

#include "core/ascii.h"
#include "core/unicode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <set>
#include <string>

#include <re2/re2.h>

namespace salvo {

namespace {

// ---------------------------------------------------------------- tokens ---

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '\'' || c == '-' || u >= 0x80;
}

struct Token {
  std::size_t begin, end;  // bytes in the sentence
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_word_byte(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && is_word_byte(s[j])) ++j;
    // trim leading/trailing apostrophes and hyphens
    std::size_t b = i, e = j;
    // a wire-service slug number: "WRAPUP 2-Ukraine says", "UPDATE 1-Shell hits"
    std::size_t d = b;
    while (d < e && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
    if (d > b && d < e && s[d] == '-' && d + 1 < e && std::isupper(static_cast<unsigned char>(s[d + 1]))) b = d + 1;
    while (b < e && (s[b] == '\'' || s[b] == '-')) ++b;
    while (e > b && (s[e - 1] == '-')) --e;
    if (e > b) out.push_back({b, e});
    i = j;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = ascii_lower(c);
  return r;
}

// Whether `s` holds one of `parts`: a necessary condition (each alternative
// of the pattern it guards contains one of them), checked with memchr-speed
// searches before RE2 scans the whole sentence.
bool contains_any(std::string_view s, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts)
    if (::memmem(s.data(), s.size(), p.data(), p.size()) != nullptr) return true;
  return false;
}

// Whether `s` can match a pattern "(?:...)(?: TAIL)? $" whose alternatives
// all end with one of `ends`: it ends with one of them and a space, with or
// without " TAIL" between. A necessary condition, checked before running RE2
// (~50x dearer) on the many place candidates it rules out.
bool may_end_with(std::string_view s, std::initializer_list<std::string_view> ends, std::string_view tail) {
  if (s.empty() || s.back() != ' ') return false;
  s.remove_suffix(1);
  auto any_end = [&](std::string_view t) {
    for (std::string_view e : ends)
      if (t.size() >= e.size() && t.substr(t.size() - e.size()) == e) return true;
    return false;
  };
  if (any_end(s)) return true;
  if (s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail && s[s.size() - tail.size() - 1] == ' ')
    return any_end(s.substr(0, s.size() - tail.size() - 1));
  return false;
}

// A small fixed list of lowercase words, asked about a word in any case
// without building a lowercase copy (find_places asks hundreds of times per
// article). Same answers as set.count(lower(w)).
class LowerWords {
 public:
  LowerWords(std::initializer_list<const char*> words) {
    for (const char* w : words) {
      words_.emplace_back(w);
      max_ = std::max(max_, words_.back().size());
    }
  }
  bool has(std::string_view w) const {
    char buf[64];
    if (w.size() > max_ || w.size() > sizeof buf) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      buf[i] = ascii_lower(w[i]);
    const std::string_view lw(buf, w.size());
    for (const std::string& x : words_)
      if (x.size() == lw.size() && x == lw) return true;
    return false;
  }

 private:
  std::vector<std::string> words_;
  std::size_t max_ = 0;
};

int count_words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool w = is_word_byte(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// --------------------------------------------------------------- clauses ---

// Clause boundaries: punctuation that separates clauses and subordinating words.
std::vector<std::size_t> clause_cuts(std::string_view s, const std::vector<Token>& toks, bool commas = true) {
  std::vector<std::size_t> cuts{0};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '(') {
      // a short name in brackets does not cut the clause: "People's Defence Force (PDF) units launched"
      const std::size_t close = s.find(')', i);
      if (close != std::string_view::npos && close - i <= 12 &&
          s.substr(i + 1, close - i - 1).find(' ') == std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (c == ';' || c == ':' || (c == ',' && commas) || c == '(' || c == ')' || c == '"') cuts.push_back(i);
    else if (c == '-' && i > 0 && i + 1 < s.size() && s[i - 1] == ' ' && s[i + 1] == ' ') cuts.push_back(i);
  }
  static const LowerWords kSubordinators = {"but", "while", "whereas", "although", "though", "after", "before",
                                            "because", "since", "until", "when", "which", "who", "where", "as"};
  for (const auto& t : toks)
    if (kSubordinators.has(s.substr(t.begin, t.end - t.begin))) cuts.push_back(t.begin);
  cuts.push_back(s.size());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

std::pair<std::size_t, std::size_t> clause_of(const std::vector<std::size_t>& cuts, std::size_t pos) {
  auto it = std::upper_bound(cuts.begin(), cuts.end(), pos);
  const std::size_t e = it == cuts.end() ? cuts.back() : *it;
  const std::size_t b = it == cuts.begin() ? 0 : *(it - 1);
  return {b, e};
}

// ---------------------------------------------------------- trigger hits ---

struct Phrase {
  std::size_t begin, end;
  std::string event_type, weapon;
  bool strong;
  bool named;  // weapon from a named system
  std::vector<std::string> rules;
  // some of its words say that an attack took place ("strike", "shelled"),
  // not only which weapon ("missiles", "drones", "Iskander": names = weapon)
  bool names_attack = true;
};

int weapon_rank(const Phrase& p) {
  if (p.named) return 3;
  if (p.weapon != "unknown") return 2;
  return p.strong ? 1 : 0;
}

// Words allowed between two trigger words that belong to one phrase
// ("missile and drone attacks" keeps two phrases; "Shahed drones" is one).
bool joinable_gap(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '-') return false;
  return true;
}

}  // namespace

std::size_t dateline_length(std::string_view s) {
  // "CITY, Month D (Agency) - " / "CITY (Agency) - " / "CITY, Country - ": capitalised head then a dash
  static const RE2 re(
      "^((?:[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3})(?:, [A-Z][A-Za-z.]+(?: \\d{1,2})?(?:,? \\d{4})?)?"
      "(?: ?\\([A-Za-z .]{1,30}\\))? ?(?:-|--) )");
  re2::StringPiece m;
  if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re, &m)) return m.size();
  return 0;
}

Analyzer::Analyzer(const Rulebook& rb, const Gazetteer& gaz, const DateFinder& dates, const NumberFinder& numbers)
    : rb_(rb), gaz_(gaz), dates_(dates), numbers_(numbers) {
  for (const auto& sp : rb_.modifiers->specs())
    for (const auto& t : tokenize(sp.term)) modifier_words_.insert(lower(sp.term.substr(t.begin, t.end - t.begin)));
}

namespace {

struct Ctx {
  const Rulebook& rb;
  const Gazetteer& gaz;
  const NumberFinder& numbers;
  std::string_view s;  // sentence text
  std::vector<Token> toks;
  std::vector<std::size_t> cuts;
  std::vector<std::size_t> wide_cuts;  // clauses that run across commas ("X launched ..., firing 43 missiles")
  std::vector<TermHit> actors, cues, cas, targets, verbs, reporting, place_before, place_not_before;
  const std::set<std::string>* modifier_words = nullptr;
};

std::string_view text_of(const Ctx& c, std::size_t b, std::size_t e) { return c.s.substr(b, e - b); }

// --- phrases ---------------------------------------------------------------

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

namespace {

std::vector<Phrase> find_phrases(const Ctx& c, const std::vector<int>* given) {
  const Rulebook& rb = c.rb;
  std::vector<int> own;
  if (!given) {
    prefilter_sentence(rb, c.s, own);
    given = &own;
  }
  const std::vector<int>& fired = *given;
  if (fired.empty()) return {};
  std::vector<Phrase> raw;
  for (int idx : fired) {
    if (idx == rb.weapon_set_index) {
      for (const auto& h : rb.weapons->find_all(c.s)) {
        const auto& spec = rb.weapons->spec(h);
        raw.push_back({h.begin, h.end, Rulebook::event_type_for_weapon(spec.label), spec.label, true, true,
                       {"weapon." + spec.label}, false});
      }
      continue;
    }
    if (idx < 0 || static_cast<std::size_t>(idx) >= rb.triggers.size()) continue;
    const TriggerRule& t = rb.triggers[static_cast<std::size_t>(idx)];
    std::size_t pos = 0, b = 0, e = 0;
    while (pos < c.s.size() && t.re.find(c.s, pos, b, e)) {
      raw.push_back({b, e, t.event_type, t.weapon, t.strong, false, {t.id}, t.names_attack});
      pos = b + std::max<std::size_t>(e - b, 1);
    }
  }
  // drop matches inside exclusions
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
  std::sort(raw.begin(), raw.end(), [](const Phrase& a, const Phrase& b) {
    return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
  });
  // overlapping matches: keep the longest, then the best weapon; a match inside a longer one
  // does not change its kind ("glide bombs" is not the "bombs" of a car bomb)
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
    // adjacent words form one phrase: "missile strike", "Shahed drones", "drone attack"
    if (!merged.empty() && joinable_gap(c.s.substr(merged.back().end, p.begin - merged.back().end))) {
      Phrase& q = merged.back();
      const bool p_better = weapon_rank(p) > weapon_rank(q) ||
                            (weapon_rank(p) == weapon_rank(q) && p.event_type != q.event_type && !p.named &&
                             q.weapon == "unknown");
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
    merged.push_back(std::move(p));
  }
  return merged;
}

// --- cues ------------------------------------------------------------------

bool cue_in(const Ctx& c, const std::string& label, std::size_t b, std::size_t e, std::string* rule = nullptr) {
  for (const auto& h : c.cues) {
    if (h.begin >= b && h.end <= e && c.rb.cues->spec(h).label == label) {
      if (rule) *rule = "cue." + label;
      return true;
    }
  }
  return false;
}

// The outcome the words in [b, e) report: an impact ("damaged", "killing") is a
// hit; a shoot-down with nothing but ambiguous verbs ("destroyed 11 drones") is
// intercepted; negated impacts ("no damage") do not count.
std::string outcome_in(const Ctx& c, std::size_t b, std::size_t e) {
  static const std::set<std::string> kAmbiguous = {"destroyed", "destroying", "hit", "struck", "striking", "hitting"};
  bool strong_hit = false, weak_hit = false, intercepted = false;
  for (const auto& h : c.cues) {
    if (h.begin < b || h.end > e) continue;
    const std::string& label = c.rb.cues->spec(h).label;
    if (label == "intercepted") intercepted = true;
    if (label != "hit") continue;
    const std::string before = lower(c.s.substr(h.begin >= 40 ? h.begin - 40 : 0, h.begin >= 40 ? 40 : h.begin));
    static const RE2 negated_re("(?:\\bno |\\bnot |\\bnothing |\\bno [a-z]+ (?:was |were |had been |have been )|(?:was|were) not |wasn't |weren't )$");
    if (RE2::PartialMatch(before, negated_re)) continue;
    const std::string word = lower(c.s.substr(h.begin, h.end - h.begin));
    if (word == "destroyed" || word == "destroying" || word == "downed") {
      // the thing destroyed is the weapon itself: a shoot-down
      static const RE2 weapon_obj_re("^ (?:all |the |a |an |both |another |[0-9]+ |of |the [0-9]+ )*(?:[a-z0-9-]+ ){0,3}(?:drones?|missiles?|uavs?|rockets?|shaheds?|projectiles?|targets in the air)\\b");
      const std::string after = lower(c.s.substr(h.end, std::min<std::size_t>(60, c.s.size() - h.end)));
      if (RE2::PartialMatch(after, weapon_obj_re)) {
        intercepted = true;
        continue;
      }
    }
    if (kAmbiguous.count(word)) weak_hit = true;
    else strong_hit = true;
  }
  if (strong_hit || (weak_hit && !intercepted)) return "hit";
  if (intercepted) return "intercepted";
  return "unknown";
}

// A running total, not one strike: a present perfect of striking or killing with "since"
// ("Israeli strikes have killed more than 40,000 people since October", "Since the invasion,
// over 11,000 civilians have been killed"); one strike compared with the past keeps its past
// tense ("the deadliest attack since 2017 killed 12").
bool is_roundup(std::string_view s) {
  if (!contains_any(s, {"since", "Since"}) || !contains_any(s, {"have ", "has ", "'ve "})) return false;
  static const RE2 roundup_re(
      "(?i)\\b(?:have|has|'ve)(?: now| so far| already| together| altogether| [a-z]+ly)?(?: been)? "
      "(?:killed|hit|struck|launched|fired|targeted|attacked|shelled|bombed|destroyed|damaged|wounded|injured|"
      "claimed the lives)\\b");
  static const RE2 since_re("(?i)\\bsince\\b");
  const re2::StringPiece in(s.data(), s.size());
  return RE2::PartialMatch(in, roundup_re) && RE2::PartialMatch(in, since_re);
}

// Why a phrase is not an event, or "" if it may be one.
std::string non_event_reason(const Ctx& c, const Phrase& p) {
  const auto [cb, ce] = clause_of(c.cuts, p.begin);
  for (const char* label : {"modal", "negation", "delivery", "accident"})
    if (cue_in(c, label, cb, ce)) return std::string("cue.") + label;
  if (cue_in(c, "generic", 0, c.s.size())) return "cue.generic";
  if (is_roundup(c.s)) return "cue.roundup";
  // a purpose, not a report: "(they) use the area to shell the west bank", "moved to strike"; a
  // strike that was carried out says so ("managed to strike", "drones were used to attack ...")
  if (p.begin >= 3 && text_of(c, p.begin - 3, p.begin) == "to ") {
    static const LowerWords kBase = {"shell", "strike", "attack", "bomb", "bombard", "hit", "target", "pound"};
    const std::string before = lower(text_of(c, p.begin > 24 ? p.begin - 24 : 0, p.begin));
    if (kBase.has(text_of(c, p.begin, p.end)) && before.find("managed to ") == std::string::npos &&
        before.find(" used to ") == std::string::npos)
      return "cue.purpose";
  }
  std::size_t e = c.s.size();
  while (e > 0 && (c.s[e - 1] == ' ' || c.s[e - 1] == '"' || c.s[e - 1] == '\'')) --e;
  if (e > 0 && c.s[e - 1] == '?') return "cue.question";
  return "";
}

// --- actor -----------------------------------------------------------------

bool gap_is_modifiers(const Ctx& c, std::size_t b, std::size_t e) {
  static const std::set<std::string> kDet = {"a", "an", "the", "its", "their", "his", "her", "of", "s", "and"};
  const std::string_view gap = text_of(c, b, e);
  for (const auto& t : tokenize(gap)) {
    const std::string w = lower(gap.substr(t.begin, t.end - t.begin));
    if (kDet.count(w) || c.modifier_words->count(w)) continue;
    if (std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) continue;
    if (c.numbers.word_value(w)) continue;
    if (c.rb.weapons->contains_any(gap.substr(t.begin, t.end - t.begin))) continue;
    return false;
  }
  for (char ch : gap)
    if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(') return false;
  return true;
}

// Some place the gazetteer knows by this name is a region (admin1 or wider).
bool names_a_region(const Gazetteer& gaz, std::string_view name) {
  for (const auto* r : gaz.lookup(name))
    if (r->kind == PlaceKind::admin1 || r->kind == PlaceKind::region) return true;
  return false;
}

bool has_tag(const TermSpec& s, const char* tag) {
  return std::find(s.tags.begin(), s.tags.end(), tag) != s.tags.end();
}

void find_actor(const Ctx& c, const Phrase& p, Mention& m) {
  const auto [cb, ce] = clause_of(c.cuts, p.begin);
  // (1) an adjective or name right before the trigger: "Russian missiles", "Israel's air strikes"
  for (auto it = c.actors.rbegin(); it != c.actors.rend(); ++it) {
    if (it->begin >= p.begin) continue;
    const auto& spec = c.rb.actors->spec(*it);
    if (has_tag(spec, "capital") || has_tag(spec, "leader")) break;
    if (it->end <= p.begin && p.begin - it->end > 60) break;
    // "JNIM-claimed IED strike": the group that claimed it, joined by a hyphen
    std::size_t gap_from = it->end;
    for (std::string_view joiner : {"-claimed", "-launched", "-fired", "-planted"})
      if (text_of(c, it->end, std::min(p.begin, it->end + joiner.size())) == joiner) gap_from = it->end + joiner.size();
    if (it->end > p.begin || gap_is_modifiers(c, gap_from, p.begin)) {
      m.actor = spec.label;
      m.actor_text = std::string(text_of(c, it->begin, it->end));
      m.actor_how = ActorHow::adjacent;
      m.rules.push_back("actor.adjacent");
      return;
    }
    break;
  }
  // (2) passive: "... struck by Ukrainian drones", "was shelled by the Russian army"
  static const RE2 by_re("\\bby (?:the |a |an )?");
  {
    re2::StringPiece in(c.s.data(), c.s.size()), mm;
    std::size_t pos = p.begin > 80 ? p.begin - 80 : 0;
    pos = std::max(pos, cb);
    while (pos < ce && by_re.Match(in, pos, ce, RE2::UNANCHORED, &mm, 1)) {
      const std::size_t after = static_cast<std::size_t>(mm.data() - c.s.data()) + mm.size();
      // "a depot used by Kataib Hezbollah", "a town held by the RSF": the target's owner, not the attacker
      {
        static const LowerWords kOwner = {"used", "owned", "run", "operated", "controlled", "held", "built",
                                          "backed", "supported", "funded", "led", "occupied", "manned",
                                          "founded", "commanded", "seized", "captured", "guarded", "inhabited",
                                          "administered", "governed", "frequented", "hosted", "besieged"};
        const std::size_t by_at = static_cast<std::size_t>(mm.data() - c.s.data());
        std::size_t we = by_at;
        while (we > 0 && c.s[we - 1] == ' ') --we;
        std::size_t wb = we;
        while (wb > 0 && is_word_byte(c.s[wb - 1])) --wb;
        if (kOwner.has(text_of(c, wb, we))) {
          pos = after;
          continue;
        }
      }
      for (const auto& h : c.actors) {
        if (h.begin == after) {
          const auto& spec = c.rb.actors->spec(h);
          if (has_tag(spec, "capital")) break;
          m.actor = spec.label;
          m.actor_text = std::string(text_of(c, h.begin, h.end));
          m.actor_how = ActorHow::passive;
          m.rules.push_back("actor.passive");
          return;
        }
      }
      pos = after;
    }
  }
  // (3) subject of an attack verb before the trigger: "Hamas fired rockets", "Moscow launched 40 drones",
  //     "Israel said its jets struck"; the subject may stand before a comma ("Russia launched an attack, firing 43 missiles")
  const auto wcb = clause_of(c.wide_cuts, p.begin).first;
  for (auto it = c.actors.rbegin(); it != c.actors.rend(); ++it) {
    if (it->end > p.begin || it->begin < wcb) continue;
    {
      static const RE2 prep_re("\\b(?:on|at|in|against|to|from|of|into|over|toward|towards|across|inside|near|with)(?: the)? $");
      const std::string before = lower(text_of(c, it->begin > 20 ? it->begin - 20 : 0, it->begin));
      if (RE2::PartialMatch(before, prep_re)) continue;
    }
    if (count_words(text_of(c, it->end, p.begin)) > 20) break;
    bool verb = false, reporting = false, back_ref = false;
    for (const auto& v : c.verbs)
      if (v.begin >= it->end && v.end <= p.end) verb = true;
    for (const auto& r : c.reporting)
      if (r.begin >= it->end && r.end <= p.begin) reporting = true;
    if (reporting) {
      static const RE2 ref_re("\\b(?:its|their|it|they)\\b");
      const auto gap = text_of(c, it->end, p.begin);
      back_ref = RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), ref_re);
    }
    // another actor between the candidate and its verb is the nearer subject
    std::size_t verb_at = p.end;
    for (const auto& v : c.verbs)
      if (v.begin >= it->end && v.end <= p.end) {
        verb_at = v.begin;
        break;
      }
    bool other = false;
    for (const auto& o : c.actors)
      if (o.begin >= it->end && o.end <= verb_at) other = true;
    if (verb && !other && (!reporting || back_ref)) {
      const auto& spec = c.rb.actors->spec(*it);
      m.actor = spec.label;
      m.actor_text = std::string(text_of(c, it->begin, it->end));
      m.actor_how = ActorHow::subject;
      m.rules.push_back(has_tag(spec, "capital") ? "actor.capital_subject" : "actor.subject");
      return;
    }
  }
}

// --- target ----------------------------------------------------------------

void find_target(const Ctx& c, const Phrase& p, std::size_t region_begin, std::size_t region_end, Mention& m) {
  static const std::set<std::string> kStart = {"a", "an", "the", "two", "three", "four", "five", "several",
                                               "some", "many", "one", "its", "their", "his", "her"};
  static const std::set<std::string> kHeads = {"building", "buildings", "block", "blocks", "structure", "structures",
                                               "complex", "facility", "facilities", "area", "areas", "centre",
                                               "center", "site", "sites"};
  const TermHit* best = nullptr;
  const std::string phrase = lower(text_of(c, p.begin, p.end));
  static const RE2 contact_re("^(?:hit|hits|hitting|struck|ran|runs|rans|drove|stepped|stepping|steps|triggered|detonated)\\b");
  for (const auto& h : c.targets) {
    // "a passenger bus hits a mine": the subject of the contact verb is what was hit
    if (RE2::PartialMatch(phrase, contact_re) && h.end <= p.begin && count_words(text_of(c, h.end, p.begin)) <= 1 &&
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
  if (!best) {
    // passive subject before the trigger: "a school was hit", "the hospital in X was struck"
    static const RE2 passive_re("^[^,;]{0,40}\\b(?:was|were|has been|have been|had been)\\b");
    for (const auto& h : c.targets) {
      if (h.end > p.begin || h.begin < region_begin) continue;
      const auto after = text_of(c, h.end, c.s.size());
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), passive_re)) {
        best = &h;
        break;
      }
    }
  }
  if (!best) {
    // the victims' kind when the text names no object: "one civilian killed in shelling"
    for (const auto& h : c.targets) {
      const std::string& type = c.rb.targets->spec(h).label;
      if (type != "civilians" && type != "military") continue;
      bool people = false;
      for (const auto& v : c.cas)
        if (v.begin <= h.begin && v.end >= h.end && c.rb.casualties->spec(v).label == "victims") people = true;
      if (people) {
        best = &h;
        m.target_from_victims = true;
        break;
      }
    }
  }
  if (!best) return;
  // extend left to a determiner within three words, right over a generic head noun
  std::size_t b = best->begin, e = best->end;
  const auto toks = c.toks;
  int idx = -1;
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].begin == best->begin) idx = static_cast<int>(i);
  if (idx >= 0) {
    for (int k = idx - 1; k >= std::max(0, idx - 3); --k) {
      const std::string w = lower(text_of(c, toks[static_cast<std::size_t>(k)].begin, toks[static_cast<std::size_t>(k)].end));
      if (kStart.count(w)) {
        b = toks[static_cast<std::size_t>(k)].begin;
        break;
      }
      if (c.rb.actors->contains_any(text_of(c, toks[static_cast<std::size_t>(k)].begin, toks[static_cast<std::size_t>(k)].end)) &&
          w != "russian" && w != "ukrainian")
        break;
    }
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (toks[k].begin >= e) {
        if (kHeads.count(lower(text_of(c, toks[k].begin, toks[k].end))) && toks[k].begin - e <= 1) e = toks[k].end;
        break;
      }
    }
  }
  m.target.text = std::string(text_of(c, b, e));
  m.target.type = c.rb.targets->spec(*best).label;
  m.rules.push_back("target." + m.target.type);
}

// --- places ----------------------------------------------------------------

struct PlaceCand {
  std::size_t begin, end;
  std::string name;
  bool good = false, bad = false;
  bool country = false;  // a country name, not a town
  std::string country_code;
  PlaceQuery q;
  bool used_as_hint = false;
  bool speaker = false;  // "officials in X said": where the source is; the strike's place only if no other is named
};

bool ends_with_term(const Ctx& c, const std::vector<TermHit>& hits, std::size_t pos) {
  // a hit that ends right before pos (allowing "the " between)
  for (const auto& h : hits) {
    if (h.end > pos) continue;
    const auto gap = lower(text_of(c, h.end, pos));
    static const RE2 gap_re("^ (?:the |a )?(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)? |separatist-held |rebel-held |russian-occupied |occupied |besieged |war-torn |frontline |front-line )?$");
    if (gap == " " || gap == " the " || gap == "" || gap == " a " || RE2::FullMatch(gap, gap_re)) return true;
  }
  return false;
}

std::vector<PlaceCand> find_places(const Ctx& c, std::size_t dateline_end) {
  static const LowerWords kRegionWords = {"region", "oblast", "province", "governorate", "district",
                                                     "area", "state", "county", "territory", "regions", "oblasts",
                                                     "provinces", "governorates"};
  static const LowerWords kConnect = {"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "de", "du",
                                                 "la", "le", "bin", "ibn", "abu", "bani", "beit", "bayt", "of", "on"};
  static const LowerWords kTitles = {"president", "minister", "governor", "mayor", "general", "gen",
                                                "spokesman", "spokeswoman", "commander", "leader", "chief", "head"};
  std::vector<PlaceCand> out;
  const auto& toks = c.toks;
  for (std::size_t i = 0; i < toks.size();) {
    const std::string_view w0 = text_of(c, toks[i].begin, toks[i].end);
    if (!starts_upper(w0)) {
      ++i;
      continue;
    }
    // the tail of a longer name ("Zabihullah Mujahid") is not a place
    if (i > 0 && toks[i].begin - toks[i - 1].end == 1 && c.s[toks[i].begin - 1] == ' ') {
      static const LowerWords kFunction = {"the", "in", "on", "at", "a", "an", "after", "before", "near",
                                                      "from", "and", "of", "to", "as", "by", "when", "while", "with",
                                                      "report", "update", "wrapup", "breaking", "live", "exclusive"};
      std::string_view prev = text_of(c, toks[i - 1].begin, toks[i - 1].end);
      if (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s") prev.remove_suffix(2);
      // cheapest tests first (all of them are pure)
      if (starts_upper(prev) && !kFunction.has(prev) &&
          !std::all_of(prev.begin(), prev.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) || ch == '-' || std::isdigit(static_cast<unsigned char>(ch)); }) &&
          c.gaz.country_code(prev).empty() && !c.gaz.is_place_name(std::string(prev)) &&
          c.rb.actors->find_all(prev).empty()) {
        ++i;
        continue;
      }
    }
    std::size_t found = 0;
    std::size_t skip_to = 0;
    std::string name;
    static const LowerWords kGeoTail = {"peninsula", "strip", "coast", "valley", "bank", "heights",
                                                   "mountains", "highlands", "desert", "delta", "islands"};
    for (std::size_t n = std::min<std::size_t>(3, toks.size() - i); n >= 1 && i + n < toks.size(); --n) {
      const std::size_t tail = i + n;
      if (!kGeoTail.has(text_of(c, toks[tail].begin, toks[tail].end))) continue;
      const auto span = text_of(c, toks[i].begin, toks[tail].end);
      if (span.find_first_of(",;:.()\"") != std::string_view::npos) continue;
      if (c.gaz.is_place_name(std::string(span))) {
        found = n + 1;
        name = std::string(span);
        break;
      }
    }
    for (std::size_t n = found ? 0 : std::min<std::size_t>(4, toks.size() - i); n >= 1; --n) {
      const std::size_t last = i + n - 1;
      const std::string_view lw = text_of(c, toks[last].begin, toks[last].end);
      static const RE2 article_part_re("^(?:al|el|ad|ar|as|ash|an|at|az|ibn|bin|abu|umm|bani|beit|deir|ras|tal|tell)-[A-Z]");
      // (the longest article is four letters: a hyphen must come by the fifth byte)
      if (!starts_upper(lw) && !std::isdigit(static_cast<unsigned char>(lw[0])) &&
          !(n > 1 && lw.find('-') <= 4 && RE2::PartialMatch(re2::StringPiece(lw.data(), lw.size()), article_part_re)))
        continue;
      bool ok = true;
      for (std::size_t k = i + 1; k < last; ++k) {
        const std::string_view mw = text_of(c, toks[k].begin, toks[k].end);
        if (!starts_upper(mw) && !kConnect.has(mw)) ok = false;
      }
      // no punctuation inside a name except spaces, hyphens and apostrophes
      const auto span = text_of(c, toks[i].begin, toks[last].end);
      if (span.find_first_of(",;:.()\"") != std::string_view::npos) ok = false;
      if (!ok) continue;
      std::string cand(span);
      if (cand.size() > 2 && cand.compare(cand.size() - 2, 2, "'s") == 0) cand.resize(cand.size() - 2);
      // "Abu Shouk camp" is not "Abu": the name must take the whole capitalised run,
      // unless the rest of the run names a facility of the place ("Port Sudan
      // International Airport", "Bannu Cantonment", "Kherson Thermal Power Plant")
      static const LowerWords kFacility = {"international", "airport", "airbase", "airfield", "air", "base",
                                           "cantonment", "barracks", "garrison", "refinery", "port", "harbour",
                                           "harbor", "thermal", "power", "plant", "station", "dam", "bridge",
                                           "hospital", "university", "prison", "stadium", "checkpoint",
                                           "crossing", "terminal", "oil", "depot"};
      std::size_t facility_end = 0;
      auto facility_follows = [&] {
        std::size_t k = last + 1;
        for (; k < toks.size() && toks[k].begin - toks[k - 1].end <= 1; ++k) {
          const auto w = text_of(c, toks[k].begin, toks[k].end);
          if (!starts_upper(w)) break;
          if (!kFacility.has(w)) return false;
        }
        if (k == last + 1) return false;
        facility_end = k;  // the facility's words belong to this mention: they are no places
        return true;
      };
      if (last + 1 < toks.size() && toks[last + 1].begin - toks[last].end <= 1 &&
          starts_upper(text_of(c, toks[last + 1].begin, toks[last + 1].end)) &&
          text_of(c, toks[last].end, toks[last + 1].begin).find_first_of(",;:.") == std::string_view::npos &&
          cand.size() == span.size() && !facility_follows())
        continue;
      if (c.gaz.is_place_name(cand)) {
        found = n;
        name = cand;
        skip_to = facility_end;
        break;
      }
      // A place whose name is also an English word ("Sake", "Hope") counts only where
      // the words before it announce a place: "the hills above Sake", "the village of Hope"
      if (n == 1) {
        static const RE2 locative_re("(?:near|outside|above|overlooking|outskirts of|(?:village|town|city|settlement|hamlet|camp) of|(?:north|south|east|west|northeast|northwest|southeast|southwest) of)(?: the)? $");
        const std::size_t lb = toks[i].begin > 40 ? toks[i].begin - 40 : 0;
        const std::string before = lower(text_of(c, lb, toks[i].begin));
        if (may_end_with(before, {"near", "outside", "above", "overlooking", "of"}, "the") &&
            RE2::PartialMatch(before, locative_re) && !c.gaz.lookup(cand).empty() &&
            c.gaz.country_code(cand).empty()) {
          found = n;
          name = cand;
          skip_to = facility_end;
          break;
        }
      }
    }
    // "the Gulf of Aden", "the Sea of Azov": water, not a place that is struck
    {
      static const LowerWords kWaterHead = {"gulf", "sea", "bay", "strait", "straits", "lake", "river"};
      if (kWaterHead.has(w0) && i + 2 < toks.size() &&
          lower(text_of(c, toks[i + 1].begin, toks[i + 1].end)) == "of") {
        i += 3;
        continue;
      }
    }
    // "the Caspian Sea", "the Dnipro River": water, not a place that is struck
    if (found) {
      const std::size_t nxt = i + found;
      static const LowerWords kWater = {"sea", "ocean", "gulf", "river", "lake", "strait", "bay", "canal"};
      const std::size_t lst = i + found - 1;
      if ((nxt < toks.size() && kWater.has(text_of(c, toks[nxt].begin, toks[nxt].end))) ||
          (found > 1 && kWater.has(text_of(c, toks[lst].begin, toks[lst].end)))) {
        i = nxt + 1;
        continue;
      }
    }
    if (!found) {
      std::string_view word = w0;
      if (word.size() > 2 && word.substr(word.size() - 2) == "'s") word.remove_suffix(2);
      const std::string cc = c.gaz.country_code(word);
      // a country noun ("in Ukraine"), not its adjective ("Israeli territory", "Russian cities")
      const std::string lw = lower(word);
      auto ends = [&](std::string_view suf) {
        return lw.size() > suf.size() && lw.compare(lw.size() - suf.size(), suf.size(), suf) == 0;
      };
      const bool adjective_form = (ends("i") || ends("ian") || ends("ean") || ends("ese") || ends("ish")) &&
                                  i + 1 < toks.size() &&
                                  !starts_upper(text_of(c, toks[i + 1].begin, toks[i + 1].end)) &&
                                  text_of(c, toks[i].end, toks[i + 1].begin) == " ";
      if (!cc.empty() && !adjective_form && !c.gaz.lookup(word).empty()) {
        PlaceCand pc;
        pc.begin = toks[i].begin;
        pc.end = toks[i].begin + word.size();
        pc.name = std::string(word);
        pc.country = true;
        pc.country_code = cc;
        out.push_back(std::move(pc));
      }
      ++i;
      continue;
    }
    PlaceCand pc;
    pc.begin = toks[i].begin;
    pc.end = toks[i + found - 1].end;
    pc.name = name;
    const auto recs = c.gaz.lookup(name);
    if (!recs.empty() && recs.front()->kind == PlaceKind::country) {
      pc.country = true;
      pc.country_code = recs.front()->country;
    }
    out.push_back(std::move(pc));
    i = std::max(i + found, skip_to);
  }
  // context of each candidate
  for (auto& pc : out) {
    pc.q.name = pc.name;
    // region words after it: "Donetsk region", "Kherson Oblast"
    for (const auto& t : toks) {
      if (t.begin <= pc.end) continue;
      if (t.begin - pc.end <= 1 && kRegionWords.has(text_of(c, t.begin, t.end))) {
        pc.q.is_region = lower(text_of(c, t.begin, t.end)) != "district" && lower(text_of(c, t.begin, t.end)) != "area";
        if (lower(text_of(c, t.begin, t.end)) == "area") pc.q.near = true;
        pc.end = t.end;
      }
      break;
    }
    // words before it
    const std::size_t lb = pc.begin > 40 ? pc.begin - 40 : 0;
    const std::string before = lower(text_of(c, lb, pc.begin));
    if (ends_with_term(c, c.place_not_before, pc.begin)) pc.bad = true;
    else if (ends_with_term(c, c.place_before, pc.begin)) pc.good = true;
    static const RE2 near_re("(?:near|outside|outskirts of|on the outskirts of|close to|not far from|north of|south of|east of|west of|northeast of|northwest of|southeast of|southwest of|kilometres from|kilometers from|km from|miles from|above|overlooking|on the edge of|(?:northern|southern|eastern|western) edge of|around|suburbs? of|suburbs? of the(?: [a-z]+){0,2} (?:city|town|capital) of)(?: the)? $");
    if (may_end_with(before, {"near", "outside", "of", "to", "from", "above", "overlooking", "around"}, "the") &&
        RE2::PartialMatch(before, near_re)) {
      pc.q.near = true;
      pc.good = true;
      pc.bad = false;
    }
    // "<Title> <Place>" is a person's title ("President Zelensky"), not a place
    for (const auto& t : toks) {
      if (t.end <= pc.begin && pc.begin - t.end <= 1 && kTitles.has(text_of(c, t.begin, t.end))) pc.bad = true;
    }
    // a demonym before "city of X" gives a country hint: "the central Ukrainian city of Kryvyi Rih"
    static const RE2 demonym_re("([A-Z][a-z]+) (?:city|town|village|port city|capital|settlement|region)(?: of)? $");
    std::string dem;
    if (may_end_with(text_of(c, lb, pc.begin), {"city", "town", "village", "capital", "settlement", "region"}, "of") &&
        RE2::PartialMatch(std::string(text_of(c, lb, pc.begin)), demonym_re, &dem))
      pc.q.country_hint = c.gaz.country_code(dem);
    // followed by "-backed", "'s forces": an actor use
    const auto after = text_of(c, pc.end, std::min(c.s.size(), pc.end + 30));
    static const RE2 actor_use_re("^(?:-backed|-based|-led|-controlled|-installed|-appointed|'s (?:army|forces|military|troops|president|prime minister|government|mayor|governor|leader|defen[cs]e|health|foreign|interior|emergenc|state|armed|air force|navy|officials|authorities|ministry|spokes|police|security|intelligence|regime|parliament|embassy|envoy|ambassador|side))");
    if ((after.starts_with('-') || after.starts_with("'s ")) &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), actor_use_re))
      pc.bad = true;
    // a person: "Iryna, a 41-year-old teacher", "Hassan, 34,", "says Oleksandr, who ..."
    static const RE2 person_re("^(?:,? (?:a|an) (?:[0-9]+|[a-z]+(?:-[a-z]+)?)-year-old|, aged [0-9]+|, [0-9]{1,2},)");
    if ((after.starts_with(',') || after.starts_with(" a")) &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), person_re))
      pc.bad = true;
    // where the speaker is: "officials in Kherson said", "the administration in South Darfur
    // claimed that ..." ("the bombing in Mogadishu claimed 20 lives" is no speech); often the
    // place struck too ("officials in Belgorod said a rocket attack on the city ..."), so it
    // yields only to another place named in the sentence
    if (after.starts_with(' ') && may_end_with(before, {" in"}, "the")) {
      static const RE2 speaker_re("^( (?:has |had |have |also |later )?(?:said|says|told|reported|reports|announced|confirmed|stated|added|claimed|claims|accused|blamed|warned|denied|condemned)\\b(?: (?:the |at least |more than |over |some )?(?:[0-9,]+ )?lives)?)");
      re2::StringPiece m;
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), speaker_re, &m) &&
          std::string_view(m.data(), m.size()).find("lives") == std::string_view::npos)
        pc.speaker = true;
    }
    static const RE2 says_re("(?:says|said|told|recalls|recalled|explains|explained|adds|added) $");
    if (!after.empty() && after[0] == ',' && RE2::PartialMatch(before, says_re)) pc.bad = true;
    for (const auto& a : c.actors) {
      if (a.begin <= pc.begin && a.end > pc.end + 1) pc.bad = true;
      // exactly an actor's name that is no capital ("FAMa", the Malian army; not "Moscow"): the actor
      if (a.begin == pc.begin && a.end >= pc.end && !has_tag(c.rb.actors->spec(a), "capital") &&
          c.gaz.country_code(pc.name).empty()) {
        // ... unless the name is also a region ("DPR" is Donetsk oblast)
        if (!names_a_region(c.gaz, pc.name)) pc.bad = true;
      }
    }
    {
      static const RE2 subject_re("^(?:'s)? (?:says|said|claims|claimed|accuses|accused|blames|blamed|points|pointed|denies|denied|warns|warned|vows|vowed|urges|urged|calls|called|insists|reported|reports|announced|announces|confirmed|confirms|responded|responds|retaliated|retaliates|launched|launches|fired|fires)\\b");
      const auto after2 = text_of(c, pc.end, std::min(c.s.size(), pc.end + 20));
      if (pc.country || !c.rb.actors->find_all(text_of(c, pc.begin, pc.end)).empty())
        if (RE2::PartialMatch(re2::StringPiece(after2.data(), after2.size()), subject_re)) pc.bad = true;
    }
    // a capital or country that is the subject of an attack verb is an actor ("Moscow launched")
    for (const auto& a : c.actors) {
      if (a.begin <= pc.begin && a.end >= pc.end - 2 && !pc.good) {
        for (const auto& v : c.verbs) {
          if (v.begin < pc.end) continue;
          const std::string gap = lower(text_of(c, a.end, v.begin));
          static const RE2 aux_re("^ (?:has |had |have |reportedly |again |also |then |overnight |on [a-z]+ )*$");
          if (RE2::FullMatch(gap, aux_re)) pc.bad = true;
          break;
        }
        if (pc.country) pc.bad = true;
      }
    }
    if (pc.end <= dateline_end) pc.bad = true;  // dateline: where the reporter was
  }
  // "Kharkiv and Zaporizhzhia regions": a plural region word covers the whole list
  for (std::size_t k = out.size(); k-- > 1;) {
    if (!out[k].q.is_region) continue;
    const std::string tail = lower(text_of(c, out[k].begin, out[k].end));
    if (tail.size() < 2 || tail.back() != 's') continue;
    const std::string gap = lower(text_of(c, out[k - 1].end, out[k].begin));
    if (gap == " and " || gap == ", " || gap == ", and ") out[k - 1].q.is_region = true;
  }
  // a trailing source attribution ("...: Kiev military", "... - administration") names no strike place
  {
    std::size_t cut = std::string_view::npos;
    for (std::string_view sep : {std::string_view(" - "), std::string_view(": ")}) {
      const std::size_t at = c.s.rfind(sep);
      if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) cut = at;
    }
    if (cut != std::string_view::npos && count_words(c.s.substr(cut)) <= 6) {
      static const RE2 source_re("(?i)\\b(?:military|ministry|spokes\\w*|officials?|police|governor|administration|HQ|headquarters|media|source|sources|army|command|agency|mayor|chief|service|authorities|says|said|reports?|TV|news)\\b");
      const auto tail = c.s.substr(cut);
      if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), source_re))
        for (auto& pc : out)
          if (pc.begin > cut) pc.bad = true;
    }
  }
  // lists inherit the status of their head: "aimed at Moscow and the Crimean peninsula"
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = lower(text_of(c, out[k - 1].end, out[k].begin));
    static const std::set<std::string> kList = {" and ", ", ", " and the ", ", the ", " or ", ", and ", ", and the ", " as well as "};
    if (kList.count(gap) && !out[k].good && !out[k].bad) {
      out[k].good = out[k - 1].good;
      out[k].bad = out[k - 1].bad;
    }
  }
  // "Avdiivka, Donetsk region" / "Avdiivka in the Donetsk region": the region is a hint
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = lower(text_of(c, out[k - 1].end, out[k].begin));
    static const RE2 hint_gap_re("^(?: (?:refugee camp|camp|district|neighbou?rhood|area|suburb|village|town|city))?(?:,|,? in(?: the)?|,? of the)(?: (?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?)? $");
    static const RE2 direction_re("(?:north|south|east|west|central)(?:ern)? $");
    bool region_like = out[k].q.is_region || out[k].country || RE2::PartialMatch(gap, direction_re);
    if (!region_like) {
      const auto recs = c.gaz.lookup(out[k].name);
      region_like = !recs.empty() && (recs.front()->kind == PlaceKind::admin1 || recs.front()->kind == PlaceKind::region);
      // a name that is a town and a region ("Diafarabé, Mopti"): the region when it is the
      // first place's own admin1 ("Kharkiv, Donetsk" stays a list of two towns)
      if (!region_like && !recs.empty() && !out[k - 1].q.is_region && !out[k - 1].country &&
          RE2::FullMatch(gap, hint_gap_re))
        for (const PlaceRecord* r : recs) {
          if (r->kind != PlaceKind::admin1 || r->admin1.empty()) continue;
          for (const PlaceRecord* t : c.gaz.lookup(out[k - 1].name))
            if (t->kind != PlaceKind::admin1 && t->kind != PlaceKind::country && t->country == r->country &&
                t->admin1 == r->admin1)
              region_like = true;
        }
    }
    if (RE2::FullMatch(gap, hint_gap_re) && region_like && !out[k - 1].q.is_region && !out[k - 1].country) {
      if (out[k].country) out[k - 1].q.country_hint = out[k].country_code;
      else out[k - 1].q.region_hint = out[k].name;
      out[k].used_as_hint = true;
    }
  }
  // Analysts' notes name the admin units in brackets after a place: "Hawija (Kirkuk)",
  // "Velyka Pysarivka (Okhtyrskyi, Sumy)", "Dori (Dori, Seno, Sahel)", "Kharkiv city (Kharkiv)".
  // The last region (or country) inside is the hint; nothing inside is a place that was struck.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    if (out[k].country || out[k].q.is_region || out[k].used_as_hint) continue;
    const std::string gap = lower(text_of(c, out[k].end, out[k + 1].begin));
    static const RE2 open_re("^(?: (?:city|town|village|district|camp|refugee camp))? \\($");
    if (!RE2::FullMatch(gap, open_re)) continue;
    const std::size_t close = c.s.find(')', out[k + 1].begin);
    if (close == std::string_view::npos) continue;
    std::size_t hint = out.size();
    bool only_places = true;
    std::size_t prev_end = out[k + 1].begin;
    for (std::size_t j = k + 1; j < out.size() && out[j].end <= close; ++j) {
      const std::string sep = std::string(text_of(c, prev_end, out[j].begin));
      if (j > k + 1 && sep != ", " && sep != ",") only_places = false;
      prev_end = out[j].end;
      bool region_like = out[j].q.is_region || out[j].country;
      if (!region_like) region_like = names_a_region(c.gaz, out[j].name);
      if (region_like) hint = j;
    }
    // the brackets hold only place names: "(Kirkuk)", "(Okhtyrskyi, Sumy)"
    const std::string rest = std::string(text_of(c, prev_end, close));
    if (!only_places || hint == out.size() || !(rest.empty() || rest.find_first_not_of(" ,") == std::string::npos))
      continue;
    for (std::size_t j = k + 1; j < out.size() && out[j].end <= close; ++j) out[j].used_as_hint = true;
    if (out[hint].country) out[k].q.country_hint = out[hint].country_code;
    else out[k].q.region_hint = out[hint].name;
    out[k].good = true;
  }
  // "in the Shevchenkivskyi district" with a city named in the sentence: a part of that city
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::string tail = lower(text_of(c, out[k].begin, out[k].end));
    if (tail.size() < 9 || tail.compare(tail.size() - 9, 9, " district") != 0) continue;
    for (std::size_t j = 0; j < out.size(); ++j)
      if (j != k && !out[j].country && !out[j].q.is_region && !out[j].bad) {
        out[j].q.district = out[k].name;
        out[k].used_as_hint = true;
        break;
      }
  }
  // "the village of Khotin, north of Sumy": a bearing from a town locates the first place
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = lower(text_of(c, out[k - 1].end, out[k].begin));
    static const RE2 bearing_re("^,? (?:(?:about |some |around )?(?:[0-9]+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of|(?:on the outskirts of|near|outside|close to|just outside|in the suburbs of|a suburb of)(?: the (?:city|town|village|regional capital|capital) of)?) $");
    if (RE2::FullMatch(gap, bearing_re) && !out[k - 1].country && !out[k - 1].bad) {
      out[k - 1].q.region_hint = out[k].name;
      out[k].used_as_hint = true;
    }
  }
  // "the X district of Y": Y with district X
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = lower(text_of(c, out[k - 1].end, out[k].begin));
    // the region word may already be part of the first name ("the Ash Shaboura area" + " of ")
    const std::string first = lower(text_of(c, out[k - 1].begin, out[k - 1].end));
    auto ends_in = [&](std::string_view w) {
      return first.size() > w.size() && first.compare(first.size() - w.size(), w.size(), w) == 0;
    };
    const bool named_as_part = gap == " of " && (ends_in(" area") || ends_in(" district") ||
                                                 ends_in(" neighbourhood") || ends_in(" neighborhood") ||
                                                 ends_in(" quarter"));
    if ((gap == " district of " || gap == " neighbourhood of " || gap == " neighborhood of " ||
         gap == " area of " || gap == " quarter of " || named_as_part) && !out[k - 1].bad) {
      out[k].q.district = out[k - 1].name;
      out[k].good = true;
      out[k - 1].used_as_hint = true;
    }
  }
  return out;
}

}  // namespace

namespace {
// --- casualties ------------------------------------------------------------

struct CasHit {
  std::size_t pos;
  bool killed;  // else injured
  FoundCount fc;
};

bool only_filler(const Ctx& c, std::size_t b, std::size_t e, bool allow_victims) {
  static const std::set<std::string> kFiller = {"were", "was", "have", "has", "been", "had", "are", "is",
                                                "reportedly", "confirmed", "also", "seriously", "severely",
                                                "lightly", "critically", "slightly", "fatally", "mortally",
                                                "badly", "other", "more", "people", "of", "them", "and",
                                                "in", "the", "attack", "strike", "being", "left", "got",
                                                "all", "including", "among", "at", "least"};
  const auto gap = text_of(c, b, e);
  for (char ch : gap)
    if (ch == ';' || ch == ':' || ch == '.' || ch == '(') return false;
  for (const auto& t : tokenize(gap)) {
    const std::string w = lower(gap.substr(t.begin, t.end - t.begin));
    if (kFiller.count(w)) continue;
    if (allow_victims) {
      bool victim = false;
      for (const auto& h : c.cas)
        if (h.begin >= b && h.end <= e && c.rb.casualties->spec(h).label == "victims" && h.begin <= b + t.end &&
            h.end >= b + t.begin)
          victim = true;
      if (victim) continue;
      // adjectives before a victim noun ("two Palestinian civilians", "three elderly residents")
      if (t.end - t.begin > 2 && count_words(gap) <= 4) continue;
    }
    return false;
  }
  return true;
}

bool singular_victim(const Ctx& c, const std::string& word) {
  const std::string w = lower(word);
  if (w.empty() || w.back() == 's' || w == "people" || w == "police") return false;
  for (const auto& s : c.rb.casualties->specs())
    if (s.label == "victims" && lower(s.term) == w) return true;
  return false;
}

// Singular victim nouns listed right before a casualty word, without a number:
// "Child, man killed" -> 2, "Ukrainian soldier killed" -> 1, "commander is killed" -> 1.
int bare_victims(const Ctx& c, std::size_t word_begin) {
  static const RE2 aux_re("(?:\\s+(?:is|was|has been|had been|reportedly))+\\s*$");
  std::string before(text_of(c, word_begin > 80 ? word_begin - 80 : 0, word_begin));
  RE2::Replace(&before, aux_re, "");
  while (!before.empty() && before.back() == ' ') before.pop_back();
  int n = 0;
  for (;;) {
    const std::size_t sp = before.find_last_of(" ,");
    if (!singular_victim(c, sp == std::string::npos ? before : before.substr(sp + 1))) break;
    ++n;
    if (sp == std::string::npos) break;
    bool separated = before[sp] == ',';
    before.resize(sp);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) {
      separated = separated || before.back() == ',';
      before.pop_back();
    }
    if (before.size() >= 4 && lower(before.substr(before.size() - 4)) == " and") {
      before.resize(before.size() - 4);
      separated = true;
    }
    if (!separated) break;
  }
  return n;
}

// One victim named without a number counts as one, so that it adds up with the
// numbers around it: "a woman and two children" (3), "the bomber and three
// worshippers" (4), "killing himself and three others" (4).
std::vector<Quantity> with_single_victims(const Ctx& c, const std::vector<Quantity>& qs) {
  static const LowerWords kArticle = {"a", "an", "one", "the"};
  static const LowerWords kSelf = {"himself", "herself"};
  static const LowerWords kSingularThe = {"bomber", "attacker", "driver", "pilot", "commander", "gunman",
                                          "militant", "soldier", "officer", "policeman", "man", "woman",
                                          "boy", "girl", "child"};
  auto singular_victim_at = [&](std::size_t b, std::size_t e) {
    const std::string w = lower(text_of(c, b, e));
    if (w.size() < 2 || w.back() == 's') return false;
    for (const auto& h : c.cas)
      if (h.begin == b && h.end == e && c.rb.casualties->spec(h).label == "victims") return true;
    return false;
  };
  std::vector<Quantity> out = qs;
  const bool any_victim = std::any_of(c.cas.begin(), c.cas.end(), [&](const TermHit& h) {
    return c.rb.casualties->spec(h).label == "victims";
  });
  if (!any_victim) return out;  // then no word can be a victim named without a number
  const auto& toks = c.toks;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto w = text_of(c, toks[i].begin, toks[i].end);
    std::size_t qe = 0;
    std::string rule = "num.one_victim";
    if (kSelf.has(w)) {
      qe = toks[i].end;
      rule = "num.self";
    } else if (kArticle.has(w)) {
      const bool the = lower(w) == "the";
      // the victim noun right after the article, or after one adjective ("a young woman")
      for (std::size_t k = i + 1; k < toks.size() && k <= i + 2; ++k) {
        const auto n = text_of(c, toks[k].begin, toks[k].end);
        const bool victim = the ? kSingularThe.has(n) : singular_victim_at(toks[k].begin, toks[k].end);
        if (victim) {
          qe = toks[i].end;
          break;
        }
      }
    }
    if (qe == 0) continue;
    const std::size_t b = toks[i].begin;
    if (std::any_of(qs.begin(), qs.end(), [&](const Quantity& q) { return q.begin < qe && b < q.end; })) continue;
    // the quantity is the article (or the pronoun): the noun after it stays a victim noun
    out.push_back({b, qe, {1, 1}, rule});
  }
  std::sort(out.begin(), out.end(), [](const Quantity& x, const Quantity& y) { return x.begin < y.begin; });
  return out;
}

std::vector<CasHit> find_casualties(const Ctx& c, const std::vector<Quantity>& qs_in) {
  const std::vector<Quantity> qs = with_single_victims(c, qs_in);
  std::vector<CasHit> out;
  std::vector<bool> used(qs.size(), false);
  for (const auto& h : c.cas) {
    const std::string& label = c.rb.casualties->spec(h).label;
    if (label == "no_injured" || label == "no_killed" || label == "no_casualties") {
      if (label != "no_injured") out.push_back({h.begin, true, {{0, 0}, false, "cas." + label}});
      if (label != "no_killed") out.push_back({h.begin, false, {{0, 0}, false, "cas." + label}});
    }
  }
  std::vector<const TermHit*> words;
  for (const auto& h : c.cas) {
    const std::string& label = c.rb.casualties->spec(h).label;
    if (label == "killed" || label == "injured") words.push_back(&h);
  }
  auto is_zero_phrase = [&](std::size_t pos) {
    for (const auto& x : out)
      if (x.pos <= pos && pos <= x.pos + 40 && x.fc.count.min == 0 && x.fc.count.max == 0) return true;
    return false;
  };
  // count after the word: "killing two", "injuring at least 11 people", "the death toll rose to 12"
  for (const TermHit* w : words) {
    if (is_zero_phrase(w->begin)) continue;
    const bool killed = c.rb.casualties->spec(*w).label == "killed";
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k] || qs[k].begin < w->end) continue;
      const std::string gap = lower(text_of(c, w->end, qs[k].begin));
      static const RE2 gap_re("^ (?:(?:has |had |have )?(?:rose|risen|climbed|increased|reached|jumped|stands|stood|is|was|now|later|since|further|then|to|at|of|nearly|some|about|around|approximately)(?: |$))*$");
      if (!(gap == " " || RE2::FullMatch(gap, gap_re))) break;
      const bool update = gap.find("rose") != std::string::npos || gap.find("risen") != std::string::npos ||
                          gap.find("climbed") != std::string::npos || gap.find("increased") != std::string::npos ||
                          gap.find("reached") != std::string::npos || gap.find("jumped") != std::string::npos;
      // the counted thing must be people, not "two buildings"
      const auto after = lower(text_of(c, qs[k].end, std::min(c.s.size(), qs[k].end + 30)));
      static const RE2 thing_re("^ (?:buildings?|houses?|homes?|vehicles?|tanks?|drones?|missiles?|rockets?|shells?|times?|km|kilometres?|kilometers?|miles?|metres?|meters?|days?|hours?|minutes?|weeks?|months?|years?|percent|%|tons?|tonnes?)\\b");
      if (RE2::PartialMatch(after, thing_re)) break;
      Count total = qs[k].count;
      used[k] = true;
      // "killing two soldiers and three civilians": victim arithmetic after the word
      for (std::size_t j = k + 1; j < qs.size(); ++j) {
        const std::string g2 = lower(text_of(c, qs[j - 1].end, qs[j].begin));
        static const RE2 join2_re("^ [a-z' -]{0,40}?(?:,| and|, and) $");
        bool victim_noun = false;
        for (const auto& h : c.cas)
          if (h.begin >= qs[j - 1].end && h.end <= qs[j].begin && c.rb.casualties->spec(h).label == "victims")
            victim_noun = true;
        if (qs[j - 1].rule == "num.self" && (g2 == " and " || g2 == ", ")) {  // "himself and three others"
          victim_noun = true;
        } else if (!victim_noun || !RE2::FullMatch(g2, join2_re) || count_words(g2) > 5) {
          break;
        }
        // a single victim joins a list only with "and": "two soldiers and a child", not
        // "three civilians, a police officer told Reuters"
        if (qs[j].rule == "num.one_victim" && g2.find(" and") == std::string::npos) break;
        const auto after2 = lower(text_of(c, qs[j].end, std::min(c.s.size(), qs[j].end + 30)));
        bool victim_after = false;
        for (const auto& h : c.cas)
          if (h.begin >= qs[j].end && h.begin <= qs[j].end + 25 && c.rb.casualties->spec(h).label == "victims")
            victim_after = true;
        if (!victim_after) break;
        total.min += qs[j].count.min;
        if (total.max && qs[j].count.max) *total.max += *qs[j].count.max;
        else total.max.reset();
        used[j] = true;
      }
      out.push_back({w->begin, killed, {total, update, "cas." + std::string(killed ? "killed" : "injured") + ".after"}});
      break;
    }
  }
  // one victim after the word: "killed a man", "wounding a child"
  for (const TermHit* w : words) {
    bool have = false;
    for (const auto& x : out)
      if (x.pos == w->begin) have = true;
    if (have || is_zero_phrase(w->begin)) continue;
    static const RE2 one_after_re("^ (?:a|an|one) ([a-z]+)\\b");
    static const RE2 one_after_adj_re("^ (?:a|an|one) [a-z-]+ ([a-z]+)\\b");
    std::string victim, victim2;
    const auto after = lower(text_of(c, w->end, std::min(c.s.size(), w->end + 40)));
    RE2::PartialMatch(after, one_after_re, &victim);
    RE2::PartialMatch(after, one_after_adj_re, &victim2);
    for (const std::string& v : {victim, victim2}) {
      if (v.empty()) continue;
      bool done = false;
      for (const auto& s : c.rb.casualties->specs())
        if (s.label == "victims" && TermSet::key(s.term) == TermSet::key(v)) {
          const bool killed = c.rb.casualties->spec(*w).label == "killed";
          out.push_back({w->begin, killed, {{1, 1}, false, std::string("cas.") + (killed ? "killed" : "injured") + ".one"}});
          done = true;
          break;
        }
      if (done) break;
    }
  }
  // "the death toll from Saturday's strike on X rose to 40": a running toll across the sentence
  {
    static const RE2 toll_re("\\b(?:death toll|toll|number of (?:dead|deaths|people killed))\\b[^.;]{0,120}?\\b(?:rose|risen|climbed|increased|reached|jumped|stands at|stood at|now stands at)(?: to)? $");
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k]) continue;
      const auto before = lower(text_of(c, 0, qs[k].begin));
      if (RE2::PartialMatch(before, toll_re)) {
        bool dup = false;
        for (const auto& x : out)
          if (x.killed && x.fc.update) dup = true;
        if (dup) break;
        out.push_back({qs[k].begin, true, {qs[k].count, true, "cas.toll"}});
        used[k] = true;
        break;
      }
    }
  }
  // another source's figure: "the Observatory put the death toll at 123" (a report, not an update)
  if (contains_any(c.s, {" toll at "})) {
    static const RE2 put_re("\\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates)(?: the)? (?:death )?toll at (?:at least |more than |over |nearly |about )?$");
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k]) continue;
      const std::size_t lb = qs[k].begin > 60 ? qs[k].begin - 60 : 0;
      if (RE2::PartialMatch(lower(text_of(c, lb, qs[k].begin)), put_re)) {
        out.push_back({qs[k].begin, true, {qs[k].count, false, "cas.toll_reported"}});
        used[k] = true;
        break;
      }
    }
  }
  // count before the word: "two people were killed", "five killed", "left 10 dead",
  // "two soldiers and three civilians were killed" (sum)
  for (const TermHit* w : words) {
    if (is_zero_phrase(w->begin)) continue;
    const bool killed = c.rb.casualties->spec(*w).label == "killed";
    bool have = false;
    for (const auto& x : out)
      if (x.pos == w->begin) have = true;
    if (have) continue;
    int best = -1;
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k] || qs[k].end > w->begin) continue;
      if (only_filler(c, qs[k].end, w->begin, true)) best = static_cast<int>(k);
    }
    // "31 women and five children were among the dead": a part of a toll, which never lowers it
    if (best >= 0) {
      const std::string gap = lower(text_of(c, qs[static_cast<std::size_t>(best)].end, w->begin));
      // ("three of the wounded died", "two of them are in critical condition": part of a group told before)
      if (gap.find(" among") != std::string::npos || gap.starts_with(" of the ") || gap.starts_with(" of them") ||
          gap.starts_with(" of those "))
        continue;
    }
    if (best >= 0) {
      Count total = qs[static_cast<std::size_t>(best)].count;
      used[static_cast<std::size_t>(best)] = true;
      // victim arithmetic: earlier counts joined by "and" / ","
      for (int k = best - 1; k >= 0; --k) {
        const auto& q = qs[static_cast<std::size_t>(k)];
        if (used[static_cast<std::size_t>(k)]) break;
        const std::string gap = lower(text_of(c, q.end, qs[static_cast<std::size_t>(k + 1)].begin));
        static const RE2 join_re("^ [a-z' -]{0,40}?(?:,| and|, and) $");
        const bool self_join = q.rule == "num.self" && (gap == " and " || gap == ", ");
        if (!self_join && (!RE2::FullMatch(gap, join_re) || count_words(gap) > 5)) break;
        if ((q.rule == "num.one_victim" || qs[static_cast<std::size_t>(k + 1)].rule == "num.one_victim") &&
            gap.find(" and") == std::string::npos)
          break;
        bool victim_noun = self_join;
        for (const auto& h : c.cas)
          if (h.begin >= q.end && h.end <= qs[static_cast<std::size_t>(k + 1)].begin &&
              c.rb.casualties->spec(h).label == "victims")
            victim_noun = true;
        if (!victim_noun) break;
        total.min += q.count.min;
        if (total.max && q.count.max) *total.max += *q.count.max;
        else total.max.reset();
        used[static_cast<std::size_t>(k)] = true;
      }
      out.push_back({w->begin, killed, {total, false, std::string("cas.") + (killed ? "killed" : "injured") + ".before"}});
      continue;
    }
    // headline style without a number: "Child, man killed", "Ukrainian soldier killed", "commander is killed"
    if (int n = bare_victims(c, w->begin); n > 0) {
      out.push_back({w->begin, killed, {{n, n}, false, std::string("cas.") + (killed ? "killed" : "injured") + ".bare"}});
      continue;
    }
    // "a woman was killed", "one child was injured": a victim noun with an article
    static const RE2 one_re("\\b(?:a|an|one)\\s+(?:[a-z-]+\\s+)?([a-z]+)\\s+(?:was\\s+|has been\\s+|had been\\s+)?(?:reportedly\\s+)?$");
    const std::size_t lb = w->begin > 60 ? w->begin - 60 : 0;
    std::string victim;
    const auto before = lower(text_of(c, lb, w->begin));
    if (RE2::PartialMatch(before, one_re, &victim)) {
      bool is_victim = false;
      for (const auto& s : c.rb.casualties->specs())
        if (s.label == "victims" && TermSet::key(s.term) == TermSet::key(victim)) is_victim = true;
      if (is_victim)
        out.push_back({w->begin, killed, {{1, 1}, false, std::string("cas.") + (killed ? "killed" : "injured") + ".one"}});
    }
  }
  std::sort(out.begin(), out.end(), [](const CasHit& a, const CasHit& b) { return a.pos < b.pos; });
  return out;
}

void add_count(std::optional<FoundCount>& slot, const FoundCount& fc) {
  if (!slot) {
    slot = fc;
    return;
  }
  if (fc.update) {
    slot = fc;
    return;
  }
  // "the toll has risen to three after a 71-year-old woman died": the running toll already counts her
  if (slot->update) return;
  // two figures in one sentence for the same field: victim groups reported apart
  slot->count.min += fc.count.min;
  if (slot->count.max && fc.count.max) *slot->count.max += *fc.count.max;
  else slot->count.max.reset();
}

// A sentence that credits an actor with the attack just reported
// ("Al Shabaab claimed responsibility", "officials blamed Boko Haram").
FollowUp attribution(const Ctx& c, const SentenceSpan& span, const TermHit& actor, const char* rule) {
  FollowUp fu;
  fu.sentence = span.index;
  fu.paragraph = span.paragraph;
  fu.actor = c.rb.actors->spec(actor).label;
  fu.actor_text = std::string(c.s.substr(actor.begin, actor.end - actor.begin));
  fu.rules.push_back(rule);
  // "claimed both attacks", "claimed responsibility for the strikes": every attack reported before
  static const RE2 plural_re("(?i)\\b(?:claim\\w*|blam\\w*|accus\\w*|attributed)\\b[^.;]{0,40}?\\b(?:both|all (?:the |of the )?|(?:the|these|those) (?:two|three|twin|several) )?(?:[a-z-]+ )?(?:attacks|strikes|bombings|blasts|explosions)\\b|(?i)\\bclaim\\w* both\\b");
  fu.plural_claim = RE2::PartialMatch(re2::StringPiece(c.s.data(), c.s.size()), plural_re);
  return fu;
}

// What a date in the sentence dates: 0 the strike (or nothing in particular), 1 a statement ("the
// ministry said in a statement on Sunday", "told Reuters on Monday"), 2 a running toll ("the death
// toll ... rose to 89 on Saturday"): the day the figure was given, never the strike's.
int date_role(const Ctx& c, std::size_t at) {
  const std::size_t lb = at > 60 ? at - 60 : 0;
  const std::string before = lower(text_of(c, lb, at));
  if (before.empty() || before.back() != ' ') return 0;
  static const RE2 toll_re("\\b(?:rose|risen|climbed|increased|reached|jumped|grew|stood|stands)(?: to| at)? (?:at least |more than |nearly |about |some |over )?[0-9][0-9,]*(?: people| dead| deaths| killed)? (?:on |by |late on |early on )?$");
  if (contains_any(before, {"rose", "risen", "climbed", "increased", "reached", "jumped", "grew", "stood", "stands"}) &&
      RE2::PartialMatch(before, toll_re))
    return 2;
  static const RE2 stmt_re("\\b(?:said|says|told|reported|announced|stated|added|confirmed|wrote|posted|statement|briefing|conference)\\b[^,;.]{0,30}? (?:on |late on |early on )?$");
  if (contains_any(before, {"said", "says", "told", "reported", "announced", "stated", "added", "confirmed", "wrote",
                            "posted", "statement", "briefing", "conference"}) &&
      RE2::PartialMatch(before, stmt_re))
    return 1;
  return 0;
}

// The date for a trigger: one outside the dateline, in the trigger's clause if
// any, else the nearest to it; the date of a statement only when the sentence
// gives no other; the date of a running toll never (null: no date of the strike).
const FoundDate* pick_date(const Ctx& c, const std::vector<FoundDate>& dates, const std::vector<std::size_t>& pos,
                           std::size_t trigger, std::size_t dateline_end, bool& statement) {
  const auto [cb, ce] = clause_of(c.cuts, trigger);
  std::size_t best = dates.size();
  std::size_t best_d = SIZE_MAX;
  int best_role = 3;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (pos[i] < dateline_end) continue;
    const int role = date_role(c, pos[i]);
    if (role == 2) continue;
    const std::size_t d = pos[i] > trigger ? pos[i] - trigger : trigger - pos[i];
    const std::size_t score = (pos[i] >= cb && pos[i] < ce) ? d : d + 100000;
    if (role < best_role || (role == best_role && score < best_d)) {
      best_d = score;
      best = i;
      best_role = role;
    }
  }
  statement = best_role == 1;
  if (best < dates.size()) return &dates[best];
  // only dateline or toll dates: the first outside the dateline that is no toll, else none
  for (std::size_t i = 0; i < dates.size(); ++i)
    if (date_role(c, pos[i]) != 2) return &dates[i];
  return nullptr;
}

}  // namespace

SentenceResult Analyzer::analyze(std::string_view text, const SentenceSpan& span, const SentenceContext& sc) const {
  SentenceResult res;
  Ctx c{rb_, gaz_, numbers_, text.substr(span.begin, span.end - span.begin), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  const std::size_t base = span.begin;
  // Dates are looked for only where they are used: the first sentence (its
  // date applies to the article, EVENTS.md) and sentences that keep an attack
  // (found_dates() below, once the cheaper checks have let them through).
  auto phrases = find_phrases(c, sc.fired);
  std::vector<std::size_t> date_pos;
  const std::size_t dateline_local = sc.dateline_end > base ? sc.dateline_end - base : 0;
  bool dates_done = false;
  auto find_dates = [&] {
    if (dates_done) return;
    dates_done = true;
    for (const auto& d : dates_.find(c.s, sc.published)) {
      res.dates.push_back({d.date, d.precision, std::string(c.s.substr(d.begin, d.end - d.begin)), d.rule, d.relative,
                           d.anaphoric, d.offset});
      date_pos.push_back(d.begin);
    }
    // "In his address on Thursday, July 21, the governor said: "Today ..."": a relative date inside a
    // quotation resolves against the date the text gives the statement, not the publication date
    if (sc.published && res.dates.size() > 1) {
      const std::size_t q1 = c.s.find('"');
      const std::size_t q2 = q1 == std::string_view::npos ? q1 : c.s.find('"', q1 + 1);
      if (q2 != std::string_view::npos) {
        std::optional<Date> said;
        for (std::size_t i = 0; i < res.dates.size(); ++i)
          if (date_pos[i] < q1 && res.dates[i].precision == "day" && !said) said = res.dates[i].date;
        if (said)
          for (std::size_t i = 0; i < res.dates.size(); ++i)
            if (date_pos[i] > q1 && date_pos[i] < q2 && res.dates[i].relative) {
              res.dates[i].date = said->plus_days(res.dates[i].date.days() - sc.published->days());
              res.dates[i].rule = "date.quoted_statement";
            }
      }
    }
  };
  if (span.index == 0) find_dates();

  // The word lists, each group found in one pass (Rulebook::first_terms,
  // Rulebook::sentence_terms): casualty words and cues for every sentence,
  // the rest once the sentence is known to need them.
  std::vector<std::vector<TermHit>> lists;
  rb_.first_terms->find_all(c.s, lists);
  c.cas = std::move(lists[Rulebook::kCasualtyList]);
  c.cues = std::move(lists[Rulebook::kCueList]);
  // A lowercase cue written with a capital counts only where a sentence or a
  // quotation starts ("May it rain?"): inside a sentence "May" is the month
  // ("struck Kassala on 4 May"), not the modal.
  std::erase_if(c.cues, [&](const TermHit& h) {
    const std::string& term = rb_.cues->spec(h).term;
    if (term.empty() || !is_lower(code_point_at(term, 0)) || !is_upper(code_point_at(c.s, h.begin)))
      return false;
    std::size_t p = h.begin;
    while (p > 0 && (c.s[p - 1] == ' ' || c.s[p - 1] == '"' || c.s[p - 1] == '\'' || c.s[p - 1] == '(')) --p;
    if (p == 0) return false;
    const char prev = c.s[p - 1];
    return !(prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == ';' || prev == '-' || prev == '\n');
  });
  bool rest_done = false;
  auto find_rest = [&] {
    if (rest_done) return;
    rest_done = true;
    rb_.sentence_terms->find_all(c.s, lists);
    c.actors = std::move(lists[Rulebook::kActorList]);
    c.targets = std::move(lists[Rulebook::kTargetList]);
    c.verbs = std::move(lists[Rulebook::kAttackVerbList]);
    c.reporting = std::move(lists[Rulebook::kReportingVerbList]);
    c.place_before = std::move(lists[Rulebook::kPlaceBeforeList]);
    c.place_not_before = std::move(lists[Rulebook::kPlaceNotBeforeList]);
  };
  // "Al Shabaab claimed responsibility (for the attack)": attribution of the attack just reported
  std::optional<FollowUp> claim;
  {
    static const RE2 claim_re("(\\b(?:(?:claimed|claims|claiming) (?:responsibility|(?:the|a|an|both|two|three|several) (?:[a-z-]+ ){0,3}(?:attacks?|bombings?|strikes?|blasts?))|(?:said|says|stated) (?:it|they) (?:had )?(?:carried out|was behind|were behind|conducted|staged)))");
    const re2::StringPiece in(c.s.data(), c.s.size());
    re2::StringPiece m;
    if (contains_any(c.s, {"claim", "said ", "says ", "stated "}) && RE2::PartialMatch(in, claim_re, &m)) {
      const std::size_t at = static_cast<std::size_t>(m.data() - c.s.data());
      for (const auto& h : rb_.actors->find_all(c.s.substr(0, at))) {
        // "X claimed", "X militants said they carried out": the subject stands right before the verb
        const std::string gap = lower(c.s.substr(h.end, at - h.end));
        // (an appositive may stand between: "the Islamic Resistance in Iraq, an umbrella group of ..., claimed")
        static const RE2 subj_gap_re("^(?:, [^,;:]{1,80},)? (?:(?:group|militants?|fighters?|rebels?|movement|militia|insurgents?|forces|has|have|had|later|also|quickly|then|on [a-z]+) )*$");
        if (!RE2::FullMatch(gap, subj_gap_re)) continue;
        claim = attribution(c, span, h, "actor.claim");
      }
    }
  }
  if (!claim) {
    // "officials blamed Boko Haram", "blamed on Hamas", "attributed the attack to ISIS"
    static const RE2 blame_re("(\\b(?:blamed|blames|blaming|accused|accuses|points at|pointed at|points the finger at|pointed the finger at|attributed (?:it|the (?:attacks?|strikes?|bombings?|blasts?)) to|blamed (?:it|the (?:attacks?|bombings?|blasts?)) on|was blamed on|were blamed on)\\b(?: on)? (?:the )?)");
    const re2::StringPiece in(c.s.data(), c.s.size());
    re2::StringPiece m;
    if (contains_any(c.s, {"blam", "accus", "point", "attributed "}) && RE2::PartialMatch(in, blame_re, &m)) {
      const std::size_t after = static_cast<std::size_t>(m.data() - c.s.data()) + m.size();
      find_rest();
      for (const auto& h : c.actors) {
        if (h.begin != after) continue;
        claim = attribution(c, span, h, "actor.blamed");
        break;
      }
    }
  }
  // A claim of the attack just reported: no strong trigger, or only the claimed one named
  // again ("claimed responsibility for the bombings", "claimed the twin blasts")
  auto claimed_again = [&](const Phrase& p) {
    if (!p.strong) return true;
    const std::size_t lb = p.begin > 60 ? p.begin - 60 : 0;
    const std::string before = lower(text_of(c, lb, p.begin));
    static const RE2 claimed_re("(?:claimed|claims|claiming)(?: responsibility)?(?: for)? (?:the|these|those|both|twin|two|three|both of the)(?: [a-z-]+){0,2} $");
    return RE2::PartialMatch(before, claimed_re);
  };
  if (claim && std::all_of(phrases.begin(), phrases.end(), claimed_again)) {
    res.followup = std::move(claim);
    return res;
  }
  if (phrases.empty()) {
    // a follow-up sentence: casualties, "no injuries were reported", "air defences shot all of them down"
    const bool outcome_words = cue_in(c, "hit", 0, c.s.size()) || cue_in(c, "intercepted", 0, c.s.size());
    if (c.cas.empty() && !outcome_words) return res;
    static const RE2 separate_re("\\b(?:[Ss]eparate(?:ly)?|[Ee]lsewhere|[Ii]n another|[Mm]eanwhile|[Ee]arlier (?:this|last) (?:week|month|year))\\b");
    if (contains_any(c.s, {"eparate", "lsewhere", "n another", "eanwhile", "arlier "}) &&
        RE2::PartialMatch(re2::StringPiece(c.s.data(), c.s.size()), separate_re))
      return res;
    // a running total adds to no strike ("over 11,000 civilians have been killed since ...")
    if (is_roundup(c.s)) return res;
    c.toks = tokenize(c.s);
    c.cuts = clause_cuts(c.s, c.toks);
    find_rest();
    // a follow-up is read without targets and reporting verbs
    c.targets.clear();
    c.reporting.clear();
    // a sentence about another place is about another attack
    const auto places = find_places(c, 0);
    for (const auto& pc : places)
      if (!pc.country) res.places.push_back(pc.name);
    for (const auto& pc : places) {
      if (!pc.good || pc.country || pc.bad || pc.used_as_hint) continue;
      // "A woman was killed in the nearby town of Sarmin, the group said": the attack just
      // reported reached another place (or the same one: "the death toll in Lviv had risen to
      // six"). Assembly gives it the kind, actor and day of that attack, or drops it.
      static const LowerWords kOtherCause = {"clash", "clashes", "fighting", "gunmen", "gunman", "gunfire",
                                             "gunshot", "shooting", "stabbed", "stabbing", "accident", "crash",
                                             "drowned", "executed", "ambush", "firefight", "heat", "illness",
                                             "disease", "starvation", "hunger", "cholera", "flood", "floods"};
      for (const auto& t : c.toks)
        if (kOtherCause.has(text_of(c, t.begin, t.end))) return res;
      Mention m;
      m.sentence = span.index;
      m.paragraph = span.paragraph;
      m.anchor = base + pc.begin;
      m.inherit = true;
      m.place = pc.q;
      m.rules = {"anaphor.place", pc.q.near ? "place.near" : pc.q.is_region ? "place.region" : "place.named"};
      for (const auto& h : find_casualties(c, numbers_.find(c.s))) {
        add_count(h.killed ? m.killed : m.injured, h.fc);
        m.rules.push_back(h.fc.rule);
      }
      if ((m.killed && m.killed->count.min > 0) || (m.injured && m.injured->count.min > 0)) {
        m.outcome = "hit";
        res.mentions.push_back(std::move(m));
      }
      return res;
    }
    for (const auto& pc : places)
      if (pc.good && !pc.country) return res;
    const auto qs = numbers_.find(c.s);
    FollowUp fu;
    fu.sentence = span.index;
    fu.paragraph = span.paragraph;
    for (const auto& h : find_casualties(c, qs)) {
      add_count(h.killed ? fu.killed : fu.injured, h.fc);
      fu.rules.push_back(h.fc.rule);
    }
    fu.outcome = outcome_in(c, 0, c.s.size());
    if (fu.outcome != "unknown") fu.rules.push_back("outcome." + fu.outcome);
    fu.adjacent_only = !fu.killed && !fu.injured;
    if (fu.killed || fu.injured || fu.outcome != "unknown") res.followup = std::move(fu);
    return res;
  }

  c.toks = tokenize(c.s);
  c.cuts = clause_cuts(c.s, c.toks);
  c.modifier_words = &modifier_words_;

  // keep phrases that may be events (the cues and clauses decide; the rest of
  // the word lists and the wide clauses are read only for what is kept)
  std::vector<Phrase> kept;
  bool explained_accident = false;
  for (auto& p : phrases) {
    const std::string why = non_event_reason(c, p);
    if (why.empty()) kept.push_back(p);
    // "the explosion was caused by the improper storage of chemicals": the blast already
    // reported was an accident (EVENTS.md: accidents and unattributed explosions are no event)
    if (why == "cue.accident" && !p.strong && p.event_type == "remote_explosive") {
      static const RE2 definite_re("(?:\\bthe|\\bthis|\\bthat|'s)(?: [a-z-]+)? $");
      const std::string before = lower(text_of(c, p.begin > 30 ? p.begin - 30 : 0, p.begin));
      if (RE2::PartialMatch(before, definite_re)) explained_accident = true;
    }
  }
  if (kept.empty()) {
    if (explained_accident) {
      FollowUp fu;
      fu.sentence = span.index;
      fu.paragraph = span.paragraph;
      fu.accident = true;
      fu.rules.push_back("cue.accident");
      res.followup = std::move(fu);
    }
    return res;
  }
  c.wide_cuts = clause_cuts(c.s, c.toks, false);
  find_rest();
  // anaphora: "the strikes", "the attack" and nothing stronger -> a follow-up of the attack just reported
  {
    static const RE2 anaphor_re("\\b(?:the|these|those|this|that|both|such) (?:[a-z]+ )?$");
    const bool all_weak = std::none_of(kept.begin(), kept.end(), [](const Phrase& p) { return p.strong; });
    if (all_weak) {
      const std::size_t b = kept.front().begin;
      const std::string before = lower(text_of(c, b > 30 ? b - 30 : 0, b));
      if (RE2::PartialMatch(before, anaphor_re)) {
        FollowUp fu;
        fu.sentence = span.index;
        fu.paragraph = span.paragraph;
        for (const auto& h : find_casualties(c, numbers_.find(c.s))) {
          add_count(h.killed ? fu.killed : fu.injured, h.fc);
          fu.rules.push_back(h.fc.rule);
        }
        if (claim) {
          fu.actor = claim->actor;
          fu.actor_text = claim->actor_text;
        }
        fu.rules.push_back("anaphor");
        if (fu.killed || fu.injured || fu.actor) res.followup = std::move(fu);
        return res;
      }
    }
  }
  // "launched missiles from strategic bombers": a launch platform, not an attack;
  // "a Lancet hit a Ukrainian howitzer": a weapon that was the target
  {
    static const RE2 from_re("\\b(?:from|by|aboard|on board)(?: (?:a|an|the|its|their|strategic|long-range|[0-9]+))* $");
    static const RE2 hit_re("\\b(?:hit|struck|destroyed|targeted|attacked|damaged|hitting|striking|destroying|targeting)\\b");
    std::vector<Phrase> keep;
    for (std::size_t k = 0; k < kept.size(); ++k) {
      const Phrase& p = kept[k];
      const std::size_t lb = p.begin > 40 ? p.begin - 40 : 0;
      const std::string before = lower(text_of(c, lb, p.begin));
      if (!keep.empty() && RE2::PartialMatch(before, from_re) && p.weapon == "aircraft") continue;
      if (!keep.empty()) {
        const auto gap = text_of(c, keep.back().end, p.begin);
        const auto [cb, ce] = clause_of(c.cuts, keep.back().begin);
        if (p.begin < ce && RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), hit_re) &&
            count_words(gap) <= 6 && keep.back().strong) continue;
      }
      keep.push_back(p);
    }
    kept.swap(keep);
  }
  // a weak trigger next to strong ones is part of them ("the attack" after "drones")
  const bool any_strong = std::any_of(kept.begin(), kept.end(), [](const Phrase& p) { return p.strong; });
  if (any_strong) std::erase_if(kept, [](const Phrase& p) { return !p.strong; });
  // weak only: one mention for the sentence, and only with corroboration below
  if (!any_strong) kept.resize(1);

  const auto qs = numbers_.find(c.s);
  const auto cas = find_casualties(c, qs);
  auto places = find_places(c, dateline_local);
  // a weapon's name is no place, whatever the gazetteer knows by it ("an Antonov dropped
  // barrel bombs", "Grad rockets", "a Neptune missile")
  for (auto& pc : places)
    for (const auto& p : phrases)
      if (p.named && pc.begin < p.end && p.begin < pc.end) pc.bad = true;
  for (const auto& pc : places) {
    if (pc.country && !pc.country_code.empty()) res.countries.push_back({pc.country_code, pc.name});
    else if (!pc.country) res.places.push_back(pc.name);
  }
  // adjectives of countries ("Ukrainian journalist killed"): a weaker hint of where the article is
  for (const auto& t : c.toks) {
    std::string_view w = text_of(c, t.begin, t.end);
    if (!starts_upper(w)) continue;
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    bool in_place = false;
    for (const auto& pc : places)
      if (t.begin >= pc.begin && t.end <= pc.end) in_place = true;
    if (in_place) continue;
    const std::string cc = gaz_.country_code(w);
    if (!cc.empty()) res.demonyms.push_back(cc);
  }
  std::vector<const PlaceCand*> usable;
  for (const auto& pc : places)
    if (!pc.bad && !pc.used_as_hint) usable.push_back(&pc);
  // towns and regions beat countries; named-in-context beats neutral
  const bool any_town = std::any_of(usable.begin(), usable.end(), [](const PlaceCand* p) { return !p->country; });
  if (any_town) {
    std::string cc;
    for (const auto* p : usable)
      if (p->country) cc = p->country_code;
    std::erase_if(usable, [](const PlaceCand* p) { return p->country; });
    if (!cc.empty())
      for (auto& pc : places)
        if (pc.q.country_hint.empty()) pc.q.country_hint = cc;
  }
  const bool any_good = std::any_of(usable.begin(), usable.end(), [](const PlaceCand* p) { return p->good; });
  if (any_good) std::erase_if(usable, [](const PlaceCand* p) { return !p->good; });

  // "the bombing killed five, officials in Kherson said" with another place named: the speaker's place yields
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
  // assign each place to the nearest phrase before it (else the first phrase after it)
  std::vector<std::vector<const PlaceCand*>> per(kept.size());
  for (const auto* pc : usable) {
    int owner = -1;
    for (std::size_t k = 0; k < kept.size(); ++k)
      if (kept[k].begin <= pc->begin) owner = static_cast<int>(k);
    if (owner < 0) owner = 0;
    per[static_cast<std::size_t>(owner)].push_back(pc);
  }
  // a place in the phrase's own clause wins over places in other clauses ("air strikes on Jabalia
  // killed 19, as tanks pushed into Rafah")
  for (std::size_t k = 0; k < kept.size(); ++k) {
    // (plain variables, not a structured binding: clang 14 cannot capture those in a lambda)
    const auto clause = clause_of(c.wide_cuts, kept[k].begin);
    const std::size_t cb = clause.first, ce = clause.second;
    const bool own = std::any_of(per[k].begin(), per[k].end(),
                                 [&](const PlaceCand* pc) { return pc->begin >= cb && pc->begin < ce; });
    if (own) std::erase_if(per[k], [&](const PlaceCand* pc) { return pc->begin < cb || pc->begin >= ce; });
  }
  // a phrase without a place shares the next phrase's when they are coordinated
  // ("40 drones and 10 missiles at Kyiv")
  for (std::size_t k = kept.size() - 1; k-- > 0;) {
    if (!per[k].empty()) continue;
    const int words = count_words(text_of(c, kept[k].end, kept[k + 1].begin));
    const auto gap = lower(text_of(c, kept[k].end, kept[k + 1].begin));
    if (words <= 5 && (gap.find(" and ") != std::string::npos || gap.find(',') != std::string::npos))
      per[k] = per[k + 1];
  }
  // a place named before the first phrase belongs to every phrase of its clause with none of its own
  if (kept.size() > 1 && !per[0].empty() && per[0].front()->begin < kept[0].begin) {
    const auto [cb, ce] = clause_of(c.cuts, kept[0].begin);
    for (std::size_t k = 1; k < kept.size(); ++k)
      if (per[k].empty() && kept[k].begin < ce) per[k] = per[0];
  }
  // one combined toll for several kinds at one place: one record, the first-named kind; the kinds
  // must be named together ("artillery shells, drones and aerial bombs"), not in clauses of their own
  // ("a drone attack on Homs ..., a day after government shelling killed six")
  auto coordinated = [&] {
    for (std::size_t k = 1; k < kept.size(); ++k) {
      const std::string gap = lower(text_of(c, kept[k - 1].end, kept[k].begin));
      static const RE2 list_re("^(?:,|,? and|,? or|,? as well as)?(?: (?:the|a|an|[0-9,]+|several|dozens of|more|other))* $");
      if (!RE2::FullMatch(gap, list_re)) return false;
    }
    return true;
  };
  if (kept.size() > 1 && !cas.empty() && coordinated()) {
    std::vector<Phrase> one{kept.front()};
    auto places0 = per.front();
    for (std::size_t k = 1; k < kept.size(); ++k)
      if (per[k] != per.front() && !per[k].empty()) {
        one.push_back(kept[k]);
        places0.clear();
      }
    if (one.size() == 1) {
      kept = std::move(one);
      per.resize(1);
    }
  }

  find_dates();
  bool has_date = false;
  for (std::size_t i = 0; i < res.dates.size(); ++i)
    if (date_pos[i] >= dateline_local) has_date = true;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Phrase& p = kept[k];
    Mention base_m;
    base_m.sentence = span.index;
    base_m.paragraph = span.paragraph;
    base_m.anchor = base + p.begin;
    base_m.event_type = p.event_type;
    base_m.weapon = p.weapon;
    base_m.strong = p.strong;
    base_m.named_system = p.named;
    base_m.rules = p.rules;
    find_actor(c, p, base_m);
    {
      const auto [tb, te] = clause_of(c.cuts, p.begin);
      std::size_t region_end = te;
      // the clause after a comma continues the report ("..., hitting a school"), a ';' does not
      if (te < c.s.size() && c.s[te] == ',') region_end = clause_of(c.cuts, te + 1).second;
      if (k + 1 < kept.size()) region_end = std::min(region_end, kept[k + 1].begin);
      find_target(c, p, tb, region_end, base_m);
    }
    // date: the one in the phrase's clause, else the first in the sentence
    if (has_date) {
      bool statement = false;
      if (const FoundDate* d = pick_date(c, res.dates, date_pos, p.begin, dateline_local, statement)) {
        base_m.date = *d;
        base_m.date->statement = statement;
        base_m.rules.push_back(d->rule);
      }
    }
    // past tense, impact words, casualties, a date, or the lead make it a report
    bool past = false;
    for (const auto& v : c.verbs) {
      const auto w = lower(text_of(c, v.begin, v.end));
      if (w.size() > 2 && (w.compare(w.size() - 2, 2, "ed") == 0 || w == "struck" || w == "hit" || w == "sent" ||
                           w == "carried out"))
        past = true;
    }
    const bool impact = cue_in(c, "hit", 0, c.s.size()) || cue_in(c, "intercepted", 0, c.s.size());
    base_m.reported = has_date || sc.lead || !cas.empty() || past || impact;
    // Only a weapon named ("ballistic missiles", "military aircraft"), with no attack verb, no
    // casualties and no impact: a sentence about weapons, not a report of an attack, even
    // dated or in the lead ("The missiles have been ordered into production").
    if (!p.names_attack && cas.empty() && !past && !impact && c.verbs.empty()) base_m.reported = false;
    if (!p.strong) {
      // "strike"/"attack"/"explosion" alone: an event only with an actor or casualties, and a place or date
      base_m.reported = base_m.reported && (base_m.actor || !cas.empty()) && (!per[k].empty() || has_date);
    }
    auto outcome_for = [&](std::size_t b, std::size_t e) { return outcome_in(c, b, e); };
    auto make = [&](const PlaceCand* pc) {
      Mention m = base_m;
      std::size_t focus = pc ? pc->begin : p.begin;
      const auto [fb, fe] = clause_of(c.cuts, focus);
      const auto [pb, pe] = clause_of(c.cuts, p.begin);
      m.outcome = outcome_for(std::min(fb, pb), std::max(fe, pe));
      if (m.outcome == "unknown" && per[k].size() <= 1) m.outcome = outcome_for(0, c.s.size());
      if (pc) {
        m.place = pc->q;
        m.rules.push_back(pc->q.near ? "place.near" : pc->q.is_region ? "place.region"
                                                      : pc->country  ? "place.country"
                                                                     : "place.named");
      }
      // casualties: those nearest this mention's place when the sentence names several
      for (const auto& h : cas) {
        if (per[k].size() > 1 && pc) {
          const PlaceCand* nearest = nullptr;
          std::size_t bestd = SIZE_MAX;
          for (const auto* o : per[k]) {
            const std::size_t d = o->begin > h.pos ? o->begin - h.pos : h.pos - o->begin;
            if (d < bestd) {
              bestd = d;
              nearest = o;
            }
          }
          if (nearest != pc) continue;
        } else if (kept.size() > 1) {
          // several kinds: the casualty belongs to the phrase it follows
          std::size_t owner = 0;
          for (std::size_t j = 0; j < kept.size(); ++j)
            if (kept[j].begin <= h.pos) owner = j;
          if (owner != k) continue;
        }
        add_count(h.killed ? m.killed : m.injured, h.fc);
        m.rules.push_back(h.fc.rule);
        if (h.fc.count.min > 0) m.outcome = "hit";
      }
      res.mentions.push_back(std::move(m));
    };
    if (per[k].empty()) {
      make(nullptr);
      // "in the Saltivskyi district", "the city's Zarichnyi district": a part of the city the article
      // is telling about (assembly gives it that city)
      if (contains_any(c.s, {" district", " neighbourhood", " neighborhood", " quarter"})) {
        static const RE2 district_re("\\b(?:the|the city's|the town's) [A-Z][\\w'-]+ (?:district|neighbou?rhood|quarter)\\b");
        if (RE2::PartialMatch(re2::StringPiece(c.s.data(), c.s.size()), district_re))
          res.mentions.back().city_district = true;
      }
    }
    for (const auto* pc : per[k]) make(pc);
  }
  if (claim)
    for (auto& m : res.mentions)
      if (!m.actor) {
        m.actor = claim->actor;
        m.actor_text = claim->actor_text;
        m.actor_how = ActorHow::subject;
        m.rules.push_back(claim->rules.front());
      }
  return res;
}

}  // namespace salvo
