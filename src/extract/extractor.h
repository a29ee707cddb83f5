// extract/extractor.h — salvo's public interface: documents in, events out.
//
// Owns: loading a rule set (a rules root: its language folders rules/en/, ...,
// plus the gazetteer under rules/places) once, and turning one Document into the events it reports,
// one per strike (actor, kind of attack, place, day), each traceable to its
// sentences and rules. An Extractor is immutable after load() and safe to
// share between threads.
//
//   auto ex = salvo::Extractor::load({.rules_dir = "rules"});
//   if (!ex.ok()) { print(ex.status().diagnostics()); return 2; }
//   for (const salvo::Event& e : ex.value()->extract(doc)) ...
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/status.h"

namespace salvo {

struct ExtractorOptions {
  std::filesystem::path rules_dir;        // required: a rules root (rules/rule_dirs.h)
  bool load_gazetteer = true;             // false: places keep their names only
  // The gazetteer folder; empty: rules_dir/places. Lets a rules root that holds
  // only language folders (a test's, a language in the making) use the shipped places.
  std::filesystem::path places_dir = {};
  // Binary image of the places folder's places.tsv.gz (salvo index-places); used
  // when it matches those bytes, else the text is parsed (Gazetteer::load).
  std::filesystem::path places_index = {};
};

// An example sentence written in a rule file: `example = ...` must give at
// least one event, `counter = ...` must give none (salvo test-rules).
struct RuleExampleInfo {
  std::string file;
  int line = 0;
  std::string rule_id;
  std::string text;
  bool must_fire = true;
};

// A trigger of the text that gave no event, and the rule that decided so
// (salvo extract --explain): a phrase a cue cancelled ("cue.modal"), a mention
// that reports nothing ("event.no_report"), a record dropped in assembly
// ("event.weak_background"), ...
struct Rejection {
  int sentence = 0;      // index of the sentence in the document
  Evidence where;        // that sentence (code points and text, like an event's evidence)
  std::string phrase;    // the trigger phrase, when the sentence step dropped it ("" otherwise)
  std::string rule;      // the rule id
  std::string stage;     // "sentence" or "assembly"
};

// The outcome of running every example and counter of the context patterns
// (*.patterns): each must match (with its capture) or not, as written.
struct PatternCheck {
  int passed = 0;
  std::vector<Diagnostic> failures;  // file:line: pattern ID: what went wrong
};

class Extractor {
 public:
  // Loads and validates every rule file; on failure the Status carries one
  // Diagnostic per problem (all of them, not only the first).
  static Result<std::shared_ptr<const Extractor>> load(const ExtractorOptions& opts);
  virtual ~Extractor() = default;

  virtual std::vector<Event> extract(const Document& doc) const = 0;
  // The same events, and every trigger that gave none with the rule that
  // decided so, in text order (slower: for looking into a few documents).
  virtual std::vector<Event> explain(const Document& doc, std::vector<Rejection>& rejected) const = 0;
  // Content hash of the rule files, for provenance in summaries.
  virtual std::string rules_version() const = 0;
  virtual std::size_t rule_count() const = 0;
  // How the gazetteer was loaded (Gazetteer::index_note), for -v logs.
  virtual std::string gazetteer_note() const = 0;
  // Every example and counter-example written in the rule files, in file order.
  virtual std::vector<RuleExampleInfo> rule_examples() const = 0;
  virtual PatternCheck check_patterns() const = 0;
  // Every example of the word lists (words.lex), read as published on `reference`.
  virtual PatternCheck check_words(const Date& reference) const = 0;
  // Every place example of the gazetteer's places.lex files (Gazetteer::check_examples).
  virtual PatternCheck check_places() const = 0;
};

}  // namespace salvo
