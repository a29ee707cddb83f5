#include "rules/termset.h"

#include "core/ascii.h"
#include "core/unicode.h"

#include <algorithm>
#include <cctype>

namespace salvo {

namespace {

// Capitals and small letters in any script ("IS", "ЗСУ").
bool is_acronym(std::string_view t) {
  int upper = 0;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t c = decode_utf8(t, i);
    if (is_lower(c)) return false;
    if (is_upper(c)) ++upper;
  }
  return upper >= 2;
}

bool all_lower(std::string_view t) {
  for (std::size_t i = 0; i < t.size();)
    if (is_upper(decode_utf8(t, i))) return false;
  return true;
}

// The first letter as written or in the other case, for RE2: "[mM]ay", "[мМ]оже".
std::string either_case_first(const std::string& pat) {
  if (pat.empty()) return pat;
  std::size_t len = 0;
  const char32_t first = decode_utf8(pat, len);
  const char32_t other = is_upper(first) ? to_lower(first) : to_upper(first);
  if (other == first) return pat;
  std::string out = "[" + pat.substr(0, len);
  append_utf8(out, other);
  return out + "]" + pat.substr(len);
}

}  // namespace

std::string TermSet::key(std::string_view s) {
  std::string k;
  k.reserve(s.size());
  unsigned high = 0;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '\'' || c == '.') continue;
    high |= static_cast<unsigned char>(c);
    k += ascii_lower(c);
  }
  if (high & 0x80) return lower_case(k);  // letters of other scripts
  return k;
}

std::string term_to_pattern(std::string_view term) {
  // A trailing period ("U.S.") cannot be followed by a word boundary before a
  // space; the period is left out of the match, which keeps the same key.
  while (term.size() > 1 && term.back() == '.') term.remove_suffix(1);
  std::string p;
  for (char c : term) {
    if (c == ' ' || c == '-') {
      p += "[- ]?";
    } else if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      p += c;
    } else {
      p += '\\';
      p += c;
    }
  }
  return p;
}

Result<std::shared_ptr<const TermSet>> TermSet::build(const std::string& file, std::vector<TermSpec> specs,
                                                      TermSetOptions opts) {
  auto ts = std::make_shared<TermSet>();
  ts->opts_ = opts;
  // Longest first, so that RE2's leftmost-first alternation prefers the longest term.
  std::stable_sort(specs.begin(), specs.end(),
                   [](const TermSpec& a, const TermSpec& b) { return a.term.size() > b.term.size(); });
  std::vector<Diagnostic> problems;
  std::string ci_alt, cs_alt;
  ts->routes_.resize(specs.size());
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const auto& s = specs[i];
    const std::string k = key(s.term);
    if (k.empty()) {
      problems.push_back({file, s.line, "empty term"});
      continue;
    }
    ts->by_key_.emplace(k, static_cast<int>(i));  // first (longest/earliest) wins
    const std::string pat = term_to_pattern(s.term);
    if (is_acronym(s.term)) {
      cs_alt += (cs_alt.empty() ? "" : "|") + pat;
      ts->routes_[i] = {true, false};
    } else if (opts.sentence_case && all_lower(s.term)) {
      // as written, or with the first letter capitalised (sentence start)
      std::size_t len = 0;
      const bool lower_first = is_lower(decode_utf8(s.term, len));
      cs_alt += (cs_alt.empty() ? "" : "|") + (lower_first ? either_case_first(pat) : pat);
      ts->routes_[i] = {true, lower_first};
    } else {
      ci_alt += (ci_alt.empty() ? "" : "|") + pat;
    }
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  std::string suffix;
  if (opts.plural) suffix += "(?:e?s)?";
  if (opts.possessive) suffix += "(?:'s|')?";
  // The reference (find_all_regex): RE2's \b is ASCII-only, so it searches a
  // copy of the text whose letters outside ASCII are masked as word bytes.
  if (!ci_alt.empty()) ts->ci_pattern_ = "\\b(" + ci_alt + ")" + suffix + "\\b";
  if (!cs_alt.empty()) ts->cs_pattern_ = "\\b(" + cs_alt + ")" + suffix + "\\b";
  ts->specs_ = std::move(specs);
  ts->ci_trie_.emplace(true);
  ts->cs_trie_.emplace(false);
  ts->add_terms(*ts->ci_trie_, ts->ci_trie_->add_list({opts.plural, opts.possessive}), *ts->cs_trie_,
                ts->cs_trie_->add_list({opts.plural, opts.possessive}));
  ts->ci_trie_->finish();
  ts->cs_trie_->finish();
  return std::shared_ptr<const TermSet>(std::move(ts));
}

void TermSet::add_terms(WordTrie& ci, int ci_list, WordTrie& cs, int cs_list) const {
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    if (routes_[i].case_sensitive) cs.add(cs_list, specs_[i].term, routes_[i].either_case_first);
    else ci.add(ci_list, specs_[i].term);
  }
}

void TermSet::compile_regex() const {
  std::call_once(compiled_, [this] {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    if (!ci_pattern_.empty()) {
      o.set_case_sensitive(false);
      ci_ = std::make_unique<RE2>(ci_pattern_, o);
    }
    if (!cs_pattern_.empty()) {
      o.set_case_sensitive(true);
      cs_ = std::make_unique<RE2>(cs_pattern_, o);
    }
  });
}

int TermSet::resolve(std::string_view m) const {
  auto it = by_key_.find(key(m));
  return it == by_key_.end() ? -1 : it->second;
}

int TermSet::resolve_match(std::string_view m) const {
  if (const int i = resolve(m); i >= 0) return i;
  std::string_view t = m;
  if (opts_.possessive) {
    if (t.size() > 2 && t.substr(t.size() - 2) == "'s") t.remove_suffix(2);
    else if (!t.empty() && t.back() == '\'') t.remove_suffix(1);
    if (const int i = resolve(t); i >= 0) return i;
  }
  if (opts_.plural && t.size() > 1 && (t.back() == 's' || t.back() == 'S')) {
    t.remove_suffix(1);
    if (const int i = resolve(t); i >= 0) return i;
    if (t.size() > 1 && (t.back() == 'e' || t.back() == 'E')) {
      t.remove_suffix(1);
      if (const int i = resolve(t); i >= 0) return i;
    }
  }
  return -1;
}

namespace {

// Matches of the case-insensitive and the case-sensitive terms merged: left
// to right, the longer first at one position, no overlap (what one RE2 over
// both would give).
void merge_hits(std::vector<TermHit>& hits) {
  std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<TermHit> kept;
  for (const auto& h : hits)
    if (kept.empty() || h.begin >= kept.back().end) kept.push_back(h);
  hits.swap(kept);
}

}  // namespace

// Both tries over one text: list l's matches go, as hits of the set its
// target(l) names, to that set's vector; a list's case-insensitive and
// case-sensitive hits are merged when both found some. Lists are numbered
// alike in the two tries.
template <class Target>
void TermSet::scan_tries(const WordTrie& ci, const WordTrie& cs, std::string_view text,
                         const std::vector<std::uint32_t>& starts, bool ascii_text, Target&& target) {
  auto take = [&](int list, std::size_t b, std::size_t e) {
    const auto [set, hits] = target(list);
    const int idx = set->resolve_match(text.substr(b, e - b));
    if (idx >= 0) hits->push_back({b, e, idx});
    return true;
  };
  std::size_t from_ci[WordTrie::kMaxLists];
  ci.scan(text, starts, ascii_text, take);
  for (int l = 0; l < ci.lists(); ++l) from_ci[l] = target(l).second->size();
  cs.scan(text, starts, ascii_text, take);
  for (int l = 0; l < ci.lists(); ++l) {
    auto* hits = target(l).second;
    if (from_ci[l] > 0 && hits->size() > from_ci[l]) merge_hits(*hits);
  }
}

std::vector<TermHit> TermSet::find_all(std::string_view text) const {
  if (!ci_trie_) return find_all_regex(text);
  std::vector<TermHit> hits;
  std::vector<std::uint32_t> starts;
  const bool ascii = WordTrie::boundaries(text, starts);
  scan_tries(*ci_trie_, *cs_trie_, text, starts, ascii, [&](int) { return std::make_pair(this, &hits); });
  return hits;
}

std::vector<TermHit> TermSet::find_all_regex(std::string_view original) const {
  compile_regex();
  // Every byte of a word character outside ASCII becomes '_' (an ASCII word
  // byte): RE2's \b then holds where a word boundary of any script does, and
  // offsets stay those of the original text.
  std::string masked(original);
  for (std::size_t i = 0; i < masked.size();) {
    const std::size_t b = i;
    if (static_cast<unsigned char>(masked[i]) < 0x80) {
      ++i;
      continue;
    }
    if (is_word_char(decode_utf8(original, i)))
      for (std::size_t k = b; k < i; ++k) masked[k] = '_';
  }
  const std::string_view text = masked;
  std::vector<TermHit> hits;
  // Only the whole match is asked for, so RE2 can answer with its DFA; the
  // term is then found by its key, trying the match without a plural or
  // possessive ending.
  auto scan = [&](const RE2* re) {
    if (!re) return;
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece whole;
    std::size_t pos = 0;
    while (pos <= text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &whole, 1)) {
      const std::size_t b = static_cast<std::size_t>(whole.data() - text.data());
      const std::size_t e = b + whole.size();
      const int idx = resolve_match(std::string_view(whole.data(), whole.size()));
      if (idx >= 0) hits.push_back({b, e, idx});
      pos = e > b ? e : b + 1;
    }
  };
  scan(ci_.get());
  scan(cs_.get());
  if (ci_ && cs_) merge_hits(hits);
  return hits;
}

bool TermSet::contains_any(std::string_view text) const {
  if (ci_trie_) {
    bool any = false;
    auto stop = [&](int, std::size_t, std::size_t) { return !(any = true); };
    std::vector<std::uint32_t> starts;
    const bool ascii = WordTrie::boundaries(text, starts);
    ci_trie_->scan(text, starts, ascii, stop);
    if (!any) cs_trie_->scan(text, starts, ascii, stop);
    return any;
  }
  compile_regex();
  re2::StringPiece input(text.data(), text.size());
  return (ci_ && RE2::PartialMatch(input, *ci_)) || (cs_ && RE2::PartialMatch(input, *cs_));
}

TermIndex::TermIndex(std::vector<std::shared_ptr<const TermSet>> sets) : sets_(std::move(sets)) {
  for (std::size_t i = 0; i < sets_.size(); ++i) {
    const TermSet& ts = *sets_[i];
    if (!ts.uses_trie()) {
      list_.push_back(-1);
      continue;
    }
    const WordTrie::ListOptions o{ts.opts_.plural, ts.opts_.possessive};
    const int list = ci_.add_list(o);
    cs_.add_list(o);  // the same number in both tries
    list_.push_back(list);
    set_of_list_.push_back(static_cast<int>(i));
    ts.add_terms(ci_, list, cs_, list);
  }
  ci_.finish();
  cs_.finish();
}

void TermIndex::find_all(std::string_view text, std::vector<std::vector<TermHit>>& out) const {
  out.resize(sets_.size());
  for (auto& v : out) v.clear();
  thread_local std::vector<std::uint32_t> starts;
  const bool ascii = WordTrie::boundaries(text, starts);
  TermSet::scan_tries(ci_, cs_, text, starts, ascii, [&](int list) {
    const auto set = static_cast<std::size_t>(set_of_list_[static_cast<std::size_t>(list)]);
    return std::make_pair(sets_[set].get(), &out[set]);
  });
  for (std::size_t i = 0; i < sets_.size(); ++i)
    if (list_[i] < 0) out[i] = sets_[i]->find_all(text);
}

}  // namespace salvo
