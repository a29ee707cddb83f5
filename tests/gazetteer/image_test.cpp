// tests/gazetteer/image_test.cpp — the text form (resolve/gaz_tsv.h) and the
// binary image (resolve/gaz_image.h) of a place table, on a small
// places.tsv.gz written here: what is read, what an image gives back, and
// what makes an image refused.
#include <gtest/gtest.h>

#include <unistd.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "resolve/gaz_image.h"
#include "resolve/gaz_places.h"
#include "resolve/gaz_text.h"
#include "resolve/gaz_tsv.h"
#include "rules/lexfile.h"

namespace salvo::gaz {
namespace {

namespace fs = std::filesystem;

const char* const kTsv =
    "H\tsalvo-gazetteer\t2\t5\t3\n"
    "C\tPS\tPalestine\t6254930\t31.9\t35.2\n"
    "C\tUA\tUkraine\t690791\t49.0\t32.0\n"
    "A\tPS.GZ\tGaza Strip\t7303877\t31.4\t34.4\n"
    "A\tUA.05\tDonetska Oblast'\t709716\t48.0\t37.8\n"
    "B\tPS.GZ.11184609\tGaza\n"
    "B\tUA.05.1401\tPokrovs’kyi Raion\n"
    "B\tUA.05.1402\tDonets'kyi Raion\n"
    "P\t281133\tGaza\t31.5\t34.46667\tPS\tGZ\tPPLA\t410000\tGhazzah,Gaza City\t\t11184609\n"
    "P\t-281134\tSheikh Radwan\t31.53\t34.46\t\tGZ\tPPLX\t\t\tGaza City\t\n"
    "P\t709716\tDonetsk\t48.023\t37.80224\tUA\t05\tPPLA\t988000\tDonetske\t\t1402\n"
    "P\t28\tAvdiivka\t48.13989\t37.74255\t\t\t\t31000\t\t\t\n"
    "P\t1\tYasynuvata\t48.12917\t37.85\t\t05\tPPLA2\t34000\t\t\t1401\n";

std::string names_lex() {
  std::ifstream in(fs::path(SALVO_SOURCE_DIR) / "rules" / "places" / "names.lex", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

KeyFolder folder(const std::string& text) {
  std::vector<Diagnostic> problems;
  KeyFolder f = KeyFolder::from(parse_lexfile("names.lex", text, problems), problems);
  EXPECT_TRUE(problems.empty());
  return f;
}

class PlaceImage : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salvo_gaz_image_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write_gz(kTsv);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write_gz(const std::string& text) {
    gzFile gz = gzopen(tsv().string().c_str(), "wb");
    ASSERT_NE(gz, nullptr);
    gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
    gzclose(gz);
  }
  fs::path tsv() const { return dir_ / "places.tsv.gz"; }
  fs::path image() const { return dir_ / "places.idx"; }
  fs::path dir_;
};

TEST_F(PlaceImage, TextIsReadWithWhatItLeavesImplicit) {
  PlaceTable t(folder(names_lex()));
  ASSERT_TRUE(read_places_tsv(tsv(), t).ok());
  ASSERT_EQ(t.size(), 5u);
  ASSERT_EQ(t.countries().size(), 2u);
  EXPECT_EQ(t.countries()[0].name, "Palestine");
  // ids are deltas; a place without a country column is in the previous one's
  const Rec avdiivka = t.rec(t.find_key(t.fold().key("Avdiivka")).at(0));
  EXPECT_EQ(avdiivka.id, 709715 + 28);
  EXPECT_EQ(t.countries()[avdiivka.country].iso, "UA");
  EXPECT_EQ(avdiivka.admin1, kNone);  // no admin1 column: none
  const Rec yas = t.rec(t.find_key(t.fold().key("Yasynuvata")).at(0));
  EXPECT_EQ(yas.rank, kRankAdmin2Seat);
  EXPECT_EQ(t.admin1()[yas.admin1].code, "UA.05");
  // a district by its code inside the place's admin1 region; none without a code
  ASSERT_EQ(t.admin2().size(), 3u);
  EXPECT_EQ(t.admin2()[yas.admin2], "Pokrovs’kyi Raion");
  EXPECT_EQ(t.admin2()[t.rec(t.find_key("donetsk").at(0)).admin2], "Donets'kyi Raion");
  EXPECT_EQ(avdiivka.admin2, kNone);
  EXPECT_EQ(t.rec(t.find_key(t.fold().key("Sheikh Radwan")).at(0)).admin2, kNone);
  // alternates find their place; a neighbourhood knows its city
  EXPECT_EQ(t.find_key(t.fold().key("Gaza City")), t.find_key(t.fold().key("Gaza")));
  const std::uint32_t radwan = t.find_key(t.fold().key("Sheikh Radwan")).at(0);
  EXPECT_EQ(t.parent_of(radwan), "Gaza City");
  EXPECT_EQ(t.rec(radwan).id, -1);
  EXPECT_EQ(t.find_id(709715).value_or(99), t.find_key("donetsk").at(0));
  EXPECT_FALSE(t.find_id(42).has_value());
}

TEST_F(PlaceImage, TextMistakesNameTheLine) {
  write_gz("H\tsalvo-gazetteer\t2\t1\t0\nC\tUA\tUkraine\t1\t49\t32\nP\t1\tX\tnorth\t37\tUA\t\t\t\t\t\t\n");
  PlaceTable t(folder(names_lex()));
  const Status st = read_places_tsv(tsv(), t);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "places.tsv.gz:3: bad number in place line");
  write_gz("H\tsalvo-gazetteer\t3\t1\t0\n");
  PlaceTable t2(folder(names_lex()));
  EXPECT_EQ(read_places_tsv(tsv(), t2).message(), "places.tsv.gz:1: unknown gazetteer format");
  // a place line of format 1 (no admin2 column), and a district code no B line names
  write_gz("H\tsalvo-gazetteer\t2\t1\t0\nC\tUA\tUkraine\t1\t49\t32\nA\tUA.05\tDonetsk\t1\t48\t37\n"
           "P\t1\tX\t48\t37\tUA\t05\t\t\t\t\n");
  PlaceTable t3(folder(names_lex()));
  EXPECT_EQ(read_places_tsv(tsv(), t3).message(), "places.tsv.gz:4: place line needs 12 fields");
  write_gz("H\tsalvo-gazetteer\t2\t1\t0\nC\tUA\tUkraine\t1\t49\t32\nA\tUA.05\tDonetsk\t1\t48\t37\n"
           "P\t1\tX\t48\t37\tUA\t05\t\t\t\t\t1401\n");
  PlaceTable t4(folder(names_lex()));
  EXPECT_EQ(read_places_tsv(tsv(), t4).message(), "places.tsv.gz:4: admin2 code without a B line");
}

TEST_F(PlaceImage, RoundTripGivesBackTheSameTable) {
  PlaceTable text(folder(names_lex()));
  ASSERT_TRUE(read_places_tsv(tsv(), text).ok());
  const std::string stamp = source_stamp(tsv());
  ASSERT_FALSE(stamp.empty());
  ASSERT_TRUE(write_image(text, image(), stamp).ok());
  EXPECT_FALSE(fs::exists(image().string() + ".tmp"));

  PlaceTable mapped(folder(names_lex()));
  std::string why;
  ASSERT_TRUE(map_image(image(), stamp, mapped, why)) << why;
  TableCheck check(mapped);
  check.work();
  EXPECT_EQ(check.verdict(), nullptr);

  ASSERT_EQ(mapped.size(), text.size());
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    const Rec a = text.rec(i), b = mapped.rec(i);
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.lat, b.lat);
    EXPECT_EQ(a.lon, b.lon);
    EXPECT_EQ(a.pop, b.pop);
    EXPECT_EQ(a.rank, b.rank);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.admin1, b.admin1);
    EXPECT_EQ(a.admin2, b.admin2);
    EXPECT_EQ(text.name_of(a), mapped.name_of(b));
    EXPECT_EQ(text.parent_of(i), mapped.parent_of(i));
    EXPECT_EQ(text.find_key(text.fold().key(text.name_of(a))), mapped.find_key(mapped.fold().key(mapped.name_of(b))));
    EXPECT_EQ(text.find_id(a.id).value_or(99), mapped.find_id(b.id).value_or(98));
  }
  for (const char* alt : {"Ghazzah", "Gaza City", "Donetske", "al Gaza"})
    EXPECT_EQ(text.find_place(text.fold().key(alt)), mapped.find_place(mapped.fold().key(alt))) << alt;
  ASSERT_EQ(mapped.countries().size(), text.countries().size());
  ASSERT_EQ(mapped.admin1().size(), text.admin1().size());
  for (std::size_t c = 0; c < text.countries().size(); ++c) {
    EXPECT_EQ(mapped.countries()[c].iso, text.countries()[c].iso);
    EXPECT_EQ(mapped.countries()[c].name, text.countries()[c].name);
    EXPECT_EQ(mapped.countries()[c].lat, text.countries()[c].lat);
  }
  for (std::size_t a = 0; a < text.admin1().size(); ++a) {
    EXPECT_EQ(mapped.admin1()[a].code, text.admin1()[a].code);
    EXPECT_EQ(mapped.admin1()[a].gn_name, text.admin1()[a].gn_name);
    EXPECT_EQ(mapped.admin1()[a].country, text.admin1()[a].country);
  }
  EXPECT_EQ(mapped.admin1_by_code("UA.05"), text.admin1_by_code("UA.05"));
  ASSERT_EQ(mapped.admin2().size(), text.admin2().size());
  for (std::size_t a = 0; a < text.admin2().size(); ++a) EXPECT_EQ(mapped.admin2()[a], text.admin2()[a]);

  // A preferred name rewrites the mapped copy, never the file.
  mapped.rename(mapped.find_key("donetsk").at(0), "Donetsk City");
  PlaceTable again(folder(names_lex()));
  ASSERT_TRUE(map_image(image(), stamp, again, why)) << why;
  EXPECT_EQ(again.name_of(again.rec(again.find_key("donetsk").at(0))), "Donetsk");
}

TEST_F(PlaceImage, RefusedWhenMadeFromOtherBytesOrKeys) {
  PlaceTable text(folder(names_lex()));
  ASSERT_TRUE(read_places_tsv(tsv(), text).ok());
  const std::string stamp = source_stamp(tsv());
  ASSERT_TRUE(write_image(text, image(), stamp).ok());
  std::string why;
  PlaceTable other_data(folder(names_lex()));
  EXPECT_FALSE(map_image(image(), stamp + "0", other_data, why));
  EXPECT_EQ(why, "made from a different places.tsv.gz");
  EXPECT_EQ(other_data.size(), 0u);  // nothing taken from a refused image
  // other forms of the article: the stored keys would be wrong
  PlaceTable other_keys(folder("[arabic article]\narticle = al\nash\n"));
  EXPECT_FALSE(map_image(image(), stamp, other_keys, why));
  EXPECT_EQ(why, "made with another key folding (salvo version or names.lex)");
  // other region words do not change keys: the image is good
  std::string more_words = names_lex() + "\n[region words]\nzone\n";
  PlaceTable other_words(folder(more_words));
  EXPECT_TRUE(map_image(image(), stamp, other_words, why)) << why;
}

TEST_F(PlaceImage, DamagedTablesFailTheCheck) {
  PlaceTable text(folder(names_lex()));
  ASSERT_TRUE(read_places_tsv(tsv(), text).ok());
  const std::string stamp = source_stamp(tsv());
  ASSERT_TRUE(write_image(text, image(), stamp).ok());
  std::string bytes;
  {
    std::ifstream in(image(), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  // refs is the first section; its offset is the first of the header's sections
  std::uint64_t refs = 0;
  std::memcpy(&refs, bytes.data() + 128, sizeof refs);
  const std::uint32_t past_arena = 0xFFFFFF00u;
  std::memcpy(bytes.data() + refs, &past_arena, sizeof past_arena);  // place 0's name offset
  std::ofstream(image(), std::ios::binary | std::ios::trunc) << bytes;
  PlaceTable mapped(folder(names_lex()));
  std::string why;
  ASSERT_TRUE(map_image(image(), stamp, mapped, why)) << why;  // the header is fine...
  TableCheck check(mapped);
  check.work();
  EXPECT_STREQ(check.verdict(), "place record");  // ...the tables are not
}

TEST_F(PlaceImage, DistrictOutOfRangeFailsTheCheck) {
  PlaceTable text(folder(names_lex()));
  ASSERT_TRUE(read_places_tsv(tsv(), text).ok());
  const std::string stamp = source_stamp(tsv());
  ASSERT_TRUE(write_image(text, image(), stamp).ok());
  std::string bytes;
  {
    std::ifstream in(image(), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::uint64_t refs = 0;
  std::memcpy(&refs, bytes.data() + 128, sizeof refs);
  const std::uint16_t past_districts = 3;  // the table has 3; kNone (none) would pass
  std::memcpy(bytes.data() + refs + 10, &past_districts, sizeof past_districts);  // place 0's admin2
  std::ofstream(image(), std::ios::binary | std::ios::trunc) << bytes;
  PlaceTable mapped(folder(names_lex()));
  std::string why;
  ASSERT_TRUE(map_image(image(), stamp, mapped, why)) << why;
  TableCheck check(mapped);
  check.work();
  EXPECT_STREQ(check.verdict(), "place record");
}

}  // namespace
}  // namespace salvo::gaz
