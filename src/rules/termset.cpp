#include "rules/termset.h"

#include "core/ascii.h"

#include <algorithm>
#include <cctype>

namespace salvo {

namespace {

bool is_acronym(std::string_view t) {
  int upper = 0;
  for (char c : t) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
  }
  return upper >= 2;
}

bool all_lower(std::string_view t) {
  return std::none_of(t.begin(), t.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// When a whole list fails to compile, name the terms that fail on their own.
std::vector<Diagnostic> culprits(const std::string& file, const std::vector<TermSpec>& specs, const std::string& error) {
  std::vector<Diagnostic> out;
  for (const auto& s : specs) {
    RE2 probe("(?:" + term_to_pattern(s.term) + ")", RE2::Quiet);
    if (!probe.ok()) out.push_back({file, s.line, "term '" + s.term + "' does not compile: " + probe.error()});
  }
  if (out.empty()) out.push_back({file, 0, "word list does not compile: " + error});
  return out;
}

}  // namespace

std::string TermSet::key(std::string_view s) {
  std::string k;
  k.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '\'' || c == '.') continue;
    k += ascii_lower(c);
  }
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
  std::string suffix;
  if (opts.plural) suffix += "(?:e?s)?";
  if (opts.possessive) suffix += "(?:'s|')?";
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
    } else if (opts.sentence_case && all_lower(s.term)) {
      // as written, or with the first letter capitalised (sentence start)
      std::string cap = pat;
      if (!cap.empty() && std::islower(static_cast<unsigned char>(cap[0])))
        cap = "[" + std::string(1, cap[0]) + std::string(1, static_cast<char>(std::toupper(cap[0]))) + "]" + cap.substr(1);
      cs_alt += (cs_alt.empty() ? "" : "|") + cap;
    } else {
      ci_alt += (ci_alt.empty() ? "" : "|") + pat;
    }
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  // \b is ASCII-only in RE2; terms are matched on whole words of the normalised text.
  if (!ci_alt.empty()) {
    o.set_case_sensitive(false);
    ts->ci_ = std::make_unique<RE2>("\\b(" + ci_alt + ")" + suffix + "\\b", o);
    if (!ts->ci_->ok()) return Status::errors(culprits(file, specs, ts->ci_->error()));
  }
  if (!cs_alt.empty()) {
    o.set_case_sensitive(true);
    ts->cs_ = std::make_unique<RE2>("\\b(" + cs_alt + ")" + suffix + "\\b", o);
    if (!ts->cs_->ok()) return Status::errors(culprits(file, specs, ts->cs_->error()));
  }
  ts->specs_ = std::move(specs);
  return std::shared_ptr<const TermSet>(std::move(ts));
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

std::vector<TermHit> TermSet::find_all(std::string_view text) const {
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
  if (ci_ && cs_) {
    std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
      return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
    });
    std::vector<TermHit> kept;
    for (const auto& h : hits)
      if (kept.empty() || h.begin >= kept.back().end) kept.push_back(h);
    hits.swap(kept);
  }
  return hits;
}

bool TermSet::contains_any(std::string_view text) const {
  re2::StringPiece input(text.data(), text.size());
  return (ci_ && RE2::PartialMatch(input, *ci_)) || (cs_ && RE2::PartialMatch(input, *cs_));
}

}  // namespace salvo
