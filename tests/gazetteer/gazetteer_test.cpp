// tests/gazetteer/gazetteer_test.cpp — the shipped gazetteer (rules/places)
// resolving names the way an analyst would.
#include <gtest/gtest.h>

#include <unistd.h>
#include <zlib.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>

#include "core/geo.h"
#include "resolve/gazetteer.h"

namespace salvo {
namespace {

const std::filesystem::path kPlaces = std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "places";
// English's common words ("hope", "bank"), which the extractor adds from rules/en/
const GazetteerOverlay kEnglish{.common_words = {std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "en" /
                                                 "common_words.lex"}};

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = Gazetteer::load(kPlaces, {}, kEnglish);
    if (!r.ok()) {
      for (const auto& d : r.status().diagnostics()) ADD_FAILURE() << d.str();
      FAIL() << r.status().message();
    }
    gaz_ = r.value();
  }
  static void TearDownTestSuite() { gaz_.reset(); }

  static Location res(const std::string& name, const std::string& region = "", const std::string& country = "",
                      std::vector<std::string> context = {}) {
    PlaceQuery q;
    q.name = name;
    q.region_hint = region;
    q.country_hint = country;
    q.context_countries = std::move(context);
    return gaz_->resolve(q);
  }
  static double dist_km(const Location& l, double lat, double lon) {
    return haversine_km(lat, lon, l.latitude.value(), l.longitude.value());
  }

  static std::shared_ptr<const Gazetteer> gaz_;
};
std::shared_ptr<const Gazetteer> GazetteerTest::gaz_;

TEST_F(GazetteerTest, ArabicSpellingsFindTheirPlace) {
  // "al-Shughur" for GeoNames' "Jisr ash Shughūr"; "Hawija" for "Al Ḩawījah" (Kirkuk)
  const Location lj = res("Jisr al-Shughur", "", "", {"SY"});
  EXPECT_EQ(lj.country, "SY");
  EXPECT_EQ(lj.admin1, "Idlib");
  EXPECT_TRUE(lj.latitude.has_value());
  const Location lh = res("Hawija", "Kirkuk");
  EXPECT_EQ(lh.country, "IQ");
  EXPECT_TRUE(lh.latitude.has_value());
}

TEST_F(GazetteerTest, BigEnoughAndCoversVillages) {
  EXPECT_GT(gaz_->size(), 600000u);
  // A Donetsk-oblast village that is not in cities500 (country file only).
  bool found = false;
  for (const PlaceRecord* r : gaz_->lookup("Vanyushkyne")) found |= r->country == "UA" && r->admin1 == "Donetsk";
  EXPECT_TRUE(found);
}

TEST_F(GazetteerTest, LookupReturnsEveryNamesake) {
  const auto recs = gaz_->lookup("Avdiivka");
  ASSERT_GE(recs.size(), 2u);
  std::set<std::string> regions;
  for (const PlaceRecord* r : recs) regions.insert(r->admin1);
  EXPECT_TRUE(regions.count("Donetsk"));
  EXPECT_TRUE(regions.count("Chernihiv"));
}

TEST_F(GazetteerTest, LookupPutsTheCountryFirstAndRegionsLast) {
  const auto u = gaz_->lookup("Ukraine");
  ASSERT_FALSE(u.empty());
  EXPECT_EQ(u.front()->kind, PlaceKind::country);
  EXPECT_EQ(u.front()->country, "UA");
  EXPECT_TRUE(gaz_->lookup("Ukrainian").empty() || gaz_->lookup("Ukrainian").front()->kind != PlaceKind::country);
  const auto d = gaz_->lookup("Donetsk");
  ASSERT_GE(d.size(), 2u);
  EXPECT_EQ(d.front()->kind, PlaceKind::settlement);
  EXPECT_EQ(d.back()->kind, PlaceKind::admin1);
  EXPECT_EQ(d.back()->name, "Donetsk Oblast");
  const auto g = gaz_->lookup("the Gaza Strip");
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g.front()->kind, PlaceKind::admin1);
  EXPECT_EQ(g.front()->country, "PS");
}

// ---- namesakes

TEST_F(GazetteerTest, NamesakeChosenByRegionHint) {
  Location d = res("Avdiivka", "Donetsk");
  EXPECT_EQ(d.admin1, "Donetsk");
  EXPECT_LT(dist_km(d, 48.14, 37.74), 10);
  Location c = res("Avdiivka", "Chernihiv region");
  EXPECT_EQ(c.admin1, "Chernihiv");
  EXPECT_LT(dist_km(c, 51.78, 32.80), 10);
  // Without a hint: the bigger town.
  EXPECT_EQ(res("Avdiivka").admin1, "Donetsk");
}

TEST_F(GazetteerTest, NamesakeVillagesFollowTheRegion) {
  // Dozens of Varvarivkas/Kostiantynivkas; the region decides.
  EXPECT_EQ(res("Kostiantynivka", "Zaporizhzhia").admin1, "Zaporizhzhia");
  EXPECT_EQ(res("Kostiantynivka", "Donetsk").admin1, "Donetsk");
  EXPECT_EQ(res("Kostiantynivka").admin1, "Donetsk");  // the town of 90k
  EXPECT_EQ(res("Varvarivka", "Kharkiv oblast").admin1, "Kharkiv");
  EXPECT_EQ(res("Varvarivka", "Kharkivs'ka Oblast'").admin1, "Kharkiv");
}

TEST_F(GazetteerTest, NamesakeChosenByDistrictTown) {
  // Several Novoselivkas in Donetsk oblast: the raion, named after its town,
  // picks the one near that town.
  for (const char* town : {"Pokrovsk", "Kramatorsk", "Volnovakha"}) {
    Location t = res(town, "Donetsk");
    Location v = res("Novoselivka", std::string(town) + " district");
    ASSERT_TRUE(v.latitude.has_value()) << town;
    EXPECT_EQ(v.admin1, "Donetsk") << town;
    EXPECT_LT(dist_km(v, *t.latitude, *t.longitude), 75) << town;
  }
  // Without the district: some Novoselivka, not necessarily near any of them.
  EXPECT_TRUE(res("Novoselivka", "Donetsk").latitude.has_value());
}

TEST_F(GazetteerTest, NamesakeChosenByCountryAndContext) {
  // Tripoli: Libya's capital unless the article is about Lebanon.
  EXPECT_EQ(res("Tripoli").country, "LY");
  EXPECT_EQ(res("Tripoli", "", "", {"LB"}).country, "LB");
  EXPECT_EQ(res("Tripoli", "", "LB").country, "LB");
  // Pokrovsk: the Donetsk town, not the Yakutian one, in a Ukrainian story; the
  // region hint alone is enough as well.
  EXPECT_EQ(res("Pokrovsk", "", "", {"UA"}).admin1, "Donetsk");
  EXPECT_EQ(res("Pokrovsk", "", "", {"RU"}).country, "RU");
  EXPECT_EQ(res("Pokrovsk", "Donetsk oblast").country, "UA");
  // An exact name beats another town's alternate spelling in the same country.
  EXPECT_EQ(res("Novorossiysk").name, "Novorossiysk");
  EXPECT_EQ(res("Hodeidah").country, "YE");
  EXPECT_EQ(res("Hodeidah").precision, LocationPrecision::exact);
  // Context does not drag a capital into a village: Berlin stays in Germany.
  EXPECT_EQ(res("Berlin", "", "", {"UA"}).country, "DE");
}

TEST_F(GazetteerTest, NameWithoutItsArabicArticleIsStillItsOwnName) {
  // "Qamishli" is Al Qamishli (Syria, a district seat with no population in
  // GeoNames), not an Afghan village whose record carries the city's
  // spellings as alternates; no context country is given.
  Location q = res("Qamishli");
  EXPECT_EQ(q.country, "SY");
  EXPECT_EQ(q.geonames_id, 173377);
  EXPECT_EQ(res("al-Qamishli").country, "SY");
}

TEST_F(GazetteerTest, MoscowAndDonetsk) {
  Location m = res("Moscow");
  EXPECT_EQ(m.country, "RU");
  EXPECT_EQ(m.admin1, "Moscow");
  EXPECT_EQ(m.precision, LocationPrecision::exact);
  EXPECT_EQ(m.geonames_id, 524901);
  Location d = res("Donetsk");
  EXPECT_EQ(d.country, "UA");
  EXPECT_EQ(d.admin1, "Donetsk");
  EXPECT_EQ(d.name, "Donetsk");
  EXPECT_LT(dist_km(d, 48.02, 37.80), 5);
  // The Rostov-oblast namesake when the text says so.
  EXPECT_EQ(res("Donetsk", "Rostov").country, "RU");
}

// ---- aliases

TEST_F(GazetteerTest, OldAndRussianSpellings) {
  Location k = res("Kharkov");
  EXPECT_EQ(k.name, "Kharkiv");
  EXPECT_EQ(k.admin1, "Kharkiv");
  EXPECT_EQ(k.surface, "Kharkov");
  Location kr = res("Krivoy Rog");
  EXPECT_EQ(kr.name, "Kryvyi Rih");
  EXPECT_EQ(kr.admin1, "Dnipropetrovsk");
  EXPECT_EQ(res("Kryvyy Rih").name, "Kryvyi Rih");
  EXPECT_EQ(res("Odessa").name, "Odesa");
  EXPECT_EQ(res("Odessa").admin1, "Odesa");
  Location kyiv = res("Kiev");
  EXPECT_EQ(kyiv.name, "Kyiv");
  EXPECT_EQ(kyiv.admin1, "Kyiv City");
  EXPECT_EQ(res("Artemivsk").name, "Bakhmut");
  EXPECT_EQ(res("Zaporozhye").name, "Zaporizhzhia");
  EXPECT_EQ(res("Rostov-on-Don").country, "RU");
  EXPECT_EQ(res("Rostov on Don").name, "Rostov-on-Don");
}

TEST_F(GazetteerTest, Admin1ShortNames) {
  // GeoNames calls it "Kharkivs’ka Oblast’", "Odessa", "Kiev": analysts do not.
  EXPECT_EQ(res("Chuhuiv").admin1, "Kharkiv");
  EXPECT_EQ(res("Izmail").admin1, "Odesa");
  EXPECT_EQ(res("Bucha").admin1, "Kyiv");
  EXPECT_EQ(res("Kryvyi Rih").admin1, "Dnipropetrovsk");
  EXPECT_EQ(res("Belgorod").admin1, "Belgorod");
}

TEST_F(GazetteerTest, Admin2IsTheDistrictOfTheResolvedPlace) {
  // GeoNames' admin2 name of the place's admin2 code, in English letters
  EXPECT_EQ(res("Sloviansk").admin2, "Kramatorskyi Raion");
  EXPECT_EQ(res("Kryvyi Rih").admin2, "Kryvyy Rih Raion");
  EXPECT_EQ(res("Khan Younis").admin2, "Khan Yunis Governorate");
  EXPECT_EQ(res("Manbij").admin2, "Manbij District");
  // a neighbourhood reported as its city has the city's district
  EXPECT_EQ(res("Sheikh Radwan").admin2, res("Gaza City").admin2);
  // none for a region, a country, an unknown place, or a place GeoNames gives no admin2 code
  PlaceQuery q;
  q.name = "Donetsk";
  q.is_region = true;
  EXPECT_EQ(gaz_->resolve(q).admin2, "");
  EXPECT_EQ(res("Ukraine").admin2, "");
  EXPECT_EQ(res("Nowhereville").admin2, "");
  EXPECT_EQ(res("Aleppo").admin2, "");
}

// ---- regions and countries

TEST_F(GazetteerTest, RegionsAlone) {
  PlaceQuery q;
  q.name = "Donetsk";
  q.is_region = true;
  Location d = gaz_->resolve(q);
  EXPECT_EQ(d.name, "Donetsk Oblast");
  EXPECT_EQ(d.precision, LocationPrecision::admin1);
  EXPECT_EQ(d.admin1, "Donetsk");
  EXPECT_EQ(d.country, "UA");
  ASSERT_TRUE(d.latitude.has_value());
  EXPECT_LT(dist_km(d, 48.0, 37.7), 80);

  Location k = res("Kherson region");
  EXPECT_EQ(k.name, "Kherson Oblast");
  EXPECT_EQ(k.precision, LocationPrecision::admin1);
  EXPECT_EQ(res("Donetsk oblast").name, "Donetsk Oblast");
  EXPECT_EQ(res("the Kharkiv region").name, "Kharkiv Oblast");

  Location g = res("the Gaza Strip");
  EXPECT_EQ(g.name, "Gaza Strip");
  EXPECT_EQ(g.admin1, "Gaza Strip");
  EXPECT_EQ(g.country, "PS");
  EXPECT_EQ(g.precision, LocationPrecision::admin1);
  EXPECT_LT(dist_km(g, 31.4, 34.37), 25);

  Location c = res("Crimea");
  EXPECT_EQ(c.name, "Crimea");
  EXPECT_EQ(c.country, "UA");
  EXPECT_EQ(c.admin1, "Crimea");
  EXPECT_EQ(c.precision, LocationPrecision::admin1);
  Location cp = res("the Crimean peninsula");
  EXPECT_EQ(cp.name, "Crimea");
  EXPECT_EQ(cp.precision, LocationPrecision::admin1);
  EXPECT_EQ(res("Belgorod region").name, "Belgorod Oblast");
}

TEST_F(GazetteerTest, CitiesInCrimeaAreUkraine) {
  Location s = res("Sevastopol");
  EXPECT_EQ(s.country, "UA");
  EXPECT_EQ(s.admin1, "Sevastopol");
  EXPECT_EQ(res("Simferopol").admin1, "Crimea");
}

TEST_F(GazetteerTest, Countries) {
  Location u = res("Ukraine");
  EXPECT_EQ(u.country, "UA");
  EXPECT_EQ(u.precision, LocationPrecision::country);
  EXPECT_EQ(u.name, "Ukraine");
  ASSERT_TRUE(u.latitude.has_value());
  EXPECT_LT(dist_km(u, 49, 32), 300);
  EXPECT_EQ(res("Lebanon").precision, LocationPrecision::country);
  EXPECT_EQ(res("Russia").country, "RU");
}

TEST_F(GazetteerTest, CountryCodes) {
  EXPECT_EQ(gaz_->country_code("Ukraine"), "UA");
  EXPECT_EQ(gaz_->country_code("Ukrainian"), "UA");
  EXPECT_EQ(gaz_->country_code("Syrian"), "SY");
  EXPECT_EQ(gaz_->country_code("Israeli"), "IL");
  EXPECT_EQ(gaz_->country_code("Russian"), "RU");
  EXPECT_EQ(gaz_->country_code("the United Kingdom"), "GB");
  EXPECT_EQ(gaz_->country_code("Palestinian"), "PS");
  EXPECT_EQ(gaz_->country_code("U.S."), "US");
  EXPECT_EQ(gaz_->country_code("UAE"), "AE");
  EXPECT_EQ(gaz_->country_code("Gaza"), "");
  EXPECT_EQ(gaz_->country_code("Kharkiv"), "");
  EXPECT_EQ(gaz_->country_code("Monday"), "");
}

// ---- near, districts, unknown

TEST_F(GazetteerTest, NearKeepsThePlaceWithNearPrecision) {
  PlaceQuery q;
  q.name = "Bakhmut";
  q.near = true;
  Location l = gaz_->resolve(q);
  EXPECT_EQ(l.name, "Bakhmut");
  EXPECT_EQ(l.admin1, "Donetsk");
  EXPECT_EQ(l.precision, LocationPrecision::near);
  EXPECT_TRUE(l.latitude.has_value());
}

TEST_F(GazetteerTest, UnknownPlaceKeepsNameAndHintsWithoutCoordinates) {
  Location l = res("Zzyzxovka", "Zaporizhzhia region");
  EXPECT_EQ(l.name, "Zzyzxovka");
  EXPECT_EQ(l.surface, "Zzyzxovka");
  EXPECT_EQ(l.country, "UA");
  EXPECT_EQ(l.admin1, "Zaporizhzhia");
  EXPECT_FALSE(l.latitude.has_value());
  EXPECT_FALSE(l.longitude.has_value());
  EXPECT_FALSE(l.geonames_id.has_value());
  Location c = res("Qwertyabad", "", "SY");
  EXPECT_EQ(c.country, "SY");
  EXPECT_TRUE(c.admin1.empty());
  EXPECT_FALSE(c.latitude.has_value());
  EXPECT_TRUE(res("Xyzzyplace").country.empty());
}

TEST_F(GazetteerTest, GazaPlacesAndNeighbourhoods) {
  Location ky = res("Khan Younis");
  EXPECT_EQ(ky.name, "Khan Younis");
  EXPECT_EQ(ky.country, "PS");
  EXPECT_EQ(ky.admin1, "Gaza Strip");
  EXPECT_EQ(res("Khan Yunis").name, "Khan Younis");
  EXPECT_EQ(res("Deir al-Balah").name, "Deir al-Balah");
  EXPECT_EQ(res("Deir el-Balah").name, "Deir al-Balah");
  // bare "Gaza" is the Strip in reporting (admin1.lex [regions, not towns])
  EXPECT_EQ(res("Gaza").name, "Gaza Strip");
  EXPECT_EQ(res("Gaza").precision, LocationPrecision::admin1);
  EXPECT_EQ(res("Gaza City").name, "Gaza City");
  EXPECT_EQ(res("Gaza City").country, "PS");
  EXPECT_EQ(res("Jabalia").country, "PS");
  EXPECT_EQ(res("Bureij").country, "PS");
  EXPECT_EQ(res("al-Bureij").country, "PS");
  EXPECT_EQ(res("Rafah").name, "Rafah");
  Location camp = res("Jabalia refugee camp");
  EXPECT_EQ(camp.country, "PS");
  EXPECT_TRUE(camp.latitude.has_value());
  EXPECT_EQ(camp.surface, "Jabalia refugee camp");
  // An analysts' neighbourhood (places.lex) outside Gaza: reported as its city.
  Location dh = res("Dahieh");
  EXPECT_EQ(dh.name, "Beirut");
  EXPECT_EQ(dh.district, "Dahiyeh");

  // A UNOSAT neighbourhood is reported as its city, the neighbourhood kept.
  Location s = res("Sheikh Radwan", "", "", {"PS"});
  EXPECT_EQ(s.name, "Gaza City");
  EXPECT_EQ(s.district, "Ash Sheikh Radwan");
  EXPECT_EQ(s.country, "PS");
  Location sh = res("Shujaiya", "", "", {"PS"});
  EXPECT_EQ(sh.name, "Gaza City");
  EXPECT_FALSE(sh.district.empty());
  // "X district of Y" from the extractor.
  PlaceQuery q;
  q.name = "Gaza City";
  q.district = "Zaitoun";
  Location z = gaz_->resolve(q);
  EXPECT_EQ(z.name, "Gaza City");
  EXPECT_EQ(z.district, "Az Zaitoun");
}

// ---- is_place_name

TEST_F(GazetteerTest, PlaceNamesAccepted) {
  for (const char* n : {"Kryvyi Rih", "Rostov-on-Don", "Khan Younis", "Deir al-Balah", "Kharkiv", "Moscow",
                        "Kharkov", "Avdiivka", "Gaza", "Ukraine", "Crimea", "Donetsk oblast", "Sevastopol",
                        "Vanyushkyne", "Beirut", "Aleppo", "Crimean peninsula", "West Bank", "Tyre", "Saki"})
    EXPECT_TRUE(gaz_->is_place_name(n)) << n;
}

TEST_F(GazetteerTest, CommonWordsRejected) {
  for (const char* n : {"The", "Police", "Monday", "Strike", "Power", "Bank", "Hope", "Mission", "Russian",
                        "President", "Ministry", "Putin", "Zelensky", "Ukrainian", "Syrian", "Israeli", "May",
                        "Victoria", "Independence", "Reuters", "Xyzzyplace", "Crimean", "English", "Daily", "Real",
                        "Time", "NATO", "Hezbollah"})
    EXPECT_FALSE(gaz_->is_place_name(n)) << n;
}

TEST_F(GazetteerTest, StopWordThatIsABigPlaceStillCounts) {
  // "Mosul"/"Aleppo" are not stop words; "Washington" would be a person too,
  // but the capital of the United States is big enough.
  EXPECT_TRUE(gaz_->is_place_name("Washington"));
}

// ---- analysts' additions

// A copy of the shipped places rules in a fresh temporary folder, with
// `more` appended to its places.lex (an analyst's additions).
std::filesystem::path places_with(const std::string& folder, const std::string& more) {
  const auto dir = std::filesystem::temp_directory_path() / folder;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& e : std::filesystem::directory_iterator(kPlaces))
    std::filesystem::copy_file(e.path(), dir / e.path().filename());
  std::ofstream(dir / "places.lex", std::ios::app) << more;
  return dir;
}

TEST(GazetteerRules, AnalystAddsAPlaceAndAnAlias) {
  const auto dir = places_with("salvo_gaz_rules_test",
                               "\n[place Frontline Outpost Seven]\ncountry = UA\nadmin1 = Donetsk\nlat = 48.5\n"
                               "lon = 37.9\nalt = Outpost-7, Forpost Sim\n\n[aliases]\nKrivbas City @Kryvyi Rih @UA\n");
  auto g = Gazetteer::load(dir);
  ASSERT_TRUE(g.ok()) << g.status().message();
  PlaceQuery q;
  q.name = "Outpost 7";
  Location l = g.value()->resolve(q);
  EXPECT_EQ(l.name, "Frontline Outpost Seven");
  EXPECT_EQ(l.admin1, "Donetsk");
  EXPECT_EQ(l.country, "UA");
  EXPECT_DOUBLE_EQ(l.latitude.value(), 48.5);
  EXPECT_FALSE(l.geonames_id.has_value());
  q.name = "Krivbas City";
  EXPECT_EQ(g.value()->resolve(q).name, "Kryvyi Rih");

  // A mistake is reported with file and line, not ignored.
  {
    std::ofstream out(dir / "places.lex", std::ios::app);
    out << "\n[place Broken]\ncountry = UA\nlat = 95\n";
  }
  auto bad = Gazetteer::load(dir);
  ASSERT_FALSE(bad.ok());
  ASSERT_FALSE(bad.status().diagnostics().empty());
  EXPECT_NE(bad.status().diagnostics().front().file.find("places.lex"), std::string::npos);
  EXPECT_GT(bad.status().diagnostics().front().line, 0);
  std::filesystem::remove_all(dir);
}

// A language folder's common_words.lex (rules/en/) is read with the places folder's stop words.
TEST(GazetteerRules, ALanguagesCommonWordsAreNoPlaceNames) {
  auto plain = Gazetteer::load(kPlaces);
  auto english = Gazetteer::load(kPlaces, {}, kEnglish);
  ASSERT_TRUE(plain.ok() && english.ok());
  EXPECT_TRUE(plain.value()->is_place_name("Abbey"));
  EXPECT_FALSE(english.value()->is_place_name("Abbey"));
}

// A language folder's places.lex adds its spellings of known places (here the
// declined forms of Kharkiv in tests/extract/uk_rules/uk/) and nothing else.
TEST(GazetteerRules, ALanguagesPlacesAreAliases) {
  const auto uk = std::filesystem::path(SALVO_SOURCE_DIR) / "tests" / "extract" / "uk_rules" / "uk" / "places.lex";
  auto g = Gazetteer::load(kPlaces, {}, {.places = {uk}});
  ASSERT_TRUE(g.ok()) << g.status().message();
  PlaceQuery q;
  q.name = "Харкову";
  const Location l = g.value()->resolve(q);
  EXPECT_EQ(l.name, "Kharkiv");
  EXPECT_EQ(l.country, "UA");
  EXPECT_TRUE(l.latitude.has_value());
  EXPECT_TRUE(g.value()->is_place_name("Харкові"));

  const auto dir = std::filesystem::temp_directory_path() / "salvo_gaz_lang_places";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "places.lex") << "[aliases]\nНіде @Nowhere Town\n[place Nova]\ncountry = UA\n";
  auto bad = Gazetteer::load(kPlaces, {}, {.places = {dir / "places.lex"}});
  ASSERT_FALSE(bad.ok());
  const std::string m = bad.status().message() + " | " +
                        (bad.status().diagnostics().size() > 1 ? bad.status().diagnostics()[1].str() : "");
  EXPECT_NE(m.find("places.lex:2: alias target 'Nowhere Town' is not in the gazetteer"), std::string::npos) << m;
  EXPECT_NE(m.find("places.lex:3: a language's places.lex holds only [aliases]"), std::string::npos) << m;
  std::filesystem::remove_all(dir);
}

// Each thread keeps a gazetteer's answers by name (NameMemo): they must never
// be another gazetteer's, asked before in the same thread.
TEST(GazetteerRules, AnswersByNameBelongToTheirGazetteer) {
  const auto dir = places_with("salvo_gaz_memo_test",
                               "\n[place Frontline Outpost Seven]\ncountry = UA\nadmin1 = Donetsk\nlat = 48.5\nlon = 37.9\n");
  auto plain = Gazetteer::load(kPlaces);
  auto more = Gazetteer::load(dir);
  ASSERT_TRUE(plain.ok() && more.ok());
  for (int round = 0; round < 2; ++round) {  // the second round answers from the memo
    EXPECT_FALSE(plain.value()->is_place_name("Frontline Outpost Seven"));
    EXPECT_TRUE(plain.value()->lookup("Frontline Outpost Seven").empty());
    EXPECT_TRUE(more.value()->is_place_name("Frontline Outpost Seven"));
    EXPECT_EQ(more.value()->lookup("Frontline Outpost Seven").size(), 1u);
    EXPECT_EQ(more.value()->country_code("Ukraine"), "UA");
  }
  std::filesystem::remove_all(dir);
}

// names.lex and namesakes.lex are rules like the others: a mistake in either
// stops loading with its file and line (before places.tsv.gz is read).
TEST(GazetteerRules, MistakesInNamesOrWeightsStopLoading) {
  const auto dir = places_with("salvo_gaz_words_test", "");
  std::ofstream(dir / "names.lex", std::ios::app) << "\n[region words]\nOblast\n";
  std::ofstream(dir / "namesakes.lex", std::ios::app) << "\n[feature]\ncapitol = 3\n";
  auto g = Gazetteer::load(dir);
  ASSERT_FALSE(g.ok());
  bool names = false, weights = false;
  for (const auto& d : g.status().diagnostics()) {
    const std::string file = std::filesystem::path(d.file).filename().string();
    names |= file == "names.lex" && d.line > 0 && d.message.find("same key") != std::string::npos;
    weights |= file == "namesakes.lex" && d.line > 0 && d.message.find("unknown weight 'capitol'") != std::string::npos;
  }
  EXPECT_TRUE(names && weights) << g.status().message();
  std::filesystem::remove_all(dir);
}

// ---- the binary index (salvo index-places)

Location resolve_with(const Gazetteer& g, const std::string& name, const std::string& region = "",
                      std::vector<std::string> context = {"UA"}) {
  PlaceQuery q;
  q.name = name;
  q.region_hint = region;
  q.context_countries = std::move(context);
  return g.resolve(q);
}

class GazetteerIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("salvo_gaz_index_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    index_ = dir_ / "places.idx";
    Status st = Gazetteer::write_index(kPlaces, index_);
    ASSERT_TRUE(st.ok()) << st.message();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_, index_;
};

TEST_F(GazetteerIndex, ResolvesExactlyLikeTheText) {
  auto text = Gazetteer::load(kPlaces);
  auto idx = Gazetteer::load(kPlaces, index_);
  ASSERT_TRUE(text.ok() && idx.ok());
  EXPECT_EQ(idx.value()->index_note(), "index " + index_.string());
  EXPECT_EQ(text.value()->index_note(), "text");
  EXPECT_EQ(text.value()->size(), idx.value()->size());
  const std::vector<std::pair<std::string, std::string>> queries = {
      {"Kryvyi Rih", ""}, {"Krivoy Rog", ""}, {"Kharkov", ""}, {"Avdiivka", "Donetsk"}, {"Avdiivka", "Chernihiv"},
      {"Donetsk oblast", ""}, {"the Gaza Strip", ""}, {"Khan Younis", ""}, {"Deir al-Balah", ""},
      {"Shejaiya", ""}, {"Odessa", ""}, {"Rostov-on-Don", ""}, {"Belgorod", ""}, {"Aleppo", ""},
      {"Idlib", ""}, {"Sanaa", ""}, {"Hodeidah", ""}, {"El Fasher", ""}, {"Omdurman", ""}, {"Kabul", ""},
      {"Nowhereville", ""}, {"Crimea", ""}, {"Katerynivka", "Donetsk"}, {"Mariupol", ""}, {"Kyiv", ""}};
  for (const auto& [name, region] : queries) {
    const Location a = resolve_with(*text.value(), name, region);
    const Location b = resolve_with(*idx.value(), name, region);
    EXPECT_EQ(a.name, b.name) << name;
    EXPECT_EQ(a.country, b.country) << name;
    EXPECT_EQ(a.admin1, b.admin1) << name;
    EXPECT_EQ(a.latitude, b.latitude) << name;
    EXPECT_EQ(a.longitude, b.longitude) << name;
    EXPECT_EQ(a.geonames_id, b.geonames_id) << name;
    EXPECT_EQ(a.precision, b.precision) << name;
    EXPECT_EQ(text.value()->lookup(name).size(), idx.value()->lookup(name).size()) << name;
    EXPECT_EQ(text.value()->is_place_name(name), idx.value()->is_place_name(name)) << name;
  }
  EXPECT_EQ(idx.value()->country_code("Syrian"), "SY");
  EXPECT_EQ(idx.value()->country_name("UA"), "Ukraine");
}

TEST_F(GazetteerIndex, AnalystsRulesApplyOverTheIndex) {
  // places.lex is read after the index, so an analyst's place needs no re-index.
  const auto rules = dir_ / "places";
  std::filesystem::create_directories(rules);
  for (const auto& e : std::filesystem::directory_iterator(kPlaces))
    std::filesystem::copy_file(e.path(), rules / e.path().filename());
  {
    std::ofstream out(rules / "places.lex", std::ios::app);
    out << "\n[place Frontline Outpost Seven]\ncountry = UA\nadmin1 = Donetsk\nlat = 48.5\nlon = 37.9\n";
  }
  auto g = Gazetteer::load(rules, index_);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g.value()->index_note(), "index " + index_.string());
  EXPECT_EQ(resolve_with(*g.value(), "Frontline Outpost Seven").admin1, "Donetsk");
}

TEST_F(GazetteerIndex, StaleOrDamagedIndexIsIgnoredNotTrusted) {
  // A places.tsv.gz with other bytes: the index was not made from it.
  const auto rules = dir_ / "places";
  std::filesystem::create_directories(rules);
  for (const char* lex : {"admin1.lex", "countries.lex", "stop_words.lex", "common_words.lex", "places.lex"})
    std::ofstream(rules / lex) << "# empty\n";
  for (const char* lex : {"names.lex", "namesakes.lex"}) std::filesystem::copy_file(kPlaces / lex, rules / lex);
  {
    gzFile gz = gzopen((rules / "places.tsv.gz").string().c_str(), "wb");
    ASSERT_NE(gz, nullptr);
    const std::string text =
        "H\tsalvo-gazetteer\t2\t1\t0\nC\tUA\tUkraine\t690791\t49\t32\n"
        "P\t703448\tKyiv\t50.45466\t30.5238\tUA\t12\tPPLC\t2797553\t\t\t\n";
    gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
    gzclose(gz);
  }
  auto stale = Gazetteer::load(rules, index_);
  ASSERT_TRUE(stale.ok()) << stale.status().message();
  EXPECT_EQ(stale.value()->size(), 1u);
  EXPECT_NE(stale.value()->index_note().find("ignored: made from a different places.tsv.gz"), std::string::npos)
      << stale.value()->index_note();

  // Cut short, or not an index at all: the text is parsed instead.
  const auto cut = dir_ / "cut.idx";
  std::filesystem::copy_file(index_, cut);
  std::filesystem::resize_file(cut, std::filesystem::file_size(cut) / 2);
  auto g = Gazetteer::load(kPlaces, cut);
  ASSERT_TRUE(g.ok());
  EXPECT_NE(g.value()->index_note().find("ignored: damaged"), std::string::npos) << g.value()->index_note();
  EXPECT_EQ(resolve_with(*g.value(), "Kryvyi Rih").admin1, "Dnipropetrovsk");
  {
    std::ofstream out(dir_ / "junk.idx");
    out << "hello";
  }
  auto junk = Gazetteer::load(kPlaces, dir_ / "junk.idx");
  ASSERT_TRUE(junk.ok());
  EXPECT_NE(junk.value()->index_note().find("ignored: not a salvo gazetteer index"), std::string::npos);
  auto none = Gazetteer::load(kPlaces, dir_ / "missing.idx");
  ASSERT_TRUE(none.ok());
  EXPECT_NE(none.value()->index_note().find("ignored"), std::string::npos);
}

TEST_F(GazetteerIndex, OutOfRangeRecordIsRefused) {
  // Flip the country of the first place record to a huge value: refused, not
  // followed out of bounds. (The header says where the records are.)
  std::string bytes;
  {
    std::ifstream in(index_, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  // Header: magic[8], 8 x u32, u64 key_check, u64 file_size, u64 stamp_len, stamp[64], then
  // the section table, the place references' {u64 offset, u64 count} first.
  ASSERT_GT(bytes.size(), 144u);
  std::uint64_t refs = 0;
  std::memcpy(&refs, bytes.data() + 128, sizeof refs);  // first place reference
  ASSERT_LT(refs + 12, bytes.size());
  // RecRef: u32 name_off, u16 name_len, u16 country, u16 admin1, u16 admin2
  bytes[refs + 6] = static_cast<char>(0xFE);
  bytes[refs + 7] = static_cast<char>(0xFE);
  const auto bad = dir_ / "bad.idx";
  {
    std::ofstream out(bad, std::ios::binary);
    out << bytes;
  }
  auto g = Gazetteer::load(kPlaces, bad);
  ASSERT_TRUE(g.ok());
  EXPECT_NE(g.value()->index_note().find("ignored: damaged (place record)"), std::string::npos)
      << g.value()->index_note();
}

// The index with one table changed: section k of the header's table
// (refs, geo, parents, arena, slots, keys, post, ids, by_id, id_top, meta).
class GazetteerIndexDamage : public GazetteerIndex {
 protected:
  struct Section {
    std::uint64_t offset, count;
  };
  void SetUp() override {
    GazetteerIndex::SetUp();
    std::ifstream in(index_, std::ios::binary);
    bytes_.assign(std::istreambuf_iterator<char>(in), {});
  }
  Section section(int k) const {
    Section s{};
    std::memcpy(&s, bytes_.data() + 128 + 16 * k, sizeof s);
    return s;
  }
  template <typename T>
  T get(std::uint64_t at) const {
    T v;
    std::memcpy(&v, bytes_.data() + at, sizeof v);
    return v;
  }
  template <typename T>
  void put(std::uint64_t at, T v) {
    std::memcpy(bytes_.data() + at, &v, sizeof v);
  }
  // Loads the changed index; its note.
  std::string load_note(std::shared_ptr<const Gazetteer>* out = nullptr) {
    const auto file = dir_ / "changed.idx";
    {
      std::ofstream f(file, std::ios::binary | std::ios::trunc);
      f << bytes_;
    }
    auto g = Gazetteer::load(kPlaces, file);
    EXPECT_TRUE(g.ok());
    if (!g.ok()) return "";
    if (out) *out = g.value();
    return g.value()->index_note();
  }
  std::string bytes_;
};

TEST_F(GazetteerIndexDamage, EveryTableALookupFollowsIsChecked) {
  const std::string original = bytes_;
  auto expect_refused = [&](const char* what) {
    const std::string note = load_note();
    EXPECT_NE(note.find(std::string("ignored: damaged (") + what + ")"), std::string::npos) << note;
    bytes_ = original;
  };
  // A slot naming a key past the end.
  const auto slots = section(4);
  std::uint64_t used = 0;
  for (std::uint64_t i = 0; i < slots.count; ++i)
    if (get<std::uint32_t>(slots.offset + 8 * i + 4) != 0) {
      used = slots.offset + 8 * i + 4;
      break;
    }
  ASSERT_NE(used, 0u);
  put<std::uint32_t>(used, 0xFFFFFFFFu);
  expect_refused("slot");
  // No empty slot: a probe for a missing name would never end.
  for (std::uint64_t i = 0; i < slots.count; ++i)
    if (get<std::uint32_t>(slots.offset + 8 * i + 4) == 0) put<std::uint32_t>(slots.offset + 8 * i + 4, 1);
  expect_refused("slot");
  // A key's run going backwards, or past the places listed.
  const auto keys = section(5);
  put<std::uint32_t>(keys.offset + 4, 0xFFFFFFF0u);
  expect_refused("key runs");
  put<std::uint32_t>(keys.offset + 8 * (keys.count - 1) + 4, 0xFFFFFFF0u);
  expect_refused("key runs");
  // A posting naming a place past the end.
  put<std::uint32_t>(section(6).offset, 0xFFFFFFFFu);
  expect_refused("posting");
  // A name past the arena.
  put<std::uint32_t>(section(0).offset, 0xFFFFFF00u);
  expect_refused("place record");
  // A neighbourhood's city name past the arena, or parents out of order.
  const auto parents = section(2);
  ASSERT_GT(parents.count, 1u);
  put<std::uint32_t>(parents.offset + 4, 0xFFFFFF00u);
  expect_refused("parent");
  put<std::uint32_t>(parents.offset, get<std::uint32_t>(parents.offset + 12));
  expect_refused("parent");
  // A header cut short.
  bytes_.resize(100);
  expect_refused("truncated");
}

TEST_F(GazetteerIndexDamage, AScrambledIdOrderStillFindsPreferredNames) {
  // ids, by_id and id_top only speed up places.lex's preferred names: wrong
  // ones are caught where they are used, and the place is found by a scan.
  for (int k : {7, 8, 9}) {
    const auto sec = section(k);
    const std::size_t width = k == 8 ? 4 : 8;
    for (std::uint64_t i = 0; i < sec.count * width; ++i) bytes_[sec.offset + i] = static_cast<char>(i * 131 % 251);
  }
  std::shared_ptr<const Gazetteer> g;
  EXPECT_EQ(load_note(&g).rfind("index ", 0), 0u);
  ASSERT_TRUE(g);
  auto text = Gazetteer::load(kPlaces);
  ASSERT_TRUE(text.ok());
  for (const char* name : {"Khan Younis", "Khan Yunis", "Nuseirat", "Jabalia", "Deir al-Balah", "Gaza City"}) {
    const Location a = resolve_with(*text.value(), name), b = resolve_with(*g, name);
    EXPECT_EQ(a.name, b.name) << name;
    EXPECT_EQ(a.geonames_id, b.geonames_id) << name;
  }
  EXPECT_EQ(resolve_with(*g, "Khan Yunis").name, "Khan Younis");
}

TEST(GazetteerRules, MissingDirectoryIsAnError) {
  auto g = Gazetteer::load(std::filesystem::path(SALVO_SOURCE_DIR) / "no-such-dir");
  EXPECT_FALSE(g.ok());
}

}  // namespace
}  // namespace salvo
