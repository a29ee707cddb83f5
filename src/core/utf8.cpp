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

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  block_starts_.reserve(text.size() / kBlock + 1);
  std::size_t n = 0;
  for (std::size_t b = 0; b < text.size(); b += kBlock) {
    block_starts_.push_back(n);
    n += count_code_points(text.substr(b, kBlock));
  }
  total_ = n;
}

std::size_t OffsetMap::starts_before(std::size_t end) const {
  const std::size_t k = end / kBlock;
  if (k >= block_starts_.size()) return total_;  // (end == size, a multiple of kBlock)
  return block_starts_[k] + count_code_points(text_.substr(k * kBlock, end - k * kBlock));
}

// The code points begun in text[1, b] (b < size), as when one was counted per byte.
std::size_t OffsetMap::to_code_points(std::size_t b) const {
  if (b >= text_.size()) return total_;
  const bool first_starts = (static_cast<unsigned char>(text_[0]) & 0xC0) != 0x80;
  return starts_before(b + 1) - (first_starts ? 1 : 0);
}

}  // namespace salvo
