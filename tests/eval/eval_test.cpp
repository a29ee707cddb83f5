// Tests of the evaluator: matching, scoring, floors and the `salvo eval` CLI,
// on small hand-made gold/prediction pairs (never on the real gold set).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "eval/eval.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace salvo;
using namespace salvo::eval;

namespace {

json gold_event(const std::string& type, const std::string& place, double lat, double lon,
                const std::string& date) {
  return {{"event_type", type},
          {"weapon", "missile"},
          {"actor", "Russia"},
          {"target_type", "residential"},
          {"location", {{"name", place}, {"country", "UA"}, {"admin1", "Dnipropetrovsk"},
                        {"latitude", lat}, {"longitude", lon}}},
          {"date", date},
          {"date_precision", "day"},
          {"killed", {{"min", 1}, {"max", nullptr}}},
          {"injured", {{"min", 11}, {"max", nullptr}}},
          {"outcome", "hit"}};
}

json gold_doc(const std::string& id, const std::string& split, json events) {
  return {{"id", id},
          {"text", "Russian missiles struck Kryvyi Rih on Monday. Two people were hurt."},
          {"date", "2023-07-31"},
          {"split", split},
          {"origin", "team"},
          {"events", std::move(events)}};
}

GoldDoc parse_gold(const json& j) {
  auto g = gold_doc_from_json(j);
  EXPECT_TRUE(g.ok()) << g.status().message();
  return g.value();
}

// A prediction equal to the gold event (as salvo would write it).
Event pred_from(const Event& g) {
  Event p = g;
  p.location->surface = p.location->name;
  p.location->precision = LocationPrecision::exact;
  return p;
}

const json kKr = gold_event("shelling_artillery_missile", "Kryvyi Rih", 47.9105, 33.3918, "2023-07-31");

}  // namespace

TEST(FoldName, CaseDiacriticsApostrophesHyphens) {
  EXPECT_EQ(fold_name("Kryvyi Rih"), fold_name("kryvyi-rih"));
  EXPECT_EQ(fold_name("Dnipró"), "dnipro");
  EXPECT_EQ(fold_name("Kam’yanske"), fold_name("Kam'yanske"));
  EXPECT_EQ(fold_name("  Khan  Younis "), "khan younis");
  EXPECT_NE(fold_name("Kharkiv"), fold_name("Kherson"));
}

TEST(FoldAdmin1, SuffixesButNotCity) {
  EXPECT_EQ(fold_admin1("Donetsk Oblast"), fold_admin1("Donetsk"));
  EXPECT_EQ(fold_admin1("Al Anbar"), fold_admin1("Anbar Governorate"));
  EXPECT_NE(fold_admin1("Kyiv City"), fold_admin1("Kyiv"));
}

Location loc(const std::string& name, const std::string& admin1, LocationPrecision precision) {
  Location l;
  l.name = name;
  l.country = "UA";
  l.admin1 = admin1;
  l.precision = precision;
  return l;
}

TEST(PlaceMatch, NameSurfaceCoordinatesRegion) {
  Location g = loc("Kryvyi Rih", "Dnipropetrovsk", LocationPrecision::exact);
  g.latitude = 47.9105;
  g.longitude = 33.3918;
  Location p = g;
  p.name = "Krivoy Rog";
  p.surface = "Kryvyi Rih";
  p.latitude.reset();
  p.longitude.reset();
  EXPECT_TRUE(place_matches(g, p)) << "gold name among the predicted surface";
  p.surface = "Krivoy Rog";
  EXPECT_FALSE(place_matches(g, p)) << "different names, no coordinates";
  p.latitude = 47.95;  // ~4.4 km north
  p.longitude = 33.3918;
  EXPECT_TRUE(place_matches(g, p)) << "within 10 km";
  p.latitude = 48.01;  // ~11 km north
  EXPECT_FALSE(place_matches(g, p)) << "just over 10 km";
  EXPECT_FALSE(place_matches(g, std::nullopt));

  // GeoNames' spelling of the place output names in English: still the same place.
  Location gj = loc("Janīn", "West Bank", LocationPrecision::exact);
  Location pj = loc("Jenin", "West Bank", LocationPrecision::exact);
  pj.surface = "Jenin";
  EXPECT_FALSE(place_matches(gj, pj)) << "two spellings, nothing to tie them";
  pj.geonames_name = "Janīn";
  EXPECT_TRUE(place_matches(gj, pj)) << "gold in GeoNames' spelling";
  pj.geonames_name.clear();
  gj.geonames_id = 283506;
  pj.geonames_id = 283506;
  EXPECT_TRUE(place_matches(gj, pj)) << "same GeoNames id";
  pj.geonames_id = 169189;
  EXPECT_FALSE(place_matches(gj, pj)) << "another place of the name";

  Location gr = loc("Donetsk Oblast", "Donetsk", LocationPrecision::admin1);
  Location pr = loc("Donetsk", "Donetsk Oblast", LocationPrecision::admin1);
  EXPECT_TRUE(place_matches(gr, pr)) << "both region-level, same admin1";
  pr.precision = LocationPrecision::exact;
  EXPECT_FALSE(place_matches(gr, pr)) << "the city is not the region";
}

TEST(DayMatch, ByGoldPrecision) {
  EventDate g{"2023-07-31", DatePrecision::day, ""};
  EXPECT_TRUE(day_matches(g, {"2023-07-31", DatePrecision::day, ""}));
  EXPECT_FALSE(day_matches(g, {"2023-07-30", DatePrecision::day, ""}));
  EXPECT_FALSE(day_matches(g, {"", DatePrecision::unknown, ""}));
  EventDate w{"2023-07-24", DatePrecision::week, ""};
  EXPECT_TRUE(day_matches(w, {"2023-07-30", DatePrecision::day, ""}));
  EXPECT_FALSE(day_matches(w, {"2023-07-31", DatePrecision::day, ""}));
  EventDate m{"2023-07-01", DatePrecision::month, ""};
  EXPECT_TRUE(day_matches(m, {"2023-07-31", DatePrecision::day, ""}));
  EXPECT_FALSE(day_matches(m, {"2023-08-01", DatePrecision::day, ""}));
  EventDate u{"2023-07-31", DatePrecision::unknown, ""};
  EXPECT_TRUE(day_matches(u, {"2023-07-02", DatePrecision::day, ""}));
}

TEST(GoldFormat, RejectsBadDocuments) {
  json j = gold_doc("a", "dev", json::array({kKr}));
  EXPECT_TRUE(gold_doc_from_json(j).ok());
  json bad = j;
  bad["split"] = "train";
  EXPECT_FALSE(gold_doc_from_json(bad).ok());
  bad = j;
  bad["events"][0]["date"] = "31 July";
  EXPECT_FALSE(gold_doc_from_json(bad).ok());
  bad = j;
  bad["events"][0]["weapon"] = "missiles";
  EXPECT_FALSE(gold_doc_from_json(bad).ok()) << "closed list";
  bad = j;
  bad["events"][0]["killed"] = {{"min", 5}, {"max", 2}};
  EXPECT_FALSE(gold_doc_from_json(bad).ok()) << "max below min";
  bad = j;
  bad.erase("id");
  EXPECT_FALSE(gold_doc_from_json(bad).ok());
  const GoldDoc g = parse_gold(j);
  ASSERT_EQ(g.events.size(), 1u);
  EXPECT_EQ(g.events[0].killed, (Count{1, std::nullopt}));
  EXPECT_EQ(g.events[0].target.type, TargetType::residential);
  EXPECT_EQ(g.doc.published->iso(), "2023-07-31");
}

// The committed gold set loads, keeps the composition promised in
// tests/gold/README.md, and every event passes the closed-list checks.
TEST(GoldSet, LoadsWithPromisedComposition) {
  std::vector<GoldDoc> all;
  for (const auto& entry : fs::directory_iterator(fs::path(SALVO_SOURCE_DIR) / "tests" / "gold")) {
    if (entry.path().extension() != ".jsonl") continue;
    auto g = load_gold(entry.path().string());
    ASSERT_TRUE(g.ok()) << g.status().message();
    for (auto& d : g.value()) all.push_back(std::move(d));
  }
  std::map<std::string, int> origins, splits;
  std::set<std::string> ids, types, weapons;
  int negatives = 0;
  for (const auto& d : all) {
    EXPECT_TRUE(ids.insert(d.doc.id).second) << "duplicate id " << d.doc.id;
    ++origins[d.origin.substr(0, d.origin.find(':'))];
    ++splits[d.split];
    if (d.events.empty()) ++negatives;
    for (const auto& e : d.events) {
      types.emplace(to_string(e.event_type));
      weapons.emplace(to_string(e.weapon));
    }
  }
  EXPECT_GE(all.size(), 200u);
  EXPECT_GE(origins["ucdp"], 35);
  EXPECT_GE(origins["team"], 60);
  EXPECT_EQ(origins["seed"], 1);
  EXPECT_GE(origins["notes"], 50);     // analysts' notes
  EXPECT_GE(origins["articles"], 24);  // full-length articles
  EXPECT_GE(negatives, 35);
  EXPECT_NEAR(splits["dev"], splits["test"], 4);
  EXPECT_EQ(types.size(), 5u) << "every event_type is covered";
  EXPECT_EQ(weapons.size(), 10u) << "every weapon is covered";
}

TEST(Evaluate, PerfectMatch) {
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  std::map<std::string, std::vector<Event>> pred{{"a", {pred_from(g.events[0])}}};
  const Report r = evaluate({g}, pred, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fp, 0);
  EXPECT_EQ(s.fn, 0);
  EXPECT_DOUBLE_EQ(s.f1(), 1.0);
  for (const auto& f : field_names()) {
    EXPECT_EQ(s.fields.at(f).correct, 1) << f;
    EXPECT_EQ(s.fields.at(f).total, 1) << f;
  }
  EXPECT_TRUE(r.errors.empty());
}

TEST(Evaluate, FalsePositiveAndFalseNegative) {
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  Event wrong_day = pred_from(g.events[0]);
  wrong_day.date.value = "2023-07-30";
  wrong_day.evidence.push_back({0, 10, "Russian missiles struck Kryvyi Rih on Sunday."});
  const Report r = evaluate({g}, {{"a", {wrong_day}}}, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.tp, 0);
  EXPECT_EQ(s.fp, 1);
  EXPECT_EQ(s.fn, 1);
  EXPECT_DOUBLE_EQ(s.precision(), 0.0);
  EXPECT_DOUBLE_EQ(s.f1(), 0.0);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].kind, "FN");
  EXPECT_NE(r.errors[0].sentence.find("Kryvyi Rih"), std::string::npos);
  EXPECT_EQ(r.errors[1].kind, "FP");
  EXPECT_EQ(r.errors[1].sentence, "Russian missiles struck Kryvyi Rih on Sunday.");

  // A spurious extra event next to a correct one: P = 1/2, R = 1.
  const Report r2 = evaluate({g}, {{"a", {pred_from(g.events[0]), wrong_day}}}, "all");
  EXPECT_DOUBLE_EQ(r2.by_split.at("all").precision(), 0.5);
  EXPECT_DOUBLE_EQ(r2.by_split.at("all").recall(), 1.0);
}

TEST(Evaluate, FieldMismatchCountedOnMatchedPairs) {
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  Event p = pred_from(g.events[0]);
  p.killed = Count{1, 1};
  p.actor.reset();
  p.weapon = Weapon::rocket;
  const Report r = evaluate({g}, {{"a", {p}}}, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fields.at("killed").correct, 0);
  EXPECT_EQ(s.fields.at("actor").correct, 0);
  EXPECT_EQ(s.fields.at("weapon").correct, 0);
  EXPECT_EQ(s.fields.at("injured").correct, 1);
  ASSERT_EQ(r.errors.size(), 3u);
  for (const auto& e : r.errors) EXPECT_EQ(e.kind, "FIELD");
  const std::string listing = format_errors(r);
  EXPECT_NE(listing.find("killed: gold {1,null} | predicted {1,1}"), std::string::npos) << listing;
}

TEST(Evaluate, EventTypeIsScoredOverPlaceDayPairs) {
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  Event p = pred_from(g.events[0]);
  p.event_type = EventType::air_drone_strike;
  const Report r = evaluate({g}, {{"a", {p}}}, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.tp, 0) << "type is part of the event key";
  EXPECT_EQ(s.loose_tp, 1);
  EXPECT_EQ(s.fields.at("event_type").total, 1);
  EXPECT_EQ(s.fields.at("event_type").correct, 0);
}

TEST(Evaluate, LoosePairsPreferTheSameType) {
  // One gold shelling; the extractor made a shelling record (wrong toll) and a
  // drone record (right toll) at the same place and day.
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  Event shell = pred_from(g.events[0]);
  shell.killed = Count{2, 2};
  Event drone = pred_from(g.events[0]);
  drone.event_type = EventType::air_drone_strike;
  const auto loose = match_events(g.events, {drone, shell}, false);
  ASSERT_EQ(loose.size(), 1u);
  EXPECT_EQ(loose[0], (Pair{0, 1}));
  const Report r = evaluate({g}, {{"a", {drone, shell}}}, "all");
  EXPECT_EQ(r.by_split.at("all").fields.at("event_type").correct, 1);
  EXPECT_EQ(r.by_split.at("all").fp, 1);
}

TEST(Evaluate, CoordinateAccuracyOnlyWhereGoldHasCoordinates) {
  json ev = kKr;
  const GoldDoc g1 = parse_gold(gold_doc("a", "dev", json::array({ev})));
  ev["location"]["latitude"] = nullptr;
  ev["location"]["longitude"] = nullptr;
  json d2 = gold_doc("b", "dev", json::array({ev}));
  const GoldDoc g2 = parse_gold(d2);
  Event p1 = pred_from(g1.events[0]);
  p1.location->latitude = 48.2;  // ~32 km away, but the name matches
  const Report r = evaluate({g1, g2}, {{"a", {p1}}, {"b", {pred_from(g2.events[0])}}}, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.tp, 2);
  EXPECT_EQ(s.fields.at("coordinates").total, 1);
  EXPECT_EQ(s.fields.at("coordinates").correct, 0);
  EXPECT_EQ(s.fields.at("location_name").correct, 2);
}

TEST(Evaluate, OneToOneAndDeterministic) {
  // Two gold events at one place and day (different actors); three predictions.
  json a = kKr, b = kKr;
  b["actor"] = "Ukraine";
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({a, b})));
  Event pa = pred_from(g.events[0]), pb = pred_from(g.events[1]), pc = pred_from(g.events[1]);
  pc.weapon = Weapon::unknown;
  const std::vector<Event> preds{pc, pb, pa};
  const auto m = match_events(g.events, preds);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], (Pair{0, 2})) << "the Russia prediction goes to the Russia gold";
  EXPECT_EQ(m[1], (Pair{1, 1})) << "the better of two Ukraine predictions wins";
  EXPECT_EQ(match_events(g.events, preds), m);
}

TEST(Evaluate, NegativeDocsAndSplits) {
  const GoldDoc pos = parse_gold(gold_doc("p", "dev", json::array({kKr})));
  const GoldDoc neg1 = parse_gold(gold_doc("n1", "test", json::array()));
  const GoldDoc neg2 = parse_gold(gold_doc("n2", "test", json::array()));
  std::map<std::string, std::vector<Event>> pred{{"p", {pred_from(pos.events[0])}},
                                                 {"n2", {pred_from(pos.events[0])}}};
  const Report all = evaluate({pos, neg1, neg2}, pred, "all");
  EXPECT_EQ(all.by_split.at("all").docs, 3);
  EXPECT_EQ(all.by_split.at("dev").docs, 1);
  EXPECT_EQ(all.by_split.at("test").docs, 2);
  EXPECT_EQ(all.by_split.at("test").negative_docs.total, 2);
  EXPECT_EQ(all.by_split.at("test").negative_docs.correct, 1);
  EXPECT_EQ(all.by_split.at("all").fp, 1);
  ASSERT_EQ(all.by_origin.size(), 1u);
  EXPECT_EQ(all.by_origin.at("team").docs, 3);
  EXPECT_EQ(all.by_origin.at("team").tp, 1);

  const Report dev = evaluate({pos, neg1, neg2}, pred, "dev");
  EXPECT_EQ(dev.by_split.count("test"), 0u);
  EXPECT_EQ(dev.by_split.at("all").docs, 1);
  EXPECT_DOUBLE_EQ(dev.by_split.at("all").f1(), 1.0);
  const Report test = evaluate({pos, neg1, neg2}, pred, "test");
  EXPECT_EQ(test.by_split.at("all").tp, 0);
  EXPECT_EQ(test.by_split.at("all").fp, 1);
}

TEST(Floors, ParseAndCheck) {
  auto f = floors_from_json(json::parse(R"({"event_f1": 0.5, "fields": {"actor": 0.9}, "_note": "x"})"));
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_FALSE(floors_from_json(json::parse(R"({"event_f2": 0.5})")).ok());
  EXPECT_FALSE(floors_from_json(json::parse(R"({"fields": {"actr": 0.5}})")).ok());
  EXPECT_FALSE(floors_from_json(json::parse(R"({"event_f1": 1.5})")).ok());

  Scores s;
  s.tp = 1;
  s.fp = 1;
  s.fn = 1;  // F1 0.5
  s.fields["actor"] = {8, 10};
  const auto below = check_floors(f.value(), s);
  ASSERT_EQ(below.size(), 1u);
  EXPECT_EQ(below[0], "fields.actor 0.800 < 0.900");
  s.fields["actor"] = {9, 10};
  EXPECT_TRUE(check_floors(f.value(), s).empty());
  s.tp = 0;
  EXPECT_EQ(check_floors(f.value(), s).size(), 1u);
}

TEST(Output, TableAndJson) {
  const GoldDoc g = parse_gold(gold_doc("a", "test", json::array({kKr})));
  const Report r = evaluate({g}, {{"a", {pred_from(g.events[0])}}}, "all");
  const std::string t = format_table(r);
  EXPECT_NE(t.find("event F1"), std::string::npos);
  EXPECT_NE(t.find("100.0% 1/1"), std::string::npos) << t;
  const json j = report_to_json(r);
  EXPECT_DOUBLE_EQ(j["splits"]["test"]["event_f1"].get<double>(), 1.0);
  EXPECT_EQ(j["splits"]["all"]["fields"]["killed"]["correct"].get<int>(), 1);
}

// ---- the CLI ---------------------------------------------------------------

namespace {

struct TempDir {
  fs::path dir;
  TempDir() {
    dir = fs::temp_directory_path() / ("salvo-eval-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& body) const {
    const fs::path p = dir / name;
    std::ofstream(p) << body;
    return p;
  }
};

int run(const std::string& cmd) {
  const int rc = std::system((cmd + " >/dev/null 2>&1").c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace

TEST(Cli, MinFloorsExitThree) {
  TempDir t;
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr})));
  const fs::path gold = t.write("gold.jsonl", gold_doc("a", "dev", json::array({kKr})).dump() + "\n" +
                                                  gold_doc("n", "test", json::array()).dump() + "\n");
  Event p = pred_from(g.events[0]);
  p.actor.reset();
  const fs::path pred = t.write("pred.jsonl", to_json(p).dump() + "\n");
  const fs::path lax = t.write("lax.json", R"({"event_f1": 1.0, "fields": {"killed": 1.0}})");
  const fs::path strict = t.write("strict.json", R"({"event_f1": 1.0, "fields": {"actor": 0.5}})");
  const fs::path typo = t.write("typo.json", R"({"event_f11": 1.0})");
  const std::string base = std::string(SALVO_BINARY) + " eval --gold " + gold.string() + " " + pred.string();
  EXPECT_EQ(run(base), 0);
  EXPECT_EQ(run(base + " --min " + lax.string()), 0);
  EXPECT_EQ(run(base + " --min " + strict.string()), 3);
  EXPECT_EQ(run(base + " --min " + typo.string()), 2);
  EXPECT_EQ(run(base + " --split train"), 2);
  // A shell glob after --gold: several gold files, then the predictions.
  const fs::path gold2 = t.write("gold2.jsonl", gold_doc("b", "test", json::array()).dump() + "\n");
  const std::string globbed = std::string(SALVO_BINARY) + " eval --min " + strict.string() + " --gold " +
                              gold.string() + " " + gold2.string() + " " + pred.string();
  EXPECT_EQ(run(globbed), 3) << "the predictions file was recognised, so actor is scored (and fails)";
  EXPECT_EQ(run(std::string(SALVO_BINARY) + " eval --gold " + gold.string() + " --pred " + pred.string() +
                " --min " + lax.string()),
            0);
  EXPECT_EQ(run(std::string(SALVO_BINARY) + " eval --gold " + pred.string() + " " + pred.string()), 2)
      << "two prediction files and no gold";

  {
    // --json -: stdout is one JSON document and nothing else.
    const fs::path out = t.dir / "stdout.json";
    ASSERT_EQ(std::system((base + " --json - >" + out.string() + " 2>/dev/null").c_str()), 0);
    std::ifstream in(out);
    const json j = json::parse(in, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["splits"]["all"]["tp"].get<int>(), 1);
  }
  const fs::path js = t.dir / "summary.json";
  EXPECT_EQ(run(base + " --split dev --json " + js.string()), 0);
  std::ifstream in(js);
  const json j = json::parse(in);
  EXPECT_EQ(j["splits"]["all"]["documents"].get<int>(), 1);
  EXPECT_EQ(j["splits"]["dev"]["tp"].get<int>(), 1);
  EXPECT_EQ(j["splits"]["all"]["fields"]["actor"]["correct"].get<int>(), 0);
}

// ---- merged gold of two annotators (tests/gold/real/) ------------------------

TEST(MergedGold, OptionalEventIsNeitherTruePositiveNorFalsePositive) {
  json opt = gold_event("air_drone_strike", "Dnipro", 48.4593, 35.0387, "2023-07-31");
  opt["optional"] = true;
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({kKr, opt})));
  ASSERT_EQ(g.events.size(), 1u);
  ASSERT_EQ(g.optional_events.size(), 1u);
  Event hit_opt = pred_from(g.optional_events[0]);
  // Found: the required one is a TP, the optional one is ignored.
  Report r = evaluate({g}, {{"a", {pred_from(g.events[0]), hit_opt}}}, "all");
  EXPECT_EQ(r.by_split.at("all").tp, 1);
  EXPECT_EQ(r.by_split.at("all").fp, 0);
  EXPECT_EQ(r.by_split.at("all").optional_matched, 1);
  // Not found: no false negative for the optional one.
  r = evaluate({g}, {{"a", {pred_from(g.events[0])}}}, "all");
  EXPECT_EQ(r.by_split.at("all").fn, 0);
  // An event on another day matches nothing: a false positive as usual.
  hit_opt.date.value = "2023-07-20";
  r = evaluate({g}, {{"a", {pred_from(g.events[0]), hit_opt}}}, "all");
  EXPECT_EQ(r.by_split.at("all").fp, 1);
  // A document with only optional events is not a document "with no event".
  json only_opt = gold_doc("b", "dev", json::array({opt}));
  r = evaluate({parse_gold(only_opt)}, {}, "all");
  EXPECT_EQ(r.by_split.at("all").negative_docs.total, 0);
}

TEST(MergedGold, FieldAgreesWithEitherAnnotatorsVersion) {
  json ev = kKr;
  ev["alt"] = {{"actor", nullptr}, {"killed", {{"min", 2}, {"max", 2}}}};
  const GoldDoc g = parse_gold(gold_doc("a", "dev", json::array({ev})));
  ASSERT_TRUE(g.alternatives.at(0).has_value());
  Event p = pred_from(g.events[0]);
  p.actor.reset();                 // the alternative's actor
  p.killed = Count{2, 2};          // the alternative's toll
  p.injured = Count{3, 3};         // neither version's
  const Report r = evaluate({g}, {{"a", {p}}}, "all");
  const Scores& s = r.by_split.at("all");
  EXPECT_EQ(s.fields.at("actor").correct, 1);
  EXPECT_EQ(s.fields.at("killed").correct, 1);
  EXPECT_EQ(s.fields.at("injured").correct, 0);
  // A place only the alternative names still matches the event.
  json moved = kKr;
  moved["alt"] = {{"location", {{"name", "Dnipro"}, {"country", "UA"}, {"admin1", "Dnipropetrovsk"},
                               {"latitude", 48.4593}, {"longitude", 35.0387}}}};
  const GoldDoc g2 = parse_gold(gold_doc("a", "dev", json::array({moved})));
  Event at_dnipro = pred_from(*g2.alternatives[0]);
  EXPECT_EQ(evaluate({g2}, {{"a", {at_dnipro}}}, "all").by_split.at("all").tp, 1);
}

TEST(MergedGold, TextsComeFromAnArticlesFileAndAreChecked) {
  const std::string text = "Russian missiles struck Kryvyi Rih on Monday.";
  json doc = gold_doc("a", "dev", json::array({kKr}));
  doc.erase("text");
  doc.erase("date");
  EXPECT_FALSE(gold_doc_from_json(doc).ok()) << "no text and no text_chars";
  doc["text_chars"] = text.size();
  json other = doc;
  other["id"] = "b";
  std::vector<GoldDoc> gold{parse_gold(doc), parse_gold(other)};
  const fs::path path = fs::temp_directory_path() / "salvo_eval_texts.jsonl";
  {
    std::ofstream f(path);
    f << json{{"id", "a"}, {"text", text}, {"date", "2023-07-31"}, {"title", "T"}}.dump() << "\n";
    f << json{{"id", "b"}, {"text", text + " More."}, {"date", "2023-07-31"}}.dump() << "\n";
  }
  const Status st = attach_texts(gold, path.string());
  ASSERT_FALSE(st.ok()) << "b's text has another length";
  ASSERT_EQ(st.diagnostics().size(), 1u);
  EXPECT_NE(st.diagnostics()[0].message.find("document b"), std::string::npos);
  EXPECT_EQ(gold[0].doc.text, text);
  EXPECT_EQ(gold[0].doc.title, "T");
  ASSERT_TRUE(gold[0].doc.published.has_value());
  std::vector<GoldDoc> missing{parse_gold(doc)};
  missing[0].doc.id = "c";
  EXPECT_FALSE(attach_texts(missing, path.string()).ok()) << "c is not in the file";
  fs::remove(path);
}
