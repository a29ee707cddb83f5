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

class DocumentSource {
 public:
  enum class Next { document, reject, end, error };
  virtual ~DocumentSource() = default;
  // Fills exactly one of doc / reject. `error` means an input could not be read
  // at all (message in status()); the source is then finished.
  virtual Next next(Document& doc, Reject& reject) = 0;
  virtual const ReadStats& stats() const = 0;
  virtual const Status& status() const = 0;
};

// Opens every input in order. Paths that do not exist are reported by the
// first next() call as `error`, before any record is read. A folder stands for
// its *.txt, *.txt.gz, *.jsonl and *.jsonl.gz files (recursive, sorted by path,
// hidden entries skipped). A path ending in .txt (or .txt.gz) is one document;
// any other file and "-" (stdin) are JSON Lines. Gzip is recognised by content.
std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths, const ReaderOptions& opts);

// JSON Lines from memory (gzip recognised as for files), named `name` in
// rejects and fallback ids. For tests and fuzzers.
std::unique_ptr<DocumentSource> open_jsonl_bytes(std::string name, std::string bytes, const ReaderOptions& opts);

}  // namespace salvo
