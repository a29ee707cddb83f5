#include "extract/rulebook.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "core/ascii.h"
#include "core/hash.h"
#include "core/names.h"
#include "rules/lexfile.h"
#include "rules/rule_dirs.h"
#include "rules/version.h"
#include "rules/whole_word.h"

namespace salvo {

namespace fs = std::filesystem;

namespace {


template <typename C>
bool in(const C& c, std::string_view v) {
  return std::find(c.begin(), c.end(), v) != c.end();
}

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(32 << 20);
  return o;
}

// The form of a pattern in an RE2::Set: whole words in any script (rules/whole_word.h).
std::string wrap_word(const std::string& pattern) { return WholeWordRegex::set_pattern(pattern); }

// Reads a *.rules file: one [section] per rule with key = value lines.
// Every example (must give an event) and counter goes to `examples`; an
// `example = TEXT => EFFECT` of a trigger rule also to `stated`, read by the
// rule's `check =` (event_type unless it names another).
void load_rule_file(const fs::path& path, bool triggers, std::vector<TriggerRule>& out,
                    std::vector<RuleExample>& examples, std::vector<SectionExample>* stated,
                    std::set<std::string>& ids, std::vector<Diagnostic>& problems) {
  const LexFile f = read_lexfile(path, problems);
  const std::set<std::string> allowed = triggers
      ? std::set<std::string>{"pattern"_name, "event_type", "weapon"_name, "strength"_name, "names"_name,
                              "example"_name, "counter"_name, "note"_name, "check"_name}
      : std::set<std::string>{"pattern"_name, "example"_name, "counter"_name, "note"_name};
  for (const auto& [name, line] : f.sections) {
    if (!ids.insert(name).second) problems.push_back(f.at(line, "duplicate rule id '" + name + "'"));
    TriggerRule r;
    r.id = name;
    r.file = f.path;
    r.line = line;
    r.strong = true;
    // A rule of one pattern line (all of them today) is compiled once: the
    // line's own check is the rule's pattern, kept rather than built again.
    WholeWordRegex single;
    int pattern_lines = 0;
    WordCheck check = WordCheck::event_type;
    std::vector<WordExample> with_effect;
    for (const auto& e : f.entries) {
      if (e.section != name) continue;
      if (e.key.empty()) {
        problems.push_back(f.at(e.line, "expected 'key = value' inside rule [" + name + "], got '" + e.value + "'"));
        continue;
      }
      if (!allowed.count(e.key)) {
        problems.push_back(f.at(e.line, "unknown key '" + e.key + "' in rule [" + name + "]"));
        continue;
      }
      if (e.key == "pattern"_name) {
        if (!r.pattern.empty()) r.pattern += "|";
        r.pattern += e.value;
        WholeWordRegex probe(e.value, pattern_options());
        if (!probe.ok()) problems.push_back(f.at(e.line, "pattern does not compile: " + probe.error()));
        if (++pattern_lines == 1) single = std::move(probe);
      } else if (e.key == "event_type") {
        const auto type = parse_event_type(e.value);
        if (type.ok()) r.event_type = type.value();
        else problems.push_back(f.at(e.line, type.status().message()));
      } else if (e.key == "weapon"_name) {
        const auto weapon = parse_weapon(e.value);
        if (weapon.ok()) r.weapon = weapon.value();
        else problems.push_back(f.at(e.line, weapon.status().message()));
      } else if (e.key == "strength"_name) {
        if (e.value != "strong" && e.value != "weak"_name)
          problems.push_back(f.at(e.line, "strength must be 'strong' or 'weak'"));
        r.strong = e.value != "weak"_name;
      } else if (e.key == "names"_name) {
        if (e.value != "attack" && e.value != "weapon"_name)
          problems.push_back(f.at(e.line, "names must be 'attack' or 'weapon'"));
        r.names_attack = e.value != "weapon"_name;
      } else if (e.key == "check"_name) {
        if (const auto c = parse_check(e.value)) check = *c;
        else problems.push_back(f.at(e.line, "unknown check '" + e.value + "'"));
      } else if (e.key == "example"_name || e.key == "counter"_name) {
        WordExample x;
        const bool stating = e.key == "example"_name && stated && parse_word_example(e.value, x);
        examples.push_back({name, stating ? x.text : e.value, e.key == "example"_name, f.path, e.line});
        if (stating) {
          x.file = f.path;
          x.line = e.line;
          with_effect.push_back(std::move(x));
        }
      }
    }
    for (auto& x : with_effect) stated->push_back({path.filename().string() + " [" + name + "]", check, std::move(x)});
    for (const auto& e : f.entries)
      if (e.section.empty()) problems.push_back(f.at(e.line, "entry outside any [rule] section"));
    if (r.pattern.empty()) {
      problems.push_back(f.at(line, "rule [" + name + "] has no pattern"));
      continue;
    }
    if (triggers && (!r.event_type || !r.weapon)) {
      problems.push_back(f.at(line, "rule [" + name + "] needs event_type and weapon"));
      continue;
    }
    r.re = pattern_lines == 1 ? std::move(single) : WholeWordRegex(r.pattern, pattern_options());
    if (!r.re.ok()) continue;  // already reported per line
    out.push_back(std::move(r));
  }
}

// The kind of each term of a word list whose sections are a closed list
// (weapons.lex: the weapon; targets.lex: the target type): its section, read
// once here (the sections were checked against the names by load_word_lists; a
// problem here names the first file of the list).
template <class E>
std::vector<E> kinds_of_terms(const TermSet& terms, Result<E> (*parse)(std::string_view), E fallback,
                              const std::vector<fs::path>& paths, std::vector<Diagnostic>& problems) {
  std::vector<E> out;
  for (const TermSpec& t : terms.specs()) {
    const auto k = parse(t.label);
    if (!k.ok()) problems.push_back({paths.empty() ? std::string() : paths.front().string(), t.line, k.status().message()});
    out.push_back(k.ok() ? k.value() : fallback);
  }
  return out;
}

// A tag of two capital letters: an ISO 3166 alpha-2 country code.
bool is_country_tag(std::string_view t) {
  return t.size() == 2 && std::isupper(static_cast<unsigned char>(t[0])) && std::isupper(static_cast<unsigned char>(t[1]));
}

struct WordListSpec {
  const char* file;
  std::vector<std::string> sections;  // allowed sections (empty: any)
  std::vector<std::string> tags;      // allowed tags
  // where `example = TEXT => EFFECT` lines go (and `note =`, `check =` are allowed); null: none
  std::vector<SectionExample>* examples = nullptr;
  WordCheck check = WordCheck::events;  // how a section's examples are read unless it says `check =`
  bool country_tags = false;  // also ISO 3166 alpha-2 codes as tags ("IS @NG": a country scope)
};

// A `key = value` line of a word list: a note, the check of its section's examples, or an
// example. `checks` holds the checks the file's sections named so far.
void read_key(const LexFile& f, const LexEntry& e, const WordListSpec& spec, std::map<std::string, WordCheck>& checks,
              std::vector<Diagnostic>& problems) {
  if (e.key == "note"_name) return;
  if (e.key == "check"_name) {
    if (const auto c = parse_check(e.value)) checks[e.section] = *c;
    else problems.push_back(f.at(e.line, "unknown check '" + e.value + "'"));
    return;
  }
  if (e.key != "example"_name) {
    problems.push_back(f.at(e.line, "unknown key '" + e.key + "' (expected note, check or example)"));
    return;
  }
  auto x = read_word_example(f, e, "an example says what it gives: example = TEXT => EFFECT", problems);
  if (!x) return;
  const auto it = checks.find(e.section);
  spec.examples->push_back({std::string(spec.file) + " [" + e.section + "]", it == checks.end() ? spec.check : it->second,
                            std::move(*x)});
}

// Reads a *.lex word list into TermSpecs (label = section).
std::vector<TermSpec> load_word_list(const fs::path& path, const WordListSpec& spec, std::vector<Diagnostic>& problems,
                                     const std::string& only_section = "") {
  const LexFile f = read_lexfile(path, problems);
  std::vector<TermSpec> terms;
  std::map<std::string, WordCheck> checks;  // section -> its `check =`
  std::set<std::string> seen;
  if (only_section.empty()) {
    for (const auto& [name, line] : f.sections)
      if (!spec.sections.empty() && !in(spec.sections, name))
        problems.push_back(f.at(line, "unknown section [" + name + "] (expected one of: " + [&] {
          std::string s;
          for (const auto& x : spec.sections) s += (s.empty() ? "" : ", ") + x;
          return s;
        }() + ")"));
  }
  for (const auto& e : f.entries) {
    if (!only_section.empty() && e.section != only_section) continue;
    if (e.section.empty()) {
      if (only_section.empty()) problems.push_back(f.at(e.line, "word outside any [section]"));
      continue;
    }
    if (!e.key.empty()) {
      if (!only_section.empty()) continue;
      if (spec.examples) read_key(f, e, spec, checks, problems);
      else problems.push_back(f.at(e.line, "word lists take one word or phrase per line, not 'key = value'"));
      continue;
    }
    bool bad_tag = false;
    for (const auto& t : e.tags)
      if (!in(spec.tags, t) && !(spec.country_tags && is_country_tag(t))) {
        if (only_section.empty()) problems.push_back(f.at(e.line, "unknown tag '@" + t + "'"));
        bad_tag = true;
      }
    if (bad_tag) continue;
    const std::string lowered = ascii_lower(e.value);
    const std::string k = e.section + "\x1f" + lowered;
    if (!seen.insert(k).second) {
      if (only_section.empty())
        problems.push_back(f.at(e.line, "'" + e.value + "' is listed twice in [" + e.section + "]"));
      continue;
    }
    if (TermSet::key(e.value).empty()) {
      if (only_section.empty()) problems.push_back(f.at(e.line, "empty term"));
      continue;
    }
    terms.push_back({e.value, e.section, e.tags, e.line});
  }
  return terms;
}

// The same list read from every language folder that has the file, one
// language's terms after the other's.
std::vector<TermSpec> load_word_lists(const std::vector<fs::path>& paths, const WordListSpec& spec,
                                      std::vector<Diagnostic>& problems, const std::string& only_section = "") {
  std::vector<TermSpec> terms;
  for (const auto& p : paths) {
    auto t = load_word_list(p, spec, problems, only_section);
    terms.insert(terms.end(), std::make_move_iterator(t.begin()), std::make_move_iterator(t.end()));
  }
  return terms;
}

}  // namespace

bool Rulebook::may_trigger(std::string_view text) const {
  if (!prefilter) return true;
  RE2::Set::ErrorInfo err{};
  if (prefilter->Match(re2::StringPiece(text.data(), text.size()), nullptr, &err)) return true;
  return err.kind != RE2::Set::kNoError;
}

void Rulebook::confirm_fired(std::string_view sentence, std::vector<int>& fired) const {
  if (!has_foreign_letter(sentence)) return;
  std::erase_if(fired, [&](int i) {
    std::size_t b = 0, e = 0;
    if (i == weapon_set_index) return !weapons->contains_any(sentence);
    return i >= 0 && static_cast<std::size_t>(i) < triggers.size() &&
           !triggers[static_cast<std::size_t>(i)].re.find(sentence, 0, b, e);
  });
}

void Rulebook::exclusions_in(std::string_view sentence, std::vector<int>& out) const {
  out.clear();
  if (exclusions.empty()) return;
  RE2::Set::ErrorInfo err{};
  if (exclusion_set && exclusion_set->Match(re2::StringPiece(sentence.data(), sentence.size()), &out, &err)) {
    std::sort(out.begin(), out.end());
    return;
  }
  if (exclusion_set && err.kind == RE2::Set::kNoError) return;  // none occurs
  out.clear();  // the set could not answer: every exclusion is searched
  for (std::size_t i = 0; i < exclusions.size(); ++i) out.push_back(static_cast<int>(i));
}

Result<std::shared_ptr<const Rulebook>> load_rulebook(const fs::path& dir) {
  std::vector<Diagnostic> problems;
  auto found = find_rule_dirs(dir);
  if (!found.ok()) return found.status();
  const RuleDirs& dirs = found.value();
  auto rb = std::make_shared<Rulebook>();
  std::set<std::string> ids;  // unique across the files of every language
  for (const auto& p : dirs.files("triggers.rules"))
    load_rule_file(p, true, rb->triggers, rb->examples, &rb->list_examples, ids, problems);
  for (const auto& p : dirs.files("exclusions.rules"))
    load_rule_file(p, false, rb->exclusions, rb->examples, nullptr, ids, problems);

  // A list's diagnostics from TermSet::build name its first file (load_word_list
  // has already refused what build() would, with the right file and line).
  auto build = [&](const std::vector<fs::path>& paths, std::vector<TermSpec> specs, TermSetOptions o) {
    auto ts = TermSet::build(paths.empty() ? dir.string() : paths.front().string(), std::move(specs), o);
    if (!ts.ok()) {
      for (const auto& d : ts.status().diagnostics()) problems.push_back(d);
      return std::shared_ptr<const TermSet>(std::make_shared<TermSet>());
    }
    return ts.value();
  };
  const std::vector<std::string> weapons(kWeaponNames.begin(), kWeaponNames.end());
  const auto wpaths = dirs.files("weapons.lex");
  rb->weapons = build(wpaths,
                      load_word_lists(wpaths, {"weapons.lex", weapons, {}, &rb->list_examples, WordCheck::weapon}, problems),
                      {.plural = true});
  rb->weapon_of_term = kinds_of_terms(*rb->weapons, parse_weapon, Weapon::unknown, wpaths, problems);
  const auto apaths = dirs.files("actors.lex");
  rb->actors = build(apaths,
                     load_word_lists(apaths,
                                     {"actors.lex", {}, {"capital"_name, "leader"_name, "forces"_name, "one_state"},
                                      &rb->list_examples, WordCheck::actor, true},
                                     problems),
                     {.possessive = true});
  rb->actor_scopes = ActorScopes(*rb->actors);
  std::vector<std::string> ttypes(kTargetTypeNames.begin() + 1, kTargetTypeNames.end());  // all but none's ""
  const auto tpaths = dirs.files("targets.lex");
  rb->targets = build(tpaths,
                      load_word_lists(tpaths, {"targets.lex", ttypes, {}, &rb->list_examples, WordCheck::target_type}, problems),
                      {.plural = true});
  rb->target_of_term = kinds_of_terms(*rb->targets, parse_target_type, TargetType::unknown, tpaths, problems);
  const auto cpaths = dirs.files("casualties.lex");
  rb->casualties = build(cpaths,
                         load_word_lists(cpaths, {"casualties.lex",
                                                  {"killed"_name, "injured"_name, "unsplit"_name, "victims"_name,
                                                   "no_injured", "no_killed", "no_casualties", "toll_update"},
                                                  {}, &rb->list_examples, WordCheck::casualties}, problems),
                         {});
  const auto qpaths = dirs.files("cues.lex");
  rb->cues = build(qpaths,
                   load_word_lists(qpaths, {"cues.lex",
                                            {"modal"_name, "negation"_name, "generic"_name, "delivery"_name,
                                             "accident"_name, "test"_name, "space"_name, "intercepted"_name, "hit"_name},
                                            {}, &rb->list_examples, WordCheck::events}, problems),
                   {.sentence_case = true});
  const auto gpaths = dirs.files("grammar.lex");
  const WordListSpec gspec{"grammar.lex",
                           {"attack_verb", "modifier"_name, "place_before", "place_not_before", "reporting_verb"}, {},
                           &rb->list_examples, WordCheck::events};
  load_word_lists(gpaths, gspec, problems);  // validation of the whole file, and its examples
  std::vector<Diagnostic> ignore;            // per-section reloads: problems already reported
  rb->attack_verbs = build(gpaths, load_word_lists(gpaths, gspec, ignore, "attack_verb"), {});
  rb->modifiers = build(gpaths, load_word_lists(gpaths, gspec, ignore, "modifier"_name), {});
  rb->place_before = build(gpaths, load_word_lists(gpaths, gspec, ignore, "place_before"), {});
  rb->place_not_before = build(gpaths, load_word_lists(gpaths, gspec, ignore, "place_not_before"), {});
  rb->reporting_verbs = build(gpaths, load_word_lists(gpaths, gspec, ignore, "reporting_verb"), {});
  // abbreviations.lex: one [abbreviations] list (the sentence splitter's)
  {
    std::vector<std::string> words;
    for (const auto& p : dirs.files("abbreviations.lex"))
      for (const auto& t : load_word_list(p, {"abbreviations.lex", {"abbreviations"_name}, {}}, problems))
        words.push_back(t.term);
    rb->abbreviations = Abbreviations(words);
  }
  rb->first_terms =
      std::make_unique<const TermIndex>(std::vector<std::shared_ptr<const TermSet>>{rb->casualties, rb->cues});
  rb->sentence_terms = std::make_unique<const TermIndex>(std::vector<std::shared_ptr<const TermSet>>{
      rb->actors, rb->targets, rb->attack_verbs, rb->reporting_verbs, rb->place_before, rb->place_not_before});

  rb->settings = load_assembly_settings(dir / "assembly.lex", problems);
  auto book = PatternBook::load(dirs.languages);
  if (!book.ok()) {
    for (const auto& d : book.status().diagnostics()) problems.push_back(d);
  } else {
    rb->patterns = book.value();
    rb->grammar = Grammar::bind(*rb->patterns, problems);
  }
  auto words = WordBook::load(dirs.languages);
  if (!words.ok()) {
    for (const auto& d : words.status().diagnostics()) problems.push_back(d);
  } else {
    rb->word_book = words.value();
    rb->words = WordLists::bind(*rb->word_book, problems);
  }
  if (!problems.empty()) return Status::errors(std::move(problems));

  RE2::Options so = pattern_options();
  rb->prefilter = std::make_unique<RE2::Set>(so, RE2::UNANCHORED);
  for (const auto& t : rb->triggers) {
    std::string err;
    if (rb->prefilter->Add(wrap_word(t.pattern), &err) < 0)
      problems.push_back({t.file, t.line, "cannot add to the trigger set: " + err});
  }
  std::string walt;
  for (const auto& s : rb->weapons->specs()) walt += (walt.empty() ? "" : "|") + term_to_pattern(s.term);
  if (!walt.empty()) {
    std::string err;
    rb->weapon_set_index = rb->prefilter->Add(wrap_word(walt), &err);
    if (rb->weapon_set_index < 0)
      problems.push_back({wpaths.empty() ? dir.string() : wpaths.front().string(), 0, "weapon names do not compile: " + err});
  }
  if (!rb->prefilter->Compile()) problems.push_back({dir.string(), 0, "trigger set too large to compile"});
  if (!rb->exclusions.empty()) {
    rb->exclusion_set = std::make_unique<RE2::Set>(so, RE2::UNANCHORED);
    for (const auto& x : rb->exclusions) {
      std::string err;
      if (rb->exclusion_set->Add(wrap_word(x.pattern), &err) < 0)
        problems.push_back({x.file, x.line, "cannot add to the exclusion set: " + err});
    }
    if (!rb->exclusion_set->Compile()) problems.push_back({dir.string(), 0, "exclusion set too large to compile"});
  }
  if (!problems.empty()) return Status::errors(std::move(problems));


  rb->version = rules_version(dir);  // every file under the rules root, the gazetteer included
  rb->rule_count = rb->triggers.size() + rb->exclusions.size() + rb->weapons->specs().size() +
                   rb->actors->specs().size() + rb->targets->specs().size() + rb->casualties->specs().size() +
                   rb->cues->specs().size();
  return std::shared_ptr<const Rulebook>(std::move(rb));
}

}  // namespace salvo
