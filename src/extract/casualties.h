// extract/casualties.h — how many were killed and injured, as a sentence says it.
//
// Owns: tying the counts of a sentence (resolve/numbers.h) to its casualty
// words (casualties.lex): a count after the word ("killing two"), before it
// ("two people were killed"), one victim named without a number ("killed a
// man", "a woman was killed", "Child, man killed"), "no casualties", a
// running toll ("the death toll rose to 40") and another source's figure
// ("put the toll at 123"); victim arithmetic ("two soldiers and three
// civilians": 5), written once (join_victims) for counts after and before
// the word; a total told with its parts ("15 people, among them six
// children": 15, the parts no figures); victims named with an age ("Ahmed
// Saleh, 34,": one, the age no count; a list of them counted) or without one
// next to the casualty word ("killing journalist Ahmad Saleh"), relatives by a
// possessive ("his wife"); a lower and an upper bound joined ("at least four
// and as many as nine"); "killed or wounded" unsplit (the count is neither
// field); another source's figure in the same sentence ("while Shehab reported
// 12", "(some reports say 6)"); and how two figures for one field in one
// sentence combine (add_count: victim groups add up, other sources widen, named
// victims are a part). How figures of several sentences combine is the
// assembly's (assembly.h merge_toll, widen; build_events.cpp add_report).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/mention.h"
#include "resolve/numbers.h"

namespace salvo {

struct Sentence;

struct CasHit {
  std::size_t pos;  // the casualty word (or the count of a toll)
  bool killed;      // else injured
  FoundCount fc;
};

// The counts with each victim named without a number added as one ("a woman",
// "himself", "the driver"), in text order.
std::vector<Quantity> with_single_victims(const Sentence& c, const std::vector<Quantity>& qs);

// Victim arithmetic: the counts next to qs[from] joined by "and" / "," each
// with its victim noun add up ("two soldiers and three civilians" = 5). Walks
// forward (the counts after a casualty word: each must be followed by its
// victim noun) or backward (the counts before it), adds every joined count to
// `total` and marks it used. A victim without a number joins only with "and"
// (forward: the one joining; backward: either of the two).
void join_victims(const Sentence& c, const std::vector<Quantity>& qs, std::vector<bool>& used, std::size_t from,
                  bool forward, Count& total);

// Every casualty figure of the sentence, in text order. Needs tokens.
std::vector<CasHit> find_casualties(const Sentence& c, const std::vector<Quantity>& qs);

// Adds a figure to a field: the first one, or a running toll, replaces; a
// figure after a running toll is already in it; two others are victim groups
// reported apart and add up.
void add_count(std::optional<FoundCount>& slot, const FoundCount& fc);

}  // namespace salvo
