// extract/sentence.h — one sentence as the extractor's steps read it.
//
// Owns: tokens (words with their apostrophes and hyphens, wire slugs
// trimmed), clause cuts (punctuation and the subordinating words of
// words.lex [clause.subordinator]) and the Sentence every step reads: its
// text, tokens, clauses and the word-list hits (casualty words and cues for
// every sentence, the other lists once a step needs them). The steps in
// phrases.h, cues.h, actors.h, targets.h, places.h, casualties.h and
// mention_date.h take a Sentence and never look at the document.
#pragma once

#include "core/unicode.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/rulebook.h"
#include "resolve/gazetteer.h"
#include "resolve/numbers.h"
#include "rules/termset.h"
#include "rules/words.h"

namespace salvo {

struct Token {
  std::size_t begin, end;  // bytes in the sentence
};

bool is_word_byte(char c);
// The words of `s`, left to right; leading apostrophes and hyphens, trailing
// hyphens and a wire slug number ("UPDATE 1-Shell hits") are left out.
std::vector<Token> tokenize(std::string_view s);
int count_words(std::string_view s);

// Where a scraper glued a word to the capitalised name after it ("the city ofArad", "Iran'sSouth
// Pars"): the offsets of the name's first letters, when the lower-case word before it is one of
// `words` (words.lex [text.glued_word]) or its word ends with one of `endings` ([text.glued_ending]).
std::vector<std::size_t> glued_name_starts(std::string_view text, const WordList& words, const WordList& endings);

// The end of a name hit at `end`, past an initialism's last full stop ("U.S. drones": the hit
// "U.S" ends before it).
std::size_t past_initialism(std::string_view s, std::size_t end);

// Clause boundaries: punctuation that separates clauses (commas too, unless
// `commas` is false: a "wide" clause runs across them) and the subordinating
// words of `subordinators`. Always starts with 0 and ends with s.size().
std::vector<std::size_t> clause_cuts(std::string_view s, const std::vector<Token>& toks, const WordList& subordinators,
                                     bool commas = true);
// The clause [begin, end) around byte `pos`.
std::pair<std::size_t, std::size_t> clause_of(const std::vector<std::size_t>& cuts, std::size_t pos);

// One sentence and what the steps have read of it.
struct Sentence {
  Sentence(const Rulebook& rb, const Gazetteer& gaz, const NumberFinder& numbers, std::string_view s);

  const Rulebook& rb;
  const Gazetteer& gaz;
  const NumberFinder& numbers;
  std::string_view s;  // the sentence text
  std::vector<Token> toks;
  std::vector<std::size_t> cuts;
  std::vector<std::size_t> wide_cuts;  // clauses that run across commas ("X launched ..., firing 43 missiles")
  std::vector<TermHit> actors, cues, cas, targets, verbs, reporting, place_before, place_not_before;
  const std::set<std::string>* modifier_words = nullptr;  // single words of grammar.lex [modifier], lowercase

  // Casualty words and cues (Rulebook::first_terms, one pass): every sentence.
  // A lowercase cue written with a capital counts only where a sentence or a
  // quotation starts ("May it rain?"); inside a sentence "May" is the month.
  void read_first_lists();
  // The other word lists (Rulebook::sentence_terms, one pass), once.
  void read_lists();
  // Tokens and clause cuts (the wide ones with `wide`).
  void cut_clauses();
  void cut_wide_clauses();

 private:
  bool lists_read_ = false;
  void keep_forces_names();
  std::vector<std::vector<TermHit>> scratch_;
};

inline std::string_view text_of(const Sentence& c, std::size_t b, std::size_t e) { return c.s.substr(b, e - b); }

}  // namespace salvo
