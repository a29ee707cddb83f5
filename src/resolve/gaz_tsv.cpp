// resolve/gaz_tsv.cpp — see gaz_tsv.h.
#include "resolve/gaz_tsv.h"

#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "resolve/gazetteer.h"

namespace salvo::gaz {

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

namespace {

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

// One line at a time, with what the format leaves implicit (ids are deltas;
// a place without a country or admin1 column has the previous one's).
class TsvParser {
 public:
  explicit TsvParser(PlaceTable& t) : t_(t) {}
  Status parse(std::string_view line, std::size_t lineno);

 private:
  Status place(std::string_view line, std::size_t lineno);
  Status other(std::string_view line, std::size_t lineno);
  std::uint16_t country(std::string_view iso) {
    if (iso != last_cc_) {
      last_cc_.assign(iso);
      last_country_ = t_.country_index(iso);
    }
    return last_country_;
  }
  static Status bad(std::size_t lineno, const char* what) {
    return Status::error("places.tsv.gz:" + std::to_string(lineno) + ": " + what);
  }

  PlaceTable& t_;
  std::int64_t prev_id_ = 0;
  std::uint16_t last_place_country_ = kNone;
  std::uint16_t admin2(std::string_view code);

  std::string admin1_key_, last_admin1_code_, admin2_key_;
  std::uint16_t last_admin1_ = kNone, last_admin1_country_ = kNone;
  std::uint16_t last_country_ = kNone;
  std::string last_cc_;
};

Status TsvParser::parse(std::string_view line, std::size_t lineno) {
  if (line.empty()) return {};
  return line[0] == 'P' ? place(line, lineno) : other(line, lineno);
}

Status TsvParser::place(std::string_view line, std::size_t lineno) {
  // Hot path (700k lines): fields cut without allocating.
  std::string_view p[12];
  std::size_t n = 0, b = 0;
  while (n < 12) {
    const std::size_t e = line.find('\t', b);
    p[n++] = line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  if (n < 12 || p[0] != "P") return bad(lineno, "place line needs 12 fields");
  Rec r;
  std::int64_t delta = 0;
  std::uint64_t pop = 0;
  if (!parse_num(p[1], delta) || !parse_coord(p[3], r.lat) || !parse_coord(p[4], r.lon) ||
      (!p[8].empty() && !parse_num(p[8], pop)))
    return bad(lineno, "bad number in place line");
  r.id = prev_id_ + delta;
  prev_id_ = r.id;
  r.pop = static_cast<std::uint32_t>(std::min<std::uint64_t>(pop, 0xFFFFFFFFu));
  if (!p[5].empty()) last_place_country_ = country(p[5]);
  if (last_place_country_ == kNone) return bad(lineno, "place line without a country");
  r.country = last_place_country_;
  if (!p[6].empty()) {
    if (r.country != last_admin1_country_ || p[6] != last_admin1_code_) {
      admin1_key_.assign(t_.countries()[r.country].iso).append(".").append(p[6]);
      last_admin1_ = t_.admin1_by_code(admin1_key_);
      last_admin1_country_ = r.country;
      last_admin1_code_.assign(p[6]);
    }
    r.admin1 = last_admin1_;
    if (!p[11].empty() && (r.admin2 = admin2(p[11])) == kNone) return bad(lineno, "admin2 code without a B line");
  }
  const std::string_view fcode = p[7].empty() ? std::string_view("PPL") : p[7];
  r.rank = feature_rank(fcode);
  r.kind = static_cast<std::uint8_t>(fcode == "PPLX" ? PlaceKind::district : PlaceKind::settlement);
  const std::uint32_t idx = t_.add_base_place(r, p[2], p[10]);
  for (std::size_t ab = 0; ab < p[9].size();) {
    std::size_t ae = p[9].find(',', ab);
    if (ae == std::string_view::npos) ae = p[9].size();
    t_.add_key(p[9].substr(ab, ae - ab), idx);
    ab = ae + 1;
  }
  return {};
}

// The district of code `code` in the admin1 region of the line being read: B lines come first.
std::uint16_t TsvParser::admin2(std::string_view code) {
  admin2_key_.assign(admin1_key_).append(".").append(code);
  return t_.admin2_by_code(admin2_key_);
}

Status TsvParser::other(std::string_view line, std::size_t lineno) {
  const std::vector<std::string_view> f = split(line, '\t');
  if (f[0] == "A") {
    if (f.size() < 6) return bad(lineno, "admin1 line needs 6 fields");
    Admin1 a;
    a.code = std::string(f[1]);
    a.gn_name = std::string(f[2]);
    if (!parse_num(f[3], a.gid) || !parse_num(f[4], a.lat) || !parse_num(f[5], a.lon))
      return bad(lineno, "bad number in admin1 line");
    a.country = country(a.code.substr(0, a.code.find('.')));
    t_.add_admin1(std::move(a));
  } else if (f[0] == "B") {
    if (f.size() < 3) return bad(lineno, "admin2 line needs 3 fields");
    if (t_.admin2().size() + 1 >= kNone) return bad(lineno, "too many admin2 lines");
    t_.add_admin2(f[1], f[2]);
  } else if (f[0] == "C") {
    if (f.size() < 6) return bad(lineno, "country line needs 6 fields");
    Country& k = t_.country(country(f[1]));
    k.name = std::string(f[2]);
    if (!parse_num(f[3], k.gid) || !parse_num(f[4], k.lat) || !parse_num(f[5], k.lon))
      return bad(lineno, "bad number in country line");
    k.has_coords = true;
  } else if (f[0] == "H") {
    if (f.size() < 5 || f[1] != "salvo-gazetteer" || f[2] != "2") return bad(lineno, "unknown gazetteer format");
    std::size_t places = 0, alts = 0;
    if (!parse_num(f[3], places) || !parse_num(f[4], alts)) return bad(lineno, "bad header counts");
    t_.reserve(places, alts);
  } else {
    return bad(lineno, "unknown line type");
  }
  return {};
}

}  // namespace

Status read_places_tsv(const std::filesystem::path& file, PlaceTable& table) {
  gzFile gz = gzopen(file.string().c_str(), "rb");
  if (gz == nullptr) return Status::error(file.string() + ": cannot open gazetteer data");
  gzbuffer(gz, 1 << 17);
  TsvParser parser(table);
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
        st = parser.parse(std::string_view(buf).substr(b, e - b), ++lineno);
      buf.erase(0, b);
    }
  }  // the reader thread has stopped here
  gzclose(gz);
  if (st.ok() && !buf.empty()) st = parser.parse(buf, ++lineno);
  if (st.ok() && table.empty()) st = Status::error(file.string() + ": no places");
  if (st.ok()) table.freeze();
  return st;
}

}  // namespace salvo::gaz
