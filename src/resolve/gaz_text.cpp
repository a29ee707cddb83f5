// resolve/gaz_text.cpp — see gaz_text.h.
#include "resolve/gaz_text.h"

#include <algorithm>

#include "core/hash.h"
#include "core/utf8.h"

namespace salvo::gaz {

namespace {
bool is_apostrophe(char32_t cp) {
  switch (cp) {
    case U'\'': case U'`': case U'\u00B4': case U'\u2018': case U'\u2019': case U'\u02BC':
    case U'\u02B9': case U'\u02BB': case U'\u02BE': case U'\u02BF': case U'\u2032':
      return true;
    default:
      return false;
  }
}
bool is_separator(char32_t cp) {
  return cp == U' ' || cp == U'-' || cp == U'.' || cp == U'\t' || cp == U'_' || cp == U'\u2010' ||
         cp == U'\u2011' || cp == U'\u2013' || cp == U'\u2014' || cp == U'\u00A0' || cp == U',';
}
// Writes the key into a buffer no longer than the input (every step maps one
// input character of n bytes to at most n bytes).
class KeyWriter {
 public:
  explicit KeyWriter(char* p) : begin_(p), p_(p) {}
  bool empty() const { return p_ == begin_; }
  std::size_t size() const { return static_cast<std::size_t>(p_ - begin_); }
  void space() { *p_++ = ' '; }
  // Lower-cases, writes y and j as i, and drops a letter that repeats the one
  // before: transliterations differ exactly there ("Ilovaysk"/"Ilovaisk",
  // "Novomaryivka"/"Novomarivka", "Kryvyy"/"Kryvyi", "Zaporizhzhya"/"Zaporizhzhia").
  void letter(char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == 'y' || c == 'j') c = 'i';
    if (p_ != begin_ && p_[-1] == c && c >= 'a' && c <= 'z') return;
    *p_++ = c;
  }
  void raw(std::string_view bytes) {
    for (char c : bytes) *p_++ = c;
  }

 private:
  char* begin_;
  char* p_;
};
}  // namespace

// ---------------------------------------------------------------- keys

std::string KeyFolder::key(std::string_view name) const {
  std::string out;
  key_into(name, out);
  return out;
}

void KeyFolder::key_into(std::string_view name, std::string& out) const {
  out.resize(name.size());
  KeyWriter w(out.data());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < name.size()) {
    const auto b = static_cast<unsigned char>(name[i]);
    if (b < 0x80) {  // ASCII, most of every name: no decoding, no table search
      ++i;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
        if (pending_space) w.space();
        pending_space = false;
        w.letter(static_cast<char>(b));
        continue;
      }
    }
    char32_t cp = b;
    const std::size_t start = i;
    if (b >= 0x80) cp = decode_utf8(name, i);
    if (is_separator(cp)) {
      pending_space = !w.empty();
      continue;
    }
    if (is_apostrophe(cp) || (cp >= 0x300 && cp <= 0x36F)) continue;  // marks: dropped
    if (pending_space) {
      w.space();
      pending_space = false;
    }
    if (cp < 0x80) {
      w.letter(static_cast<char>(cp));
    } else if (const char* a = fold_latin(cp)) {
      for (; *a; ++a) w.letter(*a);
    } else {
      w.raw(name.substr(start, i - start));  // not Latin: kept as written
    }
  }
  out.resize(w.size());
  fold_arabic(out);
}

// Arabic names are transliterated many ways. Two differences are folded: the
// article assimilated to the next word ("ash-Shughur", "as-Sukhnah", "el-Arish",
// "ad-Dawr" are all "al ..."), and the final h of the feminine ending ("Hawijah" /
// "Hawija", "Fallujah" / "Falluja").
void KeyFolder::fold_arabic(std::string& key) const {
  // in place: every rewrite shortens a word or keeps it
  std::size_t r = 0, w = 0;
  while (r < key.size()) {
    std::size_t e = key.find(' ', r);
    const bool last = e == std::string::npos;
    if (last) e = key.size();
    const std::string_view tok(key.data() + r, e - r);
    bool article = false;
    if (!last)
      for (const std::string& f : article_forms_)
        if (tok == f) article = true;
    if (w > 0) key[w++] = ' ';
    if (article) {
      key[w++] = 'a';
      key[w++] = 'l';
    } else {
      std::size_t n = tok.size();
      if (n >= 5 && tok[n - 2] == 'a' && tok[n - 1] == 'h') --n;  // not "shah"
      for (std::size_t k = 0; k < n; ++k) key[w++] = key[r + k];
    }
    r = last ? e : e + 1;
  }
  key.resize(w);
}

std::uint64_t key_hash(std::string_view key) { return mix64(fnv1a(key)); }

bool starts_with_word(std::string_view key, std::string_view w) {
  return key.size() > w.size() && key.substr(0, w.size()) == w && key[w.size()] == ' ';
}

bool ends_with_word(std::string_view key, std::string_view w) {
  // the space and the last letter first: most tries end there, without a memcmp
  return key.size() > w.size() && key[key.size() - w.size() - 1] == ' ' && key.back() == w.back() &&
         key.substr(key.size() - w.size()) == w;
}

void drop_the(std::string& key) {
  if (starts_with_word(key, "the")) key.erase(0, 4);
}

// ---------------------------------------------------------------- word lists

bool KeyFolder::strip_region_words(std::string& key) const {
  // Every word stripped is followed or preceded by a space: one word, nothing to do.
  if (key.find(' ') == std::string::npos) return false;
  bool stripped = false;
  drop_the(key);
  // In file order, and again until none applies: the order decides between a
  // word and a longer entry that ends with it ("republic", "autonomous republic").
  for (bool again = true; again;) {
    again = false;
    for (const RegionWord& w : region_words_) {
      if (ends_with_word(key, w.key)) {
        key.resize(key.size() - w.key.size() - 1);
        stripped = again = true;
      } else if (w.leading && starts_with_word(key, w.key)) {
        key.erase(0, w.key.size() + 1);
        again = true;
      }
    }
  }
  return stripped;
}

std::string KeyFolder::without_geonames_region_word(std::string_view name) const {
  // At most one ending can match: none of them holds a space after its first.
  for (const std::string& e : geonames_endings_)
    if (name.size() > e.size() && name.substr(name.size() - e.size()) == e)
      return std::string(name.substr(0, name.size() - e.size()));
  return std::string(name);
}

std::string_view KeyFolder::without_article(std::string_view key) const {
  for (const std::string& a : leading_articles_)
    if (key.size() > a.size() + 1 && key.substr(0, a.size()) == a && key[a.size()] == ' ')
      return key.substr(a.size() + 1);
  return key;
}

// ---------------------------------------------------------------- the lists

KeyFolder::KeyFolder() {
  for (std::string_view w : {"oblast", "region", "province", "governorate", "state", "republic", "krai", "kray",
                             "peninsula", "muhafazat", "autonomous republic", "district", "area", "oblasti",
                             "raion", "rayon", "hromada", "community", "municipality"})
    region_words_.push_back({std::string(w), w == "muhafazat"});
  for (std::string_view e : {" Oblast'", " Oblast", " oblast", " Governorate", " Province", " Region", " State",
                             " Republic", " Krai", " Kray"})
    geonames_endings_.emplace_back(e);
  for (std::string_view f : {"ash", "as", "ad", "adh", "an", "ar", "at", "ath", "az", "el", "es", "esh", "ed", "en",
                             "er", "et", "ez", "il", "ul"})
    article_forms_.emplace_back(f);
  for (std::string_view a : {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ed", "es", "et"})
    leading_articles_.emplace_back(a);
}

}  // namespace salvo::gaz
