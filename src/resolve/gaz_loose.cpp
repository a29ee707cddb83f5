// resolve/gaz_loose.cpp — see gaz_loose.h.
#include "resolve/gaz_loose.h"

#include <algorithm>
#include <functional>

#include "resolve/gazetteer.h"

namespace salvo::gaz {

namespace {
std::uint64_t loose_hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
}  // namespace

std::vector<std::uint32_t> LooseIndex::find(std::uint16_t country, std::string_view loose_key) const {
  std::vector<std::uint32_t> out;
  if (loose_key.empty()) return out;
  const std::lock_guard<std::mutex> lock(mu_);
  const Index& idx = of_country(country);
  const std::uint64_t h = loose_hash(loose_key);
  auto it = std::lower_bound(idx.begin(), idx.end(), std::pair<std::uint64_t, std::uint32_t>(h, 0));
  KeyFolder::LooseScratch scratch;
  std::string buf;
  for (; it != idx.end() && it->first == h; ++it)
    if (has_key(it->second, loose_key, scratch, buf)) out.push_back(it->second);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool LooseIndex::has_key(std::uint32_t i, std::string_view loose_key, KeyFolder::LooseScratch& scratch,
                         std::string& buf) const {
  const KeyFolder& fold = t_.fold();
  for (const std::string_view name : {t_.name_of(t_.rec(i)), t_.source_name(i)}) {
    fold.loose_of_into(name, scratch, buf);
    if (buf == loose_key) return true;
  }
  return false;
}

void LooseIndex::list_places() const {
  // (the table lists a country's places together: one map look-up per run of them)
  std::vector<std::uint32_t>* of = nullptr;
  std::uint16_t run_country = kNone;
  for (std::uint32_t i = 0; i < t_.size(); ++i) {
    const Rec r = t_.rec(i);
    if (r.kind != static_cast<std::uint8_t>(PlaceKind::settlement) &&
        r.kind != static_cast<std::uint8_t>(PlaceKind::district))
      continue;
    if (!of || r.country != run_country) {
      of = &places_of_[r.country];
      run_country = r.country;
    }
    of->push_back(i);
  }
  listed_ = true;
}

const LooseIndex::Index& LooseIndex::of_country(std::uint16_t country) const {
  const auto found = by_country_.find(country);
  if (found != by_country_.end()) return found->second;
  if (!listed_) list_places();
  Index& idx = by_country_[country];
  const auto places = places_of_.find(country);
  if (places == places_of_.end()) return idx;
  const KeyFolder& fold = t_.fold();
  KeyFolder::LooseScratch scratch;
  std::string k;
  idx.reserve(2 * places->second.size());
  for (const std::uint32_t i : places->second) {
    const std::string_view name = t_.name_of(t_.rec(i)), source = t_.source_name(i);
    fold.loose_of_into(name, scratch, k);
    if (!k.empty()) idx.emplace_back(loose_hash(k), i);
    if (source == name) continue;  // the same key again (find() lists a place once anyway)
    fold.loose_of_into(source, scratch, k);
    if (!k.empty()) idx.emplace_back(loose_hash(k), i);
  }
  std::sort(idx.begin(), idx.end());
  return idx;
}

}  // namespace salvo::gaz
