// emit/output_file.h — a checked, record-buffered byte stream to a file or stdout.
//
// Owns: opening the output ("" or "-" = standard output), buffering whole
// records, and turning every failed write(2)/close(2) into a Status that names
// the file and the system's reason. EPIPE (the reader went away; the CLI
// ignores SIGPIPE so it arrives as an errno) becomes Status::error(kBrokenPipe).
// After the first error every later call returns that same error.
//
// Atomic files (open_atomic): the bytes go to FILE.partial beside FILE, and
// commit() renames it over FILE, so FILE is either what it was before the run
// or the whole output, never half of it. A run that stops before commit()
// leaves FILE.partial, which a later run may continue (resume_at: keep that
// many bytes, append after them).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace salvo {

class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> open(const std::string& path);
  // Standard output as open() does; a file atomically (see the top): creates
  // or truncates partial_path(path), or with resume_at keeps its first
  // resume_at bytes and appends after them (an error if it is shorter). A
  // path that cannot be replaced by a rename (an existing device or FIFO,
  // e.g. /dev/null) is opened as open() does, and commit() only closes it.
  static Result<std::unique_ptr<OutputFile>> open_atomic(const std::string& path,
                                                         std::optional<std::uint64_t> resume_at = std::nullopt);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends one complete record. The buffer is written out only between records
  // (when it is full, or after every record on a terminal), so a reader never
  // sees half a record unless the system fails in the middle of a write.
  Status append(std::string_view record);
  Status flush();
  // Flushes; closes the file (standard output is flushed, not closed).
  Status close();
  // close(), then, for an atomic file, renames the partial file over the target.
  Status commit();
  // The path, or "standard output" (for an atomic file: the partial file).
  const std::string& name() const { return name_; }
  // Bytes in the file so far (flushed or not), counting those a resume kept.
  std::uint64_t size() const { return written_ + buf_.size(); }
  // True when the bytes go to a partial file that commit() renames.
  bool atomic() const { return !target_.empty(); }

 private:
  OutputFile(int fd, bool owns_fd, std::string name, bool line_mode);
  Status fail(int err, const char* what);

  int fd_;
  bool owns_fd_;
  std::string name_;
  bool line_mode_;  // flush after every record (interactive terminal)
  std::string buf_;
  std::uint64_t written_ = 0;  // bytes written to fd_
  std::string target_;         // atomic: the path commit() renames name_ to
  Status error_;
};

// True for stdout spellings: "" and "-".
inline bool is_stdout_path(const std::string& path) { return path.empty() || path == "-"; }
// Where an atomic output to `path` is written until it is complete: path + ".partial".
std::string partial_path(const std::string& path);
// True when output to `path` is written atomically: a file path that does not
// exist yet or is a regular file (not stdout, not a device or FIFO).
bool writes_atomically(const std::string& path);
// Renames `from` over `to` (same folder); the Status names both on failure.
Status rename_over(const std::string& from, const std::string& to);

}  // namespace salvo
