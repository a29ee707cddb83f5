// extract/targets.h — what an attack hit.
//
// Owns: the target of a phrase from targets.lex words around it (a noun
// adjunct, "hospital strike"; the subject of a contact verb, "a bus hits a
// mine"; the object of the attack verb, "struck a military airfield with
// Kinzhal missiles"; the passive subject, "a school was hit"; else the
// victims' kind, "one civilian killed"), and the target's text, extended to
// its determiner and a general head noun (words.lex [target.*]).
#pragma once

#include <cstddef>

#include "extract/mention.h"

namespace salvo {

struct Sentence;
struct Phrase;

// Sets m.target (and target_from_victims, and its rule id) from the words in
// [region_begin, region_end) around the phrase. Needs tokens and the lists.
void find_target(const Sentence& c, const Phrase& p, std::size_t region_begin, std::size_t region_end, Mention& m);

}  // namespace salvo
