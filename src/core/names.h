// core/names.h — "at least"_name: a name of salvo's own formats, written in C++.
//
// Owns: nothing but the marker. A section, key, tag or check of a rule file
// ("[at least]", "check = places", "@capital"), or a field of a JSON format,
// is a name the C++ and the files share: it is never compared with the text
// salvo reads, and an analyst renames it in both places at once. The suffix
// says so to a reader and to tools/grammar_stats.py, which counts such a
// literal apart from English words only if it finds it among those names
// (rules/, schemas/); a word that decides how text is read belongs in a rule
// file, not here. The literal is unchanged: "x"_name is "x".
#pragma once

#include <cstddef>

namespace salvo {

constexpr const char* operator""_name(const char* s, std::size_t) noexcept { return s; }

}  // namespace salvo
