// rules/words.h — named word lists: the small English words the extractor's
// steps test tokens and gaps against, read from rules/en/words.lex.
//
// Owns: the words.lex file (one [section] per list: its id), each list's
// entries (lower-cased at load; "..." keeps blanks at either end, for gaps
// such as " and "), the questions a step asks of a list (is this word one of
// them, does this text contain, start or end with one), and each list's
// examples (`example = TEXT => EFFECT`) with the name of the check that reads
// them (`check = places`), which the extractor runs for `salvo test-rules`.
// Read-only after load: shared by all threads.
//
// File format (rules/lexfile.h), one section per list:
//   [place.title]
//   note = titles before a name: "President Zelensky" is a person, not a place
//   check = places                      how the examples are read (the extractor says which)
//   example = Governor Sumy said drones struck Kharkiv. => Kharkiv
//   president                           one entry a line
//   " and "                             quoted: blanks at its ends are kept
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace salvo {

class WordList {
 public:
  WordList(std::string id, std::vector<std::string> entries);

  const std::string& id() const { return id_; }
  const std::vector<std::string>& entries() const { return entries_; }
  // `word` is an entry, ignoring ASCII case.
  bool has(std::string_view word) const;
  // Some entry occurs in `text` (entries are lower-case: give lower-case text).
  bool in(std::string_view text) const;
  // `text` starts with an entry.
  bool starts(std::string_view text) const;
  // `text` ends with an entry; with `longer`, an entry shorter than the text
  // (an ending of a word, not the word alone).
  bool ends(std::string_view text, bool longer = false) const;

 private:
  std::string id_;
  std::vector<std::string> entries_;
  std::size_t max_ = 0;
  // has() rules most words out before comparing: the lengths (bit n: an entry
  // of n bytes, n < 64) and first bytes (lower-case) of the entries
  std::uint64_t lengths_ = 0;
  std::uint64_t firsts_[4] = {0, 0, 0, 0};
  std::vector<std::vector<std::string>> by_length_;  // [n]: the entries of n bytes, in order
};

// One `example = TEXT => EFFECT` line.
struct WordExample {
  std::string text;
  std::string effect;
  std::string file;
  int line = 0;
};

// Reads `TEXT => EFFECT` (either side may be quoted) into x's text and effect;
// false when there is no " => ".
bool parse_word_example(const std::string& value, WordExample& x);

struct LexFile;
struct LexEntry;
// The example an entry `key = TEXT => EFFECT` of `f` states, with its file and line; an entry
// without " => " is one problem (`message`, at its line) and no example.
std::optional<WordExample> read_word_example(const LexFile& f, const LexEntry& e, const std::string& message,
                                             std::vector<Diagnostic>& problems);

struct WordListInfo {
  std::string file;
  int line = 0;
  std::string note;
  std::string check;  // the name of the check that reads the examples
  std::vector<WordExample> examples;
};

class WordBook {
 public:
  // Reads the words.lex of every folder in `dirs` (the language folders) that
  // has one, merged. Every problem is collected: an entry outside a section,
  // an unknown key, a list with no entry or no example, a list defined twice.
  static Result<std::shared_ptr<const WordBook>> load(const std::vector<std::filesystem::path>& dirs);
  // Builds a book from one file's text (tests, and the loader).
  static Result<std::shared_ptr<const WordBook>> parse(const std::string& path, const std::string& text);

  const WordList* find(std::string_view id) const;
  // The list an extractor step needs, whose examples are read by `check`:
  // a missing list or another check is a diagnostic. A book with no list at all
  // (a language folder with no words.lex, such as a small test language) gives
  // every step an empty list: those steps then find nothing.
  const WordList* require(std::string_view id, std::string_view check, std::vector<Diagnostic>& problems) const;
  const std::map<std::string, WordListInfo, std::less<>>& info() const { return info_; }
  std::size_t size() const { return lists_.size(); }

 private:
  void add_file(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems);

  std::map<std::string, std::unique_ptr<WordList>, std::less<>> lists_;
  std::map<std::string, WordListInfo, std::less<>> info_;
  std::string path_;
};

// The file under a rules directory that holds the word lists.
inline constexpr const char* kWordsFile = "words.lex";

}  // namespace salvo
