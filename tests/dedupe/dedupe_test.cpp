// Tests for dedupe/: the pairwise rule, the merge, and the streaming window,
// on hand-built events (what the extractor would emit for a few articles).
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/geo.h"
#include "dedupe/dedupe.h"

namespace salvo {
namespace {

struct Place {
  const char* name;
  double lat;
  double lon;
  std::int64_t geonames;
  const char* admin1;
};

// Real coordinates (GeoNames) so distances are the real ones.
constexpr Place kKryvyiRih{"Kryvyi Rih", 47.90966, 33.38044, 703845, "Dnipropetrovsk"};
constexpr Place kKramatorsk{"Kramatorsk", 48.72305, 37.55629, 704508, "Donetsk"};
constexpr Place kSloviansk{"Sloviansk", 48.86700, 37.61667, 696008, "Donetsk"};

Location at(const Place& p, LocationPrecision precision = LocationPrecision::exact) {
  Location l;
  l.name = p.name;
  l.surface = p.name;
  l.country = "UA";
  l.admin1 = p.admin1;
  l.latitude = p.lat;
  l.longitude = p.lon;
  l.geonames_id = p.geonames;
  l.precision = precision;
  return l;
}

// By field name, so the test does not depend on Evidence's member list.
Evidence span(std::size_t start, std::size_t end, std::string text) {
  Evidence x;
  x.start = start;
  x.end = end;
  x.text = std::move(text);
  return x;
}

Event strike(const std::string& doc, int n, const Place& place, const std::string& day,
             Weapon weapon = Weapon::missile) {
  Event e;
  e.doc_id = doc;
  e.event_id = doc + "-e" + std::to_string(n);
  e.event_type = weapon == Weapon::drone ? EventType::air_drone_strike : EventType::shelling_artillery_missile;
  e.weapon = weapon;
  e.location = at(place);
  e.date = {day, DatePrecision::day, ""};
  e.outcome = Outcome::hit;
  e.confidence = 0.5;
  e.source_url = "https://news.example/" + doc;
  e.title = "headline of " + doc;
  e.evidence.push_back(span(10, 80, "evidence sentence in " + doc));
  e.rules.push_back("r." + std::string(to_string(e.weapon)));
  return e;
}

std::vector<TracedEvent> run(const std::vector<Event>& in, DedupeOptions opts = {},
                             DedupeMode mode = DedupeMode::merge) {
  Deduplicator dd(opts, mode);
  std::vector<TracedEvent> out;
  for (const auto& e : in)
    for (auto& t : dd.add(e)) out.push_back(std::move(t));
  for (auto& t : dd.finish()) out.push_back(std::move(t));
  return out;
}

std::vector<std::string> source_docs(const Event& e) {
  std::vector<std::string> v;
  for (const auto& s : e.sources) v.push_back(s.doc_id);
  return v;
}

// --- One strike, four articles ------------------------------------------------

// The Kryvyi Rih strike of Monday 2023-07-31 as four outlets reported it.
std::vector<Event> kryvyi_rih_reports() {
  // a: published 07-31, "on Monday", Russia named, 4 killed.
  Event a = strike("a", 1, kKryvyiRih, "2023-07-31");
  a.date.text = "on Monday";
  a.actor = "Russia";
  a.actor_text = "Russian forces";
  a.killed = Count{4, 4};
  a.injured = Count{40, 40};
  a.target = {"a nine-storey apartment building", TargetType::residential};
  a.confidence = 0.6;
  // b: published 08-01, "yesterday" -> 07-31; no actor; toll 6; a point a
  // kilometre off the city's GeoNames point and no GeoNames id.
  Event b = strike("b", 1, kKryvyiRih, "2023-07-31");
  b.date.text = "yesterday";
  b.location->geonames_id.reset();
  b.location->latitude = 47.915;
  b.location->longitude = 33.392;
  b.killed = Count{6, 6};
  b.confidence = 0.8;
  b.rules = {"r.toll", "r.missile"};
  b.evidence.push_back(span(100, 150, "second span in b"));
  // c: absolute date "on 31 July", weapon not named, "at least 5" killed.
  Event c = strike("c", 2, kKryvyiRih, "2023-07-31", Weapon::unknown);
  c.date.text = "on 31 July";
  c.killed = Count{5, std::nullopt};
  c.target = {"", TargetType::unknown};
  c.outcome = Outcome::unknown;
  // d: published 08-01 with no date in the text: precision unknown.
  Event d = strike("d", 1, kKryvyiRih, "2023-08-01");
  d.date.precision = DatePrecision::unknown;
  d.actor = "Russia";
  d.actor_text = "Moscow";
  d.injured = Count{0, 0};
  d.location->precision = LocationPrecision::near;
  return {a, b, c, d};
}

TEST(DedupeMerge, FourArticlesAboutOneStrikeBecomeOneRecordWithEverySource) {
  const auto out = run(kryvyi_rih_reports());
  ASSERT_EQ(out.size(), 1u);
  const Event& m = out[0].event;
  EXPECT_EQ(source_docs(m), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(m.sources[1].event_id, "b-e1");
  EXPECT_EQ(m.sources[2].url, "https://news.example/c");
  EXPECT_EQ(m.event_id, merged_event_id({"d-e1", "c-e2", "b-e1", "a-e1"}));
  EXPECT_EQ(m.event_id.size(), 17u);
  EXPECT_EQ(m.cluster_id, "a-e1");
  EXPECT_EQ(m.doc_id, "a");
  // Casualties: lowest min, highest max; an open bound stays open.
  EXPECT_EQ(m.killed, (Count{4, std::nullopt}));
  EXPECT_EQ(m.injured, (Count{0, 40}));
  // Most precise date and place; the known actor and weapon; max confidence.
  EXPECT_EQ(m.date.value, "2023-07-31");
  EXPECT_EQ(m.date.precision, DatePrecision::day);
  EXPECT_EQ(m.date.text, "on Monday");
  ASSERT_TRUE(m.location.has_value());
  EXPECT_EQ(m.location->geonames_id, 703845);
  EXPECT_EQ(m.location->precision, LocationPrecision::exact);
  EXPECT_EQ(m.actor, "Russia");
  EXPECT_EQ(m.actor_text, "Russian forces");
  EXPECT_EQ(m.weapon, Weapon::missile);
  EXPECT_EQ(m.target.type, TargetType::residential);
  EXPECT_EQ(m.outcome, Outcome::hit);
  EXPECT_DOUBLE_EQ(m.confidence, 0.8);
  EXPECT_EQ(m.rules, (std::vector<std::string>{"r.missile", "r.toll", "r.unknown"}));
  // Evidence: every span, each with its document.
  ASSERT_EQ(m.evidence.size(), 5u);
  ASSERT_EQ(out[0].evidence_docs, (std::vector<std::string>{"a", "b", "b", "c", "d"}));
  EXPECT_EQ(m.evidence[2].text, "second span in b");
  EXPECT_EQ(m.evidence[3].doc_id, "c");  // core's field too, for sinks that write Events
  EXPECT_EQ(out[0].evidence_doc(4), "d");
}

TEST(DedupeMerge, JsonCarriesSourcesCountAndEvidenceDocIds) {
  const auto out = run(kryvyi_rih_reports());
  ASSERT_EQ(out.size(), 1u);
  const auto j = to_json(out[0]);
  EXPECT_EQ(j.at("source_count"), 4);
  EXPECT_EQ(j.at("sources").size(), 4u);
  EXPECT_EQ(j.at("evidence")[3].at("doc_id"), "c");
  EXPECT_EQ(j.at("cluster_id"), "a-e1");
  // And back: the evidence doc ids survive a round trip.
  auto back = traced_event_from_json(j);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value().evidence_docs, out[0].evidence_docs);
  EXPECT_EQ(to_json(back.value()), j);
}

TEST(DedupeMerge, ReDedupingMergedOutputChangesNothing) {
  const auto once = run(kryvyi_rih_reports());
  Deduplicator dd;
  std::vector<TracedEvent> twice;
  for (const auto& t : once)
    for (auto& x : dd.add(t)) twice.push_back(std::move(x));
  for (auto& x : dd.finish()) twice.push_back(std::move(x));
  ASSERT_EQ(twice.size(), once.size());
  EXPECT_EQ(to_json(twice[0]), to_json(once[0]));
}

TEST(DedupeMerge, MergedIdIsOrderIndependentAndSingleIdsAreKept) {
  EXPECT_EQ(merged_event_id({"x", "y", "z"}), merged_event_id({"z", "x", "y"}));
  EXPECT_NE(merged_event_id({"x", "y"}), merged_event_id({"x", "y", "z"}));
  // "a\nb" + "c" must not collide with "a" + "b\nc" style joins of other splits.
  EXPECT_NE(merged_event_id({"ab", "c"}), merged_event_id({"a", "bc"}));
  EXPECT_EQ(merged_event_id({"only"}), "only");
}

TEST(DedupeMerge, CountsFollowTheConflictingReportsRule) {
  Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  Event b = strike("b", 1, kKramatorsk, "2023-06-27");
  a.injured = Count{0, 0};  // "no injuries"
  b.injured = Count{1, 1};  // "injuring one person"
  a.killed.reset();         // a says nothing about deaths
  b.killed = Count{3, 7};
  const auto m = merge_events({{a, {}}, {b, {}}}).event;
  EXPECT_EQ(m.injured, (Count{0, 1}));
  EXPECT_EQ(m.killed, (Count{3, 7}));
  Event c = strike("c", 1, kKramatorsk, "2023-06-27");
  EXPECT_FALSE(merge_events({{c, {}}}).event.killed.has_value());
}

// --- What stays apart -----------------------------------------------------------

TEST(DedupeApart, NeighbouringTownsStayApart) {
  ASSERT_GT(haversine_km(kKramatorsk.lat, kKramatorsk.lon, kSloviansk.lat, kSloviansk.lon), 10.0);
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  const Event b = strike("b", 1, kSloviansk, "2023-06-27");
  EXPECT_FALSE(places_agree(a, b, {}));
  EXPECT_EQ(run({a, b}).size(), 2u);
  // Within max_km they are one place; with a tighter max_km, not.
  Event c = strike("c", 1, kKramatorsk, "2023-06-27");
  c.location->geonames_id = 1;  // another gazetteer entry ~3 km away
  c.location->latitude = kKramatorsk.lat + 0.027;
  EXPECT_TRUE(places_agree(a, c, {}));
  EXPECT_FALSE(places_agree(a, c, {.max_km = 2.0}));
}

TEST(DedupeApart, ConsecutiveDaysStayApart) {
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  const Event b = strike("b", 1, kKramatorsk, "2023-06-28");
  EXPECT_FALSE(dates_agree(a, b, {}));
  EXPECT_EQ(run({a, b}).size(), 2u);
}

TEST(DedupeApart, DifferentWeaponsSameTownSameDayStayApart) {
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27", Weapon::artillery);
  const Event b = strike("b", 1, kKramatorsk, "2023-06-27", Weapon::rocket);
  const Event c = strike("c", 1, kKramatorsk, "2023-06-27", Weapon::drone);
  EXPECT_FALSE(weapons_agree(a, b));
  EXPECT_EQ(run({a, b, c}).size(), 3u);
  // An unnamed weapon is not a different weapon.
  const Event d = strike("d", 1, kKramatorsk, "2023-06-27", Weapon::unknown);
  const auto out = run({a, d});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.weapon, Weapon::artillery);
}

// One truck bombing, typed by one outlet as a suicide bombing and by others as a remote
// explosive: one cluster, of the kind most reports give. An air strike the same day stays apart.
TEST(DedupeMerge, SuicideAndRemoteBombingsOfOnePlaceAndDayAreOneStrike) {
  auto bombing = [](const std::string& doc, EventType type, Weapon weapon) {
    Event e = strike(doc, 1, kKramatorsk, "2023-06-27", weapon);
    e.event_type = type;
    return e;
  };
  const Event a = bombing("a", EventType::suicide_bomb, Weapon::suicide_vest);
  const Event b = bombing("b", EventType::remote_explosive, Weapon::ied);
  const Event c = bombing("c", EventType::remote_explosive, Weapon::unknown);
  const Event d = bombing("d", EventType::air_drone_strike, Weapon::unknown);
  EXPECT_EQ(cluster_key(a), cluster_key(b));
  EXPECT_TRUE(weapons_agree(a, b));
  const auto out = run({a, b, c, d});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(out[0].event.event_type, EventType::remote_explosive);
  EXPECT_EQ(out[0].event.weapon, Weapon::ied);
  EXPECT_EQ(source_docs(out[1].event), (std::vector<std::string>{"d"}));
}

TEST(DedupeApart, UnknownWeaponJoinsOnlyOneOfTwoKnownWeapons) {
  // unknown first, then artillery joins it; rocket then conflicts with the
  // cluster's weapon and starts its own.
  const Event u = strike("u", 1, kKramatorsk, "2023-06-27", Weapon::unknown);
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27", Weapon::artillery);
  const Event r = strike("r", 1, kKramatorsk, "2023-06-27", Weapon::rocket);
  const auto out = run({u, a, r});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"u", "a"}));
  EXPECT_EQ(source_docs(out[1].event), (std::vector<std::string>{"r"}));
}

TEST(DedupeActors, NullAndRussiaMergeRussiaAndUkraineDoNot) {
  Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  Event b = strike("b", 1, kKramatorsk, "2023-06-27");
  a.actor = "Russia";
  EXPECT_TRUE(actors_agree(a, b));
  auto out = run({b, a});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.actor, "Russia");

  b.actor = "Ukraine";
  EXPECT_FALSE(actors_agree(a, b));
  EXPECT_EQ(run({a, b}).size(), 2u);
  // A null-actor report after both joins the first (oldest) cluster only.
  Event c = strike("c", 1, kKramatorsk, "2023-06-27");
  out = run({a, b, c});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"a", "c"}));
}

TEST(DedupeApart, EventsOfOneDocumentNeverMerge) {
  // The extractor already split them: two strikes, not two reports.
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  const Event b = strike("a", 2, kKramatorsk, "2023-06-27");
  EXPECT_FALSE(compatible(a, b, {}));
  EXPECT_EQ(run({a, b}).size(), 2u);
}

TEST(DedupeApart, DifferentTypeOrCountryOrNoPlace) {
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  Event b = strike("b", 1, kKramatorsk, "2023-06-27");
  b.event_type = EventType::remote_explosive;
  EXPECT_FALSE(compatible(a, b, {}));
  Event c = strike("c", 1, kKramatorsk, "2023-06-27");
  c.location->country = "RU";
  EXPECT_FALSE(compatible(a, c, {}));
  Event d = strike("d", 1, kKramatorsk, "2023-06-27");
  Event e = strike("e", 1, kKramatorsk, "2023-06-27");
  d.location.reset();
  e.location.reset();
  EXPECT_FALSE(compatible(d, e, {}));
  EXPECT_EQ(run({d, e}).size(), 2u);
}

// --- Dates of lower precision ---------------------------------------------------

TEST(DedupeDates, WeekMonthAndUnknownCoverTheirDays) {
  const Event day = strike("a", 1, kKramatorsk, "2023-06-27");  // a Tuesday
  Event week = strike("b", 1, kKramatorsk, "2023-06-26");       // its Monday
  week.date.precision = DatePrecision::week;
  EXPECT_TRUE(dates_agree(day, week, {}));
  week.date.value = "2023-06-19";  // the week before
  EXPECT_FALSE(dates_agree(day, week, {}));
  Event month = strike("c", 1, kKramatorsk, "2023-06-01");
  month.date.precision = DatePrecision::month;
  EXPECT_TRUE(dates_agree(day, month, {}));
  month.date.value = "2023-07-01";
  EXPECT_FALSE(dates_agree(day, month, {}));
  // unknown = publication day and the two days before it.
  Event unk = strike("d", 1, kKramatorsk, "2023-06-29");
  unk.date.precision = DatePrecision::unknown;
  EXPECT_TRUE(dates_agree(day, unk, {}));
  EXPECT_FALSE(dates_agree(day, unk, {.unknown_days_back = 1}));
  unk.date.value = "2023-06-26";  // published before the strike
  EXPECT_FALSE(dates_agree(day, unk, {}));
  Event bad = strike("e", 1, kKramatorsk, "2023-06-31");
  EXPECT_FALSE(date_range(bad.date, {}).has_value());
  EXPECT_FALSE(dates_agree(day, bad, {}));
}

TEST(DedupeDates, ClusterKeepsTheCommonDays) {
  // unknown (06-27..06-29) joins the 06-28 report; a 06-27 report then no
  // longer fits the cluster, though it fits the unknown one alone.
  Event unk = strike("u", 1, kKramatorsk, "2023-06-29");
  unk.date.precision = DatePrecision::unknown;
  const Event d28 = strike("a", 1, kKramatorsk, "2023-06-28");
  const Event d27 = strike("b", 1, kKramatorsk, "2023-06-27");
  const auto out = run({unk, d28, d27});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"u", "a"}));
  EXPECT_EQ(out[0].event.date.value, "2023-06-28");
  EXPECT_EQ(out[0].event.date.precision, DatePrecision::day);
}

// --- Places of lower precision --------------------------------------------------

TEST(DedupePlaces, RegionAndCountryCoverThePlacesInside) {
  const Event town = strike("a", 1, kKramatorsk, "2023-06-27");
  Event region = strike("b", 1, kKramatorsk, "2023-06-27");
  region.location->precision = LocationPrecision::admin1;
  region.location->name = "Donetsk Oblast";
  region.location->geonames_id = 709716;
  region.location->latitude = 48.0;
  region.location->longitude = 37.8;
  EXPECT_TRUE(places_agree(town, region, {}));
  const Event other = strike("c", 1, kKryvyiRih, "2023-06-27");
  EXPECT_FALSE(places_agree(other, region, {}));
  Event country = strike("d", 1, kKramatorsk, "2023-06-27");
  country.location->precision = LocationPrecision::country;
  EXPECT_TRUE(places_agree(other, country, {}));
  // Regions that are no admin1 of their own match by name (or GeoNames id).
  Event donbas1 = strike("e", 1, kKramatorsk, "2023-06-27");
  Event donbas2 = strike("f", 1, kKramatorsk, "2023-06-27");
  for (Event* e : {&donbas1, &donbas2}) {
    e->location->precision = LocationPrecision::admin1;
    e->location->admin1.clear();
    e->location->geonames_id.reset();
    e->location->name = "Donbas";
  }
  donbas2.location->name = "DONBAS";
  EXPECT_TRUE(places_agree(donbas1, donbas2, {}));
  EXPECT_FALSE(places_agree(donbas1, town, {}));  // which oblast is unknown
  donbas2.location->name = "Crimea";
  EXPECT_FALSE(places_agree(donbas1, donbas2, {}));
  // The merged record keeps the town.
  const auto out = run({region, town});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.location->name, "Kramatorsk");
}

TEST(DedupePlaces, CoarsePlacesGiveUndatedReportsNoSlack) {
  // "Shelling in eastern Ukraine kills 4" published on two days: with only the
  // country in common, the publication days must be the same.
  Event a = strike("a", 1, kKramatorsk, "2014-10-01");
  Event b = strike("b", 1, kSloviansk, "2014-10-02");
  for (Event* e : {&a, &b}) {
    e->location->precision = LocationPrecision::country;
    e->date.precision = DatePrecision::unknown;
  }
  EXPECT_TRUE(dates_agree(a, b, {}));  // the ranges alone overlap
  EXPECT_FALSE(compatible(a, b, {}));
  EXPECT_EQ(run({a, b}).size(), 2u);
  b.date.value = "2014-10-01";
  EXPECT_TRUE(compatible(a, b, {}));
  // A point-level report the day before does agree with an undated one when
  // the place pins it down, not when only the region does.
  Event c = strike("c", 1, kKramatorsk, "2014-09-30");
  EXPECT_FALSE(compatible(a, c, {}));
  a.location = at(kKramatorsk);
  EXPECT_TRUE(compatible(a, c, {}));
  a.location->precision = LocationPrecision::admin1;
  EXPECT_FALSE(compatible(a, c, {}));
}

TEST(DedupePlaces, CompleteLinkageKeepsTwoTownsApartThroughARegion) {
  // A regional report joins Kramatorsk's cluster; Sloviansk, 16 km away, may
  // not join it even though it agrees with the regional report.
  Event region = strike("r", 1, kKramatorsk, "2023-06-27");
  region.location->precision = LocationPrecision::admin1;
  const Event k = strike("k", 1, kKramatorsk, "2023-06-27");
  const Event s = strike("s", 1, kSloviansk, "2023-06-27");
  const auto out = run({region, k, s});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"r", "k"}));
}

TEST(DedupePlaces, UnresolvedPlacesCompareByName) {
  Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  Event b = strike("b", 1, kKramatorsk, "2023-06-27");
  for (Event* e : {&a, &b}) {
    e->location->latitude.reset();
    e->location->longitude.reset();
    e->location->geonames_id.reset();
    e->location->country.clear();
  }
  b.location->name = "KRAMATORSK";
  EXPECT_TRUE(places_agree(a, b, {}));
  b.location->name = "Druzhkivka";
  EXPECT_FALSE(places_agree(a, b, {}));
}

TEST(DedupePlaces, BestClusterWinsOverOldest) {
  // Two clusters 3 km apart (same article, so kept apart); a report with the
  // second one's GeoNames id joins the second, though both would accept it.
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27");
  Event b = strike("a", 2, kKramatorsk, "2023-06-27");
  b.location->geonames_id = 42;
  b.location->latitude = kKramatorsk.lat + 0.027;
  Event c = b;
  c.doc_id = "c";
  c.event_id = "c-e1";
  const auto out = run({a, b, c});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"a"}));
  EXPECT_EQ(source_docs(out[1].event), (std::vector<std::string>{"a", "c"}));
}

// --- The window -----------------------------------------------------------------

TEST(DedupeWindow, ClustersLeaveWhenTheNewestDateMovesPastTheWindow) {
  Deduplicator dd({.window_days = 3});
  EXPECT_TRUE(dd.add(strike("a", 1, kKramatorsk, "2023-06-01")).empty());
  EXPECT_TRUE(dd.add(strike("b", 1, kKramatorsk, "2023-06-01")).empty());
  EXPECT_TRUE(dd.add(strike("c", 1, kSloviansk, "2023-06-02")).empty());
  // 06-04: 06-01 is exactly 3 days back, still open.
  EXPECT_TRUE(dd.add(strike("d", 1, kKryvyiRih, "2023-06-04")).empty());
  EXPECT_EQ(dd.open_clusters(), 3u);
  // 06-05: the 06-01 cluster leaves, merged from a and b; 06-02 stays.
  auto out = dd.add(strike("e", 1, kKramatorsk, "2023-06-05"));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(dd.add(strike("g", 1, kKramatorsk, "2023-06-05")).empty());  // joins e
  // 06-10: everything older leaves, oldest-created first.
  out = dd.add(strike("f", 1, kKryvyiRih, "2023-06-10"));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"c"}));
  EXPECT_EQ(source_docs(out[1].event), (std::vector<std::string>{"d"}));
  EXPECT_EQ(source_docs(out[2].event), (std::vector<std::string>{"e", "g"}));
  EXPECT_EQ(dd.open_clusters(), 1u);
  out = dd.finish();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(dd.open_clusters(), 0u);
  EXPECT_EQ(dd.stats().events_in, 7u);
  EXPECT_EQ(dd.stats().records_out, 5u);
  EXPECT_EQ(dd.stats().merged_clusters, 2u);
}

TEST(DedupeWindow, AWiderWindowKeepsClustersUntilFinish) {
  Deduplicator dd({.window_days = 10});
  EXPECT_TRUE(dd.add(strike("a", 1, kKramatorsk, "2023-06-01")).empty());
  EXPECT_TRUE(dd.add(strike("f", 1, kKryvyiRih, "2023-06-10")).empty());
  EXPECT_EQ(dd.finish().size(), 2u);
}

TEST(DedupeWindow, LateEventsAreWrittenAloneAndCounted) {
  Deduplicator dd({.window_days = 3});
  EXPECT_TRUE(dd.add(strike("a", 1, kKramatorsk, "2023-06-01")).empty());
  EXPECT_EQ(dd.add(strike("b", 1, kKramatorsk, "2023-06-10")).size(), 1u);  // a leaves
  // b's twin from 06-01 arrives late: a is gone, so it is written alone, at once.
  auto out = dd.add(strike("c", 1, kKramatorsk, "2023-06-01"));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"c"}));
  EXPECT_EQ(dd.stats().late, 1u);
  // An event older than the newest can still join a cluster that is open.
  EXPECT_TRUE(dd.add(strike("d", 1, kKramatorsk, "2023-06-12")).empty());
  EXPECT_TRUE(dd.add(strike("e", 1, kKramatorsk, "2023-06-10")).empty());
  out = dd.finish();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(source_docs(out[0].event), (std::vector<std::string>{"b", "e"}));
}

TEST(DedupeWindow, UndatedEventsPassThroughAlone) {
  Event a = strike("a", 1, kKramatorsk, "");
  Event b = strike("b", 1, kKramatorsk, "");
  Deduplicator dd;
  auto out = dd.add(a);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.cluster_id, "a-e1");
  EXPECT_EQ(out[0].event.sources.size(), 1u);
  EXPECT_EQ(dd.add(b).size(), 1u);
  EXPECT_TRUE(dd.finish().empty());
  EXPECT_EQ(dd.stats().undated, 2u);
}

TEST(DedupeWindow, OpenClustersStayBoundedOnALongSortedStream) {
  // 2,000 days, 5 strikes a day in 5 towns, each reported twice: the number
  // of open clusters never exceeds what (window + 1) days hold.
  Deduplicator dd({.window_days = 3});
  const Place towns[] = {kKramatorsk, kSloviansk, kKryvyiRih, {"Odesa", 46.48, 30.73, 698740, "Odesa"},
                         {"Kharkiv", 49.98, 36.25, 706483, "Kharkiv"}};
  std::size_t written = 0;
  Date d{2020, 1, 1};
  for (int day = 0; day < 2000; ++day, d = d.plus_days(1)) {
    for (int t = 0; t < 5; ++t)
      for (int copy = 0; copy < 2; ++copy) {
        const std::string doc = "d" + std::to_string(day) + "-" + std::to_string(t) + "-" + std::to_string(copy);
        written += dd.add(strike(doc, 1, towns[t], d.iso())).size();
      }
    EXPECT_LE(dd.open_clusters(), 5u * 4u);
  }
  written += dd.finish().size();
  EXPECT_EQ(written, 2000u * 5u);
  EXPECT_EQ(dd.stats().max_open, 5u * 4u);
}

// --- Annotate mode and determinism ----------------------------------------------

TEST(DedupeAnnotate, EveryEventAtOnceInInputOrderWithItsClusterId) {
  auto in = kryvyi_rih_reports();
  in.push_back(strike("z", 1, kSloviansk, "2023-07-31"));
  Deduplicator dd({}, DedupeMode::annotate);
  std::vector<std::string> ids, clusters;
  for (const auto& e : in) {
    auto out = dd.add(e);
    ASSERT_EQ(out.size(), 1u);  // written at once
    ids.push_back(out[0].event.event_id);
    clusters.push_back(out[0].event.cluster_id);
    EXPECT_TRUE(out[0].event.sources.empty());
    EXPECT_EQ(out[0].event.evidence, e.evidence);
  }
  EXPECT_TRUE(dd.finish().empty());
  EXPECT_EQ(ids, (std::vector<std::string>{"a-e1", "b-e1", "c-e2", "d-e1", "z-e1"}));
  EXPECT_EQ(clusters, (std::vector<std::string>{"a-e1", "a-e1", "a-e1", "a-e1", "z-e1"}));
  EXPECT_EQ(dd.stats().merged_clusters, 1u);
}

TEST(DedupeAnnotate, ClusterIdsMatchTheMergedRecords) {
  std::vector<Event> in = kryvyi_rih_reports();
  for (const char* doc : {"p", "q"}) in.push_back(strike(doc, 1, kKramatorsk, "2023-08-01", Weapon::drone));
  in.push_back(strike("s", 1, kSloviansk, "2023-08-01", Weapon::drone));
  const auto merged = run(in);
  const auto annotated = run(in, {}, DedupeMode::annotate);
  ASSERT_EQ(annotated.size(), in.size());
  for (const auto& m : merged)
    for (const auto& src : m.event.sources) {
      const auto it = std::find_if(annotated.begin(), annotated.end(),
                                   [&](const TracedEvent& t) { return t.event.event_id == src.event_id; });
      ASSERT_NE(it, annotated.end());
      EXPECT_EQ(it->event.cluster_id, m.event.cluster_id) << src.event_id;
    }
  EXPECT_EQ(merged.size(), 3u);
}

TEST(DedupeDeterminism, SameInputSameOutputAndOrder) {
  std::vector<Event> in = kryvyi_rih_reports();
  for (int i = 0; i < 6; ++i)
    in.push_back(strike("k" + std::to_string(i), 1, i % 2 ? kKramatorsk : kSloviansk,
                        i < 3 ? "2023-07-31" : "2023-08-01", i % 3 ? Weapon::artillery : Weapon::drone));
  auto dump = [](const std::vector<TracedEvent>& v) {
    std::string s;
    for (const auto& t : v) s += to_json(t).dump() + "\n";
    return s;
  };
  const std::string first = dump(run(in));
  EXPECT_EQ(dump(run(in)), first);
  // Emission order at finish is creation order: the Kryvyi Rih cluster came first.
  const auto out = run(in);
  EXPECT_EQ(out.front().event.cluster_id, "a-e1");
  for (std::size_t i = 1; i < out.size(); ++i) {
    const auto pos = [&](const std::string& id) {
      return std::find_if(in.begin(), in.end(), [&](const Event& e) { return e.event_id == id; }) - in.begin();
    };
    EXPECT_LT(pos(out[i - 1].event.cluster_id), pos(out[i].event.cluster_id));
  }
}

// --- State for checkpoints (salvo extract --resume) ------------------------------

// A stream cut after every event, its state saved as JSON text and restored into a
// new Deduplicator, writes exactly what the uninterrupted one writes, in both modes.
TEST(DedupeState, SavedAndRestoredAtEveryPointGivesTheSameOutput) {
  std::vector<Event> in = kryvyi_rih_reports();
  for (int i = 0; i < 8; ++i)
    in.push_back(strike("k" + std::to_string(i), 1, i % 2 ? kKramatorsk : kSloviansk,
                        "2023-08-0" + std::to_string(1 + i / 2), i % 3 ? Weapon::artillery : Weapon::drone));
  Event undated = strike("u", 1, kSloviansk, "");
  undated.date = {"", DatePrecision::unknown, ""};
  in.insert(in.begin() + 5, undated);
  auto dump = [](const std::vector<TracedEvent>& v) {
    std::string s;
    for (const auto& t : v) s += to_json(t).dump() + "\n";
    return s;
  };
  for (const DedupeMode mode : {DedupeMode::merge, DedupeMode::annotate}) {
    const std::string whole = dump(run(in, {}, mode));
    for (std::size_t cut = 0; cut <= in.size(); ++cut) {
      Deduplicator first({}, mode);
      std::vector<TracedEvent> out;
      for (std::size_t i = 0; i < cut; ++i)
        for (auto& t : first.add(in[i])) out.push_back(std::move(t));
      Deduplicator second({}, mode);
      ASSERT_TRUE(second.restore_state(nlohmann::json::parse(first.save_state().dump())).ok());
      EXPECT_EQ(second.save_state(), first.save_state());
      for (std::size_t i = cut; i < in.size(); ++i)
        for (auto& t : second.add(in[i])) out.push_back(std::move(t));
      for (auto& t : second.finish()) out.push_back(std::move(t));
      EXPECT_EQ(dump(out), whole) << "cut after " << cut << " events";
      EXPECT_EQ(second.stats().records_out, run(in, {}, mode).size());
    }
  }
}

TEST(DedupeState, RefusesAStateOfOtherOptionsOrMode) {
  Deduplicator a({.window_days = 3}, DedupeMode::merge);
  a.add(strike("a", 1, kKramatorsk, "2023-06-27"));
  Deduplicator wider({.window_days = 5}, DedupeMode::merge);
  EXPECT_FALSE(wider.restore_state(a.save_state()).ok());
  Deduplicator annotate({.window_days = 3}, DedupeMode::annotate);
  EXPECT_FALSE(annotate.restore_state(a.save_state()).ok());
  EXPECT_FALSE(annotate.restore_state(nlohmann::json::object()).ok());
}

TEST(DedupeKey, KeyIsTypeAndCountry) {
  const Event a = strike("a", 1, kKramatorsk, "2023-06-27", Weapon::drone);
  EXPECT_EQ(cluster_key(a), "air_drone_strike|UA");
  Event b = a;
  b.location.reset();
  EXPECT_EQ(cluster_key(b), "air_drone_strike|#a-e1");
}

}  // namespace
}  // namespace salvo
