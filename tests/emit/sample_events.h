// tests/emit/sample_events.h — sample events and places built by hand for the
// tests of what the writers make of an Event (tests/emit, tests/report).
//
// Owns: the exactly resolved place, and the strike that the flat-row and
// layout tests map onto their columns: Russia's missile strike on Kryvyi Rih
// (Dnipropetrovsk, UA) on 31 July 2023, a hit, dated to the day. Only what
// those tests share; each test adds the fields its own checks read (ids,
// target, tolls, evidence, URL).
#pragma once

#include <string>
#include <utility>

#include "core/event.h"

namespace salvo::test {

// A place resolved exactly at (latitude, longitude), without GeoNames id or surface form.
inline Location exact_place(std::string name, std::string country, std::string admin1, double latitude,
                            double longitude) {
  Location l;
  l.name = std::move(name);
  l.country = std::move(country);
  l.admin1 = std::move(admin1);
  l.latitude = latitude;
  l.longitude = longitude;
  l.precision = LocationPrecision::exact;
  return l;
}

// The strike, at (latitude, longitude); `date_text` is the expression that dated it.
inline Event kryvyi_rih_strike(double latitude, double longitude, std::string date_text) {
  Event e;
  e.event_type = EventType::shelling_artillery_missile;
  e.weapon = Weapon::missile;
  e.actor = "Russia";
  e.location = exact_place("Kryvyi Rih", "UA", "Dnipropetrovsk", latitude, longitude);
  e.date = {"2023-07-31", DatePrecision::day, std::move(date_text)};
  e.outcome = Outcome::hit;
  return e;
}

}  // namespace salvo::test
