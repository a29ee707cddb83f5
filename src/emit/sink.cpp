// emit/sink.cpp — format names, open_sink, and the line-oriented writers
// (JSON Lines, CSV, TSV). The XLSX writer lives in xlsx_sink.cpp.
#include "emit/sink.h"

#include <nlohmann/json.hpp>

#include "emit/delimited.h"
#include "emit/flat_row.h"
#include "emit/output_file.h"
#include "emit/xlsx_sink.h"

namespace salvo {

namespace {

// One line per event: exactly to_json(e).dump() and '\n'.
class JsonlSink final : public EventSink {
 public:
  explicit JsonlSink(std::unique_ptr<OutputFile> out) : out_(std::move(out)) {}
  Status write(const Event& e) override {
    line_.clear();
    if (append_json(e, line_)) {
      line_ += '\n';
      return out_->append(line_);
    }
    const nlohmann::json j = to_json(e);
    std::string line;
    try {
      line = j.dump();
    } catch (const nlohmann::json::exception&) {
      // Only invalid UTF-8 makes dump() throw; readers repair text, so this is
      // a last resort that writes U+FFFD instead of failing the run.
      line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    line += '\n';
    return out_->append(line);
  }
  Status finish(const RunSummary&) override { return out_->close(); }

 private:
  std::unique_ptr<OutputFile> out_;
  std::string line_;  // reused: one allocation for the whole run
};

// CSV or TSV: a header line, then one line per event.
class DelimitedSink final : public EventSink {
 public:
  DelimitedSink(std::unique_ptr<OutputFile> out, bool tsv) : out_(std::move(out)), tsv_(tsv) {}
  Status start(bool bom) {
    std::string head;
    if (bom) head += kUtf8Bom;
    head += tsv_ ? tsv_header() : csv_header();
    return out_->append(head);
  }
  Status write(const Event& e) override {
    const FlatRow row = flat_row(e);
    return out_->append(tsv_ ? tsv_record(row) : csv_record(row));
  }
  Status finish(const RunSummary&) override { return out_->close(); }

 private:
  std::unique_ptr<OutputFile> out_;
  bool tsv_;
};

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

Result<OutputFormat> parse_format(const std::string& name) {
  const std::string n = lower(name);
  if (n == "jsonl" || n == "json" || n == "ndjson") return OutputFormat::jsonl;
  if (n == "csv") return OutputFormat::csv;
  if (n == "tsv") return OutputFormat::tsv;
  if (n == "xlsx") return OutputFormat::xlsx;
  return Status::error("unknown output format '" + name + "' (use jsonl, csv, tsv or xlsx)");
}

Result<std::unique_ptr<EventSink>> open_sink(const SinkOptions& opts) {
  if (opts.format == OutputFormat::xlsx) return open_xlsx_sink(opts);
  auto out = OutputFile::open(opts.path);
  if (!out.ok()) return out.status();
  if (opts.format == OutputFormat::jsonl)
    return std::unique_ptr<EventSink>(std::make_unique<JsonlSink>(std::move(out).value()));
  auto sink = std::make_unique<DelimitedSink>(std::move(out).value(), opts.format == OutputFormat::tsv);
  if (auto st = sink->start(opts.bom); !st.ok()) return st;
  return std::unique_ptr<EventSink>(std::move(sink));
}

}  // namespace salvo
