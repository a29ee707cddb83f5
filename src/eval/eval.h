// eval/eval.h — scoring extracted events against the gold set.
//
// Owns: the gold-set file format (tests/gold/*.jsonl, described in
// tests/gold/README.md), reading predicted events (salvo's JSONL event
// records), the one-to-one matching of predicted to gold events, the scores
// (event precision/recall/F1, per-field accuracy over matched pairs, accuracy
// on documents with no event), the floors file (`--min`), and the two report
// forms (a table for people, JSON for scripts). docs/EVAL.md is the manual.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/event.h"
#include "core/status.h"

namespace salvo::eval {

// One annotated document of the gold set.
//
// Gold merged from two annotators (tests/gold/real/) has two more kinds of
// value: an event either annotator doubted, or only one marked, is
// *optional* (a prediction that matches it is neither a true nor a false
// positive, and missing it is no false negative); and a required event may
// carry the other annotator's version as an *alternative* (a field agrees
// when it agrees with either version).
struct GoldDoc {
  Document doc;          // id, text, title, url, published
  std::string split;     // "dev" | "test"
  std::string origin;    // "ucdp:<id>" | "team" | "seed" | "real:<source>"
  std::vector<Event> events;                      // required events
  std::vector<std::optional<Event>> alternatives; // same size as events: the other annotator's version, if any
  std::vector<Event> optional_events;
  // Documents whose text lives outside the gold file ("text" absent): the
  // length in code points the text must have, checked by attach_texts().
  std::optional<std::size_t> text_chars;
};

// Parses one gold line (a JSON object). Gold events use the flat gold form:
// "date": "YYYY-MM-DD" + "date_precision", "target_type" (or null); an event
// may have "optional": true and "alt": {fields of the other version}. A
// document may leave out "text" (and "date") when it gives "text_chars": the
// text is then read from a texts file (attach_texts).
Result<GoldDoc> gold_doc_from_json(const nlohmann::json& j);
// Reads a gold JSONL file; errors name the file and line.
Result<std::vector<GoldDoc>> load_gold(const std::string& path);
// Fills in the text (and the title, url and publication date the gold line
// leaves out) of every document that has none, from a JSONL file of articles
// ("id", "text", optional "title", "url", "date"), such as
// ../shared/data/news/news_dev.jsonl. An error names every document that is
// missing from the file or whose text has another length than the gold says.
Status attach_texts(std::vector<GoldDoc>& gold, const std::string& texts_path);
// Reads predicted events (JSONL of event records); grouped by doc_id, in file order.
Result<std::map<std::string, std::vector<Event>>> load_predictions(const std::string& path);

// ---- matching ---------------------------------------------------------------

// Lower-case, Latin diacritics folded, apostrophes dropped, hyphens and runs of
// spaces to one space: "Kryvyi Rih" == "kryvyi-rih", "Dnipró" == "Dnipro".
// Only Latin letters with diacritics are folded; other scripts are kept as is.
std::string fold_name(const std::string& s);
// Region names compared loosely: folded, with a trailing "oblast", "governorate",
// "province", "region", "state", "district" and a leading "al " removed.
std::string fold_admin1(const std::string& s);

inline constexpr double kPlaceRadiusKm = 10.0;

// Place match (docs/EVAL.md): same folded name, or the gold name equals the
// predicted surface, or both have coordinates within 10 km, or both are
// region/country level (precision admin1|country) in the same country and admin1.
bool place_matches(const std::optional<Location>& gold, const std::optional<Location>& pred);
// Day match: exact date if the gold precision is "day" (or empty); within the
// week starting at the gold date for "week"; the same month for "month"; any
// date for "unknown" (the text does not date the strike).
bool day_matches(const EventDate& gold, const EventDate& pred);

// One matched pair (indices into the gold and predicted vectors).
struct Pair {
  std::size_t gold = 0;
  std::size_t pred = 0;
  bool operator==(const Pair&) const = default;
};

// One-to-one matching. strict: event_type, place and day must match (the
// event-level scores); loose: place and day only (used for event_type accuracy
// and to explain type errors). Greedy on a score (number of agreeing fields),
// ties broken by gold index then predicted index: deterministic.
// alternatives: null, or one entry per gold event (its other version, if any):
// a pair may match either version, and scores by the better one.
std::vector<Pair> match_events(const std::vector<Event>& gold, const std::vector<Event>& pred,
                               bool strict = true,
                               const std::vector<std::optional<Event>>* alternatives = nullptr);

// ---- scoring ----------------------------------------------------------------

// The fields scored over matched pairs, in report order.
const std::vector<std::string>& field_names();

// Whether a predicted field agrees with the gold one (field is one of field_names()).
// Returns nullopt when the field is not scored for this pair (coordinates when
// the gold place has none).
std::optional<bool> field_agrees(const std::string& field, const Event& gold, const Event& pred);
// Printable form of a field's value, for error listings.
std::string field_value(const std::string& field, const Event& e);

struct Tally {
  long correct = 0;
  long total = 0;
  double rate() const { return total == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(total); }
};

struct Scores {
  long docs = 0;
  long gold_events = 0;
  long pred_events = 0;
  long tp = 0, fp = 0, fn = 0;
  long loose_tp = 0;            // pairs under the loose matching (place + day)
  long optional_events = 0;     // gold events either annotator doubted (merged gold)
  long optional_matched = 0;    // predictions that matched one: neither TP nor FP
  Tally negative_docs;          // gold docs with no event whose prediction is empty
  std::map<std::string, Tally> fields;
  double precision() const { return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp); }
  double recall() const { return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct ErrorItem {
  std::string kind;    // "FP" | "FN" | "FIELD"
  std::string doc_id;
  std::string split;
  std::string field;   // FIELD only
  std::string gold;    // gold event summary or field value
  std::string pred;    // predicted event summary or field value
  std::string sentence;  // the sentence to look at
};

struct Report {
  std::string split_filter;                // dev | test | all
  std::map<std::string, Scores> by_split;  // "dev", "test" and "all" (as present)
  std::map<std::string, Scores> by_origin; // "ucdp", "team", "seed" (origin before ':')
  std::vector<ErrorItem> errors;
};

// Scores predictions against the gold docs of the chosen split ("dev", "test"
// or "all"). Predictions for documents not in the gold set are ignored.
Report evaluate(const std::vector<GoldDoc>& gold, const std::map<std::string, std::vector<Event>>& pred,
                const std::string& split_filter);

// A one-line description of an event: "shelling_artillery_missile/missile Russia @ Kryvyi Rih 2023-07-31".
std::string summarize(const Event& e);

// ---- output -----------------------------------------------------------------

std::string format_table(const Report& r);
std::string format_errors(const Report& r);
nlohmann::json report_to_json(const Report& r);

// ---- floors -----------------------------------------------------------------

// {"event_precision": x, "event_recall": x, "event_f1": x, "negative_docs": x,
//  "fields": {"actor": x, ...}} — every key optional, values in [0,1]. Unknown
// keys are an error so that a typo cannot silently disable a floor.
struct Floors {
  std::map<std::string, double> top;     // event_precision | event_recall | event_f1 | negative_docs
  std::map<std::string, double> fields;  // field name -> floor
};
Result<Floors> floors_from_json(const nlohmann::json& j);
Result<Floors> load_floors(const std::string& path);
// Figures of `s` below their floor, as "event_f1 0.412 < 0.500" lines.
std::vector<std::string> check_floors(const Floors& f, const Scores& s);

}  // namespace salvo::eval
