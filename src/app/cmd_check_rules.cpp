#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "extract/extractor.h"

namespace salvo::app {

namespace po = boost::program_options;

int cmd_check_rules(const std::vector<std::string>& args) {
  po::options_description opts("salvo check-rules: load every rule file and report each problem as file:line: message");
  opts.add_options()("help,h", "show this help")
      ("rules", po::value<std::string>()->default_value(""), "rules directory (default: the rules shipped with salvo)")
      ("places", po::value<std::string>()->default_value(""),
       "gazetteer folder (default: the rules directory's places/)")
      ("no-gazetteer", "skip loading the gazetteer");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(opts).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << opts << "\nExit status: 0 when every rule loads, 2 when any problem is found.\n";
    return kExitOk;
  }
  const auto dir = find_rules_dir(vm["rules"].as<std::string>());
  auto ex = Extractor::load({.rules_dir = dir,
                             .load_gazetteer = vm.count("no-gazetteer") == 0,
                             .places_dir = vm["places"].as<std::string>(),
                             .places_index = find_places_index()});
  if (!ex.ok()) {
    const auto& diags = ex.status().diagnostics();
    if (diags.empty()) std::cerr << ex.status().message() << "\n";
    for (const auto& d : diags) std::cerr << d.str() << "\n";
    std::cerr << "salvo check-rules: " << (diags.empty() ? 1 : diags.size()) << " problem(s) in " << dir.string() << "\n";
    return kExitUsage;
  }
  std::cout << "rules ok: " << ex.value()->rule_count() << " rules from " << dir.string()
            << " (version " << ex.value()->rules_version() << ")\n";
  return kExitOk;
}

}  // namespace salvo::app
