// core/kinds.cpp — see kinds.h: reading the names back.
#include "core/kinds.h"

#include <string>

namespace salvo {

namespace {

// The enumerator whose name is `name` (names[i] is the name of value i), or
// an error that says which field did not know it.
template <class E, std::size_t N>
Result<E> parse_name(const std::array<std::string_view, N>& names, std::string_view field, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<E>(i);
  return Status::error("unknown " + std::string(field) + " '" + std::string(name) + "'");
}

}  // namespace

Result<EventType> parse_event_type(std::string_view name) {
  return parse_name<EventType>(kEventTypeNames, "event_type", name);
}

Result<Weapon> parse_weapon(std::string_view name) { return parse_name<Weapon>(kWeaponNames, "weapon", name); }

Result<Outcome> parse_outcome(std::string_view name) { return parse_name<Outcome>(kOutcomeNames, "outcome", name); }

Result<TargetType> parse_target_type(std::string_view name) {
  return parse_name<TargetType>(kTargetTypeNames, "target_type", name);
}

Result<LocationPrecision> parse_location_precision(std::string_view name) {
  return parse_name<LocationPrecision>(kLocationPrecisionNames, "location precision", name);
}

Result<DatePrecision> parse_date_precision(std::string_view name) {
  return parse_name<DatePrecision>(kDatePrecisionNames, "date_precision", name);
}

}  // namespace salvo
