// rules/patterns.h — named context patterns: the one regex matcher the
// extractor's grammar goes through.
//
// Owns: the *.patterns rule files (one [section] per pattern: its id), each
// pattern compiled once with RE2, the literals every match of it must
// contain (derived at load time by RE2's own prefilter, re2::FilteredRE2, so
// that a text lacking them is rejected without running the regex: no guard
// is written by hand), the match calls the extractor makes (search, whole
// text, capture, scan, replace), and each pattern's examples (the text it
// must match, with the capture it must give, and counters it must not match)
// that `salvo test-rules` runs. Read-only after load: shared by all threads.
//
// File format (rules/lexfile.h), one section per pattern:
//   [place.near_before]
//   pattern = (?:near|outside)(?: the)? $     RE2 syntax; several lines are alternatives
//   match = search | full                     search (default): anywhere; full: the whole text
//   example = "shelling near "                the text must match ("..." keeps outer blanks)
//   example = "Moscow city of " => Moscow     ... and give this first capture group
//   counter = "shelling in "                  the text must not match
//   note = what the extractor uses it for
//   check = casualties                        optional: how `gives` lines are read
//   gives = SENTENCE => killed 15+            what a whole sentence gives (extract/word_checks.h)
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "rules/words.h"

namespace re2 {
class RE2;
class FilteredRE2;
}  // namespace re2

namespace salvo {

enum class MatchMode { search, full };

// One example line of a pattern: the text, whether it must match, and the
// first capture group it must give (when `capture` is set).
struct PatternExample {
  std::string text;
  bool must_match = true;
  bool has_capture = false;
  std::string capture;
  std::string file;
  int line = 0;
};

// The literals a pattern's matches need (see Pattern::may_match), worked out
// from RE2's prefilter the first time a long text is tried.
struct Prefilter {
  std::unique_ptr<re2::FilteredRE2> filter;  // null: no literal rules a text out
  std::vector<std::string> atoms;            // FilteredRE2's atoms (lower-case)
  std::vector<std::string> keys;             // what is searched for: every match holds one
  // With at most kMemoKeys keys: whether a text may match, by which keys it
  // holds (bit k: keys[k]), worked out on first need: -1 not yet, 0 no, 1 yes.
  // Every thread that works one out finds the same answer.
  static constexpr std::size_t kMemoKeys = 8;
  std::unique_ptr<std::atomic<signed char>[]> answers;
  Prefilter();
  Prefilter(Prefilter&&) noexcept;
  Prefilter& operator=(Prefilter&&) noexcept;
  ~Prefilter();
};

class Pattern {
 public:
  // declared_keys: literals of which every match holds one, already checked
  // by the book (or empty: the keys are worked out on first use).
  Pattern(std::string id, MatchMode mode, std::unique_ptr<re2::RE2> re, std::vector<std::string> declared_keys);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  const std::string& id() const { return id_; }
  MatchMode mode() const { return mode_; }
  // Matches `text` the way the file says (search: anywhere; full: whole).
  bool matches(std::string_view text) const;
  // search mode: the first match; its first capture group in `group1`, or the
  // whole match in `whole` (either may be null).
  bool search(std::string_view text, std::string* group1) const;
  bool search_span(std::string_view text, std::string_view* whole) const;
  // search mode: the first match's first capture group, as a view into `text`.
  bool search_group(std::string_view text, std::string_view* group1) const;
  // The next match inside text[pos, end) (for scans over a sentence).
  bool find(std::string_view text, std::size_t pos, std::size_t end, std::string_view* whole) const;
  // Replaces the first match in *s with `rewrite` (RE2::Replace).
  bool replace(std::string* s, std::string_view rewrite) const;
  // The prefilter alone: false when `text` lacks the literals every match
  // needs. Short texts (the extractor's small windows) always pass: for them
  // the regex's own pass is cheaper than the search.
  bool may_match(std::string_view text) const;
  // The literals (lower-case) the prefilter looks for; empty: none.
  const std::vector<std::string>& keys() const { return prefilter().keys; }
  const std::string& pattern() const;

 private:
  const Prefilter& prefilter() const;
  std::string id_;
  MatchMode mode_;
  std::unique_ptr<re2::RE2> re_;
  std::vector<std::string> declared_keys_;
  mutable std::once_flag prefilter_once_;  // built once, on first use, by any thread
  mutable Prefilter prefilter_;
};

// Whether `keys` are literals of which every match of `pattern` holds one
// (checked with RE2's prefilter); `why` says what is wrong when not.
bool keys_are_required(const std::string& pattern, const std::vector<std::string>& keys, std::string* why);

struct PatternInfo {
  std::string file;
  int line = 0;
  std::string note;
  std::vector<PatternExample> examples;
  // `check = NAME` and `gives = TEXT => EFFECT`: what whole sentences give
  // through the extractor with this pattern (the extractor's checks, as in
  // words.lex: "killed 15+"), run by `salvo test-rules`
  std::string check;
  std::vector<WordExample> gives;
};

// Every pattern of the *.patterns files of one folder.
class PatternBook {
 public:
  // Reads every *.patterns file of the folders in `dirs` (the language
  // folders; each in name order). All problems are collected: a pattern that
  // does not compile, an id defined twice, an unknown key.
  static Result<std::shared_ptr<const PatternBook>> load(const std::vector<std::filesystem::path>& dirs);
  // Builds a book from one file's text (tests, and the loader).
  static Result<std::shared_ptr<const PatternBook>> parse(const std::string& path, const std::string& text);

  // The pattern of this id, or null.
  const Pattern* find(std::string_view id) const;
  // Looks up the patterns an engine needs, with the mode it uses each in:
  // every missing id or mismatched mode becomes a diagnostic. A book with no
  // pattern at all (a language folder with no *.patterns, such as a small test
  // language) gives every step a pattern that never matches.
  const Pattern* require(std::string_view id, MatchMode mode, std::vector<Diagnostic>& problems) const;
  std::size_t size() const { return patterns_.size(); }
  const std::map<std::string, PatternInfo, std::less<>>& info() const { return info_; }

  // Runs every example and counter; one line per failure ("file:line: ...").
  struct ExampleRun {
    int passed = 0;
    std::vector<Diagnostic> failures;
  };
  ExampleRun run_examples() const;

 private:
  // Adds one file's patterns; a pattern id seen before is a diagnostic.
  void add_file(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems);

  std::map<std::string, std::unique_ptr<Pattern>, std::less<>> patterns_;
  std::map<std::string, PatternInfo, std::less<>> info_;
  std::string dir_;
};

}  // namespace salvo
