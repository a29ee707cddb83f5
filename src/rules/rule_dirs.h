// rules/rule_dirs.h — the layout of a rules root: languages and places.
//
// Owns: which folders of a rules root are read, and in which order. A rules
// root (`--rules DIR`) holds `places/` (the gazetteer and the analysts'
// corrections to it, shared by every language) and one or more language
// folders: every subfolder that holds a `triggers.rules` (`en/`, `uk/`, ...).
// All the language folders are loaded together and merged (each list's terms
// one after the other, in folder-name order), so the rules of several
// languages are active at once. Every file of a language folder except
// triggers.rules is optional. The meaning of the files belongs to their
// loaders (extract/rulebook, resolve/dates, resolve/numbers, the gazetteer).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/names.h"
#include "core/status.h"

namespace salvo {

struct RuleDirs {
  std::filesystem::path root;
  std::vector<std::filesystem::path> languages;  // sorted by folder name

  std::filesystem::path places() const { return root / "places"_name; }
  // `name` in every language folder that has one, in language order.
  std::vector<std::filesystem::path> files(std::string_view name) const;
};

// The language folders of `root`. Fails when root is not a directory, holds no
// language folder, or still has the rule files at its top (the layout before
// language folders), with a message that says what to do.
Result<RuleDirs> find_rule_dirs(const std::filesystem::path& root);


}  // namespace salvo
