// resolve/gazetteer.h — place names to coordinates.
//
// Owns: the compact gazetteer shipped under rules/places/ (built from GeoNames,
// CC BY 4.0, and the other sources credited in docs/DATA.md), name lookup with
// every alternate Latin spelling, each place's district (GeoNames admin2), the
// admin1 alias table (GeoNames names -> the names analysts use), and the choice
// among namesakes.
// It never finds places in running text: the extractor hands it names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/status.h"

namespace salvo {

enum class PlaceKind { settlement, district, admin1, country, region };

struct PlaceRecord {
  std::int64_t geonames_id = 0;
  std::string name;         // preferred English/Latin name
  std::string country;      // ISO 3166-1 alpha-2
  std::string admin1;       // analysts' short name (after aliasing), "" if none
  double latitude = 0, longitude = 0;
  std::int64_t population = 0;
  PlaceKind kind = PlaceKind::settlement;
};

// What the extractor knows about one place mention.
struct PlaceQuery {
  std::string name;          // as written: "Avdiivka", "Kharkov", "the Gaza Strip", "Donetsk"
  std::string region_hint;   // a region named with it: "Donetsk" from "Avdiivka, Donetsk region"
  std::string country_hint;  // ISO2 of a country named with it ("the Ukrainian city of X")
  bool is_region = false;    // written as a region: "Donetsk oblast", "Kherson region"
  bool near = false;         // "near X", "outskirts of X"
  std::string district;      // "X district of Y": X here, name = Y
  // the text announces a settlement ("the village of X"): a name found nowhere may still be
  // looked for by its loose spelling (names.lex [loose spelling])
  bool announced = false;
  // ISO2 codes of the article's other resolved/likely places, most frequent first.
  std::vector<std::string> context_countries;
};

// An example written in places.lex: `example = Janīn @PS => Jenin` (the name,
// optionally its country as a hint, and the name the place is reported by).
struct PlaceExample {
  std::string file;
  int line = 0;
  PlaceQuery query;
  std::string expected;
};

// What the language folders (rules/en/, ...) add to the gazetteer folder's own files.
struct GazetteerOverlay {
  // Words of a language that are place names somewhere but rarely in its news
  // (rules/en/common_words.lex): read like the folder's stop_words.lex.
  std::vector<std::filesystem::path> common_words = {};
  // A language's spellings of places the gazetteer knows (its places.lex:
  // [aliases] only, in the format of the folder's places.lex), such as the
  // inflected forms of a name ("Харкову @Kharkiv @UA").
  std::vector<std::filesystem::path> places = {};
};

class Gazetteer {
 public:
  // Loads the compact gazetteer from a directory (rules/places). With `index`
  // (a file written by write_index from the same places.tsv.gz) the tables are
  // that file, mapped and used in place once every offset in them is checked,
  // instead of parsed from text: same content, ~100x less start-up. An index
  // that is missing, stale (made from other places.tsv.gz bytes, or by a salvo
  // with another layout) or damaged is ignored and the text is parsed; why is
  // in index_note(). Uses a second thread for the check when there are two cores.
  // `overlay`: the language folders' files read with the folder's own.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::filesystem::path& dir,
                                                       const std::filesystem::path& index = {},
                                                       const GazetteerOverlay& overlay = {});
  // Parses dir/places.tsv.gz once and writes its binary image to `out`
  // (atomically: a temporary file renamed into place).
  static Status write_index(const std::filesystem::path& dir, const std::filesystem::path& out);
  virtual ~Gazetteer() = default;

  // Every record whose name or alternate spelling matches, ignoring case,
  // diacritics, apostrophes, hyphen/space differences and transliteration
  // noise (y/j/i, doubled letters): the country of that name first (kind
  // country), then settlements and neighbourhoods, then regions (kind admin1).
  // geonames_id is negative for rows that are not GeoNames' (Who's On First,
  // UNOSAT, analysts' additions). Pointers live as long as the gazetteer.
  virtual std::vector<const PlaceRecord*> lookup(std::string_view name) const = 0;
  // Fast check used to pick candidate spans from capitalised words; false for
  // names that are also common English words unless they are big places.
  virtual bool is_place_name(std::string_view name) const = 0;
  // Whether every place of this name is a small settlement (fewer people than
  // stop_words.lex's small_population; no region, no country): a name that is
  // more often a person's ("Bennett", "Shiri") than such a village.
  virtual bool small_place(std::string_view name) const = 0;
  // ISO2 code for a country name, adjective or demonym ("Ukraine", "Ukrainian",
  // "Syrian"), or "" if none.
  virtual std::string country_code(std::string_view word) const = 0;
  // The English name of a country from its ISO2 code ("UA" -> "Ukraine"), or "".
  virtual std::string country_name(std::string_view iso2) const = 0;
  // Resolves one mention to a location; a name not in the gazetteer keeps its
  // name and any region/country hint, with no coordinates.
  virtual Location resolve(const PlaceQuery& q) const = 0;
  virtual std::size_t size() const = 0;
  // Runs places.lex's examples: each name resolved must be reported by the
  // expected name. The failures, at their file and line; `passed` counts the rest.
  virtual std::vector<Diagnostic> check_examples(int& passed) const {
    passed = 0;
    return {};
  }
  // How the place table was loaded: "index FILE", "text (index FILE ignored: why)", "text".
  virtual const std::string& index_note() const = 0;
};

}  // namespace salvo
