// resolve/gaz_text.cpp — see gaz_text.h.
#include "resolve/gaz_text.h"

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
// Lower-cases, writes y and j as i, and drops a letter that repeats the one
// before: transliterations differ exactly there ("Ilovaysk"/"Ilovaisk",
// "Novomaryivka"/"Novomarivka", "Kryvyy"/"Kryvyi", "Zaporizhzhya"/"Zaporizhzhia").
void push_letter(std::string& out, char c) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (c == 'y' || c == 'j') c = 'i';
  if (!out.empty() && out.back() == c && c >= 'a' && c <= 'z') return;
  out.push_back(c);
}
}  // namespace

std::string normalize_key(std::string_view name) {
  std::string out;
  normalize_key_into(name, out);
  return out;
}

void normalize_key_into(std::string_view name, std::string& out) {
  out.clear();
  bool pending_space = false;
  std::size_t i = 0;
  while (i < name.size()) {
    const auto b = static_cast<unsigned char>(name[i]);
    if (b < 0x80) {  // ASCII, most of every name: no decoding, no table search
      ++i;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
        if (pending_space) out.push_back(' ');
        pending_space = false;
        push_letter(out, static_cast<char>(b));
        continue;
      }
    }
    char32_t cp = b;
    if (b >= 0x80) cp = decode_utf8(name, i);
    if (is_separator(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_apostrophe(cp) || (cp >= 0x300 && cp <= 0x36F)) continue;  // marks: dropped
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (cp < 0x80) {
      push_letter(out, static_cast<char>(cp));
    } else if (const char* a = fold_latin(cp)) {
      for (; *a; ++a) push_letter(out, *a);
    } else {
      append_utf8(out, cp);
    }
  }
}

std::uint64_t key_hash(std::string_view key) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace salvo::gaz
