// resolve/gazetteer.cpp — the gazetteer's front: loading rules/places into
// its parts and answering the Gazetteer interface with them.
//
// The parts, one concern each: gaz_text (name keys, names.lex), gaz_places
// (the place table and name index), gaz_tsv (places.tsv.gz), gaz_image (the
// binary index), gaz_lex (the analysts' .lex files), gaz_namesakes (choosing
// among namesakes, namesakes.lex) and gaz_resolve (a mention to a location).
// This file owns what joins them: the order of loading (and the thread that
// checks an index meanwhile), lookup()'s records, and the per-thread memo of
// answers by name. docs/PLACES.md tells how resolution works and how analysts
// extend it; docs/ARCHITECTURE.md ("Threading") what state is shared.
#include "resolve/gazetteer.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "resolve/gaz_image.h"
#include "resolve/gaz_lex.h"
#include "resolve/gaz_namesakes.h"
#include "resolve/gaz_places.h"
#include "resolve/gaz_resolve.h"
#include "resolve/gaz_text.h"
#include "resolve/gaz_tsv.h"

namespace salvo {

using namespace gaz;

namespace {

class CompactGazetteer final : public Gazetteer {
 public:
  CompactGazetteer(KeyFolder fold, NamesakeWeights weights) : places_(std::move(fold)), weights_(weights) {}

  std::vector<const PlaceRecord*> lookup(std::string_view name) const override;
  bool is_place_name(std::string_view name) const override;
  bool small_place(std::string_view name) const override;
  std::string country_code(std::string_view word) const override;
  std::string country_name(std::string_view iso2) const override {
    const std::uint16_t c = places_.country_by_iso(iso2);
    return c == kNone ? std::string() : places_.countries()[c].name;
  }
  Location resolve(const PlaceQuery& q) const override { return resolver_.resolve(q); }
  std::size_t size() const override { return places_.size(); }
  const std::string& index_note() const override { return index_note_; }
  std::vector<Diagnostic> check_examples(int& passed) const override {
    passed = 0;
    std::vector<Diagnostic> failed;
    for (const PlaceExample& x : words_.examples()) {
      const Location l = resolve(x.query);
      if (l.name == x.expected) ++passed;
      else failed.push_back({x.file, x.line, "place example '" + x.query.name + "' gave '" + l.name + "', expected '" + x.expected + "'"});
    }
    return failed;
  }

  PlaceTable& places() { return places_; }
  LexOverlay& words() { return words_; }
  // Once everything is loaded: lookup()'s records of countries and regions,
  // and answers by name may be kept from now on (NameMemo).
  void finish();
  std::string index_note_ = "text";

 private:
  std::vector<const PlaceRecord*> lookup_uncached(std::string_view name) const;
  bool is_place_name_uncached(std::string_view name) const;
  std::string country_code_uncached(std::string_view word) const;
  bool big_place(const std::vector<std::uint32_t>& cands, std::string_view key) const;
  const PlaceRecord* materialize(std::uint32_t i) const;

  PlaceTable places_;
  LexOverlay words_;
  NamesakeWeights weights_;
  Resolver resolver_{places_, words_, weights_};
  std::vector<PlaceRecord> country_recs_, admin1_recs_;  // lookup()'s answers for countries and regions

  // lookup()'s records of places, made on first request: pointers to them
  // live as long as the gazetteer. Shared by the threads, hence the lock.
  mutable std::mutex cache_mu_;
  mutable std::unordered_map<std::uint32_t, std::unique_ptr<PlaceRecord>> cache_;

  // The same capitalised words come up sentence after sentence: each thread
  // keeps this gazetteer's answers by name (lookup, is_place_name,
  // country_code) once it is loaded. memo_id_ is unique for the process's
  // life (next_memo_id_ is the one counter of all gazetteers), so a thread's
  // memo never answers for another gazetteer, even one at the same address.
  struct NameMemo {
    std::uint64_t owner = 0;
    std::unordered_map<std::string, std::vector<const PlaceRecord*>, ViewHash, ViewEq> lookup;
    std::unordered_map<std::string, bool, ViewHash, ViewEq> is_place;
    std::unordered_map<std::string, std::string, ViewHash, ViewEq> country;
  };
  NameMemo* memo() const;
  std::uint64_t memo_id_ = 0;  // 0: not loaded yet, no memo
  static inline std::atomic<std::uint64_t> next_memo_id_{0};
};

void CompactGazetteer::finish() {
  for (const Country& c : places_.countries()) {
    PlaceRecord r;
    r.geonames_id = c.gid;
    r.name = c.name;
    r.country = c.iso;
    r.latitude = round5(c.lat);
    r.longitude = round5(c.lon);
    r.kind = PlaceKind::country;
    country_recs_.push_back(std::move(r));
  }
  for (const Admin1& a : places_.admin1()) {
    PlaceRecord r;
    r.geonames_id = a.gid;
    r.name = a.display;
    r.country = places_.countries()[a.country].iso;
    r.admin1 = a.short_name;
    r.latitude = round5(a.lat);
    r.longitude = round5(a.lon);
    r.kind = PlaceKind::admin1;
    admin1_recs_.push_back(std::move(r));
  }
  memo_id_ = next_memo_id_.fetch_add(1) + 1;
}

// ---------------------------------------------------------------- answers by name

const PlaceRecord* CompactGazetteer::materialize(std::uint32_t i) const {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto& slot = cache_[i];
  if (!slot) {
    const Rec r = places_.rec(i);
    auto p = std::make_unique<PlaceRecord>();
    p->geonames_id = r.id;
    p->name = std::string(places_.name_of(r));
    p->country = places_.countries()[r.country].iso;
    p->admin1 = r.admin1 == kNone ? "" : places_.admin1()[r.admin1].short_name;
    p->latitude = round5(r.lat);
    p->longitude = round5(r.lon);
    p->population = r.pop;
    p->kind = static_cast<PlaceKind>(r.kind);
    slot = std::move(p);
  }
  return slot.get();
}

CompactGazetteer::NameMemo* CompactGazetteer::memo() const {
  if (memo_id_ == 0) return nullptr;
  thread_local NameMemo m;
  // a bound on memory: a long run over many languages meets many names
  constexpr std::size_t kMaxNames = 1 << 16;
  if (m.owner != memo_id_ || m.lookup.size() + m.is_place.size() + m.country.size() > kMaxNames) {
    m.lookup.clear();
    m.is_place.clear();
    m.country.clear();
    m.owner = memo_id_;
  }
  return &m;
}

// Answers by name, through this thread's memo once the gazetteer is loaded.
template <class Map, class Compute>
auto memoized(Map* map, std::string_view name, Compute&& compute) {
  if (map == nullptr) return compute();
  if (auto it = map->find(name); it != map->end()) return it->second;
  return map->emplace(std::string(name), compute()).first->second;
}

std::vector<const PlaceRecord*> CompactGazetteer::lookup(std::string_view name) const {
  NameMemo* m = memo();
  return memoized(m ? &m->lookup : nullptr, name, [&] { return lookup_uncached(name); });
}

bool CompactGazetteer::is_place_name(std::string_view name) const {
  NameMemo* m = memo();
  return memoized(m ? &m->is_place : nullptr, name, [&] { return is_place_name_uncached(name); });
}

std::string CompactGazetteer::country_code(std::string_view word) const {
  NameMemo* m = memo();
  return memoized(m ? &m->country : nullptr, word, [&] { return country_code_uncached(word); });
}

std::vector<const PlaceRecord*> CompactGazetteer::lookup_uncached(std::string_view name) const {
  std::vector<const PlaceRecord*> out;
  std::string key = places_.fold().key(name);
  places_.fold().drop_leading_article(key);
  // A country first (callers test front()->kind), then settlements, then regions.
  if (const CountryKey* c = words_.country_key(key); c != nullptr && c->is_name)
    out.push_back(&country_recs_[c->country]);
  for (std::uint32_t i : places_.find_place(key)) out.push_back(materialize(i));
  std::string rkey = key;
  const bool region_word = places_.fold().strip_region_words(rkey);
  if (const auto* r = words_.regions_of_key(rkey); r != nullptr && (region_word || rkey == key))
    for (std::uint16_t a : *r) out.push_back(&admin1_recs_[a]);
  return out;
}

bool CompactGazetteer::big_place(const std::vector<std::uint32_t>& cands, std::string_view key) const {
  // By its own name: Hong Kong's old alternate "Victoria" does not make the word a place.
  for (std::uint32_t i : cands) {
    const Rec r = places_.rec(i);
    if (places_.fold().key(places_.name_of(r)) == key &&
        (r.pop >= words_.big_population() || (r.rank == kRankCapital && r.pop >= words_.big_capital_population())))
      return true;
  }
  return false;
}

bool CompactGazetteer::small_place(std::string_view name) const {
  const std::uint32_t limit = words_.small_population();
  if (limit == 0) return false;
  const auto recs = lookup(name);
  if (recs.empty()) return false;
  return std::all_of(recs.begin(), recs.end(), [&](const PlaceRecord* r) {
    return (r->kind == PlaceKind::settlement || r->kind == PlaceKind::district) && r->population < limit;
  });
}

bool CompactGazetteer::is_place_name_uncached(std::string_view name) const {
  const std::string k = places_.fold().key(name);
  const CountryKey* c = words_.country_key(k);
  if (k.size() < 3 || c != nullptr) return c != nullptr && c->is_name;
  const std::vector<std::uint32_t> cands = places_.find_key(k);
  if (words_.is_stop_word(k)) return big_place(cands, k);
  if (!cands.empty()) return true;
  // "Donetsk oblast", "Gaza Strip", "Crimea": yes; "Crimean" (only listed as
  // "Crimean peninsula") no.
  std::string r = k;
  const bool had_region_word = places_.fold().strip_region_words(r);
  return words_.regions_of_key(r) != nullptr && (had_region_word || words_.is_region_name(k));
}

std::string CompactGazetteer::country_code_uncached(std::string_view word) const {
  std::string k = places_.fold().key(word);
  places_.fold().drop_leading_article(k);
  const CountryKey* c = words_.country_key(k);
  return c == nullptr ? std::string() : places_.countries()[c->country].iso;
}

// ---------------------------------------------------------------- loading

// The index path: the image mapped, its check shared with a second thread
// while this one reads the .lex files that need no table; places.lex waits
// for the verdict. nullptr (and why) if the index is not used.
std::shared_ptr<CompactGazetteer> load_with_index(const std::filesystem::path& dir, const std::filesystem::path& index,
                                                  const KeyFolder& fold, const NamesakeWeights& weights,
                                                  const GazetteerOverlay& overlay, std::vector<Diagnostic>& problems,
                                                  std::string& why) {
  const std::string stamp = source_stamp(dir / "places.tsv.gz");
  if (stamp.empty()) {
    why = "cannot read " + (dir / "places.tsv.gz").string();
    return nullptr;
  }
  auto g = std::make_shared<CompactGazetteer>(fold, weights);
  g->words().set_languages(overlay);
  if (!map_image(index, stamp, g->places(), why)) return nullptr;
  LexFile places_lex;
  TableCheck check(g->places());
  if (std::thread::hardware_concurrency() > 1) {
    // This thread helps with what is left of the check once the .lex files are read.
    std::thread checker([&] { check.work(); });
    try {
      g->words().read_first(dir, g->places(), places_lex, problems);
      check.work();
    } catch (...) {
      checker.join();
      throw;
    }
    checker.join();
  } else {
    check.work();
    if (check.verdict() == nullptr) g->words().read_first(dir, g->places(), places_lex, problems);
  }
  if (const char* damage = check.verdict()) {
    why = std::string("damaged (") + damage + ")";
    problems.clear();  // the text will be read again from the start
    return nullptr;
  }
  g->index_note_ = "index " + index.string();
  g->words().apply_places(places_lex, g->places(), problems);
  return g;
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& dir,
                                                         const std::filesystem::path& index,
                                                         const GazetteerOverlay& overlay) {
  std::vector<Diagnostic> problems;
  const LexFile names_lex = read_lexfile(dir / "names.lex", problems);
  const KeyFolder fold = KeyFolder::from(names_lex, problems);
  const NamesakeWeights weights = NamesakeWeights::read(dir / "namesakes.lex", problems);
  if (!problems.empty()) return Status::errors(std::move(problems));
  std::shared_ptr<CompactGazetteer> g;
  std::string index_note = "text";
  if (!index.empty()) {
    std::string why;
    g = load_with_index(dir, index, fold, weights, overlay, problems, why);
    if (!g) index_note = "text (index " + index.string() + " ignored: " + why + ")";
  }
  if (!g) {
    g = std::make_shared<CompactGazetteer>(fold, weights);
    g->words().set_languages(overlay);
    g->index_note_ = index_note;
    if (Status st = read_places_tsv(dir / "places.tsv.gz", g->places()); !st.ok()) return st;
    LexFile places_lex;
    g->words().read_first(dir, g->places(), places_lex, problems);
    g->words().apply_places(places_lex, g->places(), problems);
  }
  g->words().add_examples(names_lex, g->places(), problems);
  if (!problems.empty()) return Status::errors(std::move(problems));
  g->finish();
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Status Gazetteer::write_index(const std::filesystem::path& dir, const std::filesystem::path& out) {
  const std::filesystem::path data = dir / "places.tsv.gz";
  const std::string stamp = source_stamp(data);
  if (stamp.empty()) return Status::error(data.string() + ": cannot read");
  std::vector<Diagnostic> problems;
  PlaceTable t(KeyFolder::read(dir / "names.lex", problems));
  if (!problems.empty()) return Status::errors(std::move(problems));
  if (Status st = read_places_tsv(data, t); !st.ok()) return st;
  return write_image(t, out, stamp);
}

}  // namespace salvo
