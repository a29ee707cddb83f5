// core/ascii.h — ASCII case folding without the C library's locale lookup.
//
// Owns: the one definition of "lower-case" that word lists and keys use:
// A-Z become a-z, every other byte (UTF-8 included) stays as it is. This is
// what std::tolower does in the "C" locale, which salvo never changes, at a
// fraction of the cost on the hot path.
#pragma once

#include <string>
#include <string_view>

namespace salvo {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = ascii_lower(c);
  return r;
}

}  // namespace salvo
