// emit/output_file.h — a checked, record-buffered byte stream to a file or stdout.
//
// Owns: opening the output ("" or "-" = standard output), buffering whole
// records, and turning every failed write(2)/close(2) into a Status that names
// the file and the system's reason. EPIPE (the reader went away; the CLI
// ignores SIGPIPE so it arrives as an errno) becomes Status::error(kBrokenPipe).
// After the first error every later call returns that same error.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace salvo {

class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> open(const std::string& path);
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
  // The path, or "standard output".
  const std::string& name() const { return name_; }

 private:
  OutputFile(int fd, bool owns_fd, std::string name, bool line_mode);
  Status fail(int err, const char* what);

  int fd_;
  bool owns_fd_;
  std::string name_;
  bool line_mode_;  // flush after every record (interactive terminal)
  std::string buf_;
  Status error_;
};

// True for stdout spellings: "" and "-".
inline bool is_stdout_path(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace salvo
