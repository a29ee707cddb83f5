// resolve/gaz_loose.h — places of one country by the loose spelling of their names.
//
// Owns: the index from a loose key (KeyFolder::loose, names.lex [loose spelling])
// to the settlements of a country whose own name has that key. Built for a
// country the first time it is asked for (the fallback is rare, and building
// every country's at load would cost the start-up time), then kept; safe to
// call from several threads.
//
// Speed: the first use of a large country loosens every name of its places
// (Iran: ~155,000 names), the largest cost of a news run before this was made
// cheap. So the index keeps a 64-bit hash of each loose key beside the place,
// sorted (no string and no node per name), the names are loosened with reused
// buffers, and find() checks every place a hash gives by loosening its names
// again: a hash collision can only cost time, never add a place.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resolve/gaz_places.h"

namespace salvo::gaz {

class LooseIndex {
 public:
  explicit LooseIndex(const PlaceTable& t) : t_(t) {}
  LooseIndex(const LooseIndex&) = delete;
  LooseIndex& operator=(const LooseIndex&) = delete;

  // The settlements of `country` whose name's loose key is `loose_key`, in table order.
  std::vector<std::uint32_t> find(std::uint16_t country, std::string_view loose_key) const;

 private:
  using Index = std::vector<std::pair<std::uint64_t, std::uint32_t>>;  // (hash of loose key, place), sorted
  const Index& of_country(std::uint16_t country) const;  // call with mu_ held
  void list_places() const;                              // fills places_of_; call with mu_ held
  // Whether a name of place i has the loose key `loose_key`.
  bool has_key(std::uint32_t i, std::string_view loose_key, KeyFolder::LooseScratch& scratch, std::string& buf) const;

  const PlaceTable& t_;
  mutable std::mutex mu_;
  mutable std::map<std::uint16_t, Index> by_country_;
  // the settlements of every country, listed once in one pass over the table the first time any
  // country is asked for (a pass per country cost more than building its keys)
  mutable std::map<std::uint16_t, std::vector<std::uint32_t>> places_of_;
  mutable bool listed_ = false;
};

}  // namespace salvo::gaz
