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

// Every input file a folder stands for, sorted by path; hidden entries skipped.
Status list_folder(const std::string& folder, std::vector<InputFile>& out) {
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
  for (auto& f : found) {
    const InputKind k = kind_of(f);
    out.push_back({std::move(f), k});
  }
  return {};
}

// The records of one input file.
class FileReader {
 public:
  virtual ~FileReader() = default;
  virtual DocumentSource::Next next(Document& doc, Reject& reject, ReadStats& stats) = 0;
  virtual const Status& status() const = 0;
};

class JsonlReader final : public FileReader {
 public:
  JsonlReader(std::unique_ptr<ingest::ByteInput> in, std::string name, const ReaderOptions& opts)
      : lines_(std::move(in), opts.max_record_bytes), name_(std::move(name)), opts_(opts) {}

  DocumentSource::Next next(Document& doc, Reject& reject, ReadStats& stats) override {
    while (lines_.next(line_)) {
      stats.bytes += lines_.bytes_read() - counted_;
      counted_ = lines_.bytes_read();
      bool repaired = false;
      switch (ingest::parse_jsonl_record(line_, {name_, line_.number}, opts_, doc, reject, repaired)) {
        case RecordOutcome::blank:
          ++stats.blank;
          continue;
        case RecordOutcome::reject:
          ++stats.rejected;
          return DocumentSource::Next::reject;
        case RecordOutcome::document:
          ++stats.records;
          stats.repaired += repaired;
          return DocumentSource::Next::document;
      }
    }
    stats.bytes += lines_.bytes_read() - counted_;
    counted_ = lines_.bytes_read();
    if (!lines_.status().ok()) {
      status_ = Status::error(name_ + ": " + lines_.status().message());
      return DocumentSource::Next::error;
    }
    return DocumentSource::Next::end;
  }
  const Status& status() const override { return status_; }

 private:
  ingest::LineReader lines_;
  std::string name_;
  const ReaderOptions& opts_;
  ingest::Line line_;
  std::uint64_t counted_ = 0;
  Status status_;
};

// A .txt file: the whole file is one document.
class TextReader final : public FileReader {
 public:
  TextReader(std::unique_ptr<ingest::ByteInput> in, std::string name, const ReaderOptions& opts)
      : in_(std::move(in)), name_(std::move(name)), opts_(opts) {}

  DocumentSource::Next next(Document& doc, Reject& reject, ReadStats& stats) override {
    if (done_) return DocumentSource::Next::end;
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
      return DocumentSource::Next::error;
    }
    bool repaired = false;
    if (ingest::make_text_record(std::move(bytes), size, {name_, 0}, opts_, doc, reject, repaired) ==
        RecordOutcome::reject) {
      ++stats.rejected;
      return DocumentSource::Next::reject;
    }
    ++stats.records;
    stats.repaired += repaired;
    return DocumentSource::Next::document;
  }
  const Status& status() const override { return status_; }

 private:
  std::unique_ptr<ingest::ByteInput> in_;
  std::string name_;
  const ReaderOptions& opts_;
  bool done_ = false;
  Status status_;
};

// open_inputs(): the inputs in the order given, folders expanded in place.
class InputSet final : public DocumentSource {
 public:
  InputSet(std::vector<std::string> paths, const ReaderOptions& opts) : paths_(std::move(paths)), opts_(opts) {}

  Next next(Document& doc, Reject& reject) override {
    if (finished_) return Next::end;
    if (!started_) {
      started_ = true;
      if (!(status_ = expand()).ok()) return fail();
    }
    for (;;) {
      if (!current_) {
        if (next_file_ == files_.size()) {
          finished_ = true;
          return Next::end;
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
      const Next n = current_->next(doc, reject, stats_);
      if (n == Next::end) {
        current_.reset();
        continue;
      }
      if (n == Next::error) {
        status_ = current_->status();
        return fail();
      }
      return n;
    }
  }
  const ReadStats& stats() const override { return stats_; }
  const Status& status() const override { return status_; }

 private:
  Next fail() {
    finished_ = true;
    current_.reset();
    return Next::error;
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
  ReaderOptions opts_;
  std::vector<InputFile> files_;
  std::size_t next_file_ = 0;
  std::unique_ptr<FileReader> current_;
  bool started_ = false;
  bool finished_ = false;
  ReadStats stats_;
  Status status_;
};

// open_jsonl_bytes(): one in-memory JSON Lines stream.
class BytesSource final : public DocumentSource {
 public:
  BytesSource(std::string name, std::string bytes, const ReaderOptions& opts)
      : opts_(opts), reader_(ingest::memory_byte_input(std::move(bytes)), std::move(name), opts_) {}
  Next next(Document& doc, Reject& reject) override {
    if (finished_) return Next::end;
    const Next n = reader_.next(doc, reject, stats_);
    finished_ = n == Next::end || n == Next::error;
    if (n == Next::error) status_ = reader_.status();
    return n;
  }
  const ReadStats& stats() const override { return stats_; }
  const Status& status() const override { return status_; }

 private:
  ReaderOptions opts_;
  JsonlReader reader_;
  bool finished_ = false;
  ReadStats stats_;
  Status status_;
};

}  // namespace

std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths, const ReaderOptions& opts) {
  return std::make_unique<InputSet>(paths, opts);
}

std::unique_ptr<DocumentSource> open_jsonl_bytes(std::string name, std::string bytes, const ReaderOptions& opts) {
  return std::make_unique<BytesSource>(std::move(name), std::move(bytes), opts);
}

}  // namespace salvo
