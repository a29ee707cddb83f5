// fuzz_reader — arbitrary bytes as a JSON Lines stream (and as a .txt file)
// through the readers. Beyond "no crash, no sanitizer report", it checks the
// reader's promises: every document's text is valid, non-blank UTF-8 with an
// id; every reject names its line, has a reason and a raw of bounded size that
// the rejects file can write as valid JSON; and every line is accounted for.
// It also reads every line both ways — the fast scanner and the strict nlohmann
// path — and checks that whenever the fast one accepts a line it gives exactly
// the strict one's Document or reject reason.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ingest/reader.h"
#include "ingest/records.h"
#include "ingest/rejects.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_reader: broken promise: %s\n", what);
    std::abort();
  }
}

std::size_t count_lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n + (!s.empty() && s.back() != '\n');
}

void check_document(const salvo::Document& doc) {
  check(salvo::is_valid_utf8(doc.text), "document text is valid UTF-8");
  check(!salvo::ingest::is_blank(doc.text), "document text is not blank");
  check(doc.text.find('\0') == std::string::npos, "document text has no NUL");
  check(!doc.id.empty() && salvo::is_valid_utf8(doc.id), "document has a UTF-8 id");
  check(salvo::is_valid_utf8(doc.title) && salvo::is_valid_utf8(doc.url), "title and url are UTF-8");
}

void check_reject(const salvo::Reject& rej, std::size_t max_record_bytes) {
  check(!rej.reason.empty() && salvo::is_valid_utf8(rej.reason), "reject has a UTF-8 reason");
  check(rej.raw.size() <= std::max<std::size_t>(max_record_bytes, 1024) + 3, "reject raw is bounded");
  const auto parsed = nlohmann::json::parse(salvo::reject_to_json_line(rej), nullptr, /*allow_exceptions=*/false);
  check(!parsed.is_discarded(), "rejects-file line is valid JSON");
}

// The fast path (when it accepts the line) and the strict path agree on it.
void check_fast_matches_strict(const std::string& bytes, const salvo::ReaderOptions& opts, std::size_t number) {
  salvo::ingest::Line line;
  line.bytes = bytes;
  line.size = bytes.size();
  line.too_long = bytes.size() > opts.max_record_bytes;
  line.number = number;
  const salvo::ingest::RecordOrigin origin{"fuzz.jsonl", number};
  salvo::Document fast_doc, strict_doc;
  salvo::Reject fast_rej, strict_rej;
  bool fast_repaired = false, strict_repaired = false;
  const auto fast = salvo::ingest::parse_jsonl_record_fast(line, origin, opts, fast_doc, fast_rej, fast_repaired);
  const auto strict = salvo::ingest::parse_jsonl_record_strict(line, origin, opts, strict_doc, strict_rej, strict_repaired);
  if (!fast) return;
  check(*fast == strict, "fast and strict paths give the same outcome");
  check(fast_repaired == strict_repaired, "fast and strict paths agree on repair");
  if (strict == salvo::ingest::RecordOutcome::document) {
    check(fast_doc.id == strict_doc.id && fast_doc.text == strict_doc.text && fast_doc.title == strict_doc.title &&
              fast_doc.url == strict_doc.url && fast_doc.published == strict_doc.published &&
              fast_doc.origin == strict_doc.origin,
          "fast and strict paths make the same Document");
  } else if (strict == salvo::ingest::RecordOutcome::reject) {
    check(fast_rej.reason == strict_rej.reason && fast_rej.raw == strict_rej.raw, "fast and strict paths give the same reject");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  salvo::ReaderOptions opts;
  opts.max_record_bytes = 2048;  // small, so the oversized-record path is reached
  opts.default_date = salvo::Date{2024, 5, 6};

  auto src = salvo::open_jsonl_bytes("fuzz.jsonl", bytes, opts);
  salvo::Document doc;
  salvo::Reject rej;
  std::size_t last_line = 0;
  for (;;) {
    const auto n = src->next(doc, rej);
    if (n == salvo::DocumentSource::Next::end || n == salvo::DocumentSource::Next::error) break;
    if (n == salvo::DocumentSource::Next::document) {
      check_document(doc);
    } else {
      check_reject(rej, opts.max_record_bytes);
      check(rej.line > last_line, "reject lines increase");
      last_line = rej.line;
    }
  }
  std::size_t number = 0;
  for (std::size_t start = 0; start < bytes.size();) {
    const std::size_t nl = bytes.find('\n', start);
    const std::size_t end = nl == std::string::npos ? bytes.size() : nl;
    check_fast_matches_strict(bytes.substr(start, end - start), opts, ++number);
    start = end + 1;
  }

  const auto& st = src->stats();
  const bool gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
  if (!gzip) check(st.records + st.rejected + st.blank == count_lines(bytes), "every line is accounted for");

  // The same bytes as a whole .txt file.
  salvo::ingest::RecordOrigin origin{"fuzz.txt", 0};
  bool repaired = false;
  const auto kept = bytes.size() > opts.max_record_bytes ? bytes.substr(0, 1024) : bytes;
  if (salvo::ingest::make_text_record(kept, bytes.size(), origin, opts, doc, rej, repaired) ==
      salvo::ingest::RecordOutcome::document) {
    check_document(doc);
  } else {
    check_reject(rej, opts.max_record_bytes);
  }
  return 0;
}
