// app/cmd_test_rules.cpp — `salvo test-rules`: the rule writer's check that
// the rules still do what their examples say.
//
// Owns: running every `example = ...` sentence written in the rule files (it
// must give at least one event) and every `counter = ...` sentence (it must
// give none), or, given cases files (JSONL lines {"id","date","text","events"}),
// checking that each case gives as many events as it lists, each agreeing with
// the fields it states (kCaseFields). Failures are
// reported compiler-style (file:line: ...) so editors can jump to them.
// docs/RULES.md is the manual.
#include <cctype>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/options.h"
#include "core/date.h"
#include "extract/extractor.h"

namespace salvo::app {

namespace po = boost::program_options;

namespace {

// The publication date every rule example is read against, so that "on
// Monday" or "overnight" resolve the same way on every run (documented in
// docs/RULES.md).
constexpr const char* kReferenceDate = "2024-01-15";

// One event on one line: what an analyst needs to judge it at a glance.
std::string describe(const Event& e) {
  std::ostringstream o;
  o << to_string(e.event_type) << "/" << to_string(e.weapon) << " actor=" << e.actor.value_or("-") << " place=";
  if (e.location) {
    o << (e.location->name.empty() ? e.location->surface : e.location->name);
    if (!e.location->country.empty()) o << " (" << e.location->country << ")";
  } else {
    o << "-";
  }
  o << " date=" << (e.date.value.empty() ? "-" : e.date.value);
  if (e.date.precision != DatePrecision::none) o << " (" << to_string(e.date.precision) << ")";
  o << " killed=" << count_to_string(e.killed) << " injured=" << count_to_string(e.injured);
  o << " rules=";
  for (std::size_t i = 0; i < e.rules.size(); ++i) o << (i ? "," : "") << e.rules[i];
  return o.str();
}

void print_events(const std::vector<Event>& events) {
  for (const auto& e : events) std::cout << "    -> " << describe(e) << "\n";
}

struct Tally {
  int passed = 0;
  int failed = 0;
};

// Runs the examples written in the rule files.
Tally run_rule_examples(const Extractor& ex, const Date& reference, bool verbose) {
  Tally t;
  for (const RuleExampleInfo& x : ex.rule_examples()) {
    Document doc;
    doc.id = x.rule_id;
    doc.text = x.text;
    doc.published = reference;
    doc.origin = x.file + ":" + std::to_string(x.line);
    const std::vector<Event> events = ex.extract(doc);
    const bool ok = x.must_fire ? !events.empty() : events.empty();
    const std::string where = x.file + ":" + std::to_string(x.line) + ": rule " + x.rule_id + ": ";
    if (ok) {
      ++t.passed;
      if (verbose) {
        std::cout << where << (x.must_fire ? "example ok" : "counter ok") << ": \"" << x.text << "\"\n";
        print_events(events);
      }
      continue;
    }
    ++t.failed;
    if (x.must_fire) {
      std::cout << where << "example gave no event: \"" << x.text << "\"\n";
    } else {
      std::cout << where << "counter gave " << events.size() << " event(s): \"" << x.text << "\"\n";
      print_events(events);  // always: the analyst needs to see what fired
    }
  }
  return t;
}

// The fields a case's event may state, compared with the event's JSON (to_json). A location is
// a name (the event's name or surface, case ignored), an object with a "name" (the gold files),
// or null (no location); "country" and "date" are the location's country and the date's value.
const char* const kCaseFields[] = {"event_type", "weapon", "actor", "location", "country",
                                   "date", "killed", "injured", "outcome"};

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

bool location_agrees(const nlohmann::json& want, const nlohmann::json& loc) {
  if (want.is_null()) return loc.is_null();
  if (loc.is_null()) return false;
  const nlohmann::json& name = want.is_object() ? want.value("name", nlohmann::json()) : want;
  if (!name.is_string()) return true;  // an object without a name states nothing here
  const std::string w = lower(name.get<std::string>());
  return (loc["name"].is_string() && lower(loc["name"].get<std::string>()) == w) ||
         (loc["surface"].is_string() && lower(loc["surface"].get<std::string>()) == w);
}

// Every field `want` states agrees with `got` (an event as JSON); the first that does not is
// named in `why`.
bool event_agrees(const nlohmann::json& want, const nlohmann::json& got, std::string& why) {
  for (const char* f : kCaseFields) {
    if (!want.contains(f)) continue;
    const nlohmann::json& w = want[f];
    bool ok = false;
    if (std::string_view(f) == "location") ok = location_agrees(w, got["location"]);
    else if (std::string_view(f) == "country") ok = !got["location"].is_null() && got["location"]["country"] == w;
    else if (std::string_view(f) == "date") ok = got["date"]["value"] == w;
    else ok = got[f] == w;
    if (!ok) {
      why = std::string(f) + " " + w.dump();
      return false;
    }
  }
  return true;
}

// Each listed event must agree with a distinct event found (first fit, in order); returns the
// first that has no partner, described, or "" when all have one.
std::string unmatched_expectation(const nlohmann::json& wanted, const std::vector<Event>& events) {
  std::vector<nlohmann::json> got;
  for (const auto& e : events) got.push_back(to_json(e));
  std::vector<bool> used(got.size(), false);
  for (const auto& w : wanted) {
    std::string why, first_why;
    bool found = false;
    for (std::size_t i = 0; i < got.size() && !found; ++i) {
      if (used[i] || !event_agrees(w, got[i], why)) {
        if (first_why.empty()) first_why = why;
        continue;
      }
      used[i] = found = true;
    }
    if (!found) return "no event with " + (first_why.empty() ? w.dump() : first_why);
  }
  return "";
}

// Runs a cases file; returns false (after reporting) if the file cannot be
// read or a line is not a case.
bool run_cases_file(const Extractor& ex, const std::string& path, const Date& reference, bool verbose, Tally& t) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot read cases file\n";
    return false;
  }
  bool well_formed = true;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(lineno) + ": ";
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string() || !j.contains("events") ||
        !j["events"].is_array()) {
      std::cerr << where << "not a case: expected a JSON object with \"text\" (string) and \"events\" (array)\n";
      well_formed = false;
      continue;
    }
    Document doc;
    doc.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "line-" + std::to_string(lineno);
    doc.text = j["text"].get<std::string>();
    doc.published = reference;
    if (j.contains("date") && j["date"].is_null()) doc.published.reset();  // an undated article
    if (j.contains("date") && j["date"].is_string()) {
      const auto d = parse_iso_date(j["date"].get<std::string>());
      if (!d) {
        std::cerr << where << "case " << doc.id << ": \"date\" is not YYYY-MM-DD\n";
        well_formed = false;
        continue;
      }
      doc.published = *d;
    }
    doc.origin = path + ":" + std::to_string(lineno);
    const std::size_t want = j["events"].size();
    const std::vector<Event> events = ex.extract(doc);
    const std::string mismatch = events.size() == want ? unmatched_expectation(j["events"], events) : "";
    const bool ok = events.size() == want && mismatch.empty();
    ok ? ++t.passed : ++t.failed;
    if (ok && !verbose) continue;
    std::cout << where << "case " << doc.id << ": ";
    if (ok)
      std::cout << want << " event(s) as expected\n";
    else if (events.size() != want)
      std::cout << "expected " << want << " event(s), got " << events.size() << "\n";
    else
      std::cout << mismatch << "\n";
    print_events(events);
  }
  return well_formed;
}

}  // namespace

int cmd_test_rules(const std::vector<std::string>& args) {
  po::options_description opts(
      "salvo test-rules [--rules DIR] [--places DIR] [-v] [CASES.jsonl...]: run the example and counter sentences written\n"
      "in the rule files (an example must give at least one event, a counter none), or, given cases files,\n"
      "check that each case gives as many events as it lists, with the fields it states");
  opts.add_options()("help,h", "show this help")
      ("rules", po::value<std::string>()->default_value(""), "rules directory (default: the rules shipped with salvo)")
      ("places", po::value<std::string>()->default_value(""),
       "gazetteer folder (default: the rules directory's places/), e.g. rules/places for a language folder "
       "tested on its own")
      ("verbose,v", "also show passing sentences and the events each gave")
      ("date", po::value<std::string>()->default_value(kReferenceDate),
       "publication date for rule examples and for cases without \"date\" (relative words such as "
       "'on Monday' resolve against it)");
  po::options_description hidden;
  hidden.add_options()("cases", po::value<std::vector<std::string>>(), "cases files");
  po::variables_map vm;
  if (!parse_options("test-rules", args, opts, hidden, "cases", vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts
              << "\nCases files hold one JSON object a line: {\"id\", \"date\", \"text\", \"events\": [...]}\n"
                 "(tests/extract/cases.jsonl, tests/gold/*.jsonl); the number of events is compared, and each listed\n"
                 "event's event_type, weapon, actor, location, country, date, killed, injured and outcome where it states them.\n"
                 "Exit status: 0 all pass, 1 any fails, 2 the rules do not load or a cases file is unreadable.\n";
    return kExitOk;
  }
  const auto reference = parse_iso_date(vm["date"].as<std::string>());
  if (!reference) {
    std::cerr << "salvo test-rules: --date must be YYYY-MM-DD\n";
    return kExitUsage;
  }
  const bool verbose = vm.count("verbose") > 0;
  const auto dir = find_rules_dir(vm["rules"].as<std::string>());
  auto ex = Extractor::load(
      {.rules_dir = dir, .places_dir = vm["places"].as<std::string>(), .places_index = find_places_index()});
  if (!ex.ok()) {
    const auto& diags = ex.status().diagnostics();
    if (diags.empty()) std::cerr << ex.status().message() << "\n";
    for (const auto& d : diags) std::cerr << d.str() << "\n";
    std::cerr << "salvo test-rules: the rules in " << dir.string() << " do not load ("
              << (diags.empty() ? 1 : diags.size()) << " problem(s)); nothing was tested\n";
    return kExitUsage;
  }
  const Extractor& extractor = *ex.value();

  Tally t;
  if (vm.count("cases")) {
    bool readable = true;
    for (const auto& path : vm["cases"].as<std::vector<std::string>>())
      readable = run_cases_file(extractor, path, *reference, verbose, t) && readable;
    std::cout << t.passed << " passed, " << t.failed << " failed\n";
    if (!readable) return kExitUsage;
  } else {
    t = run_rule_examples(extractor, *reference, verbose);
    const PatternCheck pc = extractor.check_patterns();
    for (const auto& d : pc.failures) std::cout << d.str() << "\n";
    const PatternCheck wc = extractor.check_words(*reference);
    for (const auto& d : wc.failures) std::cout << d.str() << "\n";
    const PatternCheck plc = extractor.check_places();
    for (const auto& d : plc.failures) std::cout << d.str() << "\n";
    std::cout << t.passed << " passed, " << t.failed << " failed (rule examples in " << dir.string() << ")\n";
    std::cout << plc.passed << " passed, " << plc.failures.size() << " failed (place examples)\n";
    std::cout << pc.passed << " passed, " << pc.failures.size() << " failed (context pattern examples)\n";
    std::cout << wc.passed << " passed, " << wc.failures.size() << " failed (word list examples)\n";
    t.passed += pc.passed + wc.passed + plc.passed;
    t.failed += static_cast<int>(pc.failures.size() + wc.failures.size() + plc.failures.size());
  }
  return t.failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace salvo::app
