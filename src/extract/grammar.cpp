// extract/grammar.cpp — see grammar.h.
#include "extract/grammar.h"

namespace salvo {

Grammar Grammar::bind(const PatternBook& book, std::vector<Diagnostic>& problems) {
  Grammar g;
  constexpr MatchMode search = MatchMode::search, full = MatchMode::full;
  struct Slot {
    const Pattern* Grammar::*member;
    const char* id;
    MatchMode mode;
  };
  static const Slot kSlots[] = {
      {&Grammar::text_dateline, "text.dateline", search},
      {&Grammar::outcome_negated_impact, "outcome.negated_impact", search},
      {&Grammar::outcome_weapon_destroyed, "outcome.weapon_destroyed", search},
      {&Grammar::cue_roundup_perfect, "cue.roundup.perfect", search},
      {&Grammar::cue_roundup_since, "cue.roundup.since", search},
      {&Grammar::actor_passive_by, "actor.passive_by", search},
      {&Grammar::actor_origin_after, "actor.origin_after", search},
      {&Grammar::place_demonym_abroad_after, "place.demonym_abroad_after", search},
      {&Grammar::actor_preposition_before, "actor.preposition_before", search},
      {&Grammar::actor_back_reference, "actor.back_reference", search},
      {&Grammar::target_contact_verb, "target.contact_verb", search},
      {&Grammar::target_passive_after, "target.passive_after", search},
      {&Grammar::place_gap_after_term, "place.gap_after_term", full},
      {&Grammar::place_article_part, "place.article_part", search},
      {&Grammar::place_locative_before, "place.locative_before", search},
      {&Grammar::place_near_before, "place.near_before", search},
      {&Grammar::place_announced_before, "place.announced_before", search},
      {&Grammar::date_apposition_gap, "date.apposition_gap", full},
      {&Grammar::place_demonym_before, "place.demonym_before", search},
      {&Grammar::place_actor_use_after, "place.actor_use_after", search},
      {&Grammar::place_person_after, "place.person_after", search},
      {&Grammar::place_speaker_after, "place.speaker_after", search},
      {&Grammar::place_speaker_before, "place.speaker_before", search},
      {&Grammar::place_says_before, "place.says_before", search},
      {&Grammar::place_subject_after, "place.subject_after", search},
      {&Grammar::place_official_after, "place.official_after", search},
      {&Grammar::place_speaker_subject_after, "place.speaker_subject_after", search},
      {&Grammar::place_aux_gap, "place.aux_gap", full},
      {&Grammar::place_source_tail, "place.source_tail", search},
      {&Grammar::place_hint_gap, "place.hint_gap", full},
      {&Grammar::place_direction_gap, "place.direction_gap", search},
      {&Grammar::place_bracket_open, "place.bracket_open", full},
      {&Grammar::place_bearing_gap, "place.bearing_gap", full},
      {&Grammar::cas_aux_before, "cas.aux_before", search},
      {&Grammar::cas_count_gap, "cas.count_gap", full},
      {&Grammar::cas_thing_after, "cas.thing_after", search},
      {&Grammar::cas_victim_join, "cas.victim_join", full},
      {&Grammar::cas_single_join, "cas.single_join", full},
      {&Grammar::cas_one_after, "cas.one_after", search},
      {&Grammar::cas_one_after_adjective, "cas.one_after_adjective", search},
      {&Grammar::cas_toll_rose_before, "cas.toll_rose_before", search},
      {&Grammar::cas_toll_put_before, "cas.toll_put_before", search},
      {&Grammar::cas_one_before, "cas.one_before", search},
      {&Grammar::cas_among_before, "cas.among_before", search},
      {&Grammar::cas_part_gap, "cas.part_gap", search},
      {&Grammar::cas_toll_from_before, "cas.toll_from_before", search},
      {&Grammar::cas_bound_join, "cas.bound_join", full},
      {&Grammar::cas_other_source, "cas.other_source", search},
      {&Grammar::cas_alt_figure_before, "cas.alt_figure_before", search},
      {&Grammar::cas_person_after, "cas.person_after", search},
      {&Grammar::cas_person_before, "cas.person_before", search},
      {&Grammar::cas_person_other, "cas.person_other", search},
      {&Grammar::cas_group_after, "cas.group_after", search},
      {&Grammar::cas_along_with, "cas.along_with", full},
      {&Grammar::cas_singular_before, "cas.singular_before", search},
      {&Grammar::cas_named_victim, "cas.named_victim", search},
      {&Grammar::cas_named_join, "cas.named_join", full},
      {&Grammar::cas_parts_intro, "cas.parts_intro", full},
      {&Grammar::cas_parts_apposition, "cas.parts_apposition", full},
      {&Grammar::actor_plural_claim, "actor.plural_claim", search},
      {&Grammar::date_toll_before, "date.toll_before", search},
      {&Grammar::date_span_before, "date.span_before", search},
      {&Grammar::date_statement_before, "date.statement_before", search},
      {&Grammar::date_year_only, "date.year_only", search},
      {&Grammar::date_years_back, "date.years_back", search},
      {&Grammar::actor_claim, "actor.claim", search},
      {&Grammar::actor_claim_subject_gap, "actor.claim_subject_gap", full},
      {&Grammar::actor_blame, "actor.blame", search},
      {&Grammar::actor_claimed_again, "actor.claimed_again", search},
      {&Grammar::followup_separate, "followup.separate", search},
      {&Grammar::cue_accident_definite, "cue.accident_definite", search},
      {&Grammar::anaphor_before, "anaphor.before", search},
      {&Grammar::anaphor_verb, "anaphor.verb", full},
      {&Grammar::phrase_launch_platform, "phrase.launch_platform", search},
      {&Grammar::phrase_platform_fired, "phrase.platform_fired", full},
      {&Grammar::phrase_platform_with, "phrase.platform_with", search},
      {&Grammar::phrase_interceptor_after, "phrase.interceptor_after", search},
      {&Grammar::phrase_intercept_purpose, "phrase.intercept_purpose", search},
      {&Grammar::phrase_hit_verb, "phrase.hit_verb", search},
      {&Grammar::combined_list_gap, "combined.list_gap", full},
      {&Grammar::phrase_agent_gap, "phrase.agent_gap", full},
      {&Grammar::place_district_unnamed, "place.district_unnamed", search},
      {&Grammar::place_part_of_tail, "place.part_of_tail", full},
  };
  for (const Slot& s : kSlots) g.*s.member = book.require(s.id, s.mode, problems);
  return g;
}

}  // namespace salvo
