// ingest/rejects.h — the rejects file: every unusable input record, kept.
//
// Owns: the format of `salvo extract --rejects FILE`: one JSON object per line,
// {"file": ..., "line": N, "reason": ..., "raw": ...}, where raw is the record
// as read (the first 1 KB of an oversized one). Bytes that are not UTF-8 are
// written as U+FFFD and control bytes as \u escapes, so every line is valid
// JSON whatever the input was. Write errors come back as a Status.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <memory>
#include <string>

#include "core/status.h"
#include "ingest/reader.h"

namespace salvo {

// One reject as its JSON line (without the newline).
std::string reject_to_json_line(const Reject& r);

class RejectLog {
 public:
  // Creates (truncates) `path`; with resume_at, keeps its first resume_at
  // bytes (a length sync() returned in an earlier run) and appends after them.
  static Result<std::unique_ptr<RejectLog>> open(const std::string& path,
                                                 std::optional<std::uint64_t> resume_at = std::nullopt);
  ~RejectLog();
  RejectLog(const RejectLog&) = delete;
  RejectLog& operator=(const RejectLog&) = delete;

  Status write(const Reject& r);
  // Flushes and returns the file's length (for a checkpoint).
  Result<std::uint64_t> sync();
  // Flushes and closes; reports a failed flush (disk full) as an error.
  Status close();

 private:
  RejectLog(std::FILE* f, std::string path) : file_(f), path_(std::move(path)) {}
  Status failure(int err) const;

  std::FILE* file_;
  std::string path_;
};

}  // namespace salvo
