// core/geo.h — distances on the Earth's surface.
//
// Owns: the one great-circle (haversine) distance salvo measures between two
// coordinates, on a sphere of the Earth's mean radius (6371 km).
#pragma once

#include <algorithm>
#include <cmath>

namespace salvo {

inline constexpr double kEarthRadiusKm = 6371.0;

// Kilometres between (lat1, lon1) and (lat2, lon2), in degrees.
inline double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace salvo
