// The casualty figures of the rule writers' regression cases
// (tests/extract/regressions.jsonl). `salvo test-rules` (CTest rule_regressions)
// compares only how many events a case gives; a case whose events state
// "killed" or "injured" ({min,max}, or null for none) must also give those
// figures, event by event in output order. Every such case must pass.
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/extractor.h"

namespace {

using nlohmann::json;

std::string text_of(const json& want) {
  if (want.is_null()) return "null";
  return "{" + std::to_string(want.at("min").get<int>()) + "," +
         (want.at("max").is_null() ? std::string("null") : std::to_string(want.at("max").get<int>())) + "}";
}

bool same_count(const json& want, const std::optional<salvo::Count>& got) {
  if (want.is_null()) return !got;
  if (!got || want.at("min").get<int>() != got->min) return false;
  if (want.at("max").is_null()) return !got->max;
  return got->max && *got->max == want.at("max").get<int>();
}

TEST(Regressions, TollsAsStated) {
  std::ifstream in(std::string(SALVO_SOURCE_DIR) + "/tests/extract/regressions.jsonl");
  ASSERT_TRUE(in) << "tests/extract/regressions.jsonl missing";
  auto ex = salvo::Extractor::load({.rules_dir = std::string(SALVO_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(ex.ok()) << ex.status().message();
  int checked = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json c = json::parse(line);
    const json& want = c.at("events");
    bool states = false;
    for (const auto& w : want) states = states || w.contains("killed") || w.contains("injured");
    if (!states) continue;
    salvo::Document d;
    d.id = c.at("id");
    d.text = c.at("text");
    d.published = salvo::parse_iso_date(c.at("date").get<std::string>());
    const auto got = ex.value()->extract(d);
    ++checked;
    ASSERT_EQ(got.size(), want.size()) << d.id;
    for (std::size_t i = 0; i < want.size(); ++i)
      for (const char* field : {"killed", "injured"}) {
        if (!want[i].contains(field)) continue;
        const auto& have = std::string(field) == "killed" ? got[i].killed : got[i].injured;
        EXPECT_TRUE(same_count(want[i].at(field), have))
            << d.id << ": " << field << " " << salvo::count_to_string(have) << ", expected "
            << text_of(want[i].at(field)) << " (" << c.value("note", "") << ")";
      }
  }
  EXPECT_GT(checked, 0) << "no regression case states a toll";
}

}  // namespace
