// Prints the events salvo extracts from each JSONL record {id,text,date} of a
// file, without the CLI's readers: handy while editing rules.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: salvo_extract_dev RULES_DIR FILE.jsonl\n";
    return 2;
  }
  const bool gaz = std::getenv("SALVO_DEV_NO_GAZETTEER") == nullptr;
  auto ex = salvo::Extractor::load({.rules_dir = argv[1], .load_gazetteer = gaz});
  if (!ex.ok()) {
    for (const auto& d : ex.status().diagnostics()) std::cerr << d.str() << "\n";
    std::cerr << ex.status().message() << "\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    salvo::Document d;
    d.id = j.value("id", "");
    d.text = j.value("text", "");
    if (j.contains("date")) d.published = salvo::parse_iso_date(j.value("date", ""));
    for (const auto& e : ex.value()->extract(d)) std::cout << salvo::to_json(e).dump() << "\n";
  }
}
