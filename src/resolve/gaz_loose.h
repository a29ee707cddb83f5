// resolve/gaz_loose.h — places of one country by the loose spelling of their names.
//
// Owns: the index from a loose key (KeyFolder::loose, names.lex [loose spelling])
// to the settlements of a country whose own name has that key. Built for a
// country the first time it is asked for (the fallback is rare, and building
// every country's at load would cost the start-up time), then kept; safe to
// call from several threads.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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
  using Index = std::unordered_multimap<std::string, std::uint32_t>;
  const Index& of_country(std::uint16_t country) const;  // call with mu_ held

  const PlaceTable& t_;
  mutable std::mutex mu_;
  mutable std::map<std::uint16_t, Index> by_country_;
  // the settlements of every country, listed once in one pass over the table the first time any
  // country is asked for (a pass per country cost more than building its keys)
  mutable std::map<std::uint16_t, std::vector<std::uint32_t>> places_of_;
  mutable bool listed_ = false;
};

}  // namespace salvo::gaz
