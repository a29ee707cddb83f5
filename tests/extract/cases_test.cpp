// The team's sentence cases (tests/extract/cases.jsonl), written from
// EVENTS.md without looking at the rules. Each case lists the events it must
// give (or none). The test prints every case that fails and fails itself if
// fewer cases pass than the floor recorded in tests/extract/cases_floor.json,
// so a rule edit that breaks cases is caught while known failures are listed.
#include <fstream>
#include <iostream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/extractor.h"

namespace {

using nlohmann::json;

std::string fold(std::string s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool same_count(const json& want, const std::optional<salvo::Count>& got) {
  if (want.is_null()) return !got;
  if (!got) return false;
  if (want.at("min").get<int>() != got->min) return false;
  if (want.at("max").is_null()) return !got->max;
  return got->max && *got->max == want.at("max").get<int>();
}

// One gold event against one predicted event: which fields differ ("" = all equal).
std::string diff(const json& g, const salvo::Event& e) {
  std::string d;
  const std::string type(salvo::to_string(e.event_type)), weapon(salvo::to_string(e.weapon));
  if (g.at("event_type") != type) d += " event_type=" + type;
  if (g.at("weapon") != weapon) d += " weapon=" + weapon;
  const std::string actor = e.actor.value_or("");
  if ((g.at("actor").is_null() ? "" : g.at("actor").get<std::string>()) != actor) d += " actor=" + actor;
  if (g.at("date") != e.date.value) d += " date=" + e.date.value;
  if (!same_count(g.at("killed"), e.killed)) d += " killed=" + salvo::count_to_string(e.killed);
  if (!same_count(g.at("injured"), e.injured)) d += " injured=" + salvo::count_to_string(e.injured);
  const std::string outcome(salvo::to_string(e.outcome));
  if (g.at("outcome") != outcome) d += " outcome=" + outcome;
  return d;
}

bool same_place(const json& g, const salvo::Event& e) {
  if (g.at("location").is_null()) return !e.location || e.location->precision == salvo::LocationPrecision::country;
  if (!e.location) return false;
  const std::string want = fold(g.at("location").get<std::string>());
  if (!g.at("country").is_null() && g.at("country") != e.location->country) return false;
  return fold(e.location->name).find(want) != std::string::npos || want.find(fold(e.location->name)) != std::string::npos ||
         fold(e.location->surface) == want || fold(e.location->admin1) == want;
}

TEST(Cases, TeamSentences) {
  std::ifstream in(std::string(SALVO_SOURCE_DIR) + "/tests/extract/cases.jsonl");
  ASSERT_TRUE(in) << "tests/extract/cases.jsonl missing";
  auto ex = salvo::Extractor::load({.rules_dir = std::string(SALVO_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(ex.ok()) << ex.status().message();
  int total = 0, passed = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json c = json::parse(line);
    salvo::Document d;
    d.id = c.at("id");
    d.text = c.at("text");
    d.published = salvo::parse_iso_date(c.at("date").get<std::string>());
    const auto got = ex.value()->extract(d);
    const auto& want = c.at("events");
    std::string why;
    std::vector<bool> used(got.size(), false);
    for (const auto& g : want) {
      int match = -1;
      std::string best_diff = "no event at " + (g.at("location").is_null() ? std::string("(no place)") : g.at("location").get<std::string>());
      for (std::size_t i = 0; i < got.size(); ++i) {
        if (used[i] || !same_place(g, got[i])) continue;
        const std::string dd = diff(g, got[i]);
        if (dd.empty()) {
          match = static_cast<int>(i);
          break;
        }
        best_diff = "at " + (got[i].location ? got[i].location->name : std::string("-")) + ":" + dd;
      }
      if (match < 0) why += " [" + best_diff + "]";
      else used[static_cast<std::size_t>(match)] = true;
    }
    for (std::size_t i = 0; i < got.size(); ++i)
      if (!used[i])
        why += " [extra " + std::string(salvo::to_string(got[i].event_type)) + " at " + (got[i].location ? got[i].location->name : "-") + " " + got[i].date.value + "]";
    ++total;
    if (why.empty()) ++passed;
    else std::cout << "  FAIL " << c.at("id").get<std::string>() << ":" << why << "\n";
  }
  std::ifstream fl(std::string(SALVO_SOURCE_DIR) + "/tests/extract/cases_floor.json");
  const int floor = fl ? json::parse(fl).at("min_passed").get<int>() : total;
  std::cout << "  cases passed: " << passed << " of " << total << " (floor " << floor << ")\n";
  EXPECT_GE(passed, floor);
  EXPECT_GE(total, 30);
}

}  // namespace
