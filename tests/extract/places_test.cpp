// The places layer (extract/places.h): names and their context, step by step.
#include "extract/places.h"

#include <gtest/gtest.h>

#include "layers.h"

namespace salvo {
namespace {

using testing::read;

// Every candidate of find_places: "name" plus its flags.
std::string places(const std::string& s, std::size_t dateline_end = 0) {
  auto r = read(s);
  std::string out;
  for (const auto& pc : find_places(r->c, dateline_end)) {
    std::string p = pc.name;
    if (pc.good) p += " good";
    if (pc.bad) p += " bad";
    if (pc.country) p += " country=" + pc.country_code;
    if (pc.q.near) p += " near";
    if (pc.q.is_region) p += " region";
    if (pc.used_as_hint) p += " hint";
    if (pc.speaker) p += " speaker";
    if (!pc.q.region_hint.empty()) p += " in=" + pc.q.region_hint;
    if (!pc.q.country_hint.empty()) p += " cc=" + pc.q.country_hint;
    if (!pc.q.district.empty()) p += " district=" + pc.q.district;
    out += (out.empty() ? "" : "; ") + p;
  }
  return out;
}

TEST(PlaceCandidates, NamesTheGazetteerKnows) {
  auto r = read("Drones struck Kryvyi Rih and the Gaza Strip.");
  const auto c = place_candidates(r->c);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Kryvyi Rih");
  EXPECT_EQ(c[1].name, "Gaza Strip");
}

TEST(PlaceCandidates, NoWaterNoPersonNoFacilityWord) {
  EXPECT_EQ(places("Missiles struck a tanker in the Red Sea."), "");
  EXPECT_EQ(places("Houthi missiles struck a ship in the Gulf of Aden."), "");
  // the second word of a person's name is no place
  EXPECT_EQ(places("Zabihullah Mujahid said drones hit Kabul."), "Kabul good");
  // a town before its facility's words: the town
  EXPECT_EQ(places("Drones struck Kherson Thermal Power Plant."), "Kherson good");
}

TEST(PlaceCandidates, CountryNounsNotAdjectives) {
  EXPECT_EQ(places("Drones struck Ukraine."), "Ukraine good country=UA");
  EXPECT_EQ(places("Drones struck Ukrainian cities."), "");
  // an adjective before a capitalised word is still an adjective, even where a town abroad
  // answers to it ("Syrian" is an alternate spelling of Sirjan, Iran)
  EXPECT_EQ(places("The Syrian Observatory said jets struck Idlib."), "Idlib good");
}

TEST(PlaceContext, NearRegionAndStrikePlace) {
  EXPECT_EQ(places("Shelling near Bakhmut."), "Bakhmut good near");
  EXPECT_EQ(places("Shelling hit the Kherson region."), "Kherson good region");
  EXPECT_EQ(places("Shelling hit the Bakhmut area."), "Bakhmut good near");
}

TEST(PlaceContext, SmallPlacesNeedToBeAnnouncedAsPlaces) {
  // a name that is only small villages is a place where the text says so, else a person
  EXPECT_EQ(places("Bennett, the UN rapporteur, condemned the strikes."), "Bennett bad");
  // after a first name (itself some small village) it is the tail of a longer name: no candidate
  EXPECT_EQ(places("Richard Bennett, the UN rapporteur, condemned the strikes."), "");
  // announced by its list's head ("in X and Y"), a small village is a place
  EXPECT_EQ(places("Jets struck launchers in Yaroun and Hanine."), "Yaroun good; Hanine good");
  EXPECT_EQ(places("Shelling hit the village of Bennett."), "Bennett good");
  // a big place needs no announcement
  EXPECT_EQ(places("Drones struck Kharkiv."), "Kharkiv good");
}

TEST(PlaceContext, AcronymsAreNoTowns) {
  // "SANA" (the news agency) spells Sana'a; the DPR is a region known by its letters
  EXPECT_EQ(places("A police source told SANA that rockets hit Aleppo."), "SANA bad; Aleppo good");
}

TEST(PlaceContext, TitlesSpeakersAndDatelines) {
  EXPECT_EQ(places("Drones struck a depot, governor Gladkov said."), "Gladkov bad");
  EXPECT_EQ(places("Officials in Kherson said drones struck Antonivka."), "Kherson good speaker; Antonivka good");
  EXPECT_EQ(places("KYIV - Drones struck Lviv.", 7), "KYIV bad; Lviv good");
}

TEST(PlaceRelations, RegionHintsAndBrackets) {
  EXPECT_EQ(places("Shelling hit Avdiivka, Donetsk region."), "Avdiivka good in=Donetsk; Donetsk good region hint");
  EXPECT_EQ(places("A patrol was hit near Hawija (Kirkuk)."), "Hawija good near in=Kirkuk; Kirkuk hint");
}

TEST(PlaceRelations, ListsShareTheirHeadsStatus) {
  EXPECT_EQ(places("Drones launched from Kursk and Belgorod struck Sumy."), "Kursk bad; Belgorod bad; Sumy good");
  EXPECT_EQ(places("Shelling hit the Kharkiv and Sumy regions."), "Kharkiv good region; Sumy good region");
}

TEST(PlaceRelations, DistrictsAndBearings) {
  EXPECT_EQ(places("Jets struck the Zeitoun neighbourhood of Gaza City."), "Zeitoun good hint; Gaza City good district=Zeitoun");
  EXPECT_EQ(places("A drone hit the village of Khotin, north of Sumy."), "Khotin good in=Sumy; Sumy good near hint");
}

TEST(PlaceCandidates, RegionNames) {
  EXPECT_TRUE(names_a_region(*testing::layers().gaz, "Donetsk"));
  EXPECT_FALSE(names_a_region(*testing::layers().gaz, "Kryvyi Rih"));
}

}  // namespace
}  // namespace salvo
