// Bytes -> lines: gzip (single, concatenated, broken), CRLF, BOM, oversized
// lines, and chunk boundaries anywhere.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "ingest/byte_input.h"
#include "ingest/line_reader.h"
#include "test_util.h"

namespace salvo::ingest {
namespace {

using salvo::testing::gzip;

std::string drain(ByteInput& in) {
  std::string out;
  char buf[7];  // small on purpose: many calls, odd boundaries
  for (std::size_t got; (got = in.read(buf, sizeof buf)) > 0;) out.append(buf, got);
  return out;
}

// Hands out at most `step` bytes per read, to put chunk edges everywhere.
class Trickle final : public ByteInput {
 public:
  Trickle(std::string data, std::size_t step) : data_(std::move(data)), step_(step) {}
  std::size_t read(char* buf, std::size_t n) override {
    const std::size_t k = std::min({n, step_, data_.size() - pos_});
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  const Status& status() const override { return status_; }

 private:
  std::string data_;
  std::size_t step_;
  std::size_t pos_ = 0;
  Status status_;
};

std::vector<Line> lines_of(std::unique_ptr<ByteInput> in, std::size_t max_bytes = 1 << 20) {
  LineReader reader(std::move(in), max_bytes);
  std::vector<Line> out;
  Line line;
  while (reader.next(line)) out.push_back(line);
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  return out;
}

TEST(ByteInput, PlainBytesPassThrough) {
  auto in = memory_byte_input("hello\nworld");
  EXPECT_EQ(drain(*in), "hello\nworld");
  EXPECT_TRUE(in->status().ok());
}

TEST(ByteInput, GzipIsRecognisedByMagic) {
  const std::string text = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n";
  auto in = memory_byte_input(gzip(text));
  EXPECT_EQ(drain(*in), text);
  EXPECT_TRUE(in->status().ok());
}

TEST(ByteInput, ConcatenatedGzipMembersAreOneStream) {
  auto in = memory_byte_input(gzip("first\n") + gzip("second\n") + gzip("") + gzip("third\n"));
  EXPECT_EQ(drain(*in), "first\nsecond\nthird\n");
  EXPECT_TRUE(in->status().ok());
}

TEST(ByteInput, LargeGzipStreams) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "{\"id\": " + std::to_string(i) + ", \"text\": \"x\"}\n";
  auto in = memory_byte_input(gzip(text));
  EXPECT_EQ(drain(*in), text);
}

TEST(ByteInput, TruncatedGzipIsAnError) {
  std::string z = gzip(std::string(100000, 'a'));
  z.resize(z.size() / 2);
  auto in = memory_byte_input(z);
  drain(*in);
  EXPECT_FALSE(in->status().ok());
  EXPECT_NE(in->status().message().find("truncated"), std::string::npos) << in->status().message();
}

TEST(ByteInput, CorruptGzipIsAnError) {
  std::string z = gzip("some text that compresses\n");
  for (std::size_t i = 12; i < z.size() - 8; ++i) z[i] = static_cast<char>(z[i] ^ 0x5A);
  auto in = memory_byte_input(z);
  drain(*in);
  EXPECT_FALSE(in->status().ok());
}

TEST(ByteInput, TrailingJunkAfterGzipIsAnError) {
  auto in = memory_byte_input(gzip("ok\n") + "junk");
  EXPECT_EQ(drain(*in), "ok\n");
  EXPECT_FALSE(in->status().ok());
  EXPECT_EQ(in->status().message(), "trailing data after the gzip stream");
}

TEST(ByteInput, ZeroPaddingAfterGzipIsTolerated) {
  auto in = memory_byte_input(gzip("ok\n") + std::string(512, '\0'));
  EXPECT_EQ(drain(*in), "ok\n");
  EXPECT_TRUE(in->status().ok());
}

TEST(ByteInput, MissingFileIsAnError) {
  auto in = open_byte_input("/nonexistent/salvo/input.jsonl");
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("/nonexistent/salvo/input.jsonl"), std::string::npos);
}

TEST(LineReader, SplitsCrlfBomAndLastLineWithoutNewline) {
  for (std::size_t step : {1u, 2u, 3u, 5u, 64u * 1024u}) {
    SCOPED_TRACE(step);
    auto lines = lines_of(std::make_unique<Trickle>("\xEF\xBB\xBF" "one\r\ntwo\n\nthree", step));
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].bytes, "one");
    EXPECT_EQ(lines[0].number, 1u);
    EXPECT_EQ(lines[1].bytes, "two");
    EXPECT_EQ(lines[2].bytes, "");
    EXPECT_EQ(lines[3].bytes, "three");
    EXPECT_EQ(lines[3].number, 4u);
  }
}

TEST(LineReader, BomOnlyAtStartOfStream) {
  auto lines = lines_of(memory_byte_input("a\n\xEF\xBB\xBF" "b\n"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].bytes, "\xEF\xBB\xBF" "b");
}

TEST(LineReader, EmptyInputHasNoLines) { EXPECT_TRUE(lines_of(memory_byte_input("")).empty()); }

TEST(LineReader, OversizedLineKeepsHeadAndSkipsRest) {
  for (std::size_t step : {7u, 4096u, 64u * 1024u}) {
    SCOPED_TRACE(step);
    const std::string big(300000, 'x');
    auto lines = lines_of(std::make_unique<Trickle>("short\n" + big + "\r\nafter\n", step), 100000);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_FALSE(lines[0].too_long);
    EXPECT_TRUE(lines[1].too_long);
    EXPECT_EQ(lines[1].size, 300001u);  // the '\r' of an oversized line is not stripped
    EXPECT_EQ(lines[1].bytes, big.substr(0, kRawKeep));
    EXPECT_EQ(lines[1].number, 2u);
    EXPECT_EQ(lines[2].bytes, "after");
    EXPECT_EQ(lines[2].number, 3u);
  }
}

TEST(LineReader, LimitIsInclusiveAndIgnoresCr) {
  auto lines = lines_of(memory_byte_input("12345\r\n123456\n"), 5);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_FALSE(lines[0].too_long);
  EXPECT_EQ(lines[0].bytes, "12345");
  EXPECT_TRUE(lines[1].too_long);
  EXPECT_EQ(lines[1].size, 6u);
}

TEST(LineReader, CountsUncompressedBytes) {
  LineReader reader(memory_byte_input(gzip("abc\ndef\n")), 100);
  Line line;
  while (reader.next(line)) {
  }
  EXPECT_EQ(reader.bytes_read(), 8u);
}

}  // namespace
}  // namespace salvo::ingest
