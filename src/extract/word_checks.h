// extract/word_checks.h — running the examples of the word lists (words.lex).
//
// Owns: what each check of word_lists.h reads an `example = TEXT => EFFECT`
// as, and the comparison of what the text gives with EFFECT: the clauses the
// sentence is cut into, or the places, actors, targets, casualties, outcomes
// or number of the events extracted from it, or whether the sentence,
// read after the lead, reports an attack. `salvo test-rules` runs them all.
#pragma once

#include <functional>
#include <vector>

#include "core/date.h"
#include "core/event.h"
#include "core/status.h"
#include "extract/analyze.h"
#include "extract/rulebook.h"

namespace salvo {

struct WordCheckRun {
  int passed = 0;
  std::vector<Diagnostic> failures;  // file:line: list ID: example gives "X", expected "Y": "TEXT"
};

using ExtractFn = std::function<std::vector<Event>(const Document&)>;

// What the example text gives under `check`, written as an example's EFFECT.
std::string word_check_effect(WordCheck check, const std::string& text, const Rulebook& rb, const Analyzer& analyzer,
                              const ExtractFn& extract, const Date& reference);

// Runs every example of every list of rb's word book, and casualties.lex's
// examples with the casualties check (read as published on `reference`).
WordCheckRun run_word_examples(const Rulebook& rb, const Analyzer& analyzer, const ExtractFn& extract,
                               const Date& reference);

}  // namespace salvo
