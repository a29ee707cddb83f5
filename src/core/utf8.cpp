#include "core/utf8.h"

namespace salvo {

int utf8_seq_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

namespace {
// Length of a well-formed sequence at s[i], or 0 if ill-formed (RFC 3629).
std::size_t valid_seq(std::string_view s, std::size_t i) {
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
}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = valid_seq(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t repair_utf8(std::string& s) {
  std::size_t fixes = 0;
  bool dirty = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = valid_seq(s, i);
    if (n == 0 || s[i] == '\0') { dirty = true; break; }
    i += n;
  }
  if (!dirty) return 0;
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = valid_seq(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++fixes;
      ++i;
      // swallow continuation bytes belonging to the same broken sequence
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && valid_seq(s, i) == 0) ++i;
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
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
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
