// emit/layout_tables.h — the analyst-editable tables behind the ACLED and UCDP
// layouts: countries (codes, ACLED and UCDP names, ACLED region), actors (salvo's
// names in ACLED's and UCDP's naming, inter codes) and what a target type means.
//
// Owns: reading data/layouts/{countries,actors,targets}.tsv (tab-separated, a
// header row, '#' comment lines), checking every row, and the lookups. Every
// malformed row is reported as file:line before failing, as the rule loaders do.
// The columns are described at the top of each file and in docs/OUTPUT.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/status.h"

namespace salvo {

struct CountryRow {
  std::string iso3;
  int iso_numeric = 0;
  std::string acled_country;
  std::string acled_region;
  std::string ucdp_country;
};

struct ActorRow {
  std::optional<Date> since;  // applies to events on or after this day; none = always
  std::string acled_actor;    // may hold "{country}"
  std::optional<int> inter;   // ACLED inter code 1-8
  std::string home;           // ISO2 of a state's forces, "" for a group
  std::string ucdp_actor;     // may hold "{country}"
};

struct TargetRow {
  std::string actor2;              // a key of the actors table, or ""
  std::string civilian_targeting;  // ACLED's value, or ""
  std::optional<int> ucdp_violence;
};

// Actor keys with a special meaning.
inline constexpr std::string_view kUnknownActor = "(unknown)";
inline constexpr std::string_view kCiviliansActor = "(civilians)";

class LayoutTables {
 public:
  // Reads the three files from `dir` (usually data/layouts).
  static Result<LayoutTables> load(const std::filesystem::path& dir);
  // From the three files' text already in memory (tests); messages name the bare file names.
  static Result<LayoutTables> parse(const std::string& countries, const std::string& actors,
                                    const std::string& targets);

  const CountryRow* country(std::string_view iso2) const;
  // The row of `actor` that applies on `date` (the latest `since` not after
  // it; a row without `since` when the date is unknown), or null.
  const ActorRow* actor(std::string_view actor, const std::optional<Date>& date) const;
  const TargetRow* target(std::string_view target_type) const;

 private:
  std::map<std::string, CountryRow, std::less<>> countries_;
  std::map<std::string, std::vector<ActorRow>, std::less<>> actors_;  // sorted by since
  std::map<std::string, TargetRow, std::less<>> targets_;
};

// "{country}" in `name` replaced by `country`; with no country, " ({country})"
// (or a bare "{country}") is dropped: "Civilians ({country})" -> "Civilians".
std::string fill_country(std::string_view name, std::string_view country);

}  // namespace salvo
