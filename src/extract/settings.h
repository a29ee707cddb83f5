// extract/settings.h — the numbers and tables of rules/assembly.lex.
//
// Owns: reading rules/assembly.lex (no words: shared by every language): the
// event type each weapon makes, the weights of an event's confidence, and the
// eventness thresholds. Every key is required and checked at load, with the
// file and line of each problem.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace salvo {

struct ConfidenceWeights {
  double strong = 0, weak = 0, actor = 0, coordinates = 0, day = 0, casualties_or_target = 0,
         several_mentions = 0, named_system = 0, max = 1;
};

struct AssemblySettings {
  std::map<std::string, std::string> weapon_event_type;  // weapon -> event_type
  ConfidenceWeights confidence;
  int weak_background_days = 0;  // 0: off
  // true: a country-level record is dropped when the article places any record; false: only
  // when it places one of the same kind and actor (event.country_duplicate)
  bool country_only_unplaced = false;

  // The event type a weapon makes ("" for a weapon the table lacks).
  const std::string& event_type_for(const std::string& weapon) const;
};

// Reads `path`; `weapons` and `event_types` are the closed lists the table must
// cover and use.
AssemblySettings load_assembly_settings(const std::filesystem::path& path, const std::vector<std::string>& weapons,
                                        const std::vector<std::string>& event_types, std::vector<Diagnostic>& problems);

}  // namespace salvo
