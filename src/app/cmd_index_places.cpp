// app/cmd_index_places.cpp — `salvo index-places`: rules/places/places.tsv.gz
// -> the binary index the gazetteer maps at start-up instead of parsing the
// text (~100x faster; docs/PLACES.md, "Loading fast").
//
// The build runs it once (places.idx next to the salvo binary); run it again
// by hand only for a rules directory of your own. An index that does not match
// the places.tsv.gz it is used with is ignored, never trusted.
#include <chrono>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/options.h"
#include "resolve/gazetteer.h"

namespace salvo::app {

namespace po = boost::program_options;

int cmd_index_places(const std::vector<std::string>& args) {
  std::string rules, output;
  po::options_description opts(
      "salvo index-places [--rules DIR] -o FILE\n\n"
      "Parses DIR/places/places.tsv.gz, its names filed under keys folded as\n"
      "DIR/places/names.lex says, and writes its binary image to FILE. salvo reads\n"
      "places.idx next to its binary (or $SALVO_PLACES_INDEX) instead of parsing the text\n"
      "when the image was made from the same places.tsv.gz bytes and the same key folding.\n\nOptions");
  opts.add_options()("help,h", "show this help")
      ("rules", po::value(&rules)->default_value(""), "rules directory (default: the rules shipped with salvo)")
      ("output,o", po::value(&output), "index file to write (required)");
  po::options_description hidden;
  po::variables_map vm;
  if (!parse_options("index-places", args, opts, hidden, nullptr, vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts << "\nExit status: 0 when the index is written, 2 otherwise.\n";
    return kExitOk;
  }
  if (output.empty()) {
    std::cerr << "salvo index-places: -o FILE is required\n";
    return kExitUsage;
  }
  const auto dir = find_rules_dir(rules) / "places";
  const auto t0 = std::chrono::steady_clock::now();
  if (Status st = Gazetteer::write_index(dir, output); !st.ok()) {
    std::cerr << "salvo index-places: " << st.message() << "\n";
    return kExitUsage;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "salvo index-places: " << output << " from " << (dir / "places.tsv.gz").string() << " in "
            << secs << " s\n";
  return kExitOk;
}

}  // namespace salvo::app
