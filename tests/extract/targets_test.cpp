// The targets layer (extract/targets.h).
#include "extract/targets.h"

#include <gtest/gtest.h>

#include "extract/phrases.h"
#include "layers.h"

namespace salvo {
namespace {

using testing::read;

// The target of the first phrase, searched in the whole sentence: "text (type)".
std::string target(const std::string& s) {
  auto r = read(s);
  const auto ps = find_phrases(r->c, nullptr);
  if (ps.empty()) return "no phrase";
  Mention m;
  find_target(r->c, ps.front(), 0, r->c.s.size(), m);
  if (m.target.text.empty()) return "-";
  return m.target.text + " (" + std::string(to_string(m.target.type)) + (m.target_from_victims ? ", victims" : "") + ")";
}

TEST(Targets, ObjectOfTheAttackVerb) {
  EXPECT_EQ(target("Russian drones struck a school building in Kharkiv."), "a school building (civilians)");
  EXPECT_EQ(target("Russian missiles hit a Ukrainian military airfield."), "a Ukrainian military airfield (military)");
}

TEST(Targets, NounAdjunct) { EXPECT_EQ(target("A hospital strike killed two."), "A hospital (infrastructure)"); }

TEST(Targets, PassiveSubject) { EXPECT_EQ(target("A school was hit by Russian drones."), "A school (civilians)"); }

TEST(Targets, VictimsWhenNoObjectIsNamed) {
  EXPECT_EQ(target("One civilian killed in shelling."), "One civilian (civilians, victims)");
}

TEST(Targets, NoTarget) { EXPECT_EQ(target("Russian drones attacked overnight."), "-"); }

}  // namespace
}  // namespace salvo
