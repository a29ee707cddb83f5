// open_inputs(): files, folders, gzip, ordering, errors, stats; the rejects file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ingest/reader.h"
#include "ingest/rejects.h"
#include "test_util.h"

namespace salvo {
namespace {

using salvo::testing::gzip;
using salvo::testing::ScratchDir;
using salvo::testing::write_file;

struct Drained {
  std::vector<Document> docs;
  std::vector<Reject> rejects;
  bool error = false;
  std::string message;
  ReadStats stats;
};

Drained drain(DocumentSource& src) {
  Drained d;
  Document doc;
  Reject rej;
  for (;;) {
    const auto n = src.next(doc, rej);
    if (n == DocumentSource::Next::end) break;
    if (n == DocumentSource::Next::error) {
      d.error = true;
      d.message = src.status().message();
      break;
    }
    if (n == DocumentSource::Next::document) d.docs.push_back(doc);
    else d.rejects.push_back(rej);
  }
  // A finished source stays finished.
  EXPECT_EQ(src.next(doc, rej), DocumentSource::Next::end);
  d.stats = src.stats();
  return d;
}

Drained read_paths(const std::vector<std::string>& paths, const ReaderOptions& opts = {}) {
  auto src = open_inputs(paths, opts);
  return drain(*src);
}

std::vector<std::string> ids(const Drained& d) {
  std::vector<std::string> out;
  for (const auto& doc : d.docs) out.push_back(doc.id);
  return out;
}

TEST(Reader, JsonlFileRecordsAndRejectsInOrder) {
  ScratchDir dir;
  const std::string f = dir / "a.jsonl";
  const std::string content = "{\"id\": \"1\", \"text\": \"one\"}\n\nbroken\n{\"text\": \"three\"}\n";
  write_file(f, content);
  const auto d = read_paths({f});
  ASSERT_FALSE(d.error) << d.message;
  EXPECT_EQ(ids(d), (std::vector<std::string>{"1", f + ":4"}));
  ASSERT_EQ(d.rejects.size(), 1u);
  EXPECT_EQ(d.rejects[0].file, f);
  EXPECT_EQ(d.rejects[0].line, 3u);
  EXPECT_EQ(d.rejects[0].raw, "broken");
  EXPECT_EQ(d.docs[1].origin, f + ":4");
  EXPECT_EQ(d.stats.records, 2u);
  EXPECT_EQ(d.stats.rejected, 1u);
  EXPECT_EQ(d.stats.blank, 1u);
  EXPECT_EQ(d.stats.files, 1u);
  EXPECT_EQ(d.stats.bytes, content.size());
}

TEST(Reader, TextFileIsOneDocumentWithDefaultDate) {
  ScratchDir dir;
  const std::string f = dir / "story.TXT";
  write_file(f, "Shelling hit Kherson.\n");
  ReaderOptions opts;
  opts.default_date = Date{2023, 11, 3};
  const auto d = read_paths({f}, opts);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].id, f);
  EXPECT_EQ(d.docs[0].text, "Shelling hit Kherson.\n");
  EXPECT_EQ(d.docs[0].published, (Date{2023, 11, 3}));
}

TEST(Reader, GzipFilesOfEachKind) {
  ScratchDir dir;
  write_file(dir / "a.jsonl.gz", gzip("{\"id\": \"g1\", \"text\": \"one\"}\n") + gzip("{\"id\": \"g2\", \"text\": \"two\"}\n"));
  write_file(dir / "b.txt.gz", gzip("plain text, gzipped"));
  // Content decides gzip, not the name: a plain file called .gz still reads.
  write_file(dir / "c.jsonl.gz", "{\"id\": \"plain\", \"text\": \"not compressed\"}\n");
  const auto d = read_paths({dir / "a.jsonl.gz", dir / "b.txt.gz", dir / "c.jsonl.gz"});
  ASSERT_FALSE(d.error) << d.message;
  EXPECT_EQ(ids(d), (std::vector<std::string>{"g1", "g2", dir / "b.txt.gz", "plain"}));
  EXPECT_EQ(d.docs[2].text, "plain text, gzipped");
}

TEST(Reader, FolderIsRecursiveSortedAndFiltered) {
  ScratchDir dir;
  const std::string root = dir / "corpus";
  write_file(root + "/b.txt", "bee");
  write_file(root + "/a.jsonl", "{\"id\": \"a1\", \"text\": \"x\"}\n{\"id\": \"a2\", \"text\": \"y\"}\n");
  write_file(root + "/sub/c.txt.gz", gzip("sea"));
  write_file(root + "/sub/deeper/d.jsonl.gz", gzip("{\"id\": \"d1\", \"text\": \"z\"}\n"));
  write_file(root + "/notes.md", "not an input");
  write_file(root + "/data.json", "{\"text\": \"not picked up in folders\"}");
  write_file(root + "/.hidden.txt", "hidden");
  write_file(root + "/.git/e.txt", "hidden folder");
  const auto d = read_paths({root});
  ASSERT_FALSE(d.error) << d.message;
  EXPECT_EQ(ids(d), (std::vector<std::string>{"a1", "a2", root + "/b.txt", root + "/sub/c.txt.gz", "d1"}));
  EXPECT_EQ(d.stats.files, 4u);
}

TEST(Reader, MissingPathFailsBeforeAnyRecord) {
  ScratchDir dir;
  write_file(dir / "good.jsonl", "{\"text\": \"x\"}\n");
  auto src = open_inputs({dir / "good.jsonl", dir / "typo.jsonl"}, {});
  Document doc;
  Reject rej;
  EXPECT_EQ(src->next(doc, rej), DocumentSource::Next::error);
  EXPECT_NE(src->status().message().find("typo.jsonl"), std::string::npos) << src->status().message();
  EXPECT_EQ(src->stats().records, 0u);
  EXPECT_EQ(src->next(doc, rej), DocumentSource::Next::end);
}

TEST(Reader, EmptyFolderAndEmptyFileGiveNothing) {
  ScratchDir dir;
  std::filesystem::create_directories(dir / "empty");
  write_file(dir / "empty.jsonl", "");
  const auto d = read_paths({dir / "empty", dir / "empty.jsonl"});
  EXPECT_FALSE(d.error);
  EXPECT_TRUE(d.docs.empty());
  EXPECT_TRUE(d.rejects.empty());
}

TEST(Reader, BrokenGzipStopsWithError) {
  ScratchDir dir;
  std::string z = gzip(std::string(50000, 'a') + "\n");
  z.resize(z.size() - 20);
  write_file(dir / "cut.jsonl.gz", z);
  const auto d = read_paths({dir / "cut.jsonl.gz"});
  EXPECT_TRUE(d.error);
  EXPECT_NE(d.message.find("cut.jsonl.gz"), std::string::npos) << d.message;
}

TEST(Reader, OversizedLineIsSkippedAndLineNumbersStayRight) {
  ReaderOptions opts;
  opts.max_record_bytes = 1000;
  const std::string big = "{\"text\": \"" + std::string(5000, 'y') + "\"}";
  auto src = open_jsonl_bytes("mem", "{\"text\": \"a\"}\n" + big + "\n{\"text\": \"c\"}\n", opts);
  const auto d = drain(*src);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[1].origin, "mem:3");
  ASSERT_EQ(d.rejects.size(), 1u);
  EXPECT_EQ(d.rejects[0].line, 2u);
  EXPECT_EQ(d.rejects[0].raw, big.substr(0, 1024));
  EXPECT_EQ(d.rejects[0].reason.rfind("record too large: 5012 bytes", 0), 0u) << d.rejects[0].reason;
}

TEST(Reader, OversizedTextFileIsRejected) {
  ScratchDir dir;
  ReaderOptions opts;
  opts.max_record_bytes = 100000;
  write_file(dir / "big.txt", std::string(250000, 'w'));
  const auto d = read_paths({dir / "big.txt"}, opts);
  ASSERT_EQ(d.rejects.size(), 1u);
  EXPECT_EQ(d.rejects[0].line, 0u);
  EXPECT_EQ(d.rejects[0].raw.size(), 1024u);
  EXPECT_EQ(d.rejects[0].reason.rfind("record too large: 250000 bytes", 0), 0u) << d.rejects[0].reason;
}

TEST(Reader, RepairedCountsDocuments) {
  auto src = open_jsonl_bytes("mem", "{\"text\": \"ok\"}\n{\"text\": \"bad \xFF\"}\n{\"text\": \"nul\\u0000\"}\n", {});
  const auto d = drain(*src);
  EXPECT_EQ(d.stats.records, 3u);
  EXPECT_EQ(d.stats.repaired, 2u);
  for (const auto& doc : d.docs) EXPECT_TRUE(is_valid_utf8(doc.text));
}

// What a source gives record by record, with the stats after each, as text.
std::string stats_text(const ReadStats& r) {
  return "records=" + std::to_string(r.records) + " rejected=" + std::to_string(r.rejected) +
         " repaired=" + std::to_string(r.repaired) + " bytes=" + std::to_string(r.bytes) +
         " blank=" + std::to_string(r.blank) + " files=" + std::to_string(r.files);
}

std::string record_text(DocumentSource::Next n, const Document& doc, const Reject& rej) {
  if (n == DocumentSource::Next::document)
    return "D " + doc.id + " " + doc.origin + " " + doc.title + " " + doc.url + " " +
           (doc.published ? doc.published->iso() : "-") + " " + doc.text;
  return "R " + rej.file + ":" + std::to_string(rej.line) + " " + rej.reason + " " + rej.raw;
}

std::string log_with_next(DocumentSource& src) {
  std::string log;
  Document doc;
  Reject rej;
  for (;;) {
    const auto n = src.next(doc, rej);
    if (n == DocumentSource::Next::end) break;
    if (n == DocumentSource::Next::error) {
      log += "E " + src.status().message() + " | " + stats_text(src.stats()) + "\n";
      break;
    }
    log += record_text(n, doc, rej) + " | " + stats_text(src.stats()) + "\n";
  }
  return log + "final " + stats_text(src.stats()) + "\n";
}

// take() on this thread, parse() of every record later and out of order (as
// the pipeline's threads would), the parse counts added in order.
std::string log_with_take(DocumentSource& src) {
  EXPECT_TRUE(src.can_take());
  struct Taken {
    RawRecord raw;
    ReadStats stats;
  };
  std::vector<Taken> taken;
  std::string error;
  for (;;) {
    Taken t;
    const auto n = src.take(t.raw);
    if (n == DocumentSource::Take::end) break;
    t.stats = src.stats();
    if (n == DocumentSource::Take::error) {
      error = "E " + src.status().message() + " | " + stats_text(t.stats) + "\n";
      break;
    }
    taken.push_back(std::move(t));
  }
  std::vector<std::string> parsed(taken.size());
  std::vector<DocumentSource::Next> outcome(taken.size());
  std::vector<bool> repaired(taken.size());
  for (std::size_t k = taken.size(); k-- > 0;) {
    Document doc;
    Reject rej;
    bool rep = false;
    outcome[k] = src.parse(taken[k].raw, doc, rej, rep);
    repaired[k] = rep;
    parsed[k] = record_text(outcome[k], doc, rej);
  }
  std::string log;
  std::uint64_t docs = 0, rejects = 0, reps = 0;
  for (std::size_t k = 0; k < taken.size(); ++k) {
    if (outcome[k] == DocumentSource::Next::document) ++docs, reps += repaired[k];
    else ++rejects;
    ReadStats st = taken[k].stats;
    st.records += docs;
    st.rejected += rejects;
    st.repaired += reps;
    log += parsed[k] + " | " + stats_text(st) + "\n";
  }
  if (!error.empty()) {
    // The error's stats, like next()'s, count every record before it.
    ReadStats st = src.stats();
    st.records += docs;
    st.rejected += rejects;
    st.repaired += reps;
    log += error.substr(0, error.find(" | ")) + " | " + stats_text(st) + "\n";
  }
  src.count_parsed(docs, rejects, reps);
  return log + "final " + stats_text(src.stats()) + "\n";
}

TEST(Reader, TakeThenParseGivesWhatNextGives) {
  ScratchDir dir;
  std::string jsonl = "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"first\", \"date\": \"2024-05-06\"}\r\n";
  jsonl += "   \n\n";                                        // blank lines
  jsonl += "{\"text\": \"bad \xFF byte\", \"title\": \"t\"}\n";  // repaired
  jsonl += "not json\n";
  jsonl += "{\"text\": 3}\n";
  jsonl += "\xC2\xA0\t\n";                                  // a Unicode-blank line
  jsonl += "\xC0\xA0\n";                                     // looks blank, is not UTF-8: a reject
  jsonl += "{\"text\": \"" + std::string(3000, 'x') + "\"}\n";  // too long for the options below
  jsonl += "{\"id\": 7, \"text\": \"last\", \"url\": \"u\"}";  // no final newline
  write_file(dir / "in/a.jsonl", jsonl);
  write_file(dir / "in/b.txt", "A text file.\r\nSecond line \xFE.\n");
  write_file(dir / "in/c.txt", "  \n");
  write_file(dir / "in/d.jsonl.gz", gzip("{\"text\": \"zipped\"}\n\n{\"text\": \"two\"}\n"));
  std::string cut = gzip(std::string(40000, ' ') + "\n{\"text\": \"x\"}\n");
  cut.resize(cut.size() - 12);
  write_file(dir / "z-cut.jsonl.gz", cut);
  ReaderOptions opts;
  opts.max_record_bytes = 2000;
  opts.default_date = Date{2023, 7, 31};
  for (const std::vector<std::string>& paths :
       {std::vector<std::string>{dir / "in"}, std::vector<std::string>{dir / "in", dir / "z-cut.jsonl.gz"},
        std::vector<std::string>{dir / "in/a.jsonl", dir / "nope.jsonl"}}) {
    SCOPED_TRACE(paths.back());
    auto a = open_inputs(paths, opts);
    auto b = open_inputs(paths, opts);
    const std::string want = log_with_next(*a);
    EXPECT_EQ(log_with_take(*b), want);
    if (!paths.back().ends_with("nope.jsonl")) {
      EXPECT_NE(want.find("blank=4"), std::string::npos) << want;
    }
  }
  auto a = open_jsonl_bytes("mem", jsonl, opts);
  auto b = open_jsonl_bytes("mem", jsonl, opts);
  const std::string want = log_with_next(*a);
  EXPECT_NE(want.find("R mem:9 record too large"), std::string::npos) << want;
  EXPECT_EQ(log_with_take(*b), want);
}

TEST(RejectLog, EveryLineIsValidJsonWhateverTheRawBytes) {
  ScratchDir dir;
  const std::string path = dir / "rejects.jsonl";
  auto log = RejectLog::open(path);
  ASSERT_TRUE(log.ok()) << log.status().message();
  const std::vector<Reject> rejects = {
      {"a.jsonl", 3, "not JSON: x", "plain"},
      {"a.jsonl", 4, "binary data: NUL byte at byte 2", std::string("a\0b\x01\xFF\xC3", 6)},
      {"b.txt", 0, "empty text", "  \"quoted\" \\ "},
  };
  for (const auto& r : rejects) ASSERT_TRUE(log.value()->write(r).ok());
  ASSERT_TRUE(log.value()->close().ok());
  std::istringstream in(salvo::testing::read_file(path));
  std::string line;
  std::vector<nlohmann::json> rows;
  while (std::getline(in, line)) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (nlohmann::json{{"file", "a.jsonl"}, {"line", 3}, {"reason", "not JSON: x"}, {"raw", "plain"}}));
  EXPECT_EQ(rows[1]["raw"], std::string("a\0b\x01\xEF\xBF\xBD\xEF\xBF\xBD", 10));
  EXPECT_EQ(rows[2]["raw"], "  \"quoted\" \\ ");
  EXPECT_EQ(rows[2]["line"], 0);
}

TEST(RejectLog, UnwritablePathIsAnError) {
  auto log = RejectLog::open("/nonexistent-dir/rejects.jsonl");
  ASSERT_FALSE(log.ok());
  EXPECT_NE(log.status().message().find("/nonexistent-dir/rejects.jsonl"), std::string::npos);
}

TEST(RejectLog, FullDiskIsReported) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  auto log = RejectLog::open("/dev/full");
  ASSERT_TRUE(log.ok());
  Status st;
  for (int i = 0; i < 10000 && st.ok(); ++i) st = log.value()->write({"f", 1, "r", std::string(100, 'x')});
  if (st.ok()) st = log.value()->close();
  EXPECT_FALSE(st.ok());
}

}  // namespace
}  // namespace salvo
