// The triggers and exclusions layer (extract/phrases.h).
#include "extract/phrases.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/mention.h"
#include "layers.h"

namespace salvo {
namespace {

using testing::read;

std::vector<std::string> texts(const testing::Read& r, const std::vector<Phrase>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.emplace_back(r.text.substr(p.begin, p.end - p.begin));
  return out;
}

bool has_rule(const Phrase& p, const std::string& id) {
  return std::find(p.rules.begin(), p.rules.end(), id) != p.rules.end();
}

TEST(Phrases, AdjacentTriggerWordsAreOnePhrase) {
  auto r = read("A Russian missile strike hit Kyiv.");
  const auto ps = find_phrases(r->c, nullptr);
  ASSERT_EQ(texts(*r, ps), (std::vector<std::string>{"missile strike"}));
  EXPECT_EQ(ps[0].weapon, Weapon::missile);
  EXPECT_TRUE(ps[0].strong);
  EXPECT_TRUE(has_rule(ps[0], "trig.missile"));
  EXPECT_TRUE(has_rule(ps[0], "trig.strike"));
}

TEST(Phrases, CoordinatedKindsStayApart) {
  auto r = read("Missile and drone attacks hit Kyiv.");
  const auto ps = find_phrases(r->c, nullptr);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].weapon, Weapon::missile);
  EXPECT_EQ(ps[1].weapon, Weapon::drone);
}

TEST(Phrases, NamedSystemsBeatWeaponTypes) {
  auto r = read("Shahed drones hit Odesa.");
  const auto ps = find_phrases(r->c, nullptr);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_TRUE(ps[0].named);
  EXPECT_EQ(ps[0].weapon, Weapon::drone);
  EXPECT_TRUE(has_rule(ps[0], "weapon.drone"));
}

TEST(Phrases, ExclusionsDropTheirTriggers) {
  auto r = read("Teachers went on a hunger strike in Kyiv.");
  EXPECT_TRUE(find_phrases(r->c, nullptr).empty());
}

TEST(Phrases, PrefilterSaysWhichRulesMayMatch) {
  std::vector<int> fired;
  EXPECT_FALSE(prefilter_sentence(*testing::layers().rb, "The weather in Lviv was mild.", fired));
  EXPECT_TRUE(fired.empty());
  EXPECT_TRUE(prefilter_sentence(*testing::layers().rb, "Drones hit Lviv.", fired));
  EXPECT_FALSE(fired.empty());
  // the caller's answer is used as it is: no rule, no phrase
  auto r = read("Drones hit Lviv.");
  const std::vector<int> none;
  EXPECT_TRUE(find_phrases(r->c, &none).empty());
  EXPECT_EQ(find_phrases(r->c, &fired).size(), 1u);
}

TEST(Phrases, WeaponRankOrdersKinds) {
  EXPECT_GT(weapon_rank(true, Weapon::drone, true), weapon_rank(false, Weapon::drone, true));
  EXPECT_GT(weapon_rank(false, Weapon::drone, false), weapon_rank(false, Weapon::unknown, true));
  EXPECT_GT(weapon_rank(false, Weapon::unknown, true), weapon_rank(false, Weapon::unknown, false));
}

}  // namespace
}  // namespace salvo
