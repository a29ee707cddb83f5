// extract/settings.h — the numbers and tables of rules/assembly.lex.
//
// Owns: reading rules/assembly.lex (no words: shared by every language): the
// event type each weapon makes, the weights of an event's confidence, and the
// eventness thresholds. Every key is required and checked at load, with the
// file and line of each problem.
#pragma once

#include <filesystem>
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/kinds.h"
#include "core/status.h"

namespace salvo {

struct ConfidenceWeights {
  double strong = 0, weak = 0, actor = 0, coordinates = 0, day = 0, casualties_or_target = 0,
         several_mentions = 0, named_system = 0, max = 1;
};

struct AssemblySettings {
  std::array<EventType, kWeaponNames.size()> weapon_event_type{};  // by weapon; every one is required
  ConfidenceWeights confidence;
  int weak_background_days = 0;  // 0: off
  // true: a country-level record is dropped when the article places any record; false: only
  // when it places one of the same kind and actor (event.country_duplicate)
  bool country_only_unplaced = false;
  // a strike no sentence places gets the article's country only in a text up to this many bytes
  // (a note, a headline, a brief); 0: in any text (event.no_place_long_text)
  int article_country_max_bytes = 0;
  // a killed or injured figure this high is a war's or campaign's total, not a strike's toll
  // (cas.campaign_total); 0: none is
  int campaign_total = 0;

  // The event type a weapon makes.
  EventType event_type_for(Weapon weapon) const { return weapon_event_type[static_cast<std::size_t>(weapon)]; }
};

// Reads `path`; the table must give every weapon (core/kinds.h) an event type.
AssemblySettings load_assembly_settings(const std::filesystem::path& path, std::vector<Diagnostic>& problems);

}  // namespace salvo
