// The language of reporting the extractor must read right, one behaviour a
// test: each sentence is written for the test in the style of wire copy or
// analysts' notes (none is taken from tests/gold).
#include <string>

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "shipped_extractor.h"

namespace {

using salvo::Event;
using salvo::EventType;

const salvo::Extractor& extractor() { return salvo::testing::shipped_extractor(); }

std::vector<Event> run(const std::string& text, const std::string& published) {
  salvo::Document d;
  d.id = "t";
  d.text = text;
  d.published = salvo::parse_iso_date(published);
  return extractor().extract(d);
}

const Event* at(const std::vector<Event>& es, const std::string& name) {
  for (const auto& e : es)
    if (e.location && e.location->name == name) return &e;
  return nullptr;
}

TEST(Article, TheSameNightTakesTheDateOfTheStrikeBefore) {
  const auto es = run("A Russian drone hit a house in Kharkiv on Tuesday night, injuring two people. "
                      "The same night, a drone struck a private house in the village of Tsyrkuny, the governor said. "
                      "The next day, shelling damaged a school in Kupiansk.",
                      "2024-06-20");
  const Event* k = at(es, "Kharkiv");
  const Event* t = at(es, "Tsirkuny");
  const Event* u = at(es, "Kupiansk");
  ASSERT_TRUE(k && t && u);
  EXPECT_EQ(k->date.value, "2024-06-18");
  EXPECT_EQ(t->date.value, "2024-06-18");
  EXPECT_EQ(t->date.precision, salvo::DatePrecision::day);
  EXPECT_EQ(u->date.value, "2024-06-19");
}

TEST(Article, AStateNamedWithoutItsNameIsTheStateOfThePlace) {
  const auto es = run("Government forces shelled the town of Sarmin in Idlib province on Friday, killing a woman.",
                      "2023-10-07");
  ASSERT_EQ(es.size(), 1u);
  ASSERT_TRUE(es[0].actor.has_value());
  EXPECT_EQ(*es[0].actor, "Syria");
}

TEST(Article, TheMonthMayIsNotTheModal) {
  const auto es = run("RSF drones struck a fuel depot in Kassala on 4 May, the army said.", "2025-05-05");
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].date.value, "2025-05-04");
}

TEST(Article, OneVictimNamedWithoutANumberAddsUp) {
  const auto a = run("A shell hit a house in Kherson on Monday, killing a woman and two children.", "2024-03-12");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].killed.has_value());
  EXPECT_EQ(a[0].killed->min, 3);
  const auto b = run("A suicide bomber blew himself up near a mosque in Konduga on Monday, killing himself and "
                     "three worshippers.",
                     "2024-03-12");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].killed.has_value());
  EXPECT_EQ(b[0].killed->min, 4);
}

TEST(Article, AdminUnitsInBracketsChooseTheNamesake) {
  // Hawija has namesakes in Ethiopia and elsewhere in Iraq; the bracket names the governorate
  const auto es = run("On 5 November 2023, an IED exploded against an army patrol south of Hawija (Kirkuk), "
                      "killing two soldiers.",
                      "2023-11-06");
  ASSERT_EQ(es.size(), 1u);
  ASSERT_TRUE(es[0].location.has_value());
  EXPECT_EQ(es[0].location->country, "IQ");
  EXPECT_EQ(es[0].location->admin1, "Kirkuk");
}

TEST(Article, APlaceNamedWithItsFacilityIsThePlace) {
  const auto es = run("On 4 May, drones struck fuel depots near Port Sudan International Airport, causing large fires.",
                      "2025-05-05");
  ASSERT_EQ(es.size(), 1u);
  ASSERT_TRUE(es[0].location.has_value());
  EXPECT_EQ(es[0].location->name, "Port Sudan");
}

TEST(Article, AProtestAgainstStrikesIsNoStrike) {
  EXPECT_TRUE(run("On 19 January 2024, thousands demonstrated in Sanaa against US and UK strikes on Yemen.",
                  "2024-01-20")
                  .empty());
}

TEST(Article, TheDayATollRoseIsNotTheDayOfTheStrike) {
  const auto es = run("The death toll from a drone attack on a market in Kramatorsk rose to 14 on Monday, officials said. "
                      "Saturday's attack hit the market at its busiest hour.",
                      "2024-05-13");
  const Event* k = at(es, "Kramatorsk");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->date.value, "2024-05-11");
}

TEST(Article, AStrikeToldInALaterStatementTakesTheDayOfTheWave) {
  const auto es = run("Russian missiles struck the Odesa region on Saturday, killing five people, officials said. "
                      "A missile hit a warehouse in the town of Yuzhne, killing two workers, the regional "
                      "administration said in a statement on Sunday.",
                      "2024-05-13");
  const Event* y = at(es, "Yuzhne");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->date.value, "2024-05-11");
}

TEST(Article, AStrikeKnownOnlyThroughADatedStatementTakesItsDay) {
  const auto es = run("A drone hit a house in the village of Tsyrkuny, killing a man, the governor said on Sunday.",
                      "2024-05-13");
  const Event* t = at(es, "Tsirkuny");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->date.value, "2024-05-12");
}

TEST(Article, ATollAtAnotherPlaceContinuesTheAttackBefore) {
  const auto es = run("On Friday, government shelling killed four civilians in Idlib city. "
                      "A man was killed in the nearby town of Sarmin, rescuers said.",
                      "2023-10-07");
  const Event* s = nullptr;
  for (const auto& e : es)
    if (e.location && e.location->surface == "Sarmin") s = &e;
  ASSERT_TRUE(s);
  EXPECT_EQ(s->event_type, EventType::shelling_artillery_missile);
  EXPECT_EQ(s->date.value, "2023-10-06");
}

TEST(Article, PartOfATollDoesNotLowerIt) {
  const auto es = run("A missile strike on a hospital in Kharkiv on Monday killed 20 people. "
                      "Five children were among the dead, officials said.",
                      "2024-05-14");
  const Event* k = at(es, "Kharkiv");
  ASSERT_TRUE(k && k->killed);
  EXPECT_EQ(k->killed->min, 20);
}

TEST(Article, AnUnnamedStrikeInAWaveTakesTheWavesKind) {
  const auto es = run("Israeli air strikes killed at least 12 people across southern Lebanon on Tuesday, the health "
                      "ministry said. A strike on a house in the town of Bint Jbeil killed five people, including "
                      "two children, the ministry said.",
                      "2024-10-16");
  const Event* b = nullptr;
  for (const auto& e : es)
    if (e.location && e.location->surface == "Bint Jbeil") b = &e;
  ASSERT_TRUE(b);
  EXPECT_EQ(b->event_type, EventType::air_drone_strike);
  ASSERT_TRUE(b->actor.has_value());
  EXPECT_EQ(*b->actor, "Israel");
}

TEST(Article, AStrikeNearATownIsTheStrikeNamedInItsSuburb) {
  const auto es = run("A Hezbollah rocket hit a house in a suburb of the Israeli city of Haifa on Saturday, wounding "
                      "two people. Israeli police said one rocket struck a house in Kiryat Bialik, north of Haifa.",
                      "2024-10-13");
  ASSERT_EQ(es.size(), 1u);
  ASSERT_TRUE(es[0].location.has_value());
  EXPECT_EQ(es[0].location->surface, "Kiryat Bialik");
}

TEST(Article, ADistrictWithoutItsCityIsTheCityTheArticleIsAbout) {
  const auto es = run("Russian missiles struck an industrial site in Dnipro on Monday, officials said. "
                      "On Tuesday evening, a guided aerial bomb hit an apartment building in the "
                      "Amur-Nyzhnodniprovskyi district, injuring four people.",
                      "2024-06-20");
  int in_dnipro = 0;
  for (const auto& e : es)
    if (e.location && e.location->name == "Dnipro" && e.date.value == "2024-06-18") ++in_dnipro;
  EXPECT_EQ(in_dnipro, 1);
}

}  // namespace

namespace {

// An attack undated where it is told takes the day the text gives when it comes back to it.
TEST(Article, AFollowUpDatesTheAttackJustReported) {
  const auto es = run("Three vehicles of the convoy were hit by an Israeli air strike in Deir al-Balah. "
                      "A British volunteer was among the aid workers killed in the attack on Monday.",
                      "2024-04-03");
  const Event* e = at(es, "Deir al-Balah");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.value, "2024-04-01");
  EXPECT_EQ(e->date.precision, salvo::DatePrecision::day);
  // a statement's day is no strike's ("the ministry said on Monday")
  const auto es2 = run("Three vehicles of the convoy were hit by an Israeli air strike in Deir al-Balah. "
                       "The attack killed three aid workers, the charity said on Monday.",
                       "2024-04-03");
  const Event* e2 = at(es2, "Deir al-Balah");
  ASSERT_TRUE(e2);
  EXPECT_EQ(e2->date.precision, salvo::DatePrecision::unknown);
}

}  // namespace
