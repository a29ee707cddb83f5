// Tests for core/kinds.h: every name reads back as its value; other text is an error.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/kinds.h"

namespace salvo {
namespace {

TEST(Kinds, EveryNameReadsBack) {
  for (std::size_t i = 0; i < kEventTypeNames.size(); ++i) {
    const auto t = parse_event_type(kEventTypeNames[i]);
    ASSERT_TRUE(t.ok()) << kEventTypeNames[i];
    EXPECT_EQ(t.value(), static_cast<EventType>(i));
    EXPECT_EQ(to_string(t.value()), kEventTypeNames[i]);
  }
  for (std::size_t i = 0; i < kWeaponNames.size(); ++i) {
    const auto w = parse_weapon(kWeaponNames[i]);
    ASSERT_TRUE(w.ok()) << kWeaponNames[i];
    EXPECT_EQ(to_string(w.value()), kWeaponNames[i]);
  }
  for (std::size_t i = 0; i < kOutcomeNames.size(); ++i) {
    const auto o = parse_outcome(kOutcomeNames[i]);
    ASSERT_TRUE(o.ok()) << kOutcomeNames[i];
    EXPECT_EQ(to_string(o.value()), kOutcomeNames[i]);
  }
  for (std::size_t i = 0; i < kTargetTypeNames.size(); ++i) {
    const auto t = parse_target_type(kTargetTypeNames[i]);
    ASSERT_TRUE(t.ok()) << kTargetTypeNames[i];
    EXPECT_EQ(to_string(t.value()), kTargetTypeNames[i]);
  }
  for (std::size_t i = 0; i < kLocationPrecisionNames.size(); ++i) {
    const auto p = parse_location_precision(kLocationPrecisionNames[i]);
    ASSERT_TRUE(p.ok()) << kLocationPrecisionNames[i];
    EXPECT_EQ(to_string(p.value()), kLocationPrecisionNames[i]);
  }
  for (std::size_t i = 0; i < kDatePrecisionNames.size(); ++i) {
    const auto p = parse_date_precision(kDatePrecisionNames[i]);
    ASSERT_TRUE(p.ok()) << kDatePrecisionNames[i];
    EXPECT_EQ(to_string(p.value()), kDatePrecisionNames[i]);
  }
}

// A precision is a rank: a town beats a place near it, its region, its country; unstated is lowest.
TEST(Kinds, PrecisionsRank) {
  EXPECT_EQ(parse_location_precision("").value(), LocationPrecision::none);
  EXPECT_LT(LocationPrecision::none, LocationPrecision::country);
  EXPECT_LT(LocationPrecision::country, LocationPrecision::admin1);
  EXPECT_LT(LocationPrecision::admin1, LocationPrecision::near);
  EXPECT_LT(LocationPrecision::near, LocationPrecision::exact);
  EXPECT_EQ(parse_date_precision("").value(), DatePrecision::none);
  EXPECT_LT(DatePrecision::none, DatePrecision::unknown);
  EXPECT_LT(DatePrecision::unknown, DatePrecision::month);
  EXPECT_LT(DatePrecision::month, DatePrecision::week);
  EXPECT_LT(DatePrecision::week, DatePrecision::day);
}

TEST(Kinds, OtherTextIsAnError) {
  EXPECT_EQ(parse_weapon("catapult").status().message(), "unknown weapon 'catapult'");
  EXPECT_EQ(parse_event_type("").status().message(), "unknown event_type ''");
  EXPECT_FALSE(parse_weapon("Drone").ok());  // names are exact
  EXPECT_FALSE(parse_event_type("drone").ok());
  EXPECT_EQ(parse_outcome("").status().message(), "unknown outcome ''");
  EXPECT_FALSE(parse_outcome("destroyed").ok());
  EXPECT_EQ(parse_location_precision("city").status().message(), "unknown location precision 'city'");
  EXPECT_EQ(parse_date_precision("year").status().message(), "unknown date_precision 'year'");
  EXPECT_EQ(parse_target_type("school").status().message(), "unknown target_type 'school'");
  EXPECT_EQ(parse_target_type("").value(), TargetType::none);  // no target, not one of unknown kind
}

// Values order as their names did as strings (kinds.h), so sets and sorts keep their order.
TEST(Kinds, ValuesInTheOrderOfTheirNames) {
  EXPECT_TRUE(std::is_sorted(kEventTypeNames.begin(), kEventTypeNames.end()));
  EXPECT_TRUE(std::is_sorted(kWeaponNames.begin(), kWeaponNames.end()));
  EXPECT_TRUE(std::is_sorted(kOutcomeNames.begin(), kOutcomeNames.end()));
  EXPECT_TRUE(std::is_sorted(kTargetTypeNames.begin(), kTargetTypeNames.end()));
}

}  // namespace
}  // namespace salvo
