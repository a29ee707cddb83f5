// extract/grammar.h — the context patterns the extractor's steps use, by name.
//
// Owns: the list of named patterns (rules/*.patterns, rules/patterns.h) that
// the sentence analysis needs, each bound once at load time to a typed member
// so that a step writes `g.place_near_before->matches(before)` and a missing
// or misdeclared pattern is a load error naming it, not a crash. The English
// is in the rule files; this header only names the steps' inputs.
#pragma once

#include <vector>

#include "core/status.h"
#include "rules/patterns.h"

namespace salvo {

struct Grammar {
  const Pattern* text_dateline = nullptr;  // [text.dateline]
  const Pattern* outcome_negated_impact = nullptr;  // [outcome.negated_impact]
  const Pattern* outcome_weapon_destroyed = nullptr;  // [outcome.weapon_destroyed]
  const Pattern* cue_roundup_perfect = nullptr;  // [cue.roundup.perfect]
  const Pattern* cue_roundup_since = nullptr;  // [cue.roundup.since]
  const Pattern* actor_passive_by = nullptr;  // [actor.passive_by]
  const Pattern* actor_origin_after = nullptr;  // [actor.origin_after]
  const Pattern* place_demonym_abroad_after = nullptr;  // [place.demonym_abroad_after]
  const Pattern* actor_preposition_before = nullptr;  // [actor.preposition_before]
  const Pattern* actor_back_reference = nullptr;  // [actor.back_reference]
  const Pattern* target_contact_verb = nullptr;  // [target.contact_verb]
  const Pattern* target_passive_after = nullptr;  // [target.passive_after]
  const Pattern* place_gap_after_term = nullptr;  // [place.gap_after_term]
  const Pattern* place_article_part = nullptr;  // [place.article_part]
  const Pattern* place_locative_before = nullptr;  // [place.locative_before]
  const Pattern* place_near_before = nullptr;  // [place.near_before]
  const Pattern* place_announced_before = nullptr;  // [place.announced_before]
  const Pattern* date_apposition_gap = nullptr;  // [date.apposition_gap]
  const Pattern* place_demonym_before = nullptr;  // [place.demonym_before]
  const Pattern* place_actor_use_after = nullptr;  // [place.actor_use_after]
  const Pattern* place_person_after = nullptr;  // [place.person_after]
  const Pattern* place_speaker_after = nullptr;  // [place.speaker_after]
  const Pattern* place_speaker_before = nullptr;  // [place.speaker_before]
  const Pattern* place_says_before = nullptr;  // [place.says_before]
  const Pattern* place_subject_after = nullptr;  // [place.subject_after]
  const Pattern* place_official_after = nullptr;  // [place.official_after]
  const Pattern* place_speaker_subject_after = nullptr;  // [place.speaker_subject_after]
  const Pattern* place_aux_gap = nullptr;  // [place.aux_gap]
  const Pattern* place_source_tail = nullptr;  // [place.source_tail]
  const Pattern* place_hint_gap = nullptr;  // [place.hint_gap]
  const Pattern* place_direction_gap = nullptr;  // [place.direction_gap]
  const Pattern* place_bracket_open = nullptr;  // [place.bracket_open]
  const Pattern* place_bearing_gap = nullptr;  // [place.bearing_gap]
  const Pattern* place_part_of_tail = nullptr;  // [place.part_of_tail]
  const Pattern* cas_aux_before = nullptr;  // [cas.aux_before]
  const Pattern* cas_count_gap = nullptr;  // [cas.count_gap]
  const Pattern* cas_thing_after = nullptr;  // [cas.thing_after]
  const Pattern* cas_victim_join = nullptr;  // [cas.victim_join]
  const Pattern* cas_single_join = nullptr;  // [cas.single_join]
  const Pattern* cas_one_after = nullptr;  // [cas.one_after]
  const Pattern* cas_one_after_adjective = nullptr;  // [cas.one_after_adjective]
  const Pattern* cas_toll_rose_before = nullptr;  // [cas.toll_rose_before]
  const Pattern* cas_toll_put_before = nullptr;  // [cas.toll_put_before]
  const Pattern* cas_one_before = nullptr;  // [cas.one_before]
  const Pattern* cas_among_before = nullptr;  // [cas.among_before]
  const Pattern* cas_part_gap = nullptr;  // [cas.part_gap]
  const Pattern* cas_toll_from_before = nullptr;  // [cas.toll_from_before]
  const Pattern* cas_bound_join = nullptr;  // [cas.bound_join]
  const Pattern* cas_other_source = nullptr;  // [cas.other_source]
  const Pattern* cas_alt_figure_before = nullptr;  // [cas.alt_figure_before]
  const Pattern* cas_person_after = nullptr;  // [cas.person_after]
  const Pattern* cas_person_before = nullptr;  // [cas.person_before]
  const Pattern* cas_person_other = nullptr;  // [cas.person_other]
  const Pattern* cas_group_after = nullptr;  // [cas.group_after]
  const Pattern* cas_along_with = nullptr;  // [cas.along_with]
  const Pattern* cas_singular_before = nullptr;  // [cas.singular_before]
  const Pattern* cas_named_victim = nullptr;  // [cas.named_victim]
  const Pattern* cas_named_join = nullptr;  // [cas.named_join]
  const Pattern* cas_parts_intro = nullptr;  // [cas.parts_intro]
  const Pattern* cas_parts_apposition = nullptr;  // [cas.parts_apposition]
  const Pattern* actor_plural_claim = nullptr;  // [actor.plural_claim]
  const Pattern* date_toll_before = nullptr;  // [date.toll_before]
  const Pattern* date_span_before = nullptr;  // [date.span_before]
  const Pattern* date_statement_before = nullptr;  // [date.statement_before]
  const Pattern* actor_claim = nullptr;  // [actor.claim]
  const Pattern* actor_claim_subject_gap = nullptr;  // [actor.claim_subject_gap]
  const Pattern* actor_blame = nullptr;  // [actor.blame]
  const Pattern* actor_claimed_again = nullptr;  // [actor.claimed_again]
  const Pattern* followup_separate = nullptr;  // [followup.separate]
  const Pattern* cue_accident_definite = nullptr;  // [cue.accident_definite]
  const Pattern* anaphor_before = nullptr;  // [anaphor.before]
  const Pattern* anaphor_verb = nullptr;    // [anaphor.verb]
  const Pattern* phrase_launch_platform = nullptr;  // [phrase.launch_platform]
  const Pattern* phrase_platform_fired = nullptr;   // [phrase.platform_fired]
  const Pattern* phrase_platform_with = nullptr;    // [phrase.platform_with]
  const Pattern* phrase_interceptor_after = nullptr;  // [phrase.interceptor_after]
  const Pattern* phrase_intercept_purpose = nullptr;  // [phrase.intercept_purpose]
  const Pattern* phrase_hit_verb = nullptr;  // [phrase.hit_verb]
  const Pattern* combined_list_gap = nullptr;  // [combined.list_gap]
  const Pattern* phrase_agent_gap = nullptr;   // [phrase.agent_gap]
  const Pattern* place_district_unnamed = nullptr;  // [place.district_unnamed]
  const Pattern* date_year_only = nullptr;   // [date.year_only]
  const Pattern* date_years_back = nullptr;  // [date.years_back]

  // Binds every member to its pattern in `book`; each missing id or wrong
  // match mode is one diagnostic.
  static Grammar bind(const PatternBook& book, std::vector<Diagnostic>& problems);
};

}  // namespace salvo
