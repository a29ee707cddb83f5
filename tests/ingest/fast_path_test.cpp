// The JSON Lines fast path (ingest/json_scan.h) against the strict nlohmann
// path, line by line: whenever the fast path accepts a line, the Document (or
// the reject reason) must be exactly what the strict path makes of it; and
// parse_jsonl_record, which picks between them, must always agree with the
// strict path. The lines are every record shipped in the repository plus
// generated hostile ones: escapes, \u0000, surrogates (paired and lone),
// invalid UTF-8, CRLF, BOM, numbers, nesting, duplicate keys, empty and huge
// strings, and some tens of thousands of random mutations of those.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "ingest/records.h"

namespace salvo::ingest {
namespace {

using namespace std::string_literals;

struct Outcome {
  RecordOutcome outcome = RecordOutcome::blank;
  Document doc;
  Reject reject;
  bool repaired = false;
};

Line make_line(const std::string& bytes, const ReaderOptions& opts) {
  Line line;
  line.bytes = bytes;
  line.size = bytes.size();
  line.too_long = bytes.size() > opts.max_record_bytes;
  line.number = 12;
  return line;
}

const RecordOrigin kOrigin{"in.jsonl", 12};

Outcome run_strict(const std::string& bytes, const ReaderOptions& opts) {
  Line line = make_line(bytes, opts);
  Outcome o;
  o.outcome = parse_jsonl_record_strict(line, kOrigin, opts, o.doc, o.reject, o.repaired);
  return o;
}

std::optional<Outcome> run_fast(const std::string& bytes, const ReaderOptions& opts) {
  Line line = make_line(bytes, opts);
  Outcome o;
  const auto r = parse_jsonl_record_fast(line, kOrigin, opts, o.doc, o.reject, o.repaired);
  if (!r) return std::nullopt;
  o.outcome = *r;
  return o;
}

Outcome run_combined(const std::string& bytes, const ReaderOptions& opts) {
  Line line = make_line(bytes, opts);
  Outcome o;
  o.outcome = parse_jsonl_record(line, kOrigin, opts, o.doc, o.reject, o.repaired);
  return o;
}

// A line as a readable, bounded C-style literal for failure messages.
std::string show(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size() && i < 300; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > 300) out += "...(" + std::to_string(s.size()) + " bytes)";
  return out + "\"";
}

// Empty if equal, else what differs.
std::string differences(const Outcome& a, const Outcome& b) {
  std::ostringstream d;
  if (a.outcome != b.outcome) {
    d << "outcome " << static_cast<int>(a.outcome) << " vs " << static_cast<int>(b.outcome);
    if (a.outcome == RecordOutcome::reject) d << " (reason " << show(a.reject.reason) << ")";
    if (b.outcome == RecordOutcome::reject) d << " (reason " << show(b.reject.reason) << ")";
    return d.str();
  }
  if (a.repaired != b.repaired) d << "repaired " << a.repaired << " vs " << b.repaired << "; ";
  if (a.outcome == RecordOutcome::document) {
    if (a.doc.id != b.doc.id) d << "id " << show(a.doc.id) << " vs " << show(b.doc.id) << "; ";
    if (a.doc.text != b.doc.text) d << "text " << show(a.doc.text) << " vs " << show(b.doc.text) << "; ";
    if (a.doc.title != b.doc.title) d << "title " << show(a.doc.title) << " vs " << show(b.doc.title) << "; ";
    if (a.doc.url != b.doc.url) d << "url " << show(a.doc.url) << " vs " << show(b.doc.url) << "; ";
    if (a.doc.published != b.doc.published)
      d << "published " << (a.doc.published ? a.doc.published->iso() : "-") << " vs "
        << (b.doc.published ? b.doc.published->iso() : "-") << "; ";
    if (a.doc.origin != b.doc.origin) d << "origin " << a.doc.origin << " vs " << b.doc.origin << "; ";
  }
  if (a.outcome == RecordOutcome::reject) {
    if (a.reject.reason != b.reject.reason) d << "reason " << show(a.reject.reason) << " vs " << show(b.reject.reason) << "; ";
    if (a.reject.raw != b.reject.raw) d << "raw differs; ";
    if (a.reject.file != b.reject.file || a.reject.line != b.reject.line) d << "reject origin differs; ";
  }
  return d.str();
}

// Runs the three entry points on every line and counts what happened.
class Comparer {
 public:
  // Returns true if the fast path accepted the line.
  bool check(const std::string& line, const ReaderOptions& opts = {}) {
    ++lines_;
    const Outcome strict = run_strict(line, opts);
    const auto fast = run_fast(line, opts);
    if (fast) {
      ++accepted_;
      if (fast->outcome == RecordOutcome::document) ++accepted_documents_;
      if (fast->outcome == RecordOutcome::blank) fail(line, "the fast path called a line blank");
      if (const auto d = differences(*fast, strict); !d.empty()) fail(line, "fast vs strict: " + d);
    }
    if (const auto d = differences(run_combined(line, opts), strict); !d.empty()) fail(line, "combined vs strict: " + d);
    // The reader skips blank lines before parsing (DocumentSource::take), with is_blank_line.
    if (is_blank_line(make_line(line, opts)) != (strict.outcome == RecordOutcome::blank))
      fail(line, "is_blank_line disagrees with the strict path");
    return fast.has_value();
  }

  std::size_t lines() const { return lines_; }
  std::size_t accepted() const { return accepted_; }
  std::size_t accepted_documents() const { return accepted_documents_; }

 private:
  void fail(const std::string& line, const std::string& what) {
    if (++failures_ <= 25) ADD_FAILURE() << what << "\n  line: " << show(line);
  }
  std::size_t lines_ = 0, accepted_ = 0, accepted_documents_ = 0, failures_ = 0;
};

std::vector<std::string> lines_of_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string all = ss.str();
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < all.size()) {
    const std::size_t nl = all.find('\n', start);
    const std::size_t end = nl == std::string::npos ? all.size() : nl;
    out.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Every JSON Lines file the repository ships: samples, gold sets, test fixtures, fuzz seeds.
std::vector<std::filesystem::path> shipped_jsonl_files() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  const fs::path root = SALVO_SOURCE_DIR;
  for (const char* dir : {"samples", "tests"}) {
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      if (!e.is_regular_file()) continue;
      const auto& p = e.path();
      if (p.extension() == ".jsonl" || p.parent_path().filename() == "reader") files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<ReaderOptions> option_sets() {
  std::vector<ReaderOptions> sets(5);
  sets[1].default_date = Date{2024, 5, 6};
  sets[2].title_field = "text";  // one key fills two fields
  sets[2].url_field = "id";
  sets[3].id_field = "doc_id";
  sets[3].text_field = "body";
  sets[3].date_field = "published";
  sets[3].url_field = "";
  sets[4].text_field = "t\xC3\xA9xt";  // "téxt", matched by "t\u00e9xt" too
  sets[4].title_field = "a\"b";
  return sets;
}

TEST(FastPath, EveryShippedRecordGetsTheSameAnswer) {
  Comparer cmp;
  std::size_t documents_declined = 0;
  std::size_t documents = 0;  // lines the strict path reads as a document (the gold of tests/gold/real has no text)
  std::size_t files = 0;
  for (const auto& path : shipped_jsonl_files()) {
    ++files;
    SCOPED_TRACE(path.string());
    for (const auto& line : lines_of_file(path)) {
      if (run_strict(line, option_sets().front()).outcome == RecordOutcome::document) ++documents;
      for (const auto& opts : option_sets()) {
        const bool accepted = cmp.check(line, opts);
        // Shipped records are the common case: the fast path must take every one
        // that is a document, unless it starts with a byte-order mark or needs repair.
        if (!accepted && run_strict(line, opts).outcome == RecordOutcome::document &&
            !line.starts_with("\xEF\xBB\xBF") && is_valid_utf8(line)) {
          ++documents_declined;
          ADD_FAILURE() << "fast path declined a good record: " << show(line);
        }
      }
      cmp.check(line + "\r");
      cmp.check("  \t" + line + " \r ");
      cmp.check("\xEF\xBB\xBF" + line);
    }
  }
  EXPECT_GE(files, 8u);
  EXPECT_GT(cmp.lines(), 1500u);
  EXPECT_EQ(documents_declined, 0u);
  EXPECT_GT(documents, 100u);
  EXPECT_GE(cmp.accepted_documents(), documents);
  std::printf("[ counts   ] %zu lines, fast path took %zu (%zu documents)\n", cmp.lines(), cmp.accepted(), cmp.accepted_documents());
}

// Values that go in one field of an otherwise ordinary record.
std::vector<std::string> hostile_values() {
  std::vector<std::string> v = {
      // strings and escapes
      R"("")", R"(" ")", R"("\t\n")", R"("\u00a0\u3000")", R"("plain")", R"("Kyiv \"quoted\" \\ \/ \b\f\n\r\t")",
      R"("\u0000")", R"("a\u0000b")", R"("\u0000\u0000")", R"("\u0001\u001f\u007f")", R"("\u00e9\u00E9\u20AC")",
      R"("\ud83d\ude80")", R"("\uD83D\uDE80 rocket")", R"("\udbff\udfff")", R"("\ud800\udc00")",
      R"("\ud83d")", R"("\ude80")", R"("\ud83d\u0041")", R"("\ud83dx")", R"("\ud83d\\ude80")", R"("\ud83d\ud83d")",
      R"("\u12")", R"("\u12G4")", R"("\x41")", R"("\'")", R"("\U00e9")", R"("\)", R"("\u")", R"("\ud83d\u")",
      R"("tab	inside")", "\"nl\x0binside\"", "\"del\x7finside\"", "\"\xE2\x80\xA8 line sep\"",
      "\"caf\xC3\xA9\"", "\"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\"", "\"\xF0\x9F\x9A\x80\"", "\"\xEF\xBB\xBF bom inside\"",
      // invalid UTF-8 inside strings
      "\"\xFF\"", "\"caf\xC3\"", "\"\xC3\x28\"", "\"\xC0\x80\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
      "\"\xE2\x80\"", "\"\xF0\x9F\x9A\"", "\"\x80\x80\"", "\"\xF8\x88\x80\x80\x80\"",
      // numbers
      "0", "-0", "7", "-7", "12345", "1.5e3", "-1.0E-5", "0.1e+5", "1e400", "-1e400", "1e300", "1e308", "1e309",
      "123456789012345678901234567890", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
      "-9223372036854775809", "9223372036854775807", "0.000001", "1E2", "1e-400", "01", "1.", ".5", "-", "+1",
      "1e", "1e+", "--1", "1.2.3", "0x10", "1e00005", "1e0005", std::string(310, '9'), "1" + std::string(299, '0') + "e1",
      // literals
      "true", "false", "null", "tru", "nul", "True", "NULL", "nullx", "truefalse",
      // containers
      "{}", "[]", "[1, 2, 3]", R"({"a": 1})", R"({"text": "inner"})", R"([{"a": [1, {"b": null}]}, "x", -2.5e3])",
      R"({"a": {"b": {"c": {"d": []}}}})", "[", "{", "[1,]", R"({"a":1,})", R"({"a" 1})", R"({1: 2})", "[1 2]",
      R"({"a": 1}})", "[]]", R"({"a": [}])", R"(["\ud83d"])", "[\"\xFF\"]", R"({"\ud83d": 1})",
      // nothing
      "", " ",
  };
  return v;
}

std::string record_with(const std::string& field, const std::string& value) {
  std::string r = "{";
  for (const char* f : {"id", "title", "date", "url", "text"}) {
    if (r.size() > 1) r += ", ";
    r += "\"" + std::string(f) + "\": ";
    if (field == f) r += value;
    else if (std::string(f) == "id") r += "\"a-1\"";
    else if (std::string(f) == "date") r += "\"2024-05-06\"";
    else if (std::string(f) == "text") r += "\"Missiles struck Kharkiv overnight.\"";
    else r += "\"x\"";
  }
  return r + "}";
}

TEST(FastPath, HostileValuesInEveryField) {
  Comparer cmp;
  const auto values = hostile_values();
  for (const auto& opts : option_sets()) {
    for (const char* field : {"id", "title", "date", "url", "text", "extra"}) {
      for (const auto& v : values) {
        cmp.check(record_with(field, v), opts);
        cmp.check("{\"" + std::string(field) + "\": " + v + ", \"text\": \"abc\"}", opts);
        cmp.check("{\"text\": \"abc\", \"" + std::string(field) + "\":" + v + "}", opts);
        cmp.check("{\"text\": \"abc\", \"" + std::string(field) + "\": [" + v + "]}", opts);
      }
    }
    for (const auto& v : values) cmp.check(v, opts);  // as the whole line
  }
  EXPECT_GT(cmp.accepted(), cmp.lines() / 3);
  std::printf("[ counts   ] %zu lines, fast path took %zu (%zu documents)\n", cmp.lines(), cmp.accepted(), cmp.accepted_documents());
}

TEST(FastPath, HandWrittenEdgeCases) {
  const std::string deep63 = std::string(63, '[') + std::string(63, ']');
  const std::string deep64 = std::string(64, '[') + std::string(64, ']');
  std::string deep_objects;
  for (int i = 0; i < 62; ++i) deep_objects += "{\"k\": ";
  deep_objects += "1" + std::string(62, '}');
  const std::vector<std::string> lines = {
      // framing
      "{}", "{ }", " {\"text\": \"a\"} ", "\t{\"text\":\"a\"}\t", "\r{\"text\":\"a\"}\r", "{\"text\":\"a\"}\r\r",
      "\xEF\xBB\xBF{\"text\": \"a\"}", " \xEF\xBB\xBF{\"text\": \"a\"}", "\xEF\xBB{\"text\": \"a\"}",
      "{\"text\": \"a\"}\f", "\f{\"text\": \"a\"}", "\v{\"text\": \"a\"}", "\xC2\xA0{\"text\": \"a\"}",
      "{\"text\": \"a\"}\xC2\xA0", "{\"text\": \"a\"} x", "{\"text\": \"a\"}{}", "{\"text\": \"a\"}}", "{\"text\": \"a\"",
      "{\"text\": \"a", "{\"text\": ", "{\"text\"", "{\"text", "{\"", "{", "}", "", "   ", "\t", "\xC2\xA0",
      "\xE3\x80\x80", "{\"text\" : \"a\" , \"id\" : 5 }", "{\"text\":\"a\",\"id\":5}", "{\n\"text\": \"a\"}",
      "{\"text\"\n: \"a\"}", "{\"text\": \"a\",}", "{,\"text\": \"a\"}", "{\"text\": \"a\",, \"id\": 1}",
      "{\"text\": \"a\" \"id\": 1}", "{'text': 'a'}", "{text: \"a\"}", "{\"text\": \"a\"} // c", "/* c */ {\"text\": \"a\"}",
      // NUL bytes, raw and escaped
      "{\"text\": \"a\0b\"}"s, "{\"text\": \"a\"}\0"s, "\0{\"text\": \"a\"}"s, "{\"text\"\0: \"a\"}"s,
      R"({"text": "a\u0000b", "id": "\u0000", "title": "\u0000", "url": "x\u0000"})",
      R"({"text": "\u0000"})", R"({"text": "\u0000 \u0000"})", R"({"text": " ", "id": 1})",
      // keys
      R"({"t\u0065xt": "escaped key"})", R"({"te\"xt": "a", "text": "b"})", R"({"": "empty key", "text": "a"})",
      R"({"text": "first", "text": "second"})", R"({"text": "first", "text": 5})", R"({"id": 1, "id": "2", "text": "a"})",
      R"({"x": 1, "x": 2, "text": "a"})", R"({"text": "a", "t\u0065xt": "b"})", R"({"text\u0000": "a"})",
      "{\"t\xC3\xA9xt\": \"accented key\"}", R"({"t\u00e9xt": "escaped accented key"})", "{\"a\\\"b\": \"q\", \"text\": \"a\"}",
      // nesting and depth
      "{\"text\": \"abc\", \"x\": " + deep63 + "}", "{\"text\": \"abc\", \"x\": " + deep64 + "}",
      "{\"text\": \"abc\", \"x\": " + deep_objects + "}", "{\"x\": {" + deep_objects.substr(1) + ", \"text\": \"abc\"}",
      "{\"text\": \"abc\", \"x\": " + std::string(100000, '[') + "}", std::string(100000, '['),
      R"({"meta": {"text": 5, "id": "inner"}, "id": "outer", "text": "abc"})",
      R"({"text": ["a"]})", R"({"text": {"a": "b"}})", R"({"id": [], "text": "a"})", R"({"id": {}, "text": "a"})",
      R"({"date": [], "text": "a"})", R"({"title": {}, "url": [1], "text": "a"})", R"({"a": [[], {}, [{}], {"b": []}], "text": "a"})",
      R"({"a": [1, 2,], "text": "a"})", R"({"a": {"b": 1,}, "text": "a"})", R"({"a": [1 2], "text": "a"})",
      R"({"a": {"b" 1}, "text": "a"})", R"({"a": {1: 1}, "text": "a"})", R"({"a": [}, "text": "a"})",
      R"({"a": [1}, "text": "a"})", R"({"a": {"b": 1], "text": "a"})", R"({"a": [[1], {"b": [2}]], "text": "a"})",
      // dates
      R"({"text": "a", "date": "2023-02-30"})", R"({"text": "a", "date": " 2024-05-06 "})", R"({"text": "a", "date": "2024-05-06T10:00:00Z"})",
      R"({"text": "a", "date": "2024-05-06 10:00"})", R"({"text": "a", "date": "yesterday\u0000"})", R"({"text": "a", "date": "\t"})",
      R"({"text": "a", "date": 20240506})", R"({"text": "a", "date": null})", R"({"text": "a", "date": true})",
      R"({"text": "a", "date": "\u0032024-05-06"})",
      // not objects
      "[1, 2, 3]", "\"just text\"", "42", "null", "true", "-0", "this is not json", "\x01\x02\x03\xff\xfe\x80\x81garbage\x04\x05",
  };
  Comparer cmp;
  for (const auto& opts : option_sets())
    for (const auto& l : lines) cmp.check(l, opts);
  EXPECT_GT(cmp.accepted(), 0u);
  std::printf("[ counts   ] %zu lines, fast path took %zu (%zu documents)\n", cmp.lines(), cmp.accepted(), cmp.accepted_documents());
}

// Every special byte at every offset of a string, so the 8-byte blocks meet it
// at each position (and at the end of the line).
TEST(FastPath, SpecialBytesAtEveryOffset) {
  const std::vector<std::string> specials = {
      "\\n", "\\\"", "\\\\", "\\u0000", "\\u00e9", "\\ud83d\\ude80", "\\ud83d", "\\ude80", "\\q", "\"", "\x01", "\x1f",
      "\x7f", "\x20", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x9A\x80", "\xFF", "\xC3", "\xC3\xC3", "\xED\xA0\x80",
      "\xE0\x80\x80", "\x80", "\xC2\xA0", "\xD0\x9A\xD0\xB8", "\xD0\x9A x \xD0\xB8", "\xC3\xA9\\n\xC3\xA9", "\0"s,
  };
  Comparer cmp;
  for (const auto& sp : specials) {
    for (std::size_t at = 0; at <= 40; ++at) {
      std::string text(40, 'a');
      text.insert(at, sp);
      cmp.check("{\"id\": \"s\", \"text\": \"" + text + "\"}");
      cmp.check("{\"text\": \"" + text + "\", \"id\": \"" + text + "\"}");
      cmp.check("{\"text\": \"" + text);  // unterminated, special near the end of the line
      cmp.check("{\"text\": \"ok\", \"" + text + "\": 1}");
    }
  }
  EXPECT_GT(cmp.accepted(), cmp.lines() / 4);
  std::printf("[ counts   ] %zu lines, fast path took %zu (%zu documents)\n", cmp.lines(), cmp.accepted(), cmp.accepted_documents());
}

TEST(FastPath, HugeStrings) {
  Comparer cmp;
  std::string ascii;
  while (ascii.size() < 3'000'000) ascii += "Russian drones struck Odesa overnight, officials said. ";
  std::string escaped;
  while (escaped.size() < 2'000'000) escaped += "Paragraph \\\"one\\\".\\n\\nT\\u00e9xt \\ud83d\\ude80 \\u041a\\u0438\\u0457\\u0432\\t";
  std::string cyrillic;
  while (cyrillic.size() < 2'000'000) cyrillic += "\xD0\xA0\xD0\xB0\xD0\xBA\xD0\xB5\xD1\x82\xD0\xB8 \xD0\xB2\xD0\xB4\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBB\xD0\xB8. ";
  for (const auto* t : {&ascii, &escaped, &cyrillic}) {
    EXPECT_TRUE(cmp.check("{\"id\": \"big\", \"text\": \"" + *t + "\"}"));
    cmp.check("{\"id\": \"big\", \"text\": \"" + *t + "\xFF\"}");    // repaired: strict path
    cmp.check("{\"id\": \"big\", \"text\": \"" + *t + "\\u0000\"}");  // NUL escape at the very end
    cmp.check("{\"id\": \"big\", \"text\": \"" + *t);                 // unterminated
    cmp.check("{\"id\": \"" + *t + "\", \"title\": \"" + *t + "\", \"text\": \"x\"}");
  }
  ReaderOptions small;
  small.max_record_bytes = 1000;
  cmp.check("{\"text\": \"" + ascii.substr(0, 2000) + "\"}", small);  // too long: the strict path says so
}

// Random edits of small records: inserted tokens, deleted and replaced bytes,
// truncation. Deterministic (fixed seed), so a failure reproduces.
TEST(FastPath, BlankLinesAreExactlyTheOnesSkipped) {
  // Unicode white space, and everything that only looks blank: overlong or
  // invalid encodings of a space, NUL, control bytes, a line too long.
  const std::vector<std::string> pieces = {
      " ", "\t", "\r", "\v", "\f", "\xC2\xA0", "\xC2\x85", "\xE2\x80\x83", "\xE2\x80\xA8", "\xE3\x80\x80",
      "\xEF\xBB\xBF", "\xE1\x9A\x80", "\xC0\xA0", "\xE0\x80\xA0", "\xC2", "\xA0", "\0"s, "\x01", "\x7F", "x", "{}",
  };
  std::mt19937 rng(7);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  Comparer cmp;
  ReaderOptions small;
  small.max_record_bytes = 6;
  std::size_t blank = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t n = pick(6);
    for (std::size_t i = 0; i < n; ++i) s += pieces[pick(round % 3 ? 13 : pieces.size())];
    cmp.check(s, round % 5 ? ReaderOptions{} : small);
    Line line = make_line(s, {});
    blank += is_blank_line(line);
  }
  EXPECT_GT(blank, 1000u);
  EXPECT_TRUE(is_blank_line(make_line("", {})));
  EXPECT_FALSE(is_blank_line(make_line("\xC0\xA0", {})));      // an overlong space is not valid UTF-8
  EXPECT_FALSE(is_blank_line(make_line("        ", small)));  // too long: a reject, not a blank line
}

TEST(FastPath, RandomMutations) {
  const std::vector<std::string> seeds = {
      R"({"id": "kh-1", "text": "Missiles struck Kharkiv.", "title": "Strike", "date": "2024-05-06T08:00:00+03:00", "url": "https://x.example/1"})",
      R"({"id": 981, "text": "Shelling \"was\" reported\n overnight \u2014 \ud83d\ude80.", "date": null, "extra": [1, {"a": 2.5e3}]})",
      "{\"text\": \"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 caf\xC3\xA9 \xE2\x80\x99\", \"meta\": {\"tags\": [\"a\", true, false, null]}}",
      R"({"text": "a\u0000b", "id": "", "url": "u", "date": "2023-02-30"})",
      R"({"title": "t", "text": " ", "id": -0})",
  };
  const std::vector<std::string> tokens = {
      "\"", "\\", "\\u", "\\u0000", "\\ud83d", "\\ude80", "\\ud83d\\ude80", "{", "}", "[", "]", ",", ":", " ", "\t", "\r",
      "\n", "\0"s, "\x01", "\x7f", "\x80", "\xC3", "\xC3\xA9", "\xE2\x80\x99", "\xED\xA0\x80", "\xF0\x9F\x9A\x80",
      "\xFF", "\xEF\xBB\xBF", "0", "-0", "1e999", "1.5", "-", "e", "true", "false", "null", "\"text\": ", "\"id\": ",
      "\"date\": ", "\"text\": \"dup\", ", "\"id\": 5, ", "[[[[", "]]]]", "{\"a\": {", "}}", "\"\"", "\\n", "\\\"",
  };
  std::mt19937 rng(20240506);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  Comparer cmp;
  const ReaderOptions plain;
  ReaderOptions dated;
  dated.default_date = Date{2023, 7, 31};
  for (int round = 0; round < 200000; ++round) {
    std::string s = seeds[pick(seeds.size())];
    const std::size_t edits = 1 + pick(3);
    for (std::size_t e = 0; e < edits && !s.empty(); ++e) {
      const std::size_t at = pick(s.size() + 1);
      switch (pick(5)) {
        case 0: s.insert(at, tokens[pick(tokens.size())]); break;
        case 1: s.erase(std::min(at, s.size() - 1), 1 + pick(4)); break;
        case 2: s[std::min(at, s.size() - 1)] = static_cast<char>(pick(256)); break;
        case 3: s.resize(at); break;
        case 4: s.insert(at, s.substr(pick(s.size()), 1 + pick(12))); break;
      }
    }
    cmp.check(s, round % 2 ? plain : dated);
  }
  // The mutants must exercise both outcomes of the fast path.
  EXPECT_GT(cmp.accepted(), 10000u);
  EXPECT_LT(cmp.accepted(), cmp.lines() - 10000u);
  std::printf("[ counts   ] %zu lines, fast path took %zu (%zu documents)\n", cmp.lines(), cmp.accepted(), cmp.accepted_documents());
}

}  // namespace
}  // namespace salvo::ingest
