// extract/mention.h — what one sentence says about one attack (internal).
//
// Owns: the Mention, the unit between sentence analysis (analyze.h) and
// assembly into events (assemble.h). A mention is one kind of attack on at most
// one place in one sentence, with whatever arguments that sentence gives.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/event.h"
#include "resolve/gazetteer.h"

namespace salvo {

enum class ActorHow { none = 0, subject = 1, passive = 2, adjacent = 3 };

// How specific a kind of attack is: a named system (weapons.lex) beats a
// weapon type, which beats a strong generic word, which beats a weak one.
inline int weapon_rank(bool named, Weapon weapon, bool strong) {
  if (named) return 3;
  if (weapon != Weapon::unknown) return 2;
  return strong ? 1 : 0;
}

struct FoundDate {
  Date date;
  DatePrecision precision = DatePrecision::unknown;
  std::string text;
  std::string rule;
  bool relative = false;  // resolved against the publication date
  bool anaphoric = false;  // "the same day", "the next day": the date of the strike before, + offset
  int offset = 0;
  bool statement = false;  // the day a statement was made ("the ministry said on Sunday"), not the strike's
};

struct FoundCount {
  Count count;
  bool update = false;  // a running toll ("rose to"): the latest figure wins
  std::string rule;
  bool another_source = false;  // another source's figure for the same toll told in the same sentence
                                // ("WAFA reported 15 killed, while Shehab reported 12"): widens, never adds
  bool named = false;  // only victims named one by one ("Ahmad Saleh was killed"): a part of a toll told with a number
};

struct Mention {
  int sentence = 0;
  int paragraph = 0;
  std::size_t anchor = 0;  // byte offset of the trigger in the normalised text
  EventType event_type = EventType::air_drone_strike;
  Weapon weapon = Weapon::unknown;
  bool strong = true;
  bool named_system = false;  // weapon from weapons.lex
  bool reported = false;      // may start an event (dated, past tense, lead, casualties)
  const char* unreported = "";  // when not reported: the rule that says why (--explain)
  bool city_district = false; // placed only in a district of a city the sentence does not name
  bool inherit = false;       // a toll at a place with no trigger: kind, actor and day of the attack before
  std::vector<std::string> rules;

  std::optional<std::string> actor;
  std::string actor_text;
  ActorHow actor_how = ActorHow::none;

  Target target;
  bool target_from_victims = false;  // no object named: the victims' kind ("killing nine civilians")
  std::optional<PlaceQuery> place;
  bool country_place = false;  // place names a whole country ("in Pakistan's restive southwest")
  std::optional<Location> location;  // resolved in assembly
  bool dateline_place = false;

  std::optional<FoundDate> date;
  // No date, but a year in its clause ("in 2019", "the 2003 bombing") or a time years back
  // ("last year", "four years ago"): history, unless it is the article's own year.
  int year_only = 0;
  bool years_back = false;
  std::optional<FoundCount> killed, injured;
  Outcome outcome = Outcome::unknown;
  std::vector<int> extra_sentences;  // follow-up sentences that added to it
};

// A sentence with no trigger that still carries casualties or outcome for the
// attack just reported ("No injuries were reported.").
struct FollowUp {
  int sentence = 0;
  int paragraph = 0;
  std::optional<FoundCount> killed, injured;
  std::optional<std::string> actor;  // "X claimed responsibility"
  std::string actor_text;
  Outcome outcome = Outcome::unknown;  // "air defences shot them all down"
  bool adjacent_only = false;        // only outcome words: attach to the sentence right before
  bool plural_claim = false;         // "claimed both attacks": the actor of every attack before, not the last one only
  bool accident = false;             // "the explosion was caused by a gas leak": the blasts before were no attack
  std::optional<FoundDate> date;     // "killed in the attack on Monday": the day of the attack just reported
  std::optional<PlaceQuery> place;   // "The attack was near a market in X": the town of an attack told at a country
  std::vector<std::string> rules;
};

// Someone was killed or injured (a count above zero): "no one was hurt" is no toll.
inline bool has_toll(const std::optional<FoundCount>& killed, const std::optional<FoundCount>& injured) {
  return (killed && killed->count.min > 0) || (injured && injured->count.min > 0);
}

}  // namespace salvo
