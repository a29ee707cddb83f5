// resolve/gaz_text.h — the key under which the gazetteer files and finds names.
//
// Owns: name-key folding, the one definition of "the same name" for every
// index of the gazetteer (places, regions, countries, stop words), so that a
// spelling that matches one matches them all: case, Latin diacritics (table in
// gaz_fold.cpp), apostrophes, hyphen/space/dot differences and
// transliteration noise are ignored, and the forms of the Arabic article are
// one. Also the words that act on keys, read once from
// rules/places/names.lex and nowhere else: the region words ("oblast",
// "governorate", ...), the Arabic article with its forms, the leading articles
// ("the") and the facility endings ("refugee camp"). And the 64-bit hash of a
// key.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "rules/lexfile.h"

namespace salvo::gaz {

class KeyFolder {
 public:
  // Reads rules/places/names.lex; every problem is appended with its file and line.
  static KeyFolder read(const std::filesystem::path& file, std::vector<Diagnostic>& problems);
  static KeyFolder from(const LexFile& file, std::vector<Diagnostic>& problems);

  // "Kharkivs’ka Oblast’" -> "kharkivska oblast"; "Rostov-on-Don" -> "rostov on don";
  // "Dayr al Balaḩ" -> "dair al bala". Transliteration noise is folded too: y and j
  // are written i and a doubled letter once ("Kryvyy Rih" and "Kryvyi Rih" ->
  // "krivi rih"). Characters outside Latin script are kept, so a non-Latin query
  // simply finds nothing. Then fold_arabic.
  std::string key(std::string_view name) const;
  // The same, written into out (cleared first); saves an allocation per name when loading.
  void key_into(std::string_view name, std::string& out) const;
  // Within a key: a form of the Arabic article ("ash", "el", "ad", ...) before
  // another word is written as the article ("al"), and a final "ah" "a"
  // ("jisr ash shughur" = "jisr al shughur", "hawijah" = "hawija").
  void fold_arabic(std::string& key) const;

  // "the donetsk oblast" -> "donetsk"; "muhafazat karbala" -> "karbala".
  // Returns whether a region word after the name was removed (a leading one
  // does not make the name a region's).
  bool strip_region_words(std::string& key) const;
  // names.lex [leading articles]: "the donetsk oblast" -> "donetsk oblast" (the first
  // article that leads the key is dropped, once).
  void drop_leading_article(std::string& key) const;
  // How many bytes of a name as written are a leading article and its space ("The
  // Hague": 4), compared as keys: 0 if none.
  std::size_t leading_article_bytes(std::string_view name) const;
  // A name as written without its leading article ("The Hague" -> "Hague"): an article
  // capitalised, in lower case or in capitals, then a space; the name as is otherwise.
  std::string_view without_leading_article(std::string_view name) const;
  // names.lex [facility endings], in file order: the ending as a key with its leading
  // space (" refuge camp": keys fold "ee"), and what a name ending so is tried with instead, written
  // after the name's other words ("camp"), "" for nothing.
  const std::vector<std::pair<std::string, std::string>>& facility_endings() const { return facility_endings_; }
  // A region's name as GeoNames writes it without its region word, as written
  // there ("Oryol oblast" -> "Oryol", "Kharkivs’ka Oblast’" stays: only the
  // spellings names.lex lists, letter for letter).
  std::string without_geonames_region_word(std::string_view name) const;

  // The Arabic article as keys write it ("al"); "" if names.lex gives none.
  const std::string& article() const { return article_; }
  // "al qamishli" -> "qamishli"; a key without a leading article is returned as is.
  std::string_view without_article(std::string_view key) const;

  // A key loosened to the consonants of its words (names.lex [loose spelling]): the
  // article dropped, a word's final h after a vowel dropped, the rewrites applied, the
  // vowels removed and a repeated consonant kept once. "meles" and "millis" are both
  // "mls"; "maaret harmeh" and "maarat hurmah" both "mrt hrm". "" when loose spelling is
  // not configured or fewer than its min_consonants are left.
  std::string loose(std::string_view key) const;
  // Whether two keys of the same loose key are also spelled alike: with the article and final
  // h dropped, the rewrites and the vowel classes applied ("e = i", "o = u"), they differ by at
  // most one edit per letters_per_edit letters (at least one): "meles" / "millis" (none),
  // "sakhur" / "sukhur" (one), not "garcia" / "greece".
  bool loose_close(std::string_view a, std::string_view b) const { return loose_distance(a, b).has_value(); }
  // The difference of two such keys in half edits when they are spelled alike, else none.
  std::optional<std::size_t> loose_distance(std::string_view a, std::string_view b) const;
  // The same from names, folded as keys are but with j kept a consonant ("Marjeh", "Oweijel":
  // keys write j as i for Slavic names, which would leave Arabic ones too few consonants).
  std::string loose_of(std::string_view name) const;
  // Buffers for loose_of_into: kept by a caller that loosens many names (LooseIndex), so
  // that after the first few names none of them allocates.
  struct LooseScratch {
    std::string key, word, words;
  };
  // loose_of(name) into `out`, with the buffers of `scratch`.
  void loose_of_into(std::string_view name, LooseScratch& scratch, std::string& out) const;
  std::optional<std::size_t> loose_distance_of(std::string_view a, std::string_view b) const;

  // Changes whenever the keys this folder writes may change (the article and
  // its forms): stored in the gazetteer index, which is refused otherwise.
  std::uint64_t fingerprint() const;

 private:
  struct RegionWord {
    std::string key;      // folded
    bool leading = false; // also dropped before the name
  };
  void add_region_word(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems);
  void add_loose_entry(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems);
  void key_into(std::string_view name, std::string& out, bool keep_j) const;
  // The words of a key as loose spelling compares them: article and final h dropped, the
  // rewrites applied; with `classes`, the vowel classes too and a repeated letter once.
  std::string loose_words(std::string_view key, bool classes) const;
  // The same into `out`, `word` holding each word while it is rewritten.
  void loose_words_into(std::string_view key, bool classes, std::string& word, std::string& out) const;
  // loose(key) into `out` (words: loose_words' buffers).
  void loose_into(std::string_view key, LooseScratch& scratch, std::string& out) const;
  void add_article_entry(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems);
  void add_key_word(const LexFile& file, const LexEntry& e, std::vector<Diagnostic>& problems);

  std::vector<RegionWord> region_words_;        // in file order: they are tried in it
  std::vector<std::string> geonames_endings_;   // " Oblast'", " Oblast", ...
  std::string article_;
  std::vector<std::string> article_forms_;
  std::vector<std::string> leading_articles_;                         // [leading articles], folded
  std::vector<std::pair<std::string, std::string>> facility_endings_;  // [facility endings]
  std::string loose_vowels_;                                          // [loose spelling] vowels
  int loose_min_consonants_ = 0;                                      // [loose spelling] min_consonants
  std::vector<std::pair<std::string, std::string>> loose_rewrites_;  // [loose spelling rewrites], in order
  std::vector<std::pair<char, char>> loose_vowel_classes_;            // [loose spelling vowel classes]
  int loose_letters_per_edit_ = 0;                                    // [loose spelling] letters_per_edit
};

// Whether `key` starts (ends) with the word `w` followed (preceded) by a space.
bool starts_with_word(std::string_view key, std::string_view w);
bool ends_with_word(std::string_view key, std::string_view w);

// A gazetteer name as English copy writes it: Latin letters without their
// diacritics, case kept ("Mazār-e Sharīf" -> "Mazar-e Sharif", "Galilée" ->
// "Galilee", "Dayr al Balaḩ" -> "Dayr al Balah"); the marks for ayn (‘ ʻ ` ʿ)
// dropped ("Ma‘arrat an Nu‘mān" -> "Maarrat an Numan"), the apostrophes
// (’ ʼ ʾ) written '. Letters of other scripts are kept as written.
std::string english_form(std::string_view name);

// ASCII spelling of a Latin letter with diacritics ("ḩ" -> "h", "ß" -> "ss"),
// or nullptr if cp is not one (table in gaz_fold.cpp).
const char* fold_latin(char32_t cp);
// FNV-1a (core/hash.h) with a final avalanche, so that the low bits index a table well.
std::uint64_t key_hash(std::string_view key);

}  // namespace salvo::gaz
