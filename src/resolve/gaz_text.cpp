// resolve/gaz_text.cpp — see gaz_text.h.
#include "resolve/gaz_text.h"

#include <algorithm>

#include "core/hash.h"
#include "core/names.h"
#include "core/unicode.h"
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
  explicit KeyWriter(char* p, bool keep_j = false) : begin_(p), p_(p), keep_j_(keep_j) {}
  bool empty() const { return p_ == begin_; }
  std::size_t size() const { return static_cast<std::size_t>(p_ - begin_); }
  void space() { *p_++ = ' '; }
  // Lower-cases, writes y and j as i, and drops a letter that repeats the one
  // before: transliterations differ exactly there ("Ilovaysk"/"Ilovaisk",
  // "Novomaryivka"/"Novomarivka", "Kryvyy"/"Kryvyi", "Zaporizhzhya"/"Zaporizhzhia").
  void letter(char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == 'y' || (c == 'j' && !keep_j_)) c = 'i';
    if (p_ != begin_ && p_[-1] == c && c >= 'a' && c <= 'z') return;
    *p_++ = c;
  }
  void raw(std::string_view bytes) {
    for (char c : bytes) *p_++ = c;
  }

 private:
  char* begin_;
  char* p_;
  bool keep_j_;  // loose keys: j is a consonant in Arabic names ("Marjeh", "Oweijel")
};
}  // namespace

// ---------------------------------------------------------------- keys

std::string KeyFolder::key(std::string_view name) const {
  std::string out;
  key_into(name, out);
  return out;
}

void KeyFolder::key_into(std::string_view name, std::string& out) const { key_into(name, out, false); }

std::string KeyFolder::loose_of(std::string_view name) const {
  LooseScratch scratch;
  std::string out;
  loose_of_into(name, scratch, out);
  return out;
}

void KeyFolder::loose_of_into(std::string_view name, LooseScratch& scratch, std::string& out) const {
  key_into(name, scratch.key, true);
  loose_into(scratch.key, scratch, out);
}

std::optional<std::size_t> KeyFolder::loose_distance_of(std::string_view a, std::string_view b) const {
  std::string ka, kb;
  key_into(a, ka, true);
  key_into(b, kb, true);
  return loose_distance(ka, kb);
}

void KeyFolder::key_into(std::string_view name, std::string& out, bool keep_j) const {
  out.resize(name.size());
  KeyWriter w(out.data(), keep_j);
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
  // in place: every rewrite shortens a word or keeps it (a form is never
  // shorter than the article: names.lex is checked for that)
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
      for (char c : article_) key[w++] = c;
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

void KeyFolder::drop_leading_article(std::string& key) const {
  for (const std::string& a : leading_articles_)
    if (starts_with_word(key, a)) {
      key.erase(0, a.size() + 1);
      return;
    }
}

std::size_t KeyFolder::leading_article_bytes(std::string_view name) const {
  for (const std::string& a : leading_articles_)
    if (name.size() > a.size() + 1 && key(name.substr(0, a.size() + 1)) == a) return a.size() + 1;
  return 0;
}

std::string_view KeyFolder::without_leading_article(std::string_view name) const {
  auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
  for (const std::string& a : leading_articles_) {
    if (name.size() <= a.size() + 1 || name[a.size()] != ' ' || (name[0] != a[0] && name[0] != upper(a[0]))) continue;
    const std::string_view rest = name.substr(1, a.size() - 1);
    bool lower = true, caps = true;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      lower = lower && rest[i] == a[i + 1];
      caps = caps && rest[i] == upper(a[i + 1]);
    }
    if (lower || caps) return name.substr(a.size() + 1);
  }
  return name;
}

// ---------------------------------------------------------------- word lists

bool KeyFolder::strip_region_words(std::string& key) const {
  // Every word stripped is followed or preceded by a space: one word, nothing to do.
  if (key.find(' ') == std::string::npos) return false;
  bool stripped = false;
  drop_leading_article(key);
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
  // Keys are folded: every form of the article before another word is already the article.
  if (!article_.empty() && starts_with_word(key, article_)) return key.substr(article_.size() + 1);
  return key;
}

std::uint64_t KeyFolder::fingerprint() const {
  std::uint64_t h = fnv1a(article_);
  for (const std::string& f : article_forms_) h = fnv1a(fnv1a(h, "|"), f);
  return h;
}

// ---------------------------------------------------------------- names.lex

KeyFolder KeyFolder::read(const std::filesystem::path& file, std::vector<Diagnostic>& problems) {
  return from(read_lexfile(file, problems), problems);
}

KeyFolder KeyFolder::from(const LexFile& file, std::vector<Diagnostic>& problems) {
  KeyFolder k;
  // The article first: region words are folded with it.
  for (const LexEntry& e : file.entries) {
    if (e.section == "arabic article"_name) k.add_article_entry(file, e, problems);
    else if (e.section == "loose spelling"_name || e.section == "loose spelling rewrites"_name ||
             e.section == "loose spelling vowel classes"_name)
      k.add_loose_entry(file, e, problems);
    else if (e.section != "region words"_name && e.section != "leading articles"_name &&
             e.section != "facility endings"_name)
      problems.push_back(file.at(e.line, "unknown section [" + e.section + "]"));
  }
  for (const LexEntry& e : file.entries) {
    if (e.section == "region words"_name) k.add_region_word(file, e, problems);
    else if (e.key != "example"_name && (e.section == "leading articles"_name || e.section == "facility endings"_name))
      k.add_key_word(file, e, problems);  // (examples are the gazetteer's: gaz_lex.h)
  }
  return k;
}

void KeyFolder::add_key_word(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems) {
  if (e.section == "leading articles"_name) {
    const std::string word = key(e.value);
    if (!e.key.empty() || !e.tags.empty() || word.empty() || word.find(' ') != std::string::npos)
      problems.push_back(file.at(e.line, "expected one article per line, one word"));
    else
      leading_articles_.push_back(word);
    return;
  }
  // "refugee camp @as camp", "camp"
  const std::string ending = key(e.value);
  const std::size_t sp = e.tags.empty() ? std::string::npos : e.tags[0].find(' ');
  const bool as = e.tags.size() == 1 && sp != std::string::npos && e.tags[0].compare(0, sp, "as"_name) == 0;
  const std::string instead = as ? e.tags[0].substr(sp + 1) : std::string();
  if (!e.key.empty() || ending.empty() || e.tags.size() > 1 || (!e.tags.empty() && (!as || key(instead).empty())))
    problems.push_back(file.at(e.line, "expected '<ending>' or '<ending> @as <words instead>'"));
  else
    facility_endings_.emplace_back(" " + ending, instead);
}

void KeyFolder::add_article_entry(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems) {
  // As a key writes it, one word: a form is compared with the words of a key.
  const std::string word = key(e.value);
  const bool one_word = !word.empty() && word.find(' ') == std::string::npos && e.tags.empty();
  if (e.key == "article"_name) {
    if (!one_word || !article_.empty())
      problems.push_back(file.at(e.line, "expected 'article = <one word>', once"));
    else
      article_ = word;
    return;
  }
  if (!e.key.empty() || !one_word) {
    problems.push_back(file.at(e.line, "expected one form of the article per line, one word"));
  } else if (article_.empty()) {
    problems.push_back(file.at(e.line, "'article = <the article>' must come before its forms"));
  } else if (word.size() < article_.size()) {
    problems.push_back(file.at(e.line, "a form may not be shorter than the article (keys are rewritten in place)"));
  } else if (word == article_ || std::find(article_forms_.begin(), article_forms_.end(), word) != article_forms_.end()) {
    problems.push_back(file.at(e.line, "'" + e.value + "' listed twice"));
  } else {
    article_forms_.push_back(word);
  }
}

void KeyFolder::add_region_word(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems) {
  RegionWord w;
  w.key = key(e.value);
  if (!e.key.empty() || w.key.empty()) {
    problems.push_back(file.at(e.line, "expected one region word or phrase per line"));
    return;
  }
  for (const RegionWord& o : region_words_)
    if (o.key == w.key) {
      problems.push_back(file.at(e.line, "'" + e.value + "' is the same key as a word above"));
      return;
    }
  for (const std::string& tag : e.tags) {
    // "leading"_name, or "geonames Oblast' Oblast oblast": the spellings GeoNames ends a region's name with
    const std::size_t sp = tag.find(' ');
    const std::string_view name = std::string_view(tag).substr(0, sp);
    if (name == "leading"_name && sp == std::string::npos) {
      w.leading = true;
    } else if (name == "geonames"_name && sp != std::string::npos) {
      std::string_view rest = std::string_view(tag).substr(sp + 1);
      while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(' '), rest.size());
        const std::string_view spelling = rest.substr(0, end);
        rest.remove_prefix(std::min(end + 1, rest.size()));
        if (spelling.empty()) continue;
        if (key(spelling) != w.key)
          problems.push_back(file.at(e.line, "GeoNames spelling '" + std::string(spelling) + "' is not the word '" +
                                                 e.value + "'"));
        else
          geonames_endings_.push_back(std::string(" ").append(spelling));
      }
    } else {
      problems.push_back(file.at(e.line, "unknown tag @" + tag + " (expected @leading or @geonames <spellings>)"));
    }
  }
  region_words_.push_back(std::move(w));
}

std::string english_form(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t start = i;
    const char32_t cp = static_cast<unsigned char>(name[i]) < 0x80 ? static_cast<unsigned char>(name[i++])
                                                                   : decode_utf8(name, i);
    if (cp == U'\u2018' || cp == U'\u02BB' || cp == U'`' || cp == U'\u02BF' || (cp >= 0x300 && cp <= 0x36F)) continue;
    if (cp == U'\u2019' || cp == U'\u02BC' || cp == U'\u02BE' || cp == U'\u00B4') {
      out += '\'';
      continue;
    }
    const char* a = cp < 0x80 ? nullptr : fold_latin(cp);
    if (a == nullptr) {
      out.append(name.substr(start, i - start));
      continue;
    }
    const bool up = is_upper(cp);
    for (std::size_t k = 0; a[k] != 0; ++k)
      out += up && k == 0 ? static_cast<char>(a[k] - 'a' + 'A') : a[k];
  }
  return out;
}

// ---------------------------------------------------------- loose spelling

void KeyFolder::add_loose_entry(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems) {
  if (e.section == "loose spelling rewrites"_name) {
    // "ch = sh": as keys write them, so that the rewrite sees what a key holds
    const std::string from = key(e.key), to = key(e.value);
    if (e.key.empty() || from.empty() || from.find(' ') != std::string::npos || to.find(' ') != std::string::npos)
      problems.push_back(file.at(e.line, "expected 'letters = letters' (one rewrite a line)"));
    else
      loose_rewrites_.emplace_back(from, to);
    return;
  }
  if (e.section == "loose spelling vowel classes"_name) {
    if (e.key.size() != 1 || e.value.size() != 1 || key(e.key) != e.key || key(e.value) != e.value)
      problems.push_back(file.at(e.line, "expected 'letter = letter' (one vowel class a line)"));
    else
      loose_vowel_classes_.emplace_back(e.key[0], e.value[0]);
    return;
  }
  if (e.key == "letters_per_edit"_name && !e.value.empty() &&
      std::all_of(e.value.begin(), e.value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    loose_letters_per_edit_ = std::stoi(e.value);
  } else if (e.key == "vowels"_name && !e.value.empty() && key(e.value) == e.value) {
    loose_vowels_ = e.value;
  } else if (e.key == "min_consonants"_name && !e.value.empty() &&
             std::all_of(e.value.begin(), e.value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    loose_min_consonants_ = std::stoi(e.value);
  } else {
    problems.push_back(file.at(e.line, "expected 'vowels = <lower-case letters>', 'min_consonants = <number>' or "
                                       "'letters_per_edit = <number>'"));
  }
}

std::string KeyFolder::loose_words(std::string_view k, bool classes) const {
  std::string word, out;
  loose_words_into(k, classes, word, out);
  return out;
}

void KeyFolder::loose_words_into(std::string_view k, bool classes, std::string& w, std::string& out) const {
  auto vowel = [&](char c) { return loose_vowels_.find(c) != std::string::npos; };
  out.clear();
  std::size_t r = 0;
  while (r <= k.size()) {
    std::size_t e = k.find(' ', r);
    if (e == std::string_view::npos) e = k.size();
    w.assign(k.substr(r, e - r));
    r = e + 1;
    if (w.empty() || w == article_) continue;
    if (w.size() > 2 && w.back() == 'h' && vowel(w[w.size() - 2])) w.pop_back();  // "harmeh": "harme"
    for (const auto& [from, to] : loose_rewrites_)
      for (std::size_t at = w.find(from); at != std::string::npos; at = w.find(from, at + to.size()))
        w.replace(at, from.size(), to);
    if (!out.empty()) out += ' ';
    for (char c : w) {
      if (classes)
        for (const auto& [from, to] : loose_vowel_classes_)
          if (c == from) c = to;
      if (classes && !out.empty() && out.back() == c) continue;
      out += c;
    }
  }
}

std::string KeyFolder::loose(std::string_view k) const {
  LooseScratch scratch;
  std::string out;
  loose_into(k, scratch, out);
  return out;
}

void KeyFolder::loose_into(std::string_view k, LooseScratch& scratch, std::string& out) const {
  out.clear();
  if (loose_vowels_.empty()) return;
  int consonants = 0;
  loose_words_into(k, false, scratch.word, scratch.words);
  for (char c : scratch.words) {
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (loose_vowels_.find(c) == std::string::npos && (out.empty() || out.back() != c)) {
      out += c;
      ++consonants;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  if (consonants < loose_min_consonants_) out.clear();
}

std::optional<std::size_t> KeyFolder::loose_distance(std::string_view a, std::string_view b) const {
  const std::string x = loose_words(a, true), y = loose_words(b, true);
  // edit distance in half edits, one row at a time: a vowel put in, left out or traded for
  // another vowel is half an edit ("maaret harmeh" / "maarat hurmah"), any other change a whole one
  auto vowel = [&](char c) { return loose_vowels_.find(c) != std::string::npos; };
  auto cost = [&](char c) -> std::size_t { return vowel(c) ? 1 : 2; };
  std::vector<std::size_t> row(y.size() + 1, 0);
  for (std::size_t j = 1; j <= y.size(); ++j) row[j] = row[j - 1] + cost(y[j - 1]);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] += cost(x[i - 1]);
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      const char p = x[i - 1], q = y[j - 1];
      const std::size_t sub = p == q ? 0 : (vowel(p) && vowel(q)) ? 1 : 2;
      row[j] = std::min({row[j] + cost(p), row[j - 1] + cost(q), diag + sub});
      diag = up;
    }
  }
  const std::size_t letters = std::min(x.size(), y.size());
  const std::size_t per = loose_letters_per_edit_ > 0 ? static_cast<std::size_t>(loose_letters_per_edit_) : letters + 1;
  if (row[y.size()] > 2 * std::max<std::size_t>(1, letters / per)) return std::nullopt;
  return row[y.size()];
}

}  // namespace salvo::gaz
