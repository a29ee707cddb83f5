// app/commands.h — one function per subcommand. Each parses its own options
// (Boost.Program_options), wires readers and writers to the library, and
// returns the process exit code (README.md and docs/INPUT.md give their meanings).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace salvo::app {

// Exit codes, documented in README.md and docs/INPUT.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // bad records under --strict, output failure
inline constexpr int kExitUsage = 2;     // bad options, unreadable rules or inputs
inline constexpr int kExitBelowThreshold = 3;  // eval: scores below the recorded floor

int cmd_extract(const std::vector<std::string>& args);
int cmd_check_rules(const std::vector<std::string>& args);
int cmd_test_rules(const std::vector<std::string>& args);
int cmd_eval(const std::vector<std::string>& args);
int cmd_dedupe(const std::vector<std::string>& args);
int cmd_index_places(const std::vector<std::string>& args);
int cmd_report(const std::vector<std::string>& args);

// Sets up spdlog on stderr from -v/-q counts.
void setup_logging(int verbose, bool quiet);
// The rules root (its language folders and places/, rules/rule_dirs.h): --rules
// if given, else $SALVO_RULES, else next to the binary (build tree or
// installed share/salvo/rules), else the install path.
std::filesystem::path find_rules_dir(const std::string& option_value);
// The data directory (layouts/: the ACLED and UCDP tables; report/: the HTML
// report's script, style and map outlines), found as the rules are: --data,
// else $SALVO_DATA, else PREFIX/share/salvo/data next to an installed binary,
// else the source tree's data/, else the install path.
std::filesystem::path find_data_dir(const std::string& option_value);
// The gazetteer's binary index: $SALVO_PLACES_INDEX if set ("" = none), else
// places.idx next to the binary (written by the build) or in the installed
// share/salvo/, else none. Gazetteer::load checks that it matches the rules.
std::filesystem::path find_places_index();

}  // namespace salvo::app
