// tests/core/geo_hash_test.cpp — the one distance and the one string hash
// (core/geo.h, core/hash.h) that every stage uses.
#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>

#include "core/geo.h"
#include "core/hash.h"

namespace salvo {
namespace {

TEST(Haversine, KnownPairs) {
  // Kyiv to Kharkiv is about 410 km; one degree of latitude about 111 km.
  EXPECT_NEAR(haversine_km(50.4501, 30.5234, 49.9935, 36.2304), 410.0, 10.0);
  EXPECT_NEAR(haversine_km(10.0, 20.0, 11.0, 20.0), 111.2, 0.5);
  EXPECT_DOUBLE_EQ(haversine_km(1.0, 2.0, 1.0, 2.0), 0.0);
  // symmetric, and antipodes are half the circumference (no NaN past asin's domain)
  EXPECT_DOUBLE_EQ(haversine_km(48.0, 37.0, 50.0, 30.0), haversine_km(50.0, 30.0, 48.0, 37.0));
  EXPECT_NEAR(haversine_km(0.0, 0.0, 0.0, 180.0), 3.14159265358979 * kEarthRadiusKm, 1e-6);
}

TEST(Fnv1a, IsFnv1aFromSalvosStartValue) {
  // FNV-1a 64's published vectors, from FNV's own offset basis
  constexpr std::uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
  EXPECT_EQ(fnv1a(kFnvBasis, "a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(fnv1a(kFnvBasis, "foobar"), 0x85944171f73967e8ULL);
  // salvo's start value (event ids and the gazetteer index depend on it)
  EXPECT_EQ(fnv1a(""), 1469598103934665603ULL);
  EXPECT_EQ(fnv1a("a"), (1469598103934665603ULL ^ 'a') * 1099511628211ULL);
  // continuing a hash is hashing the concatenation
  EXPECT_EQ(fnv1a(fnv1a("foo"), "bar"), fnv1a("foobar"));
}

TEST(Mix64, SpreadsLowBits) {
  // keys differing in one byte differ in the low bits a table indexes by
  EXPECT_NE(mix64(fnv1a("kharkiv")) & 0xFFFF, mix64(fnv1a("kharkov")) & 0xFFFF);
  EXPECT_EQ(mix64(0), 0u);
}

}  // namespace
}  // namespace salvo
