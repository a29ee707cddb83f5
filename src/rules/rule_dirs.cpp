#include "rules/rule_dirs.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace salvo {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLanguageMarker = "triggers.rules";


}  // namespace

std::vector<fs::path> RuleDirs::files(std::string_view name) const {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& lang : languages)
    if (fs::is_regular_file(lang / name, ec)) out.push_back(lang / name);
  return out;
}

Result<RuleDirs> find_rule_dirs(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return Status::errors({{root.string(), 0, "rules directory not found"}});
  if (fs::is_regular_file(root / kLanguageMarker, ec))
    return Status::errors({{(root / kLanguageMarker).string(), 0,
                            "rule files belong in a language folder: move the .rules and .lex files of " +
                                root.string() + " into " + (root / "en").string() + " (docs/RULES.md)"}});
  RuleDirs d;
  d.root = root;
  for (const auto& e : fs::directory_iterator(root, ec)) {
    std::error_code probe;  // a folder without the marker is no error
    if (e.is_directory(probe) && fs::is_regular_file(e.path() / kLanguageMarker, probe)) d.languages.push_back(e.path());
  }
  if (ec) return Status::errors({{root.string(), 0, "cannot list the rules directory: " + ec.message()}});
  if (d.languages.empty())
    return Status::errors({{root.string(), 0,
                            "no language folder (a subfolder holding triggers.rules, such as en/)"}});
  std::sort(d.languages.begin(), d.languages.end());
  return d;
}


}  // namespace salvo
