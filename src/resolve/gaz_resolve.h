// resolve/gaz_resolve.h — one place mention to a location.
//
// Owns: the order in which a mention is resolved (docs/PLACES.md, "Resolving
// a mention"): a region written as one, a country, a settlement (its
// namesakes chosen by gaz_namesakes.h), a name that is both a region and a
// settlement, a neighbourhood reported as its city, "X camp", and the
// unknown place that keeps its name and hints; and how each becomes a
// Location. Reads the loaded tables only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "resolve/gaz_lex.h"
#include "resolve/gaz_loose.h"
#include "resolve/gaz_namesakes.h"
#include "resolve/gaz_places.h"
#include "resolve/gazetteer.h"

namespace salvo::gaz {

class Resolver {
 public:
  Resolver(const PlaceTable& t, const LexOverlay& words, const NamesakeWeights& w)
      : t_(t), words_(words), w_(w), loose_(t) {}
  Location resolve(const PlaceQuery& q) const;

 private:
  Hints hints(const PlaceQuery& q) const;
  std::optional<Rec> anchor(const PlaceQuery& q, std::uint16_t country_hint) const;
  std::uint16_t pick_region(const std::vector<std::uint16_t>& regions, const PlaceQuery& q,
                            std::uint16_t country_hint) const;
  // The region, when a name is both a region and the settlement `best` (or no settlement).
  std::optional<std::uint16_t> region_over_settlement(const std::vector<std::uint16_t>& regions,
                                                      std::optional<std::uint32_t> best, const PlaceQuery& q,
                                                      const Hints& h) const;
  // The settlements of the country the place should be in (its hint, else the article's) spelled
  // with the same consonants, when `found` holds only small places far abroad.
  std::vector<std::uint32_t> loose_candidates(const std::string& key, const std::vector<std::uint32_t>& found,
                                              const PlaceQuery& q, const Hints& h) const;
  Location settlement(std::uint32_t best, const PlaceQuery& q) const;
  std::optional<Location> as_city(std::uint32_t neighbourhood, const PlaceQuery& q) const;
  std::optional<Location> camp(const std::string& key, const PlaceQuery& q) const;
  Location unknown(const PlaceQuery& q, const Hints& h) const;
  // Place i as a location: its English name (a preferred name, else english_form of
  // its own) with the source's spelling kept in geonames_name.
  Location from_place(std::uint32_t i, const PlaceQuery& q) const;
  // The name a place is reported by (english_form unless places.lex gives one).
  std::string english_name(std::uint32_t i) const;
  Location from_admin1(std::uint16_t a, const PlaceQuery& q) const;
  Location from_country(std::uint16_t c, const PlaceQuery& q) const;

  const PlaceTable& t_;
  const LexOverlay& words_;
  const NamesakeWeights& w_;
  LooseIndex loose_;
};

}  // namespace salvo::gaz
