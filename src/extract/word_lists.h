// extract/word_lists.h — the word lists the extractor's steps use, by name.
//
// Owns: the list of rules/en/words.lex sections (rules/words.h) the sentence
// analysis needs, each bound once at load time to a typed member, with the
// check that reads its examples, so that a step writes
// `w.place_title->has(word)` and a missing list is a load error naming it.
// The English is in words.lex; this header only names the steps' inputs.
// The checks themselves (what `example = TEXT => EFFECT` is compared with)
// are in word_checks.h.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "rules/words.h"

namespace salvo {

// How a list's examples are read (words.lex `check = ...`).
enum class WordCheck { clauses, places, actor, target, casualties, outcome, events, reported, weapon, event_type, target_type };
const char* check_name(WordCheck c);
// The check of this name, or none.
std::optional<WordCheck> parse_check(std::string_view name);

struct WordLists {
  const WordList* clause_subordinator = nullptr;   // [clause.subordinator]
  const WordList* outcome_ambiguous_hit = nullptr;  // [outcome.ambiguous_hit]
  const WordList* outcome_destroy_verb = nullptr;  // [outcome.destroy_verb]
  const WordList* purpose_marker = nullptr;        // [purpose.marker]
  const WordList* purpose_verb = nullptr;          // [purpose.verb]
  const WordList* purpose_carried_out = nullptr;   // [purpose.carried_out]
  const WordList* followup_other_cause = nullptr;  // [followup.other_cause]
  const WordList* verb_past = nullptr;             // [verb.past]
  const WordList* verb_past_ending = nullptr;      // [verb.past_ending]
  const WordList* actor_gap_word = nullptr;        // [actor.gap_word]
  const WordList* actor_joiner = nullptr;          // [actor.joiner]
  const WordList* actor_owner_verb = nullptr;      // [actor.owner_verb]
  const WordList* actor_force_word = nullptr;      // [actor.force_word]
  const WordList* target_determiner = nullptr;     // [target.determiner]
  const WordList* target_head = nullptr;           // [target.head]
  const WordList* target_actor_inside = nullptr;   // [target.actor_inside]
  const WordList* place_region_word = nullptr;     // [place.region_word]
  const WordList* place_not_region = nullptr;      // [place.not_region]
  const WordList* place_near_word = nullptr;       // [place.near_word]
  const WordList* place_name_connector = nullptr;  // [place.name_connector]
  const WordList* place_run_end = nullptr;         // [place.run_end]
  const WordList* place_title = nullptr;           // [place.title]
  const WordList* place_before_name = nullptr;     // [place.before_name]
  const WordList* place_geo_tail = nullptr;        // [place.geo_tail]
  const WordList* place_facility = nullptr;        // [place.facility]
  const WordList* place_water_head = nullptr;      // [place.water_head]
  const WordList* place_water = nullptr;           // [place.water]
  const WordList* place_water_of = nullptr;        // [place.water_of]
  const WordList* place_demonym_ending = nullptr;  // [place.demonym_ending]
  const WordList* place_not_speech = nullptr;      // [place.not_speech]
  const WordList* place_list_gap = nullptr;        // [place.list_gap]
  const WordList* place_region_list_gap = nullptr; // [place.region_list_gap]
  const WordList* place_city_part = nullptr;       // [place.city_part]
  const WordList* place_part_word = nullptr;       // [place.part_word]
  const WordList* place_shared_gap = nullptr;      // [place.shared_gap]
  const WordList* text_glued_word = nullptr;       // [text.glued_word]
  const WordList* text_glued_ending = nullptr;     // [text.glued_ending]
  const WordList* cas_filler = nullptr;            // [cas.filler]
  const WordList* cas_plural_victim = nullptr;     // [cas.plural_victim]
  const WordList* cas_bare_victim_joiner = nullptr;  // [cas.bare_victim_joiner]
  const WordList* cas_article = nullptr;           // [cas.article]
  const WordList* cas_definite = nullptr;          // [cas.definite]
  const WordList* cas_possessive = nullptr;        // [cas.possessive]
  const WordList* cas_not_name = nullptr;          // [cas.not_name]
  const WordList* cas_self = nullptr;              // [cas.self]
  const WordList* cas_singular_the = nullptr;      // [cas.singular_the]
  const WordList* cas_update_verb = nullptr;       // [cas.update_verb]
  const WordList* cas_part_of_toll = nullptr;      // [cas.part_of_toll]
  const WordList* cas_part_of_group = nullptr;     // [cas.part_of_group]
  const WordList* cas_self_join = nullptr;         // [cas.self_join]
  const WordList* cas_one_victim_join = nullptr;   // [cas.one_victim_join]
  const WordList* cas_new_group = nullptr;         // [cas.new_group]

  // Binds every member to its list in `book`; each missing list, list with
  // another check, or list of `book` with an unknown check is one diagnostic.
  static WordLists bind(const WordBook& book, std::vector<Diagnostic>& problems);
};

}  // namespace salvo
