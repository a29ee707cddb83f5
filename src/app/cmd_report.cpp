// app/cmd_report.cpp — `salvo report`: event JSONL files -> one self-contained HTML page.
//
// Reads salvo's own event records (what `salvo extract` writes as JSONL), in
// the order given, and streams them into the page (src/emit/report_html.h).
// Unusable lines are reported as file:line: reason, counted, and skipped.
#include <algorithm>
#include <csignal>
#include <iostream>
#include <thread>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/event_inputs.h"
#include "app/options.h"
#include "build_info.h"
#include "emit/report_html.h"
#include "emit/sink.h"

namespace salvo::app {

namespace po = boost::program_options;

namespace {

// One input line, turned into the page's record on a worker thread.
struct Converted {
  std::string record;  // report_record(), or "" for a blank or unusable line
  std::string reason;  // why the line is unusable, "" otherwise
};

Converted convert(const std::string& line) {
  if (line.find_first_not_of(" \t\r") == std::string::npos) return {};
  // A pointer range parses faster than the string's iterators (nlohmann reads it byte by byte).
  const auto j = nlohmann::json::parse(line.data(), line.data() + line.size(), nullptr, /*allow_exceptions=*/false);
  if (std::string reason = not_an_event(j); !reason.empty()) return {{}, std::move(reason)};
  auto e = event_from_json(j);
  if (!e.ok()) return {{}, e.status().message()};
  return {report_record(e.value()), {}};
}

// Streams every event of `in` into `report`, a batch of lines at a time: the
// lines are parsed on `threads` threads, then added in input order. Returns
// false when writing failed (write_status says why).
bool add_events(std::istream& in, const std::string& name, unsigned threads, ReportWriter& report,
                std::uint64_t& bad, Status& write_status) {
  constexpr std::size_t kBatch = 4096;
  std::vector<std::string> lines;
  std::vector<Converted> out;
  std::uint64_t lineno = 0;
  for (;;) {
    lines.clear();
    std::string line;
    while (lines.size() < kBatch && std::getline(in, line)) lines.push_back(std::move(line));
    if (lines.empty()) return true;
    out.assign(lines.size(), {});
    std::vector<std::thread> pool;
    const std::size_t per = (lines.size() + threads - 1) / threads;
    for (std::size_t start = per; start < lines.size(); start += per)
      pool.emplace_back([&, start] {
        for (std::size_t i = start; i < std::min(lines.size(), start + per); ++i) out[i] = convert(lines[i]);
      });
    for (std::size_t i = 0; i < std::min(lines.size(), per); ++i) out[i] = convert(lines[i]);
    for (auto& t : pool) t.join();
    for (const Converted& c : out) {
      ++lineno;
      if (!c.reason.empty()) {
        ++bad;
        spdlog::warn("{}:{}: {}", name, lineno, c.reason);
      } else if (!c.record.empty()) {
        if (write_status = report.add_record(c.record); !write_status.ok()) return false;
      }
    }
  }
}

}  // namespace

int cmd_report(const std::vector<std::string>& args) {
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> inputs;
  std::string output;
  std::string data;
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;
  po::options_description opts(
      "salvo report [OPTIONS] EVENTS.jsonl... -o report.html\n\n"
      "Writes one self-contained HTML page (no network access when opened) with a map of\n"
      "the events, a timeline of events per day by type, and a sortable table, with filters\n"
      "by country, type and actor. Input: salvo's event JSON Lines (as written by\n"
      "`salvo extract`); - is stdin (the default). docs/REPORT.md describes the page.\n\nOptions");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write the page to FILE (default: stdout)")
      ("data", po::value(&data), "data directory with report/ (script, style, map outlines; default: shipped with salvo)")
      ("strict", po::bool_switch(&strict), "exit 1 if any input line is unusable")
      ("threads,j", po::value(&threads)->default_value(0),
       "threads reading the events (0 = one per core); the page is identical whatever the number")
      ("verbose,v", po::value<int>()->implicit_value(1)->zero_tokens(), "more messages on stderr")
      ("quiet,q", po::bool_switch(&quiet), "only errors on stderr");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs));
  po::variables_map vm;
  if (!parse_options("report", args, opts, hidden, "input", vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts << "\nExamples:\n  salvo report events.jsonl -o report.html\n"
              << "  salvo extract articles.jsonl | salvo report - -o report.html\n";
    return kExitOk;
  }
  setup_logging(vm.count("verbose") ? vm["verbose"].as<int>() : 0, quiet);
  if (inputs.empty()) inputs.push_back("-");
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());

  const auto assets_dir = find_data_dir(data) / "report";
  auto assets = load_report_assets(assets_dir);
  if (!assets.ok()) {
    spdlog::error("cannot load the report's assets: {}", assets.status().message());
    return kExitUsage;
  }
  auto report = ReportWriter::open({.path = output, .salvo_version = SALVO_VERSION, .inputs = inputs},
                                   std::move(assets).value());
  if (!report.ok()) {
    spdlog::error("{}", report.status().message());
    return kExitUsage;
  }
  std::uint64_t bad = 0;
  Status write_status;
  const std::size_t unreadable = read_event_inputs(inputs, [&](std::istream& in, const std::string& name) {
    return add_events(in, name, threads, *report.value(), bad, write_status);
  });
  int exit_code = unreadable > 0 ? kExitUsage : kExitOk;
  if (write_status.ok()) write_status = report.value()->finish();
  if (!write_status.ok()) {
    if (write_status.message() == kBrokenPipe) return kExitOk;
    spdlog::error("writing the report: {}", write_status.message());
    return kExitFailure;
  }
  if (bad > 0) spdlog::info("{} unusable lines skipped", bad);
  if (strict && bad > 0 && exit_code == kExitOk) exit_code = kExitFailure;
  return exit_code;
}

}  // namespace salvo::app
