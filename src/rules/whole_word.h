// rules/whole_word.h — RE2 patterns matched as whole words, in any script.
//
// Owns: how a pattern an analyst writes (a trigger, an exclusion, the weapon
// names) is made to match whole words only. RE2's \b knows ASCII letters only
// (no boundary between a space and "д", a false one inside "café"), so the
// pattern is wrapped instead, and the match is the group:
//   (?:^|C)(PATTERN)(?:C|$)
// with C a character that is no word character (core/unicode.h: no letter,
// mark or digit of any script, nor '_'), or the text's edge. For a match that
// begins and ends with a letter or digit this is a word boundary at both ends,
// the same as the word lists' (rules/word_trie.h); a pattern should begin and
// end with one.
//
// Cost: RE2 compiles a class of every letter of Unicode slowly (~2 ms a
// pattern, ~0.3 s for the shipped rules), so each pattern has a cheap form,
// checked in C++: RE2's own \b for a pattern whose matches begin and end with
// ASCII characters (all the English ones: exact except next to a letter
// outside ASCII), else the wrapper with C = any character but [0-9A-Za-z_].
// Only when a match touches a letter outside ASCII that the cheap form cannot
// judge is the exact form, C = [^\pL\pM\pN_], compiled (once, on first need).
//
// The date and number finders, whose patterns are built from word lists,
// check their matches' edges with splits_word() instead.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include <re2/re2.h>

namespace salvo {

class WholeWordRegex {
 public:
  WholeWordRegex() = default;
  // `options` as for RE2 (case, memory); the pattern's own syntax errors are in error().
  WholeWordRegex(std::string_view pattern, const RE2::Options& options);
  bool ok() const { return fast_ && fast_->ok(); }
  std::string error() const;

  // The leftmost whole-word match that begins at or after pos: [begin, end)
  // of the pattern's own match. Safe to call from several threads.
  bool find(std::string_view text, std::size_t pos, std::size_t& begin, std::size_t& end) const;

  // The cheap form, for an RE2::Set: it may also answer yes for a match glued
  // to a letter outside ASCII (verify with find() when the text has one).
  static std::string set_pattern(std::string_view pattern);

 private:
  struct Exact {
    std::once_flag once;
    std::unique_ptr<RE2> re;
  };
  const RE2& exact() const;
  std::string pattern_;
  RE2::Options options_;
  bool bounded_ = false;  // the cheap form is RE2's \b around the pattern (its whole match is the match)
  std::unique_ptr<RE2> fast_;
  std::unique_ptr<Exact> exact_;
};

// Whether a match [begin, end) found with RE2's ASCII \b cuts a word of
// another script: it begins or ends between two word characters one of which
// is outside ASCII ("вчора" in "позавчора", "caf" in "café"). Between two
// ASCII characters \b has already decided.
bool splits_word(std::string_view text, std::size_t begin, std::size_t end);

// Whether the text holds a word character outside ASCII (a letter of another
// script, an accented letter): where WholeWordRegex::set_pattern() may say yes
// to a match that find() refuses.
bool has_foreign_letter(std::string_view text);

}  // namespace salvo
