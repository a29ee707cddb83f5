#include "ingest/line_reader.h"

#include <algorithm>
#include <cstring>

namespace salvo::ingest {

namespace {
constexpr std::size_t kBufSize = 64 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}  // namespace

LineReader::LineReader(std::unique_ptr<ByteInput> in, std::size_t max_bytes)
    : in_(std::move(in)), max_bytes_(max_bytes), buf_(kBufSize) {}

bool LineReader::refill() {
  pos_ = 0;
  end_ = in_->read(buf_.data(), buf_.size());
  bytes_read_ += end_;
  return end_ > 0;
}

bool LineReader::next(Line& line) {
  line.bytes.clear();
  line.size = 0;
  line.too_long = false;
  bool started = false;
  bool ended = false;
  while (!ended) {
    if (pos_ == end_ && !refill()) {
      if (!started || !in_->status().ok()) return false;
      break;  // last line without a terminator
    }
    started = true;
    const char* begin = buf_.data() + pos_;
    const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
    const std::size_t seg = nl ? static_cast<std::size_t>(nl - begin) : end_ - pos_;
    pos_ += seg + (nl ? 1 : 0);
    ended = nl != nullptr;
    line.size += seg;
    // One byte of slack for a '\r' that is stripped below.
    if (!line.too_long && line.size > max_bytes_ + 1) {
      line.too_long = true;
      if (line.bytes.size() > kRawKeep) line.bytes.resize(kRawKeep);
    }
    const std::size_t room = line.too_long ? kRawKeep - line.bytes.size() : seg;
    line.bytes.append(begin, std::min(seg, room));
  }
  line.number = ++line_no_;
  if (!line.bytes.empty() && line.bytes.back() == '\r' && !line.too_long) {
    line.bytes.pop_back();
    --line.size;
  }
  if (line.number == 1 && line.bytes.starts_with(kBom)) {
    line.bytes.erase(0, kBom.size());
    line.size -= kBom.size();
  }
  if (!line.too_long && line.size > max_bytes_) {
    line.too_long = true;
    if (line.bytes.size() > kRawKeep) line.bytes.resize(kRawKeep);
  }
  return true;
}

}  // namespace salvo::ingest
