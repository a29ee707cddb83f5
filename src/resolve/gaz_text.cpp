// resolve/gaz_text.cpp — see gaz_text.h.
#include "resolve/gaz_text.h"

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

std::string normalize_key(std::string_view name) {
  std::string out;
  normalize_key_into(name, out);
  return out;
}

void normalize_key_into(std::string_view name, std::string& out) {
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
void fold_arabic(std::string& key) {
  static constexpr std::string_view kForms[] = {"ash", "as", "ad", "adh", "an", "ar", "at", "ath", "az", "el",
                                                "es", "esh", "ed", "en", "er", "et", "ez", "il", "ul"};
  // in place: every rewrite shortens a word or keeps it
  std::size_t r = 0, w = 0;
  while (r < key.size()) {
    std::size_t e = key.find(' ', r);
    const bool last = e == std::string::npos;
    if (last) e = key.size();
    const std::string_view tok(key.data() + r, e - r);
    bool article = false;
    if (!last)
      for (std::string_view f : kForms)
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

}  // namespace salvo::gaz
