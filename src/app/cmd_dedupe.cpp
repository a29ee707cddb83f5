// app/cmd_dedupe.cpp — `salvo dedupe`: event JSONL files -> Deduplicator -> JSONL.
//
// Reads salvo's own event records (what `salvo extract` writes as JSONL), in
// the order given, and writes one record per strike (or, with --annotate,
// every record with its cluster_id). Unusable lines are reported as
// file:line: reason, counted, and skipped. docs/DEDUPE.md has the rules.
#include <csignal>
#include <functional>
#include <iostream>
#include <string_view>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/event_inputs.h"
#include "app/options.h"
#include "dedupe/dedupe.h"
#include "emit/output_file.h"
#include "emit/sink.h"

namespace salvo::app {

namespace po = boost::program_options;

namespace {

using Emit = std::function<void(std::vector<TracedEvent>&&)>;

// Adds one input line to `dd` (what that closes goes to `emit`). Returns why
// the line is unusable, or "" when it was added or is blank.
std::string add_line(std::string_view line, Deduplicator& dd, const Emit& emit) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return {};
  const auto j = nlohmann::json::parse(line.data(), line.data() + line.size(), nullptr, /*allow_exceptions=*/false);
  if (std::string reason = not_an_event(j); !reason.empty()) return reason;
  auto t = traced_event_from_json(j);
  if (!t.ok()) return t.status().message();
  emit(dd.add(std::move(t).value()));
  return {};
}

}  // namespace

int cmd_dedupe(const std::vector<std::string>& args) {
  // A closed output pipe must surface as EPIPE from write(), not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> inputs;
  std::string output;
  DedupeOptions dopts;
  bool annotate = false;
  bool strict = false;
  bool quiet = false;
  po::options_description opts(
      "salvo dedupe [OPTIONS] EVENTS.jsonl...\n\n"
      "Merges event records from many articles that report the same strike into one\n"
      "record listing every source. Input: salvo's event JSON Lines (as written by\n"
      "`salvo extract`), read in the order given; - is stdin (the default). Output:\n"
      "JSON Lines. Input should be roughly in date order: clusters are closed and\n"
      "written once the newest date seen is more than --window days past them.\n\nOptions");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write records to FILE (default: stdout)")
      ("window", po::value(&dopts.window_days)->default_value(dopts.window_days),
       "days a cluster stays open behind the newest event date seen")
      ("max-km", po::value(&dopts.max_km)->default_value(dopts.max_km),
       "places farther apart than this are different places")
      ("unknown-days", po::value(&dopts.unknown_days_back)->default_value(dopts.unknown_days_back),
       "a date of precision 'unknown' (the publication date) covers this many days before it")
      ("annotate", po::bool_switch(&annotate),
       "write every input record unchanged but for cluster_id, in input order, instead of merging")
      ("strict", po::bool_switch(&strict), "exit 1 if any input line is unusable")
      ("verbose,v", po::value<int>()->implicit_value(1)->zero_tokens(), "more messages on stderr")
      ("quiet,q", po::bool_switch(&quiet), "only errors on stderr");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs));
  po::variables_map vm;
  if (!parse_options("dedupe", args, opts, hidden, "input", vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts << "\nExamples:\n  salvo dedupe events.jsonl -o strikes.jsonl\n"
              << "  salvo extract articles.jsonl | salvo dedupe --window 5 > strikes.jsonl\n"
              << "  salvo dedupe --annotate a.jsonl b.jsonl   # keep every record, group by cluster_id\n";
    return kExitOk;
  }
  setup_logging(vm.count("verbose") ? vm["verbose"].as<int>() : 0, quiet);
  if (dopts.window_days < 0 || dopts.unknown_days_back < 0 || !(dopts.max_km >= 0)) {
    spdlog::error("--window, --unknown-days and --max-km must not be negative");
    return kExitUsage;
  }
  if (inputs.empty()) inputs.push_back("-");

  auto out = OutputFile::open(output);
  if (!out.ok()) {
    spdlog::error("{}", out.status().message());
    return kExitUsage;
  }
  OutputFile& file_out = *out.value();
  Deduplicator dd(dopts, annotate ? DedupeMode::annotate : DedupeMode::merge);
  std::uint64_t bad = 0;
  Status write_status;
  const Emit emit = [&](std::vector<TracedEvent>&& ready) {
    for (const auto& t : ready) {
      if (!write_status.ok()) return;
      write_status = file_out.append(
          to_json(t).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }
  };

  const std::size_t unreadable = read_event_inputs(inputs, [&](std::istream& in, const std::string& name) {
    std::string line;
    std::uint64_t lineno = 0;
    while (write_status.ok() && std::getline(in, line)) {
      ++lineno;
      if (std::string reason = add_line(line, dd, emit); !reason.empty()) {
        ++bad;
        spdlog::warn("{}:{}: {}", name, lineno, reason);
      }
    }
    return true;  // after a failed write the later inputs are still opened (and not read), as ever
  });
  int exit_code = unreadable > 0 ? kExitUsage : kExitOk;
  if (write_status.ok()) emit(dd.finish());
  if (write_status.ok()) write_status = file_out.close();
  if (!write_status.ok()) {
    if (write_status.message() == kBrokenPipe) return kExitOk;
    spdlog::error("writing records: {}", write_status.message());
    return kExitFailure;
  }
  const auto& s = dd.stats();
  spdlog::info("{} events in, {} records out, {} strikes reported more than once, {} bad lines, {} late events{}",
               s.events_in, s.records_out, s.merged_clusters, bad, s.late,
               s.undated ? fmt::format(", {} undated (not merged)", s.undated) : std::string());
  if (s.late > 0)
    spdlog::warn("{} events arrived more than --window days behind the newest date seen; they may duplicate "
                 "records already written (sort the input by date or raise --window)",
                 s.late);
  if (strict && bad > 0 && exit_code == kExitOk) exit_code = kExitFailure;
  return exit_code;
}

}  // namespace salvo::app
