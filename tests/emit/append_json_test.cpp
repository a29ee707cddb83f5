// tests/emit/append_json_test.cpp — the JSON Lines writer's direct serializer
// (append_json) against the reference, to_json(e).dump(), byte for byte: on
// hand-made events that stress every field and every escape, and on every
// event the real extractor makes of the samples and the gold documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "core/event.h"
#include "extract/extractor.h"
#include "test_events.h"

namespace salvo {
namespace {

void expect_same_bytes(const Event& e) {
  std::string mine = "prefix:";
  ASSERT_TRUE(append_json(e, mine)) << e.event_id;
  EXPECT_EQ(mine, "prefix:" + to_json(e).dump()) << e.event_id;
}

Event full_event() {
  Event e;
  e.event_id = "ev1";
  e.doc_id = "doc \"1\"\\";
  e.event_type = "air_drone_strike";
  e.weapon = "drone";
  e.actor = "Russia";
  e.actor_text = "Russian forces";
  e.target = {"a block of flats", "residential"};
  Location l;
  l.name = "Kryvyi Rih";
  l.surface = "Kryvyi\tRih";
  l.country = "UA";
  l.admin1 = "Dnipropetrovsk";
  l.latitude = 47.906;
  l.longitude = 33.394;
  l.geonames_id = 703845;
  l.precision = "exact";
  l.district = "Dovhyntsivskyi";
  e.location = l;
  e.date = {"2023-07-31", "day", "on Monday"};
  e.killed = Count{1, std::nullopt};
  e.injured = Count{11, 12};
  e.outcome = "hit";
  e.evidence = {Evidence(0, 55, "Two missiles hit\nan apartment block."), Evidence(60, 70, "Друга частина", "other")};
  e.rules = {"trigger.strike", "weapon.missile"};
  e.confidence = 0.75;
  e.source_url = "https://example.org/a?b=1&c=2";
  e.title = "Missiles hit Kryvyi Rih";
  e.cluster_id = "abc";
  e.sources = {{"d1", "e1", "https://x"}, {"d2", "e2", ""}};
  return e;
}

TEST(AppendJson, EveryFieldSetAndUnset) {
  const Event full = full_event();
  expect_same_bytes(full);
  Event bare;  // everything empty or null
  expect_same_bytes(bare);
  Event e = full;
  e.actor.reset();
  e.target = {};
  e.location.reset();
  e.killed.reset();
  e.injured.reset();
  e.sources.clear();
  e.source_url.clear();
  e.title.clear();
  e.cluster_id.clear();
  e.date.text.clear();
  expect_same_bytes(e);
  e = full;
  e.target = {"", "military"};
  e.location->latitude.reset();
  e.location->longitude.reset();
  e.location->geonames_id = -990000001;
  e.location->country.clear();
  e.location->admin1.clear();
  e.location->district.clear();
  expect_same_bytes(e);
  e.target = {"a base", ""};  // type defaults to "unknown"
  expect_same_bytes(e);
}

TEST(AppendJson, NumbersAsNlohmannWritesThem) {
  Event e = full_event();
  const double values[] = {47.906, 33.394, -73.5, 0.1, 1e-7, 123456789.125, 0.0, -0.0, 1.0, 100.0, 1e21, 1e-5,
                           0.30000000000000004, 5e-324, std::numeric_limits<double>::max(), 48.5, -12.85055, 45.10205};
  for (double v : values) {
    e.location->latitude = v;
    e.location->longitude = -v;
    e.confidence = v;
    expect_same_bytes(e);
  }
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> lat(-90, 90);
  for (int i = 0; i < 2000; ++i) {
    e.location->latitude = lat(rng);
    e.location->longitude = lat(rng) * 2;
    e.confidence = lat(rng) / 90;
    e.location->geonames_id = static_cast<std::int64_t>(rng());
    e.killed = Count{static_cast<int>(rng() % 1000), static_cast<int>(rng() % 2000)};
    expect_same_bytes(e);
  }
}

TEST(AppendJson, EveryControlCharacterAndUnicode) {
  Event e = full_event();
  for (int c = 0; c < 0x80; ++c) {
    e.title = std::string("a") + static_cast<char>(c) + "b";
    if (c == 0) e.title = std::string("a\0b", 3);
    expect_same_bytes(e);
  }
  e.title = "Київ — «удар» \xD8\xA7\xD9\x84\xD8\xBA\xD8\xA7\xD8\xB1\xD8\xA9 \xF0\x9F\x92\xA5 \"q\" \\ / \x7f";
  expect_same_bytes(e);
}

TEST(AppendJson, InvalidUtf8IsRefusedNotWritten) {
  Event e = full_event();
  e.title = "bad \xFF byte";
  std::string out = "keep";
  EXPECT_FALSE(append_json(e, out));
  EXPECT_EQ(out, "keep");
}

TEST(AppendJson, TheWritersStressEvents) {
  for (const Event& e : test::varied_events()) expect_same_bytes(e);
}

TEST(AppendJson, EveryEventOfTheSamplesAndTheGoldSet) {
  auto ex = Extractor::load({.rules_dir = std::string(SALVO_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(ex.ok()) << ex.status().message();
  std::size_t events = 0;
  for (const char* dir : {"samples", "tests/gold"}) {
    for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(SALVO_SOURCE_DIR) / dir)) {
      if (f.path().extension() != ".jsonl") continue;
      std::ifstream in(f.path());
      std::string line;
      while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
        Document d;
        d.id = j.value("id", "x");
        d.text = j["text"].get<std::string>();
        if (j.contains("title") && j["title"].is_string()) d.title = j["title"].get<std::string>();
        if (j.contains("date") && j["date"].is_string()) d.published = parse_iso_date(j["date"].get<std::string>());
        for (const Event& e : ex.value()->extract(d)) {
          expect_same_bytes(e);
          ++events;
        }
      }
    }
  }
  EXPECT_GT(events, 100u);
}

}  // namespace
}  // namespace salvo
