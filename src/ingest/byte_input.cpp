#include "ingest/byte_input.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>
#include <vector>

#include <zlib.h>

namespace salvo::ingest {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string errno_text(int err) { return std::generic_category().message(err); }

// A file descriptor: a named file (closed on destruction) or stdin (kept open).
class FdInput final : public ByteInput {
 public:
  FdInput(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}
  ~FdInput() override {
    if (owned_) ::close(fd_);
  }
  FdInput(const FdInput&) = delete;
  FdInput& operator=(const FdInput&) = delete;

  std::size_t read(char* buf, std::size_t n) override {
    if (!status_.ok()) return 0;
    for (;;) {
      const ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno == EINTR) continue;
      status_ = Status::error("cannot read " + name_ + ": " + errno_text(errno));
      return 0;
    }
  }
  const Status& status() const override { return status_; }

 private:
  int fd_;
  bool owned_;
  std::string name_;
  Status status_;
};

class MemoryInput final : public ByteInput {
 public:
  explicit MemoryInput(std::string data) : data_(std::move(data)) {}
  std::size_t read(char* buf, std::size_t n) override {
    const std::size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  const Status& status() const override { return status_; }

 private:
  std::string data_;
  std::size_t pos_ = 0;
  Status status_;
};

// Gives back the bytes that were read to sniff the format, then the rest.
class PrefixInput final : public ByteInput {
 public:
  PrefixInput(std::string prefix, std::unique_ptr<ByteInput> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  std::size_t read(char* buf, std::size_t n) override {
    if (pos_ < prefix_.size()) {
      const std::size_t k = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return rest_->read(buf, n);
  }
  const Status& status() const override { return rest_->status(); }

 private:
  std::string prefix_;
  std::size_t pos_ = 0;
  std::unique_ptr<ByteInput> rest_;
};

// Streaming gunzip of one or more concatenated gzip members.
class GzipInput final : public ByteInput {
 public:
  explicit GzipInput(std::unique_ptr<ByteInput> in) : in_(std::move(in)), inbuf_(kChunk) {
    if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) status_ = Status::error("zlib: cannot initialise");
  }
  ~GzipInput() override { inflateEnd(&zs_); }
  GzipInput(const GzipInput&) = delete;
  GzipInput& operator=(const GzipInput&) = delete;

  std::size_t read(char* buf, std::size_t n) override {
    if (done_ || !status_.ok() || n == 0) return 0;
    const auto want = static_cast<uInt>(std::min<std::size_t>(n, kChunk));
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = want;
    while (zs_.avail_out == want && !done_ && status_.ok()) step();
    return want - zs_.avail_out;
  }
  const Status& status() const override { return status_; }

 private:
  void refill() {
    const std::size_t got = in_->read(inbuf_.data(), inbuf_.size());
    if (got == 0) {
      in_eof_ = true;
      if (!in_->status().ok()) status_ = in_->status();
      return;
    }
    zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
    zs_.avail_in = static_cast<uInt>(got);
  }

  void step() {
    if (zs_.avail_in == 0 && !in_eof_) {
      refill();
      return;
    }
    if (between_members_) {
      // Zero padding after the last member is tolerated (as gzip(1) does).
      while (zs_.avail_in > 0 && *zs_.next_in == 0) { ++zs_.next_in; --zs_.avail_in; }
      if (zs_.avail_in == 0) {
        if (in_eof_) done_ = true;
        return;
      }
      if (*zs_.next_in != 0x1f) {
        status_ = Status::error("trailing data after the gzip stream");
        return;
      }
      inflateReset(&zs_);
      between_members_ = false;
    }
    if (zs_.avail_in == 0 && in_eof_) {
      status_ = Status::error("gzip data is truncated");
      return;
    }
    const int r = inflate(&zs_, Z_NO_FLUSH);
    if (r == Z_STREAM_END) {
      between_members_ = true;
    } else if (r != Z_OK && r != Z_BUF_ERROR) {
      status_ = Status::error(std::string("corrupt gzip data: ") + (zs_.msg ? zs_.msg : "inflate failed"));
    }
  }

  std::unique_ptr<ByteInput> in_;
  std::vector<char> inbuf_;
  z_stream zs_{};
  bool in_eof_ = false;
  bool between_members_ = false;
  bool done_ = false;
  Status status_;
};

// Reads the first two bytes and wraps the input in a gunzip if they are gzip magic.
std::unique_ptr<ByteInput> sniff(std::unique_ptr<ByteInput> raw) {
  std::string head(2, '\0');
  std::size_t have = 0;
  while (have < head.size()) {
    const std::size_t got = raw->read(head.data() + have, head.size() - have);
    if (got == 0) break;
    have += got;
  }
  head.resize(have);
  const bool gzip = have == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                    static_cast<unsigned char>(head[1]) == 0x8b;
  auto in = std::make_unique<PrefixInput>(std::move(head), std::move(raw));
  if (gzip) return std::make_unique<GzipInput>(std::move(in));
  return in;
}

}  // namespace

Result<std::unique_ptr<ByteInput>> open_byte_input(const std::string& path) {
  if (path == "-") return sniff(std::make_unique<FdInput>(STDIN_FILENO, false, "stdin"));
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return Status::error("cannot open " + path + ": " + errno_text(errno));
  return sniff(std::make_unique<FdInput>(fd, true, path));
}

std::unique_ptr<ByteInput> memory_byte_input(std::string data) {
  return sniff(std::make_unique<MemoryInput>(std::move(data)));
}

}  // namespace salvo::ingest
