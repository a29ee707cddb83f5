// extract/cues.h — whether a phrase is an event, and what it did.
//
// Owns: the cues of cues.lex found in a clause or a sentence (cue_in), the
// outcome the impact and interception words report (outcome_in), running
// totals that are no strike (is_roundup: a present perfect with "since"),
// and the reason a phrase is not an event (non_event_reason: a modal,
// negated, delivery, accident, weapons-test or space-launch cue in its clause, a generic cue in the
// sentence, a roundup, a purpose "to strike", a question).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/grammar.h"
#include "extract/mention.h"

namespace salvo {

struct Sentence;
struct Phrase;

// A cue of cues.lex section `label` inside [b, e); `rule` receives "cue.<label>".
bool cue_in(const Sentence& c, const std::string& label, std::size_t b, std::size_t e, std::string* rule = nullptr);

// The outcome the words in [b, e) report: an impact ("damaged", "killing") is a
// hit; a shoot-down with nothing but ambiguous verbs ("destroyed 11 drones") is
// intercepted; negated impacts ("no damage") do not count.
Outcome outcome_in(const Sentence& c, std::size_t b, std::size_t e);

// A running total, not one strike: a present perfect of striking or killing with "since"
// ("Israeli strikes have killed more than 40,000 people since October", "Since the invasion,
// over 11,000 civilians have been killed"); one strike compared with the past keeps its past
// tense ("the deadliest attack since 2017 killed 12").
bool is_roundup(const Grammar& g, std::string_view s);

// Why a phrase is not an event (a rule id: "cue.modal", "cue.purpose", ...), or "" if it may be one.
// Needs the sentence's clause cuts.
std::string non_event_reason(const Sentence& c, const Phrase& p);

}  // namespace salvo
