#include "text/normalize.h"

#include <algorithm>
#include <iterator>

#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

namespace {
// \t \r \f \v: written as a space (same length, so no mark).
inline bool is_space_control(unsigned char c) { return c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// decode_utf8 (core/utf8.h) inline, with the same answers for any bytes: a
// lead byte's length is trusted (no check of the continuation bytes), and a
// stray or cut-short byte is returned as itself, one byte consumed.
inline char32_t decode_at(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const int n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 1;
  if (n == 1 || i + static_cast<std::size_t>(n) > s.size()) {
    ++i;
    return b0;
  }
  char32_t cp = b0 & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<std::size_t>(n);
  return cp;
}

// Where the run of ASCII bytes starting at in[i] ends (the first byte >= 0x80,
// or n), 32 bytes at a time; `controls` is set if the run may hold a \t \r \f \v.
std::size_t ascii_run_end(const char* in, std::size_t i, std::size_t n, bool& controls) {
#if defined(__SSE2__)
  const __m128i tab = _mm_set1_epi8('\t'), after_lf = _mm_set1_epi8('\n'), after_cr = _mm_set1_epi8('\r' + 1);
  // \t, or \v..\r (11..13); bytes >= 0x80 are negative here and match neither
  auto space_controls = [&](__m128i v) {
    return _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_and_si128(_mm_cmpgt_epi8(v, after_lf), _mm_cmplt_epi8(v, after_cr)));
  };
  __m128i ctrl = _mm_setzero_si128();
  for (; i + 32 <= n; i += 32) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i + 16));
    ctrl = _mm_or_si128(ctrl, _mm_or_si128(space_controls(a), space_controls(b)));
    if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0) break;  // a byte >= 0x80 in these 32
  }
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    ctrl = _mm_or_si128(ctrl, space_controls(v));
    if (const int high = _mm_movemask_epi8(v); high != 0) {
      // (ctrl may cover bytes past the run: then the caller looks in vain)
      controls = _mm_movemask_epi8(ctrl) != 0;
      return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    }
  }
  controls = _mm_movemask_epi8(ctrl) != 0;
#endif
  for (; i < n && static_cast<unsigned char>(in[i]) < 0x80; ++i) controls |= is_space_control(static_cast<unsigned char>(in[i]));
  return i;
}
}  // namespace

NormalizedText::NormalizedText(std::string_view s) : orig_size_(s.size()) {
  // Every replacement is no longer than what it replaces (ASCII controls
  // 1 -> 1, "..." for the 3 bytes of U+2026, one byte or none for the rest).
  norm_.reserve(s.size());
  // From norm byte `at` on, the original is `d` bytes ahead: a mark where that changes.
  auto mark = [&](std::size_t orig) {
    const std::size_t at = norm_.size();
    const auto d = static_cast<std::ptrdiff_t>(orig) - static_cast<std::ptrdiff_t>(at);
    if (d != delta_) {
      marks_.push_back({at, d});
      delta_ = d;
    }
  };
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      // A run of ASCII is copied with the same offsets: at most one mark, at its start.
      mark(i);
      bool controls = false;
      const std::size_t e = ascii_run_end(s.data(), i, s.size(), controls);
      const std::size_t at = norm_.size();
      norm_.append(s.data() + i, e - i);
      if (controls)
        for (std::size_t k = at; k < norm_.size(); ++k)
          if (is_space_control(static_cast<unsigned char>(norm_[k]))) norm_[k] = ' ';
      i = e;
      continue;
    }
    // Characters kept as they are (Cyrillic, Arabic, accents) keep their
    // offsets: a piece of them is copied at once, up to a replaced character.
    const std::size_t start = i;
    std::size_t kept_end = i;
    const char* r = nullptr;
    while (kept_end < s.size() && static_cast<unsigned char>(s[kept_end]) >= 0x80) {
      std::size_t next = kept_end;
      if ((r = replacement(decode_at(s, next))) != nullptr) {
        i = next;
        break;
      }
      kept_end = next;
    }
    if (kept_end > start) {
      mark(start);
      norm_.append(s.data() + start, kept_end - start);
    }
    if (r == nullptr) {
      i = kept_end;
    } else {
      for (const char* p = r; *p; ++p) {  // every byte of the replacement comes from the replaced character
        mark(kept_end);
        norm_.push_back(*p);
      }
    }
  }
}

void NormalizedText::insert_blanks(const std::vector<std::size_t>& at) {
  if (at.empty()) return;
  std::string out;
  out.reserve(norm_.size() + at.size());
  std::vector<Mark> marks;
  auto mark = [&](std::size_t new_at, std::ptrdiff_t d) {
    if (marks.empty() ? d != 0 : d != marks.back().delta) marks.push_back({new_at, d});
  };
  // old byte b, after k blanks, is new byte b + k with delta old_delta(b) - k
  std::size_t k = 0, b = 0, mi = 0;
  std::ptrdiff_t od = 0;
  auto advance_to = [&](std::size_t end) {
    while (b < end) {
      while (mi < marks_.size() && marks_[mi].norm <= b) od = marks_[mi++].delta;
      const std::size_t next = std::min(end, mi < marks_.size() ? marks_[mi].norm : end);
      mark(b + k, od - static_cast<std::ptrdiff_t>(k));
      out.append(norm_, b, next - b);
      b = next;
    }
  };
  for (const std::size_t p : at) {
    advance_to(std::min(p, norm_.size()));
    while (mi < marks_.size() && marks_[mi].norm <= b) od = marks_[mi++].delta;
    mark(b + k, od - static_cast<std::ptrdiff_t>(k));  // the blank: the byte it stands before
    out.push_back(' ');
    ++k;
  }
  advance_to(norm_.size());
  norm_ = std::move(out);
  marks_ = std::move(marks);
  delta_ = marks_.empty() ? 0 : marks_.back().delta;
}

std::size_t NormalizedText::original_byte(std::size_t b) const {
  if (b >= norm_.size()) return orig_size_;
  // the last mark at or before b
  auto it = std::upper_bound(marks_.begin(), marks_.end(), b, [](std::size_t x, const Mark& m) { return x < m.norm; });
  const std::ptrdiff_t d = it == marks_.begin() ? 0 : std::prev(it)->delta;
  return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(b) + d);
}

}  // namespace salvo
