// resolve/gazetteer.cpp — the compact gazetteer: loading rules/places and
// resolving place mentions. See gazetteer.h for what it owns and
// docs/PLACES.md for how resolution works and how analysts extend it.
#include "resolve/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstddef>
#include <cstring>
#include <deque>
#include <map>
#include <memory_resource>
#include <mutex>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "resolve/gaz_text.h"
#include "rules/lexfile.h"

namespace salvo {
namespace {

using gaz::key_hash;
using gaz::normalize_key;
using gaz::normalize_key_into;

constexpr std::uint16_t kNone = 0xFFFF;

// One place as the resolver reads it: assembled from the two tables below
// for the gazetteer's places, kept whole for the analysts' (places.lex).
struct Rec {
  std::int64_t id = 0;  // GeoNames id; negative: Who's On First / UNOSAT / analysts' rows
  float lat = 0, lon = 0;
  std::uint32_t pop = 0;
  std::uint32_t name_off = 0;
  std::uint32_t parent_off = 0;  // analysts' places only; the table's are in its parents
  std::uint16_t name_len = 0;
  std::uint16_t parent_len = 0;
  std::uint16_t country = kNone;
  std::uint16_t admin1 = kNone;
  std::uint8_t rank = 0;  // feature-code rank, see feature_rank()
  std::uint8_t kind = 0;  // PlaceKind
};

// The gazetteer's places are two tables, so that what must be checked before
// an index is trusted is small: RecRef holds every offset and index a lookup
// follows (12 bytes a place), RecGeo the values that only score and report a
// place (24 bytes). No padding: the index holds these bytes as they are.
struct RecRef {
  std::uint32_t name_off = 0;
  std::uint16_t name_len = 0;
  std::uint16_t country = kNone;
  std::uint16_t admin1 = kNone;
  std::uint16_t spare = 0;
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
static_assert(sizeof(RecRef) == 12 && sizeof(RecGeo) == 24 && sizeof(ParentRef) == 12);
static_assert(std::is_trivially_copyable_v<RecRef> && std::is_trivially_copyable_v<RecGeo> &&
              std::is_trivially_copyable_v<ParentRef>);

// The name index, frozen once the places are parsed: open addressing over the
// distinct keys, and the places of key k one sorted run
// post[keys[k].begin, keys[k+1].begin) (keys has one entry more, the end).
// No pointers, so the index file's bytes are used as they are.
struct Slot {
  std::uint32_t tag;  // high half of the key's hash: most probes never leave the slot
  std::uint32_t key;  // index+1 into keys, 0 = empty
};
struct KeyRun {
  std::uint32_t hash_lo;  // low half of the key's hash
  std::uint32_t begin;    // first of its places in post
};
static_assert(sizeof(Slot) == 8 && sizeof(KeyRun) == 8);

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

// The word tables (regions, countries, stop words, codes) are built once at
// load and only read afterwards: their nodes and strings come from one
// monotonic pool (allocation is a pointer bump, and they are freed at once,
// not one by one: ~17,000 frees at exit before), and they are searched with
// a string_view, without building a std::string per lookup.
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

struct CountryKey {
  std::uint16_t country;
  bool is_name;  // "Ukraine" (a place) rather than "Ukrainian"
};

// Feature code -> rank used between namesakes (capital > region seat > ... >
// lost places).
std::uint8_t feature_rank(std::string_view f) {
  if (f == "PPLC") return 9;
  if (f == "PPLA") return 8;
  if (f == "PPLA2") return 7;
  if (f == "PPLA3" || f == "PPLG") return 6;
  if (f == "PPLA4" || f == "PPLA5") return 5;
  if (f == "PPL") return 4;
  if (f == "PPLH" || f == "PPLQ" || f == "PPLW") return 1;
  return 3;  // PPLX, PPLL, PPLF, PPLS, PPLR, STLMT
}

double rank_bonus(std::uint8_t r) {
  switch (r) {
    case 9: return 3.0;
    case 8: return 2.0;
    case 7: return 1.0;
    case 6: return 0.5;
    case 1: return -2.0;
    default: return 0.0;
  }
}

// ---------------------------------------------------------------- binary index
//
// The file is mapped and its tables used where they lie (native byte order;
// the header records what it was written with):
//   IndexHeader (below), then at 64-byte aligned offsets the sections it lists:
//   refs (RecRef) and geo (RecGeo), one each per place, parents (ParentRef),
//   arena (names), slots (Slot), keys (KeyRun, one more than the distinct
//   keys), post (u32 place of each run entry), ids (i64, the places' ids in
//   order) with by_id (u32, the place of each) and id_top (i64, every
//   kIdBlock-th of ids), for places.lex's preferred names, and meta:
//   countries and admin1 regions, small and with strings, copied out:
//     u64 n countries { str iso, str name, i64 gid, f64 lat, f64 lon, u8 has_coords }
//     u64 n admin1    { str code, u16 country, str gn_name, i64 gid, f64 lat, f64 lon }
//   where str = u64 length + bytes.
// Before anything is used, every offset and index the lookups follow is
// checked against the table sizes (check_tables: refs, parents, slots, keys,
// post; ~36 MB), so a damaged file is refused, never followed out of bounds.
// geo holds no offset; ids, by_id and id_top are a search order, checked
// where they are used.
constexpr char kIndexMagic[8] = {'S', 'A', 'L', 'V', 'O', 'G', 'Z', 'X'};
constexpr std::uint32_t kIndexVersion = 4;  // 4: keys fold Arabic articles and final -ah
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint64_t kSectionAlign = 64;
// Ids per block of the id search: a preferred name's id is found in id_top,
// then in one 4 KB block of ids, touching a few pages rather than ~20 spread
// over the places (each page touched maps 64 KB of the file).
constexpr std::size_t kIdBlock = 512;

struct Section {
  std::uint64_t offset = 0, count = 0;  // count in elements
};
struct IndexHeader {
  char magic[8];
  std::uint32_t version = 0, byte_order = 0;
  std::uint32_t ref_size = 0, geo_size = 0, parent_size = 0, slot_size = 0, key_size = 0, header_size = 0;
  std::uint64_t key_check = 0;  // key_check(): the key folding and hash the tables were made with
  std::uint64_t file_size = 0;
  std::uint64_t stamp_len = 0;
  char stamp[64];  // source_stamp() of the places.tsv.gz it was made from
  Section refs, geo, parents, arena, slots, keys, post, ids, by_id, id_top, meta;
};
static_assert(sizeof(IndexHeader) == 8 + 8 * 4 + 3 * 8 + 64 + 11 * 16 && std::is_trivially_copyable_v<IndexHeader>);

// A few spellings through normalize_key and key_hash: an index made by a
// salvo that folds or hashes keys otherwise finds nothing, so it is refused.
std::uint64_t key_check() {
  std::uint64_t h = 0;
  for (std::string_view probe : {"Kryvyy Rih", "Dayr al Balaḩ", "Kharkivs’ka Oblast’", "Rostov-on-Don", "Ilovays'k"})
    h = h * 31 + key_hash(normalize_key(probe));
  return h;
}

class BinWriter {
 public:
  explicit BinWriter(std::FILE* f) : f_(f) {}
  void raw(const void* p, std::size_t n) {
    ok_ = ok_ && (n == 0 || std::fwrite(p, 1, n, f_) == n);
    pos_ += n;
  }
  template <typename T>
  void pod(const T& v) { raw(&v, sizeof v); }
  template <typename T>
  void array(const T* p, std::size_t n) { raw(p, n * sizeof(T)); }
  void pad_to(std::uint64_t pos) {
    static const char zeros[kSectionAlign] = {};
    while (pos_ < pos) raw(zeros, std::min<std::uint64_t>(pos - pos_, sizeof zeros));
  }
  bool ok() const { return ok_; }

 private:
  std::FILE* f_;
  std::uint64_t pos_ = 0;
  bool ok_ = true;
};

// Appends the meta section's encoding to a string.
struct MetaWriter {
  std::string out;
  void raw(const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); }
  template <typename T>
  void pod(const T& v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    pod<std::uint64_t>(s.size());
    raw(s.data(), s.size());
  }
};

// Reads the meta section; every length is checked against the bytes left.
class MetaReader {
 public:
  MetaReader(const char* p, std::size_t n) : p_(p), left_(n) {}
  bool raw(void* out, std::size_t n) {
    if (!ok_ || left_ < n) return ok_ = false;
    if (n) std::memcpy(out, p_, n);
    p_ += n;
    left_ -= n;
    return true;
  }
  template <typename T>
  bool pod(T& v) { return raw(&v, sizeof v); }
  bool str(std::string& s) {
    std::uint64_t n = 0;
    if (!pod(n) || n > left_) return ok_ = false;
    s.assign(p_, n);
    p_ += n;
    left_ -= n;
    return true;
  }
  bool at_end() const { return ok_ && left_ == 0; }

 private:
  const char* p_;
  std::size_t left_;
  bool ok_ = true;
};

// Identifies the bytes of a places.tsv.gz cheaply: its size and the gzip
// trailer (CRC-32 and length of the uncompressed text). "" if unreadable.
std::string source_stamp(const std::filesystem::path& gz) {
  std::FILE* f = std::fopen(gz.string().c_str(), "rb");
  if (f == nullptr) return {};
  std::string stamp;
  unsigned char trailer[8];
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size >= 8 && std::fseek(f, size - 8, SEEK_SET) == 0 && std::fread(trailer, 1, 8, f) == 8) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%ld:", size);
      stamp = buf;
      for (unsigned char c : trailer) {
        std::snprintf(buf, sizeof buf, "%02x", c);
        stamp += buf;
      }
    }
  }
  std::fclose(f);
  return stamp;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (true) {
    const std::size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

template <typename T>
bool parse_num(std::string_view s, T& out) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "-18.5667" -> -18.5667f without from_chars' generality (700k x 2 per load).
bool parse_coord(std::string_view s, float& out) {
  bool neg = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  std::int64_t v = 0, scale = 1;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' && !dot) {
      dot = true;
    } else if (c >= '0' && c <= '9' && scale < 100000000) {
      v = v * 10 + (c - '0');
      if (dot) scale *= 10;
      digits = true;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  out = static_cast<float>(static_cast<double>(neg ? -v : v) / static_cast<double>(scale));
  return true;
}

bool starts_with_word(std::string_view key, std::string_view w) {
  return key.size() > w.size() && key.substr(0, w.size()) == w && key[w.size()] == ' ';
}
bool ends_with_word(std::string_view key, std::string_view w) {
  // the space and the last letter first: most tries end there, without a memcmp
  return key.size() > w.size() && key[key.size() - w.size() - 1] == ' ' && key.back() == w.back() &&
         key.substr(key.size() - w.size()) == w;
}

constexpr std::string_view kRegionWords[] = {"oblast", "region", "province", "governorate", "state",
                                             "republic", "krai", "kray", "peninsula", "muhafazat",
                                             "autonomous republic", "district", "area", "oblasti",
                                             "raion", "rayon", "hromada", "community", "municipality"};

// "the donetsk oblast" -> "donetsk"; "muhafazat karbala" -> "karbala". Returns
// whether a region word was removed.
bool strip_region_words(std::string& key) {
  // Every word stripped is followed or preceded by a space: one word, nothing to do.
  if (key.find(' ') == std::string::npos) return false;
  bool stripped = false;
  if (starts_with_word(key, "the")) key.erase(0, 4);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view w : kRegionWords) {
      if (ends_with_word(key, w)) {
        key.resize(key.size() - w.size() - 1);
        stripped = again = true;
      } else if (w == "muhafazat" && starts_with_word(key, w)) {
        key.erase(0, w.size() + 1);
        again = true;
      }
    }
  }
  return stripped;
}

// Arabic article forms a text may add or drop: "al-Bureij" / "Bureij".
constexpr std::string_view kArticles[] = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ed", "es", "et"};

// "al qamishli" -> "qamishli"; a key without a leading article is returned as is.
std::string_view without_article(std::string_view key) {
  for (std::string_view a : kArticles)
    if (key.size() > a.size() + 1 && key.substr(0, a.size()) == a && key[a.size()] == ' ')
      return key.substr(a.size() + 1);
  return key;
}

double km_between(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kDeg = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * kDeg, dlon = (lon2 - lon1) * kDeg;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kDeg) * std::cos(lat2 * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::asin(std::sqrt(std::min(1.0, a)));
}

// Equal ignoring ASCII case and a leading "the ".
bool same_spelling(std::string_view a, std::string_view b) {
  auto strip_the = [](std::string_view s) {
    s = trim(s);
    if (s.size() > 4 && (s[0] == 'T' || s[0] == 't') && (s.substr(1, 3) == "he " || s.substr(1, 3) == "HE "))
      s.remove_prefix(4);
    return s;
  };
  a = strip_the(a);
  b = strip_the(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

double round5(float v) { return std::round(static_cast<double>(v) * 1e5) / 1e5; }

class CompactGazetteer final : public Gazetteer {
 public:
  CompactGazetteer() = default;
  CompactGazetteer(const CompactGazetteer&) = delete;
  CompactGazetteer& operator=(const CompactGazetteer&) = delete;
  ~CompactGazetteer() override {
    if (map_ != nullptr) ::munmap(map_, map_size_);
  }

  Status load_data(const std::filesystem::path& file);
  // The .lex files: first those that need no place table (admin1, countries,
  // stop and common words; places.lex only read), then places.lex's places,
  // preferred names and aliases, which use the table.
  void load_lex_first(const std::filesystem::path& dir, LexFile& places_lex, std::vector<Diagnostic>& problems);
  void load_lex_places(const LexFile& pl, std::vector<Diagnostic>& problems);
  Status load_rules(const std::filesystem::path& dir) {
    std::vector<Diagnostic> problems;
    LexFile pl;
    load_lex_first(dir, pl, problems);
    load_lex_places(pl, problems);
    if (!problems.empty()) return Status::errors(std::move(problems));
    return {};
  }

  std::vector<const PlaceRecord*> lookup(std::string_view name) const override;
  bool is_place_name(std::string_view name) const override;
  std::string country_code(std::string_view word) const override;
  std::string country_name(std::string_view iso2) const override {
    auto it = country_by_iso_.find(iso2);
    return it == country_by_iso_.end() ? std::string() : countries_[it->second].name;
  }
  Location resolve(const PlaceQuery& q) const override;
  std::size_t size() const override { return nbase_ + added_recs_.size(); }
  const std::string& index_note() const override { return index_note_; }

  // The binary image of what load_data() builds (see write_index/load).
  Status save_index(const std::filesystem::path& out, const std::string& stamp) const;
  // Maps the file and takes its header and countries/regions: false (with the
  // reason in `why`) when it is not an image of the places.tsv.gz whose stamp
  // is given. The tables are then used only once check_tables() passes; if it
  // or this fails, the object must be dropped.
  bool read_index(const std::filesystem::path& file, const std::string& stamp, std::string& why);
  // Checks every offset and index of the tables; nullptr if all are in range,
  // else what is not. In pieces (check_piece, any order, any thread), judged
  // together (check_verdict): see TableCheck.
  const char* check_tables() const;
  static constexpr std::size_t kSlotPieces = 8, kKeyPieces = 2, kRefPieces = 4;
  static constexpr std::size_t kCheckPieces = kSlotPieces + kKeyPieces + 1 + kRefPieces + 1;
  const char* check_piece(std::size_t k, bool& empty_slot) const;
  const char* check_verdict(const std::array<const char*, kCheckPieces>& failed,
                            const std::array<bool, kCheckPieces>& empty_slot) const;
  std::string index_note_ = "text";
  GazetteerOverlay overlay_;  // the language folders' files read with this folder's

 private:
  // --- the tables: in the mapped index file, or in own_* when parsed from text ---
  // Places 0..nbase_-1 are the table's; places.lex adds the rest (added_recs_).
  Rec rec(std::uint32_t i) const {
    if (i >= nbase_) return added_recs_[i - nbase_];
    const RecRef& a = refs_[i];
    const RecGeo& g = geo_[i];
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
    return r;
  }
  std::int64_t id_of(std::uint32_t i) const { return i < nbase_ ? geo_[i].id : added_recs_[i - nbase_].id; }
  void set_name(std::uint32_t i, std::uint32_t off, std::uint16_t len) {
    if (i < nbase_) {
      refs_[i].name_off = off;
      refs_[i].name_len = len;
    } else {
      added_recs_[i - nbase_].name_off = off;
      added_recs_[i - nbase_].name_len = len;
    }
  }
  // Names: offsets below arena_size_ are the table's, the rest extra_arena_'s.
  std::string_view text(std::uint32_t off, std::uint16_t len) const {
    return off < arena_size_ ? std::string_view(arena_ + off, len)
                             : std::string_view(extra_arena_.data() + (off - arena_size_), len);
  }
  // After load_data: sorts the queued keys into the frozen index (own_*) and points the views at it.
  void freeze();
  void point_at_own();
  bool use_image(char* base, std::size_t size, const std::string& stamp, std::string& why);

  // Keys from places.tsv.gz are queued, then frozen; keys added by the .lex
  // files (places, preferred names, aliases) go to a small table beside it.
  void add_key(std::string_view name, std::uint32_t rec);
  std::vector<std::uint32_t> find_key(std::string_view key) const;
  std::vector<std::uint32_t> find_place(std::string_view key) const;  // with article fallbacks
  // The first place with this id, if any.
  std::optional<std::uint32_t> find_id(std::int64_t id) const;

  // --- loading helpers ---
  Status parse_line(std::string_view line, std::size_t lineno);
  std::uint16_t country_index(std::string_view iso);
  std::uint32_t add_text(std::string_view s);  // into own_arena_ while parsing, else extra_arena_
  void add_region_key(const std::string& name, std::uint16_t a);

  // --- resolution helpers ---
  std::string_view name_of(const Rec& r) const { return text(r.name_off, r.name_len); }
  // The place's own name (its preferred one or its GeoNames one), not an alternate.
  bool own_name(std::uint32_t i, std::string_view key) const {
    const std::string nk = normalize_key(name_of(rec(i)));
    // with or without the Arabic article: "Qamishli" is Al Qamishli's own name
    if (nk == key || without_article(nk) == key || without_article(key) == nk) return true;
    auto it = original_names_.find(i);
    if (it != original_names_.end() && it->second == key) return true;
    auto al = analyst_aliases_.find(i);  // places.lex aliases are as good as a name
    return al != analyst_aliases_.end() && std::find(al->second.begin(), al->second.end(), key) != al->second.end();
  }
  // The city a neighbourhood is reported as, "" if none.
  std::string_view parent_of(std::uint32_t i) const {
    if (i >= nbase_) return text(added_recs_[i - nbase_].parent_off, added_recs_[i - nbase_].parent_len);
    const ParentRef* end = parents_ + nparents_;
    const ParentRef* p = std::lower_bound(parents_, end, i, [](const ParentRef& x, std::uint32_t v) { return x.rec < v; });
    return p != end && p->rec == i ? text(p->off, p->len) : std::string_view();
  }
  std::vector<std::uint16_t> regions_for(std::string_view text) const;
  std::uint16_t pick_region(const std::vector<std::uint16_t>& regions, const PlaceQuery& q,
                            std::uint16_t country_hint) const;
  // anchor: a town the text places this one near or in the district of
  // ("Shakhove, Pokrovsk district"), or nullptr.
  std::optional<std::uint32_t> choose(const std::vector<std::uint32_t>& cands, std::string_view key,
                                      const PlaceQuery& q, std::uint16_t country_hint,
                                      const std::vector<std::uint16_t>& region_hint,
                                      const Rec* anchor = nullptr) const;
  Location from_rec(const Rec& r, const PlaceQuery& q) const;
  Location from_admin1(std::uint16_t a, const PlaceQuery& q) const;
  Location from_country(std::uint16_t c, const PlaceQuery& q) const;
  bool big_place(const std::vector<std::uint32_t>& cands, std::string_view key) const;
  const PlaceRecord* materialize(std::uint32_t i) const;

  // Views of the tables. refs_ is writable: a preferred name rewrites a
  // place's name (in a private mapping only that page is copied).
  RecRef* refs_ = nullptr;
  const RecGeo* geo_ = nullptr;
  std::uint32_t nbase_ = 0;
  const ParentRef* parents_ = nullptr;
  std::size_t nparents_ = 0;
  const char* arena_ = nullptr;
  std::size_t arena_size_ = 0;
  const Slot* slots_ = nullptr;
  std::size_t nslots_ = 0;
  const KeyRun* keys_ = nullptr;  // nkeys_ + 1 entries
  std::size_t nkeys_ = 0;
  const std::uint32_t* post_ = nullptr;
  std::size_t npost_ = 0;
  const std::int64_t* ids_ = nullptr;  // nbase_ of them, with by_id_
  const std::uint32_t* by_id_ = nullptr;
  const std::int64_t* id_top_ = nullptr;
  std::size_t nid_top_ = 0;

  void* map_ = nullptr;  // the index file, mapped private
  std::size_t map_size_ = 0;
  std::vector<RecRef> own_refs_;  // parsed from text
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

  std::vector<Rec> added_recs_;  // places.lex [place ...]
  std::string extra_arena_;      // their names, preferred names
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> extra_keys_;  // key hash -> places
  std::uint64_t extra_bloom_ = 0;  // bit (hash >> 58) of every key in extra_keys_

  std::vector<Country> countries_;
  std::pmr::monotonic_buffer_resource pool_{std::size_t{1} << 20};  // before the tables that use it
  WordMap<std::uint16_t> country_by_iso_{&pool_};
  std::vector<Admin1> admin1_;
  WordMap<std::uint16_t> admin1_by_code_{&pool_};  // "UA.05"
  WordMap<std::pmr::vector<std::uint16_t>> region_keys_{&pool_};  // without "oblast" etc.
  WordSet region_names_{&pool_};  // as listed: "crimean peninsula", not "crimean"
  WordMap<CountryKey> country_keys_{&pool_};
  WordSet stop_words_{&pool_};
  std::uint32_t big_population_ = 1000000;
  std::uint32_t big_capital_population_ = 100000;
  std::int64_t next_local_id_ = -2000000000000LL;

  // parse state
  std::int64_t prev_id_ = 0;
  std::uint16_t last_place_country_ = kNone;
  std::string admin1_key_, last_admin1_code_;
  std::uint16_t last_admin1_ = kNone, last_admin1_country_ = kNone;
  std::uint16_t last_country_ = kNone;
  std::string last_cc_;

  std::unordered_map<std::uint32_t, std::string> original_names_;  // key of the name a preferred name replaced
  std::unordered_map<std::uint32_t, std::vector<std::string>> analyst_aliases_;  // keys from places.lex [aliases]
  std::vector<PlaceRecord> country_recs_, admin1_recs_;  // lookup()'s answers for countries and regions

  mutable std::mutex cache_mu_;
  mutable std::unordered_map<std::uint32_t, std::unique_ptr<PlaceRecord>> cache_;

 public:
  // Once loaded, the tables no longer change: answers by name may be kept (NameMemo).
  void keep_answers() { memo_id_ = next_memo_id_.fetch_add(1) + 1; }

 private:
  // The same capitalised words come up sentence after sentence: each thread
  // keeps this gazetteer's answers by name (lookup, is_place_name,
  // country_code) once it is frozen. memo_id_ is unique for the process's
  // life, so a memo never outlives its gazetteer's answers.
  struct NameMemo {
    std::uint64_t owner = 0;
    std::unordered_map<std::string, std::vector<const PlaceRecord*>, ViewHash, ViewEq> lookup;
    std::unordered_map<std::string, bool, ViewHash, ViewEq> is_place;
    std::unordered_map<std::string, std::string, ViewHash, ViewEq> country;
  };
  NameMemo* memo() const;
  std::uint64_t memo_id_ = 0;  // 0: not frozen, no memo
  static inline std::atomic<std::uint64_t> next_memo_id_{0};
  std::vector<const PlaceRecord*> lookup_uncached(std::string_view name) const;
  bool is_place_name_uncached(std::string_view name) const;
  std::string country_code_uncached(std::string_view word) const;
};

// ---------------------------------------------------------------- index

void CompactGazetteer::add_key(std::string_view name, std::uint32_t rec) {
  normalize_key_into(name, scratch_);
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

void CompactGazetteer::freeze() {
  // Sorted by (hash, place): hashes are uniform, so a counting pass on their
  // top 16 bits leaves buckets of a dozen pairs to sort (~5x faster than std::sort).
  {
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
  }
  pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
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

void CompactGazetteer::point_at_own() {
  refs_ = own_refs_.data();
  geo_ = own_geo_.data();
  nbase_ = static_cast<std::uint32_t>(own_refs_.size());
  parents_ = own_parents_.data();
  nparents_ = own_parents_.size();
  arena_ = own_arena_.data();
  arena_size_ = own_arena_.size();
  slots_ = own_slots_.data();
  nslots_ = own_slots_.size();
  keys_ = own_keys_.data();
  nkeys_ = own_keys_.empty() ? 0 : own_keys_.size() - 1;
  post_ = own_post_.data();
  npost_ = own_post_.size();
  ids_ = own_ids_.data();
  by_id_ = own_by_id_.data();
  id_top_ = own_id_top_.data();
  nid_top_ = own_id_top_.size();
}

std::vector<std::uint32_t> CompactGazetteer::find_key(std::string_view key) const {
  std::vector<std::uint32_t> out;
  if (nslots_ == 0 || key.empty()) return out;
  const std::uint64_t h = key_hash(key);
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  const auto lo = static_cast<std::uint32_t>(h);
  const std::size_t mask = nslots_ - 1;
  for (std::size_t s = h & mask; slots_[s].key != 0; s = (s + 1) & mask) {
    const std::uint32_t k = slots_[s].key;
    if (slots_[s].tag == tag && keys_[k - 1].hash_lo == lo) {
      out.assign(post_ + keys_[k - 1].begin, post_ + keys_[k].begin);  // sorted, once each
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

std::optional<std::uint32_t> CompactGazetteer::find_id(std::int64_t id) const {
  // The first position with an id >= `id` is in the block before the first
  // top entry >= `id` (or at that entry). A file's order is trusted only as
  // far as it leads to a place with this id; anything else (damage) falls
  // back to a scan.
  if (nbase_ > 0 && nid_top_ == (nbase_ + kIdBlock - 1) / kIdBlock) {
    const std::size_t k = static_cast<std::size_t>(std::lower_bound(id_top_, id_top_ + nid_top_, id) - id_top_);
    const std::size_t lo = k > 0 ? (k - 1) * kIdBlock : 0;
    const std::size_t hi = std::min<std::size_t>(k * kIdBlock + 1, nbase_);
    const std::size_t at = static_cast<std::size_t>(std::lower_bound(ids_ + lo, ids_ + hi, id) - ids_);
    if (at < hi && ids_[at] == id && by_id_[at] < nbase_ && geo_[by_id_[at]].id == id) return by_id_[at];
  }
  for (std::uint32_t i = 0; i < nbase_; ++i)
    if (geo_[i].id == id) return i;
  for (std::uint32_t i = 0; i < added_recs_.size(); ++i)
    if (added_recs_[i].id == id) return nbase_ + i;
  return std::nullopt;
}

std::vector<std::uint32_t> CompactGazetteer::find_place(std::string_view key) const {
  // "al-Bureij" written for "Bureij", "Qamishli" for "Al Qamishli": the name
  // with and without an Arabic article are both candidates.
  std::vector<std::uint32_t> out = find_key(key);
  std::vector<std::uint32_t> more;
  bool had_article = false;
  for (std::string_view a : kArticles) {
    if (starts_with_word(key, a)) {
      more = find_key(key.substr(a.size() + 1));
      had_article = true;
      break;
    }
  }
  if (!had_article && key.find(' ') == std::string_view::npos) more = find_key("al " + std::string(key));
  if (!more.empty()) {
    out.insert(out.end(), more.begin(), more.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

// ---------------------------------------------------------------- loading

std::uint16_t CompactGazetteer::country_index(std::string_view iso) {
  if (iso == last_cc_) return last_country_;
  auto it = country_by_iso_.find(iso);
  std::uint16_t idx;
  if (it != country_by_iso_.end()) {
    idx = it->second;
  } else {
    idx = static_cast<std::uint16_t>(countries_.size());
    Country c;
    c.iso = std::string(iso);
    c.name = c.iso;
    countries_.push_back(std::move(c));
    country_by_iso_.emplace(iso, idx);
  }
  last_cc_ = std::string(iso);
  last_country_ = idx;
  return idx;
}

std::uint32_t CompactGazetteer::add_text(std::string_view s) {
  if (!frozen_) {
    const auto off = static_cast<std::uint32_t>(own_arena_.size());
    own_arena_.append(s);
    return off;
  }
  const auto off = static_cast<std::uint32_t>(arena_size_ + extra_arena_.size());
  extra_arena_.append(s);
  return off;
}

Status CompactGazetteer::parse_line(std::string_view line, std::size_t lineno) {
  if (line.empty()) return {};
  auto bad = [&](const char* what) {
    return Status::error("places.tsv.gz:" + std::to_string(lineno) + ": " + what);
  };
  const std::vector<std::string_view> f = line[0] == 'P' ? std::vector<std::string_view>{} : split(line, '\t');
  if (line[0] == 'P') {
    // Hot path (700k lines): fields cut without allocating.
    std::string_view p[11];
    std::size_t n = 0, b = 0;
    while (n < 11) {
      const std::size_t e = line.find('\t', b);
      p[n++] = line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    if (n < 11 || p[0] != "P") return bad("place line needs 11 fields");
    Rec r;
    std::int64_t delta = 0;
    std::uint64_t pop = 0;
    if (!parse_num(p[1], delta) || !parse_coord(p[3], r.lat) || !parse_coord(p[4], r.lon) ||
        (!p[8].empty() && !parse_num(p[8], pop)))
      return bad("bad number in place line");
    r.id = prev_id_ + delta;
    prev_id_ = r.id;
    r.pop = static_cast<std::uint32_t>(std::min<std::uint64_t>(pop, 0xFFFFFFFFu));
    if (!p[5].empty()) last_place_country_ = country_index(p[5]);
    if (last_place_country_ == kNone) return bad("place line without a country");
    r.country = last_place_country_;
    if (!p[6].empty()) {
      if (r.country != last_admin1_country_ || p[6] != last_admin1_code_) {
        admin1_key_.assign(countries_[r.country].iso).append(".").append(p[6]);
        auto it = admin1_by_code_.find(admin1_key_);
        last_admin1_ = it != admin1_by_code_.end() ? it->second : kNone;
        last_admin1_country_ = r.country;
        last_admin1_code_.assign(p[6]);
      }
      r.admin1 = last_admin1_;
    }
    const std::string_view fcode = p[7].empty() ? std::string_view("PPL") : p[7];
    r.rank = feature_rank(fcode);
    r.kind = static_cast<std::uint8_t>(fcode == "PPLX" ? PlaceKind::district : PlaceKind::settlement);
    r.name_off = add_text(p[2]);
    r.name_len = static_cast<std::uint16_t>(p[2].size());
    const auto idx = static_cast<std::uint32_t>(own_refs_.size());
    if (!p[10].empty())
      own_parents_.push_back({idx, add_text(p[10]), static_cast<std::uint16_t>(p[10].size()), 0});
    own_refs_.push_back({r.name_off, r.name_len, r.country, r.admin1, 0});
    own_geo_.push_back({r.id, r.lat, r.lon, r.pop, r.rank, r.kind, 0});
    add_key(p[2], idx);
    for (std::size_t ab = 0; ab < p[9].size();) {
      std::size_t ae = p[9].find(',', ab);
      if (ae == std::string_view::npos) ae = p[9].size();
      add_key(p[9].substr(ab, ae - ab), idx);
      ab = ae + 1;
    }
  } else if (f[0] == "A") {
    if (f.size() < 6) return bad("admin1 line needs 6 fields");
    Admin1 a;
    a.code = std::string(f[1]);
    a.gn_name = std::string(f[2]);
    if (!parse_num(f[3], a.gid) || !parse_num(f[4], a.lat) || !parse_num(f[5], a.lon))
      return bad("bad number in admin1 line");
    a.country = country_index(a.code.substr(0, a.code.find('.')));
    admin1_by_code_.emplace(a.code, static_cast<std::uint16_t>(admin1_.size()));
    admin1_.push_back(std::move(a));
  } else if (f[0] == "C") {
    if (f.size() < 6) return bad("country line needs 6 fields");
    const std::uint16_t c = country_index(f[1]);
    Country& k = countries_[c];
    k.name = std::string(f[2]);
    if (!parse_num(f[3], k.gid) || !parse_num(f[4], k.lat) || !parse_num(f[5], k.lon))
      return bad("bad number in country line");
    k.has_coords = true;
  } else if (f[0] == "H") {
    if (f.size() < 5 || f[1] != "salvo-gazetteer" || f[2] != "1") return bad("unknown gazetteer format");
    std::size_t places = 0, alts = 0;
    if (!parse_num(f[3], places) || !parse_num(f[4], alts)) return bad("bad header counts");
    own_refs_.reserve(places);
    own_geo_.reserve(places);
    own_arena_.reserve(places * 12);
    pending_.reserve(places + alts);
  } else {
    return bad("unknown line type");
  }
  return {};
}

// Decompression runs on a second thread, a few chunks ahead of the parser, so
// that loading costs about max(inflate, parse) rather than their sum.
class ChunkReader {
 public:
  explicit ChunkReader(gzFile gz) : gz_(gz), thread_([this] { run(); }) {}
  ~ChunkReader() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // Next chunk; empty at the end of the file or after an error (see error()).
  std::vector<char> next() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !queue_.empty() || done_; });
    if (queue_.empty()) return {};
    std::vector<char> c = std::move(queue_.front());
    queue_.pop_front();
    cv_.notify_all();
    return c;
  }
  std::string error() {
    std::lock_guard<std::mutex> lock(mu_);
    return error_;
  }

 private:
  void run() {
    while (true) {
      std::vector<char> c(1 << 20);
      const int n = gzread(gz_, c.data(), static_cast<unsigned>(c.size()));
      std::unique_lock<std::mutex> lock(mu_);
      if (n <= 0) {
        if (n < 0) {
          int err = 0;
          error_ = gzerror(gz_, &err);
        }
        done_ = true;
        cv_.notify_all();
        return;
      }
      c.resize(static_cast<std::size_t>(n));
      cv_.wait(lock, [this] { return queue_.size() < 4 || stop_; });
      if (stop_) {
        done_ = true;
        cv_.notify_all();
        return;
      }
      queue_.push_back(std::move(c));
      cv_.notify_all();
    }
  }

  gzFile gz_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::vector<char>> queue_;
  bool done_ = false, stop_ = false;
  std::string error_;
  std::thread thread_;  // last: starts after the members it uses exist
};

Status CompactGazetteer::load_data(const std::filesystem::path& file) {
  gzFile gz = gzopen(file.string().c_str(), "rb");
  if (gz == nullptr) return Status::error(file.string() + ": cannot open gazetteer data");
  gzbuffer(gz, 1 << 17);
  std::string buf;
  std::size_t lineno = 0;
  Status st;
  {
    ChunkReader reader(gz);
    while (st.ok()) {
      const std::vector<char> chunk = reader.next();
      if (chunk.empty()) {
        if (const std::string err = reader.error(); !err.empty()) st = Status::error(file.string() + ": " + err);
        break;
      }
      buf.append(chunk.data(), chunk.size());
      std::size_t b = 0;
      for (std::size_t e; st.ok() && (e = buf.find('\n', b)) != std::string::npos; b = e + 1)
        st = parse_line(std::string_view(buf).substr(b, e - b), ++lineno);
      buf.erase(0, b);
    }
  }  // the reader thread has stopped here
  gzclose(gz);
  if (st.ok() && !buf.empty()) st = parse_line(buf, ++lineno);
  if (st.ok() && own_refs_.empty()) st = Status::error(file.string() + ": no places");
  if (st.ok()) freeze();
  return st;
}

void CompactGazetteer::add_region_key(const std::string& name, std::uint16_t a) {
  std::string k = normalize_key(name);
  region_names_.emplace(k);
  strip_region_words(k);
  if (k.empty()) return;
  auto it = region_keys_.find(k);
  if (it == region_keys_.end()) it = region_keys_.emplace(k, std::pmr::vector<std::uint16_t>()).first;
  std::pmr::vector<std::uint16_t>& v = it->second;
  if (std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
}

void CompactGazetteer::load_lex_first(const std::filesystem::path& dir, LexFile& places_lex,
                                      std::vector<Diagnostic>& problems) {
  // admin1.lex: short names, display names, aliases.
  const LexFile adm = read_lexfile(dir / "admin1.lex", problems);
  for (const LexEntry& e : adm.entries) {
    if (e.section == "short names" || e.section == "display names") {
      auto it = admin1_by_code_.find(e.key);
      if (e.key.empty() || it == admin1_by_code_.end()) {
        problems.push_back(adm.at(e.line, "unknown admin1 code '" + e.key + "'"));
        continue;
      }
      (e.section == "short names" ? admin1_[it->second].short_name : admin1_[it->second].display) = e.value;
    }
  }
  for (std::uint16_t i = 0; i < admin1_.size(); ++i) {
    Admin1& a = admin1_[i];
    if (a.short_name.empty()) {
      // GeoNames name without its "Oblast"/"Governorate"/... word.
      std::string s = a.gn_name;
      for (std::string_view w : {" Oblast'", " Oblast", " oblast", " Governorate", " Province", " Region",
                                 " State", " Republic", " Krai", " Kray"}) {
        if (s.size() > w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) {
          s.resize(s.size() - w.size());
          break;
        }
      }
      a.short_name = s;
    }
    if (a.display.empty()) a.display = a.short_name;
    // The same name twice adds nothing: skip the work.
    add_region_key(a.short_name, i);
    if (a.display != a.short_name) add_region_key(a.display, i);
    if (a.gn_name != a.short_name && a.gn_name != a.display) add_region_key(a.gn_name, i);
  }
  // admin1.lex's aliases, then the ones generated from GeoNames' alternate names of
  // the regions (admin1_alternates.lex, written by tools/build_gazetteer.py; optional)
  auto aliases = [&](const LexFile& f) {
    for (const LexEntry& e : f.entries) {
      if (e.section != "region aliases") continue;
      if (e.tags.size() != 1 || !admin1_by_code_.count(e.tags[0])) {
        problems.push_back(f.at(e.line, "expected '<name> @CC.code' with a known admin1 code"));
        continue;
      }
      add_region_key(e.value, admin1_by_code_.find(e.tags[0])->second);
    }
  };
  aliases(adm);
  if (std::filesystem::exists(dir / "admin1_alternates.lex")) aliases(read_lexfile(dir / "admin1_alternates.lex", problems));

  // countries.lex
  for (std::uint16_t i = 0; i < countries_.size(); ++i)
    country_keys_.emplace(normalize_key(countries_[i].name), CountryKey{i, true});
  const LexFile cty = read_lexfile(dir / "countries.lex", problems);
  for (const LexEntry& e : cty.entries) {
    auto it = country_by_iso_.find(e.section);
    if (it == country_by_iso_.end() || !e.key.empty()) {
      problems.push_back(cty.at(e.line, "expected a term under a [ISO2] section of a known country"));
      continue;
    }
    const bool is_name = std::find(e.tags.begin(), e.tags.end(), "name") != e.tags.end();
    const std::string key = normalize_key(e.value);
    if (auto k = country_keys_.find(key); k != country_keys_.end()) k->second = CountryKey{it->second, is_name};
    else country_keys_.emplace(key, CountryKey{it->second, is_name});
  }

  // stop_words.lex (by hand, here) and each language's common_words.lex (generated): the same format.
  std::vector<std::filesystem::path> word_files{dir / "stop_words.lex"};
  word_files.insert(word_files.end(), overlay_.common_words.begin(), overlay_.common_words.end());
  for (const auto& file : word_files) {
    const LexFile stop = read_lexfile(file, problems);
    for (const LexEntry& e : stop.entries) {
      if (e.section == "settings") {
        const bool ok = (e.key == "big_population" && parse_num(e.value, big_population_)) ||
                        (e.key == "big_capital_population" && parse_num(e.value, big_capital_population_));
        if (!ok) problems.push_back(stop.at(e.line, "expected big_population or big_capital_population = <number>"));
      } else if (e.key.empty()) {
        stop_words_.emplace(normalize_key(e.value));
      } else {
        problems.push_back(stop.at(e.line, "expected one word or phrase per line"));
      }
    }
  }

  places_lex = read_lexfile(dir / "places.lex", problems);
}

void CompactGazetteer::load_lex_places(const LexFile& pl, std::vector<Diagnostic>& problems) {
  // places.lex: analysts' places, preferred names and aliases (places first so
  // that aliases may point at them).
  std::unordered_map<std::string, Rec> added;  // section -> record being built
  std::vector<std::pair<std::string, int>> order;
  std::unordered_map<std::string, std::vector<std::string>> added_alts;
  std::unordered_map<std::string, std::string> added_parent;
  std::map<std::int64_t, std::pair<std::string, int>> preferred;  // id -> name, line
  for (const LexEntry& e : pl.entries) {
    if (e.section.rfind("place ", 0) != 0) continue;
    const std::string pname(trim(std::string_view(e.section).substr(6)));
    if (!added.count(e.section)) {
      order.emplace_back(e.section, e.line);
      Rec r;
      r.id = next_local_id_--;
      r.rank = feature_rank("PPL");
      r.lat = r.lon = std::nanf("");
      added.emplace(e.section, r);
    }
    Rec& r = added[e.section];
    bool ok = true;
    if (e.key == "country") {
      if (auto c = country_by_iso_.find(e.value); c == country_by_iso_.end()) ok = false;
      else r.country = c->second;
    } else if (e.key == "admin1") {
      auto it = admin1_by_code_.find(e.value);
      if (it != admin1_by_code_.end()) {
        r.admin1 = it->second;
      } else {
        const auto rs = regions_for(e.value);
        if (rs.empty()) ok = false;
        else r.admin1 = rs.front();
      }
    } else if (e.key == "lat") {
      ok = parse_num(e.value, r.lat) && std::fabs(r.lat) <= 90;
    } else if (e.key == "lon") {
      ok = parse_num(e.value, r.lon) && std::fabs(r.lon) <= 180;
    } else if (e.key == "population") {
      ok = parse_num(e.value, r.pop);
    } else if (e.key == "alt") {
      for (std::string_view a : split(e.value, ','))
        if (!trim(a).empty()) added_alts[e.section].emplace_back(trim(a));
    } else if (e.key == "parent") {
      added_parent[e.section] = e.value;
    } else if (e.key == "kind") {
      if (e.value == "district") r.kind = static_cast<std::uint8_t>(PlaceKind::district);
      else if (e.value == "region") r.kind = static_cast<std::uint8_t>(PlaceKind::region);
      else if (e.value != "settlement") ok = false;
    } else {
      ok = false;
    }
    if (!ok) problems.push_back(pl.at(e.line, "bad entry '" + e.key + " = " + e.value + "' for " + pname));
  }
  for (const auto& [section, line] : order) {
    Rec r = added[section];
    const std::string pname(trim(std::string_view(section).substr(6)));
    if (r.country == kNone || std::isnan(r.lat) || std::isnan(r.lon)) {
      problems.push_back(pl.at(line, "place '" + pname + "' needs country, lat and lon"));
      continue;
    }
    if (r.admin1 != kNone && admin1_[r.admin1].country != r.country) {
      problems.push_back(pl.at(line, "place '" + pname + "': admin1 is in another country"));
      continue;
    }
    r.name_off = add_text(pname);
    r.name_len = static_cast<std::uint16_t>(pname.size());
    if (auto p = added_parent.find(section); p != added_parent.end()) {
      r.parent_off = add_text(p->second);
      r.parent_len = static_cast<std::uint16_t>(p->second.size());
    }
    const auto idx = static_cast<std::uint32_t>(size());
    added_recs_.push_back(r);
    add_key(pname, idx);
    for (const std::string& a : added_alts[section]) add_key(a, idx);
  }
  for (const LexEntry& e : pl.entries) {
    if (e.section == "preferred names") {
      std::int64_t id = 0;
      if (!parse_num(e.key, id) || !preferred.emplace(id, std::make_pair(e.value, e.line)).second)
        problems.push_back(pl.at(e.line, "expected '<place id> = <name>', once per id"));
    } else if (e.section != "aliases" && !e.section.empty() && e.section.rfind("place ", 0) != 0) {
      problems.push_back(pl.at(e.line, "unknown section [" + e.section + "]"));
      break;
    }
  }
  for (const auto& [id, v] : preferred) {
    const std::optional<std::uint32_t> i = find_id(id);
    if (!i) {
      problems.push_back(pl.at(v.second, "unknown place id " + std::to_string(id)));
      continue;
    }
    original_names_[*i] = normalize_key(name_of(rec(*i)));
    set_name(*i, add_text(v.first), static_cast<std::uint16_t>(v.first.size()));
    add_key(v.first, *i);
  }
  // Aliases last, so that they may name a place by its preferred name; then the
  // language folders' places.lex (only [aliases]: a language's spellings of known places).
  std::vector<LexFile> overlays;
  for (const auto& path : overlay_.places) {
    overlays.push_back(read_lexfile(path, problems));
    for (const auto& [name, line] : overlays.back().sections)
      if (name != "aliases")
        problems.push_back(overlays.back().at(line, "a language's places.lex holds only [aliases]"));
  }
  std::vector<const LexFile*> alias_files{&pl};
  for (const LexFile& f : overlays) alias_files.push_back(&f);
  for (const LexFile* af : alias_files) {
    for (const LexEntry& e : af->entries) {
      if (e.section != "aliases") continue;
      if (e.tags.empty() || e.tags.size() > 2 || (e.tags.size() == 2 && !country_by_iso_.count(e.tags[1]))) {
        problems.push_back(af->at(e.line, "expected '<spelling> @<gazetteer name> [@ISO2]'"));
        continue;
      }
      const auto targets = find_key(normalize_key(e.tags[0]));
      std::size_t n = 0;
      for (std::uint32_t t : targets) {
        if (e.tags.size() == 2 && countries_[rec(t).country].iso != e.tags[1]) continue;
        add_key(e.value, t);
        analyst_aliases_[t].push_back(normalize_key(e.value));
        ++n;
      }
      if (n == 0) problems.push_back(af->at(e.line, "alias target '" + e.tags[0] + "' is not in the gazetteer"));
    }
  }
  for (const Country& c : countries_) {
    PlaceRecord r;
    r.geonames_id = c.gid;
    r.name = c.name;
    r.country = c.iso;
    r.latitude = std::round(c.lat * 1e5) / 1e5;
    r.longitude = std::round(c.lon * 1e5) / 1e5;
    r.kind = PlaceKind::country;
    country_recs_.push_back(std::move(r));
  }
  for (const Admin1& a : admin1_) {
    PlaceRecord r;
    r.geonames_id = a.gid;
    r.name = a.display;
    r.country = countries_[a.country].iso;
    r.admin1 = a.short_name;
    r.latitude = std::round(a.lat * 1e5) / 1e5;
    r.longitude = std::round(a.lon * 1e5) / 1e5;
    r.kind = PlaceKind::admin1;
    admin1_recs_.push_back(std::move(r));
  }
}

// ---------------------------------------------------------------- queries

const PlaceRecord* CompactGazetteer::materialize(std::uint32_t i) const {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto& slot = cache_[i];
  if (!slot) {
    const Rec& r = rec(i);
    auto p = std::make_unique<PlaceRecord>();
    p->geonames_id = r.id;
    p->name = std::string(name_of(r));
    p->country = countries_[r.country].iso;
    p->admin1 = r.admin1 == kNone ? "" : admin1_[r.admin1].short_name;
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

// Answers by name, through this thread's memo once the gazetteer is frozen.
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
  std::string key = normalize_key(name);
  if (starts_with_word(key, "the")) key.erase(0, 4);
  // A country first (callers test front()->kind), then settlements, then regions.
  if (auto c = country_keys_.find(key); c != country_keys_.end() && c->second.is_name)
    out.push_back(&country_recs_[c->second.country]);
  for (std::uint32_t i : find_place(key)) out.push_back(materialize(i));
  std::string rkey = key;
  const bool region_word = strip_region_words(rkey);
  if (auto r = region_keys_.find(rkey); r != region_keys_.end() && (region_word || rkey == key))
    for (std::uint16_t a : r->second) out.push_back(&admin1_recs_[a]);
  return out;
}

bool CompactGazetteer::big_place(const std::vector<std::uint32_t>& cands, std::string_view key) const {
  // By its own name: Hong Kong's old alternate "Victoria" does not make the word a place.
  for (std::uint32_t i : cands)
    if (normalize_key(name_of(rec(i))) == key &&
        (rec(i).pop >= big_population_ || (rec(i).rank == 9 && rec(i).pop >= big_capital_population_)))
      return true;
  return false;
}

bool CompactGazetteer::is_place_name_uncached(std::string_view name) const {
  const std::string k = normalize_key(name);
  if (k.size() < 3) {
    auto it = country_keys_.find(k);
    return it != country_keys_.end() && it->second.is_name;
  }
  if (auto it = country_keys_.find(k); it != country_keys_.end()) return it->second.is_name;
  const std::vector<std::uint32_t> cands = find_key(k);
  if (stop_words_.count(k)) return big_place(cands, k);
  if (!cands.empty()) return true;
  // "Donetsk oblast", "Gaza Strip", "Crimea": yes; "Crimean" (only listed as
  // "Crimean peninsula") no.
  std::string r = k;
  const bool had_region_word = strip_region_words(r);
  return region_keys_.count(r) > 0 && (had_region_word || region_names_.count(k) > 0);
}

std::string CompactGazetteer::country_code_uncached(std::string_view word) const {
  std::string k = normalize_key(word);
  if (starts_with_word(k, "the")) k.erase(0, 4);
  auto it = country_keys_.find(k);
  return it == country_keys_.end() ? std::string() : countries_[it->second.country].iso;
}

std::vector<std::uint16_t> CompactGazetteer::regions_for(std::string_view text) const {
  std::string k = normalize_key(text);
  strip_region_words(k);
  auto it = region_keys_.find(k);
  return it == region_keys_.end() ? std::vector<std::uint16_t>{}
                                  : std::vector<std::uint16_t>(it->second.begin(), it->second.end());
}

std::uint16_t CompactGazetteer::pick_region(const std::vector<std::uint16_t>& regions, const PlaceQuery& q,
                                            std::uint16_t country_hint) const {
  if (regions.empty()) return kNone;
  if (country_hint != kNone)
    for (std::uint16_t a : regions)
      if (admin1_[a].country == country_hint) return a;
  for (const std::string& cc : q.context_countries)
    for (std::uint16_t a : regions)
      if (countries_[admin1_[a].country].iso == cc) return a;
  return regions.front();
}

std::optional<std::uint32_t> CompactGazetteer::choose(const std::vector<std::uint32_t>& cands_in,
                                                      std::string_view key, const PlaceQuery& q,
                                                      std::uint16_t country_hint,
                                                      const std::vector<std::uint16_t>& region_hint,
                                                      const Rec* anchor) const {
  std::vector<std::uint32_t> cands = cands_in;
  auto keep_if = [&](auto pred) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i : cands)
      if (pred(rec(i))) kept.push_back(i);
    if (!kept.empty()) cands.swap(kept);
  };
  // Hints are strict: a namesake in another country, or far from the region
  // the text names, is a wrong answer, and no coordinates are better than it.
  auto keep_only = [&](auto pred) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i : cands)
      if (pred(rec(i))) kept.push_back(i);
    cands.swap(kept);
  };
  if (country_hint != kNone) keep_only([&](const Rec& r) { return r.country == country_hint; });
  if (!region_hint.empty() && !cands.empty()) {
    keep_if([&](const Rec& r) {
      return std::find(region_hint.begin(), region_hint.end(), r.admin1) != region_hint.end();
    });
    const bool none_inside = std::none_of(cands.begin(), cands.end(), [&](std::uint32_t i) {
      return std::find(region_hint.begin(), region_hint.end(), rec(i).admin1) != region_hint.end();
    });
    if (none_inside) {
      // A border village filed under the neighbouring region: within 100 km of it.
      keep_only([&](const Rec& r) {
        for (std::uint16_t a : region_hint)
          if (km_between(r.lat, r.lon, admin1_[a].lat, admin1_[a].lon) <= 100) return true;
        return false;
      });
    }
  }
  constexpr double kAnchorKm = 75;  // a raion is some 50-70 km across
  if (anchor != nullptr && !cands.empty())
    keep_if([&](const Rec& r) { return km_between(r.lat, r.lon, anchor->lat, anchor->lon) <= kAnchorKm; });
  if (cands.empty()) return std::nullopt;
  // A notable place called exactly this beats a namesake that only has it as
  // an alternate in the same country (Novorossiysk, not Krasnodar whose old
  // alternates include it); across countries population and context decide
  // ("Odessa": Odesa, not Odessa, Texas, which is smaller).
  std::vector<std::uint16_t> own_name_countries;
  bool any_own_name = false;
  for (std::uint32_t i : cands) {
    if (!own_name(i, key)) continue;
    any_own_name = true;
    if (rec(i).pop >= 5000) own_name_countries.push_back(rec(i).country);
  }
  double best_score = -1e9;
  std::uint32_t best = cands.front();
  for (std::uint32_t i : cands) {
    const Rec& r = rec(i);
    double s = std::log10(static_cast<double>(r.pop) + 1.0) + rank_bonus(r.rank);
    for (std::size_t c = 0; c < q.context_countries.size(); ++c) {
      if (countries_[r.country].iso == q.context_countries[c]) {
        s += c == 0 ? 4.0 : 3.0;
        break;
      }
    }
    if (own_name(i, key)) {
      s += 1.5;  // its own name, not an alternate
      if (same_spelling(name_of(r), q.name)) s += 0.5;  // letter for letter: "Boni", not "Bonny"
    } else if (std::find(own_name_countries.begin(), own_name_countries.end(), r.country) !=
               own_name_countries.end()) {
      s -= 5.0;  // a historical or stray alternate of another town
    } else if (any_own_name) {
      s -= 1.0;
    }
    if (r.id < 0) s -= 0.5;                          // WOF rows: trusted less
    if (anchor != nullptr)  // the nearer to the district's town, the likelier
      s += 2.0 * std::max(0.0, 1.0 - km_between(r.lat, r.lon, anchor->lat, anchor->lon) / kAnchorKm);
    const Rec& b = rec(best);
    const bool better = s > best_score + 1e-9 ||
                        (std::fabs(s - best_score) <= 1e-9 &&
                         (r.pop > b.pop || (r.pop == b.pop && ((r.id > 0) > (b.id > 0) ||
                                                               ((r.id > 0) == (b.id > 0) && r.id < b.id)))));
    if (better) {
      best_score = s;
      best = i;
    }
  }
  return best;
}

Location CompactGazetteer::from_rec(const Rec& r, const PlaceQuery& q) const {
  Location l;
  l.name = std::string(name_of(r));
  l.surface = q.name;
  l.country = countries_[r.country].iso;
  if (r.admin1 != kNone) l.admin1 = admin1_[r.admin1].short_name;
  l.latitude = round5(r.lat);
  l.longitude = round5(r.lon);
  if (r.id > 0) l.geonames_id = r.id;
  l.precision = q.near ? "near" : "exact";
  // A region that is no admin1 of its own ("Donbas"): region-level precision.
  if (r.kind == static_cast<std::uint8_t>(PlaceKind::region)) l.precision = "admin1";
  return l;
}

Location CompactGazetteer::from_admin1(std::uint16_t a, const PlaceQuery& q) const {
  const Admin1& r = admin1_[a];
  Location l;
  l.name = r.display;
  l.surface = q.name;
  l.country = countries_[r.country].iso;
  l.admin1 = r.short_name;
  l.latitude = std::round(r.lat * 1e5) / 1e5;
  l.longitude = std::round(r.lon * 1e5) / 1e5;
  if (r.gid > 0) l.geonames_id = r.gid;
  l.precision = "admin1";
  return l;
}

Location CompactGazetteer::from_country(std::uint16_t c, const PlaceQuery& q) const {
  const Country& k = countries_[c];
  Location l;
  l.name = k.name;
  l.surface = q.name;
  l.country = k.iso;
  if (k.has_coords) {
    l.latitude = std::round(k.lat * 1e5) / 1e5;
    l.longitude = std::round(k.lon * 1e5) / 1e5;
  }
  if (k.gid > 0) l.geonames_id = k.gid;
  l.precision = "country";
  return l;
}

Location CompactGazetteer::resolve(const PlaceQuery& q) const {
  std::string key = normalize_key(q.name);
  if (starts_with_word(key, "the")) key.erase(0, 4);

  // Hints: a country hint by code or by name; a region hint that is really a
  // country ("Kharkiv, Ukraine") counts as a country hint.
  std::uint16_t country_hint = kNone;
  if (auto it = country_by_iso_.find(q.country_hint); it != country_by_iso_.end()) country_hint = it->second;
  std::vector<std::uint16_t> region_hint;
  if (!q.region_hint.empty()) {
    std::string rk = normalize_key(q.region_hint);
    if (starts_with_word(rk, "the")) rk.erase(0, 4);
    if (auto c = country_keys_.find(rk); c != country_keys_.end() && c->second.is_name) {
      if (country_hint == kNone) country_hint = c->second.country;
    } else {
      region_hint = regions_for(q.region_hint);
      if (country_hint != kNone) {
        std::vector<std::uint16_t> in;
        for (std::uint16_t a : region_hint)
          if (admin1_[a].country == country_hint) in.push_back(a);
        if (!in.empty()) region_hint.swap(in);
      }
    }
  }
  // A hint that is no region but a town: "Pokrovsk district" (raions are named
  // after their centre), "a village near Bakhmut". Candidates near it win.
  std::optional<std::uint32_t> anchor;
  if (!q.region_hint.empty() && region_hint.empty()) {
    std::string ak = normalize_key(q.region_hint);
    if (starts_with_word(ak, "the")) ak.erase(0, 4);
    strip_region_words(ak);
    if (!country_keys_.count(ak) && !stop_words_.count(ak)) {
      PlaceQuery aq;
      aq.name = q.region_hint;
      aq.context_countries = q.context_countries;
      anchor = choose(find_place(ak), ak, aq, country_hint, {});
    }
  }
  const std::optional<Rec> anchor_rec = anchor ? std::optional<Rec>(rec(*anchor)) : std::nullopt;

  std::string rkey = key;
  const bool region_word = strip_region_words(rkey);
  const std::vector<std::uint16_t> regions = [&] {
    auto it = region_keys_.find(rkey);
    return it == region_keys_.end() ? std::vector<std::uint16_t>{}
                                    : std::vector<std::uint16_t>(it->second.begin(), it->second.end());
  }();

  // 1. Written as a region: "Donetsk oblast", "the Kherson region".
  if ((q.is_region || region_word) && !regions.empty()) return from_admin1(pick_region(regions, q, country_hint), q);

  // 2. A country by name.
  if (!q.is_region) {
    if (auto c = country_keys_.find(key); c != country_keys_.end() && c->second.is_name) {
      return from_country(c->second.country, q);
    }
  }

  // 3. Settlements, with the region as fallback.
  const std::vector<std::uint32_t> cands = find_place(key);
  const std::optional<std::uint32_t> best =
      choose(cands, key, q, country_hint, region_hint, anchor_rec ? &*anchor_rec : nullptr);
  if (!regions.empty()) {
    std::uint16_t a = pick_region(regions, q, country_hint);
    bool region_wins = !best;
    if (best) {
      const Rec& b = rec(*best);
      for (std::uint16_t x : regions)
        if (admin1_[x].country == b.country) a = x;  // "Gaza": the Strip, not Mozambique's province
      const bool hinted = country_hint != kNone || !region_hint.empty();
      if (admin1_[a].country == b.country)
        region_wins = b.pop < 10000;  // a village named like its own region ("Crimea")
      else
        region_wins = !hinted && b.pop < 100000 && b.rank < 9;  // a small namesake abroad
    }
    if (region_wins) return from_admin1(a, q);
  }
  if (best) {
    const Rec& r = rec(*best);
    Location l;
    // A neighbourhood is reported as its city, the neighbourhood kept as district.
    if (r.kind == static_cast<std::uint8_t>(PlaceKind::district) && !parent_of(*best).empty()) {
      std::string pk = normalize_key(parent_of(*best));
      std::vector<std::uint32_t> parents = find_place(pk);
      if (parents.empty() && ends_with_word(pk, "city")) parents = find_place(pk.substr(0, pk.size() - 5));
      std::vector<std::uint32_t> near_parents;
      for (std::uint32_t p : parents)
        if (rec(p).country == r.country && std::fabs(rec(p).lat - r.lat) < 0.2f &&
            std::fabs(rec(p).lon - r.lon) < 0.2f && p != *best)
          near_parents.push_back(p);
      PlaceQuery pq = q;
      pq.region_hint.clear();
      if (auto city = choose(near_parents, pk, pq, r.country, {})) {
        l = from_rec(rec(*city), q);
        l.district = std::string(name_of(r));
        return l;
      }
    }
    l = from_rec(r, q);
    if (!q.district.empty()) {
      // "X district of Y": Y is the place; X kept, in its gazetteer spelling if it is there.
      l.district = q.district;
      for (std::uint32_t d : find_place(normalize_key(q.district)))
        if (rec(d).country == r.country && std::fabs(rec(d).lat - r.lat) < 0.2f &&
            std::fabs(rec(d).lon - r.lon) < 0.2f) {
          l.district = std::string(name_of(rec(d)));
          break;
        }
    }
    return l;
  }
  if (q.is_region && !regions.empty()) return from_admin1(pick_region(regions, q, country_hint), q);
  // "Jabalia refugee camp", "Nuseirat camp": the camp if listed, else the town.
  for (const bool refugee : {true, false}) {
    const std::string tail = " " + normalize_key(refugee ? "refugee camp" : "camp");  // keys fold "ee"
    if (key.size() > tail.size() + 2 && key.compare(key.size() - tail.size(), tail.size(), tail) == 0) {
      PlaceQuery shorter = q;
      shorter.name = key.substr(0, key.size() - tail.size());
      if (refugee) shorter.name += " camp";
      Location l = resolve(shorter);
      if (l.latitude) {
        l.surface = q.name;
        return l;
      }
    }
  }

  // 4. Unknown: the name as written, the hints, no coordinates.
  Location l;
  l.name = std::string(trim(q.name));
  if (l.name.size() > 4 && normalize_key(l.name.substr(0, 4)) == "the") l.name.erase(0, 4);
  l.surface = q.name;
  l.district = q.district;
  const std::uint16_t ra = pick_region(region_hint, q, country_hint);
  if (ra != kNone) {
    l.admin1 = admin1_[ra].short_name;
    l.country = countries_[admin1_[ra].country].iso;
  } else if (country_hint != kNone) {
    l.country = countries_[country_hint].iso;
  }
  l.precision = q.near ? "near" : "exact";
  return l;
}


Status CompactGazetteer::save_index(const std::filesystem::path& out, const std::string& stamp) const {
  IndexHeader h{};
  if (stamp.size() > sizeof h.stamp) return Status::error("gazetteer index: source stamp too long");
  MetaWriter meta;
  meta.pod(static_cast<std::uint64_t>(countries_.size()));
  for (const Country& c : countries_) {
    meta.str(c.iso);
    meta.str(c.name);
    meta.pod(c.gid);
    meta.pod(c.lat);
    meta.pod(c.lon);
    meta.pod(static_cast<std::uint8_t>(c.has_coords));
  }
  meta.pod(static_cast<std::uint64_t>(admin1_.size()));
  for (const Admin1& a : admin1_) {
    meta.str(a.code);
    meta.pod(a.country);
    meta.str(a.gn_name);
    meta.pod(a.gid);
    meta.pod(a.lat);
    meta.pod(a.lon);
  }

  std::memcpy(h.magic, kIndexMagic, sizeof h.magic);
  h.version = kIndexVersion;
  h.byte_order = kByteOrder;
  h.ref_size = sizeof(RecRef);
  h.geo_size = sizeof(RecGeo);
  h.parent_size = sizeof(ParentRef);
  h.slot_size = sizeof(Slot);
  h.key_size = sizeof(KeyRun);
  h.header_size = sizeof(IndexHeader);
  h.key_check = key_check();
  h.stamp_len = stamp.size();
  std::memcpy(h.stamp, stamp.data(), stamp.size());
  std::uint64_t pos = sizeof h;
  auto place = [&pos](Section& s, std::size_t count, std::size_t elem) {
    pos = (pos + kSectionAlign - 1) / kSectionAlign * kSectionAlign;
    s.offset = pos;
    s.count = count;
    pos += count * elem;
  };
  place(h.refs, nbase_, sizeof(RecRef));
  place(h.geo, nbase_, sizeof(RecGeo));
  place(h.parents, nparents_, sizeof(ParentRef));
  place(h.arena, arena_size_, 1);
  place(h.slots, nslots_, sizeof(Slot));
  place(h.keys, nkeys_ + 1, sizeof(KeyRun));
  place(h.post, npost_, sizeof(std::uint32_t));
  place(h.ids, nbase_, sizeof(std::int64_t));
  place(h.by_id, nbase_, sizeof(std::uint32_t));
  place(h.id_top, nid_top_, sizeof(std::int64_t));
  place(h.meta, meta.out.size(), 1);
  h.file_size = pos;

  const std::filesystem::path tmp = out.string() + ".tmp";
  std::FILE* f = std::fopen(tmp.string().c_str(), "wb");
  if (f == nullptr) return Status::error(tmp.string() + ": cannot write: " + std::strerror(errno));
  BinWriter w(f);
  w.pod(h);
  w.pad_to(h.refs.offset);
  w.array(refs_, nbase_);
  w.pad_to(h.geo.offset);
  w.array(geo_, nbase_);
  w.pad_to(h.parents.offset);
  w.array(parents_, nparents_);
  w.pad_to(h.arena.offset);
  w.array(arena_, arena_size_);
  w.pad_to(h.slots.offset);
  w.array(slots_, nslots_);
  w.pad_to(h.keys.offset);
  w.array(keys_, nkeys_ + 1);
  w.pad_to(h.post.offset);
  w.array(post_, npost_);
  w.pad_to(h.ids.offset);
  w.array(ids_, nbase_);
  w.pad_to(h.by_id.offset);
  w.array(by_id_, nbase_);
  w.pad_to(h.id_top.offset);
  w.array(id_top_, nid_top_);
  w.pad_to(h.meta.offset);
  w.array(meta.out.data(), meta.out.size());
  const bool ok = w.ok() && std::fflush(f) == 0;
  if (std::fclose(f) != 0 || !ok) {
    std::filesystem::remove(tmp);
    return Status::error(tmp.string() + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::filesystem::remove(tmp);
    return Status::error(out.string() + ": " + ec.message());
  }
  return {};
}

bool CompactGazetteer::read_index(const std::filesystem::path& file, const std::string& stamp, std::string& why) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block the open
  if (fd < 0) {
    why = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    why = std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {  // a pipe or a device: nothing to map, and reading it could block
    why = "not a regular file";
    ::close(fd);
    return false;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size < sizeof(IndexHeader)) {
    ::close(fd);
    char magic[8] = {};
    why = "not a salvo gazetteer index";
    // A file that starts like one but is shorter than the header is one cut short.
    if (std::FILE* f = std::fopen(file.string().c_str(), "rb")) {
      if (std::fread(magic, 1, 8, f) == 8 && std::memcmp(magic, kIndexMagic, 8) == 0) why = "damaged (truncated)";
      std::fclose(f);
    }
    return false;
  }
  // Private and writable: the few places whose name places.lex replaces are
  // written in place, which copies just their pages; the file never changes.
  // The build replaces an index by renaming a new file over it, so a mapped
  // one is never cut short under us.
  void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) {
    why = std::string("cannot map: ") + std::strerror(errno);
    return false;
  }
  map_ = p;
  map_size_ = size;
  return use_image(static_cast<char*>(p), size, stamp, why);
}

bool CompactGazetteer::use_image(char* base, std::size_t size, const std::string& stamp, std::string& why) {
  IndexHeader h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kIndexMagic, sizeof h.magic) != 0) {
    why = "not a salvo gazetteer index";
    return false;
  }
  if (h.version != kIndexVersion || h.byte_order != kByteOrder || h.ref_size != sizeof(RecRef) ||
      h.geo_size != sizeof(RecGeo) || h.parent_size != sizeof(ParentRef) || h.slot_size != sizeof(Slot) ||
      h.key_size != sizeof(KeyRun) || h.header_size != sizeof(IndexHeader) || h.key_check != key_check()) {
    why = "written by another version of salvo";
    return false;
  }
  if (h.stamp_len > sizeof h.stamp || std::string_view(h.stamp, h.stamp_len) != stamp) {
    why = "made from a different places.tsv.gz";
    return false;
  }
  auto fail = [&](const char* what) {
    why = std::string("damaged (") + what + ")";
    return false;
  };
  if (h.file_size > size) return fail("truncated");
  if (h.file_size < size) return fail("trailing bytes");
  // Each section inside the file, aligned for its type.
  auto in_file = [&](const Section& s, std::size_t elem) {
    return s.offset % kSectionAlign == 0 && s.offset <= size && s.count <= (size - s.offset) / elem;
  };
  if (!in_file(h.refs, sizeof(RecRef)) || !in_file(h.geo, sizeof(RecGeo)) || !in_file(h.parents, sizeof(ParentRef)) ||
      !in_file(h.arena, 1) || !in_file(h.slots, sizeof(Slot)) || !in_file(h.keys, sizeof(KeyRun)) ||
      !in_file(h.post, 4) || !in_file(h.ids, 8) || !in_file(h.by_id, 4) || !in_file(h.id_top, 8) ||
      !in_file(h.meta, 1))
    return fail("truncated");
  if (h.refs.count == 0) return fail("no places");
  if (h.geo.count != h.refs.count || h.ids.count != h.refs.count || h.by_id.count != h.refs.count)
    return fail("table size");
  if (h.refs.count >= 0xFFFFFFFFu || h.post.count >= 0xFFFFFFFFu || h.keys.count == 0 ||
      h.keys.count >= 0xFFFFFFFFu || h.arena.count >= 0x80000000u)
    return fail("table size");

  MetaReader r(base + h.meta.offset, h.meta.count);
  std::uint64_t n = 0;
  if (!r.pod(n) || n >= kNone || n > h.meta.count) return fail("country count");
  countries_.resize(n);
  for (Country& c : countries_) {
    std::uint8_t has = 0;
    if (!r.str(c.iso) || !r.str(c.name) || !r.pod(c.gid) || !r.pod(c.lat) || !r.pod(c.lon) || !r.pod(has))
      return fail("truncated");
    c.has_coords = has != 0;
  }
  if (!r.pod(n) || n >= kNone || n > h.meta.count) return fail("admin1 count");
  admin1_.resize(n);
  for (Admin1& a : admin1_) {
    if (!r.str(a.code) || !r.pod(a.country) || !r.str(a.gn_name) || !r.pod(a.gid) || !r.pod(a.lat) ||
        !r.pod(a.lon))
      return fail("truncated");
    if (a.country >= countries_.size()) return fail("admin1 country");
  }
  if (!r.at_end()) return fail("trailing bytes");

  refs_ = reinterpret_cast<RecRef*>(base + h.refs.offset);
  geo_ = reinterpret_cast<const RecGeo*>(base + h.geo.offset);
  nbase_ = static_cast<std::uint32_t>(h.refs.count);
  parents_ = reinterpret_cast<const ParentRef*>(base + h.parents.offset);
  nparents_ = h.parents.count;
  arena_ = base + h.arena.offset;
  arena_size_ = h.arena.count;
  slots_ = reinterpret_cast<const Slot*>(base + h.slots.offset);
  nslots_ = h.slots.count;
  keys_ = reinterpret_cast<const KeyRun*>(base + h.keys.offset);
  nkeys_ = h.keys.count - 1;
  post_ = reinterpret_cast<const std::uint32_t*>(base + h.post.offset);
  npost_ = h.post.count;
  ids_ = reinterpret_cast<const std::int64_t*>(base + h.ids.offset);
  by_id_ = reinterpret_cast<const std::uint32_t*>(base + h.by_id.offset);
  id_top_ = reinterpret_cast<const std::int64_t*>(base + h.id_top.offset);
  nid_top_ = h.id_top.count;
  frozen_ = true;
  for (std::uint16_t i = 0; i < countries_.size(); ++i) country_by_iso_.emplace(countries_[i].iso, i);
  for (std::uint16_t i = 0; i < admin1_.size(); ++i) admin1_by_code_.emplace(admin1_[i].code, i);
  return true;
}

// ---- range checks over whole tables: branch-free, SSE2 where the layout
// allows it (every x86-64 has it), so that checking the index costs about what
// reading its ~56 MB does.

// 1 if some slot's key index is above nkeys, 2 if no slot is empty.
unsigned check_slots(const Slot* slots, std::size_t n, std::uint32_t nkeys) {
  std::size_t i = 0;
  unsigned result = 0;
  bool any_empty = false;
#if defined(__SSE2__)
  // Two slots per 16 bytes: lanes 1 and 3 hold the key indexes.
  const __m128i sign = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i limit = _mm_set1_epi32(static_cast<int>(nkeys ^ 0x80000000u));
  const __m128i key_lanes = _mm_set_epi32(-1, 0, -1, 0);
  __m128i over = _mm_setzero_si128(), empty = _mm_setzero_si128();
  for (; i + 4 <= n; i += 4) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(slots + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(slots + i + 2));
    over = _mm_or_si128(over, _mm_cmpgt_epi32(_mm_xor_si128(a, sign), limit));
    over = _mm_or_si128(over, _mm_cmpgt_epi32(_mm_xor_si128(b, sign), limit));
    empty = _mm_or_si128(empty, _mm_cmpeq_epi32(a, _mm_setzero_si128()));
    empty = _mm_or_si128(empty, _mm_cmpeq_epi32(b, _mm_setzero_si128()));
  }
  if (_mm_movemask_epi8(_mm_and_si128(over, key_lanes)) != 0) result |= 1;
  any_empty = _mm_movemask_epi8(_mm_and_si128(empty, key_lanes)) != 0;
#endif
  for (; i < n; ++i) {
    if (slots[i].key > nkeys) result |= 1;
    any_empty |= slots[i].key == 0;
  }
  return any_empty ? result : result | 2;
}

// Whether some run starts after the next one does (runs must not go backwards).
bool runs_go_back(const KeyRun* keys, std::size_t nkeys) {
  std::size_t k = 0;
  bool bad = false;
#if defined(__SSE2__)
  // Entries k, k+1 against k+1, k+2: lanes 1 and 3 hold the starts.
  const __m128i sign = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i begin_lanes = _mm_set_epi32(-1, 0, -1, 0);
  __m128i back = _mm_setzero_si128();
  for (; k + 2 <= nkeys; k += 2) {
    const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys + k));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys + k + 1));
    back = _mm_or_si128(back, _mm_cmpgt_epi32(_mm_xor_si128(cur, sign), _mm_xor_si128(next, sign)));
  }
  bad = _mm_movemask_epi8(_mm_and_si128(back, begin_lanes)) != 0;
#endif
  for (; k < nkeys; ++k) bad |= keys[k].begin > keys[k + 1].begin;
  return bad;
}

// Whether some value is >= limit.
bool any_at_least(const std::uint32_t* v, std::size_t n, std::uint32_t limit) {
  if (limit == 0) return n > 0;
  std::size_t i = 0;
  bool bad = false;
#if defined(__SSE2__)
  const __m128i sign = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i top = _mm_set1_epi32(static_cast<int>((limit - 1) ^ 0x80000000u));
  __m128i over = _mm_setzero_si128();
  for (; i + 8 <= n; i += 8) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i + 4));
    over = _mm_or_si128(over, _mm_cmpgt_epi32(_mm_xor_si128(a, sign), top));
    over = _mm_or_si128(over, _mm_cmpgt_epi32(_mm_xor_si128(b, sign), top));
  }
  bad = _mm_movemask_epi8(over) != 0;
#endif
  for (; i < n; ++i) bad |= v[i] >= limit;
  return bad;
}

// Whether some place's name lies outside the arena, or its country or admin1
// is out of range. 12 bytes a place, ~10 instructions.
bool bad_refs(const RecRef* refs, std::size_t n, std::uint32_t arena, std::uint16_t ncountries, std::uint16_t nadmin1) {
  unsigned bad = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const RecRef& r = refs[i];
    // admin1 + 1 wraps kNone to 0, so one comparison covers "none or in range".
    bad |= static_cast<unsigned>(std::uint64_t{r.name_off} + r.name_len > arena) |
           static_cast<unsigned>(r.country >= ncountries) |
           static_cast<unsigned>(static_cast<std::uint16_t>(r.admin1 + 1) > nadmin1);
  }
  return bad != 0;
}

// Whether the parents are out of order (they are searched) or lie outside the places or the arena.
bool bad_parents(const ParentRef* parents, std::size_t n, std::uint32_t nrecs, std::uint32_t arena) {
  bool bad = false;
  for (std::size_t i = 0; i < n; ++i)
    bad |= parents[i].rec >= nrecs || (i > 0 && parents[i].rec <= parents[i - 1].rec) ||
           std::uint64_t{parents[i].off} + parents[i].len > arena;
  return bad;
}

// Every index a lookup follows must be in range. This reads ~36 MB of the
// file (3-6 ms: memory-bound), most of the cost of using the index, so it is
// cut into pieces that two threads can share (TableCheck).
const char* CompactGazetteer::check_piece(std::size_t k, bool& empty_slot) const {
  auto part = [](std::size_t n, std::size_t i, std::size_t parts) { return n / parts * i + std::min(i, n % parts); };
  if (k < kSlotPieces) {
    const std::size_t b = part(nslots_, k, kSlotPieces), e = part(nslots_, k + 1, kSlotPieces);
    const unsigned r = check_slots(slots_ + b, e - b, static_cast<std::uint32_t>(nkeys_));
    empty_slot = (r & 2) == 0;
    return (r & 1) != 0 ? "slot" : nullptr;
  }
  k -= kSlotPieces;
  if (k < kKeyPieces) {  // runs k..k+1 for k in [b, e): pieces overlap by one entry
    const std::size_t b = part(nkeys_, k, kKeyPieces), e = part(nkeys_, k + 1, kKeyPieces);
    return runs_go_back(keys_ + b, e - b) ? "key runs" : nullptr;
  }
  k -= kKeyPieces;
  if (k == 0) return any_at_least(post_, npost_, nbase_) ? "posting" : nullptr;
  k -= 1;
  if (k < kRefPieces) {
    const std::size_t b = part(nbase_, k, kRefPieces), e = part(nbase_, k + 1, kRefPieces);
    return bad_refs(refs_ + b, e - b, static_cast<std::uint32_t>(arena_size_),
                    static_cast<std::uint16_t>(countries_.size()), static_cast<std::uint16_t>(admin1_.size()))
               ? "place record"
               : nullptr;
  }
  return bad_parents(parents_, nparents_, nbase_, static_cast<std::uint32_t>(arena_size_)) ? "parent" : nullptr;
}

// Pieces taken in turn by whichever thread asks next; the verdict is the
// first failure in piece order, whoever found it.
class TableCheck {
 public:
  explicit TableCheck(const CompactGazetteer& g) : g_(g) {}
  void work() {
    for (std::size_t k; (k = next_.fetch_add(1)) < CompactGazetteer::kCheckPieces;) {
      bool empty = false;
      failed_[k] = g_.check_piece(k, empty);
      empty_[k] = empty;
    }
  }
  const char* verdict() const { return g_.check_verdict(failed_, empty_); }

 private:
  const CompactGazetteer& g_;
  std::atomic<std::size_t> next_{0};
  std::array<const char*, CompactGazetteer::kCheckPieces> failed_{};
  std::array<bool, CompactGazetteer::kCheckPieces> empty_{};
};

const char* CompactGazetteer::check_verdict(const std::array<const char*, kCheckPieces>& failed,
                                            const std::array<bool, kCheckPieces>& empty_slot) const {
  if (nslots_ < 2 || (nslots_ & (nslots_ - 1)) != 0) return "hash table size";
  bool any_empty = false;
  for (std::size_t k = 0; k < kSlotPieces; ++k) any_empty |= empty_slot[k];
  for (std::size_t k = 0; k < kSlotPieces; ++k)
    if (failed[k] != nullptr) return failed[k];
  if (!any_empty) return "slot";  // every probe must end at an empty slot
  if (keys_[nkeys_].begin > npost_) return "key runs";  // the last run ends inside post
  for (std::size_t k = kSlotPieces; k < kCheckPieces; ++k)
    if (failed[k] != nullptr) return failed[k];
  return nullptr;
}

const char* CompactGazetteer::check_tables() const {
  TableCheck check(*this);
  check.work();
  return check.verdict();
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& dir,
                                                         const std::filesystem::path& index,
                                                         const GazetteerOverlay& overlay) {
  auto g = std::make_shared<CompactGazetteer>();
  g->overlay_ = overlay;
  const std::filesystem::path data = dir / "places.tsv.gz";
  if (!index.empty()) {
    std::string why;
    const std::string stamp = source_stamp(data);
    if (stamp.empty()) {
      why = "cannot read " + data.string();
    } else if (g->read_index(index, stamp, why)) {
      // Checking the tables reads ~56 MB (~5 ms): on a second core, while
      // this one reads the .lex files that need no table. places.lex's
      // places and aliases wait for the check.
      std::vector<Diagnostic> problems;
      LexFile places_lex;
      const char* damage = nullptr;
      if (std::thread::hardware_concurrency() > 1) {
        // This thread helps with what is left of the check once the .lex files are read.
        TableCheck check(*g);
        std::thread checker([&] { check.work(); });
        try {
          g->load_lex_first(dir, places_lex, problems);
          check.work();
        } catch (...) {
          checker.join();
          throw;
        }
        checker.join();
        damage = check.verdict();
      } else {
        damage = g->check_tables();
        if (damage == nullptr) g->load_lex_first(dir, places_lex, problems);
      }
      if (damage == nullptr) {
        g->index_note_ = "index " + index.string();
        g->load_lex_places(places_lex, problems);
        if (!problems.empty()) return Status::errors(std::move(problems));
        g->keep_answers();
        return std::shared_ptr<const Gazetteer>(std::move(g));
      }
      why = std::string("damaged (") + damage + ")";
    }
    g = std::make_shared<CompactGazetteer>();
    g->overlay_ = overlay;
    g->index_note_ = "text (index " + index.string() + " ignored: " + why + ")";
  }
  if (Status st = g->load_data(data); !st.ok()) return st;
  if (Status st = g->load_rules(dir); !st.ok()) return st;
  g->keep_answers();
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Status Gazetteer::write_index(const std::filesystem::path& dir, const std::filesystem::path& out) {
  const std::filesystem::path data = dir / "places.tsv.gz";
  const std::string stamp = source_stamp(data);
  if (stamp.empty()) return Status::error(data.string() + ": cannot read");
  CompactGazetteer g;
  if (Status st = g.load_data(data); !st.ok()) return st;
  return g.save_index(out, stamp);
}

}  // namespace salvo
