#include "core/utf8.h"

namespace salvo {

int utf8_seq_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_valid_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t repair_utf8(std::string& s) {
  std::size_t fixes = 0;
  bool dirty = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_valid_length(s, i);
    if (n == 0 || s[i] == '\0') { dirty = true; break; }
    i += n;
  }
  if (!dirty) return 0;
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_valid_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++fixes;
      ++i;
      // swallow continuation bytes belonging to the same broken sequence
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && utf8_valid_length(s, i) == 0) ++i;
    } else if (s[i] == '\0') {
      out += ' ';
      ++fixes;
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  s.swap(out);
  return fixes;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const int n = utf8_seq_len(b0);
  if (n == 1 || i + static_cast<std::size_t>(n) > s.size()) { ++i; return b0; }
  char32_t cp = b0 & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<std::size_t>(n);
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  char b[4];
  out.append(b, encode_utf8(cp, b));
}

OffsetMap::OffsetMap(std::string_view text) : cp_at_byte_(text.size() + 1) {
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && i > 0) ++cp;
    cp_at_byte_[i] = (i == 0) ? 0 : cp;
  }
  cp_at_byte_[text.size()] = count_code_points(text);
}

std::size_t OffsetMap::to_code_points(std::size_t b) const {
  if (b >= cp_at_byte_.size()) return cp_at_byte_.back();
  return cp_at_byte_[b];
}

}  // namespace salvo
