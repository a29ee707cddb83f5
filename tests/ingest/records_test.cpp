// One JSON Lines record -> Document or Reject: every rule, one case each.
#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"
#include "ingest/records.h"

namespace salvo::ingest {
namespace {

struct Parsed {
  RecordOutcome outcome;
  Document doc;
  Reject reject;
  bool repaired = false;
};

Parsed parse(std::string bytes, const ReaderOptions& opts = {}, std::size_t line_no = 7) {
  Line line;
  line.size = bytes.size();
  line.too_long = bytes.size() > opts.max_record_bytes;
  line.bytes = std::move(bytes);
  line.number = line_no;
  Parsed p;
  p.outcome = parse_jsonl_record(line, {"in.jsonl", line_no}, opts, p.doc, p.reject, p.repaired);
  return p;
}

// Every way a record is rejected, with the start of its reason.
struct RejectCase {
  const char* name;
  std::string line;
  std::string reason_prefix;
};

TEST(JsonlRecord, EachRejectReason) {
  const std::string deep(200, '[');
  const RejectCase cases[] = {
      {"not json", "this is not json", "not JSON: column 2: syntax error"},
      {"truncated object", R"({"id": "a", "text": "abc")", "not JSON: column"},
      {"trailing garbage", R"({"text": "abc"} x)", "not JSON: column"},
      {"array", R"([1, 2, 3])", "not a JSON object (array)"},
      {"string", R"("just text")", "not a JSON object (string)"},
      {"number", "42", "not a JSON object (number)"},
      {"null", "null", "not a JSON object (null)"},
      {"missing text", R"({"id": "a", "title": "t"})", "missing field 'text'"},
      {"text number", R"({"id": "a", "text": 42})", "field 'text' is not a string (number)"},
      {"text null", R"({"id": "a", "text": null})", "field 'text' is not a string (null)"},
      {"text object", R"({"id": "a", "text": {"body": "x"}})", "field 'text' is not a string (object)"},
      {"empty text", R"({"id": "a", "text": ""})", "empty text"},
      {"blank text", R"({"id": "a", "text": " \t\n\u00a0\u3000 "})", "empty text"},
      {"impossible date", R"({"text": "abc", "date": "2023-02-30"})", "impossible date '2023-02-30'"},
      {"impossible month", R"({"text": "abc", "date": "2023-13-01T10:00:00Z"})", "impossible date"},
      {"not iso date", R"({"text": "abc", "date": "yesterday"})", "date is not ISO 8601 (YYYY-MM-DD) 'yesterday'"},
      {"us date", R"({"text": "abc", "date": "07/31/2023"})", "date is not ISO 8601"},
      {"date number", R"({"text": "abc", "date": 20230731})", "field 'date' is not a string (number)"},
      {"id object", R"({"id": {"a": 1}, "text": "abc"})", "field 'id' is not a string or number (object)"},
      {"id bool", R"({"id": true, "text": "abc"})", "field 'id' is not a string or number (boolean)"},
      {"raw NUL", std::string("{\"text\": \"ab\0c\"}", 16), "binary data: NUL byte at byte 13"},
      {"binary", "\x01\x02\x03\xff\xfe\x80\x81garbage\x04\x05", "binary data: not JSON text"},
      {"depth bomb", deep, "nested deeper than 64 levels"},
      {"deep inside object", "{\"text\": \"abc\", \"x\": " + deep + "}", "nested deeper than 64 levels"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const Parsed p = parse(c.line);
    ASSERT_EQ(p.outcome, RecordOutcome::reject);
    EXPECT_EQ(p.reject.reason.substr(0, c.reason_prefix.size()), c.reason_prefix) << p.reject.reason;
    EXPECT_EQ(p.reject.file, "in.jsonl");
    EXPECT_EQ(p.reject.line, 7u);
    EXPECT_EQ(p.reject.raw, c.line);  // raw is the record exactly as read
  }
}

TEST(JsonlRecord, ReasonIsValidUtf8EvenWhenTheParserStopsInsideACharacter) {
  // Found by fuzz_reader: nlohmann's "last read" quoted half of a two-byte character.
  const Parsed p = parse("{\"extra\": {\xDE\x9D}}");
  ASSERT_EQ(p.outcome, RecordOutcome::reject);
  EXPECT_EQ(p.reject.reason.rfind("not JSON: column", 0), 0u) << p.reject.reason;
  EXPECT_TRUE(is_valid_utf8(p.reject.reason)) << p.reject.reason;
}

TEST(JsonlRecord, DepthAtTheLimitIsAccepted) {
  // "x" holds 63 nested arrays inside the top-level object: 64 levels in all.
  const std::string nested = std::string(63, '[') + std::string(63, ']');
  EXPECT_EQ(parse("{\"text\": \"abc\", \"x\": " + nested + "}").outcome, RecordOutcome::document);
  const std::string deeper = std::string(64, '[') + std::string(64, ']');
  EXPECT_EQ(parse("{\"text\": \"abc\", \"x\": " + deeper + "}").outcome, RecordOutcome::reject);
}

TEST(JsonlRecord, DepthBombOfMillionsOfLevelsDoesNotRecurse) {
  const Parsed p = parse(std::string(5'000'000, '[') + std::string(5'000'000, ']'));
  ASSERT_EQ(p.outcome, RecordOutcome::reject);
  EXPECT_EQ(p.reject.reason, "nested deeper than 64 levels");
}

TEST(JsonlRecord, GoodRecordKeepsEveryField) {
  const Parsed p = parse(
      R"({"id": "kh-1", "text": "Missiles struck Kharkiv.", "title": "Strike", "date": "2024-05-06T08:00:00+03:00", "url": "https://x.example/1", "extra": [1, {"a": 2}]})");
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.id, "kh-1");
  EXPECT_EQ(p.doc.text, "Missiles struck Kharkiv.");
  EXPECT_EQ(p.doc.title, "Strike");
  EXPECT_EQ(p.doc.url, "https://x.example/1");
  ASSERT_TRUE(p.doc.published.has_value());
  EXPECT_EQ(p.doc.published->iso(), "2024-05-06");
  EXPECT_EQ(p.doc.origin, "in.jsonl:7");
  EXPECT_FALSE(p.repaired);
}

TEST(JsonlRecord, NumericIdBecomesItsDigits) {
  EXPECT_EQ(parse(R"({"id": 12345, "text": "abc"})").doc.id, "12345");
  EXPECT_EQ(parse(R"({"id": -7, "text": "abc"})").doc.id, "-7");
  EXPECT_EQ(parse(R"({"id": 1.5e3, "text": "abc"})").doc.id, "1.5e3");
}

TEST(JsonlRecord, MissingOrNullIdFallsBackToFileAndLine) {
  EXPECT_EQ(parse(R"({"text": "abc"})", {}, 3).doc.id, "in.jsonl:3");
  EXPECT_EQ(parse(R"({"id": null, "text": "abc"})", {}, 4).doc.id, "in.jsonl:4");
  EXPECT_EQ(parse(R"({"id": "", "text": "abc"})", {}, 5).doc.id, "in.jsonl:5");
}

TEST(JsonlRecord, DefaultDateOnlyWhenRecordHasNone) {
  ReaderOptions opts;
  opts.default_date = Date{2023, 7, 31};
  EXPECT_EQ(parse(R"({"text": "abc"})", opts).doc.published, (Date{2023, 7, 31}));
  EXPECT_EQ(parse(R"({"text": "abc", "date": null})", opts).doc.published, (Date{2023, 7, 31}));
  EXPECT_EQ(parse(R"({"text": "abc", "date": ""})", opts).doc.published, (Date{2023, 7, 31}));
  EXPECT_EQ(parse(R"({"text": "abc", "date": "2022-02-24"})", opts).doc.published, (Date{2022, 2, 24}));
  EXPECT_FALSE(parse(R"({"text": "abc"})").doc.published.has_value());
}

TEST(JsonlRecord, FieldNamesComeFromOptions) {
  ReaderOptions opts;
  opts.id_field = "doc_id";
  opts.text_field = "body";
  opts.date_field = "published_at";
  const Parsed p = parse(R"({"doc_id": "x", "text": "ignored", "body": "the body", "published_at": "2024-01-02"})", opts);
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.id, "x");
  EXPECT_EQ(p.doc.text, "the body");
  EXPECT_EQ(p.doc.published, (Date{2024, 1, 2}));
  EXPECT_EQ(parse(R"({"text": "abc"})", opts).reject.reason, "missing field 'body'");
}

TEST(JsonlRecord, SameNameForTwoFieldsFillsBoth) {
  ReaderOptions opts;
  opts.title_field = "text";
  const Parsed p = parse(R"({"text": "body"})", opts);
  EXPECT_EQ(p.doc.text, "body");
  EXPECT_EQ(p.doc.title, "body");
}

TEST(JsonlRecord, NestedFieldsWithOurNamesAreIgnored) {
  const Parsed p = parse(R"({"meta": {"text": 5, "id": "inner"}, "id": "outer", "text": "abc"})");
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.id, "outer");
  EXPECT_EQ(p.doc.text, "abc");
}

TEST(JsonlRecord, WrongTypeTitleOrUrlIsIgnored) {
  const Parsed p = parse(R"({"text": "abc", "title": 5, "url": ["x"]})");
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.title, "");
  EXPECT_EQ(p.doc.url, "");
}

TEST(JsonlRecord, InvalidUtf8IsRepairedNotRejected) {
  const std::string line = "{\"id\": \"u\", \"text\": \"caf\xC3 ok \xFF\xFE end\"}";
  const Parsed p = parse(line);
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_TRUE(p.repaired);
  EXPECT_TRUE(is_valid_utf8(p.doc.text));
  EXPECT_EQ(p.doc.text, "caf\xEF\xBF\xBD ok \xEF\xBF\xBD\xEF\xBF\xBD end");  // FF and FE: one U+FFFD each
}

TEST(JsonlRecord, EscapedNulBecomesSpace) {
  const Parsed p = parse(R"({"text": "a\u0000b"})");
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.text, "a b");
  EXPECT_TRUE(p.repaired);
}

TEST(JsonlRecord, EscapesAreDecoded) {
  const Parsed p = parse(R"({"text": "\"Shahed\" \u2014 Kyiv\n\ud83d\ude80"})");
  ASSERT_EQ(p.outcome, RecordOutcome::document);
  EXPECT_EQ(p.doc.text, "\"Shahed\" \xE2\x80\x94 Kyiv\n\xF0\x9F\x9A\x80");
  EXPECT_FALSE(p.repaired);
}

TEST(JsonlRecord, BlankLinesAreNotRecords) {
  EXPECT_EQ(parse("").outcome, RecordOutcome::blank);
  EXPECT_EQ(parse("   \t ").outcome, RecordOutcome::blank);
  EXPECT_EQ(parse("\xC2\xA0").outcome, RecordOutcome::blank);
}

TEST(JsonlRecord, TooLargeKeepsRawAndSaysWhy) {
  ReaderOptions opts;
  opts.max_record_bytes = 10;
  Line line;
  line.bytes = std::string(kRawKeep, 'x');
  line.size = 5000;
  line.too_long = true;
  line.number = 2;
  Document doc;
  Reject rej;
  bool repaired = false;
  ASSERT_EQ(parse_jsonl_record(line, {"f", 2}, opts, doc, rej, repaired), RecordOutcome::reject);
  EXPECT_EQ(rej.reason, "record too large: 5000 bytes (limit 10, see --max-record-bytes)");
  EXPECT_EQ(rej.raw.size(), kRawKeep);
}

TEST(JsonlRecord, ReasonQuotesAreShortAndPrintable) {
  const Parsed p = parse(R"({"text": "abc", "date": "not\na date at all, and far too long to show in one message"})");
  ASSERT_EQ(p.outcome, RecordOutcome::reject);
  EXPECT_EQ(p.reject.reason, "date is not ISO 8601 (YYYY-MM-DD) 'not?a date at all, and far too long to s...'");
}

TEST(TextRecord, WholeFileIsOneDocument) {
  ReaderOptions opts;
  opts.default_date = Date{2023, 7, 31};
  Document doc;
  Reject rej;
  bool repaired = false;
  const std::string bytes = "\xEF\xBB\xBFLine one.\r\nLine two.\r\n";
  ASSERT_EQ(make_text_record(bytes, bytes.size(), {"a/b.txt", 0}, opts, doc, rej, repaired), RecordOutcome::document);
  EXPECT_EQ(doc.id, "a/b.txt");
  EXPECT_EQ(doc.text, "Line one.\nLine two.\n");
  EXPECT_EQ(doc.published, (Date{2023, 7, 31}));
  EXPECT_EQ(doc.origin, "a/b.txt");
  EXPECT_FALSE(repaired);
}

TEST(TextRecord, Rejects) {
  ReaderOptions opts;
  opts.max_record_bytes = 100;
  Document doc;
  Reject rej;
  bool repaired = false;
  EXPECT_EQ(make_text_record(" \n\t", 3, {"e.txt", 0}, opts, doc, rej, repaired), RecordOutcome::reject);
  EXPECT_EQ(rej.reason, "empty text");
  EXPECT_EQ(make_text_record(std::string("ab\0c", 4), 4, {"n.txt", 0}, opts, doc, rej, repaired),
            RecordOutcome::reject);
  EXPECT_EQ(rej.reason, "binary data: NUL byte at byte 3");
  EXPECT_EQ(make_text_record(std::string(2000, 'x'), 5000, {"big.txt", 0}, opts, doc, rej, repaired),
            RecordOutcome::reject);
  EXPECT_EQ(rej.reason, "record too large: 5000 bytes (limit 100, see --max-record-bytes)");
  EXPECT_EQ(rej.raw.size(), kRawKeep);
  EXPECT_EQ(rej.line, 0u);
}

TEST(TextRecord, InvalidUtf8IsRepaired) {
  Document doc;
  Reject rej;
  bool repaired = false;
  ASSERT_EQ(make_text_record("Kyiv \xFF.", 7, {"r.txt", 0}, {}, doc, rej, repaired), RecordOutcome::document);
  EXPECT_TRUE(repaired);
  EXPECT_EQ(doc.text, "Kyiv \xEF\xBF\xBD.");
}

}  // namespace
}  // namespace salvo::ingest
