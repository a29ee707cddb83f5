// The Event -> flat row mapping shared by CSV, TSV and XLSX.
#include "emit/flat_row.h"

#include <gtest/gtest.h>

#include <map>

#include "sample_events.h"

namespace salvo {
namespace {

std::map<std::string, std::string> cells(const Event& e) {
  const FlatRow row = flat_row(e);
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < kColumnCount; ++i) out[std::string(kColumns[i].name)] = row[i].text;
  return out;
}

double number(const Event& e, std::string_view col) {
  const FlatRow row = flat_row(e);
  for (std::size_t i = 0; i < kColumnCount; ++i)
    if (kColumns[i].name == col) return row[i].number;
  ADD_FAILURE() << "no column " << col;
  return 0;
}

Event full() {
  Event e = test::kryvyi_rih_strike(47.9105, 33.3918, "on Monday");
  e.event_id = "d1-e1";
  e.doc_id = "d1";
  e.actor_text = "Russian forces";
  e.target = {"a residential building", TargetType::residential};
  e.location->geonames_id = 703845;
  e.location->admin2 = "Kryvyi Rih Raion";
  e.killed = Count{6, 6};
  e.injured = Count{75, std::nullopt};
  e.evidence = {{0, 10, "First one."}, {11, 20, "Second, one."}};
  e.rules = {"a.rule", "b.rule"};
  e.confidence = 0.85;
  e.source_url = "https://example.com/x";
  e.title = "Title";
  return e;
}

TEST(FlatRow, ColumnsAreExactlyTheDocumentedOnes) {
  const char* names[] = {"event_id",    "doc_id",      "event_date",  "date_precision", "event_type",
                         "acled_sub_event_type",       "weapon",      "outcome",        "actor",
                         "target",      "target_type", "location",    "admin1",         "admin2",  "country",
                         "latitude",    "longitude",   "geo_precision", "geonames_id",  "killed_min",
                         "killed_max",  "injured_min", "injured_max", "confidence",     "source_url",
                         "title",       "evidence",    "rules",       "cluster_id",     "source_count"};
  ASSERT_EQ(std::size(names), kColumnCount);
  for (std::size_t i = 0; i < kColumnCount; ++i) EXPECT_EQ(kColumns[i].name, names[i]) << i;
}

TEST(FlatRow, MapsAFullEvent) {
  auto c = cells(full());
  EXPECT_EQ(c["event_id"], "d1-e1");
  EXPECT_EQ(c["doc_id"], "d1");
  EXPECT_EQ(c["event_date"], "2023-07-31");
  EXPECT_EQ(c["date_precision"], "day");
  EXPECT_EQ(c["event_type"], "shelling_artillery_missile");
  EXPECT_EQ(c["acled_sub_event_type"], "Shelling/artillery/missile attack");
  EXPECT_EQ(c["weapon"], "missile");
  EXPECT_EQ(c["outcome"], "hit");
  EXPECT_EQ(c["actor"], "Russia");
  EXPECT_EQ(c["target"], "a residential building");
  EXPECT_EQ(c["target_type"], "residential");
  EXPECT_EQ(c["location"], "Kryvyi Rih");
  EXPECT_EQ(c["admin1"], "Dnipropetrovsk");
  EXPECT_EQ(c["admin2"], "Kryvyi Rih Raion");
  EXPECT_EQ(c["country"], "UA");
  EXPECT_EQ(c["latitude"], "47.9105");
  EXPECT_EQ(c["longitude"], "33.3918");
  EXPECT_EQ(c["geo_precision"], "1");
  EXPECT_EQ(c["geonames_id"], "703845");
  EXPECT_EQ(c["killed_min"], "6");
  EXPECT_EQ(c["killed_max"], "6");
  EXPECT_EQ(c["injured_min"], "75");
  EXPECT_EQ(c["injured_max"], "");
  EXPECT_EQ(c["confidence"], "0.85");
  EXPECT_EQ(c["source_url"], "https://example.com/x");
  EXPECT_EQ(c["title"], "Title");
  EXPECT_EQ(c["evidence"], "First one. | Second, one.");
  EXPECT_EQ(c["rules"], "a.rule;b.rule");
  EXPECT_DOUBLE_EQ(number(full(), "latitude"), 47.9105);
  EXPECT_DOUBLE_EQ(number(full(), "geonames_id"), 703845);
  EXPECT_DOUBLE_EQ(number(full(), "injured_min"), 75);
}

TEST(FlatRow, UnknownsAreEmptyCells) {
  Event e;
  e.event_id = "x";
  e.event_type = EventType::grenade;
  auto c = cells(e);
  for (const char* col : {"actor", "target", "target_type", "location", "admin1", "admin2", "country", "latitude", "longitude",
                          "geo_precision", "geonames_id", "killed_min", "killed_max", "injured_min", "injured_max",
                          "source_url", "title", "evidence", "rules"})
    EXPECT_EQ(c[col], "") << col;
  EXPECT_EQ(c["confidence"], "0");
  EXPECT_EQ(c["acled_sub_event_type"], "Grenade");
}

TEST(FlatRow, TargetTypeFollowsJson) {
  Event e;
  e.target = {"a convoy", TargetType::none};
  EXPECT_EQ(cells(e)["target_type"], "unknown");  // as to_json writes it
  e.target = {"", TargetType::civilians};
  EXPECT_EQ(cells(e)["target"], "");
  EXPECT_EQ(cells(e)["target_type"], "civilians");
}

TEST(FlatRow, NonFiniteCoordinatesAreEmptyLikeJsonNull) {
  Event e = full();
  e.location->latitude = std::numeric_limits<double>::quiet_NaN();
  e.location->longitude = std::numeric_limits<double>::infinity();
  auto c = cells(e);
  EXPECT_EQ(c["latitude"], "");
  EXPECT_EQ(c["longitude"], "");
}

TEST(FlatRow, CountWithoutUpperBound) {
  Event e = full();
  e.killed = Count{0, 0};
  e.injured = std::nullopt;
  auto c = cells(e);
  EXPECT_EQ(c["killed_min"], "0");
  EXPECT_EQ(c["killed_max"], "0");
  EXPECT_EQ(c["injured_min"], "");
  EXPECT_EQ(c["injured_max"], "");
}

TEST(AcledSubEventType, MapsEveryType) {
  EXPECT_EQ(acled_sub_event_type(EventType::air_drone_strike), "Air/drone strike");
  EXPECT_EQ(acled_sub_event_type(EventType::shelling_artillery_missile), "Shelling/artillery/missile attack");
  EXPECT_EQ(acled_sub_event_type(EventType::remote_explosive), "Remote explosive/landmine/IED");
  EXPECT_EQ(acled_sub_event_type(EventType::suicide_bomb), "Suicide bomb");
  EXPECT_EQ(acled_sub_event_type(EventType::grenade), "Grenade");
  for (std::size_t i = 0; i < kEventTypeNames.size(); ++i)
    EXPECT_NE(acled_sub_event_type(static_cast<EventType>(i)), "") << kEventTypeNames[i];
}

TEST(GeoPrecision, AcledCodes) {
  EXPECT_EQ(geo_precision(LocationPrecision::exact), 1);
  EXPECT_EQ(geo_precision(LocationPrecision::near), 2);
  EXPECT_EQ(geo_precision(LocationPrecision::admin1), 3);
  EXPECT_EQ(geo_precision(LocationPrecision::country), 3);
  EXPECT_EQ(geo_precision(LocationPrecision::none), std::nullopt);
}

TEST(FormatReal, ShortestRoundTrip) {
  EXPECT_EQ(format_real(-73.5), "-73.5");
  EXPECT_EQ(format_real(0.85), "0.85");
  EXPECT_EQ(format_real(47.9105), "47.9105");
  EXPECT_EQ(format_real(1), "1");
  EXPECT_EQ(format_real(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(std::stod(format_real(33.39181234567891)), 33.39181234567891);
}

}  // namespace
}  // namespace salvo
