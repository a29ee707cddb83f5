// extract/actors.h — who carried out an attack, and who claimed it.
//
// Owns: the actor of a phrase (find_actor: an adjective or name right
// before the trigger, "Russian missiles"; the agent of a passive, "struck by
// Ukrainian drones"; the subject of an attack verb, "Hamas fired rockets",
// "Moscow launched"), and the attribution a sentence makes of the attack
// just reported (find_claim: "Al Shabaab claimed responsibility", "officials
// blamed Boko Haram"), which becomes a FollowUp.
#pragma once

#include <optional>

#include "extract/mention.h"
#include "rules/termset.h"
#include "text/sentences.h"

namespace salvo {

struct Sentence;
struct Phrase;

bool has_tag(const TermSpec& s, const char* tag);

// Sets m.actor, actor_text, actor_how and its rule id when the sentence names
// the phrase's attacker. Needs the clause cuts (narrow and wide) and the lists.
void find_actor(const Sentence& c, const Phrase& p, Mention& m);

// A sentence that credits an actor with the attack just reported ("X claimed
// responsibility", "blamed on Hamas"), or none. Reads the lists when needed.
std::optional<FollowUp> find_claim(Sentence& c, const SentenceSpan& span);

// A claim of the attack just reported names it again with no strong trigger of
// its own, or only after "claimed" ("claimed responsibility for the bombings").
bool claimed_again(const Sentence& c, const Phrase& p);

}  // namespace salvo
