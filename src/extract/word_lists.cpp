// extract/word_lists.cpp — see word_lists.h.
#include "extract/word_lists.h"

#include <array>

#include "core/names.h"

namespace salvo {

namespace {

constexpr std::array<std::pair<WordCheck, const char*>, 11> kChecks = {{
    {WordCheck::clauses, "clauses"_name},
    {WordCheck::places, "places"_name},
    {WordCheck::actor, "actor"_name},
    {WordCheck::target, "target"_name},
    {WordCheck::casualties, "casualties"_name},
    {WordCheck::outcome, "outcome"_name},
    {WordCheck::events, "events"_name},
    {WordCheck::reported, "reported"_name},
    {WordCheck::weapon, "weapon"_name},
    {WordCheck::event_type, "event_type"_name},
    {WordCheck::target_type, "target_type"_name},
}};

}  // namespace

const char* check_name(WordCheck c) {
  for (const auto& [k, name] : kChecks)
    if (k == c) return name;
  return "";
}

std::optional<WordCheck> parse_check(std::string_view name) {
  for (const auto& [k, n] : kChecks)
    if (name == n) return k;
  return std::nullopt;
}

WordLists WordLists::bind(const WordBook& book, std::vector<Diagnostic>& problems) {
  using C = WordCheck;
  struct Slot {
    const WordList* WordLists::*member;
    const char* id;
    WordCheck check;
  };
  static const Slot kSlots[] = {
      {&WordLists::clause_subordinator, "clause.subordinator", C::clauses},
      {&WordLists::outcome_ambiguous_hit, "outcome.ambiguous_hit", C::outcome},
      {&WordLists::outcome_destroy_verb, "outcome.destroy_verb", C::outcome},
      {&WordLists::purpose_marker, "purpose.marker", C::events},
      {&WordLists::purpose_verb, "purpose.verb", C::events},
      {&WordLists::purpose_carried_out, "purpose.carried_out", C::events},
      {&WordLists::followup_other_cause, "followup.other_cause", C::events},
      {&WordLists::verb_past, "verb.past", C::reported},
      {&WordLists::verb_past_ending, "verb.past_ending", C::reported},
      {&WordLists::actor_gap_word, "actor.gap_word", C::actor},
      {&WordLists::actor_joiner, "actor.joiner", C::actor},
      {&WordLists::actor_owner_verb, "actor.owner_verb", C::actor},
      {&WordLists::actor_force_word, "actor.force_word", C::actor},
      {&WordLists::target_determiner, "target.determiner", C::target},
      {&WordLists::target_head, "target.head", C::target},
      {&WordLists::target_actor_inside, "target.actor_inside", C::target},
      {&WordLists::place_region_word, "place.region_word", C::places},
      {&WordLists::place_not_region, "place.not_region", C::places},
      {&WordLists::place_near_word, "place.near_word", C::places},
      {&WordLists::place_name_connector, "place.name_connector", C::places},
      {&WordLists::place_run_end, "place.run_end", C::places},
      {&WordLists::place_title, "place.title", C::places},
      {&WordLists::place_before_name, "place.before_name", C::places},
      {&WordLists::place_geo_tail, "place.geo_tail", C::places},
      {&WordLists::place_facility, "place.facility", C::places},
      {&WordLists::place_water_head, "place.water_head", C::places},
      {&WordLists::place_water, "place.water", C::places},
      {&WordLists::place_water_of, "place.water_of", C::places},
      {&WordLists::place_demonym_ending, "place.demonym_ending", C::places},
      {&WordLists::place_not_speech, "place.not_speech", C::places},
      {&WordLists::place_list_gap, "place.list_gap", C::places},
      {&WordLists::place_region_list_gap, "place.region_list_gap", C::places},
      {&WordLists::place_city_part, "place.city_part", C::places},
      {&WordLists::place_part_word, "place.part_word", C::places},
      {&WordLists::place_shared_gap, "place.shared_gap", C::places},
      {&WordLists::text_glued_word, "text.glued_word", C::places},
      {&WordLists::text_glued_ending, "text.glued_ending", C::places},
      {&WordLists::cas_filler, "cas.filler", C::casualties},
      {&WordLists::cas_plural_victim, "cas.plural_victim", C::casualties},
      {&WordLists::cas_bare_victim_joiner, "cas.bare_victim_joiner", C::casualties},
      {&WordLists::cas_article, "cas.article", C::casualties},
      {&WordLists::cas_definite, "cas.definite", C::casualties},
      {&WordLists::cas_possessive, "cas.possessive", C::casualties},
      {&WordLists::cas_not_name, "cas.not_name", C::casualties},
      {&WordLists::cas_self, "cas.self", C::casualties},
      {&WordLists::cas_singular_the, "cas.singular_the", C::casualties},
      {&WordLists::cas_update_verb, "cas.update_verb", C::casualties},
      {&WordLists::cas_part_of_toll, "cas.part_of_toll", C::casualties},
      {&WordLists::cas_part_of_group, "cas.part_of_group", C::casualties},
      {&WordLists::cas_self_join, "cas.self_join", C::casualties},
      {&WordLists::cas_one_victim_join, "cas.one_victim_join", C::casualties},
      {&WordLists::cas_new_group, "cas.new_group", C::casualties},
  };
  WordLists w;
  for (const Slot& s : kSlots) w.*s.member = book.require(s.id, check_name(s.check), problems);
  for (const auto& [id, info] : book.info())
    if (!parse_check(info.check) && !info.check.empty()) {
      std::string known;
      for (const auto& [k, n] : kChecks) known += std::string(known.empty() ? "" : ", ") + n;
      problems.push_back({info.file, info.line, "word list [" + id + "]: unknown check '" + info.check +
                                                    "' (expected one of: " + known + ")"});
    }
  return w;
}

}  // namespace salvo
