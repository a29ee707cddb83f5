// The passes of assembly (extract/assembly.h), each run on hand-made mentions.
#include "extract/assembly.h"

#include <gtest/gtest.h>

#include "layers.h"

namespace salvo {
namespace {

Location place(const std::string& name, LocationPrecision precision, double lat, double lon,
               const std::string& admin1 = "Kharkiv") {
  Location l;
  l.name = l.surface = name;
  l.country = "UA";
  l.admin1 = admin1;
  l.latitude = lat;
  l.longitude = lon;
  l.precision = precision;
  return l;
}

Mention strike(int sentence, Weapon weapon = Weapon::drone) {
  Mention m;
  m.sentence = sentence;
  m.anchor = static_cast<std::size_t>(sentence) * 100;
  m.event_type = EventType::air_drone_strike;
  m.weapon = weapon;
  m.reported = true;
  m.rules = {"trig." + std::string(to_string(weapon))};
  return m;
}

struct Fixture {
  Document doc;
  DocInfo info;
  std::vector<FollowUp> followups;
  EvidenceFn evidence = [](int s) { return Evidence(static_cast<std::size_t>(s) * 100, s * 100 + 50, "s"); };
  Fixture() {
    doc.id = "d";
    doc.published = Date{2024, 1, 15};
    info.doc = &doc;
    info.settings = &testing::layers().rb->settings;  // rules/assembly.lex
  }
  AssemblyState state(std::vector<Mention> ms) {
    return AssemblyState{std::move(ms), followups, info, *testing::layers().gaz, evidence, {}, {}, {}, {}, {}, {}, {}};
  }
};

bool has_rule(const Mention& m, const std::string& id) {
  return std::find(m.rules.begin(), m.rules.end(), id) != m.rules.end();
}

TEST(AssemblyPasses, RunInTheirOrder) {
  std::vector<std::string> names;
  for (const Pass& p : assembly_passes()) names.emplace_back(p.name);
  ASSERT_EQ(names.size(), 21u);
  EXPECT_EQ(names.front(), "inherit_tolls");
  EXPECT_EQ(names[4], "resolve_places");
  EXPECT_EQ(names.back(), "unique_ids");
  // a scoped name is read before "state forces" become the state of the place
  const auto at = [&](const char* n) { return std::find(names.begin(), names.end(), n) - names.begin(); };
  EXPECT_LT(at("resolve_places"), at("scoped_actors"));
  EXPECT_LT(at("scoped_actors"), at("state_forces"));
  // the weapon a wave's aircraft lend is decided after the kind the wave lends
  EXPECT_LT(at("kind_framing"), at("weapon_framing"));
  // history is dropped before clusters form, so it lends nothing to the strikes reported
  EXPECT_LT(at("weak_background_mentions"), at("cluster_placed"));
}

// A name scoped to countries ("IS @NG") is the group of the strike's country; elsewhere the
// untagged line's; a name whose every line is scoped names no one elsewhere.
TEST(AssemblyPasses, ScopedActorsTakeTheCountryOfTheStrike) {
  auto ts = TermSet::build("t", {{"IS", "Islamic State", {}, 1}, {"IS", "ISWAP", {"NG", "TD"}, 2}, {"RSF", "Rapid Support Forces", {"SD"}, 3}},
                           {});
  ASSERT_TRUE(ts.ok());
  const ActorScopes scopes(*ts.value());
  Fixture f;
  f.info.actor_scopes = &scopes;
  auto placed = [](const char* text, const char* cc) {
    Mention m = strike(0, Weapon::unknown);
    m.actor = "Islamic State";
    m.actor_text = text;
    Location l;
    l.country = cc;
    l.precision = LocationPrecision::exact;
    m.location = l;
    return m;
  };
  auto st = f.state({placed("IS", "NG"), placed("IS", "SY"), placed("RSF", "SD"), placed("RSF", "FR")});
  scoped_actors(st);
  EXPECT_EQ(st.mentions[0].actor, "ISWAP");
  EXPECT_TRUE(has_rule(st.mentions[0], "actor.country_scope"));
  EXPECT_EQ(st.mentions[1].actor, "Islamic State");
  EXPECT_FALSE(has_rule(st.mentions[1], "actor.country_scope"));
  EXPECT_EQ(st.mentions[2].actor, "Rapid Support Forces");
  EXPECT_FALSE(st.mentions[3].actor.has_value());
}

// An @one_state name of [state forces] is the state of the place only when no other country is named.
TEST(AssemblyPasses, OneStateNamesNeedAnArticleOfOneCountry) {
  auto ts = TermSet::build("t", {{"warplanes", kStateForces, {"one_state"}, 1}, {"the army", kStateForces, {}, 2}}, {});
  ASSERT_TRUE(ts.ok());
  const ActorScopes scopes(*ts.value());
  const std::map<std::string, std::string> states{{"SY", "Syria"}, {"RU", "Russia"}};
  Fixture f;
  f.info.actor_scopes = &scopes;
  f.info.state_actors = &states;
  auto placed = [](const char* text) {
    Mention m = strike(0, Weapon::unknown);
    m.actor = kStateForces;
    m.actor_text = text;
    Location l;
    l.country = "SY";
    l.precision = LocationPrecision::exact;
    m.location = l;
    return m;
  };
  auto alone = f.state({placed("warplanes"), placed("the army")});
  state_forces(alone);
  EXPECT_EQ(alone.mentions[0].actor, "Syria");
  EXPECT_EQ(alone.mentions[1].actor, "Syria");
  f.info.demonyms = {"RU"};
  auto other = f.state({placed("warplanes"), placed("the army")});
  state_forces(other);
  EXPECT_FALSE(other.mentions[0].actor.has_value());
  EXPECT_TRUE(has_rule(other.mentions[0], "actor.state_unknown"));
  EXPECT_EQ(other.mentions[1].actor, "Syria");
}

TEST(AssemblyPasses, InheritTolls) {
  Fixture f;
  Mention toll;
  toll.sentence = 1;
  toll.inherit = true;
  toll.outcome = Outcome::hit;
  Mention first = strike(0, Weapon::missile);
  first.actor = "Russia";
  auto st = f.state({first, toll});
  inherit_tolls(st);
  ASSERT_EQ(st.mentions.size(), 2u);
  EXPECT_EQ(st.mentions[1].weapon, Weapon::missile);
  EXPECT_EQ(st.mentions[1].actor, "Russia");
  EXPECT_FALSE(st.mentions[1].inherit);
  // no attack before it: dropped
  auto alone = f.state({toll});
  inherit_tolls(alone);
  EXPECT_TRUE(alone.mentions.empty());
}

TEST(AssemblyPasses, FollowUpsGoToTheAttackJustReported) {
  Fixture f;
  FollowUp fu;
  fu.sentence = 1;
  fu.killed = FoundCount{{3, 3}, false, "cas.killed.before"};
  fu.outcome = Outcome::hit;
  fu.rules = {"cas.killed.before"};
  f.followups = {fu};
  auto st = f.state({strike(0), strike(0, Weapon::missile)});
  attach_followups(st);
  // counts go to the last mention of that sentence, the outcome to all of them
  EXPECT_FALSE(st.mentions[0].killed);
  EXPECT_EQ(st.mentions[0].outcome, Outcome::hit);
  ASSERT_TRUE(st.mentions[1].killed);
  EXPECT_EQ(st.mentions[1].killed->count, (Count{3, 3}));
  EXPECT_EQ(st.mentions[1].extra_sentences, (std::vector<int>{1}));
}

TEST(AssemblyPasses, StatementPeg) {
  Fixture f;
  Mention wave = strike(0);
  wave.date = FoundDate{Date{2024, 1, 13}, DatePrecision::day, "on Saturday", "date.weekday"};
  Mention later = strike(2);
  later.date = FoundDate{Date{2024, 1, 14}, DatePrecision::day, "on Sunday", "date.weekday"};
  later.date->statement = true;
  auto st = f.state({wave, later});
  statement_pegs(st);
  EXPECT_EQ(st.mentions[1].date->date, (Date{2024, 1, 13}));
  EXPECT_TRUE(has_rule(st.mentions[1], "date.statement_peg"));
}

TEST(AssemblyPasses, RegionRecordJoinsItsOneTown) {
  Fixture f;
  Mention region = strike(0);
  region.location = place("Kharkiv Oblast", LocationPrecision::admin1, 49.5, 36.5);
  Mention town = strike(1);
  town.location = place("Chuhuiv", LocationPrecision::exact, 49.84, 36.69);
  auto st = f.state({region, town});
  cluster_placed(st);
  ASSERT_EQ(st.clusters.size(), 2u);
  region_of_town(st);
  EXPECT_TRUE(st.clusters[0].members.empty());
  EXPECT_EQ(st.clusters[1].members.size(), 2u);
  EXPECT_TRUE(has_rule(st.mentions[0], "place.region_of_town"));
}

TEST(AssemblyPasses, NearMergeWithin12Km) {
  Fixture f;
  Mention near = strike(0);
  near.location = place("Haifa", LocationPrecision::near, 32.794, 34.989, "Haifa");
  Mention exact = strike(1);
  exact.location = place("Kiryat Bialik", LocationPrecision::exact, 32.83, 35.08, "Haifa");  // ~9 km away
  Mention far = strike(2);
  far.location = place("Nazareth", LocationPrecision::exact, 32.70, 35.30, "North");  // ~31 km away
  auto st = f.state({near, exact});
  cluster_placed(st);
  near_merge(st);
  EXPECT_TRUE(st.clusters[0].members.empty());
  EXPECT_TRUE(has_rule(st.mentions[0], "place.near_merged"));
  auto apart = f.state({near, far});
  cluster_placed(apart);
  near_merge(apart);
  EXPECT_EQ(apart.clusters[0].members.size(), 1u);
}

TEST(AssemblyPasses, BuildEventsFillsStringsAndUniqueIds) {
  Fixture f;
  Mention a = strike(0);
  a.location = place("Kharkiv", LocationPrecision::exact, 49.99, 36.23);
  a.location->geonames_id = 1;
  a.date = FoundDate{Date{2024, 1, 14}, DatePrecision::day, "on Sunday", "date.weekday"};
  a.outcome = Outcome::intercepted;
  Mention b = a;
  b.sentence = 1;
  b.anchor = 100;
  b.location->geonames_id = 2;  // another place of the same name: another event with the same id
  auto st = f.state({a, b});
  cluster_placed(st);
  build_events(st);
  text_order(st);
  unique_ids(st);
  ASSERT_EQ(st.events.size(), 2u);
  EXPECT_EQ(st.events[0].outcome, Outcome::intercepted);
  EXPECT_EQ(st.events[0].date.precision, DatePrecision::day);
  EXPECT_EQ(st.events[0].date.value, "2024-01-14");
  EXPECT_EQ(st.events[1].event_id, st.events[0].event_id + "-1");
}

}  // namespace
}  // namespace salvo
