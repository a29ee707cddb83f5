// tests/gazetteer/namesakes_test.cpp — choosing among places of one name
// (resolve/gaz_namesakes.h) on a small table built here, with the weights of
// rules/places/namesakes.lex and with changed ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "resolve/gaz_namesakes.h"
#include "resolve/gaz_places.h"
#include "resolve/gaz_text.h"
#include "rules/lexfile.h"

namespace salvo::gaz {
namespace {

const std::filesystem::path kPlaces = std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "places";

std::string shipped_weights_text() {
  std::ifstream in(kPlaces / "namesakes.lex", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// namesakes.lex with one line replaced; its problems as "line: message".
NamesakeWeights weights(const std::string& from = "", const std::string& to = "",
                        std::vector<std::string>* problems = nullptr) {
  std::string text = shipped_weights_text();
  if (!from.empty()) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
  }
  std::vector<Diagnostic> diags;
  NamesakeWeights w = NamesakeWeights::from(parse_lexfile("namesakes.lex", text, diags), diags);
  for (const auto& d : diags) {
    if (problems) problems->push_back(std::to_string(d.line) + ": " + d.message);
    else ADD_FAILURE() << d.str();
  }
  return w;
}

KeyFolder shipped_folder() {
  std::vector<Diagnostic> problems;
  KeyFolder f = KeyFolder::read(kPlaces / "names.lex", problems);
  EXPECT_TRUE(problems.empty());
  return f;
}

class Namesakes : public ::testing::Test {
 protected:
  Namesakes() : t_(shipped_folder()) {
    ua_ = t_.country_index("UA");
    ru_ = t_.country_index("RU");
    sy_ = t_.country_index("SY");
    t_.add_admin1(region("UA.05", ua_, 48.0, 37.8));  // 0: Donetsk
    t_.add_admin1(region("UA.07", ua_, 49.5, 36.5));  // 1: Kharkiv
    t_.add_admin1(region("RU.09", ru_, 50.6, 36.6));  // 2: Belgorod
    t_.add_admin1(region("RU.38", ru_, 45.0, 39.0));  // 3: Krasnodar
    // Testburg: a town in Ukraine and a smaller capital in Russia
    add(101, "Testburg", ua_, 0, 48.1, 37.7, 5000, "PPL");
    add(102, "Testburg", ru_, 2, 50.5, 36.5, 2000, "PPLC");
    // Novoselivka in two Ukrainian regions
    add(201, "Novoselivka", ua_, 0, 48.2, 37.5, 100, "PPL");
    add(202, "Novoselivka", ua_, 1, 49.9, 36.3, 1000, "PPL");
    // Ivanivka at 5, 50 and ~300 km from (48.3, 37.2)
    add(301, "Ivanivka", ua_, 0, 48.345, 37.2, 300, "PPL");
    add(302, "Ivanivka", ua_, 0, 48.75, 37.2, 1000, "PPL");
    add(303, "Ivanivka", ua_, 1, 50.0, 34.5, 50000, "PPL");
    // a big regional seat that lists a smaller town's name among its alternates
    const std::uint32_t k = add(401, "Krasnodar", ru_, 3, 45.04, 38.98, 5000000, "PPLA");
    t_.add_key("Novorossiysk", k);
    add(402, "Novorossiysk", ru_, 3, 44.72, 37.77, 240000, "PPL");
    // equal in every way but the id; and one that is not GeoNames'
    add(502, "Twinville", ua_, 0, 48.0, 37.0, 100, "PPL");
    add(501, "Twinville", ua_, 0, 48.0, 37.0, 100, "PPL");
    add(-601, "Woftown", ua_, 0, 48.0, 37.0, 100, "PPL");
    add(602, "Woftown", ua_, 0, 48.0, 37.0, 100, "PPL");
    t_.freeze();
  }
  static Admin1 region(const char* code, std::uint16_t country, double lat, double lon) {
    Admin1 a;
    a.code = code;
    a.country = country;
    a.lat = lat;
    a.lon = lon;
    return a;
  }
  std::uint32_t add(std::int64_t id, const char* name, std::uint16_t country, std::uint16_t admin1, double lat,
                    double lon, std::uint32_t pop, const char* fcode) {
    Rec r;
    r.id = id;
    r.lat = static_cast<float>(lat);
    r.lon = static_cast<float>(lon);
    r.pop = pop;
    r.country = country;
    r.admin1 = admin1;
    r.rank = feature_rank(fcode);
    return t_.add_base_place(r, name, "");
  }
  // The id of the place chosen for `name`, 0 if none.
  std::int64_t choose(const std::string& name, const Hints& h = {}, std::vector<std::string> context = {},
                      const NamesakeWeights& w = weights()) const {
    PlaceQuery q;
    q.name = name;
    q.context_countries = std::move(context);
    const std::string key = t_.fold().key(name);
    const auto i = choose_namesake(t_, w, t_.find_place(key), key, q, h);
    return i ? t_.rec(*i).id : 0;
  }
  PlaceTable t_;
  std::uint16_t ua_, ru_, sy_;
};

TEST_F(Namesakes, FeatureAndPopulation) {
  // a capital of 2,000 (3.3 + 3) beats a town of 5,000 (3.7)
  EXPECT_EQ(choose("Testburg"), 102);
  // with no weight for capitals, the bigger town
  EXPECT_EQ(choose("Testburg", {}, {}, weights("capital = 3", "capital = 0")), 101);
}

TEST_F(Namesakes, ContextCountries) {
  EXPECT_EQ(choose("Testburg", {}, {"UA"}), 101);        // +4 for the article's first country
  EXPECT_EQ(choose("Testburg", {}, {"SY", "UA"}), 101);  // +3 for another of its countries
  EXPECT_EQ(choose("Testburg", {}, {"SY", "UA"}, weights("other_country = 3", "other_country = 1")), 102);
}

TEST_F(Namesakes, CountryHintIsStrict) {
  Hints h;
  h.country = ua_;
  EXPECT_EQ(choose("Testburg", h), 101);
  h.country = sy_;
  EXPECT_EQ(choose("Testburg", h), 0);  // no namesake there: none, rather than a wrong one
}

TEST_F(Namesakes, RegionHintThenItsBorder) {
  Hints h;
  h.regions = {0};  // Donetsk: the smaller one inside it
  EXPECT_EQ(choose("Novoselivka", h), 201);
  h.regions = {2};  // Belgorod holds none: the one within 100 km of its point (Kharkiv oblast)
  EXPECT_EQ(choose("Novoselivka", h), 202);
  EXPECT_EQ(choose("Novoselivka", h, {}, weights("border_km = 100", "border_km = 50")), 0);
  h.regions = {3};  // Krasnodar: none near
  EXPECT_EQ(choose("Novoselivka", h), 0);
}

TEST_F(Namesakes, NearTheDistrictTown) {
  Hints h;
  Rec town;
  town.lat = 48.3f;
  town.lon = 37.2f;
  h.anchor = town;
  // without the town the biggest wins; with it, the nearest (2.5 + 1.9 over 3.0 + 0.7)
  EXPECT_EQ(choose("Ivanivka"), 303);
  EXPECT_EQ(choose("Ivanivka", h), 301);
  EXPECT_EQ(choose("Ivanivka", h, {}, weights("anchor_bonus = 2", "anchor_bonus = 0")), 302);
}

TEST_F(Namesakes, OwnNameOverAStrayAlternate) {
  // Krasnodar (6.7 + 2 for a regional seat) only lists "Novorossiysk" as an
  // alternate, while the town of 240,000 (5.4 + 1.5 + 0.5) has it as its name
  EXPECT_EQ(choose("Novorossiysk"), 402);
  EXPECT_EQ(choose("Novorossiysk", {}, {}, weights("stray_alternate = -5", "stray_alternate = 0")), 401);
  // the penalty needs an own-name namesake of stray_alternate_population people there
  EXPECT_EQ(choose("Novorossiysk", {}, {},
                   weights("stray_alternate_population = 5000", "stray_alternate_population = 300000")),
            401);
}

TEST_F(Namesakes, TiesAndSources) {
  EXPECT_EQ(choose("Twinville"), 501);  // the same score: the lower id
  EXPECT_EQ(choose("Woftown"), 602);    // a GeoNames row over another source's
  EXPECT_EQ(choose("Woftown", {}, {}, weights("not_geonames = -0.5", "not_geonames = 0")), 602);  // tie: GeoNames
  EXPECT_EQ(choose("Nowhereville"), 0);
}

// The line of namesakes.lex that holds `text`.
int line_of(const std::string& text) {
  const std::string all = shipped_weights_text();
  const std::size_t at = all.find(text);
  return at == std::string::npos ? 0 : 1 + static_cast<int>(std::count(all.begin(), all.begin() + at, '\n'));
}

TEST(NamesakeWeights, EveryWeightOnceAndKnown) {
  std::vector<std::string> p;
  weights("capital = 3", "capital = 3\ncapitol = 1\ncapital = 4", &p);
  weights("lost_place = -2", "lost_place = minus two", &p);
  weights("anchor_km = 75", "", &p);
  const int capital = line_of("capital = 3"), lost = line_of("lost_place = -2");
  ASSERT_GT(capital, 0);
  const std::vector<std::string> expected = {
      std::to_string(capital + 1) + ": unknown weight 'capitol' in [feature]",
      std::to_string(capital + 2) + ": weight 'capital' given twice",
      std::to_string(lost) + ": expected 'lost_place = <number>'",
      "0: missing weight 'lost_place' in [feature]",
      "0: missing weight 'anchor_km' in [hints]",
      "0: anchor_km must be above 0",
  };
  EXPECT_EQ(p, expected);
}

TEST(NamesakeWeights, ShippedFileReadsBack) {
  const NamesakeWeights w = weights();
  EXPECT_EQ(w.rank[kRankCapital], 3.0);
  EXPECT_EQ(w.rank[kRankLost], -2.0);
  EXPECT_EQ(w.own_name, 1.5);
  EXPECT_EQ(w.stray_alternate_population, 5000u);
  EXPECT_EQ(w.anchor_km, 75.0);
}

}  // namespace
}  // namespace salvo::gaz
