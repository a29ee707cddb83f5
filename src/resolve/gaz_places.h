// resolve/gaz_places.h — the gazetteer's place table and name index.
//
// Owns: the places (GeoNames / Who's On First / UNOSAT rows, and the analysts'
// additions from places.lex), the countries, admin1 regions and admin2
// districts they refer to,
// and the index from a name key (gaz_text.h) to the places of that name. The
// table's base part is either built from text (gaz_tsv.h) and frozen, or the
// tables of a mapped binary image (gaz_image.h) used where they lie; the
// .lex overlay then adds places, names and aliases beside it. Also which
// names are a place's own (its preferred, GeoNames or analyst's name) rather
// than an alternate. Read-only once loaded.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "resolve/gaz_text.h"

namespace salvo::gaz {

constexpr std::uint16_t kNone = 0xFFFF;  // no country, no admin1

// Feature code -> the rank stored with a place, used between namesakes
// (capital > region seat > ... > lost places; gaz_namesakes.h weighs them).
// Stored in the index: changing it needs a new kIndexVersion.
constexpr std::uint8_t kRankCapital = 9;     // PPLC
constexpr std::uint8_t kRankAdmin1Seat = 8;  // PPLA
constexpr std::uint8_t kRankAdmin2Seat = 7;  // PPLA2
constexpr std::uint8_t kRankAdmin3Seat = 6;  // PPLA3, PPLG
constexpr std::uint8_t kRankAdmin4Seat = 5;  // PPLA4, PPLA5
constexpr std::uint8_t kRankPopulated = 4;   // PPL
constexpr std::uint8_t kRankOther = 3;       // PPLX, PPLL, PPLF, PPLS, PPLR, STLMT, ...
constexpr std::uint8_t kRankLost = 1;        // PPLH, PPLQ, PPLW: historical, abandoned, destroyed
std::uint8_t feature_rank(std::string_view feature_code);

// Coordinates as output writes them: 5 decimals (about a metre).
inline double round5(double v) { return std::round(v * 1e5) / 1e5; }

// One place as the resolver reads it: assembled from the two tables below
// for the base places, kept whole for the analysts' (places.lex).
struct Rec {
  std::int64_t id = 0;  // GeoNames id; negative: Who's On First / UNOSAT / analysts' rows
  float lat = 0, lon = 0;
  std::uint32_t pop = 0;
  std::uint32_t name_off = 0;
  std::uint32_t parent_off = 0;  // analysts' places only; the base's are in its parents
  std::uint16_t name_len = 0;
  std::uint16_t parent_len = 0;
  std::uint16_t country = kNone;
  std::uint16_t admin1 = kNone;
  std::uint16_t admin2 = kNone;  // the district (GeoNames admin2) it lies in
  std::uint8_t rank = 0;  // feature_rank()
  std::uint8_t kind = 0;  // PlaceKind
};

// The base places are two tables, so that what must be checked before an
// index is trusted is small: RecRef holds every offset and index a lookup
// follows (12 bytes a place), RecGeo the values that only score and report a
// place (24 bytes). No padding: the index holds these bytes as they are.
struct RecRef {
  std::uint32_t name_off = 0;
  std::uint16_t name_len = 0;
  std::uint16_t country = kNone;
  std::uint16_t admin1 = kNone;
  std::uint16_t admin2 = kNone;
};
struct RecGeo {
  std::int64_t id = 0;
  float lat = 0, lon = 0;
  std::uint32_t pop = 0;
  std::uint8_t rank = 0;
  std::uint8_t kind = 0;
  std::uint16_t spare = 0;
};
// A neighbourhood's city (UNOSAT rows: a few hundred places), sorted by place.
struct ParentRef {
  std::uint32_t rec = 0;
  std::uint32_t off = 0;
  std::uint16_t len = 0;
  std::uint16_t spare = 0;
};
// The name index, frozen once the base places are in: open addressing over
// the distinct keys, and the places of key k one sorted run
// post[keys[k].begin, keys[k+1].begin) (keys has one entry more, the end).
struct Slot {
  std::uint32_t tag;  // high half of the key's hash: most probes never leave the slot
  std::uint32_t key;  // index+1 into keys, 0 = empty
};
struct KeyRun {
  std::uint32_t hash_lo;  // low half of the key's hash
  std::uint32_t begin;    // first of its places in post
};
static_assert(sizeof(RecRef) == 12 && sizeof(RecGeo) == 24 && sizeof(ParentRef) == 12);
static_assert(sizeof(Slot) == 8 && sizeof(KeyRun) == 8);
static_assert(std::is_trivially_copyable_v<RecRef> && std::is_trivially_copyable_v<RecGeo> &&
              std::is_trivially_copyable_v<ParentRef>);

// Ids per block of the id search: a preferred name's id is found in id_top,
// then in one 4 KB block of ids, touching a few pages rather than ~20 spread
// over the places (each page touched maps 64 KB of an index file).
constexpr std::size_t kIdBlock = 512;

// The base tables as the lookups read them: views into a mapped image or
// into the table's own vectors. No pointers inside, only offsets and indexes.
struct BaseTables {
  RecRef* refs = nullptr;  // writable: a preferred name rewrites a place's name
  const RecGeo* geo = nullptr;
  std::uint32_t nrecs = 0;
  const ParentRef* parents = nullptr;
  std::size_t nparents = 0;
  const char* arena = nullptr;  // names
  std::size_t arena_size = 0;
  const Slot* slots = nullptr;
  std::size_t nslots = 0;
  const KeyRun* keys = nullptr;  // nkeys + 1 entries
  std::size_t nkeys = 0;
  const std::uint32_t* post = nullptr;
  std::size_t npost = 0;
  const std::int64_t* ids = nullptr;  // nrecs of them, sorted, with by_id
  const std::uint32_t* by_id = nullptr;
  const std::int64_t* id_top = nullptr;  // every kIdBlock-th of ids
  std::size_t nid_top = 0;
};

struct Country {
  std::string iso, name;
  std::int64_t gid = 0;
  double lat = 0, lon = 0;
  bool has_coords = false;
};

struct Admin1 {
  std::string code;  // "UA.05"
  std::uint16_t country = kNone;
  std::string gn_name, short_name, display;
  std::int64_t gid = 0;
  double lat = 0, lon = 0;
};

// The second-level regions (GeoNames admin2), only what output names them by:
// their names one after the other in `text`, district i's ending at ends[i].
// One string and one array, so that an image's 25,000 names load as two copies.
struct Admin2Names {
  std::string text;
  std::vector<std::uint32_t> ends;
  std::size_t size() const { return ends.size(); }
  std::string_view operator[](std::size_t i) const {
    const std::uint32_t b = i == 0 ? 0 : ends[i - 1];
    return std::string_view(text).substr(b, ends[i] - b);
  }
};

// The word tables are built once at load and only read afterwards: their
// nodes and strings come from one monotonic pool (allocation is a pointer
// bump, and they are freed at once, not one by one), and they are searched
// with a string_view, without building a std::string per lookup.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
struct ViewEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};
template <typename V>
using WordMap = std::pmr::unordered_map<std::pmr::string, V, ViewHash, ViewEq>;
using WordSet = std::pmr::unordered_set<std::pmr::string, ViewHash, ViewEq>;

class PlaceTable {
 public:
  explicit PlaceTable(KeyFolder fold) : fold_(std::move(fold)) {}
  PlaceTable(const PlaceTable&) = delete;
  PlaceTable& operator=(const PlaceTable&) = delete;

  const KeyFolder& fold() const { return fold_; }

  // --- the base, from text: places and keys are queued, then freeze() builds the index
  void reserve(std::size_t places, std::size_t alternates);
  // The country of this ISO2 code, added (named by its code) if new.
  std::uint16_t country_index(std::string_view iso);
  Country& country(std::uint16_t c) { return countries_[c]; }
  void add_admin1(Admin1 a);
  // A district: its code ("UA.04.1206": country, admin1 and admin2 codes) and GeoNames' name.
  void add_admin2(std::string_view code, std::string_view name);
  // Adds a base place (r's name and parent offsets are set here); its index.
  std::uint32_t add_base_place(const Rec& r, std::string_view name, std::string_view parent);
  void add_key(std::string_view name, std::uint32_t rec);
  void freeze();
  bool empty() const { return base_.nrecs == 0 && own_refs_.empty(); }

  // --- the base, from an image: its tables, countries and regions; `mapping`
  // keeps the mapped file alive as long as the table.
  void adopt(const BaseTables& base, std::vector<Country> countries, std::vector<Admin1> admin1,
             Admin2Names admin2, std::shared_ptr<void> mapping);
  const BaseTables& base() const { return base_; }

  // --- the .lex overlay, after the base
  std::vector<Admin1>& admin1_rows() { return admin1_; }
  // An analyst's place (r's name offsets are set here) and its name's key; its index.
  std::uint32_t add_place(Rec r, std::string_view name, std::string_view parent);
  // A preferred name: the place is reported by it; the name it replaces stays its own.
  void rename(std::uint32_t i, std::string_view name);
  // Whether place i was given a preferred name (places.lex).
  bool renamed(std::uint32_t i) const { return original_text_.count(i) > 0; }
  // Another spelling of place i, as good as its own name.
  void add_alias(std::uint32_t i, std::string_view spelling);

  // --- queries
  std::uint32_t size() const { return base_.nrecs + static_cast<std::uint32_t>(added_.size()); }
  Rec rec(std::uint32_t i) const;
  std::string_view name_of(const Rec& r) const { return text(r.name_off, r.name_len); }
  // Place i's name in the source table (GeoNames' primary spelling), before any preferred name.
  std::string_view source_name(std::uint32_t i) const;
  // The city a neighbourhood is reported as, "" if none.
  std::string_view parent_of(std::uint32_t i) const;
  // The places filed under this key, sorted, once each.
  std::vector<std::uint32_t> find_key(std::string_view key) const;
  // The same, and those of the name with or without a leading Arabic article
  // ("al-Bureij" written for "Bureij", "Qamishli" for "Al Qamishli").
  std::vector<std::uint32_t> find_place(std::string_view key) const;
  // The first place with this id, if any.
  std::optional<std::uint32_t> find_id(std::int64_t id) const;
  // Whether `key` is place i's own name (its preferred one, its GeoNames one,
  // or an analyst's alias, with or without the Arabic article), not an alternate.
  bool own_name(std::uint32_t i, std::string_view key) const;

  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<Admin1>& admin1() const { return admin1_; }
  const Admin2Names& admin2() const { return admin2_; }
  std::uint16_t country_by_iso(std::string_view iso) const;  // kNone if unknown
  std::uint16_t admin1_by_code(std::string_view code) const;  // kNone if unknown
  // "UA.04.1206"; kNone if unknown. Only for a table parsed from text (an image's districts are by index).
  std::uint16_t admin2_by_code(std::string_view code) const;

 private:
  // Names: offsets below the base arena's size are the base's, the rest extra_arena_'s.
  std::string_view text(std::uint32_t off, std::uint16_t len) const {
    return off < base_.arena_size ? std::string_view(base_.arena + off, len)
                                  : std::string_view(extra_arena_.data() + (off - base_.arena_size), len);
  }
  std::uint32_t add_text(std::string_view s);  // into own_arena_ before freeze(), else extra_arena_
  void sort_pending();
  void build_slots();
  void point_at_own();

  KeyFolder fold_;
  BaseTables base_;
  std::shared_ptr<void> mapping_;  // the image file, if the base is one

  // the base, when built from text
  std::vector<RecRef> own_refs_;
  std::vector<RecGeo> own_geo_;
  std::vector<ParentRef> own_parents_;
  std::string own_arena_;
  std::vector<Slot> own_slots_;
  std::vector<KeyRun> own_keys_;
  std::vector<std::uint32_t> own_post_, own_by_id_;
  std::vector<std::int64_t> own_ids_, own_id_top_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pending_;  // (key hash, place) queued until freeze()
  bool frozen_ = false;
  std::string scratch_;

  // beside the base: places.lex's places, names and keys
  std::vector<Rec> added_;
  std::string extra_arena_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> extra_keys_;  // key hash -> places
  std::uint64_t extra_bloom_ = 0;  // bit (hash >> 58) of every key in extra_keys_
  std::unordered_map<std::uint32_t, std::string> original_names_;  // key of the name a preferred name replaced
  std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint16_t>> original_text_;  // that name's text
  std::unordered_map<std::uint32_t, std::vector<std::string>> alias_keys_;  // keys of places.lex aliases

  std::vector<Country> countries_;
  std::vector<Admin1> admin1_;
  Admin2Names admin2_;
  std::pmr::monotonic_buffer_resource pool_{std::size_t{64} << 10};  // before the tables that use it
  WordMap<std::uint16_t> country_by_iso_{&pool_};
  WordMap<std::uint16_t> admin1_by_code_{&pool_};  // "UA.05"
  WordMap<std::uint16_t> admin2_by_code_{&pool_};  // "UA.04.1206"
};

}  // namespace salvo::gaz
