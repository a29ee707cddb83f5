// resolve/gaz_places.cpp — see gaz_places.h.
#include "resolve/gaz_places.h"

#include <algorithm>

namespace salvo::gaz {

std::uint8_t feature_rank(std::string_view f) {
  if (f == "PPLC") return kRankCapital;
  if (f == "PPLA") return kRankAdmin1Seat;
  if (f == "PPLA2") return kRankAdmin2Seat;
  if (f == "PPLA3" || f == "PPLG") return kRankAdmin3Seat;
  if (f == "PPLA4" || f == "PPLA5") return kRankAdmin4Seat;
  if (f == "PPL") return kRankPopulated;
  if (f == "PPLH" || f == "PPLQ" || f == "PPLW") return kRankLost;
  return kRankOther;
}

// ---------------------------------------------------------------- building

void PlaceTable::reserve(std::size_t places, std::size_t alternates) {
  own_refs_.reserve(places);
  own_geo_.reserve(places);
  own_arena_.reserve(places * 12);
  pending_.reserve(places + alternates);
}

std::uint16_t PlaceTable::country_index(std::string_view iso) {
  if (auto it = country_by_iso_.find(iso); it != country_by_iso_.end()) return it->second;
  const auto idx = static_cast<std::uint16_t>(countries_.size());
  Country c;
  c.iso = std::string(iso);
  c.name = c.iso;
  countries_.push_back(std::move(c));
  country_by_iso_.emplace(iso, idx);
  return idx;
}

void PlaceTable::add_admin1(Admin1 a) {
  admin1_by_code_.emplace(a.code, static_cast<std::uint16_t>(admin1_.size()));
  admin1_.push_back(std::move(a));
}

void PlaceTable::add_admin2(std::string_view code, std::string_view name) {
  admin2_by_code_.emplace(code, static_cast<std::uint16_t>(admin2_.size()));
  admin2_.text.append(name);
  admin2_.ends.push_back(static_cast<std::uint32_t>(admin2_.text.size()));
}

std::uint32_t PlaceTable::add_text(std::string_view s) {
  if (!frozen_) {
    const auto off = static_cast<std::uint32_t>(own_arena_.size());
    own_arena_.append(s);
    return off;
  }
  const auto off = static_cast<std::uint32_t>(base_.arena_size + extra_arena_.size());
  extra_arena_.append(s);
  return off;
}

std::uint32_t PlaceTable::add_base_place(const Rec& r, std::string_view name, std::string_view parent) {
  const std::uint32_t name_off = add_text(name);
  const auto idx = static_cast<std::uint32_t>(own_refs_.size());
  if (!parent.empty()) own_parents_.push_back({idx, add_text(parent), static_cast<std::uint16_t>(parent.size()), 0});
  own_refs_.push_back({name_off, static_cast<std::uint16_t>(name.size()), r.country, r.admin1, r.admin2});
  own_geo_.push_back({r.id, r.lat, r.lon, r.pop, r.rank, r.kind, 0});
  add_key(name, idx);
  return idx;
}

void PlaceTable::add_key(std::string_view name, std::uint32_t rec) {
  fold_.key_into(name, scratch_);
  if (scratch_.empty()) return;
  const std::uint64_t h = key_hash(scratch_);
  if (!frozen_) {
    pending_.emplace_back(h, rec);
    return;
  }
  std::vector<std::uint32_t>& v = extra_keys_[h];
  if (std::find(v.begin(), v.end(), rec) == v.end()) v.push_back(rec);
  extra_bloom_ |= std::uint64_t{1} << (h >> 58);
}

void PlaceTable::freeze() {
  sort_pending();
  build_slots();
  std::vector<std::pair<std::int64_t, std::uint32_t>> ids(own_geo_.size());
  for (std::uint32_t i = 0; i < ids.size(); ++i) ids[i] = {own_geo_[i].id, i};
  std::sort(ids.begin(), ids.end());
  own_ids_.resize(ids.size());
  own_by_id_.resize(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    own_ids_[i] = ids[i].first;
    own_by_id_[i] = ids[i].second;
    if (i % kIdBlock == 0) own_id_top_.push_back(ids[i].first);
  }
  point_at_own();
  frozen_ = true;
}

void PlaceTable::sort_pending() {
  // Sorted by (hash, place): hashes are uniform, so a counting pass on their
  // top 16 bits leaves buckets of a dozen pairs to sort (~5x faster than std::sort).
  constexpr int kShift = 48;
  std::vector<std::uint32_t> start((std::size_t{1} << (64 - kShift)) + 1, 0);
  for (const auto& p : pending_) ++start[(p.first >> kShift) + 1];
  for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(pending_.size());
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (const auto& p : pending_) sorted[fill[p.first >> kShift]++] = p;
  for (std::size_t b = 0; b + 1 < start.size(); ++b)
    if (start[b + 1] - start[b] > 1) std::sort(sorted.begin() + start[b], sorted.begin() + start[b + 1]);
  pending_.swap(sorted);
  pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
}

void PlaceTable::build_slots() {
  std::size_t nkeys = 0;
  for (std::size_t i = 0; i < pending_.size(); ++i) nkeys += i == 0 || pending_[i].first != pending_[i - 1].first;
  std::size_t cap = 1024;
  while (cap < nkeys + nkeys / 2) cap <<= 1;
  const std::size_t mask = cap - 1;
  own_slots_.assign(cap, Slot{0, 0});
  own_keys_.clear();
  own_keys_.reserve(nkeys + 1);
  own_post_.resize(pending_.size());
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    const std::uint64_t h = pending_[i].first;
    if (i == 0 || h != pending_[i - 1].first) {
      own_keys_.push_back(KeyRun{static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(i)});
      std::size_t s = h & mask;
      while (own_slots_[s].key != 0) s = (s + 1) & mask;
      own_slots_[s] = Slot{static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(own_keys_.size())};
    }
    own_post_[i] = pending_[i].second;
  }
  own_keys_.push_back(KeyRun{0, static_cast<std::uint32_t>(pending_.size())});
  std::vector<std::pair<std::uint64_t, std::uint32_t>>().swap(pending_);
}

void PlaceTable::point_at_own() {
  BaseTables& b = base_;
  b.refs = own_refs_.data();
  b.geo = own_geo_.data();
  b.nrecs = static_cast<std::uint32_t>(own_refs_.size());
  b.parents = own_parents_.data();
  b.nparents = own_parents_.size();
  b.arena = own_arena_.data();
  b.arena_size = own_arena_.size();
  b.slots = own_slots_.data();
  b.nslots = own_slots_.size();
  b.keys = own_keys_.data();
  b.nkeys = own_keys_.empty() ? 0 : own_keys_.size() - 1;
  b.post = own_post_.data();
  b.npost = own_post_.size();
  b.ids = own_ids_.data();
  b.by_id = own_by_id_.data();
  b.id_top = own_id_top_.data();
  b.nid_top = own_id_top_.size();
}

void PlaceTable::adopt(const BaseTables& base, std::vector<Country> countries, std::vector<Admin1> admin1,
                       Admin2Names admin2, std::shared_ptr<void> mapping) {
  base_ = base;
  mapping_ = std::move(mapping);
  frozen_ = true;
  countries_ = std::move(countries);
  admin1_ = std::move(admin1);
  admin2_ = std::move(admin2);  // names only: codes are looked up while parsing text, never here
  for (std::uint16_t i = 0; i < countries_.size(); ++i) country_by_iso_.emplace(countries_[i].iso, i);
  for (std::uint16_t i = 0; i < admin1_.size(); ++i) admin1_by_code_.emplace(admin1_[i].code, i);
}

// ---------------------------------------------------------------- the overlay

std::uint32_t PlaceTable::add_place(Rec r, std::string_view name, std::string_view parent) {
  r.name_off = add_text(name);
  r.name_len = static_cast<std::uint16_t>(name.size());
  if (!parent.empty()) {
    r.parent_off = add_text(parent);
    r.parent_len = static_cast<std::uint16_t>(parent.size());
  }
  const std::uint32_t idx = size();
  added_.push_back(r);
  add_key(name, idx);
  return idx;
}

void PlaceTable::rename(std::uint32_t i, std::string_view name) {
  const Rec before = rec(i);
  original_names_[i] = fold_.key(name_of(before));
  original_text_.emplace(i, std::make_pair(before.name_off, before.name_len));
  const std::uint32_t off = add_text(name);
  const auto len = static_cast<std::uint16_t>(name.size());
  if (i < base_.nrecs) {  // in a private mapping, this copies just the page
    base_.refs[i].name_off = off;
    base_.refs[i].name_len = len;
  } else {
    added_[i - base_.nrecs].name_off = off;
    added_[i - base_.nrecs].name_len = len;
  }
  add_key(name, i);
}

void PlaceTable::add_alias(std::uint32_t i, std::string_view spelling) {
  add_key(spelling, i);
  alias_keys_[i].push_back(fold_.key(spelling));
}

// ---------------------------------------------------------------- queries

Rec PlaceTable::rec(std::uint32_t i) const {
  if (i >= base_.nrecs) return added_[i - base_.nrecs];
  const RecRef& a = base_.refs[i];
  const RecGeo& g = base_.geo[i];
  Rec r;
  r.id = g.id;
  r.lat = g.lat;
  r.lon = g.lon;
  r.pop = g.pop;
  r.rank = g.rank;
  r.kind = g.kind;
  r.name_off = a.name_off;
  r.name_len = a.name_len;
  r.country = a.country;
  r.admin1 = a.admin1;
  r.admin2 = a.admin2;
  return r;
}

std::string_view PlaceTable::parent_of(std::uint32_t i) const {
  if (i >= base_.nrecs) return text(added_[i - base_.nrecs].parent_off, added_[i - base_.nrecs].parent_len);
  const ParentRef* end = base_.parents + base_.nparents;
  const ParentRef* p =
      std::lower_bound(base_.parents, end, i, [](const ParentRef& x, std::uint32_t v) { return x.rec < v; });
  return p != end && p->rec == i ? text(p->off, p->len) : std::string_view();
}

std::vector<std::uint32_t> PlaceTable::find_key(std::string_view key) const {
  std::vector<std::uint32_t> out;
  const BaseTables& b = base_;
  if (b.nslots == 0 || key.empty()) return out;
  const std::uint64_t h = key_hash(key);
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  const auto lo = static_cast<std::uint32_t>(h);
  const std::size_t mask = b.nslots - 1;
  for (std::size_t s = h & mask; b.slots[s].key != 0; s = (s + 1) & mask) {
    const std::uint32_t k = b.slots[s].key;
    if (b.slots[s].tag == tag && b.keys[k - 1].hash_lo == lo) {
      out.assign(b.post + b.keys[k - 1].begin, b.post + b.keys[k].begin);  // sorted, once each
      break;
    }
  }
  if ((extra_bloom_ >> (h >> 58)) & 1) {
    if (auto it = extra_keys_.find(h); it != extra_keys_.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
  }
  return out;
}

std::vector<std::uint32_t> PlaceTable::find_place(std::string_view key) const {
  std::vector<std::uint32_t> out = find_key(key);
  // Keys are folded: every form of the article before another word is the article itself.
  const std::string& article = fold_.article();
  std::vector<std::uint32_t> more;
  if (article.empty()) return out;
  if (starts_with_word(key, article))
    more = find_key(key.substr(article.size() + 1));
  else if (key.find(' ') == std::string_view::npos)
    more = find_key(article + " " + std::string(key));
  if (!more.empty()) {
    out.insert(out.end(), more.begin(), more.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

std::optional<std::uint32_t> PlaceTable::find_id(std::int64_t id) const {
  // The first position with an id >= `id` is in the block before the first
  // top entry >= `id` (or at that entry). An image's order is trusted only as
  // far as it leads to a place with this id; anything else (damage) falls
  // back to a scan.
  const BaseTables& b = base_;
  if (b.nrecs > 0 && b.nid_top == (b.nrecs + kIdBlock - 1) / kIdBlock) {
    const auto k = static_cast<std::size_t>(std::lower_bound(b.id_top, b.id_top + b.nid_top, id) - b.id_top);
    const std::size_t lo = k > 0 ? (k - 1) * kIdBlock : 0;
    const std::size_t hi = std::min<std::size_t>(k * kIdBlock + 1, b.nrecs);
    const auto at = static_cast<std::size_t>(std::lower_bound(b.ids + lo, b.ids + hi, id) - b.ids);
    if (at < hi && b.ids[at] == id && b.by_id[at] < b.nrecs && b.geo[b.by_id[at]].id == id) return b.by_id[at];
  }
  for (std::uint32_t i = 0; i < b.nrecs; ++i)
    if (b.geo[i].id == id) return i;
  for (std::uint32_t i = 0; i < added_.size(); ++i)
    if (added_[i].id == id) return b.nrecs + i;
  return std::nullopt;
}

std::string_view PlaceTable::source_name(std::uint32_t i) const {
  const auto it = original_text_.find(i);
  return it == original_text_.end() ? name_of(rec(i)) : text(it->second.first, it->second.second);
}

bool PlaceTable::own_name(std::uint32_t i, std::string_view key) const {
  const std::string nk = fold_.key(name_of(rec(i)));
  // with or without the Arabic article: "Qamishli" is Al Qamishli's own name
  if (nk == key || fold_.without_article(nk) == key || fold_.without_article(key) == nk) return true;
  auto it = original_names_.find(i);
  if (it != original_names_.end() && it->second == key) return true;
  auto al = alias_keys_.find(i);  // places.lex aliases are as good as a name
  return al != alias_keys_.end() && std::find(al->second.begin(), al->second.end(), key) != al->second.end();
}

std::uint16_t PlaceTable::country_by_iso(std::string_view iso) const {
  auto it = country_by_iso_.find(iso);
  return it == country_by_iso_.end() ? kNone : it->second;
}

std::uint16_t PlaceTable::admin1_by_code(std::string_view code) const {
  auto it = admin1_by_code_.find(code);
  return it == admin1_by_code_.end() ? kNone : it->second;
}

std::uint16_t PlaceTable::admin2_by_code(std::string_view code) const {
  auto it = admin2_by_code_.find(code);
  return it == admin2_by_code_.end() ? kNone : it->second;
}

}  // namespace salvo::gaz
