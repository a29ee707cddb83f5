// emit/sink.cpp — format names, open_sink, and the line-oriented writers
// (JSON Lines, CSV, TSV). The XLSX writer lives in xlsx_sink.cpp.
#include "emit/sink.h"

#include <nlohmann/json.hpp>

#include "emit/acled_layout.h"
#include "emit/delimited.h"
#include "emit/flat_row.h"
#include "emit/output_file.h"
#include "emit/ucdp_layout.h"
#include "emit/xlsx_sink.h"

namespace salvo {

namespace {

Result<std::uint64_t> synced(OutputFile& out) {
  if (auto st = out.flush(); !st.ok()) return st;
  return out.size();
}

// One line per event: exactly to_json(e).dump() and '\n'.
class JsonlSink final : public EventSink {
 public:
  explicit JsonlSink(std::unique_ptr<OutputFile> out) : out_(std::move(out)) {}
  Status write(const Event& e) override {
    line_.clear();
    append_event_line(e, line_);
    return out_->append(line_);
  }
  Status finish(const RunSummary&) override { return out_->commit(); }
  Result<std::uint64_t> sync() override { return synced(*out_); }

 private:
  std::unique_ptr<OutputFile> out_;
  std::string line_;  // reused: one allocation for the whole run
};

// CSV or TSV: a header line, then one line per event, in a layout's columns.
class DelimitedSink final : public EventSink {
 public:
  DelimitedSink(std::unique_ptr<OutputFile> out, std::unique_ptr<RowLayout> layout, bool tsv)
      : out_(std::move(out)), layout_(std::move(layout)), tsv_(tsv) {}
  Status start(bool bom) {
    std::string head;
    if (bom) head += kUtf8Bom;
    head += tsv_ ? tsv_header(layout_->columns()) : csv_header(layout_->columns());
    return out_->append(head);
  }
  Status write(const Event& e) override {
    const std::vector<Cell> row = layout_->row(e);
    return out_->append(tsv_ ? tsv_record(layout_->columns(), row) : csv_record(layout_->columns(), row));
  }
  Status finish(const RunSummary&) override { return out_->commit(); }
  Result<std::uint64_t> sync() override { return synced(*out_); }

 private:
  std::unique_ptr<OutputFile> out_;
  std::unique_ptr<RowLayout> layout_;
  bool tsv_;
};

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

void append_event_line(const Event& e, std::string& out) {
  if (append_json(e, out)) {
    out += '\n';
    return;
  }
  const nlohmann::json j = to_json(e);
  try {
    out += j.dump();
  } catch (const nlohmann::json::exception&) {
    // Only invalid UTF-8 makes dump() throw; readers repair text, so this is
    // a last resort that writes U+FFFD instead of failing the run.
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  out += '\n';
}

Result<OutputFormat> parse_format(const std::string& name) {
  const std::string n = lower(name);
  if (n == "jsonl" || n == "json" || n == "ndjson") return OutputFormat::jsonl;
  if (n == "csv") return OutputFormat::csv;
  if (n == "tsv") return OutputFormat::tsv;
  if (n == "xlsx") return OutputFormat::xlsx;
  return Status::error("unknown output format '" + name + "' (use jsonl, csv, tsv, xlsx, acled or ucdp)");
}

std::optional<RowLayoutKind> parse_layout(const std::string& name) {
  const std::string n = lower(name);
  if (n == "acled") return RowLayoutKind::acled;
  if (n == "ucdp") return RowLayoutKind::ucdp;
  return std::nullopt;
}

Result<std::unique_ptr<RowLayout>> make_row_layout(const SinkOptions& opts) {
  if (opts.layout == RowLayoutKind::salvo) return salvo_layout();
  if (!opts.tables) return Status::error("internal error: the ACLED and UCDP layouts need their tables");
  if (opts.layout == RowLayoutKind::acled) return acled_layout(*opts.tables, opts.timestamp);
  return ucdp_layout(*opts.tables);
}

Result<std::unique_ptr<EventSink>> open_sink(const SinkOptions& opts) {
  if (opts.format == OutputFormat::jsonl && opts.layout != RowLayoutKind::salvo)
    return Status::error("the ACLED and UCDP layouts are written as CSV, TSV or XLSX, not JSON Lines");
  auto layout = make_row_layout(opts);
  if (!layout.ok()) return layout.status();
  if (opts.format == OutputFormat::xlsx) return open_xlsx_sink(opts, std::move(layout).value());
  auto out = OutputFile::open_atomic(opts.path, opts.resume_at);
  if (!out.ok()) return out.status();
  if (opts.format == OutputFormat::jsonl)
    return std::unique_ptr<EventSink>(std::make_unique<JsonlSink>(std::move(out).value()));
  auto sink = std::make_unique<DelimitedSink>(std::move(out).value(), std::move(layout).value(),
                                              opts.format == OutputFormat::tsv);
  if (opts.resume_at) return std::unique_ptr<EventSink>(std::move(sink));  // the header is in the partial file
  if (auto st = sink->start(opts.bom); !st.ok()) return st;
  return std::unique_ptr<EventSink>(std::move(sink));
}

}  // namespace salvo
