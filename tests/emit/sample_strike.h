// tests/emit/sample_strike.h — the sample event that the flat-row and layout
// tests map onto their columns: Russia's missile strike on Kryvyi Rih
// (Dnipropetrovsk, UA) on 31 July 2023, a hit, dated to the day and placed
// exactly. Owns only what those tests share; each test adds the fields its
// own checks read (ids, target, tolls, evidence, URL).
#pragma once

#include <string>
#include <utility>

#include "core/event.h"

namespace salvo::test {

// The strike, at (latitude, longitude); `date_text` is the expression that dated it.
inline Event kryvyi_rih_strike(double latitude, double longitude, std::string date_text) {
  Event e;
  e.event_type = "shelling_artillery_missile";
  e.weapon = "missile";
  e.actor = "Russia";
  Location l;
  l.name = "Kryvyi Rih";
  l.country = "UA";
  l.admin1 = "Dnipropetrovsk";
  l.latitude = latitude;
  l.longitude = longitude;
  l.precision = "exact";
  e.location = l;
  e.date = {"2023-07-31", "day", std::move(date_text)};
  e.outcome = "hit";
  return e;
}

}  // namespace salvo::test
