// The cues and outcome layer (extract/cues.h).
#include "extract/cues.h"

#include <gtest/gtest.h>

#include "extract/phrases.h"
#include "layers.h"

namespace salvo {
namespace {

using testing::read;

Outcome outcome(const std::string& s) {
  auto r = read(s);
  return outcome_in(r->c, 0, r->c.s.size());
}

// The reason the first phrase of the sentence is no event ("" if it may be one).
std::string reason(const std::string& s) {
  auto r = read(s);
  const auto ps = find_phrases(r->c, nullptr);
  if (ps.empty()) return "no phrase";
  return non_event_reason(r->c, ps.front());
}

TEST(Outcome, ImpactIsAHit) {
  EXPECT_EQ(outcome("Russian drones struck Kharkiv, damaging a school."), Outcome::hit);
  EXPECT_EQ(outcome("Russian drones flew over Kharkiv."), Outcome::unknown);
}

TEST(Outcome, AmbiguousImpactYieldsToAShootDown) {
  EXPECT_EQ(outcome("Air defences shot down three drones and one struck a house."), Outcome::intercepted);
  EXPECT_EQ(outcome("Air defences shot down three drones and debris struck a house."), Outcome::hit);
}

TEST(Outcome, DestroyingTheWeaponIsAShootDown) {
  EXPECT_EQ(outcome("Ukrainian forces destroyed all 11 Russian drones over Kharkiv."), Outcome::intercepted);
  EXPECT_EQ(outcome("Russian drones destroyed a house in Kharkiv."), Outcome::hit);
}

TEST(Outcome, NegatedImpactDoesNotCount) {
  EXPECT_EQ(outcome("Drones attacked Kharkiv but there was no damage."), Outcome::unknown);
}

TEST(Outcome, OnlyTheGivenSpanCounts) {
  auto r = read("Drones flew over Kharkiv; one damaged a house.");
  const std::size_t semi = r->text.find(';');
  EXPECT_EQ(outcome_in(r->c, 0, semi), Outcome::unknown);
  EXPECT_EQ(outcome_in(r->c, semi, r->text.size()), Outcome::hit);
  EXPECT_EQ(to_string(Outcome::intercepted), "intercepted");
}

TEST(Cues, CueInAClause) {
  auto r = read("Russia could strike Kyiv, officials said.");
  std::string rule;
  EXPECT_TRUE(cue_in(r->c, "modal", 0, r->c.s.size(), &rule));
  EXPECT_EQ(rule, "cue.modal");
  EXPECT_FALSE(cue_in(r->c, "negation", 0, r->c.s.size()));
}

TEST(NonEvent, Reasons) {
  EXPECT_EQ(reason("Russia could launch missiles at Kyiv."), "cue.modal");
  EXPECT_EQ(reason("Russian forces used the village to strike Kharkiv."), "cue.purpose");
  EXPECT_EQ(reason("Russian forces managed to strike Kharkiv."), "");
  EXPECT_EQ(reason("Did Russian drones hit Kyiv?"), "cue.question");
  EXPECT_EQ(reason("Israeli strikes have killed 40,000 people since October."), "cue.roundup");
  EXPECT_EQ(reason("Russian missiles struck Kyiv."), "");
}

TEST(NonEvent, Roundup) {
  const Grammar& g = testing::layers().rb->grammar;
  EXPECT_TRUE(is_roundup(g, "Since the invasion, over 11,000 civilians have been killed."));
  EXPECT_FALSE(is_roundup(g, "The deadliest attack since 2017 killed 12 people."));
}

}  // namespace
}  // namespace salvo
