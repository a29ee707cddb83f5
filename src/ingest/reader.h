// ingest/reader.h — article records in, one at a time.
//
// Owns: opening inputs (JSON Lines, .txt files, folders of .txt/.jsonl, .gz of
// any of these, "-" for stdin), turning each record into a Document, and
// accounting for every record that cannot be used as a Reject (file, line,
// reason, raw bytes). Streaming: memory is bounded by one record, never by the
// input size. docs/INPUT.md is the user-facing description of all of this,
// including every reject reason.
//
//   auto src = salvo::open_inputs({"articles.jsonl.gz", "corpus/"}, {});
//   salvo::Document doc; salvo::Reject rej;
//   for (;;) switch (src->next(doc, rej)) { ... }
//
// Reading can also be done in two steps, so that several threads parse while
// one reads (app/pipeline.h does this): take() the next record's bytes in
// order, parse() them anywhere. next() is exactly take() then parse().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/event.h"
#include "core/status.h"

namespace salvo {

struct ReaderOptions {
  std::string id_field = "id";
  std::string text_field = "text";
  std::string title_field = "title";
  std::string date_field = "date";
  std::string url_field = "url";
  std::optional<Date> default_date;        // --date: publication date for .txt inputs
  std::size_t max_record_bytes = 64u << 20;  // larger records are rejected, not loaded
};

struct Reject {
  std::string file;
  std::size_t line = 0;
  std::string reason;
  std::string raw;  // the record as read (possibly truncated for huge records)
};

struct ReadStats {
  std::uint64_t records = 0;    // documents produced
  std::uint64_t rejected = 0;
  std::uint64_t repaired = 0;   // documents whose text needed UTF-8 repair
  std::uint64_t bytes = 0;      // input bytes consumed (uncompressed)
  std::uint64_t blank = 0;      // blank JSONL lines skipped (neither records nor rejects)
  std::uint64_t files = 0;      // inputs opened (after expanding folders)
};

// One record as read from an input and not yet parsed (see DocumentSource::take).
struct RawRecord {
  std::string file;         // the input as named in rejects and origins
  std::size_t line = 0;     // 1-based JSON Lines line; 0 for a whole .txt file
  std::string bytes;        // the record as read (only the head of a record that is too large)
  std::size_t size = 0;     // its full size in bytes
  bool too_long = false;    // a JSON Lines line longer than max_record_bytes
  bool whole_file = false;  // a .txt file: one document
};

class DocumentSource {
 public:
  enum class Next { document, reject, end, error };
  enum class Take { record, end, error };
  virtual ~DocumentSource() = default;
  // Fills exactly one of doc / reject. `error` means an input could not be read
  // at all (message in status()); the source is then finished.
  virtual Next next(Document& doc, Reject& reject) = 0;
  virtual const ReadStats& stats() const = 0;
  virtual const Status& status() const = 0;

  // Two-step reading, offered when can_take() is true. take() does the part
  // that must run in order: reading bytes, numbering lines, opening the next
  // input, skipping blank lines and counting them and the bytes in stats();
  // `error` and `end` mean what they mean for next(). parse() does the rest
  // (JSON, UTF-8 repair, every check that may reject a record): it is const,
  // touches nothing shared and may run on any thread, concurrently with take()
  // and other parse() calls; it returns `document` or `reject` and sets
  // `repaired` as next() counts it. take() then parse() gives exactly what
  // next() gives, except that stats().records, .rejected and .repaired are
  // not counted: whoever parses adds them with count_parsed().
  virtual bool can_take() const { return false; }
  virtual Take take(RawRecord& raw) {
    (void)raw;
    return Take::end;
  }
  virtual Next parse(RawRecord& raw, Document& doc, Reject& reject, bool& repaired) const {
    (void)raw, (void)doc, (void)reject, (void)repaired;
    return Next::end;
  }
  virtual void count_parsed(std::uint64_t documents, std::uint64_t rejects, std::uint64_t repaired) {
    (void)documents, (void)rejects, (void)repaired;
  }
};

// Opens every input in order. Paths that do not exist are reported by the
// first next() call as `error`, before any record is read. A folder stands for
// its *.txt, *.txt.gz, *.jsonl and *.jsonl.gz files (recursive, sorted by path,
// hidden entries skipped). A path ending in .txt (or .txt.gz) is one document;
// any other file and "-" (stdin) are JSON Lines. Gzip is recognised by content.
std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths, const ReaderOptions& opts);

// The input files a folder stands for, as open_inputs reads them (recursive, sorted by path,
// hidden entries skipped), appended to `out`. --resume stamps the same list.
Status list_input_folder(const std::string& folder, std::vector<std::string>& out);

// JSON Lines from memory (gzip recognised as for files), named `name` in
// rejects and fallback ids. For tests and fuzzers.
std::unique_ptr<DocumentSource> open_jsonl_bytes(std::string name, std::string bytes, const ReaderOptions& opts);

}  // namespace salvo
