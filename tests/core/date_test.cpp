#include "core/date.h"

#include <gtest/gtest.h>

using salvo::Date;

TEST(Date, RoundTripsThroughDays) {
  for (long d = -800000; d < 800000; d += 997) EXPECT_EQ(Date::from_days(d).days(), d);
  EXPECT_EQ(Date::from_days(0).iso(), "1970-01-01");
}

TEST(Date, WeekdayIsIso) {
  EXPECT_EQ((Date{2023, 7, 31}).weekday(), 0);  // Monday
  EXPECT_EQ((Date{2023, 7, 30}).weekday(), 6);  // Sunday
  EXPECT_EQ((Date{2024, 2, 29}).weekday(), 3);  // Thursday
}

TEST(Date, ParsesIsoStrictly) {
  EXPECT_EQ(salvo::parse_iso_date("2023-07-31")->iso(), "2023-07-31");
  EXPECT_EQ(salvo::parse_iso_date("2023-07-31T10:00:00Z")->iso(), "2023-07-31");
  EXPECT_FALSE(salvo::parse_iso_date("2023-02-30"));
  EXPECT_FALSE(salvo::parse_iso_date("2023-13-01"));
  EXPECT_FALSE(salvo::parse_iso_date("31/07/2023"));
  EXPECT_FALSE(salvo::parse_iso_date("2023-07-3"));
  EXPECT_TRUE(salvo::parse_iso_date("2024-02-29"));
  EXPECT_FALSE(salvo::parse_iso_date("2023-02-29"));
}
