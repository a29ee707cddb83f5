// extract/assembly.h — the passes of assemble() and the state they share (internal).
//
// Owns: AssemblyState (an article's mentions and follow-ups, what is known of
// the article, the clusters of mentions and the events built from them), the
// table of named passes assemble() runs in order (assemble.cpp), and the
// helpers the passes share: clusters of compatible mentions (clusters.cpp)
// and the article's dates. Each pass is a function of the state; the mention
// passes are in assemble.cpp, the place and cluster passes in clusters.cpp,
// the event passes in build_events.cpp.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract/mention.h"
#include "resolve/gazetteer.h"

namespace salvo {

// Mentions with the same place and a compatible kind, actor and day: one event.
struct Cluster {
  std::vector<std::size_t> members;  // indexes into mentions
  std::string key;                   // place key ("" for no place)
  EventType event_type = EventType::air_drone_strike;
  Weapon weapon = Weapon::unknown;
  bool generic = true;
  std::optional<std::string> actor;
  std::optional<Date> day;
  int first_sentence = 0, last_sentence = 0, paragraph = 0;
};

struct AssemblyState {
  std::vector<Mention> mentions;
  const std::vector<FollowUp>& followups;
  const DocInfo& info;
  const Gazetteer& gaz;
  const EvidenceFn& evidence;
  std::vector<std::string> likely;   // the countries the article is about, most likely first
  std::vector<std::string> context;  // every country with evidence, most likely first
  std::map<std::string, std::string> country_name;  // ISO2 -> the name as the article writes it
  std::vector<Cluster> clusters;       // placed mentions
  std::vector<std::size_t> placeless;  // mentions with no place, until they join a cluster
  std::vector<Cluster> country_level;  // placeless mentions with no placed cluster to join
  std::vector<Event> events;
  std::vector<Rejection>* rejected = nullptr;  // --explain: records dropped, and why
};

// Records, for --explain, that the mentions of `ms` made no event because of `rule`.
void reject(AssemblyState& st, const std::vector<const Mention*>& ms, const std::string& rule);

struct Pass {
  const char* name;
  void (*run)(AssemblyState&);
};

// --- helpers (assemble.cpp) ---
// A date more than assembly.lex's weak_background_days before the article's publication (false
// when that is 0 or the article has no date): what a weak word dated so is history.
bool long_before_publication(const AssemblyState& st, const Date& d);

// --- helpers (clusters.cpp) ---
// A kind that names no weapon: it fits any other kind.
bool is_generic(const Mention& m);
std::string place_key(const Mention& m);
bool compatible(const Cluster& c, const Mention& m);
void add(Cluster& c, const Mention& m, std::size_t idx);
Cluster start(const Mention& m, std::size_t idx);
// The mention with a day-precise date that the article reports last before
// sentence `s` (the first such in that sentence); with `reported_only`, among
// reported strikes only. Dates still waiting for an antecedent do not count.
const Mention* latest_dated_before(const std::vector<Mention>& mentions, int s, bool reported_only);
// Two reports of one strike told apart (the mentions of a cluster): a running
// toll replaces, others widen the bounds: lowest min, highest max (null = unbounded).
void widen(std::optional<Count>& into, const FoundCount& fc);
// A follow-up's figure added to the attack just reported ("..., the Israeli
// military said eight militants were killed"): a running toll ("the death toll
// rose to 21") replaces; any other keeps the attack's floor (the lead's toll is
// not lowered by a source quoted after it) and takes the highest ceiling.
// docs/OUTPUT.md "Casualties".
void merge_toll(std::optional<Count>& into, const FoundCount& fc);

// --- mention passes (assemble.cpp) ---
void inherit_tolls(AssemblyState& st);
void drop_explained_accidents(AssemblyState& st);
void attach_followups(AssemblyState& st);
void anaphoric_dates(AssemblyState& st);
void statement_pegs(AssemblyState& st);
void weak_background_mentions(AssemblyState& st);
void kind_framing(AssemblyState& st);
void weapon_framing(AssemblyState& st);
void scoped_actors(AssemblyState& st);
void state_forces(AssemblyState& st);

// --- place and cluster passes (clusters.cpp) ---
void resolve_places(AssemblyState& st);
void city_districts(AssemblyState& st);
void region_frames_place(AssemblyState& st);
void cluster_placed(AssemblyState& st);
void placeless_mentions(AssemblyState& st);
void region_of_town(AssemblyState& st);
void near_merge(AssemblyState& st);

// --- event passes (build_events.cpp) ---
void build_events(AssemblyState& st);
void drop_country_duplicates(AssemblyState& st);
void text_order(AssemblyState& st);
void unique_ids(AssemblyState& st);

// The passes in the order assemble() runs them.
const std::vector<Pass>& assembly_passes();

}  // namespace salvo
