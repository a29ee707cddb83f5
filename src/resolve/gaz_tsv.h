// resolve/gaz_tsv.h — reading rules/places/places.tsv.gz.
//
// Owns: the text form of the gazetteer's base (written by
// tools/build_gazetteer.py, format in its header comment: H header, C
// countries, A admin1 regions, P places with ids as deltas and alternate
// spellings), its decompression on a second thread, and the field parsing it
// shares with the .lex overlay. What it reads goes into a PlaceTable, frozen
// at the end.
#pragma once

#include <charconv>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/status.h"
#include "resolve/gaz_places.h"

namespace salvo::gaz {

// Parses the file into `table` (empty, not frozen) and freezes it. Errors name
// the file's line.
Status read_places_tsv(const std::filesystem::path& file, PlaceTable& table);

// --- fields
std::vector<std::string_view> split(std::string_view s, char sep);
// Without surrounding blanks (and a trailing CR).
std::string_view trim(std::string_view s);
// A whole field as a number (blanks and a leading '+' allowed).
template <typename T>
bool parse_num(std::string_view s, T& out) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace salvo::gaz
