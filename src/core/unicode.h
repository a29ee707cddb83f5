// core/unicode.h — word characters, capitals and case for every script.
//
// Owns: the one definition of a word character — a letter, mark or number of
// any script, or '_' (what RE2's [\pL\pM\pN_] matches) — that every
// whole-word search uses (rules/word_trie.h, rules/whole_word.h), of a capital
// letter (one with a lower-case form: "K", "Х", "Ω"), and simple case mapping
// (one code point to one). ASCII is answered inline; the rest comes from
// tables generated from Unicode data (unicode_data.cpp, tools/gen_unicode.py).
// Nothing here knows a language: scripts are data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace salvo {

namespace unicode_data {
extern const std::uint64_t kWordLow[32];  // bit cp for cp < 0x800
bool is_word(char32_t cp);  // cp >= 0x80
char32_t lower(char32_t cp);
char32_t upper(char32_t cp);
}  // namespace unicode_data

inline bool is_word_char(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
  if (cp < 0x800) return (unicode_data::kWordLow[cp >> 6] >> (cp & 63)) & 1;
  return unicode_data::is_word(cp);
}
inline char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return unicode_data::lower(cp);
}
inline char32_t to_upper(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  return unicode_data::upper(cp);
}
// A capital letter: one whose lower case is another character.
inline bool is_upper(char32_t cp) { return to_lower(cp) != cp; }
inline bool is_lower(char32_t cp) { return to_upper(cp) != cp; }

// Whether every byte is ASCII (8 bytes at a time).
inline bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

// The code point that starts at byte i of valid UTF-8 text (0 at the end), and
// the one that ends at byte i (0 at the start).
char32_t code_point_at(std::string_view s, std::size_t i);
char32_t code_point_before(std::string_view s, std::size_t i);

// Whether byte offset i of valid UTF-8 text is a word boundary: a word
// character on one side and not on the other (the text's ends count as not).
inline bool is_word_boundary(std::string_view s, std::size_t i) {
  return is_word_char(code_point_before(s, i)) != is_word_char(code_point_at(s, i));
}

// Whether the text's first character is a capital letter.
inline bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  return is_upper(code_point_at(s, 0));
}

// Lower case of every character (simple mapping; ASCII without a table), appended to out.
void append_lower(std::string& out, std::string_view s);
inline std::string lower_case(std::string_view s) {
  std::string out;
  append_lower(out, s);
  return out;
}

}  // namespace salvo
