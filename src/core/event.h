// core/event.h — the data that flows between stages.
//
// Owns: Document (one article in), Event (one strike out) and their parts, and
// the single JSON form of an Event (to_json / event_from_json), which the JSONL
// writer, the evaluator, the deduplicator and the tests all share. Field
// meanings are the contract in docs/OUTPUT.md and schemas/event.schema.json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/date.h"
#include "core/kinds.h"
#include "core/status.h"

namespace salvo {

struct Document {
  std::string id;
  std::string text;   // valid UTF-8 (readers repair it)
  std::string title;  // optional headline, kept for output only
  std::string url;
  std::optional<Date> published;  // reference for relative dates
  std::string origin;             // "file:line" it came from, for messages
};

// A casualty count: max empty means no upper bound is known.
struct Count {
  int min = 0;
  std::optional<int> max;
  bool operator==(const Count&) const = default;
};

struct Evidence {
  Evidence() = default;
  Evidence(std::size_t s, std::size_t e, std::string t, std::string doc = {})
      : start(s), end(e), text(std::move(t)), doc_id(std::move(doc)) {}
  std::size_t start = 0;  // code points into Document::text
  std::size_t end = 0;
  std::string text;
  std::string doc_id;  // the document the span is in, when it is not the event's (merged events)
  bool operator==(const Evidence&) const = default;
};

struct Location {
  std::string name;        // resolved name (gazetteer) or the text's name
  std::string surface;     // as written in the text
  std::string country;     // ISO 3166-1 alpha-2, "" if unknown
  std::string admin1;      // analysts' short name ("Donetsk", "Kyiv City")
  std::string admin2;      // the district (GeoNames admin2) of a resolved place, "" if none
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::optional<std::int64_t> geonames_id;
  LocationPrecision precision = LocationPrecision::none;
  std::string district;    // neighbourhood / district named, if any
  std::string geonames_name;  // the gazetteer's own spelling ("Janīn" for name "Jenin"); "" if not resolved
  // found by the loose spelling of its name in the article's country (rule place.loose_spelling:
  // "Meles" written for Millis), not under the name as written
  bool loose_spelling = false;
};

struct EventDate {
  std::string value;      // YYYY-MM-DD; "" when nothing dates it (JSON null)
  DatePrecision precision = DatePrecision::none;
  std::string text;       // the expression it came from ("" if none)
};

struct Target {
  std::string text;  // as the text says it ("" if none)
  TargetType type = TargetType::none;  // none: no target; unknown: one the text names without a kind
};

// Where a merged (deduplicated) event came from.
struct Source {
  std::string doc_id;
  std::string event_id;
  std::string url;
};

struct Event {
  std::string event_id;
  std::string doc_id;
  EventType event_type = EventType::air_drone_strike;
  Weapon weapon = Weapon::unknown;
  std::optional<std::string> actor;  // canonical name
  std::string actor_text;            // surface text the actor came from
  Target target;
  std::optional<Location> location;
  EventDate date;
  std::optional<Count> killed;
  std::optional<Count> injured;
  Outcome outcome = Outcome::unknown;
  std::vector<Evidence> evidence;
  std::vector<std::string> rules;  // ids of the rules that fired, sorted
  double confidence = 0.0;
  std::string source_url;
  std::string title;
  std::string cluster_id;        // same value for events judged to be one strike
  std::vector<Source> sources;   // filled by dedupe; empty per article
};

nlohmann::json to_json(const Event& e);
// Appends to_json(e).dump() to `out` without building the json tree (the JSON
// Lines writer's hot path; same bytes, tested against to_json on every event
// of the gold set). Returns false, appending nothing, when a string is not
// valid UTF-8 (callers then use to_json and its replacement handling).
bool append_json(const Event& e, std::string& out);
Result<Event> event_from_json(const nlohmann::json& j);

std::string count_to_string(const std::optional<Count>& c);  // "{1,null}" style, for messages

}  // namespace salvo
