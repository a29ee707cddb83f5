// tests/text/normalize_test.cpp — the normalised text and its way back to the
// original bytes, checked against a plain one-entry-per-byte reference.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "text/normalize.h"

namespace salvo {
namespace {

// The reference: the mapping rules of normalize.h written the slow, obvious
// way, one code point at a time (decoded as core/utf8.h does, so stray and
// cut-short bytes are single characters).
struct Reference {
  std::string text;
  std::vector<std::size_t> map;  // one entry per byte of text
};

const char* ref_replacement(char32_t cp) {
  static const std::map<char32_t, const char*> table = [] {
    std::map<char32_t, const char*> t;
    for (char32_t c : {0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4}) t[c] = "'";
    for (char32_t c : {0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB}) t[c] = "\"";
    for (char32_t c : {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212}) t[c] = "-";
    for (char32_t c : {0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                       0x200A, 0x202F, 0x205F, 0x3000})
      t[c] = " ";
    for (char32_t c : {0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD}) t[c] = "";
    t[0x2026] = "...";
    t[0x2028] = t[0x2029] = "\n";
    return t;
  }();
  auto it = table.find(cp);
  return it == table.end() ? nullptr : it->second;
}

Reference reference(const std::string& s) {
  Reference r;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t' || c == '\r' || c == '\f' || c == '\v') {  // ASCII controls: a space
      r.text += ' ';
      r.map.push_back(i++);
      continue;
    }
    const char32_t cp = c < 0x80 ? (++i, c) : decode_utf8(s, i);
    if (const char* rep = c < 0x80 ? nullptr : ref_replacement(cp)) {
      for (const char* p = rep; *p; ++p) {
        r.text += *p;
        r.map.push_back(start);
      }
      continue;
    }
    for (std::size_t k = start; k < i; ++k) {
      r.text += s[k];
      r.map.push_back(k);
    }
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

// insert_blanks: the reference with a blank before each chosen byte, mapped to that byte's origin.
TEST(Normalize, InsertedBlanksMapToTheByteAfterThem) {
  const std::vector<std::string> pieces = {"of", "Arad", " ", "\u2019", "\u2026", "\u200B", "\u0416", "\t", "x"};
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    NormalizedText nt(s);
    const Reference ref = reference(s);
    std::vector<std::size_t> at;
    for (std::size_t b = 0; b < ref.text.size(); ++b)
      if (rng() % 4 == 0) at.push_back(b);
    nt.insert_blanks(at);
    std::string text;
    std::vector<std::size_t> map;
    std::size_t next = 0;
    for (std::size_t b = 0; b < ref.text.size(); ++b) {
      if (next < at.size() && at[next] == b) {
        text += ' ';
        map.push_back(ref.map[b]);
        ++next;
      }
      text += ref.text[b];
      map.push_back(ref.map[b]);
    }
    ASSERT_EQ(nt.text(), text) << s;
    for (std::size_t b = 0; b < map.size(); ++b) ASSERT_EQ(nt.original_byte(b), map[b]) << "byte " << b << " of " << s;
    EXPECT_EQ(nt.original_byte(map.size()), s.size());
  }
}

TEST(Normalize, EveryReplacementAndControl) {
  expect_same("\f\v\t\r\n`\u00B4\u02BC\u2032\u201A\u201B \u201E\u201F\u2033\u00AB\u00BB");
  expect_same("\u2010\u2011\u2012\u2015\u2212|\u2000\u2005\u200A\u202F\u205F\u3000|\u200C\u200D\uFEFF\u00AD|"
              "\u2028\u2029");
  // A long ASCII run with controls on both sides of every 16- and 32-byte block edge.
  std::string s;
  for (int i = 0; i < 200; ++i) s += (i % 15 == 7 || i % 33 == 31) ? "\t\v\f\r"[i % 4] : static_cast<char>('a' + i % 26);
  expect_same(s);
  expect_same(s + "\u2019" + s + "\u0416\u0416" + s.substr(0, 31) + "\u2026" + s.substr(0, 33));
}

TEST(Normalize, LongRunsAndRawBytesMatchTheReference) {
  // Runs of every length around the 16/32-byte blocks, controls anywhere,
  // and bytes that are not UTF-8 (stray continuations, cut-short sequences,
  // lead bytes whose "continuations" decode to a replaced character).
  const std::vector<std::string> odd = {"\x80", "\xBF", "\xC2", "\xE2", "\xE2\x80", "\xE2\xC0\x99", "\xF0\x9F",
                                        "\xF8", "\xFF", "\xC2\xA0", "\xE2\x80\xA6", "\u0627\u0644\u0639",
                                        "\u00E9", "\U0001F680", "\u2019", "\u200B"};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int pieces = static_cast<int>(rng() % 8);
    for (int k = 0; k < pieces; ++k) {
      const int run = static_cast<int>(rng() % 70);
      for (int j = 0; j < run; ++j) {
        const auto x = static_cast<unsigned>(rng() % 40);
        s += x == 0 ? '\t' : x == 1 ? '\r' : x == 2 ? '\f' : x == 3 ? '\v' : x == 4 ? '\n' : static_cast<char>(' ' + static_cast<int>(rng() % 95));
      }
      s += odd[rng() % odd.size()];
    }
    expect_same(s);
  }
}

}  // namespace
}  // namespace salvo
