// extract/analyze.h — one sentence in, the attacks it mentions out.
//
// Owns: the order of the sentence-level steps: triggers (phrases.h), dropping
// non-events (cues.h: modal, negated, generic, deliveries, accidents,
// questions), follow-up sentences (a toll, an outcome, a claim: actors.h),
// which places each phrase gets (places.h recognises them, this file assigns
// them), and each mention's arguments: actor (actors.h), target (targets.h),
// date (mention_date.h), casualties (casualties.h) and outcome (cues.h).
// It never merges mentions; assemble.h does.
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

struct Sentence;
struct Phrase;
struct SentenceDates;

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
  // trigger phrases the sentence dropped, with the rule that dropped each (--explain):
  // {byte offset of the phrase in the text, phrase, rule}
  struct Dropped {
    std::size_t anchor;
    std::string phrase;
    std::string rule;
  };
  std::vector<Dropped> dropped;
};

class Analyzer {
 public:
  Analyzer(const Rulebook& rb, const Gazetteer& gaz, const DateFinder& dates, const NumberFinder& numbers);
  // text: the whole normalised document; s: one of its sentences.
  SentenceResult analyze(std::string_view text, const SentenceSpan& s, const SentenceContext& ctx) const;

 private:
  // A sentence with trigger phrases: the mentions it makes (or the follow-up
  // it is, when its phrases only refer back: "the strikes killed ...").
  void read_mentions(Sentence& c, const SentenceSpan& span, const SentenceContext& sc,
                     const std::vector<Phrase>& phrases, const std::optional<FollowUp>& claim, SentenceDates& dates,
                     SentenceResult& res) const;

  const Rulebook& rb_;
  const Gazetteer& gaz_;
  const DateFinder& dates_;
  const NumberFinder& numbers_;
  std::set<std::string> modifier_words_;  // single words of grammar.lex [modifier], lowercase
};

// Bytes of a wire-style dateline at the start of a document's first sentence
// ("KYIV, March 3 (Reuters) - ", "GAZA CITY (AP) — "), 0 if none.
std::size_t dateline_length(const Grammar& g, std::string_view first_sentence);

}  // namespace salvo
