#include "text/normalize.h"

#include <algorithm>
#include <iterator>

#include "core/utf8.h"

namespace salvo {

namespace {
// The ASCII replacement for a code point, or nullptr to keep it.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4: case 0x0060:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case '\t': case '\r': case '\f': case '\v':
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029:
      return "\n";
    default:
      return nullptr;
  }
}
}  // namespace

void NormalizedText::emit(char c, std::size_t orig) {
  const auto d = static_cast<std::ptrdiff_t>(orig) - static_cast<std::ptrdiff_t>(norm_.size());
  if (d != delta_) {
    marks_.push_back({norm_.size(), d});
    delta_ = d;
  }
  norm_ += c;
}

NormalizedText::NormalizedText(std::string_view s) : orig_size_(s.size()) {
  norm_.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        emit(' ', start);
        ++i;
        continue;
      }
      // A run of plain ASCII is copied as it is: same offsets, no mark.
      std::size_t e = i + 1;
      while (e < s.size()) {
        const auto x = static_cast<unsigned char>(s[e]);
        if (x >= 0x80 || x == '\t' || x == '\r' || x == '\f' || x == '\v') break;
        ++e;
      }
      if (static_cast<std::ptrdiff_t>(start) - static_cast<std::ptrdiff_t>(norm_.size()) != delta_) {
        emit(static_cast<char>(c), start);
        ++i;
      }
      norm_.append(s.data() + i, e - i);
      i = e;
      continue;
    }
    const char32_t cp = decode_utf8(s, i);
    if (const char* r = replacement(cp)) {
      for (const char* p = r; *p; ++p) emit(*p, start);
    } else {
      for (std::size_t k = start; k < i; ++k) emit(s[k], k);
    }
  }
}

std::size_t NormalizedText::original_byte(std::size_t b) const {
  if (b >= norm_.size()) return orig_size_;
  // the last mark at or before b
  auto it = std::upper_bound(marks_.begin(), marks_.end(), b, [](std::size_t x, const Mark& m) { return x < m.norm; });
  const std::ptrdiff_t d = it == marks_.begin() ? 0 : std::prev(it)->delta;
  return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(b) + d);
}

}  // namespace salvo
