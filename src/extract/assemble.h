// extract/assemble.h — mentions of one article merged into events.
//
// Owns: the EVENTS.md unit of analysis. Mentions with the same kind of attack,
// place and day (and compatible actors) are one event; a wave over several
// towns stays one event per town; mentions that name no place join the
// nearest compatible event, or, if they report a specific strike, become a
// country-level event. Fields are filled from all members: the most specific
// weapon, the first actor and target, the most precise date, casualty bounds
// combined by the conflicting-reports rule (lowest min, highest max) unless a
// running toll updates them.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/names.h"
#include "extract/actor_scope.h"
#include "extract/extractor.h"
#include "extract/mention.h"
#include "extract/settings.h"
#include "resolve/gazetteer.h"

namespace salvo {

struct DocInfo {
  const Document* doc = nullptr;
  // doc->published is not the publication date but the first sentence's date (the article
  // gave none): a date resolved against it says so (date.lead_reference)
  bool lead_reference = false;
  std::optional<FoundDate> doc_date;  // a date in the dateline or first sentence
  std::vector<std::pair<std::string, std::string>> countries;  // ISO2 and name of every country named, in order
  std::vector<std::string> demonyms;  // ISO2 of every country adjective, in order
  std::vector<std::string> places;    // every other place name read, in order
  std::vector<std::pair<int, FoundDate>> dates;  // every date read, with its sentence
  // ISO2 -> the actor name of that state (actors.lex sections named after a
  // country), for "state forces" (the forces of the state where the strike was)
  const std::map<std::string, std::string>* state_actors = nullptr;
  // actors.lex names scoped to countries ("IS @NG") and the tags of a matched name
  const ActorScopes* actor_scopes = nullptr;
  const AssemblySettings* settings = nullptr;  // rules/assembly.lex (required)
};

// The actors.lex section for a state's forces named without the state.
inline constexpr const char* kStateForces = "state forces"_name;

// Evidence (code-point span and text) of sentence i of the document.
using EvidenceFn = std::function<Evidence(int sentence)>;

// rejected: null, or where the records dropped go with the rule that dropped them (--explain).
std::vector<Event> assemble(std::vector<Mention> mentions, const std::vector<FollowUp>& followups,
                            const DocInfo& info, const Gazetteer& gaz, const EvidenceFn& evidence,
                            std::vector<Rejection>* rejected = nullptr);

}  // namespace salvo
