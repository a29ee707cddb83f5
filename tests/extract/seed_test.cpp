// The article the project started from (samples/, published Monday
// 2023-07-31) must give exactly its four strikes, each once (issue 2).
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "shipped_extractor.h"

namespace {

using salvo::Event;
using salvo::EventType;
using salvo::Weapon;

const salvo::Extractor& extractor() { return salvo::testing::shipped_extractor(); }

std::vector<Event> seed_events() {
  std::ifstream in(std::string(SALVO_SOURCE_DIR) + "/samples/kryvyi-rih-2023-07-31.jsonl");
  std::string line;
  std::getline(in, line);
  const auto j = nlohmann::json::parse(line);
  salvo::Document d;
  d.id = j.at("id");
  d.text = j.at("text");
  d.published = salvo::parse_iso_date(j.at("date").get<std::string>());
  return extractor().extract(d);
}

std::vector<const Event*> at(const std::vector<Event>& es, const std::string& country, const std::string& name_part) {
  std::vector<const Event*> out;
  for (const auto& e : es)
    if (e.location && e.location->country == country && e.location->name.find(name_part) != std::string::npos)
      out.push_back(&e);
  return out;
}

TEST(Seed, MissileStrikeOnKryvyiRih) {
  const auto es = seed_events();
  const auto kr = at(es, "UA", "Kryv");
  ASSERT_EQ(kr.size(), 1u);
  const Event& e = *kr[0];
  EXPECT_EQ(e.event_type, EventType::shelling_artillery_missile);
  EXPECT_EQ(e.weapon, Weapon::missile);
  EXPECT_EQ(e.actor.value_or(""), "Russia");
  EXPECT_EQ(e.target.type, salvo::TargetType::residential);
  ASSERT_TRUE(e.killed);
  EXPECT_EQ(*e.killed, (salvo::Count{1, std::nullopt}));
  ASSERT_TRUE(e.injured);
  EXPECT_EQ(*e.injured, (salvo::Count{11, std::nullopt}));
  EXPECT_EQ(e.date.value, "2023-07-31");
  EXPECT_EQ(e.date.precision, salvo::DatePrecision::day);
  EXPECT_EQ(e.outcome, salvo::Outcome::hit);
  ASSERT_TRUE(e.location->latitude && e.location->longitude);
  EXPECT_NEAR(*e.location->latitude, 47.91, 0.1);
  EXPECT_NEAR(*e.location->longitude, 33.39, 0.1);
  EXPECT_EQ(e.location->admin1, "Dnipropetrovsk");
}

TEST(Seed, DroneAttackOnMoscow) {
  const auto es = seed_events();
  const auto m = at(es, "RU", "Moscow");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->event_type, EventType::air_drone_strike);
  EXPECT_EQ(m[0]->weapon, Weapon::drone);
  EXPECT_EQ(m[0]->actor.value_or(""), "Ukraine");
  EXPECT_EQ(m[0]->date.value, "2023-07-30");
  // "No injuries were reported" and "injuring one person": conflicting reports widen
  ASSERT_TRUE(m[0]->injured);
  EXPECT_EQ(*m[0]->injured, (salvo::Count{0, 1}));
}

TEST(Seed, DronesAimedAtCrimea) {
  const auto es = seed_events();
  const auto c = at(es, "UA", "Crimea");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->weapon, Weapon::drone);
  EXPECT_EQ(c[0]->actor.value_or(""), "Ukraine");
  EXPECT_EQ(c[0]->date.value, "2023-07-30");
}

TEST(Seed, UkrainianBombardmentOfDonetsk) {
  const auto es = seed_events();
  const auto d = at(es, "UA", "Donetsk");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]->event_type, EventType::shelling_artillery_missile);
  EXPECT_EQ(d[0]->actor.value_or(""), "Ukraine");
}

TEST(Seed, NothingElse) {
  // no events for the Wagner mutiny, the peace talks or the general statements about drone assaults
  const auto es = seed_events();
  EXPECT_EQ(es.size(), 4u);
  for (const auto& e : es) {
    EXPECT_FALSE(e.evidence.empty());
    for (const auto& ev : e.evidence) {
      EXPECT_EQ(ev.text.find("Wagner"), std::string::npos) << ev.text;
      EXPECT_EQ(ev.text.find("peace"), std::string::npos) << ev.text;
      EXPECT_EQ(ev.text.find("rarely targeted"), std::string::npos) << ev.text;
    }
  }
}

TEST(Seed, EvidenceOffsetsPointIntoTheText) {
  std::ifstream in(std::string(SALVO_SOURCE_DIR) + "/samples/kryvyi-rih-2023-07-31.jsonl");
  std::string line;
  std::getline(in, line);
  const std::string text = nlohmann::json::parse(line).at("text");
  // code points -> bytes
  std::vector<std::size_t> byte_at;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
  byte_at.push_back(text.size());
  for (const auto& e : seed_events())
    for (const auto& ev : e.evidence) {
      ASSERT_LT(ev.start, ev.end);
      ASSERT_LT(ev.end, byte_at.size());
      EXPECT_EQ(text.substr(byte_at[ev.start], byte_at[ev.end] - byte_at[ev.start]), ev.text);
    }
}

TEST(Seed, Deterministic) {
  const auto a = seed_events();
  const auto b = seed_events();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(salvo::to_json(a[i]), salvo::to_json(b[i]));
}

}  // namespace
