// core/geo.cpp — see geo.h.
#include "core/geo.h"

#include <algorithm>
#include <cmath>

namespace salvo {

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kDeg = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * kDeg, dlon = (lon2 - lon1) * kDeg;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kDeg) * std::cos(lat2 * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return kEarthRadiusKm * 2 * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace salvo
