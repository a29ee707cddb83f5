// extract/rulebook.h — the rule files of every language folder, loaded, validated, compiled.
//
// Owns: what each file of a language folder (rules/en/, ...; rules/rule_dirs.h)
// means (triggers.rules, exclusions.rules, weapons.lex, actors.lex,
// targets.lex, casualties.lex, cues.lex, grammar.lex, abbreviations.lex;
// *.patterns and words.lex through grammar.h and word_lists.h), and of the
// root's assembly.lex (settings.h), their validation (every problem as
// file:line: message), and the compiled matchers the extractor uses. The files
// of all the languages are merged: rule ids are unique across them, each list
// holds every language's terms. Compiled once at start-up; never modified
// afterwards, so it is shared by all threads.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "core/kinds.h"
#include "core/status.h"
#include "extract/actor_scope.h"
#include "extract/grammar.h"
#include "extract/settings.h"
#include "extract/word_lists.h"
#include "rules/patterns.h"
#include "rules/termset.h"
#include "rules/whole_word.h"
#include "rules/words.h"
#include "text/sentences.h"

namespace salvo {

struct RuleExample {
  std::string rule_id;
  std::string text;
  bool must_fire = true;  // example (true) or counter (false)
  std::string file;
  int line = 0;
};

struct TriggerRule {
  std::string id;
  std::optional<EventType> event_type;  // triggers only (exclusions have none)
  std::optional<Weapon> weapon;
  bool strong = true;
  // names = attack (default): the words say an attack took place ("shelled",
  // "airstrike"); names = weapon: they name a weapon, which a text may discuss
  // without any attack ("missiles", "drones"), so a sentence with only these
  // needs an attack verb, casualties or an impact to report an event.
  bool names_attack = true;
  std::string pattern;
  WholeWordRegex re;  // the pattern as whole words of any script
  std::string file;
  int line = 0;
};

// An example of a word list that is no words.lex list (casualties.lex): its section and `TEXT => EFFECT`.
// An `example = TEXT => EFFECT` line of a term list's section (cues.lex, grammar.lex,
// casualties.lex, ...), read by the check its section names (`check =`, else the file's own).
struct SectionExample {
  std::string list;   // "cues.lex [modal]"
  WordCheck check = WordCheck::events;
  WordExample example;
};

struct Rulebook {
  std::vector<TriggerRule> triggers;     // triggers.rules
  std::vector<TriggerRule> exclusions;   // exclusions.rules
  // The exclusion patterns in one set: which of them occur in a sentence
  // (one pass), so that only those are searched for their places. Indexes
  // follow `exclusions`; null when there are none.
  std::unique_ptr<RE2::Set> exclusion_set;
  // The exclusions that may match `sentence`, in file order: those the set
  // finds, or all of them when the set cannot answer.
  void exclusions_in(std::string_view sentence, std::vector<int>& out) const;
  std::unique_ptr<RE2::Set> prefilter;   // every trigger pattern + the weapon names
  int weapon_set_index = -1;             // index in prefilter of the weapon-name pattern
  // Whether `text` may hold a trigger or weapon name (the prefilter); only
  // then can a document give an event. True also when the set cannot answer.
  bool may_trigger(std::string_view text) const;
  // Keeps of `fired` (prefilter indexes the set found in `sentence`) those
  // that match as whole words: the set's patterns may say yes to a match
  // glued to a letter outside ASCII (rules/whole_word.h), so a sentence with
  // such a letter is checked; any other sentence is left as it is.
  void confirm_fired(std::string_view sentence, std::vector<int>& fired) const;
  std::shared_ptr<const TermSet> weapons;     // label = weapon
  std::vector<Weapon> weapon_of_term;         // per spec of `weapons`: its label, read at load
  std::shared_ptr<const TermSet> actors;      // label = canonical actor; tags capital/leader/forces/one_state, ISO2
  ActorScopes actor_scopes;                   // the names of `actors` scoped to countries ("IS @NG")
  std::shared_ptr<const TermSet> targets;     // label = target type
  std::vector<TargetType> target_of_term;     // per spec of `targets`: its label, read at load
  std::shared_ptr<const TermSet> casualties;  // label = killed/injured/victims/no_*/toll_update
  std::shared_ptr<const TermSet> cues;        // label = modal/negation/generic/delivery/accident/test/space/intercepted/hit
  std::shared_ptr<const TermSet> attack_verbs, modifiers, place_before, place_not_before, reporting_verbs;
  // The lists above that an analysed sentence needs, each group searched in
  // one pass; find_all's out[k] is the list named by k. first_terms: what
  // every sentence is read for; sentence_terms: the rest, for sentences that
  // may report an attack or its outcome.
  enum FirstList { kCasualtyList, kCueList };
  enum SentenceList {
    kActorList, kTargetList, kAttackVerbList, kReportingVerbList, kPlaceBeforeList, kPlaceNotBeforeList
  };
  std::unique_ptr<const TermIndex> first_terms, sentence_terms;
  // The context patterns (*.patterns) and the extractor's steps bound to them.
  std::shared_ptr<const PatternBook> patterns;
  Grammar grammar;
  // The word lists (words.lex) and the extractor's steps bound to them.
  std::shared_ptr<const WordBook> word_book;
  WordLists words;
  Abbreviations abbreviations;  // abbreviations.lex: full stops that end no sentence
  std::vector<RuleExample> examples;
  // casualties.lex's examples, read by the casualties check ("killed 15+, injured 3"; word_checks.h)
  std::vector<SectionExample> list_examples;  // the term lists' examples, file and section order
  std::string version;  // short content hash of every file under the rules root
  std::size_t rule_count = 0;

  // rules/assembly.lex: the event type of each weapon, confidence weights, eventness thresholds.
  AssemblySettings settings;
  // event_type for a weapon section of weapons.lex (settings' table).
  EventType event_type_for_weapon(Weapon weapon) const { return settings.event_type_for(weapon); }
};

// `dir` is a rules root (rules/rule_dirs.h): every language folder in it is loaded.
Result<std::shared_ptr<const Rulebook>> load_rulebook(const std::filesystem::path& dir);

}  // namespace salvo
