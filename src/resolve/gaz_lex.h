// resolve/gaz_lex.h — the analysts' .lex files over the place table.
//
// Owns: reading rules/places/admin1.lex (regions' short and display names,
// other names of regions), admin1_alternates.lex (generated), countries.lex
// (demonyms, adjectives, other country names), stop_words.lex and
// common_words.lex (words that are not places, and the "big place"
// thresholds), and places.lex (analysts' places, preferred names, aliases),
// with every mistake reported at file:line; and the word tables they make:
// region keys, country keys, stop words. The place table's base must be
// loaded first; the files that need no place table are read apart from
// places.lex, so that they can be read while an index is being checked.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory_resource>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "resolve/gaz_places.h"
#include "resolve/gazetteer.h"
#include "rules/lexfile.h"

namespace salvo::gaz {

struct CountryKey {
  std::uint16_t country;
  bool is_name;  // "Ukraine" (a place) rather than "Ukrainian"
};

class LexOverlay {
 public:
  LexOverlay() = default;
  LexOverlay(const LexOverlay&) = delete;
  LexOverlay& operator=(const LexOverlay&) = delete;
  // What the language folders add (their common_words.lex and places.lex [aliases]);
  // set before read_first.
  void set_languages(const GazetteerOverlay& o) { languages_ = o; }

  // Every file but places.lex, which is only read into `places_lex`. Sets the
  // regions' short and display names in `t`; needs only its countries and regions.
  void read_first(const std::filesystem::path& dir, PlaceTable& t, LexFile& places_lex,
                  std::vector<Diagnostic>& problems);
  // places.lex's places, preferred names and aliases, into `t` (places first,
  // so that aliases may point at them).
  void apply_places(const LexFile& places_lex, PlaceTable& t, std::vector<Diagnostic>& problems);
  // names.lex's examples, in [leading articles] and [facility endings] (the words there
  // are the key folder's, their effect the gazetteer's).
  void add_examples(const LexFile& names_lex, const PlaceTable& t, std::vector<Diagnostic>& problems);
  // places.lex's examples (`example = Janīn @PS => Jenin` in [preferred names] or [aliases]),
  // then names.lex's.
  const std::vector<PlaceExample>& examples() const { return examples_; }

  // The regions a key names once its region words are stripped (nullptr if none).
  const std::pmr::vector<std::uint16_t>* regions_of_key(std::string_view stripped_key) const;
  // The regions a text names ("Donetsk oblast", "Donetsk"), in admin1.lex order.
  std::vector<std::uint16_t> regions_for(const KeyFolder& fold, std::string_view text) const;
  // Whether a key is a region's name as listed ("crimean peninsula", not "crimean").
  bool is_region_name(std::string_view key) const { return region_names_.count(key) > 0; }
  // The region a key (its region words stripped) names even when written bare, or kNone
  // (admin1.lex [regions, not towns]: "Gaza" is the Strip, not Gaza City nor Mozambique's).
  std::uint16_t region_first(std::string_view stripped_key) const {
    const auto it = region_first_.find(stripped_key);
    return it == region_first_.end() ? kNone : it->second;
  }
  const CountryKey* country_key(std::string_view key) const;

 private:
  GazetteerOverlay languages_;
  std::vector<PlaceExample> examples_;

 public:
  bool is_stop_word(std::string_view key) const { return stop_words_.count(key) > 0; }
  std::uint32_t big_population() const { return big_population_; }
  std::uint32_t big_capital_population() const { return big_capital_population_; }
  std::uint32_t small_population() const { return small_population_; }

 private:
  void read_admin1(const std::filesystem::path& dir, PlaceTable& t, std::vector<Diagnostic>& problems);
  void read_countries(const std::filesystem::path& dir, const PlaceTable& t, std::vector<Diagnostic>& problems);
  void read_stop_words(const std::filesystem::path& dir, const KeyFolder& fold, std::vector<Diagnostic>& problems);
  // Files `name` under region a; returns its key with the region words stripped.
  std::string add_region_key(const KeyFolder& fold, const std::string& name, std::uint16_t a);

  std::pmr::monotonic_buffer_resource pool_{std::size_t{1} << 20};  // before the tables that use it
  WordMap<std::pmr::vector<std::uint16_t>> region_keys_{&pool_};  // without "oblast" etc.
  WordSet region_names_{&pool_};  // as listed: "crimean peninsula", not "crimean"
  WordMap<std::uint16_t> region_first_{&pool_};  // stripped keys read as this region when bare
  WordMap<CountryKey> country_keys_{&pool_};
  WordSet stop_words_{&pool_};
  std::uint32_t big_population_ = 1000000;
  std::uint32_t big_capital_population_ = 100000;
  std::uint32_t small_population_ = 0;  // 0: no name is small (stop_words.lex [settings])
};

}  // namespace salvo::gaz
