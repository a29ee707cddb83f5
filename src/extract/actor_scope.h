// extract/actor_scope.h — actors.lex names whose actor depends on where the strike was.
//
// Owns: the country scope of actors.lex lines (a line tagged with ISO 3166
// codes, "IS @NG", names its section's actor only for a strike in one of those
// countries; the same name may then stand in several sections, one per
// country, and an untagged line is its actor elsewhere), and reading a
// matched name's tags back from the text it was matched as.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/termset.h"

namespace salvo {

class ActorScopes {
 public:
  ActorScopes() = default;
  explicit ActorScopes(const TermSet& actors);

  // The actor the name matched as `text` stands for in a strike in country `cc` (ISO2, may be
  // empty): nullopt when no line of that name has a scope (the match stands); else the scoped
  // line's actor, or the untagged line's, or none (every line is scoped to other countries).
  std::optional<std::optional<std::string>> in_country(std::string_view text, const std::string& cc) const;

  // The actor of every name in `text`, in order, scoped names read in country `cc`.
  std::vector<std::string> named_in(std::string_view text, const std::string& cc) const;

  // Some line of section `label` has the name matched as `text`.
  bool in_section(std::string_view text, const std::string& label) const;

  // The line of section `label` with the name matched as `text` has tag `tag` (null: any or none).
  bool tagged(std::string_view text, const std::string& label, const char* tag) const;

 private:
  struct Line {
    std::string label;
    std::vector<std::string> countries;  // empty: everywhere else
  };
  const TermSet* actors_ = nullptr;
  std::map<std::string, std::vector<Line>> scoped_;  // TermSet::key of a name with a scoped line -> its lines
  // TermSet::key of every name -> the specs of that name, in order: tagged() asks it once per
  // actor of every analysed sentence, and keying all ~1,500 specs per call was 4% of a news run
  std::map<std::string, std::vector<std::size_t>> by_key_;
};

}  // namespace salvo
