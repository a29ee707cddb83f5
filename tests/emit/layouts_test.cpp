// The ACLED and UCDP layouts: their tables (data/layouts/*.tsv) and the
// mapping of an Event onto ACLED's and UCDP GED's columns.
#include <gtest/gtest.h>

#include <map>

#include "emit/acled_layout.h"
#include "emit/layout_tables.h"
#include "emit/ucdp_layout.h"
#include "sample_events.h"

namespace salvo {
namespace {

const char* kCountries =
    "# comment\n"
    "iso2\tiso3\tiso_numeric\tacled_country\tacled_region\tucdp_country\n"
    "UA\tUKR\t804\tUkraine\tEurope\tUkraine\n"
    "RU\tRUS\t643\tRussia\tEurope\tRussia (Soviet Union)\n"
    "ML\tMLI\t466\tMali\tWestern Africa\tMali\n";
const char* kActors =
    "actor\tsince\tacled_actor\tinter\thome\tucdp_actor\n"
    "(unknown)\t\tUnidentified Armed Group ({country})\t3\t\t\n"
    "(civilians)\t\tCivilians ({country})\t7\t\tCivilians\n"
    "Russia\t\tMilitary Forces of Russia (2000-)\t1\tRU\t\n"
    "Ukraine\t\tMilitary Forces of Ukraine (2014-2019)\t1\tUA\t\n"
    "Ukraine\t2019-05-20\tMilitary Forces of Ukraine (2019-)\t1\tUA\t\n"
    "JNIM\t\tJNIM: Group for Support of Islam and Muslims\t2\t\tJNIM\n";
const char* kTargets =
    "target_type\tactor2\tcivilian_targeting\tucdp_violence\n"
    "civilians\t(civilians)\tCivilian targeting\t3\n"
    "military\t\t\t\n"
    "unknown\t\t\t\n";

LayoutTables tables() {
  auto t = LayoutTables::parse(kCountries, kActors, kTargets);
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(t).value();
}

Event strike() {
  Event e = test::kryvyi_rih_strike(47.9057, 33.394, "Monday");
  e.event_id = "18bc659d462c45da";
  e.target = {"people", TargetType::civilians};
  e.location->admin2 = "Kryvyi Rih Raion";
  e.killed = Count{1, std::nullopt};
  e.injured = Count{11, std::nullopt};
  e.evidence = {{0, 10, "Russian missile attacks have killed at least one person\nand injured more than ten."},
                {11, 20, "Two missiles struck a residential structure."}};
  e.source_url = "https://www.Example.org:8080/news/1?x=y";
  return e;
}

std::map<std::string, std::string> cells(const RowLayout& layout, const Event& e) {
  std::map<std::string, std::string> out;
  const auto row = layout.row(e);
  const auto cols = layout.columns();
  EXPECT_EQ(row.size(), cols.size());
  for (std::size_t i = 0; i < cols.size(); ++i) out[std::string(cols[i].name)] = row[i].text;
  return out;
}

TEST(LayoutTables, ShippedTablesLoad) {
  auto t = LayoutTables::load(SALVO_SOURCE_DIR "/data/layouts");
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_NE(t.value().country("UA"), nullptr);
  EXPECT_EQ(t.value().country("UA")->iso_numeric, 804);
  EXPECT_EQ(t.value().country("UA")->acled_region, "Europe");
  ASSERT_NE(t.value().actor("Russia", parse_iso_date("2024-01-01")), nullptr);
  EXPECT_EQ(t.value().actor("Russia", parse_iso_date("2024-01-01"))->acled_actor, "Military Forces of Russia (2000-)");
  EXPECT_NE(t.value().actor(kUnknownActor, std::nullopt), nullptr);
  EXPECT_NE(t.value().target("civilians"), nullptr);
}

TEST(LayoutTables, EveryBadRowIsReportedWithItsLine) {
  const std::string actors = std::string(kActors) + "Mali\t2021-13-01\tX\t1\tML\t\nMali\t\tX\t9\tML\t\nMali\t\tX\n";
  auto t = LayoutTables::parse(kCountries, actors, kTargets);
  ASSERT_FALSE(t.ok());
  const auto& d = t.status().diagnostics();
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].file, "actors.tsv");
  EXPECT_EQ(d[0].line, 8);
  EXPECT_NE(d[0].message.find("since"), std::string::npos);
  EXPECT_EQ(d[1].line, 9);
  EXPECT_NE(d[1].message.find("inter"), std::string::npos);
  EXPECT_EQ(d[2].line, 10);
  EXPECT_NE(d[2].message.find("expected 6"), std::string::npos);
}

TEST(LayoutTables, WrongHeaderAndUnknownActor2) {
  auto bad_header = LayoutTables::parse("iso\tiso3\n", kActors, kTargets);
  ASSERT_FALSE(bad_header.ok());
  EXPECT_NE(bad_header.status().message().find("header"), std::string::npos);
  auto bad_ref = LayoutTables::parse(kCountries, kActors, std::string(kTargets) + "residential\t(nobody)\t\t\n");
  ASSERT_FALSE(bad_ref.ok());
  EXPECT_NE(bad_ref.status().message().find("(nobody)"), std::string::npos);
}

TEST(LayoutTables, LatestRowSinceTheEventDateWins) {
  const auto t = tables();
  EXPECT_EQ(t.actor("Ukraine", parse_iso_date("2019-05-19"))->acled_actor, "Military Forces of Ukraine (2014-2019)");
  EXPECT_EQ(t.actor("Ukraine", parse_iso_date("2019-05-20"))->acled_actor, "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(t.actor("Ukraine", std::nullopt)->acled_actor, "Military Forces of Ukraine (2014-2019)");
  EXPECT_EQ(t.actor("Nobody", std::nullopt), nullptr);
}

TEST(LayoutTables, FillCountry) {
  EXPECT_EQ(fill_country("Civilians ({country})", "Ukraine"), "Civilians (Ukraine)");
  EXPECT_EQ(fill_country("Civilians ({country})", ""), "Civilians");
  EXPECT_EQ(fill_country("Government of {country}", "Mali"), "Government of Mali");
  EXPECT_EQ(fill_country("Hamas Movement", "Palestine"), "Hamas Movement");
}

TEST(Acled, ColumnsInAcledsOrderAndSpelling) {
  const auto t = tables();
  const auto layout = acled_layout(t, 0);
  std::string names;
  for (const auto& c : layout->columns()) names += std::string(c.name) + ",";
  EXPECT_EQ(names,
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
            "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
            "tags,timestamp,");
}

TEST(Acled, ForeignStateStrikeOnCivilians) {
  const auto t = tables();
  const auto c = cells(*acled_layout(t, 1700000000), strike());
  EXPECT_EQ(c.at("event_id_cnty"), "UKR-salvo-18bc659d462c45da");
  EXPECT_EQ(c.at("event_date"), "2023-07-31");
  EXPECT_EQ(c.at("year"), "2023");
  EXPECT_EQ(c.at("time_precision"), "1");
  EXPECT_EQ(c.at("disorder_type"), "Political violence");
  EXPECT_EQ(c.at("event_type"), "Explosions/Remote violence");
  EXPECT_EQ(c.at("sub_event_type"), "Shelling/artillery/missile attack");
  EXPECT_EQ(c.at("actor1"), "Military Forces of Russia (2000-)");
  EXPECT_EQ(c.at("inter1"), "8");  // a state's forces outside their country
  EXPECT_EQ(c.at("actor2"), "Civilians (Ukraine)");
  EXPECT_EQ(c.at("inter2"), "7");
  EXPECT_EQ(c.at("interaction"), "78");
  EXPECT_EQ(c.at("civilian_targeting"), "Civilian targeting");
  EXPECT_EQ(c.at("iso"), "804");
  EXPECT_EQ(c.at("region"), "Europe");
  EXPECT_EQ(c.at("country"), "Ukraine");
  EXPECT_EQ(c.at("admin1"), "Dnipropetrovsk");
  EXPECT_EQ(c.at("admin2"), "Kryvyi Rih Raion");
  EXPECT_EQ(c.at("location"), "Kryvyi Rih");
  EXPECT_EQ(c.at("latitude"), "47.9057");
  EXPECT_EQ(c.at("longitude"), "33.394");
  EXPECT_EQ(c.at("geo_precision"), "1");
  EXPECT_EQ(c.at("source"), "example.org");
  EXPECT_EQ(c.at("notes"),
            "On 31 July 2023, Russian missile attacks have killed at least one person and injured more than ten. "
            "Two missiles struck a residential structure.");
  EXPECT_EQ(c.at("fatalities"), "1");
  EXPECT_EQ(c.at("tags"), "killed=1+; injured=11+");
  EXPECT_EQ(c.at("timestamp"), "1700000000");
}

TEST(Acled, StateAtHomeUnknownActorAndUnknownToll) {
  const auto t = tables();
  Event e = strike();
  e.actor = "Ukraine";
  e.target = {"", TargetType::military};
  e.killed.reset();
  e.injured = Count{2, 5};
  e.date = {"2023-07-31", DatePrecision::unknown, ""};
  auto c = cells(*acled_layout(t, 0), e);
  EXPECT_EQ(c.at("actor1"), "Military Forces of Ukraine (2019-)");
  EXPECT_EQ(c.at("inter1"), "1");
  EXPECT_EQ(c.at("actor2"), "");
  EXPECT_EQ(c.at("interaction"), "10");
  EXPECT_EQ(c.at("civilian_targeting"), "");
  EXPECT_EQ(c.at("time_precision"), "3");
  EXPECT_EQ(c.at("fatalities"), "0");  // unknown is 0, as ACLED writes it
  EXPECT_EQ(c.at("tags"), "killed=unknown; injured=2-5");
  EXPECT_EQ(c.at("notes").rfind("On or before 31 July 2023, ", 0), 0u);

  e.actor.reset();
  c = cells(*acled_layout(t, 0), e);
  EXPECT_EQ(c.at("actor1"), "Unidentified Armed Group (Ukraine)");
  EXPECT_EQ(c.at("inter1"), "3");

  e.actor = "Some Group Not In The Table";
  c = cells(*acled_layout(t, 0), e);
  EXPECT_EQ(c.at("actor1"), "Some Group Not In The Table");
  EXPECT_EQ(c.at("inter1"), "");
  EXPECT_EQ(c.at("interaction"), "");

  e.location.reset();
  c = cells(*acled_layout(t, 0), e);
  EXPECT_EQ(c.at("event_id_cnty"), "salvo-18bc659d462c45da");
  EXPECT_EQ(c.at("iso"), "");
  EXPECT_EQ(c.at("country"), "");
}

TEST(Acled, Codes) {
  EXPECT_EQ(acled_time_precision(DatePrecision::day), 1);
  EXPECT_EQ(acled_time_precision(DatePrecision::week), 2);
  EXPECT_EQ(acled_time_precision(DatePrecision::month), 3);
  EXPECT_EQ(acled_time_precision(DatePrecision::unknown), 3);
  EXPECT_EQ(acled_time_precision(DatePrecision::none), std::nullopt);
  EXPECT_EQ(acled_interaction(8, 7), 78);
  EXPECT_EQ(acled_interaction(1, 2), 12);
  EXPECT_EQ(acled_interaction(2, std::nullopt), 20);
  EXPECT_EQ(acled_interaction(std::nullopt, 7), std::nullopt);
}

TEST(Acled, UrlHost) {
  EXPECT_EQ(url_host("https://www.bbc.co.uk/news/x"), "bbc.co.uk");
  EXPECT_EQ(url_host("HTTP://user:pw@Example.com:80"), "example.com");
  EXPECT_EQ(url_host("javascript:alert(1)//http://x.org"), "");
  EXPECT_EQ(url_host("ftp://x.org/"), "");
  EXPECT_EQ(url_host(""), "");
}

TEST(Acled, NotesAreCutAtAWordAndKeepValidUtf8) {
  Event e = strike();
  std::string longtext;
  while (longtext.size() < 2 * kNotesLimit) longtext += "Українське слово ";
  e.evidence = {{0, 1, longtext}, {2, 3, "Not reached."}};
  e.date = {"2023-07-03", DatePrecision::week, ""};
  const std::string notes = acled_notes(e);
  EXPECT_EQ(notes.rfind("In the week of 3 July 2023, ", 0), 0u);
  EXPECT_LE(notes.size(), kNotesLimit + 40);
  EXPECT_EQ(notes.substr(notes.size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(notes.find("Not reached"), std::string::npos);
  e.date = {"2023-07-01", DatePrecision::month, ""};
  EXPECT_EQ(acled_notes(e).rfind("In July 2023, ", 0), 0u);
}

TEST(Ucdp, OneSidedStrikeWithTheWeekItHappenedIn) {
  const auto t = tables();
  Event e = strike();
  e.date = {"2023-07-31", DatePrecision::week, ""};
  e.killed = Count{2, 5};
  e.location->district = "Tsentralno-Miskyi";
  e.title = "Missile strike";
  const auto c = cells(*ucdp_layout(t), e);
  EXPECT_EQ(c.at("id"), "18bc659d462c45da");
  EXPECT_EQ(c.at("year"), "2023");
  EXPECT_EQ(c.at("type_of_violence"), "3");
  EXPECT_EQ(c.at("side_a"), "Government of Russia (Soviet Union)");
  EXPECT_EQ(c.at("side_b"), "Civilians");
  EXPECT_EQ(c.at("source_article"), "https://www.Example.org:8080/news/1?x=y");
  EXPECT_EQ(c.at("source_headline"), "Missile strike");
  EXPECT_EQ(c.at("where_description"), "Kryvyi Rih (Tsentralno-Miskyi)");
  EXPECT_EQ(c.at("where_prec"), "1");
  EXPECT_EQ(c.at("adm_1"), "Dnipropetrovsk");
  EXPECT_EQ(c.at("adm_2"), "Kryvyi Rih Raion");
  EXPECT_EQ(c.at("country"), "Ukraine");
  EXPECT_EQ(c.at("date_start"), "2023-07-31");
  EXPECT_EQ(c.at("date_end"), "2023-08-06");
  EXPECT_EQ(c.at("date_prec"), "3");
  EXPECT_EQ(c.at("best"), "2");
  EXPECT_EQ(c.at("low"), "2");
  EXPECT_EQ(c.at("high"), "5");
}

TEST(Ucdp, StateBasedSides) {
  const auto t = tables();
  Event e = strike();
  e.target = {"", TargetType::military};
  e.date = {"2023-02-10", DatePrecision::month, ""};
  e.killed.reset();
  auto c = cells(*ucdp_layout(t), e);
  EXPECT_EQ(c.at("type_of_violence"), "1");
  EXPECT_EQ(c.at("side_a"), "Government of Russia (Soviet Union)");
  EXPECT_EQ(c.at("side_b"), "Government of Ukraine");
  EXPECT_EQ(c.at("date_start"), "2023-02-01");
  EXPECT_EQ(c.at("date_end"), "2023-02-28");
  EXPECT_EQ(c.at("date_prec"), "4");
  EXPECT_EQ(c.at("best"), "0");
  EXPECT_EQ(c.at("high"), "");

  e.actor = "JNIM";  // a group against the army at home: the government is side_a
  e.location->country = "ML";
  c = cells(*ucdp_layout(t), e);
  EXPECT_EQ(c.at("type_of_violence"), "1");
  EXPECT_EQ(c.at("side_a"), "Government of Mali");
  EXPECT_EQ(c.at("side_b"), "JNIM");

  e.target = {"a bridge", TargetType::unknown};  // a group, no armed target: not decidable
  c = cells(*ucdp_layout(t), e);
  EXPECT_EQ(c.at("type_of_violence"), "");
  EXPECT_EQ(c.at("side_a"), "JNIM");
  EXPECT_EQ(c.at("side_b"), "");
}

TEST(Ucdp, PrecisionCodes) {
  EXPECT_EQ(ucdp_where_prec(LocationPrecision::exact), 1);
  EXPECT_EQ(ucdp_where_prec(LocationPrecision::near), 2);
  EXPECT_EQ(ucdp_where_prec(LocationPrecision::admin1), 4);
  EXPECT_EQ(ucdp_where_prec(LocationPrecision::country), 6);
  EXPECT_EQ(ucdp_date_prec(DatePrecision::day), 1);
  EXPECT_EQ(ucdp_date_prec(DatePrecision::week), 3);
  EXPECT_EQ(ucdp_date_prec(DatePrecision::month), 4);
  EXPECT_EQ(ucdp_date_prec(DatePrecision::unknown), 5);
}

}  // namespace
}  // namespace salvo
