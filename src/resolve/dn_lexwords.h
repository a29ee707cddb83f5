// resolve/dn_lexwords.h — shared plumbing for the date and number word lists.
//
// Owns: turning word-list entries (dates.lex, numbers.lex of a language folder) into
// RE2 pattern text and normalised lookup keys, reading entries' tags (numbers,
// or names into enums, LexReader), and compiling patterns into diagnostics
// instead of failures. The meaning of the
// lists belongs to dates.cpp and numbers.cpp; nothing here knows it.
#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/status.h"
#include "rules/lexfile.h"

namespace salvo::dn {

// A run of blanks (ASCII whitespace or U+00A0) and an optional one.
inline constexpr const char* kSp = "(?:\\s|\\x{00A0})+";
inline constexpr const char* kOptSp = "(?:\\s|\\x{00A0})*";

// How an alternation of terms is matched.
enum class Case {
  kInsensitive,   // any case
  kTitleOrCaps,   // as written (Title case) or in CAPITALS: "July", "JULY"
  kAsWritten,     // exactly as written: "st" in "31st", not "31ST"
};

// One term as RE2 text: metacharacters quoted, each run of blanks -> kSp.
// With word_edges, a \b is put at each end of the term that is an ASCII word
// character (so "km" does not match inside "kmh", while "%" still matches after
// "10"). RE2's \b knows no other script: an end that is a letter outside ASCII
// gets none, and the finders drop a match that cuts a word there
// (rules/whole_word.h, splits_word).
std::string term_pattern(std::string_view term, bool word_edges);

// "(?:t1|t2|...)" longest term first (so RE2's leftmost-first alternation
// prefers "a few hundred" over "a few"). Terms are given as written; kTitleOrCaps
// adds each term in capitals (of any script).
std::string alternation(std::vector<std::string> terms, Case c, bool word_edges);

// The lookup key of a matched phrase: lower case (any script), blank runs (incl.
// U+00A0) -> one space, curly apostrophe -> '. Writes into `out` (reused).
void normalise_key(std::string_view s, std::string& out);
std::string normalise_key(std::string_view s);

// An integer tag ("-1", "12"); nullopt if the text is not one.
std::optional<long long> parse_int(std::string_view s);

// Compiles `pattern`; on failure appends a diagnostic naming `what` in `file`.
std::unique_ptr<RE2> compile(const std::string& pattern, bool longest_match, const std::string& file,
                             const std::string& what, std::vector<Diagnostic>& problems);

// One pattern of compile_all(): `re` and `problems` are its results.
struct PatternJob {
  std::string pattern;
  bool longest_match = false;
  std::string what;
  std::unique_ptr<RE2> re;
  std::vector<Diagnostic> problems;
};
// Compiles every job as compile() does. RE2 compiling is most of what loading
// the word lists costs (~6 ms for numbers.lex), so the jobs are shared with a
// second thread when the machine has more than one core: the longest pattern
// first, each job's results in the job, the same whatever thread ran it.
// `extra`, if given, is one more task run alongside (dates: the RE2::Set).
void compile_all(std::vector<PatternJob>& jobs, const std::string& file, const std::function<void()>& extra = nullptr);

// Reading the entries of word-list files: the problems found so far, the
// file being read, and the checks of an entry's tags.
struct LexReader {
  std::vector<Diagnostic> problems;
  const LexFile* file = nullptr;

  template <class E>
  using Tags = std::initializer_list<std::pair<const char*, E>>;  // tag name, meaning

  void problem(const LexEntry& e, std::string message) { problems.push_back(file->at(e.line, std::move(message))); }
  // The entry's i-th tag as a number in lo..hi; nullopt (and a problem) if it is not one.
  std::optional<long long> int_tag(const LexEntry& e, long long lo, long long hi, std::size_t i = 0);
  // The meaning of the entry's first tag in `tags`; `dflt`, if given, when it has none.
  template <class E>
  std::optional<E> tag_in(const LexEntry& e, Tags<E> tags, std::optional<E> dflt = std::nullopt) {
    const std::string tag = e.tags.empty() ? "" : e.tags[0];
    if (tag.empty() && dflt) return dflt;
    for (const auto& [name, value] : tags)
      if (tag == name) return value;
    std::string names;
    for (const auto& [name, value] : tags) names += std::string(names.empty() ? "@" : " @") + name;
    problem(e, "'" + e.value + "' in [" + e.section + "] needs one of " + names);
    return std::nullopt;
  }
  // map[key] = value, a problem if the key is there with another value.
  template <class Map, class V>
  void add_key(Map& map, const LexEntry& e, const std::string& key, V value) {
    auto [it, inserted] = map.emplace(key, value);
    if (!inserted && !(it->second == value)) problem(e, "'" + e.value + "' is listed twice with different meanings");
  }
};

inline bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool is_alpha_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit_byte(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace salvo::dn
