// core/geo.h — distances on the Earth.
//
// Owns: the one great-circle distance of the codebase (haversine on a sphere
// of radius 6371.0 km), used wherever two points are compared: the
// gazetteer's namesakes, the extractor's joining of nearby strikes, dedupe and
// eval. Close enough for tens of kilometres; no ellipsoid.
#pragma once

namespace salvo {

inline constexpr double kEarthRadiusKm = 6371.0;

// Kilometres between two points given in degrees.
double haversine_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace salvo
