// app/cmd_extract.cpp — `salvo extract`: options -> readers -> extractor -> sink.
#include <chrono>
#include <filesystem>
#include <optional>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/checkpoint.h"
#include "app/commands.h"
#include "app/interrupt.h"
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
  bool resume = false;
  double checkpoint_every = 30;  // seconds between checkpoints
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
std::optional<std::int64_t> source_date_epoch() {
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
    char* end = nullptr;
    const long long v = std::strtoll(env, &end, 10);
    if (end && *end == '\0' && v >= 0) return v;
  }
  return std::nullopt;
}

std::int64_t run_timestamp() {
  return source_date_epoch().value_or(static_cast<std::int64_t>(std::time(nullptr)));
}

// What shapes the output, for the checkpoint: a resumed run must give the same.
nlohmann::json output_options(const ExtractConfig& cfg, const SinkOptions& sink, const std::string& rules_dir) {
  const auto& r = cfg.reader;
  const auto epoch = source_date_epoch();
  return {{"salvo_version", SALVO_VERSION},
          {"output", cfg.output},
          {"format", static_cast<int>(sink.format)},
          {"layout", static_cast<int>(sink.layout)},
          {"bom", cfg.bom},
          {"rules", rules_dir},
          {"places", cfg.places},
          {"data", cfg.data},
          {"fields", {r.id_field, r.text_field, r.title_field, r.date_field, r.url_field}},
          {"date", r.default_date ? nlohmann::json(r.default_date->iso()) : nlohmann::json(nullptr)},
          {"max_record_bytes", r.max_record_bytes},
          {"rejects", cfg.rejects},
          {"dedupe", cfg.dedupe},
          {"no_cluster_ids", cfg.no_cluster_ids},
          {"dedupe_window", cfg.dedupe_window},
          {"source_date_epoch", epoch ? nlohmann::json(*epoch) : nlohmann::json(nullptr)}};
}

// "file:17" -> ("file", 17); a .txt origin has no line.
std::pair<std::string, std::uint64_t> split_origin(const std::string& origin) {
  const auto colon = origin.rfind(':');
  if (colon == std::string::npos || colon + 1 == origin.size()) return {origin, 0};
  for (std::size_t i = colon + 1; i < origin.size(); ++i)
    if (origin[i] < '0' || origin[i] > '9') return {origin, 0};
  return {origin.substr(0, colon), std::stoull(origin.substr(colon + 1))};
}

enum class ResumeFrom { start, checkpoint, nothing_to_do, refuse };

// With --resume: whether there is an interrupted run to continue (its
// checkpoint in `saved`), a finished one (nothing to do) or none (start).
ResumeFrom resume_state(const std::string& output, std::optional<Checkpoint>& saved) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool have_ckpt = fs::exists(checkpoint_path(output), ec);
  const bool have_partial = fs::exists(partial_path(output), ec);
  const bool have_output = fs::exists(output, ec);
  if (!have_ckpt && !have_partial) {
    if (have_output) {
      spdlog::info("{} is complete (no {}): nothing to resume", output, checkpoint_path(output));
      return ResumeFrom::nothing_to_do;
    }
    spdlog::info("no interrupted run to resume ({} not found): starting from the beginning", checkpoint_path(output));
    return ResumeFrom::start;
  }
  if (!have_ckpt) {
    spdlog::error("cannot resume: {} has no checkpoint ({}); run without --resume to start over",
                  partial_path(output), checkpoint_path(output));
    return ResumeFrom::refuse;
  }
  if (!have_partial) {
    if (have_output) {  // stopped between the rename and removing the checkpoint
      fs::remove(checkpoint_path(output), ec);
      spdlog::info("{} is complete: nothing to resume", output);
      return ResumeFrom::nothing_to_do;
    }
    spdlog::error("cannot resume: {} is missing; run without --resume to start over", partial_path(output));
    return ResumeFrom::refuse;
  }
  auto c = read_checkpoint(checkpoint_path(output));
  if (!c.ok()) {
    spdlog::error("cannot resume: {}", c.status().message());
    return ResumeFrom::refuse;
  }
  saved = std::move(c).value();
  return ResumeFrom::checkpoint;
}

// Reads again, without extracting, the records the checkpoint says were
// written, and checks that they end where they ended then.
Status skip_done(DocumentSource& source, const Checkpoint& c) {
  RawRecord raw;
  Document doc;
  Reject rej;
  for (std::uint64_t i = 0; i < c.records; ++i) {
    if (InterruptGuard::signal() != 0) return Status::error("interrupted while skipping to the checkpoint");
    bool more = false;
    if (source.can_take()) {
      more = source.take(raw) == DocumentSource::Take::record;
    } else {
      const auto n = source.next(doc, rej);
      more = n == DocumentSource::Next::document || n == DocumentSource::Next::reject;
      raw.file = n == DocumentSource::Next::reject ? rej.file : split_origin(doc.origin).first;
      raw.line = n == DocumentSource::Next::reject ? rej.line : split_origin(doc.origin).second;
    }
    if (!more)
      return Status::error("the inputs end after " + std::to_string(i) + " records, before the checkpoint's " +
                           std::to_string(c.records) + (source.status().ok() ? "" : ": " + source.status().message()));
  }
  if (c.records > 0 && (raw.file != c.file || raw.line != c.line || source.stats().bytes != c.input_bytes))
    return Status::error("the inputs changed: record " + std::to_string(c.records) + " is " + raw.file + ":" +
                         std::to_string(raw.line) + " at byte " + std::to_string(source.stats().bytes) +
                         ", the checkpoint says " + c.file + ":" + std::to_string(c.line) + " at byte " +
                         std::to_string(c.input_bytes));
  return {};
}

// The exit code for a failed write of the events: a reader that went away
// (`salvo extract ... | head`) is not an error; anything else is.
int output_failure(const Status& st) {
  if (st.message() == kBrokenPipe) return kExitOk;
  spdlog::error("writing events: {}", st.message());
  return kExitFailure;
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
      ("resume", po::bool_switch(&cfg.resume),
       "continue the run that was interrupted writing -o FILE (from FILE.partial and FILE.checkpoint); "
       "the inputs, rules and options must be the same; does nothing if FILE is complete")
      ("checkpoint-every", po::value(&cfg.checkpoint_every)->default_value(30),
       "seconds between checkpoints of a run writing -o FILE (one is also written when it stops)")
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
  // A file output is atomic; it also gets checkpoints when its inputs can be read again.
  const bool atomic = writes_atomically(cfg.output);
  if (cfg.resume && (!atomic || !cfg.explain.empty())) {
    spdlog::error("--resume needs -o FILE (a regular file) and cannot be used with --explain");
    return kExitUsage;
  }
  std::optional<Checkpoint> saved;
  if (cfg.resume) {
    switch (resume_state(cfg.output, saved)) {
      case ResumeFrom::nothing_to_do: return kExitOk;
      case ResumeFrom::refuse: return kExitUsage;
      case ResumeFrom::start:
      case ResumeFrom::checkpoint: break;
    }
  } else if (atomic && std::filesystem::exists(checkpoint_path(cfg.output))) {
    spdlog::warn("starting over: the interrupted run's {} is replaced (--resume continues it)",
                 partial_path(cfg.output));
  }
  Checkpoint ckpt;  // this run's: identity now, progress as it goes
  bool checkpoints = atomic && cfg.explain.empty();
  if (checkpoints) {
    auto stamps = stamp_inputs(cfg.inputs);
    if (!stamps.ok()) {
      if (saved) {
        spdlog::error("cannot resume: {}", stamps.status().message());
        return kExitUsage;
      }
      checkpoints = false;
      spdlog::debug("no checkpoints: {}", stamps.status().message());
    } else {
      ckpt.inputs = std::move(stamps).value();
    }
  }
  ckpt.timestamp = saved ? saved->timestamp : run_timestamp();
  sink_opts.timestamp = ckpt.timestamp;
  sink_opts.xlsx_created = ckpt.timestamp;
  if (sink_opts.layout != RowLayoutKind::salvo) {
    const auto dir = find_data_dir(cfg.data) / "layouts";
    auto tables = LayoutTables::load(dir);
    if (!tables.ok()) {
      for (const auto& d : tables.status().diagnostics()) std::cerr << d.str() << "\n";
      spdlog::error("cannot load the ACLED/UCDP tables from {}", dir.string());
      return kExitUsage;
    }
    sink_opts.tables = std::make_shared<const LayoutTables>(std::move(tables).value());
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
  ckpt.rules_version = extractor.rules_version();
  ckpt.options = output_options(cfg, sink_opts, std::filesystem::absolute(rules_dir).lexically_normal().string());
  if (saved) {
    if (auto st = same_run(*saved, ckpt); !st.ok()) {
      spdlog::error("cannot resume {}: {}; run without --resume to start over", cfg.output, st.message());
      return kExitUsage;
    }
    sink_opts.resume_at = saved->output_bytes;
  }

  // From here on the first SIGINT/SIGTERM stops the run cleanly (interrupt.h).
  InterruptGuard interrupt_guard;
  auto sink = open_sink(sink_opts);
  if (!sink.ok()) {
    spdlog::error("{}", sink.status().message());
    return kExitUsage;
  }

  std::unique_ptr<RejectLog> reject_log;
  if (!cfg.rejects.empty()) {
    auto log = RejectLog::open(cfg.rejects, saved ? saved->rejects_bytes : std::nullopt);
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
  Checkpoint base;  // what earlier sessions of this run did (zero for a new run)
  if (saved) base = *saved;
  summary.events = base.events;
  summary.by_type = base.by_type;
  summary.by_country = base.by_country;
  auto source = open_inputs(cfg.inputs, cfg.reader);
  // Cross-article grouping: merge mode writes one record per strike; annotate mode writes every event as it
  // comes with the cluster_id of its strike. Memory is bounded by the date window either way.
  Deduplicator dedupe({.window_days = cfg.dedupe_window}, cfg.dedupe ? DedupeMode::merge : DedupeMode::annotate);
  const bool clustering = cfg.dedupe || !cfg.no_cluster_ids;
  if (saved) {
    if (clustering) {
      if (auto st = dedupe.restore_state(saved->dedupe); !st.ok()) {
        spdlog::error("cannot resume {}: {}", cfg.output, st.message());
        return kExitUsage;
      }
    }
    if (auto st = skip_done(*source, *saved); !st.ok()) {
      if (InterruptGuard::signal() != 0) return InterruptGuard::exit_code();
      spdlog::error("cannot resume {}: {}; run without --resume to start over", cfg.output, st.message());
      return kExitUsage;
    }
    spdlog::info("resuming after {} records ({}:{}), {} events already in {}", saved->records, saved->file,
                 saved->line, saved->events, partial_path(cfg.output));
  }
  Progress progress(std::cerr, {.live = !cfg.quiet && stderr_is_tty(), .summary = !cfg.quiet,
                                .total_bytes = total_input_bytes(cfg.inputs)});

  // Progress of this run, for checkpoints: the records handed over and where the last one was.
  ckpt.records = base.records;
  ckpt.file = base.file;
  ckpt.line = base.line;
  ckpt.input_bytes = base.input_bytes;
  const auto elapsed = [&] {
    return base.seconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  auto save_checkpoint = [&](const ReadStats& read) -> Status {
    if (!checkpoints) return {};
    auto bytes = sink.value()->sync();
    if (!bytes.ok()) return bytes.status();
    ckpt.output_bytes = bytes.value();
    ckpt.rejects_bytes.reset();
    if (reject_log) {
      auto r = reject_log->sync();
      if (!r.ok()) return r.status();
      ckpt.rejects_bytes = r.value();
    }
    ckpt.articles = base.articles + read.records;
    ckpt.rejected = base.rejected + read.rejected;
    ckpt.repaired = base.repaired + read.repaired;
    ckpt.events = summary.events;
    ckpt.by_type = summary.by_type;
    ckpt.by_country = summary.by_country;
    ckpt.seconds = elapsed();
    ckpt.dedupe = clustering ? dedupe.save_state() : nlohmann::json(nullptr);
    return write_checkpoint(checkpoint_path(cfg.output), ckpt);
  };
  auto last_checkpoint = std::chrono::steady_clock::now();
  ReadStats last_read;  // the stats as of the last record handed over
  auto record_done = [&](const std::string& file, std::uint64_t line, const ReadStats& read) -> Status {
    ++ckpt.records;
    ckpt.file = file;
    ckpt.line = line;
    ckpt.input_bytes = read.bytes;
    last_read = read;
    if (!checkpoints || std::chrono::steady_clock::now() - last_checkpoint <
                            std::chrono::duration<double>(cfg.checkpoint_every))
      return {};
    last_checkpoint = std::chrono::steady_clock::now();
    return save_checkpoint(read);
  };
  if (auto st = save_checkpoint(last_read); !st.ok()) {
    spdlog::error("{}", st.message());
    return kExitFailure;
  }

  auto write_event = [&](TracedEvent& t) -> Status {
    Event& e = t.event;
    if (!e.sources.empty())
      for (std::size_t i = 0; i < e.evidence.size(); ++i) e.evidence[i].doc_id = t.evidence_doc(i);
    if (auto st = sink.value()->write(e); !st.ok()) return st;
    ++summary.events;
    ++summary.by_type[std::string(to_string(e.event_type))];
    ++summary.by_country[e.location ? e.location->country : ""];
    return {};
  };
  PipelineHandlers handlers;
  handlers.on_document = [&](const Document& doc, const std::vector<Event>& events, const ReadStats& read) -> Status {
    for (const Event& e : events) {
      if (!clustering) {
        TracedEvent t{e, {}};
        if (auto st = write_event(t); !st.ok()) return st;
        continue;
      }
      for (TracedEvent& t : dedupe.add(e))
        if (auto st = write_event(t); !st.ok()) return st;
    }
    progress.update(base.articles + read.records, read.bytes);
    const auto [file, line] = split_origin(doc.origin);
    return record_done(file, line, read);
  };
  handlers.on_reject = [&](const Reject& r, const ReadStats& read) -> Status {
    progress.clear_line();
    if (auto st = report_reject(r, reject_log.get()); !st.ok()) return st;
    return record_done(r.file, r.line, read);
  };
  PipelineOptions popts;
  popts.threads = cfg.threads == 0 ? default_thread_count() : cfg.threads;
  popts.stop_requested = [] { return InterruptGuard::signal() != 0; };
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
  // A run that stops early keeps its events in FILE.partial, with a checkpoint to resume from.
  auto stop_early = [&](int code, bool sink_ok) {
    progress.clear_line();
    if (!atomic) return code;
    Status saved_ok;
    if (sink_ok) saved_ok = save_checkpoint(last_read);
    if (reject_log) (void)reject_log->close();
    spdlog::error("stopped after {} records ({}:{}, {} of {} input bytes) and {} events; {} was not changed, the "
                  "events so far are in {}",
                  ckpt.records, ckpt.file, ckpt.line, ckpt.input_bytes,
                  total_input_bytes(cfg.inputs) ? std::to_string(*total_input_bytes(cfg.inputs)) : "?",
                  summary.events, cfg.output, partial_path(cfg.output));
    if (!checkpoints)
      spdlog::error("this run cannot be resumed (its input cannot be read again); run it again");
    else if (!saved_ok.ok())
      spdlog::error("{}", saved_ok.message());
    else
      spdlog::error("to continue, run the same command with --resume");
    return code;
  };
  int exit_code = kExitOk;
  switch (run.end) {
    case PipelineEnd::finished:
      break;
    case PipelineEnd::interrupted:
      spdlog::warn("{}: stopped reading; the records in flight were written", signal_name(InterruptGuard::signal()));
      if (!atomic) {
        (void)sink.value()->sync();
        progress.clear_line();
        return InterruptGuard::exit_code();
      }
      return stop_early(InterruptGuard::exit_code(), true);
    case PipelineEnd::source_error:
      progress.clear_line();
      spdlog::error("{}", run.status.message());
      exit_code = kExitUsage;
      if (!atomic) break;  // stdout: the events before it are written, and the run ends as usual
      return stop_early(kExitUsage, true);
    case PipelineEnd::stopped: {  // a write failed: the events, or the rejects file
      progress.clear_line();
      const int code = output_failure(run.status);
      if (code == kExitOk) return code;
      return stop_early(code, false);  // the last checkpoint stays: resuming starts from there
    }
    case PipelineEnd::extract_failed:
      progress.clear_line();
      spdlog::error("{}", run.status.message());
      return stop_early(kExitFailure, true);
  }
  for (TracedEvent& t : dedupe.finish())
    if (auto st = write_event(t); !st.ok()) {
      const int code = output_failure(st);
      return code == kExitOk ? code : stop_early(code, false);
    }
  // Everything is written: a checkpoint at the end makes even the XLSX build below resumable.
  if (checkpoints && sink_opts.format == OutputFormat::xlsx) {
    if (auto st = save_checkpoint(last_read); !st.ok()) spdlog::warn("{}", st.message());
  }
  if (reject_log) {
    if (auto st = reject_log->close(); !st.ok()) {
      spdlog::error("{}", st.message());
      return kExitFailure;
    }
  }
  summary.articles = base.articles + source->stats().records;
  summary.rejected = base.rejected + source->stats().rejected;
  if (!source_date_epoch()) summary.seconds = elapsed();
  if (auto st = sink.value()->finish(summary); !st.ok()) {
    const int code = output_failure(st);
    return code == kExitOk ? code : stop_early(code, false);
  }
  if (atomic) {
    std::error_code ec;
    std::filesystem::remove(checkpoint_path(cfg.output), ec);
  }
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
