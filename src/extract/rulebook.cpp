#include "extract/rulebook.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>

#include "core/ascii.h"
#include "core/hash.h"
#include "rules/lexfile.h"
#include "rules/version.h"

namespace salvo {

namespace fs = std::filesystem;

namespace {

const std::array<std::string_view, 5> kEventTypes = {"air_drone_strike", "shelling_artillery_missile",
                                                     "remote_explosive", "suicide_bomb", "grenade"};
const std::array<std::string_view, 10> kWeapons = {"aircraft", "drone", "missile", "rocket", "artillery",
                                                   "mortar", "ied", "grenade", "suicide_vest", "unknown"};
const std::array<std::string_view, 6> kTargetTypes = {"civilians", "residential", "infrastructure",
                                                      "military", "government", "unknown"};

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

std::string wrap_word(const std::string& pattern) { return "\\b(?:" + pattern + ")\\b"; }

// Reads a *.rules file: one [section] per rule with key = value lines.
void load_rule_file(const fs::path& path, bool triggers, std::vector<TriggerRule>& out,
                    std::vector<RuleExample>& examples, std::set<std::string>& ids,
                    std::vector<Diagnostic>& problems) {
  const LexFile f = read_lexfile(path, problems);
  const std::set<std::string> allowed = triggers
      ? std::set<std::string>{"pattern", "event_type", "weapon", "strength", "names", "example", "counter", "note"}
      : std::set<std::string>{"pattern", "example", "counter", "note"};
  for (const auto& [name, line] : f.sections) {
    if (!ids.insert(name).second) problems.push_back(f.at(line, "duplicate rule id '" + name + "'"));
    TriggerRule r;
    r.id = name;
    r.file = f.path;
    r.line = line;
    r.strong = true;
    // A rule of one pattern line (all of them today) is compiled once: the
    // line's own check is the rule's pattern, kept rather than built again.
    std::unique_ptr<RE2> single;
    int pattern_lines = 0;
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
      if (e.key == "pattern") {
        if (!r.pattern.empty()) r.pattern += "|";
        r.pattern += e.value;
        auto probe = std::make_unique<RE2>(wrap_word(e.value), pattern_options());
        if (!probe->ok()) problems.push_back(f.at(e.line, "pattern does not compile: " + probe->error()));
        if (++pattern_lines == 1) single = std::move(probe);
      } else if (e.key == "event_type") {
        if (!in(kEventTypes, e.value)) problems.push_back(f.at(e.line, "unknown event_type '" + e.value + "'"));
        r.event_type = e.value;
      } else if (e.key == "weapon") {
        if (!in(kWeapons, e.value)) problems.push_back(f.at(e.line, "unknown weapon '" + e.value + "'"));
        r.weapon = e.value;
      } else if (e.key == "strength") {
        if (e.value != "strong" && e.value != "weak")
          problems.push_back(f.at(e.line, "strength must be 'strong' or 'weak'"));
        r.strong = e.value != "weak";
      } else if (e.key == "names") {
        if (e.value != "attack" && e.value != "weapon")
          problems.push_back(f.at(e.line, "names must be 'attack' or 'weapon'"));
        r.names_attack = e.value != "weapon";
      } else if (e.key == "example" || e.key == "counter") {
        examples.push_back({name, e.value, e.key == "example", f.path, e.line});
      }
    }
    for (const auto& e : f.entries)
      if (e.section.empty()) problems.push_back(f.at(e.line, "entry outside any [rule] section"));
    if (r.pattern.empty()) {
      problems.push_back(f.at(line, "rule [" + name + "] has no pattern"));
      continue;
    }
    if (triggers && (r.event_type.empty() || r.weapon.empty())) {
      problems.push_back(f.at(line, "rule [" + name + "] needs event_type and weapon"));
      continue;
    }
    r.re = pattern_lines == 1 ? std::move(single) : std::make_unique<RE2>(wrap_word(r.pattern), pattern_options());
    if (!r.re->ok()) continue;  // already reported per line
    out.push_back(std::move(r));
  }
}

struct WordListSpec {
  const char* file;
  std::vector<std::string> sections;  // allowed sections (empty: any)
  std::vector<std::string> tags;      // allowed tags
};

// Reads a *.lex word list into TermSpecs (label = section).
std::vector<TermSpec> load_word_list(const fs::path& path, const WordListSpec& spec, std::vector<Diagnostic>& problems,
                                     const std::string& only_section = "") {
  const LexFile f = read_lexfile(path, problems);
  std::vector<TermSpec> terms;
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
      if (only_section.empty())
        problems.push_back(f.at(e.line, "word lists take one word or phrase per line, not 'key = value'"));
      continue;
    }
    bool bad_tag = false;
    for (const auto& t : e.tags)
      if (!in(spec.tags, t)) {
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
    terms.push_back({e.value, e.section, e.tags, e.line});
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
  if (!fs::is_directory(dir)) return Status::errors({{dir.string(), 0, "rules directory not found"}});
  auto rb = std::make_shared<Rulebook>();
  std::set<std::string> ids;
  load_rule_file(dir / "triggers.rules", true, rb->triggers, rb->examples, ids, problems);
  load_rule_file(dir / "exclusions.rules", false, rb->exclusions, rb->examples, ids, problems);

  auto build = [&](const fs::path& path, std::vector<TermSpec> specs, TermSetOptions o) {
    auto ts = TermSet::build(path.string(), std::move(specs), o);
    if (!ts.ok()) {
      for (const auto& d : ts.status().diagnostics()) problems.push_back(d);
      return std::shared_ptr<const TermSet>(std::make_shared<TermSet>());
    }
    return ts.value();
  };
  std::vector<std::string> weapons(kWeapons.begin(), kWeapons.end());
  const fs::path wpath = dir / "weapons.lex";
  rb->weapons = build(wpath, load_word_list(wpath, {"weapons.lex", weapons, {}}, problems), {.plural = true});
  const fs::path apath = dir / "actors.lex";
  rb->actors = build(apath, load_word_list(apath, {"actors.lex", {}, {"capital", "leader"}}, problems),
                     {.possessive = true});
  std::vector<std::string> ttypes(kTargetTypes.begin(), kTargetTypes.end());
  const fs::path tpath = dir / "targets.lex";
  rb->targets = build(tpath, load_word_list(tpath, {"targets.lex", ttypes, {}}, problems), {.plural = true});
  const fs::path cpath = dir / "casualties.lex";
  rb->casualties = build(cpath,
                         load_word_list(cpath, {"casualties.lex",
                                                {"killed", "injured", "victims", "no_injured", "no_killed",
                                                 "no_casualties", "toll_update"}, {}}, problems),
                         {});
  const fs::path qpath = dir / "cues.lex";
  rb->cues = build(qpath,
                   load_word_list(qpath, {"cues.lex",
                                          {"modal", "negation", "generic", "delivery", "accident", "intercepted", "hit"},
                                          {}}, problems),
                   {.sentence_case = true});
  const fs::path gpath = dir / "grammar.lex";
  const WordListSpec gspec{"grammar.lex",
                           {"attack_verb", "modifier", "place_before", "place_not_before", "reporting_verb"}, {}};
  load_word_list(gpath, gspec, problems);  // validation of the whole file
  std::vector<Diagnostic> ignore;          // per-section reloads: problems already reported
  rb->attack_verbs = build(gpath, load_word_list(gpath, gspec, ignore, "attack_verb"), {});
  rb->modifiers = build(gpath, load_word_list(gpath, gspec, ignore, "modifier"), {});
  rb->place_before = build(gpath, load_word_list(gpath, gspec, ignore, "place_before"), {});
  rb->place_not_before = build(gpath, load_word_list(gpath, gspec, ignore, "place_not_before"), {});
  rb->reporting_verbs = build(gpath, load_word_list(gpath, gspec, ignore, "reporting_verb"), {});
  rb->first_terms =
      std::make_unique<const TermIndex>(std::vector<std::shared_ptr<const TermSet>>{rb->casualties, rb->cues});
  rb->sentence_terms = std::make_unique<const TermIndex>(std::vector<std::shared_ptr<const TermSet>>{
      rb->actors, rb->targets, rb->attack_verbs, rb->reporting_verbs, rb->place_before, rb->place_not_before});

  {
    const std::vector<std::string> weapons(kWeapons.begin(), kWeapons.end());
    const std::vector<std::string> types(kEventTypes.begin(), kEventTypes.end());
    rb->settings = load_assembly_settings(dir / "assembly.lex", weapons, types, problems);
  }
  auto book = PatternBook::load(dir);
  if (!book.ok()) {
    for (const auto& d : book.status().diagnostics()) problems.push_back(d);
  } else {
    rb->patterns = book.value();
    rb->grammar = Grammar::bind(*rb->patterns, problems);
  }
  auto words = WordBook::load(dir);
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
    if (rb->weapon_set_index < 0) problems.push_back({wpath.string(), 0, "weapon names do not compile: " + err});
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


  rb->version = rules_version(dir);  // every file under rules/, rules/places too
  rb->rule_count = rb->triggers.size() + rb->exclusions.size() + rb->weapons->specs().size() +
                   rb->actors->specs().size() + rb->targets->specs().size() + rb->casualties->specs().size() +
                   rb->cues->specs().size();
  return std::shared_ptr<const Rulebook>(std::move(rb));
}

}  // namespace salvo
