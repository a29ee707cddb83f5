// app/cmd_dedupe.cpp — `salvo dedupe`: event JSONL files -> Deduplicator -> JSONL.
//
// Reads salvo's own event records (what `salvo extract` writes as JSONL), in
// the order given, and writes one record per strike (or, with --annotate,
// every record with its cluster_id). Unusable lines are reported as
// file:line: reason, counted, and skipped. docs/DEDUPE.md has the rules.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/options.h"
#include "dedupe/dedupe.h"
#include "emit/output_file.h"
#include "emit/sink.h"

namespace salvo::app {

namespace po = boost::program_options;

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
  int exit_code = kExitOk;
  Status write_status;
  auto emit = [&](std::vector<TracedEvent>&& ready) {
    for (const auto& t : ready) {
      if (!write_status.ok()) return;
      write_status = file_out.append(
          to_json(t).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }
  };

  for (const auto& path : inputs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    const std::string name = path == "-" ? "<stdin>" : path;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        spdlog::error("cannot read {}: {}", path, std::strerror(errno));
        exit_code = kExitUsage;
        continue;
      }
      in = &file;
    }
    std::string line;
    std::uint64_t lineno = 0;
    while (write_status.ok() && std::getline(*in, line)) {
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      std::string reason;
      if (j.is_discarded()) reason = "not valid JSON";
      else if (!j.is_object()) reason = "not a JSON object";
      else if (!j.contains("event_id") || !j.at("event_id").is_string() || j.at("event_id").get<std::string>().empty())
        reason = "no \"event_id\" (is this an event record?)";
      if (reason.empty()) {
        auto t = traced_event_from_json(j);
        if (!t.ok()) reason = t.status().message();
        else emit(dd.add(std::move(t).value()));
      }
      if (!reason.empty()) {
        ++bad;
        spdlog::warn("{}:{}: {}", name, lineno, reason);
      }
    }
    if (in->bad()) {
      spdlog::error("reading {} failed", name);
      exit_code = kExitUsage;
    }
  }
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
