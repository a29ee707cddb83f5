#include "core/unicode.h"

namespace salvo {

char32_t code_point_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return b;
  return decode_utf8(s, i);
}

char32_t code_point_before(std::string_view s, std::size_t i) {
  if (i == 0 || i > s.size()) return 0;
  const auto b = static_cast<unsigned char>(s[i - 1]);
  if (b < 0x80) return b;
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return decode_utf8(s, j);
}

void append_lower(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out += static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = decode_utf8(s, i);
    const char32_t lo = unicode_data::lower(cp);
    if (lo == cp) out.append(s.substr(start, i - start));
    else append_utf8(out, lo);
  }
}

}  // namespace salvo
