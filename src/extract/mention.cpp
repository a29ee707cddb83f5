// extract/mention.cpp — see mention.h: the typed values' names.
#include "extract/mention.h"

namespace salvo {

DatePrecision date_precision(std::string_view name) {
  if (name == "day") return DatePrecision::day;
  if (name == "week") return DatePrecision::week;
  if (name == "month") return DatePrecision::month;
  return DatePrecision::unknown;
}

const char* precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::week: return "week";
    case DatePrecision::month: return "month";
    case DatePrecision::unknown: break;
  }
  return "unknown";
}

LocationPrecision location_precision(std::string_view name) {
  if (name == "exact") return LocationPrecision::exact;
  if (name == "near") return LocationPrecision::near;
  if (name == "admin1") return LocationPrecision::admin1;
  if (name == "country") return LocationPrecision::country;
  return LocationPrecision::none;
}

}  // namespace salvo
