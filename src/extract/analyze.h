// extract/analyze.h — one sentence in, the attacks it mentions out.
//
// Owns: sentence-level reading: triggers (prefiltered with one RE2::Set pass),
// dropping non-events (modal, negated, generic, deliveries, accidents,
// questions), and each mention's arguments: actor (adjacent adjective, passive
// "by X", subject of an attack verb), target, place candidates, date,
// casualties and outcome. It never merges mentions; assemble.h does.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/rulebook.h"
#include "resolve/dates.h"
#include "resolve/gazetteer.h"
#include "resolve/numbers.h"
#include "text/sentences.h"

namespace salvo {

struct SentenceContext {
  // The trigger rules (indexes into Rulebook::prefilter) that may match the
  // sentence, when the caller has already run the prefilter on it; null: the
  // analyzer runs it.
  const std::vector<int>* fired = nullptr;
  std::optional<Date> published;
  bool lead = false;          // headline / first sentences: news, not background
  std::size_t dateline_end = 0;  // bytes of a dateline prefix in this sentence (0 if none)
};

struct SentenceResult {
  std::vector<Mention> mentions;
  std::optional<FollowUp> followup;
  std::vector<FoundDate> dates;  // every date in the sentence
  std::vector<std::pair<std::string, std::string>> countries;  // ISO2 and name of country names written
  std::vector<std::string> demonyms;  // ISO2 of country adjectives ("Ukrainian"), a weaker hint
  // every other place name read in the sentence (a dateline, a region in brackets, a
  // place that was not struck): evidence of which country the article is about
  std::vector<std::string> places;
};

class Analyzer {
 public:
  Analyzer(const Rulebook& rb, const Gazetteer& gaz, const DateFinder& dates, const NumberFinder& numbers);
  // text: the whole normalised document; s: one of its sentences.
  SentenceResult analyze(std::string_view text, const SentenceSpan& s, const SentenceContext& ctx) const;

 private:
  const Rulebook& rb_;
  const Gazetteer& gaz_;
  const DateFinder& dates_;
  const NumberFinder& numbers_;
  std::set<std::string> modifier_words_;  // single words of grammar.lex [modifier], lowercase
};

// Runs the trigger prefilter (one RE2::Set pass) over a sentence: the rules
// that may match, in `fired`; false when none may. If the set cannot answer
// (its DFA ran out of memory), every rule may.
bool prefilter_sentence(const Rulebook& rb, std::string_view sentence, std::vector<int>& fired);

// Bytes of a wire-style dateline at the start of a document's first sentence
// ("KYIV, March 3 (Reuters) - ", "GAZA CITY (AP) — "), 0 if none.
std::size_t dateline_length(const Grammar& g, std::string_view first_sentence);

}  // namespace salvo
