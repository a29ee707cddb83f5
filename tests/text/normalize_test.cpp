// tests/text/normalize_test.cpp — the normalised text and its way back to the
// original bytes, checked against a plain one-entry-per-byte reference.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace salvo {
namespace {

// The reference: the mapping rules of normalize.h written the slow, obvious way.
struct Reference {
  std::string text;
  std::vector<std::size_t> map;  // one entry per byte of text
};

Reference reference(const std::string& s) {
  Reference r;
  auto put = [&](const std::string& out, std::size_t from) {
    for (char c : out) {
      r.text += c;
      r.map.push_back(from);
    }
  };
  for (std::size_t i = 0; i < s.size();) {
    auto starts = [&](const char* u) { return s.compare(i, std::char_traits<char>::length(u), u) == 0; };
    if (starts("\u2019") || starts("\u2018")) { put("'", i); i += 3; continue; }
    if (starts("\u201C") || starts("\u201D")) { put("\"", i); i += 3; continue; }
    if (starts("\u2013") || starts("\u2014")) { put("-", i); i += 3; continue; }
    if (starts("\u2026")) { put("...", i); i += 3; continue; }
    if (starts("\u200B")) { i += 3; continue; }
    if (starts("\u00A0")) { put(" ", i); i += 2; continue; }
    if (s[i] == '\t' || s[i] == '\r') { put(" ", i); ++i; continue; }
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (std::size_t k = 0; k < n; ++k) {
      r.text += s[i + k];
      r.map.push_back(i + k);
    }
    i += n;
  }
  return r;
}

void expect_same(const std::string& s) {
  const NormalizedText nt(s);
  const Reference ref = reference(s);
  ASSERT_EQ(nt.text(), ref.text) << s;
  for (std::size_t b = 0; b < ref.map.size(); ++b) ASSERT_EQ(nt.original_byte(b), ref.map[b]) << "byte " << b << " of " << s;
  EXPECT_EQ(nt.original_byte(ref.map.size()), s.size());
  EXPECT_EQ(nt.original_byte(ref.map.size() + 10), s.size());
}

TEST(Normalize, TypographyAndTheWayBack) {
  expect_same("");
  expect_same("plain ASCII text, nothing to change.");
  expect_same("\u201CWe were hit,\u201D he said \u2014 at 5\u00A0a.m.\u2026 then\tagain\r\n");
  expect_same("\u2026\u2026");
  expect_same("a\u200Bb\u200B\u200Bc");
  expect_same("\u0423\u043A\u0440\u0430\u0457\u043D\u0430 \u2013 \u041A\u0438\u0457\u0432 \U0001F4A5 ok");
  expect_same("\u2019");
  expect_same("x\u2026");
}

TEST(Normalize, RandomMixesMatchTheReference) {
  const std::vector<std::string> pieces = {"a", "Kyiv ", " ", ".", "\t", "\r", "\n", "\u2019", "\u2018", "\u201C",
                                           "\u201D", "\u2013", "\u2014", "\u2026", "\u200B", "\u00A0",
                                           "\u0416", "\u0627\u0644", "\U0001F680", "strike", "1,200"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    expect_same(s);
  }
}

}  // namespace
}  // namespace salvo
