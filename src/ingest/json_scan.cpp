#include "ingest/json_scan.h"

#include <bit>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace salvo::ingest {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Marks (high bit of the byte) the bytes of w that a string scan must look at:
// '"', '\\', control bytes (< 0x20) and non-ASCII bytes; zero iff there are none.
// Below the first such byte every byte is in 0x20..0x7F and no subtraction
// borrows, so the lowest mark is exact: on a little-endian machine
// countr_zero finds the first byte to look at. (Marks above it may be wrong;
// they are never used.) The usual "has a zero byte" test also masks with ~x;
// that is not needed here because any byte it would exclude is >= 0x80 and
// already marked by the `| w`.
inline std::uint64_t string_specials(std::uint64_t w) {
  return (((w ^ (kOnes * '"')) - kOnes) | ((w ^ (kOnes * '\\')) - kOnes) | (w - kOnes * 0x20) | w) & kHighBits;
}

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the four hex digits at p, or -1.
inline int hex4(const char* p, const char* end) {
  if (end - p < 4) return -1;
  int v = 0;
  for (int k = 0; k < 4; ++k) {
    const int h = hex_value(p[k]);
    if (h < 0) return -1;
    v = (v << 4) | h;
  }
  return v;
}

class Scanner {
 public:
  Scanner(std::string_view line, int max_depth)
      : begin_(line.data()), p_(line.data()), end_(line.data() + line.size()), max_depth_(max_depth) {}

  bool object(std::span<const std::string_view> names, std::span<JsonField> out);

 private:
  void skip_ws() {
    while (p_ != end_ && is_ws(*p_)) ++p_;
  }
  bool at(char c) const { return p_ != end_ && *p_ == c; }

  struct StringInfo {
    const char* begin = nullptr;  // after the opening quote
    const char* end = nullptr;    // at the closing quote
    bool escapes = false;
    bool nul = false;  // a \u0000 escape
  };
  bool string(StringInfo& s);
  static void decode(const StringInfo& s, std::string& out);
  bool number(std::string_view& lexeme);
  bool literal(std::string_view word);
  bool skip_container(int depth);

  const char* begin_;
  const char* p_;
  const char* end_;
  int max_depth_;
};

// p_ at the opening quote; leaves p_ after the closing one. Checks what strict
// JSON checks (no control bytes, valid escapes, paired surrogates) and that the
// bytes are UTF-8.
bool Scanner::string(StringInfo& s) {
  const char* p = p_ + 1;
  s.begin = p;
  for (;;) {
    // Plain ASCII in bulk, 8 bytes at a time.
    while (end_ - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      const std::uint64_t m = string_specials(w);
      if (m == 0) {
        p += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) p += std::countr_zero(m) >> 3;
      break;
    }
    if (p == end_) return false;  // unterminated
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') break;
    if (c == '\\') {
      if (end_ - p < 2) return false;
      switch (p[1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          p += 2;
          break;
        case 'u': {
          const int cp = hex4(p + 2, end_);
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          p += 6;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p < 2 || p[0] != '\\' || p[1] != 'u') return false;
            const int low = hex4(p + 2, end_);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            p += 6;
          }
          s.nul |= cp == 0;
          break;
        }
        default:
          return false;
      }
      s.escapes = true;
      continue;
    }
    if (c < 0x20) return false;
    if (c < 0x80) {
      ++p;
      continue;
    }
    // A run of non-ASCII characters (a word of Cyrillic, say) without going back
    // to the 8-byte test between them; two-byte sequences checked inline.
    for (unsigned char b = c;;) {
      if (b >= 0xC2 && b <= 0xDF) {
        if (end_ - p < 2 || (static_cast<unsigned char>(p[1]) & 0xC0) != 0x80) return false;
        p += 2;
      } else {
        const std::size_t n = utf8_valid_length({begin_, static_cast<std::size_t>(end_ - begin_)},
                                                static_cast<std::size_t>(p - begin_));
        if (n == 0) return false;
        p += n;
      }
      if (p == end_ || (b = static_cast<unsigned char>(*p)) < 0x80) break;
    }
  }
  s.end = p;
  p_ = p + 1;
  return true;
}

// The contents of a string that string() accepted, escapes decoded.
void Scanner::decode(const StringInfo& s, std::string& out) {
  if (!s.escapes) {
    out.assign(s.begin, s.end);
    return;
  }
  out.clear();
  out.reserve(static_cast<std::size_t>(s.end - s.begin));  // decoding never lengthens
  const char* run = s.begin;
  for (;;) {
    const auto* bs = static_cast<const char*>(std::memchr(run, '\\', static_cast<std::size_t>(s.end - run)));
    if (!bs) {
      out.append(run, s.end);
      return;
    }
    out.append(run, bs);
    run = bs + 2;
    switch (bs[1]) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        char32_t cp = static_cast<char32_t>(hex4(bs + 2, s.end));
        run = bs + 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          const auto low = static_cast<char32_t>(hex4(bs + 8, s.end));
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          run = bs + 12;
        }
        append_utf8(out, cp);
        break;
      }
      default: out += bs[1]; break;  // '"', '\\', '/'
    }
  }
}

// p_ at '-' or a digit. Declines numbers whose value might not be a finite
// double (strict parsing rejects those as an overflow).
bool Scanner::number(std::string_view& lexeme) {
  const char* start = p_;
  const char* p = p_;
  if (*p == '-') ++p;
  const char* int_start = p;
  if (p == end_ || !is_digit(*p)) return false;
  if (*p == '0') ++p;
  else
    while (p != end_ && is_digit(*p)) ++p;
  const std::size_t int_digits = static_cast<std::size_t>(p - int_start);
  if (p != end_ && *p == '.') {
    ++p;
    if (p == end_ || !is_digit(*p)) return false;
    while (p != end_ && is_digit(*p)) ++p;
  }
  std::size_t exponent = 0;  // only a positive exponent can overflow
  if (p != end_ && (*p == 'e' || *p == 'E')) {
    ++p;
    bool negative = false;
    if (p != end_ && (*p == '+' || *p == '-')) negative = *p++ == '-';
    const char* digits = p;
    while (p != end_ && is_digit(*p)) exponent = exponent * 10 + static_cast<std::size_t>(*p++ - '0');
    if (p == digits || p - digits > 4) return false;
    if (negative) exponent = 0;
  }
  if (int_digits + exponent > 300) return false;  // below 10^300: finite
  lexeme = {start, static_cast<std::size_t>(p - start)};
  p_ = p;
  return true;
}

bool Scanner::literal(std::string_view word) {
  if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0) return false;
  p_ += word.size();
  return true;
}

// p_ at the '{' or '[' of a value nested `depth` levels deep (the record itself
// is level 1); leaves p_ after its matching close. Iterative, with one bit per
// open container (1: object), so depth is bounded by max_depth_ <= 64.
bool Scanner::skip_container(int depth) {
  std::uint64_t objects = 0;
  int open = 0;  // containers opened here and not yet closed
  bool want_value = true;
  for (;;) {
    if (want_value) {
      if (p_ == end_) return false;
      const char c = *p_;
      if (c == '{' || c == '[') {
        if (depth + open > max_depth_ || open >= 64) return false;
        const bool is_object = c == '{';
        objects = (objects & ~(std::uint64_t{1} << open)) | (std::uint64_t{is_object} << open);
        ++open;
        ++p_;
        skip_ws();
        if (at(is_object ? '}' : ']')) {
          ++p_;
          --open;
          want_value = false;
        } else if (is_object) {
          StringInfo key;
          if (!at('"') || !string(key)) return false;
          skip_ws();
          if (!at(':')) return false;
          ++p_;
          skip_ws();
        }
        if (open == 0) return true;
        continue;
      }
      StringInfo s;
      std::string_view lexeme;
      if (c == '"' ? !string(s)
          : (c == '-' || is_digit(c)) ? !number(lexeme)
          : c == 't' ? !literal("true")
          : c == 'f' ? !literal("false")
          : c == 'n' ? !literal("null")
                     : true)
        return false;
      want_value = false;
      continue;
    }
    // After a value inside container `open - 1`.
    skip_ws();
    if (p_ == end_) return false;
    const bool in_object = (objects >> (open - 1)) & 1;
    if (*p_ == ',') {
      ++p_;
      skip_ws();
      if (in_object) {
        StringInfo key;
        if (!at('"') || !string(key)) return false;
        skip_ws();
        if (!at(':')) return false;
        ++p_;
        skip_ws();
      }
      want_value = true;
      continue;
    }
    if (*p_ != (in_object ? '}' : ']')) return false;
    ++p_;
    if (--open == 0) return true;
  }
}

bool Scanner::object(std::span<const std::string_view> names, std::span<JsonField> out) {
  skip_ws();
  if (!at('{')) return false;  // also a byte-order mark, or a blank line: the strict path decides
  ++p_;
  skip_ws();
  if (at('}')) {
    ++p_;
  } else {
    std::string key_buf;
    for (;;) {
      StringInfo key;
      if (!at('"') || !string(key)) return false;
      std::string_view key_text(key.begin, static_cast<std::size_t>(key.end - key.begin));
      if (key.escapes) {
        decode(key, key_buf);
        key_text = key_buf;
      }
      std::uint32_t wanted = 0;  // bit i: this key is names[i]
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == key_text) {
          if (out[i].type != JsonType::absent) return false;  // a field of ours twice
          wanted |= std::uint32_t{1} << i;
        }
      }
      skip_ws();
      if (!at(':')) return false;
      ++p_;
      skip_ws();
      if (p_ == end_) return false;

      JsonField value;
      const char c = *p_;
      if (c == '"') {
        StringInfo s;
        if (!string(s)) return false;
        if (wanted) decode(s, value.value);
        value.type = JsonType::string;
        value.clean = !s.nul;
      } else if (c == '{' || c == '[') {
        if (!skip_container(2)) return false;
        value.type = c == '{' ? JsonType::object : JsonType::array;
        value.clean = true;
      } else if (c == '-' || is_digit(c)) {
        std::string_view lexeme;
        if (!number(lexeme)) return false;
        value.type = JsonType::number;
        value.value = lexeme == "-0" ? "0" : lexeme;  // what the strict path reports: its integer, printed
        value.clean = true;
      } else if (c == 't' || c == 'f') {
        if (!literal(c == 't' ? "true" : "false")) return false;
        value.type = JsonType::boolean;
        value.clean = true;
      } else if (c == 'n') {
        if (!literal("null")) return false;
        value.type = JsonType::null;
        value.clean = true;
      } else {
        return false;
      }
      for (std::size_t i = names.size(); wanted != 0 && i-- > 0;) {
        if (!(wanted & (std::uint32_t{1} << i))) continue;
        wanted &= ~(std::uint32_t{1} << i);
        out[i] = wanted ? value : std::move(value);  // moved into the last slot that wants it
      }

      skip_ws();
      if (at(',')) {
        ++p_;
        skip_ws();
        continue;
      }
      if (!at('}')) return false;
      ++p_;
      break;
    }
  }
  skip_ws();
  return p_ == end_;
}

}  // namespace

bool scan_json_fields(std::string_view line, std::span<const std::string_view> names, std::span<JsonField> out,
                      int max_depth) {
  if (names.size() != out.size() || names.size() > 32 || max_depth > 64) return false;
  return Scanner(line, max_depth).object(names, out);
}

}  // namespace salvo::ingest
