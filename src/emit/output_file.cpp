#include "emit/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "emit/sink.h"

namespace salvo {

namespace {
constexpr std::size_t kFlushAt = 64 * 1024;
}  // namespace

std::string partial_path(const std::string& path) { return path + ".partial"; }

bool writes_atomically(const std::string& path) {
  if (is_stdout_path(path)) return false;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return true;  // not there yet (or unreachable: open will say)
  return S_ISREG(st.st_mode);
}

Status rename_over(const std::string& from, const std::string& to) {
  if (::rename(from.c_str(), to.c_str()) == 0) return {};
  return Status::error("cannot rename " + from + " to " + to + ": " + std::strerror(errno));
}

Result<std::unique_ptr<OutputFile>> OutputFile::open_atomic(const std::string& path,
                                                            std::optional<std::uint64_t> resume_at) {
  if (!writes_atomically(path)) {
    if (resume_at) return Status::error("cannot resume output to " + path + ": not a regular file");
    return open(path);
  }
  const std::string partial = partial_path(path);
  const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (resume_at ? 0 : O_TRUNC);
  const int fd = ::open(partial.c_str(), flags, 0666);
  if (fd < 0) return Status::error("cannot open " + partial + " for writing: " + std::strerror(errno));
  std::unique_ptr<OutputFile> out(new OutputFile(fd, true, partial, false));
  out->target_ = path;
  if (resume_at) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return Status::error("cannot read " + partial + ": " + std::strerror(errno));
    if (static_cast<std::uint64_t>(st.st_size) < *resume_at)
      return Status::error(partial + " holds " + std::to_string(st.st_size) + " bytes, fewer than the " +
                           std::to_string(*resume_at) + " the checkpoint recorded: it was changed since");
    if (::ftruncate(fd, static_cast<off_t>(*resume_at)) != 0 ||
        ::lseek(fd, static_cast<off_t>(*resume_at), SEEK_SET) < 0)
      return Status::error("cannot cut " + partial + " back to the checkpoint: " + std::strerror(errno));
    out->written_ = *resume_at;
  }
  return out;
}

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
    written_ += static_cast<std::uint64_t>(n);
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

Status OutputFile::commit() {
  Status st = close();
  if (!st.ok() || target_.empty()) return st;
  return rename_over(name_, target_);
}

}  // namespace salvo
