// ingest/json_scan.h — the fast path of the JSON Lines reader: the top-level
// fields of one JSON object, read in a single pass over the line's bytes.
//
// Owns: the grammar of the common case only — an object whose values are
// strings, numbers, true/false/null or nested objects and arrays (at most
// max_depth deep), JSON white space around them, escapes including \uXXXX
// surrogate pairs, and UTF-8 validation of the bytes inside strings (ASCII
// checked 8 bytes at a time). It never decides that a record is bad: anything
// it is not sure about — a syntax error, invalid UTF-8, a control byte or NUL,
// a lone surrogate, a byte-order mark, a number that might overflow a double,
// too much nesting, a field of ours given twice — makes it decline, and the
// caller (ingest/records.cpp) parses the line with nlohmann's strict SAX parser
// instead, which then finds the reason or the repair. When it accepts a line,
// nlohmann would have accepted it too and reported the same top-level values:
// tests/ingest/fast_path_test.cpp holds the two to that.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace salvo::ingest {

enum class JsonType { absent, null, boolean, number, string, object, array };

// One top-level field as the reader sees it.
struct JsonField {
  JsonType type = JsonType::absent;
  std::string value;   // a string's decoded contents or a number's lexeme ("" for other types)
  bool clean = false;  // value is known to be valid UTF-8 without NUL (repair would change nothing)
};

// Reads `line` as one JSON object. For each i, out[i] receives the value of the
// top-level key equal to names[i] (names.size() == out.size(), at most 32; one
// key may fill several slots). Returns false — with `out` in no particular
// state — when it declines the line (see above).
bool scan_json_fields(std::string_view line, std::span<const std::string_view> names, std::span<JsonField> out,
                      int max_depth);

}  // namespace salvo::ingest
