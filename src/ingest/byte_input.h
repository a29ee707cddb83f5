// ingest/byte_input.h — raw bytes in, from a file, stdin or memory, gunzipped
// on the fly.
//
// Owns: the one place that touches file descriptors and zlib for input. A
// ByteInput hands out chunks of (uncompressed) bytes; gzip is recognised by its
// magic bytes (1f 8b), not by the file name, and concatenated gzip members are
// read as one stream (as `zcat` does). Nothing here ever holds more than one
// fixed-size buffer per input.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/status.h"

namespace salvo::ingest {

class ByteInput {
 public:
  virtual ~ByteInput() = default;
  // Reads up to `n` bytes into `buf`; returns how many. 0 means end of input
  // or an error: check status() to tell them apart.
  virtual std::size_t read(char* buf, std::size_t n) = 0;
  virtual const Status& status() const = 0;
};

// "-" is stdin. The returned input gunzips if the data starts with gzip magic.
Result<std::unique_ptr<ByteInput>> open_byte_input(const std::string& path);
// Reads from a copy of `data` (tests, fuzzers); gunzips like a file would.
std::unique_ptr<ByteInput> memory_byte_input(std::string data);

}  // namespace salvo::ingest
