// core/utf8.h — UTF-8 validity, repair and offset conversion.
//
// Owns: the rule that all text inside salvo is valid UTF-8 (readers repair
// input with U+FFFD before anything else sees it) and the mapping between byte
// offsets (what RE2 returns) and code-point offsets (what the output reports).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace salvo {

bool is_valid_utf8(std::string_view s);
// Length of the well-formed sequence (RFC 3629) that starts at s[i], or 0 if the
// bytes there are not one. The single rule behind is_valid_utf8 and repair_utf8;
// inline because the JSON Lines fast path (ingest/json_scan.h) calls it per character.
inline std::size_t utf8_valid_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
  else if (b0 == 0xE0) { n = 3; lo = 0xA0; }
  else if (b0 >= 0xE1 && b0 <= 0xEC) n = 3;
  else if (b0 == 0xED) { n = 3; hi = 0x9F; }
  else if (b0 >= 0xEE && b0 <= 0xEF) n = 3;
  else if (b0 == 0xF0) { n = 4; lo = 0x90; }
  else if (b0 >= 0xF1 && b0 <= 0xF3) n = 4;
  else if (b0 == 0xF4) { n = 4; hi = 0x8F; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
  }
  return n;
}
// Replaces each maximal invalid subsequence with U+FFFD and NUL bytes with a
// space; returns the number of replacements made.
std::size_t repair_utf8(std::string& s);
std::size_t count_code_points(std::string_view s);
// Byte length of the UTF-8 sequence that starts with lead byte c (1 for invalid).
int utf8_seq_len(unsigned char c);
// Decodes the code point at s[i] (s valid UTF-8); advances i.
char32_t decode_utf8(std::string_view s, std::size_t& i);
// Writes cp as UTF-8 into out (room for 4 bytes); returns the number of bytes.
inline std::size_t encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}
void append_utf8(std::string& out, char32_t cp);

// Converts byte offsets of one string into code-point offsets. Offsets that
// fall inside a sequence round down. The build counts once over the text and
// keeps one count per kBlock bytes (not one per byte: most texts are asked
// for a few offsets); each answer counts at most kBlock bytes more. The text
// must outlive the map.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  std::size_t to_code_points(std::size_t byte_offset) const;

 private:
  static constexpr std::size_t kBlock = 512;
  std::size_t starts_before(std::size_t end) const;  // code point starts in text_[0, end)
  std::string_view text_;
  std::vector<std::size_t> block_starts_;  // [k]: starts_before(k * kBlock)
  std::size_t total_ = 0;                  // code points of the text
};

}  // namespace salvo
