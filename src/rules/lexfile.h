// rules/lexfile.h — the one text format every file under rules/ is written in.
//
// Owns: reading a rule or word-list file into located entries. It knows
// nothing of what the entries mean; each consumer validates its own keys and
// reports problems with the entry's file and line.
//
// Format (UTF-8, one entry per line):
//   # a comment: a line whose first non-blank character is '#'
//   [section name]          opens a section; entries below belong to it
//   key = value             a keyed entry (key: letters, digits, _ . -)
//   any other text          a bare term (surrounding blanks trimmed)
// Blank lines are ignored. A term may carry tags after " @", e.g.
//   Moscow @capital
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace salvo {

struct LexEntry {
  std::string section;  // "" before the first [section]
  std::string key;      // "" for a bare term
  std::string value;    // the term, or the value of key = value
  std::vector<std::string> tags;  // "@tag" words after a bare term
  int line = 0;
};

struct LexFile {
  std::string path;  // as given, for messages
  std::vector<LexEntry> entries;
  std::vector<std::pair<std::string, int>> sections;  // name, line, in file order

  Diagnostic at(int line, std::string message) const { return {path, line, std::move(message)}; }
};

// Parses text already in memory (path only labels messages). Malformed lines
// (an unterminated "[section", an empty key) become diagnostics; parsing goes
// on so that every problem is reported.
LexFile parse_lexfile(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems);
// Reads and parses a file; a file that cannot be read is one diagnostic.
LexFile read_lexfile(const std::filesystem::path& path, std::vector<Diagnostic>& problems);

}  // namespace salvo
