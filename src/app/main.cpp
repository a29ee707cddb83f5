// app/main.cpp — dispatches `salvo COMMAND ...` to its subcommand. The only
// place that catches what escapes a command (exceptions stop at this boundary).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "build_info.h"

#ifdef SALVO_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

const char* kUsage = R"(salvo — strike and drone-attack events from news text

Usage:
  salvo extract [OPTIONS] [FILE...]   articles (JSONL, .txt, folders, .gz, -) -> events
  salvo check-rules [--rules DIR]     load and validate the rules; list every problem
  salvo test-rules [--rules DIR] [-v] [CASES.jsonl...]
                                      run the rule files' examples, or cases files
  salvo eval --gold GOLD [PRED]       score events against a gold set
  salvo dedupe EVENTS.jsonl...        merge events from many articles about one strike
  salvo report EVENTS.jsonl... -o report.html
                                      one HTML page: map, timeline and table of events
  salvo index-places [--rules DIR] -o FILE
                                      write the gazetteer's fast-loading binary index
  salvo --version | --help

Run `salvo COMMAND --help` for a command's options. Output goes to stdout,
messages to stderr. Quick start:
  salvo extract samples/kryvyi-rih-2023-07-31.jsonl -o events.jsonl
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? salvo::app::kExitUsage : salvo::app::kExitOk;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "salvo " << SALVO_VERSION << "\n";
#ifdef SALVO_WITH_MIMALLOC
    std::cout << "allocator: mimalloc " << mi_version() / 100 << "." << mi_version() / 10 % 10 << "." << mi_version() % 10 << "\n";
#else
    std::cout << "allocator: glibc malloc\n";
#endif
    return 0;
  }
  const std::string cmd = args[0];
  args.erase(args.begin());
  try {
    if (cmd == "extract") return salvo::app::cmd_extract(args);
    if (cmd == "check-rules") return salvo::app::cmd_check_rules(args);
    if (cmd == "test-rules") return salvo::app::cmd_test_rules(args);
    if (cmd == "eval") return salvo::app::cmd_eval(args);
    if (cmd == "dedupe") return salvo::app::cmd_dedupe(args);
    if (cmd == "index-places") return salvo::app::cmd_index_places(args);
    if (cmd == "report") return salvo::app::cmd_report(args);
  } catch (const std::exception& e) {
    std::cerr << "salvo " << cmd << ": " << e.what() << "\n";
    return salvo::app::kExitUsage;
  }
  std::cerr << "salvo: unknown command '" << cmd << "'\n\n" << kUsage;
  return salvo::app::kExitUsage;
}
