// resolve/gaz_image.h — the binary image of the place table (places.idx).
//
// Owns: the index file's format (a header, then the base tables at aligned
// offsets, native byte order), writing it atomically, mapping it and using
// its tables where they lie, and the checks that stand between a file and a
// lookup: that it was made from the same places.tsv.gz bytes, by a salvo with
// the same layout and key folding, and that every offset and index a lookup
// follows is inside its table (TableCheck, in pieces two threads can share).
// The format is described in docs/PLACES.md ("Loading fast").
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <string>

#include "core/status.h"
#include "resolve/gaz_places.h"

namespace salvo::gaz {

// Identifies the bytes of a places.tsv.gz cheaply: its size and the gzip
// trailer (CRC-32 and length of the uncompressed text). "" if unreadable.
std::string source_stamp(const std::filesystem::path& gz);

// Writes the frozen base of `t` to `out` (a temporary file renamed into place).
Status write_image(const PlaceTable& t, const std::filesystem::path& out, const std::string& stamp);

// Maps `file` and gives its tables, countries and regions to `t` (empty):
// false, with the reason in `why`, when it is not an image of the
// places.tsv.gz whose stamp is given, made with t's key folding. The tables
// are not checked yet: `t` may be used only once a TableCheck passes.
bool map_image(const std::filesystem::path& file, const std::string& stamp, PlaceTable& t, std::string& why);

// Checks every offset and index of an adopted image's tables: this reads ~36
// MB of the file (3-6 ms, memory-bound), most of the cost of using the index,
// so it is cut into pieces taken in turn by whichever thread calls work()
// next; the verdict is the first failure in piece order, whoever found it.
class TableCheck {
 public:
  static constexpr std::size_t kSlotPieces = 8, kKeyPieces = 2, kRefPieces = 4;
  static constexpr std::size_t kPieces = kSlotPieces + kKeyPieces + 1 + kRefPieces + 1;

  // Takes the sizes of t's countries and regions now: the .lex overlay may
  // edit the regions' names while the check runs, never their number.
  explicit TableCheck(const PlaceTable& t);
  void work();
  // nullptr if every piece passed, else what is damaged ("slot", "key runs", ...).
  const char* verdict() const;

 private:
  const char* piece(std::size_t k, bool& empty_slot) const;

  BaseTables b_;
  std::uint16_t ncountries_, nadmin1_, nadmin2_;
  std::atomic<std::size_t> next_{0};
  std::array<const char*, kPieces> failed_{};
  std::array<bool, kPieces> empty_{};
};

}  // namespace salvo::gaz
