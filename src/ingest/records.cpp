#include "ingest/records.h"

#include <array>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ingest/json_scan.h"

namespace salvo::ingest {
namespace {

using json = nlohmann::json;

// The fields salvo reads from a record, in ReaderOptions order.
enum Field { kId, kText, kTitle, kDate, kUrl, kFieldCount };

using Fields = std::array<JsonField, kFieldCount>;

const char* type_name(JsonType t) {
  switch (t) {
    case JsonType::absent: return "absent";
    case JsonType::null: return "null";
    case JsonType::boolean: return "boolean";
    case JsonType::number: return "number";
    case JsonType::string: return "string";
    case JsonType::object: return "object";
    case JsonType::array: return "array";
  }
  return "?";
}

// The strict path: collects the top-level fields salvo needs from nlohmann's SAX
// events without building a DOM; stops at kMaxJsonDepth so hostile nesting costs
// neither stack nor memory.
class FieldCollector final : public json::json_sax_t {
 public:
  explicit FieldCollector(const std::array<std::string_view, kFieldCount>& names) : names_(names) {}

  Fields fields;
  JsonType top = JsonType::absent;  // type of the whole record
  bool too_deep = false;
  std::string error;  // parse error message, if any

  bool null() override { return scalar(JsonType::null, {}); }
  bool boolean(bool) override { return scalar(JsonType::boolean, {}); }
  bool number_integer(number_integer_t v) override { return scalar(JsonType::number, std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(JsonType::number, std::to_string(v)); }
  bool number_float(number_float_t, const string_t& s) override { return scalar(JsonType::number, s); }
  bool string(string_t& s) override { return scalar(JsonType::string, std::move(s)); }
  bool binary(binary_t&) override { return scalar(JsonType::string, {}); }  // not produced by JSON text

  bool start_object(std::size_t) override { return open(JsonType::object); }
  bool start_array(std::size_t) override { return open(JsonType::array); }
  bool end_object() override { --depth_; return true; }
  bool end_array() override { --depth_; return true; }

  bool key(string_t& k) override {
    pending_ = 0;
    if (depth_ == 1) {
      for (int i = 0; i < kFieldCount; ++i)
        if (names_[static_cast<std::size_t>(i)] == k) pending_ |= 1u << i;
    }
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "column 5: syntax error ..."
    std::string_view what = ex.what();
    if (const auto at = what.find("column "); at != std::string_view::npos) what.remove_prefix(at);
    error = std::string(what);
    repair_utf8(error);  // "last read: '...'" can end inside a multi-byte character
    return false;
  }

 private:
  bool open(JsonType t) {
    if (depth_ == 0) top = t;
    if (depth_ == 1) assign(t, {});
    if (++depth_ > kMaxJsonDepth) {
      too_deep = true;
      return false;
    }
    return true;
  }
  bool scalar(JsonType t, std::string v) {
    if (depth_ == 0) top = t;
    if (depth_ == 1) assign(t, std::move(v));
    return true;
  }
  void assign(JsonType t, std::string v) {
    for (int i = kFieldCount - 1; i >= 0; --i) {
      if (!(pending_ & (1u << i))) continue;
      pending_ &= ~(1u << i);
      auto& f = fields[static_cast<std::size_t>(i)];
      f.type = t;
      f.value = pending_ ? v : std::move(v);  // move into the last slot that wants it
    }
  }

  const std::array<std::string_view, kFieldCount>& names_;
  int depth_ = 0;
  unsigned pending_ = 0;  // bit i: the value being parsed belongs to field i
};

bool is_space_cp(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// A value quoted for a message: at most 40 code points, control characters shown as '?'.
std::string snippet(std::string_view s) {
  std::string out = "'";
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < 40) {
    const std::size_t from = i;
    const char32_t c = decode_utf8(s, i);
    if (c < 0x20 || c == 0x7F) out += '?';
    else out.append(s.substr(from, i - from));
    ++n;
  }
  if (i < s.size()) out += "...";
  return out + "'";
}

std::string quoted_field(const std::string& name) { return "field '" + name + "'"; }

// Checks a date field; returns a reject reason or "" (and sets `out`).
std::string read_date(std::string_view s, std::optional<Date>& out) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return {};  // same as absent
  if (auto d = parse_iso_date(s)) {
    out = d;
    return {};
  }
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  const bool shaped = digit(0) && digit(1) && digit(2) && digit(3) && s.size() >= 10 && s[4] == '-' &&
                      digit(5) && digit(6) && s[7] == '-' && digit(8) && digit(9) &&
                      (s.size() == 10 || s[10] == 'T' || s[10] == ' ');
  if (shaped) return "impossible date " + snippet(s);
  return "date is not ISO 8601 (YYYY-MM-DD) " + snippet(s);
}

// Share of bytes that cannot be text: control bytes (other than tab, CR, LF, FF) and
// bytes that were not valid UTF-8 (`invalid`, counted by the caller).
bool looks_binary(std::string_view s, std::size_t invalid) {
  std::size_t bad = invalid;
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') || c == 0x7F) ++bad;
  return bad * 10 > s.size();  // more than 10%
}

RecordOutcome reject_with(Reject& reject, const RecordOrigin& origin, std::string reason, std::string raw) {
  reject.file = origin.file;
  reject.line = origin.line;
  reject.reason = std::move(reason);
  reject.raw = std::move(raw);
  return RecordOutcome::reject;
}

std::string origin_text(const RecordOrigin& o) {
  return o.line ? o.file + ":" + std::to_string(o.line) : o.file;
}

std::string too_large_reason(std::size_t size, std::size_t limit) {
  return "record too large: " + std::to_string(size) + " bytes (limit " + std::to_string(limit) +
         ", see --max-record-bytes)";
}

}  // namespace

bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_space_cp(decode_utf8(s, i))) return false;
  }
  return true;
}

bool is_blank_line(const Line& line) {
  // The strict path's order: too long and NUL are rejects, invalid UTF-8 is
  // parsed (and rejected) after repair; only then is a blank line blank.
  return !line.too_long && is_blank(line.bytes) && line.bytes.find('\0') == std::string::npos &&
         is_valid_utf8(line.bytes);
}

namespace {

std::array<std::string_view, kFieldCount> field_names(const ReaderOptions& opts) {
  return {opts.id_field, opts.text_field, opts.title_field, opts.date_field, opts.url_field};
}

// The rules that apply once a line has parsed as a JSON object, whichever path
// parsed it: text, date, id, empty text. `invalid` counts the line's bytes that
// needed UTF-8 repair before parsing. Fields marked clean skip repair_utf8,
// which would find nothing to do in them.
RecordOutcome finish_record(Fields& f, std::size_t invalid, const Line& line, const RecordOrigin& origin,
                            const ReaderOptions& opts, Document& doc, Reject& reject, bool& repaired) {
  const auto& txt = f[kText];
  if (txt.type == JsonType::absent)
    return reject_with(reject, origin, "missing " + quoted_field(opts.text_field), line.bytes);
  if (txt.type != JsonType::string)
    return reject_with(reject, origin, quoted_field(opts.text_field) + " is not a string (" + type_name(txt.type) + ")",
                       line.bytes);

  std::optional<Date> published = opts.default_date;
  switch (f[kDate].type) {
    case JsonType::absent:
    case JsonType::null:
      break;
    case JsonType::string:
      if (auto why = read_date(f[kDate].value, published); !why.empty()) return reject_with(reject, origin, why, line.bytes);
      break;
    default:
      return reject_with(reject, origin,
                         quoted_field(opts.date_field) + " is not a string (" + type_name(f[kDate].type) + ")",
                         line.bytes);
  }

  std::string id;
  switch (f[kId].type) {
    case JsonType::string:
    case JsonType::number:
      id = std::move(f[kId].value);
      break;
    case JsonType::absent:
    case JsonType::null:
      break;
    default:
      return reject_with(reject, origin,
                         quoted_field(opts.id_field) + " is not a string or number (" + type_name(f[kId].type) + ")",
                         line.bytes);
  }

  // Escapes such as \u0000 decode to bytes that need the same repair as raw input.
  std::size_t fixes = invalid;
  doc.text = std::move(f[kText].value);
  if (!f[kText].clean) fixes += repair_utf8(doc.text);
  if (is_blank(doc.text)) return reject_with(reject, origin, "empty text", line.bytes);
  if (!f[kId].clean) fixes += repair_utf8(id);
  if (is_blank(id)) id = origin_text(origin);
  doc.id = std::move(id);
  doc.title.clear();
  doc.url.clear();
  if (f[kTitle].type == JsonType::string) {
    doc.title = std::move(f[kTitle].value);
    if (!f[kTitle].clean) fixes += repair_utf8(doc.title);
  }
  if (f[kUrl].type == JsonType::string) {
    doc.url = std::move(f[kUrl].value);
    if (!f[kUrl].clean) fixes += repair_utf8(doc.url);
  }
  doc.published = published;
  doc.origin = origin_text(origin);
  repaired = fixes > 0;
  return RecordOutcome::document;
}

}  // namespace

RecordOutcome parse_jsonl_record(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                 Document& doc, Reject& reject, bool& repaired) {
  if (auto fast = parse_jsonl_record_fast(line, origin, opts, doc, reject, repaired)) return *fast;
  return parse_jsonl_record_strict(line, origin, opts, doc, reject, repaired);
}

std::optional<RecordOutcome> parse_jsonl_record_fast(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                                     Document& doc, Reject& reject, bool& repaired) {
  repaired = false;
  if (line.too_long) return std::nullopt;
  // An accepted line has no NUL byte, is valid UTF-8 and is not blank (it holds
  // a '{'), so the strict path's checks before parsing would all pass.
  const auto names = field_names(opts);
  Fields f;
  if (!scan_json_fields(line.bytes, names, f, kMaxJsonDepth)) return std::nullopt;
  return finish_record(f, 0, line, origin, opts, doc, reject, repaired);
}

RecordOutcome parse_jsonl_record_strict(Line& line, const RecordOrigin& origin, const ReaderOptions& opts,
                                        Document& doc, Reject& reject, bool& repaired) {
  repaired = false;
  if (line.too_long) return reject_with(reject, origin, too_large_reason(line.size, opts.max_record_bytes), line.bytes);
  if (const auto nul = line.bytes.find('\0'); nul != std::string::npos)
    return reject_with(reject, origin, "binary data: NUL byte at byte " + std::to_string(nul + 1), line.bytes);

  // Invalid UTF-8 is repaired in a copy, so that `raw` keeps the bytes as they were read.
  std::string repaired_copy;
  std::size_t invalid = 0;
  std::string_view text = line.bytes;
  if (!is_valid_utf8(text)) {
    repaired_copy = line.bytes;
    invalid = repair_utf8(repaired_copy);
    text = repaired_copy;
  } else if (is_blank(text)) {
    return RecordOutcome::blank;
  }

  const auto names = field_names(opts);
  FieldCollector sax(names);
  bool parsed = false;
  try {
    parsed = json::sax_parse(text, &sax, json::input_format_t::json, /*strict=*/true);
  } catch (const std::exception& e) {  // sax_parse reports through parse_error; this is a safety net
    sax.error = e.what();
  }
  if (!parsed) {
    if (sax.too_deep)
      return reject_with(reject, origin, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", line.bytes);
    if (looks_binary(line.bytes, invalid)) return reject_with(reject, origin, "binary data: not JSON text", line.bytes);
    return reject_with(reject, origin, "not JSON: " + sax.error, line.bytes);
  }
  if (sax.top != JsonType::object)
    return reject_with(reject, origin, std::string("not a JSON object (") + type_name(sax.top) + ")", line.bytes);
  return finish_record(sax.fields, invalid, line, origin, opts, doc, reject, repaired);
}

RecordOutcome make_text_record(std::string bytes, std::size_t size, const RecordOrigin& origin,
                               const ReaderOptions& opts, Document& doc, Reject& reject, bool& repaired) {
  repaired = false;
  if (size > opts.max_record_bytes) {
    if (bytes.size() > kRawKeep) bytes.resize(kRawKeep);
    return reject_with(reject, origin, too_large_reason(size, opts.max_record_bytes), std::move(bytes));
  }
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.starts_with(kBom)) bytes.erase(0, kBom.size());
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    const std::string why = "binary data: NUL byte at byte " + std::to_string(nul + 1);
    if (bytes.size() > kRawKeep) bytes.resize(kRawKeep);
    return reject_with(reject, origin, why, std::move(bytes));
  }
  std::string text;
  text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {  // CRLF -> LF
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
    text += bytes[i];
  }
  const std::size_t fixes = repair_utf8(text);
  if (is_blank(text)) {
    if (bytes.size() > kRawKeep) bytes.resize(kRawKeep);
    return reject_with(reject, origin, "empty text", std::move(bytes));
  }
  doc.id = origin.file;
  doc.text = std::move(text);
  doc.title.clear();
  doc.url.clear();
  doc.published = opts.default_date;
  doc.origin = origin_text(origin);
  repaired = fixes > 0;
  return RecordOutcome::document;
}

}  // namespace salvo::ingest
