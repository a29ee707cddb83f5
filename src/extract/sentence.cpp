// extract/sentence.cpp — see sentence.h.
#include "extract/sentence.h"

#include "core/names.h"
#include "core/unicode.h"

#include <algorithm>
#include <cctype>

#include "core/ascii.h"
#include "extract/actors.h"
#include "extract/assemble.h"

namespace salvo {

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '\'' || c == '-' || u >= 0x80;
}

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


namespace {
bool ascii_lower_letter(char ch) { return ch >= 'a' && ch <= 'z'; }
bool ascii_upper_letter(char ch) { return ch >= 'A' && ch <= 'Z'; }
}  // namespace

std::vector<std::size_t> glued_name_starts(std::string_view text, const WordList& words, const WordList& endings) {
  std::vector<std::size_t> out;
  // a capital letter right after a lower-case one, itself followed by a lower-case letter (a
  // name, not "iPhone" or "ofUS")
  for (std::size_t j = 1; j + 1 < text.size(); ++j) {
    if (!ascii_upper_letter(text[j]) || !ascii_lower_letter(text[j + 1]) || !ascii_lower_letter(text[j - 1])) continue;
    std::size_t t = j;
    while (t > 0 && is_word_byte(text[t - 1])) --t;
    const std::string_view word = text.substr(t, j - t);
    const std::size_t apostrophe = word.rfind('\'');
    const bool glued = apostrophe == std::string_view::npos
                           ? std::all_of(word.begin(), word.end(), ascii_lower_letter) && words.has(word)
                           : apostrophe > 0 && endings.has(word.substr(apostrophe));
    if (glued) out.push_back(j);
  }
  return out;
}

std::size_t past_initialism(std::string_view s, std::size_t end) {
  return end >= 2 && end < s.size() && s[end] == '.' && s[end - 2] == '.' ? end + 1 : end;
}

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

std::vector<std::size_t> clause_cuts(std::string_view s, const std::vector<Token>& toks, const WordList& subordinators,
                                     bool commas) {
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
  for (const auto& t : toks)
    if (subordinators.has(s.substr(t.begin, t.end - t.begin))) cuts.push_back(t.begin);
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

Sentence::Sentence(const Rulebook& rb_, const Gazetteer& gaz_, const NumberFinder& numbers_, std::string_view s_)
    : rb(rb_), gaz(gaz_), numbers(numbers_), s(s_) {}

void Sentence::read_first_lists() {
  rb.first_terms->find_all(s, scratch_);
  cas = std::move(scratch_[Rulebook::kCasualtyList]);
  cues = std::move(scratch_[Rulebook::kCueList]);
  std::erase_if(cues, [&](const TermHit& h) {
    const std::string& term = rb.cues->spec(h).term;
    if (term.empty() || !is_lower(code_point_at(term, 0)) || !is_upper(code_point_at(s, h.begin)))
      return false;
    std::size_t p = h.begin;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '"' || s[p - 1] == '\'' || s[p - 1] == '(')) --p;
    if (p == 0) return false;
    const char prev = s[p - 1];
    return !(prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == ';' || prev == '-' || prev == '\n');
  });
}

void Sentence::read_lists() {
  if (lists_read_) return;
  lists_read_ = true;
  rb.sentence_terms->find_all(s, scratch_);
  actors = std::move(scratch_[Rulebook::kActorList]);
  // "Iranian-made drones", "US-supplied rockets": where a weapon comes from, not who fired it
  std::erase_if(actors, [&](const TermHit& h) {
    return rb.grammar.actor_origin_after->matches(s.substr(past_initialism(s, h.end)));
  });
  keep_forces_names();
  targets = std::move(scratch_[Rulebook::kTargetList]);
  verbs = std::move(scratch_[Rulebook::kAttackVerbList]);
  reporting = std::move(scratch_[Rulebook::kReportingVerbList]);
  place_before = std::move(scratch_[Rulebook::kPlaceBeforeList]);
  place_not_before = std::move(scratch_[Rulebook::kPlaceNotBeforeList]);
}

// An @forces name ("Sudanese") is an actor only before a force word ("Sudanese army", "Sudan's
// armed forces"); a name of [state forces] right after an actor ("Iranian army", "Russian
// warplanes") is that actor's.
void Sentence::keep_forces_names() {
  auto next_word_at = [&](std::size_t from) {
    while (from < s.size() && s[from] == ' ') ++from;
    return from;
  };
  auto force_word_after = [&](std::size_t from) {
    const std::size_t b = next_word_at(from);
    const std::string after = ascii_lower(s.substr(b, 40));
    for (const std::string& w : rb.words.actor_force_word->entries())
      if (after.compare(0, w.size(), w) == 0 && (after.size() == w.size() || !is_word_byte(after[w.size()]))) return true;
    return false;
  };
  std::erase_if(actors,
                [&](const TermHit& h) { return has_tag(rb.actors->spec(h), "forces"_name) && !force_word_after(h.end); });
  for (std::size_t i = 1; i < actors.size(); ++i)
    if (next_word_at(actors[i - 1].end) == actors[i].begin &&
        rb.actor_scopes.in_section(text_of(*this, actors[i].begin, actors[i].end), kStateForces))
      actors.erase(actors.begin() + static_cast<std::ptrdiff_t>(i--));
}

void Sentence::cut_clauses() {
  toks = tokenize(s);
  cuts = clause_cuts(s, toks, *rb.words.clause_subordinator);
}

void Sentence::cut_wide_clauses() { wide_cuts = clause_cuts(s, toks, *rb.words.clause_subordinator, false); }

}  // namespace salvo
