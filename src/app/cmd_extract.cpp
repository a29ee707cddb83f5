// app/cmd_extract.cpp — `salvo extract`: options -> readers -> extractor -> sink.
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/options.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "build_info.h"
#include "dedupe/dedupe.h"
#include "emit/output_file.h"
#include "emit/sink.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "ingest/rejects.h"

namespace salvo::app {

namespace po = boost::program_options;

namespace {

struct ExtractConfig {
  std::vector<std::string> inputs;
  std::string output;
  std::string format;
  bool bom = false;
  std::string rules;
  std::string data;
  std::string places;  // gazetteer folder; "" = the rules directory's places/
  ReaderOptions reader;
  std::string rejects;
  std::string explain;
  bool strict = false;
  int verbose = 0;
  bool quiet = false;
  unsigned threads = 0;
  bool dedupe = false;
  bool no_cluster_ids = false;
  int dedupe_window = 3;
};

// A record that could not be used: `file:line: reason` on stderr (`file: reason`
// for a whole .txt file) and, with --rejects, a line in the rejects file.
Status report_reject(const Reject& r, RejectLog* log) {
  if (r.line > 0) spdlog::warn("{}:{}: {}", r.file, r.line, r.reason);
  else spdlog::warn("{}: {}", r.file, r.reason);
  return log ? log->write(r) : Status{};
}

// One --explain line: the document, the sentence (its offsets in code points and text), the
// trigger phrase when a sentence step dropped it, the rule, and the stage that applied it.
std::string rejection_json(const std::string& doc_id, const Rejection& r) {
  nlohmann::json j = {{"doc_id", doc_id},
                      {"sentence", {{"start", r.where.start}, {"end", r.where.end}, {"text", r.where.text}}},
                      {"rule", r.rule},
                      {"stage", r.stage}};
  if (!r.phrase.empty()) j["phrase"] = r.phrase;
  return j.dump();
}

// The container and the row layout from -f and -o's extension: -f acled|ucdp
// picks the layout, written as XLSX or TSV when -o ends so, else as CSV.
Status choose_format(const std::string& format, const std::string& output, SinkOptions& opts) {
  std::string ext;
  if (!output.empty() && output != "-") {
    ext = std::filesystem::path(output).extension().string();
    if (!ext.empty()) ext = ext.substr(1);
  }
  if (auto layout = parse_layout(format)) {
    opts.layout = *layout;
    auto container = parse_format(ext);
    opts.format = container.ok() ? container.value() : OutputFormat::csv;  // open_sink refuses jsonl
    return {};
  }
  std::string fmt = format.empty() ? (output.empty() || output == "-" ? "jsonl" : (ext.empty() ? "jsonl" : ext)) : format;
  auto parsed = parse_format(fmt);
  if (!parsed.ok()) return parsed.status();
  opts.format = parsed.value();
  return {};
}

// When the rows are made, for ACLED's timestamp column: $SOURCE_DATE_EPOCH
// (reproducible builds' convention) when set, else now.
std::int64_t run_timestamp() {
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
    char* end = nullptr;
    const long long v = std::strtoll(env, &end, 10);
    if (end && *end == '\0' && v >= 0) return v;
  }
  return static_cast<std::int64_t>(std::time(nullptr));
}

// The exit code for a failed write of the events: a reader that went away
// (`salvo extract ... | head`) is not an error; anything else is.
int output_failure(const Status& st) {
  if (st.message() == kBrokenPipe) return kExitOk;
  spdlog::error("writing events: {}", st.message());
  return kExitFailure;
}

// After a run that stopped before the end: where the events so far are (a
// file output is atomic: FILE is untouched, FILE.partial holds them).
void report_partial(const std::string& output, std::uint64_t articles, std::uint64_t events) {
  if (!writes_atomically(output)) return;
  spdlog::error("stopped after {} articles and {} events; {} was not changed, the events so far are in {}",
                articles, events, output, partial_path(output));
}

}  // namespace

int cmd_extract(const std::vector<std::string>& args) {
  // A closed output pipe must surface as EPIPE from write(), not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  ExtractConfig cfg;
  std::string date;
  po::options_description opts(
      "salvo extract [OPTIONS] [FILE...]\n\n"
      "Reads articles and writes one event record per strike or drone attack.\n"
      "FILE is a JSON Lines file (one article per line with \"id\" and \"text\",\n"
      "optional \"title\", \"date\" (ISO 8601 publication date) and \"url\"), a .txt file,\n"
      "a folder of .txt files, a .gz of either, or - for stdin (the default).\n\nOptions");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&cfg.output), "write events to FILE (default: stdout); the format follows the extension")
      ("format,f", po::value(&cfg.format),
       "jsonl | csv | tsv | xlsx (default: from -o's extension, else jsonl); acled | ucdp: ACLED's or UCDP GED's "
       "columns, as CSV, or as XLSX/TSV when -o ends in .xlsx/.tsv")
      ("bom", po::bool_switch(&cfg.bom), "CSV/TSV: start with a UTF-8 byte-order mark (for Excel)")
      ("rules", po::value(&cfg.rules), "rules directory (default: the rules shipped with salvo)")
      ("data", po::value(&cfg.data), "data directory with layouts/ (the ACLED and UCDP tables; default: shipped with salvo)")
      ("places", po::value(&cfg.places), "gazetteer folder (default: the rules directory's places/)")
      ("date", po::value(&date), "publication date (YYYY-MM-DD) for .txt inputs and records without one")
      ("id-field", po::value(&cfg.reader.id_field)->default_value("id"), "JSONL field holding the article id")
      ("text-field", po::value(&cfg.reader.text_field)->default_value("text"), "JSONL field holding the text")
      ("title-field", po::value(&cfg.reader.title_field)->default_value("title"), "JSONL field holding the title")
      ("date-field", po::value(&cfg.reader.date_field)->default_value("date"), "JSONL field holding the publication date")
      ("url-field", po::value(&cfg.reader.url_field)->default_value("url"), "JSONL field holding the URL")
      ("max-record-bytes", po::value(&cfg.reader.max_record_bytes)->default_value(cfg.reader.max_record_bytes),
       "reject records (JSONL lines, .txt files) larger than this many bytes")
      ("rejects", po::value(&cfg.rejects), "write every unusable input record to FILE (JSON Lines)")
      ("strict", po::bool_switch(&cfg.strict), "exit 1 if any input record is rejected")
      ("explain", po::value(&cfg.explain),
       "write to FILE (JSON Lines) every trigger that gave no event, with its sentence and the rule that "
       "decided so (cue.modal, event.no_report, event.weak_background, ...); runs on one thread")
      ("threads,j", po::value(&cfg.threads)->default_value(0),
       "threads (0 = one per core): this thread and N-1 helpers read, extract and write; the output is "
       "identical whatever the number")
      ("dedupe", po::bool_switch(&cfg.dedupe),
       "merge events from different articles that report the same strike into one record with every source "
       "(without it, each event carries a cluster_id for the same grouping; see docs/DEDUPE.md)")
      ("no-cluster-ids", po::bool_switch(&cfg.no_cluster_ids),
       "leave cluster_id empty: for shards of one corpus, whose merged output then goes through "
       "`salvo dedupe --annotate` (cluster ids depend on the whole stream; see docs/SCALING.md)")
      ("dedupe-window", po::value(&cfg.dedupe_window)->default_value(3),
       "days a strike stays open for merging, behind the newest event date seen")
      ("verbose,v", po::value<int>()->implicit_value(1)->zero_tokens(), "more messages on stderr")
      ("quiet,q", po::bool_switch(&cfg.quiet), "only errors on stderr");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&cfg.inputs));
  po::variables_map vm;
  if (!parse_options("extract", args, opts, hidden, "input", vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts << "\nExamples:\n  salvo extract samples/kryvyi-rih-2023-07-31.jsonl\n"
              << "  salvo extract --date 2023-07-31 article.txt -o events.csv\n"
              << "  zcat dump.jsonl.gz | salvo extract - > events.jsonl\n";
    return kExitOk;
  }
  setup_logging(vm.count("verbose") ? vm["verbose"].as<int>() : 0, cfg.quiet);
  if (!date.empty()) {
    cfg.reader.default_date = parse_iso_date(date);
    if (!cfg.reader.default_date) {
      spdlog::error("--date '{}' is not a valid YYYY-MM-DD date", date);
      return kExitUsage;
    }
  }
  if (cfg.inputs.empty()) cfg.inputs.push_back("-");
  if (cfg.dedupe && cfg.no_cluster_ids) {
    spdlog::error("--dedupe and --no-cluster-ids cannot be used together");
    return kExitUsage;
  }

  SinkOptions sink_opts;
  sink_opts.path = cfg.output;
  sink_opts.bom = cfg.bom;
  if (auto st = choose_format(cfg.format, cfg.output, sink_opts); !st.ok()) {
    spdlog::error("{}", st.message());
    return kExitUsage;
  }
  if (sink_opts.layout != RowLayoutKind::salvo) {
    const auto dir = find_data_dir(cfg.data) / "layouts";
    auto tables = LayoutTables::load(dir);
    if (!tables.ok()) {
      for (const auto& d : tables.status().diagnostics()) std::cerr << d.str() << "\n";
      spdlog::error("cannot load the ACLED/UCDP tables from {}", dir.string());
      return kExitUsage;
    }
    sink_opts.tables = std::make_shared<const LayoutTables>(std::move(tables).value());
    sink_opts.timestamp = run_timestamp();
  }

  const auto t0 = std::chrono::steady_clock::now();
  const auto rules_dir = find_rules_dir(cfg.rules);
  auto ex = Extractor::load({.rules_dir = rules_dir, .places_dir = cfg.places, .places_index = find_places_index()});
  if (!ex.ok()) {
    for (const auto& d : ex.status().diagnostics()) std::cerr << d.str() << "\n";
    spdlog::error("cannot load rules from {}: {}", rules_dir.string(), ex.status().message());
    return kExitUsage;
  }
  const auto& extractor = *ex.value();
  spdlog::debug("gazetteer: {}", extractor.gazetteer_note());
  auto sink = open_sink(sink_opts);
  if (!sink.ok()) {
    spdlog::error("{}", sink.status().message());
    return kExitUsage;
  }

  std::unique_ptr<RejectLog> reject_log;
  if (!cfg.rejects.empty()) {
    auto log = RejectLog::open(cfg.rejects);
    if (!log.ok()) {
      spdlog::error("{}", log.status().message());
      return kExitUsage;
    }
    reject_log = std::move(log).value();
  }

  RunSummary summary;
  summary.inputs = cfg.inputs;
  summary.rules_version = extractor.rules_version();
  summary.salvo_version = SALVO_VERSION;
  auto source = open_inputs(cfg.inputs, cfg.reader);
  Progress progress(std::cerr, {.live = !cfg.quiet && stderr_is_tty(), .summary = !cfg.quiet,
                                .total_bytes = total_input_bytes(cfg.inputs)});
  // Cross-article grouping: merge mode writes one record per strike; annotate mode writes every event as it
  // comes with the cluster_id of its strike. Memory is bounded by the date window either way.
  Deduplicator dedupe({.window_days = cfg.dedupe_window}, cfg.dedupe ? DedupeMode::merge : DedupeMode::annotate);
  auto write_event = [&](TracedEvent& t) -> Status {
    Event& e = t.event;
    if (!e.sources.empty())
      for (std::size_t i = 0; i < e.evidence.size(); ++i) e.evidence[i].doc_id = t.evidence_doc(i);
    if (auto st = sink.value()->write(e); !st.ok()) return st;
    ++summary.events;
    ++summary.by_type[e.event_type];
    ++summary.by_country[e.location ? e.location->country : ""];
    return {};
  };
  PipelineHandlers handlers;
  handlers.on_document = [&](const Document&, const std::vector<Event>& events, const ReadStats& read) -> Status {
    for (const Event& e : events) {
      if (cfg.no_cluster_ids && !cfg.dedupe) {
        TracedEvent t{e, {}};
        if (auto st = write_event(t); !st.ok()) return st;
        continue;
      }
      for (TracedEvent& t : dedupe.add(e))
        if (auto st = write_event(t); !st.ok()) return st;
    }
    progress.update(read.records, read.bytes);
    return {};
  };
  handlers.on_reject = [&](const Reject& r, const ReadStats&) -> Status {
    progress.clear_line();
    return report_reject(r, reject_log.get());
  };
  PipelineOptions popts;
  popts.threads = cfg.threads == 0 ? default_thread_count() : cfg.threads;
  // --explain: one thread, so that the explanations are written in input order as they come
  std::ofstream explain_out;
  if (!cfg.explain.empty()) {
    popts.threads = 1;
    explain_out.open(cfg.explain);
    if (!explain_out) {
      spdlog::error("cannot write {}", cfg.explain);
      return kExitUsage;
    }
  }
  auto extract = [&](const Document& d) {
    if (cfg.explain.empty()) return extractor.extract(d);
    std::vector<Rejection> why;
    auto events = extractor.explain(d, why);
    for (const Rejection& r : why) explain_out << rejection_json(d.id, r) << "\n";
    return events;
  };
  const PipelineResult run = run_pipeline(*source, extract, popts, handlers);
  if (explain_out.is_open()) {
    explain_out.close();
    if (!explain_out) spdlog::error("cannot write {}", cfg.explain);
  }
  int exit_code = kExitOk;
  switch (run.end) {
    case PipelineEnd::finished:
      break;
    case PipelineEnd::interrupted:  // (no stop_requested yet)
      break;
    case PipelineEnd::source_error:  // the events before it stay in FILE.partial (stdout: written)
      progress.clear_line();
      spdlog::error("{}", run.status.message());
      exit_code = kExitUsage;
      if (!writes_atomically(cfg.output)) break;
      if (reject_log) (void)reject_log->close();
      report_partial(cfg.output, run.documents, summary.events);
      return kExitUsage;
    case PipelineEnd::stopped: {  // a write failed: the events, or the rejects file
      progress.clear_line();
      if (reject_log) (void)reject_log->close();
      const int code = output_failure(run.status);
      if (code != kExitOk) report_partial(cfg.output, run.documents, summary.events);
      return code;
    }
    case PipelineEnd::extract_failed:
      progress.clear_line();
      spdlog::error("{}", run.status.message());
      report_partial(cfg.output, run.documents, summary.events);
      return kExitFailure;
  }
  for (TracedEvent& t : dedupe.finish())
    if (auto st = write_event(t); !st.ok()) return output_failure(st);
  if (reject_log) {
    if (auto st = reject_log->close(); !st.ok()) {
      spdlog::error("{}", st.message());
      return kExitFailure;
    }
  }
  summary.articles = source->stats().records;
  summary.rejected = source->stats().rejected;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (auto st = sink.value()->finish(summary); !st.ok()) return output_failure(st);
  progress.finish({summary.articles, summary.events, summary.rejected, source->stats().bytes});
  spdlog::debug("events written to {}", cfg.output.empty() || cfg.output == "-" ? "stdout" : cfg.output);
  if (cfg.dedupe)
    spdlog::info("dedupe: {} events in, {} records out ({} merged)", dedupe.stats().events_in,
                 dedupe.stats().records_out, dedupe.stats().merged_clusters);
  if (const auto repaired = source->stats().repaired; repaired > 0)
    spdlog::info("repaired invalid UTF-8 in {} articles (bad bytes replaced by U+FFFD)", repaired);
  if (cfg.strict && summary.rejected > 0 && exit_code == kExitOk) exit_code = kExitFailure;
  return exit_code;
}

}  // namespace salvo::app
