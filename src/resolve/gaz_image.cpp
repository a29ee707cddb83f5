// resolve/gaz_image.cpp — see gaz_image.h.
//
// The file, mapped and used where it lies (native byte order; the header
// records what it was written with):
//   IndexHeader (below), then at 64-byte aligned offsets the sections it lists:
//   refs (RecRef) and geo (RecGeo), one each per place, parents (ParentRef),
//   arena (names), slots (Slot), keys (KeyRun, one more than the distinct
//   keys), post (u32 place of each run entry), ids (i64, the places' ids in
//   order) with by_id (u32, the place of each) and id_top (i64, every
//   kIdBlock-th of ids), for places.lex's preferred names, and meta:
//   countries, admin1 regions and admin2 districts, small and with strings, copied out:
//     u64 n countries { str iso, str name, i64 gid, f64 lat, f64 lon, u8 has_coords }
//     u64 n admin1    { str code, u16 country, str gn_name, i64 gid, f64 lat, f64 lon }
//     u64 n admin2, u32 ends[n], str names   (Admin2Names: the names end to end)
//   where str = u64 length + bytes.
// Before anything is used, every offset and index the lookups follow is
// checked against the table sizes (TableCheck: refs, parents, slots, keys,
// post; ~36 MB), so a damaged file is refused, never followed out of bounds.
// geo holds no offset; ids, by_id and id_top are a search order, checked
// where they are used (PlaceTable::find_id).
#include "resolve/gaz_image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <type_traits>

namespace salvo::gaz {
namespace {

constexpr char kIndexMagic[8] = {'S', 'A', 'L', 'V', 'O', 'G', 'Z', 'X'};
constexpr std::uint32_t kIndexVersion = 5;  // 4: keys fold Arabic articles and final -ah; 5: admin2
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint64_t kSectionAlign = 64;

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

// A few spellings through the key folding and key_hash, and the folder's own
// fingerprint (the Arabic article and its forms, from names.lex): an index
// whose keys were folded or hashed otherwise finds nothing, so it is refused.
std::uint64_t key_check(const KeyFolder& fold) {
  std::uint64_t h = 0;
  for (std::string_view probe : {"Kryvyy Rih", "Dayr al Balaḩ", "Kharkivs’ka Oblast’", "Rostov-on-Don", "Ilovays'k"})
    h = h * 31 + key_hash(fold.key(probe));
  return h * 31 + fold.fingerprint();
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

std::string encode_meta(const PlaceTable& t) {
  MetaWriter meta;
  meta.pod(static_cast<std::uint64_t>(t.countries().size()));
  for (const Country& c : t.countries()) {
    meta.str(c.iso);
    meta.str(c.name);
    meta.pod(c.gid);
    meta.pod(c.lat);
    meta.pod(c.lon);
    meta.pod(static_cast<std::uint8_t>(c.has_coords));
  }
  meta.pod(static_cast<std::uint64_t>(t.admin1().size()));
  for (const Admin1& a : t.admin1()) {
    meta.str(a.code);
    meta.pod(a.country);
    meta.str(a.gn_name);
    meta.pod(a.gid);
    meta.pod(a.lat);
    meta.pod(a.lon);
  }
  meta.pod(static_cast<std::uint64_t>(t.admin2().size()));
  meta.raw(t.admin2().ends.data(), t.admin2().ends.size() * sizeof(std::uint32_t));
  meta.str(t.admin2().text);
  return std::move(meta.out);
}

// The header of an image of `b`, its sections laid out one after the other.
IndexHeader make_header(const BaseTables& b, const KeyFolder& fold, const std::string& stamp, std::size_t meta_size) {
  IndexHeader h{};
  std::memcpy(h.magic, kIndexMagic, sizeof h.magic);
  h.version = kIndexVersion;
  h.byte_order = kByteOrder;
  h.ref_size = sizeof(RecRef);
  h.geo_size = sizeof(RecGeo);
  h.parent_size = sizeof(ParentRef);
  h.slot_size = sizeof(Slot);
  h.key_size = sizeof(KeyRun);
  h.header_size = sizeof(IndexHeader);
  h.key_check = key_check(fold);
  h.stamp_len = stamp.size();
  std::memcpy(h.stamp, stamp.data(), stamp.size());
  std::uint64_t pos = sizeof h;
  auto place = [&pos](Section& s, std::size_t count, std::size_t elem) {
    pos = (pos + kSectionAlign - 1) / kSectionAlign * kSectionAlign;
    s.offset = pos;
    s.count = count;
    pos += count * elem;
  };
  place(h.refs, b.nrecs, sizeof(RecRef));
  place(h.geo, b.nrecs, sizeof(RecGeo));
  place(h.parents, b.nparents, sizeof(ParentRef));
  place(h.arena, b.arena_size, 1);
  place(h.slots, b.nslots, sizeof(Slot));
  place(h.keys, b.nkeys + 1, sizeof(KeyRun));
  place(h.post, b.npost, sizeof(std::uint32_t));
  place(h.ids, b.nrecs, sizeof(std::int64_t));
  place(h.by_id, b.nrecs, sizeof(std::uint32_t));
  place(h.id_top, b.nid_top, sizeof(std::int64_t));
  place(h.meta, meta_size, 1);
  h.file_size = pos;
  return h;
}

void write_sections(BinWriter& w, const IndexHeader& h, const BaseTables& b, const std::string& meta) {
  w.pod(h);
  w.pad_to(h.refs.offset);
  w.array(b.refs, b.nrecs);
  w.pad_to(h.geo.offset);
  w.array(b.geo, b.nrecs);
  w.pad_to(h.parents.offset);
  w.array(b.parents, b.nparents);
  w.pad_to(h.arena.offset);
  w.array(b.arena, b.arena_size);
  w.pad_to(h.slots.offset);
  w.array(b.slots, b.nslots);
  w.pad_to(h.keys.offset);
  w.array(b.keys, b.nkeys + 1);
  w.pad_to(h.post.offset);
  w.array(b.post, b.npost);
  w.pad_to(h.ids.offset);
  w.array(b.ids, b.nrecs);
  w.pad_to(h.by_id.offset);
  w.array(b.by_id, b.nrecs);
  w.pad_to(h.id_top.offset);
  w.array(b.id_top, b.nid_top);
  w.pad_to(h.meta.offset);
  w.array(meta.data(), meta.size());
}

// The header's verdict on the file: ok if it may be an image of these bytes, else why not.
Status check_header(const IndexHeader& h, std::size_t size, const KeyFolder& fold, const std::string& stamp) {
  if (std::memcmp(h.magic, kIndexMagic, sizeof h.magic) != 0) return Status::error("not a salvo gazetteer index");
  if (h.version != kIndexVersion || h.byte_order != kByteOrder || h.ref_size != sizeof(RecRef) ||
      h.geo_size != sizeof(RecGeo) || h.parent_size != sizeof(ParentRef) || h.slot_size != sizeof(Slot) ||
      h.key_size != sizeof(KeyRun) || h.header_size != sizeof(IndexHeader))
    return Status::error("written by another version of salvo");
  if (h.key_check != key_check(fold))
    return Status::error("made with another key folding (salvo version or names.lex)");
  if (h.stamp_len > sizeof h.stamp || std::string_view(h.stamp, h.stamp_len) != stamp)
    return Status::error("made from a different places.tsv.gz");
  if (h.file_size > size) return Status::error("damaged (truncated)");
  if (h.file_size < size) return Status::error("damaged (trailing bytes)");
  // Each section inside the file, aligned for its type.
  auto in_file = [&](const Section& s, std::size_t elem) {
    return s.offset % kSectionAlign == 0 && s.offset <= size && s.count <= (size - s.offset) / elem;
  };
  if (!in_file(h.refs, sizeof(RecRef)) || !in_file(h.geo, sizeof(RecGeo)) || !in_file(h.parents, sizeof(ParentRef)) ||
      !in_file(h.arena, 1) || !in_file(h.slots, sizeof(Slot)) || !in_file(h.keys, sizeof(KeyRun)) ||
      !in_file(h.post, 4) || !in_file(h.ids, 8) || !in_file(h.by_id, 4) || !in_file(h.id_top, 8) ||
      !in_file(h.meta, 1))
    return Status::error("damaged (truncated)");
  if (h.refs.count == 0) return Status::error("damaged (no places)");
  if (h.geo.count != h.refs.count || h.ids.count != h.refs.count || h.by_id.count != h.refs.count)
    return Status::error("damaged (table size)");
  if (h.refs.count >= 0xFFFFFFFFu || h.post.count >= 0xFFFFFFFFu || h.keys.count == 0 ||
      h.keys.count >= 0xFFFFFFFFu || h.arena.count >= 0x80000000u)
    return Status::error("damaged (table size)");
  return {};
}

// The countries and regions of the meta section: ok, or what is damaged.
Status read_meta(const char* p, std::size_t n, std::vector<Country>& countries, std::vector<Admin1>& admin1,
                      Admin2Names& admin2) {
  MetaReader r(p, n);
  std::uint64_t count = 0;
  if (!r.pod(count) || count >= kNone || count > n) return Status::error("damaged (country count)");
  countries.resize(count);
  for (Country& c : countries) {
    std::uint8_t has = 0;
    if (!r.str(c.iso) || !r.str(c.name) || !r.pod(c.gid) || !r.pod(c.lat) || !r.pod(c.lon) || !r.pod(has))
      return Status::error("damaged (truncated)");
    c.has_coords = has != 0;
  }
  if (!r.pod(count) || count >= kNone || count > n) return Status::error("damaged (admin1 count)");
  admin1.resize(count);
  for (Admin1& a : admin1) {
    if (!r.str(a.code) || !r.pod(a.country) || !r.str(a.gn_name) || !r.pod(a.gid) || !r.pod(a.lat) || !r.pod(a.lon))
      return Status::error("damaged (truncated)");
    if (a.country >= countries.size()) return Status::error("damaged (admin1 country)");
  }
  if (!r.pod(count) || count >= kNone || count > n) return Status::error("damaged (admin2 count)");
  admin2.ends.resize(count);
  if (!r.raw(admin2.ends.data(), count * sizeof(std::uint32_t)) || !r.str(admin2.text))
    return Status::error("damaged (truncated)");
  for (std::size_t i = 0; i < count; ++i)
    if (admin2.ends[i] > admin2.text.size() || (i > 0 && admin2.ends[i] < admin2.ends[i - 1]))
      return Status::error("damaged (admin2 names)");
  if (!r.at_end()) return Status::error("damaged (trailing bytes)");
  return {};
}

BaseTables views(char* base, const IndexHeader& h) {
  BaseTables b;
  b.refs = reinterpret_cast<RecRef*>(base + h.refs.offset);
  b.geo = reinterpret_cast<const RecGeo*>(base + h.geo.offset);
  b.nrecs = static_cast<std::uint32_t>(h.refs.count);
  b.parents = reinterpret_cast<const ParentRef*>(base + h.parents.offset);
  b.nparents = h.parents.count;
  b.arena = base + h.arena.offset;
  b.arena_size = h.arena.count;
  b.slots = reinterpret_cast<const Slot*>(base + h.slots.offset);
  b.nslots = h.slots.count;
  b.keys = reinterpret_cast<const KeyRun*>(base + h.keys.offset);
  b.nkeys = h.keys.count - 1;
  b.post = reinterpret_cast<const std::uint32_t*>(base + h.post.offset);
  b.npost = h.post.count;
  b.ids = reinterpret_cast<const std::int64_t*>(base + h.ids.offset);
  b.by_id = reinterpret_cast<const std::uint32_t*>(base + h.by_id.offset);
  b.id_top = reinterpret_cast<const std::int64_t*>(base + h.id_top.offset);
  b.nid_top = h.id_top.count;
  return b;
}

// Maps the whole file private and writable: the few places whose name
// places.lex replaces are written in place, which copies just their pages;
// the file never changes. The build replaces an index by renaming a new file
// over it, so a mapped one is never cut short under us. nullptr (and why) if
// it cannot be mapped.
std::shared_ptr<void> map_file(const std::filesystem::path& file, std::size_t& size, std::string& why) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block the open
  if (fd < 0) {
    why = std::strerror(errno);
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    why = std::strerror(errno);
    ::close(fd);
    return nullptr;
  }
  if (!S_ISREG(st.st_mode)) {  // a pipe or a device: nothing to map, and reading it could block
    why = "not a regular file";
    ::close(fd);
    return nullptr;
  }
  size = static_cast<std::size_t>(st.st_size);
  if (size < sizeof(IndexHeader)) {
    ::close(fd);
    char magic[8] = {};
    why = "not a salvo gazetteer index";
    // A file that starts like one but is shorter than the header is one cut short.
    if (std::FILE* f = std::fopen(file.string().c_str(), "rb")) {
      if (std::fread(magic, 1, 8, f) == 8 && std::memcmp(magic, kIndexMagic, 8) == 0) why = "damaged (truncated)";
      std::fclose(f);
    }
    return nullptr;
  }
  void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) {
    why = std::string("cannot map: ") + std::strerror(errno);
    return nullptr;
  }
  return std::shared_ptr<void>(p, [size](void* q) { ::munmap(q, size); });
}

}  // namespace

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

Status write_image(const PlaceTable& t, const std::filesystem::path& out, const std::string& stamp) {
  if (stamp.size() > sizeof IndexHeader::stamp) return Status::error("gazetteer index: source stamp too long");
  const std::string meta = encode_meta(t);
  const IndexHeader h = make_header(t.base(), t.fold(), stamp, meta.size());
  const std::filesystem::path tmp = out.string() + ".tmp";
  std::FILE* f = std::fopen(tmp.string().c_str(), "wb");
  if (f == nullptr) return Status::error(tmp.string() + ": cannot write: " + std::strerror(errno));
  BinWriter w(f);
  write_sections(w, h, t.base(), meta);
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

bool map_image(const std::filesystem::path& file, const std::string& stamp, PlaceTable& t, std::string& why) {
  std::size_t size = 0;
  std::shared_ptr<void> mapping = map_file(file, size, why);
  if (!mapping) return false;
  char* base = static_cast<char*>(mapping.get());
  IndexHeader h;
  std::memcpy(&h, base, sizeof h);
  Status st = check_header(h, size, t.fold(), stamp);
  std::vector<Country> countries;
  std::vector<Admin1> admin1;
  Admin2Names admin2;
  if (st.ok()) st = read_meta(base + h.meta.offset, h.meta.count, countries, admin1, admin2);
  if (!st.ok()) {
    why = st.message();
    return false;
  }
  t.adopt(views(base, h), std::move(countries), std::move(admin1), std::move(admin2), std::move(mapping));
  return true;
}

// ---- range checks over whole tables: branch-free, SSE2 where the layout
// allows it (every x86-64 has it), so that checking the index costs about what
// reading its ~56 MB does.
namespace {

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

// Whether some place's name lies outside the arena, or its country, admin1 or
// admin2 is out of range. 12 bytes a place, ~12 instructions.
bool bad_refs(const RecRef* refs, std::size_t n, std::uint32_t arena, std::uint16_t ncountries, std::uint16_t nadmin1,
              std::uint16_t nadmin2) {
  unsigned bad = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const RecRef& r = refs[i];
    // admin1 + 1 wraps kNone to 0, so one comparison covers "none or in range".
    bad |= static_cast<unsigned>(std::uint64_t{r.name_off} + r.name_len > arena) |
           static_cast<unsigned>(r.country >= ncountries) |
           static_cast<unsigned>(static_cast<std::uint16_t>(r.admin1 + 1) > nadmin1) |
           static_cast<unsigned>(static_cast<std::uint16_t>(r.admin2 + 1) > nadmin2);
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

}  // namespace

TableCheck::TableCheck(const PlaceTable& t)
    : b_(t.base()),
      ncountries_(static_cast<std::uint16_t>(t.countries().size())),
      nadmin1_(static_cast<std::uint16_t>(t.admin1().size())),
      nadmin2_(static_cast<std::uint16_t>(t.admin2().size())) {}

void TableCheck::work() {
  for (std::size_t k; (k = next_.fetch_add(1)) < kPieces;) {
    bool empty = false;
    failed_[k] = piece(k, empty);
    empty_[k] = empty;
  }
}

const char* TableCheck::piece(std::size_t k, bool& empty_slot) const {
  auto part = [](std::size_t n, std::size_t i, std::size_t parts) { return n / parts * i + std::min(i, n % parts); };
  if (k < kSlotPieces) {
    const std::size_t b = part(b_.nslots, k, kSlotPieces), e = part(b_.nslots, k + 1, kSlotPieces);
    const unsigned r = check_slots(b_.slots + b, e - b, static_cast<std::uint32_t>(b_.nkeys));
    empty_slot = (r & 2) == 0;
    return (r & 1) != 0 ? "slot" : nullptr;
  }
  k -= kSlotPieces;
  if (k < kKeyPieces) {  // runs k..k+1 for k in [b, e): pieces overlap by one entry
    const std::size_t b = part(b_.nkeys, k, kKeyPieces), e = part(b_.nkeys, k + 1, kKeyPieces);
    return runs_go_back(b_.keys + b, e - b) ? "key runs" : nullptr;
  }
  k -= kKeyPieces;
  if (k == 0) return any_at_least(b_.post, b_.npost, b_.nrecs) ? "posting" : nullptr;
  k -= 1;
  if (k < kRefPieces) {
    const std::size_t b = part(b_.nrecs, k, kRefPieces), e = part(b_.nrecs, k + 1, kRefPieces);
    return bad_refs(b_.refs + b, e - b, static_cast<std::uint32_t>(b_.arena_size), ncountries_, nadmin1_, nadmin2_)
               ? "place record"
               : nullptr;
  }
  return bad_parents(b_.parents, b_.nparents, b_.nrecs, static_cast<std::uint32_t>(b_.arena_size)) ? "parent"
                                                                                                     : nullptr;
}

const char* TableCheck::verdict() const {
  if (b_.nslots < 2 || (b_.nslots & (b_.nslots - 1)) != 0) return "hash table size";
  bool any_empty = false;
  for (std::size_t k = 0; k < kSlotPieces; ++k) any_empty |= empty_[k];
  for (std::size_t k = 0; k < kSlotPieces; ++k)
    if (failed_[k] != nullptr) return failed_[k];
  if (!any_empty) return "slot";  // every probe must end at an empty slot
  if (b_.keys[b_.nkeys].begin > b_.npost) return "key runs";  // the last run ends inside post
  for (std::size_t k = kSlotPieces; k < kPieces; ++k)
    if (failed_[k] != nullptr) return failed_[k];
  return nullptr;
}

}  // namespace salvo::gaz
