// emit/sink.h — events out.
//
// Owns: the writers (JSON Lines, CSV, TSV, XLSX), each behind one small
// interface, and the choice of the row layout that CSV/TSV/XLSX write: salvo's
// flat row, ACLED's or UCDP GED's columns (docs/OUTPUT.md lists each).
// Writers stream: nothing holds the run's events in memory.
//
// A file output is atomic (emit/output_file.h): the writers fill FILE.partial
// and finish() renames it over FILE; a run that never reaches finish() leaves
// FILE as it was and FILE.partial holding what was written. XLSX cannot be
// appended to, so its FILE.partial holds the events as JSON Lines and finish()
// builds the workbook from them. Either way a later run can continue the
// partial file from a length sync() returned (SinkOptions::resume_at).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/status.h"
#include "emit/layout_tables.h"

namespace salvo {

struct RunSummary {
  std::vector<std::string> inputs;
  std::uint64_t articles = 0;
  std::uint64_t rejected = 0;
  std::uint64_t events = 0;
  std::map<std::string, std::uint64_t> by_type;     // event_type -> count
  std::map<std::string, std::uint64_t> by_country;  // ISO2 ("" unknown) -> count
  std::string rules_version;
  std::string salvo_version;
  // Wall time of the run (of all its sessions, when resumed); none under
  // $SOURCE_DATE_EPOCH, whose output must be reproducible byte for byte.
  std::optional<double> seconds;
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  // A write error (disk full, closed pipe) is returned, never thrown.
  virtual Status write(const Event& e) = 0;
  // Flushes and closes; renames the partial file over the output; XLSX builds
  // the workbook (with its summary sheet) here.
  virtual Status finish(const RunSummary& summary) = 0;
  // Writes out what is buffered and returns the length of the partial file:
  // what a checkpoint records, so that a resumed run keeps exactly those bytes.
  virtual Result<std::uint64_t> sync() = 0;
};

// The message of the Status a sink returns when the reader of its output went
// away (EPIPE, e.g. `salvo extract ... | head`): callers exit quietly with 0.
inline constexpr const char* kBrokenPipe = "output closed (broken pipe)";

enum class OutputFormat { jsonl, csv, tsv, xlsx };
// The columns of CSV/TSV/XLSX: salvo's own, ACLED's export, UCDP GED's.
enum class RowLayoutKind { salvo, acled, ucdp };

struct SinkOptions {
  OutputFormat format = OutputFormat::jsonl;
  RowLayoutKind layout = RowLayoutKind::salvo;  // jsonl takes only salvo
  // The tables the acled and ucdp layouts need (LayoutTables::load); shared, read-only.
  std::shared_ptr<const LayoutTables> tables;
  // ACLED's `timestamp` column (Unix seconds): when the rows were made.
  std::int64_t timestamp = 0;
  std::string path;   // "" or "-" = stdout (not allowed for xlsx)
  bool bom = false;   // CSV/TSV: write a UTF-8 byte-order mark for Excel
  // XLSX: the document's creation time (Unix seconds) stored in its properties
  // and zip entries; 0 = now. A fixed value makes the file byte-for-byte
  // reproducible (the CLI may pass SOURCE_DATE_EPOCH).
  std::int64_t xlsx_created = 0;
  // Continue the partial file of an earlier run that stopped (see the top):
  // keep its first resume_at bytes (a length sync() returned) and append; no
  // header is written again.
  std::optional<std::uint64_t> resume_at;
};

// Appends the JSON Lines form of `e` (to_json(e).dump() and '\n') to `out`.
void append_event_line(const Event& e, std::string& out);

// "jsonl"/"json"/"ndjson", "csv", "tsv", "xlsx" -> format; also used on -o's extension.
Result<OutputFormat> parse_format(const std::string& name);
// "acled", "ucdp" -> that layout; nullopt for any other name.
std::optional<RowLayoutKind> parse_layout(const std::string& name);
Result<std::unique_ptr<EventSink>> open_sink(const SinkOptions& opts);

class RowLayout;
// The row layout `opts` asks for (salvo's, or ACLED's/UCDP's over opts.tables).
Result<std::unique_ptr<RowLayout>> make_row_layout(const SinkOptions& opts);

}  // namespace salvo
