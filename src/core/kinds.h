// core/kinds.h — the closed lists of an event's typed fields.
//
// Owns: the enums for the fields whose values come from a closed list
// (docs/OUTPUT.md, schemas/event.schema.json): event type, weapon, outcome,
// target type, location and date precision, and their names. The names are the text of the output and of the rule files;
// inside salvo the values are compared as enums. to_string gives the name,
// parse_* reads one back and returns an error value for any other text, so
// the strings live only where rule files are read and output is written.
//
// The enumerators of the lists without a rank are in the alphabetical order
// of their names, so that sorting or ordering by value gives the order the
// names had as strings. A precision is a rank instead: the values order from
// the least to the most precise, and `none` (the empty name: a record that
// does not state one) is below them all.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "core/status.h"

namespace salvo {

enum class EventType { air_drone_strike, grenade, remote_explosive, shelling_artillery_missile, suicide_bomb };

enum class Weapon { aircraft, artillery, drone, grenade, ied, missile, mortar, rocket, suicide_vest, unknown };

// What a strike did, as far as the text says.
enum class Outcome { hit, intercepted, unknown };

// What was hit. none (the empty name) is no target at all, written as null;
// unknown is a target the text names without a kind.
enum class TargetType { none, civilians, government, infrastructure, military, residential, unknown };

// How precise a place is; the values rank them (a town beats its region).
enum class LocationPrecision { none = 0, country = 1, admin1 = 2, near = 3, exact = 4 };

// How precise a date is; the values rank them (a day beats a week).
enum class DatePrecision { none = 0, unknown = 1, month = 2, week = 3, day = 4 };

inline constexpr std::array<std::string_view, 5> kEventTypeNames = {
    "air_drone_strike", "grenade", "remote_explosive", "shelling_artillery_missile", "suicide_bomb"};
inline constexpr std::array<std::string_view, 10> kWeaponNames = {
    "aircraft", "artillery", "drone", "grenade", "ied", "missile", "mortar", "rocket", "suicide_vest", "unknown"};
inline constexpr std::array<std::string_view, 3> kOutcomeNames = {"hit", "intercepted", "unknown"};
inline constexpr std::array<std::string_view, 7> kTargetTypeNames = {
    "", "civilians", "government", "infrastructure", "military", "residential", "unknown"};
inline constexpr std::array<std::string_view, 5> kLocationPrecisionNames = {"", "country", "admin1", "near", "exact"};
inline constexpr std::array<std::string_view, 5> kDatePrecisionNames = {"", "unknown", "month", "week", "day"};

constexpr std::string_view to_string(EventType t) { return kEventTypeNames[static_cast<std::size_t>(t)]; }
constexpr std::string_view to_string(Weapon w) { return kWeaponNames[static_cast<std::size_t>(w)]; }
constexpr std::string_view to_string(Outcome o) { return kOutcomeNames[static_cast<std::size_t>(o)]; }
constexpr std::string_view to_string(TargetType t) { return kTargetTypeNames[static_cast<std::size_t>(t)]; }
constexpr std::string_view to_string(LocationPrecision p) {
  return kLocationPrecisionNames[static_cast<std::size_t>(p)];
}
constexpr std::string_view to_string(DatePrecision p) { return kDatePrecisionNames[static_cast<std::size_t>(p)]; }

// The value a name stands for; an error ("unknown weapon 'x'") for any other text.
Result<EventType> parse_event_type(std::string_view name);
Result<Weapon> parse_weapon(std::string_view name);
Result<Outcome> parse_outcome(std::string_view name);
Result<TargetType> parse_target_type(std::string_view name);                // "": none
Result<LocationPrecision> parse_location_precision(std::string_view name);  // "": none
Result<DatePrecision> parse_date_precision(std::string_view name);          // "": none

}  // namespace salvo
