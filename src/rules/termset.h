// rules/termset.h — a word list compiled into one RE2 for whole-word search.
//
// Owns: turning a list of (term, label) pairs into a single RE2 alternation
// (longest terms first, so the longest match wins at each position), matching
// whole words case-insensitively (terms written in capitals of two letters or
// more, like "IS" or "US", match case-sensitively), and mapping each match back
// to its term's label. Spaces and hyphens inside a term match either.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "core/status.h"

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
  // Fails (Status with one Diagnostic per bad term) if a term cannot compile.
  static Result<std::shared_ptr<const TermSet>> build(const std::string& file, std::vector<TermSpec> specs,
                                                      TermSetOptions opts = {});
  // All non-overlapping matches, left to right.
  std::vector<TermHit> find_all(std::string_view text) const;
  bool contains_any(std::string_view text) const;
  const std::vector<TermSpec>& specs() const { return specs_; }
  const TermSpec& spec(const TermHit& h) const { return specs_[static_cast<std::size_t>(h.index)]; }
  bool empty() const { return specs_.empty(); }

  // The lookup key of a term or matched text: lowercase ASCII, with spaces,
  // hyphens, apostrophes and a trailing possessive/plural removed by the caller.
  static std::string key(std::string_view s);

 private:
  int resolve(std::string_view matched) const;
  int resolve_match(std::string_view whole_match) const;  // tolerates the plural/possessive suffix
  std::vector<TermSpec> specs_;
  TermSetOptions opts_;
  std::unique_ptr<RE2> ci_;  // case-insensitive terms
  std::unique_ptr<RE2> cs_;  // case-sensitive terms
  std::unordered_map<std::string, int> by_key_;
};

// Escapes a literal term for RE2 and lets ' ' and '-' match each other.
std::string term_to_pattern(std::string_view term);

}  // namespace salvo
