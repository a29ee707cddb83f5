// ingest/reader.cpp — the DocumentSource behind open_inputs(): expands folders,
// picks a record format per file, and walks the files in order.
#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "ingest/byte_input.h"
#include "ingest/line_reader.h"
#include "ingest/records.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;
using ingest::RecordOutcome;

enum class InputKind { jsonl, text };

struct InputFile {
  std::string path;  // as the user gave it, or folder/relative for folder members
  InputKind kind = InputKind::jsonl;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool ends_with(const std::string& s, std::string_view suffix) { return s.ends_with(suffix); }

InputKind kind_of(const std::string& path) {
  std::string p = lower(path);
  if (ends_with(p, ".gz")) p.resize(p.size() - 3);
  return ends_with(p, ".txt") ? InputKind::text : InputKind::jsonl;
}

bool wanted_in_folder(const fs::path& p) {
  const std::string name = lower(p.filename().string());
  for (std::string_view ext : {".txt", ".txt.gz", ".jsonl", ".jsonl.gz"})
    if (ends_with(name, ext) && name.size() > ext.size()) return true;
  return false;
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// Every input file a folder stands for, with its kind.
Status list_folder(const std::string& folder, std::vector<InputFile>& out) {
  std::vector<std::string> found;
  if (auto s = list_input_folder(folder, found); !s.ok()) return s;
  for (auto& f : found) {
    const InputKind k = kind_of(f);
    out.push_back({std::move(f), k});
  }
  return {};
}

// The records of one input file, taken in order and not parsed (see
// DocumentSource::take).
class FileReader {
 public:
  virtual ~FileReader() = default;
  // The next record's bytes; false at the end of the file or on a read error
  // (then status() is not ok). Counts bytes (and blank lines) in `stats`.
  virtual bool take(RawRecord& raw, ReadStats& stats) = 0;
  virtual const Status& status() const = 0;
};

class JsonlReader final : public FileReader {
 public:
  JsonlReader(std::unique_ptr<ingest::ByteInput> in, std::string name, const ReaderOptions& opts)
      : lines_(std::move(in), opts.max_record_bytes), name_(std::move(name)) {}

  bool take(RawRecord& raw, ReadStats& stats) override {
    while (lines_.next(line_)) {
      stats.bytes += lines_.bytes_read() - counted_;
      counted_ = lines_.bytes_read();
      if (ingest::is_blank_line(line_)) {
        ++stats.blank;
        continue;
      }
      raw.file = name_;
      raw.line = line_.number;
      raw.bytes.assign(line_.bytes);  // line_ keeps its buffer for the next line
      raw.size = line_.size;
      raw.too_long = line_.too_long;
      raw.whole_file = false;
      return true;
    }
    stats.bytes += lines_.bytes_read() - counted_;
    counted_ = lines_.bytes_read();
    if (!lines_.status().ok()) status_ = Status::error(name_ + ": " + lines_.status().message());
    return false;
  }
  const Status& status() const override { return status_; }

 private:
  ingest::LineReader lines_;
  std::string name_;
  ingest::Line line_;
  std::uint64_t counted_ = 0;
  Status status_;
};

// A .txt file: the whole file is one document.
class TextReader final : public FileReader {
 public:
  TextReader(std::unique_ptr<ingest::ByteInput> in, std::string name, const ReaderOptions& opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(opts) {}

  bool take(RawRecord& raw, ReadStats& stats) override {
    if (done_) return false;
    done_ = true;
    std::string bytes;
    std::size_t size = 0;
    std::string chunk(64 * 1024, '\0');
    for (;;) {
      const std::size_t got = in_->read(chunk.data(), chunk.size());
      if (got == 0) break;
      size += got;
      // Past the limit only the head is kept; the rest is counted, not stored.
      const std::size_t keep = size > opts_.max_record_bytes ? ingest::kRawKeep : opts_.max_record_bytes;
      if (bytes.size() < keep) bytes.append(chunk.data(), std::min(got, keep - bytes.size()));
      if (bytes.size() > keep) bytes.resize(keep);
    }
    stats.bytes += size;
    if (!in_->status().ok()) {
      status_ = Status::error(name_ + ": " + in_->status().message());
      return false;
    }
    raw.file = name_;
    raw.line = 0;
    raw.bytes = std::move(bytes);
    raw.size = size;
    raw.too_long = false;
    raw.whole_file = true;
    return true;
  }
  const Status& status() const override { return status_; }

 private:
  std::unique_ptr<ingest::ByteInput> in_;
  std::string name_;
  const ReaderOptions& opts_;
  bool done_ = false;
  Status status_;
};

// DocumentSource::parse for every reader here: a record's bytes -> a Document
// or a Reject. Pure: safe on any thread.
DocumentSource::Next parse_raw(RawRecord& raw, const ReaderOptions& opts, Document& doc, Reject& reject,
                               bool& repaired) {
  const ingest::RecordOrigin origin{raw.file, raw.line};
  RecordOutcome out;
  if (raw.whole_file) {
    out = ingest::make_text_record(std::move(raw.bytes), raw.size, origin, opts, doc, reject, repaired);
  } else {
    ingest::Line line;
    line.bytes = std::move(raw.bytes);
    line.number = raw.line;
    line.size = raw.size;
    line.too_long = raw.too_long;
    out = ingest::parse_jsonl_record(line, origin, opts, doc, reject, repaired);
    raw.bytes = std::move(line.bytes);
    // take() skips exactly the lines parse_jsonl_record calls blank
    // (is_blank_line; tests/ingest hold the two together), so `blank` cannot
    // come back here; were it to, the line would be an empty record.
    if (out == RecordOutcome::blank) {
      reject.file = raw.file;
      reject.line = raw.line;
      reject.reason = "empty text";
      reject.raw = raw.bytes;
      out = RecordOutcome::reject;
    }
  }
  if (out == RecordOutcome::document) return DocumentSource::Next::document;
  repaired = false;  // only documents count as repaired
  return DocumentSource::Next::reject;
}

// next() for the sources below: take() then parse(), counted as next() counts.
template <typename Source>
DocumentSource::Next take_and_parse(Source& src, RawRecord& raw, Document& doc, Reject& reject) {
  switch (src.take(raw)) {
    case DocumentSource::Take::end: return DocumentSource::Next::end;
    case DocumentSource::Take::error: return DocumentSource::Next::error;
    case DocumentSource::Take::record: break;
  }
  bool repaired = false;
  const DocumentSource::Next n = src.parse(raw, doc, reject, repaired);
  src.count_parsed(n == DocumentSource::Next::document, n == DocumentSource::Next::reject, repaired);
  return n;
}

// What every source of raw JSON Lines / text records shares: next() as
// take() + parse(), parsing with the reader options (on any thread), and the
// ReadStats and Status it reports.
class RawSource : public DocumentSource {
 public:
  explicit RawSource(const ReaderOptions& opts) : opts_(opts) {}
  Next next(Document& doc, Reject& reject) override { return take_and_parse(*this, raw_, doc, reject); }
  bool can_take() const override { return true; }
  Next parse(RawRecord& raw, Document& doc, Reject& reject, bool& repaired) const override {
    return parse_raw(raw, opts_, doc, reject, repaired);
  }
  void count_parsed(std::uint64_t documents, std::uint64_t rejects, std::uint64_t repaired) override {
    stats_.records += documents;
    stats_.rejected += rejects;
    stats_.repaired += repaired;
  }
  const ReadStats& stats() const override { return stats_; }
  const Status& status() const override { return status_; }

 protected:
  const ReaderOptions opts_;  // read by parse() on any thread: never changes
  RawRecord raw_;             // next()'s record, reused
  ReadStats stats_;
  Status status_;
};

// open_inputs(): the inputs in the order given, folders expanded in place.
class InputSet final : public RawSource {
 public:
  InputSet(std::vector<std::string> paths, const ReaderOptions& opts) : RawSource(opts), paths_(std::move(paths)) {}

  Take take(RawRecord& raw) override {
    if (finished_) return Take::end;
    if (!started_) {
      started_ = true;
      if (!(status_ = expand()).ok()) return fail();
    }
    for (;;) {
      if (!current_) {
        if (next_file_ == files_.size()) {
          finished_ = true;
          return Take::end;
        }
        const InputFile& f = files_[next_file_++];
        auto in = ingest::open_byte_input(f.path);
        if (!in.ok()) {
          status_ = in.status();
          return fail();
        }
        ++stats_.files;
        const std::string name = display_name(f.path);
        if (f.kind == InputKind::text) current_ = std::make_unique<TextReader>(std::move(in).value(), name, opts_);
        else current_ = std::make_unique<JsonlReader>(std::move(in).value(), name, opts_);
      }
      if (current_->take(raw, stats_)) return Take::record;
      if (!current_->status().ok()) {
        status_ = current_->status();
        return fail();
      }
      current_.reset();
    }
  }

 private:
  Take fail() {
    finished_ = true;
    current_.reset();
    return Take::error;
  }

  // Checks every path before any record is read, so a typo fails fast.
  Status expand() {
    for (const auto& p : paths_) {
      if (p == "-") {
        files_.push_back({p, InputKind::jsonl});
        continue;
      }
      std::error_code ec;
      const auto st = fs::status(p, ec);
      if (ec || !fs::exists(st)) return Status::error("cannot open " + p + ": " + (ec ? ec.message() : "not found"));
      if (fs::is_directory(st)) {
        if (auto s = list_folder(p, files_); !s.ok()) return s;
      } else {
        files_.push_back({p, kind_of(p)});
      }
    }
    return {};
  }

  std::vector<std::string> paths_;
  std::vector<InputFile> files_;
  std::size_t next_file_ = 0;
  std::unique_ptr<FileReader> current_;
  bool started_ = false;
  bool finished_ = false;
};

// open_jsonl_bytes(): one in-memory JSON Lines stream.
class BytesSource final : public RawSource {
 public:
  BytesSource(std::string name, std::string bytes, const ReaderOptions& opts)
      : RawSource(opts), reader_(ingest::memory_byte_input(std::move(bytes)), std::move(name), opts_) {}

  Take take(RawRecord& raw) override {
    if (finished_) return Take::end;
    if (reader_.take(raw, stats_)) return Take::record;
    finished_ = true;
    if (reader_.status().ok()) return Take::end;
    status_ = reader_.status();
    return Take::error;
  }

 private:
  JsonlReader reader_;
  bool finished_ = false;
};

}  // namespace

Status list_input_folder(const std::string& folder, std::vector<std::string>& out) {
  std::error_code ec;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(folder, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && wanted_in_folder(p)) found.push_back(p.string());
  }
  if (ec) return Status::error("cannot read folder " + folder + ": " + ec.message());
  std::sort(found.begin(), found.end());
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  return {};
}

std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths, const ReaderOptions& opts) {
  return std::make_unique<InputSet>(paths, opts);
}

std::unique_ptr<DocumentSource> open_jsonl_bytes(std::string name, std::string bytes, const ReaderOptions& opts) {
  return std::make_unique<BytesSource>(std::move(name), std::move(bytes), opts);
}

}  // namespace salvo
