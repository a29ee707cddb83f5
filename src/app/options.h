// app/options.h — parsing a subcommand's command line, once for every command.
#pragma once

#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace salvo::app {

// Parses `args` against `visible` (shown by --help) and `hidden` options;
// arguments without an option name go to the option called `positional`.
// On a bad option, prints "salvo COMMAND: <why>" and how to get the help on
// stderr and returns false (the caller exits with kExitUsage).
bool parse_options(const std::string& command, const std::vector<std::string>& args,
                   const boost::program_options::options_description& visible,
                   const boost::program_options::options_description& hidden, const char* positional,
                   boost::program_options::variables_map& vm);

}  // namespace salvo::app
