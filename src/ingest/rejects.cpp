#include "ingest/rejects.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include <nlohmann/json.hpp>

namespace salvo {

std::string reject_to_json_line(const Reject& r) {
  nlohmann::ordered_json j;
  j["file"] = r.file;
  j["line"] = r.line;
  j["reason"] = r.reason;
  j["raw"] = r.raw;
  // `replace` turns bytes that are not UTF-8 into U+FFFD instead of throwing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::unique_ptr<RejectLog>> RejectLog::open(const std::string& path, std::optional<std::uint64_t> resume_at) {
  std::FILE* f = std::fopen(path.c_str(), resume_at ? "r+b" : "wb");
  if (!f) return Status::error("cannot write rejects to " + path + ": " + std::generic_category().message(errno));
  std::unique_ptr<RejectLog> log(new RejectLog(f, path));
  if (resume_at) {
    struct stat st {};
    if (::fstat(::fileno(f), &st) != 0 || static_cast<std::uint64_t>(st.st_size) < *resume_at)
      return Status::error("cannot resume the rejects file " + path + ": shorter than the checkpoint says");
    if (::ftruncate(::fileno(f), static_cast<off_t>(*resume_at)) != 0 ||
        std::fseek(f, static_cast<long>(*resume_at), SEEK_SET) != 0)
      return log->failure(errno);
  }
  return log;
}

Result<std::uint64_t> RejectLog::sync() {
  if (!file_) return Status::error("rejects file " + path_ + " is closed");
  if (std::fflush(file_) != 0) return failure(errno);
  const long at = std::ftell(file_);
  if (at < 0) return failure(errno);
  return static_cast<std::uint64_t>(at);
}

RejectLog::~RejectLog() {
  if (file_) std::fclose(file_);
}

Status RejectLog::failure(int err) const {
  return Status::error("cannot write rejects to " + path_ + ": " + std::generic_category().message(err));
}

Status RejectLog::write(const Reject& r) {
  if (!file_) return Status::error("rejects file " + path_ + " is closed");
  std::string line = reject_to_json_line(r);
  line += '\n';
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) return failure(errno);
  return {};
}

Status RejectLog::close() {
  if (!file_) return {};
  const bool flushed = std::fflush(file_) == 0;
  const int err = errno;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) return failure(flushed ? errno : err);
  return {};
}

}  // namespace salvo
