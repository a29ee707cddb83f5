#include "app/options.h"

#include <iostream>

namespace salvo::app {

namespace po = boost::program_options;

bool parse_options(const std::string& command, const std::vector<std::string>& args,
                   const po::options_description& visible, const po::options_description& hidden,
                   const char* positional, po::variables_map& vm) {
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  if (positional != nullptr) pos.add(positional, -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "salvo " << command << ": " << e.what() << "\nRun `salvo " << command
              << " --help` for the options.\n";
    return false;
  }
  return true;
}

}  // namespace salvo::app
