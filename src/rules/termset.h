// rules/termset.h — a word list for whole-word search, in any script.
//
// Owns: searching a list of (term, label) pairs as one alternation (longest
// terms first, so the longest match wins at each position), matching whole
// words (a word boundary of any script at both ends, core/unicode.h)
// case-insensitively (terms written in capitals of two letters or more, like
// "IS", "US" or "ЗСУ", match case-sensitively), and mapping each match back
// to its term's label. Spaces and hyphens inside a term match either.
// The search itself is a WordTrie (word_trie.h); the same alternation in RE2
// is kept as the reference the trie is tested against (for ASCII terms).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "core/status.h"
#include "rules/word_trie.h"

namespace salvo {

struct TermSpec {
  std::string term;
  std::string label;               // e.g. the section: "Russia", "killed", "residential"
  std::vector<std::string> tags;   // e.g. "capital"
  int line = 0;
};

struct TermHit {
  std::size_t begin = 0, end = 0;  // byte offsets into the searched text
  int index = -1;                  // into TermSet::specs()
};

struct TermSetOptions {
  bool plural = false;      // also match the term + "s"/"es"
  bool possessive = false;  // also match the term + "'s" / "'"
  bool sentence_case = false;  // lowercase terms match only as written or capitalised (not "MAY")
};

class TermSet {
 public:
  TermSet() = default;
  // Fails (Status with one Diagnostic per bad term: an empty one) when a term is unusable.
  static Result<std::shared_ptr<const TermSet>> build(const std::string& file, std::vector<TermSpec> specs,
                                                      TermSetOptions opts = {});
  // All non-overlapping matches, left to right.
  std::vector<TermHit> find_all(std::string_view text) const;
  bool contains_any(std::string_view text) const;
  // The same answer from the RE2 alternation (compiled on first use), run on
  // the text with its letters outside ASCII masked (RE2's \b is ASCII): the
  // reference for tests, for lists of ASCII terms (terms in another script
  // find nothing here).
  std::vector<TermHit> find_all_regex(std::string_view text) const;
  bool uses_trie() const { return ci_trie_.has_value(); }
  // The spec a matched text stands for (tolerating the plural/possessive
  // ending), or -1.
  int resolve_match(std::string_view whole_match) const;
  const std::vector<TermSpec>& specs() const { return specs_; }
  const TermSpec& spec(const TermHit& h) const { return specs_[static_cast<std::size_t>(h.index)]; }
  bool empty() const { return specs_.empty(); }

  // The lookup key of a term or matched text: lower case (any script), without
  // spaces, hyphens, apostrophes and full stops; a trailing possessive/plural
  // is removed by the caller.
  static std::string key(std::string_view s);

 private:
  friend class TermIndex;
  int resolve(std::string_view matched) const;
  // Adds the terms to a case-insensitive and a case-sensitive trie, as lists
  // ci_list and cs_list (what build() does for the set's own tries).
  void add_terms(WordTrie& ci, int ci_list, WordTrie& cs, int cs_list) const;
  template <class Target>
  static void scan_tries(const WordTrie& ci, const WordTrie& cs, std::string_view text,
                         const std::vector<std::uint32_t>& starts, bool ascii_text, Target&& target);
  struct Route {
    bool case_sensitive = false;
    bool either_case_first = false;
  };
  std::vector<Route> routes_;  // per spec
  std::vector<TermSpec> specs_;
  TermSetOptions opts_;
  void compile_regex() const;
  std::string ci_pattern_, cs_pattern_;  // RE2 alternations ("" when no such terms)
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> ci_;  // case-insensitive terms
  mutable std::unique_ptr<RE2> cs_;  // case-sensitive terms
  std::optional<WordTrie> ci_trie_, cs_trie_;  // always, once built
  std::unordered_map<std::string, int> by_key_;
};

// Several word lists searched in one pass over a text (one walk of a shared
// trie per word start instead of one scan per list): the same hits, per list,
// as each list's find_all.
class TermIndex {
 public:
  explicit TermIndex(std::vector<std::shared_ptr<const TermSet>> sets);
  // out[i] receives sets[i]->find_all(text).
  void find_all(std::string_view text, std::vector<std::vector<TermHit>>& out) const;
  std::size_t size() const { return sets_.size(); }

 private:
  std::vector<std::shared_ptr<const TermSet>> sets_;
  WordTrie ci_{true}, cs_{false};
  std::vector<int> list_;         // per set: its list (the same in ci_ and cs_), or -1
  std::vector<int> set_of_list_;  // per list: its set
};

// Escapes a literal term for RE2 and lets ' ' and '-' match each other.
std::string term_to_pattern(std::string_view term);

}  // namespace salvo
