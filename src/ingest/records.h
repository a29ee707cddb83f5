// ingest/records.h — one record's bytes -> a Document or a Reject.
//
// Owns: every rule about what makes an input record usable, and the wording of
// every reject reason (docs/INPUT.md lists them). The functions here are pure:
// no I/O, so each rule is unit-tested and fuzzed directly. A JSON Lines record
// is read by the single-pass scanner of ingest/json_scan.h when it can, and by
// nlohmann's strict SAX parser when the scanner declines; both feed the same
// rules, so the result does not depend on which one read the line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/event.h"
#include "ingest/line_reader.h"
#include "ingest/reader.h"

namespace salvo::ingest {

// JSON nesting deeper than this is rejected while parsing (depth bombs).
inline constexpr int kMaxJsonDepth = 64;

enum class RecordOutcome { document, reject, blank };

// Where a record came from: `file` as the user named it (or "<stdin>").
struct RecordOrigin {
  std::string file;
  std::size_t line = 0;  // 0 for a whole .txt file
};

// A JSON Lines record. `repaired` is set when the text (or another kept field)
// needed UTF-8 repair. Blank lines (only whitespace) are not records.
RecordOutcome parse_jsonl_record(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                 Document& doc, Reject& reject, bool& repaired);

// The two halves of parse_jsonl_record, exposed so tests can hold them to the
// same answers. The fast one returns nullopt (and leaves doc and reject alone)
// when the scanner declines the line; the strict one handles every line.
std::optional<RecordOutcome> parse_jsonl_record_fast(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                                     Document& doc, Reject& reject, bool& repaired);
RecordOutcome parse_jsonl_record_strict(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                        Document& doc, Reject& reject, bool& repaired);

// A whole .txt file as one document; `size` is the file's full size in bytes
// (bytes holds at most max_record_bytes of it, or kRawKeep if it is larger).
RecordOutcome make_text_record(std::string bytes, std::size_t size, const RecordOrigin& origin,
                               const ReaderOptions& opts, Document& doc, Reject& reject, bool& repaired);

// True if s holds nothing but (Unicode) white space.
bool is_blank(std::string_view s);

// True for a JSON Lines line that parse_jsonl_record skips as blank (white
// space only, valid UTF-8, not too long), so a reader can skip it without
// parsing. Costs a byte or two for any other line.
bool is_blank_line(const Line& line);

}  // namespace salvo::ingest
