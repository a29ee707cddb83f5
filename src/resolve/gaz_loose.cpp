// resolve/gaz_loose.cpp — see gaz_loose.h.
#include "resolve/gaz_loose.h"

#include <algorithm>

#include "resolve/gazetteer.h"

namespace salvo::gaz {

std::vector<std::uint32_t> LooseIndex::find(std::uint16_t country, std::string_view loose_key) const {
  std::vector<std::uint32_t> out;
  if (loose_key.empty()) return out;
  const std::lock_guard<std::mutex> lock(mu_);
  const Index& idx = of_country(country);
  const auto [b, e] = idx.equal_range(std::string(loose_key));
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const LooseIndex::Index& LooseIndex::of_country(std::uint16_t country) const {
  const auto found = by_country_.find(country);
  if (found != by_country_.end()) return found->second;
  if (!listed_) {
    for (std::uint32_t i = 0; i < t_.size(); ++i) {
      const Rec r = t_.rec(i);
      if (r.kind == static_cast<std::uint8_t>(PlaceKind::settlement) ||
          r.kind == static_cast<std::uint8_t>(PlaceKind::district))
        places_of_[r.country].push_back(i);
    }
    listed_ = true;
  }
  Index& idx = by_country_[country];
  const KeyFolder& fold = t_.fold();
  const auto places = places_of_.find(country);
  if (places == places_of_.end()) return idx;
  for (const std::uint32_t i : places->second) {
    const Rec r = t_.rec(i);
    for (const std::string_view name : {t_.name_of(r), t_.source_name(i)}) {
      const std::string k = fold.loose_of(name);
      if (!k.empty()) idx.emplace(k, i);
    }
  }
  return idx;
}

}  // namespace salvo::gaz
