// The actors layer (extract/actors.h): who attacked, who claimed it.
#include "extract/actors.h"

#include <gtest/gtest.h>

#include "extract/phrases.h"
#include "layers.h"

namespace salvo {
namespace {

using testing::read;

// The actor of the first phrase, with the rule that found it ("-" if none).
std::string actor(const std::string& s) {
  auto r = read(s);
  const auto ps = find_phrases(r->c, nullptr);
  if (ps.empty()) return "no phrase";
  Mention m;
  find_actor(r->c, ps.front(), m);
  if (!m.actor) return "-";
  return *m.actor + " " + m.rules.back();
}

TEST(Actors, AdjacentAdjective) {
  EXPECT_EQ(actor("Russian missiles struck Kharkiv."), "Russia actor.adjacent");
  EXPECT_EQ(actor("Russian forces and their drones hit Kharkiv."), "Russia actor.adjacent");
  EXPECT_EQ(actor("A JNIM-claimed IED attack killed three soldiers."), "JNIM actor.adjacent");
}

TEST(Actors, AgentOfAPassive) {
  EXPECT_EQ(actor("A school was shelled by the Russian army."), "Russia actor.passive");
  // the owner of the target is no attacker
  EXPECT_EQ(actor("An air strike hit a depot used by Hezbollah."), "-");
}

TEST(Actors, SubjectOfAnAttackVerb) {
  EXPECT_EQ(actor("Hamas fired rockets at Ashkelon."), "Hamas actor.subject");
  EXPECT_EQ(actor("Moscow launched 40 drones at Kyiv."), "Russia actor.capital_subject");
}

TEST(Actors, NoActor) { EXPECT_EQ(actor("An explosion hit the market."), "-"); }

TEST(Claims, ClaimAndBlame) {
  auto claim = read("Al Shabaab claimed responsibility for the attack.");
  const auto fu = find_claim(claim->c, {0, claim->text.size(), 3, 7, 0});
  ASSERT_TRUE(fu);
  EXPECT_EQ(fu->actor, "Al Shabaab");
  EXPECT_EQ(fu->sentence, 7);
  EXPECT_EQ(fu->paragraph, 3);
  EXPECT_EQ(fu->rules, (std::vector<std::string>{"actor.claim"}));
  auto blame = read("Officials blamed Boko Haram for the blast.");
  const auto fb = find_claim(blame->c, {0, blame->text.size(), 0, 1, 0});
  ASSERT_TRUE(fb);
  EXPECT_EQ(fb->actor, "Boko Haram");
  EXPECT_EQ(fb->rules, (std::vector<std::string>{"actor.blamed"}));
  auto none = read("Russian drones hit Kyiv.");
  EXPECT_FALSE(find_claim(none->c, {0, none->text.size(), 0, 0, 0}));
}

}  // namespace
}  // namespace salvo
