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
// Replaces each maximal invalid subsequence with U+FFFD and NUL bytes with a
// space; returns the number of replacements made.
std::size_t repair_utf8(std::string& s);
std::size_t count_code_points(std::string_view s);
// Byte length of the UTF-8 sequence that starts with lead byte c (1 for invalid).
int utf8_seq_len(unsigned char c);
// Decodes the code point at s[i] (s valid UTF-8); advances i.
char32_t decode_utf8(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

// Converts byte offsets of one string into code-point offsets in O(1) each
// after an O(n) build. Offsets that fall inside a sequence round down.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  std::size_t to_code_points(std::size_t byte_offset) const;

 private:
  std::vector<std::size_t> cp_at_byte_;  // size n+1
};

}  // namespace salvo
