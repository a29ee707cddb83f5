// resolve/gaz_namesakes.h — choosing among places of the same name.
//
// Owns: which of a name's candidates a mention means: the hints that filter
// them (a country, a region, a town the text places it near) and the score
// that ranks the rest, with its weights read from rules/places/namesakes.lex
// (what each weight does is written there); also the weights that decide
// between a region and a settlement of the same name. docs/PLACES.md tells
// the whole order of resolution.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "resolve/gaz_places.h"
#include "resolve/gazetteer.h"
#include "rules/lexfile.h"

namespace salvo::gaz {

struct NamesakeWeights {
  std::array<double, 10> rank{};  // by feature_rank(): capital, region seats, lost places
  double first_country = 0, other_country = 0;  // the article's context countries
  double own_name = 0, exact_spelling = 0;      // the mention is the place's own name / letter for letter
  double stray_alternate = 0;                   // only an alternate, while a big namesake there has it as its name
  std::uint32_t stray_alternate_population = 0; // how big that namesake must be
  double alternate_only = 0;                    // only an alternate, while another candidate has it as its name
  double not_geonames = 0;                      // Who's On First / UNOSAT / analysts' rows
  double anchor_km = 0, anchor_bonus = 0;       // "X, Pokrovsk district": near the district's town
  double border_km = 0;                         // a region hint that holds no candidate: within this of it
  std::uint32_t village_population = 0;         // a place named like its own region is the region below this
  std::uint32_t abroad_population = 0;          // a namesake abroad loses to the region below this
  double loose_far_km = 0;                      // a spelling found only this far from the article's country is loosened

  // Reads rules/places/namesakes.lex; every weight must be given, once.
  static NamesakeWeights read(const std::filesystem::path& file, std::vector<Diagnostic>& problems);
  static NamesakeWeights from(const LexFile& file, std::vector<Diagnostic>& problems);
};

// What narrows a mention's candidates, from the query and its hints.
struct Hints {
  std::uint16_t country = kNone;         // ISO2 hint, or a "region" hint that is a country
  std::vector<std::uint16_t> regions;    // admin1 regions of the region hint
  std::optional<Rec> anchor;             // a town the hint names: "Pokrovsk district", "near Bakhmut"
};

// The candidate the mention most likely means, or none: the hints are strict
// (a namesake in another country, or far from the region the text names, is a
// wrong answer, and no coordinates are better than it). `key` is the
// mention's key, `q.name` its spelling and `q.context_countries` the article's.
std::optional<std::uint32_t> choose_namesake(const PlaceTable& t, const NamesakeWeights& w,
                                             const std::vector<std::uint32_t>& candidates, std::string_view key,
                                             const PlaceQuery& q, const Hints& hints);

// Equal ignoring ASCII case and a leading article (names.lex [leading articles]).
bool same_spelling(const KeyFolder& fold, std::string_view a, std::string_view b);

}  // namespace salvo::gaz
