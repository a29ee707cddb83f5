// extract/phrases.h — the trigger phrases of a sentence.
//
// Owns: which trigger rules may match a sentence (the prefilter: one RE2::Set
// pass over triggers.rules and the weapons.lex names), their matches, the
// matches dropped because an exclusion (exclusions.rules) covers them, and
// the merging of overlapping and adjacent matches into phrases ("Russian
// missile strike" is one phrase; "missile and drone attacks" two). A phrase
// is a candidate mention: whether it is an event is decided later (cues.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"
#include "extract/rulebook.h"

namespace salvo {

struct Sentence;

struct Phrase {
  std::size_t begin, end;
  EventType event_type = EventType::air_drone_strike;
  Weapon weapon = Weapon::unknown;
  bool strong;
  bool named;  // weapon from a named system
  std::vector<std::string> rules;
  // some of its words say that an attack took place ("strike", "shelled"),
  // not only which weapon ("missiles", "drones", "Iskander": names = weapon)
  bool names_attack = true;
};

// Runs the trigger prefilter (one RE2::Set pass) over a sentence: the rules
// that may match, in `fired`; false when none may. If the set cannot answer
// (its DFA ran out of memory), every rule may.
bool prefilter_sentence(const Rulebook& rb, std::string_view sentence, std::vector<int>& fired);

// The phrases of the sentence, left to right. `fired`: the prefilter's answer
// when the caller has it (null: it is run here).
std::vector<Phrase> find_phrases(const Sentence& c, const std::vector<int>* fired);

}  // namespace salvo
