// app/checkpoint.h — what `salvo extract --resume` continues from.
//
// Owns: the checkpoint file FILE.checkpoint written beside an atomic output
// FILE (emit/output_file.h): which run it belongs to (rules version, the
// options that shape the output, each input file's size and modification
// time), how far that run got (records read and written, the input file, line
// and byte offset of the last record written, the length of FILE.partial and
// of the rejects file at that point), the counts the summary needs, and the
// dedupe window's state. It is written atomically (a temporary file renamed
// over it), so it is always whole, and it always describes a prefix of
// FILE.partial: a resumed run cuts FILE.partial back to output_bytes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace salvo::app {

// One input file as it was when the run started.
struct InputStamp {
  std::string path;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const InputStamp&) const = default;
};

struct Checkpoint {
  // Which run: a resumed run must match all of these.
  std::string rules_version;
  nlohmann::json options;          // the options that shape the output (cmd_extract decides which)
  std::vector<InputStamp> inputs;  // every input file, folders expanded

  // How far it got: the records (documents and rejects) handed to the writer
  // so far, and where the last of them was.
  std::uint64_t records = 0;
  std::string file;                // the input the last record came from ("" before the first)
  std::uint64_t line = 0;          // its line (0 for a .txt file)
  std::uint64_t input_bytes = 0;   // uncompressed input bytes read up to it, all inputs together
  std::uint64_t output_bytes = 0;  // length of FILE.partial holding exactly their events
  std::optional<std::uint64_t> rejects_bytes;  // length of the rejects file, with --rejects

  // What the summary counts (whole run).
  std::uint64_t articles = 0, rejected = 0, repaired = 0, events = 0;
  std::map<std::string, std::uint64_t> by_type, by_country;
  double seconds = 0;               // wall time of the runs so far
  std::int64_t timestamp = 0;       // the run's start (ACLED timestamp, XLSX creation time)
  nlohmann::json dedupe;            // Deduplicator::save_state(); null without cluster ids
};

// FILE.checkpoint for output FILE.
std::string checkpoint_path(const std::string& output);

nlohmann::json to_json(const Checkpoint& c);
Result<Checkpoint> checkpoint_from_json(const nlohmann::json& j);
// Writes `path` atomically (path.tmp renamed over it).
Status write_checkpoint(const std::string& path, const Checkpoint& c);
Result<Checkpoint> read_checkpoint(const std::string& path);

// The input files `paths` stand for (folders listed recursively, as the
// reader lists them) with their sizes and modification times. Standard input
// ("-") cannot be stamped: an error that says it cannot be resumed.
Result<std::vector<InputStamp>> stamp_inputs(const std::vector<std::string>& paths);

// Ok when `now` is the same run as `saved` (same rules version, options and
// inputs); else an error naming the first difference.
Status same_run(const Checkpoint& saved, const Checkpoint& now);

}  // namespace salvo::app
