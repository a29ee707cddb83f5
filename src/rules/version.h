// rules/version.h — the version of a rules directory.
//
// Owns: rules_version(dir), the short content hash that `salvo check-rules`
// prints and the run summary records: every file under dir, its
// subdirectories included (rules/places is rules too: the gazetteer's data,
// word lists and weights), by path and content, in path order. A gzip file
// counts by its size and its trailer (CRC-32 and length of the uncompressed
// content) instead of every byte: rules/places/places.tsv.gz is 12 MB, and
// hashing it at every start-up would cost more than loading the gazetteer.
#pragma once

#include <filesystem>
#include <string>

namespace salvo {

// 12 hex digits; the same bytes under the same paths give the same version.
std::string rules_version(const std::filesystem::path& dir);

}  // namespace salvo
