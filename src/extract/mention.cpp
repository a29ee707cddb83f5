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

}  // namespace salvo
