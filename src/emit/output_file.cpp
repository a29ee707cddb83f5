#include "emit/output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "emit/sink.h"

namespace salvo {

namespace {
constexpr std::size_t kFlushAt = 64 * 1024;
}  // namespace

Result<std::unique_ptr<OutputFile>> OutputFile::open(const std::string& path) {
  if (is_stdout_path(path))
    return std::unique_ptr<OutputFile>(new OutputFile(1, false, "standard output", ::isatty(1) == 1));
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return Status::error("cannot open " + path + " for writing: " + std::strerror(errno));
  return std::unique_ptr<OutputFile>(new OutputFile(fd, true, path, false));
}

OutputFile::OutputFile(int fd, bool owns_fd, std::string name, bool line_mode)
    : fd_(fd), owns_fd_(owns_fd), name_(std::move(name)), line_mode_(line_mode) {}

OutputFile::~OutputFile() {
  // Not closed through close(): an error path; whatever was buffered is dropped.
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

Status OutputFile::fail(int err, const char* what) {
  if (err == EPIPE)
    error_ = Status::error(kBrokenPipe);
  else
    error_ = Status::error(std::string("cannot ") + what + " " + name_ + ": " + std::strerror(err));
  return error_;
}

Status OutputFile::append(std::string_view record) {
  if (!error_.ok()) return error_;
  if (fd_ < 0) return Status::error("internal error: write to closed " + name_);
  buf_.append(record);
  if (line_mode_ || buf_.size() >= kFlushAt) return flush();
  return {};
}

Status OutputFile::flush() {
  if (!error_.ok()) return error_;
  std::size_t done = 0;
  while (done < buf_.size()) {
    const ssize_t n = ::write(fd_, buf_.data() + done, buf_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      buf_.clear();
      return fail(err, "write to");
    }
    done += static_cast<std::size_t>(n);
  }
  buf_.clear();
  return {};
}

Status OutputFile::close() {
  Status st = flush();
  if (owns_fd_ && fd_ >= 0) {
    const int rc = ::close(fd_);
    const int err = errno;
    fd_ = -1;
    if (rc != 0 && st.ok()) st = fail(err, "close");
  } else {
    fd_ = -1;
  }
  return st;
}

}  // namespace salvo
