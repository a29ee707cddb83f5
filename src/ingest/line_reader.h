// ingest/line_reader.h — lines out of a byte stream, never more than one
// record's worth in memory.
//
// Owns: splitting on '\n', dropping a trailing '\r' (CRLF files) and a UTF-8
// byte-order mark at the start of the stream, 1-based line numbers, and the
// cut-off for oversized lines: past `max_bytes` only the first kRawKeep bytes
// are kept and the rest of the line is skipped as it streams by.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/byte_input.h"

namespace salvo::ingest {

// How much of an oversized record is kept as the reject's `raw`.
inline constexpr std::size_t kRawKeep = 1024;

struct Line {
  std::string bytes;       // without the terminator; only the first kRawKeep bytes if too_long
  std::size_t number = 0;  // 1-based
  std::size_t size = 0;    // full length in bytes, without the terminator
  bool too_long = false;   // size > max_bytes
};

class LineReader {
 public:
  LineReader(std::unique_ptr<ByteInput> in, std::size_t max_bytes);
  // False at the end of the input or on a read error (see status()).
  bool next(Line& line);
  const Status& status() const { return in_->status(); }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool refill();

  std::unique_ptr<ByteInput> in_;
  std::size_t max_bytes_;
  std::vector<char> buf_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t line_no_ = 0;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace salvo::ingest
