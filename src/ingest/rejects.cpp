#include "ingest/rejects.h"

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

Result<std::unique_ptr<RejectLog>> RejectLog::open(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::error("cannot write rejects to " + path + ": " + std::generic_category().message(errno));
  return std::unique_ptr<RejectLog>(new RejectLog(f, path));
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
