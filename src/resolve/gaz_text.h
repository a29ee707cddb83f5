// resolve/gaz_text.h — the key under which the gazetteer files and finds names.
//
// Owns: name normalisation for lookups (case, Latin diacritics, apostrophes,
// hyphen/space/dot differences are ignored) and the 64-bit hash of a key.
// Every index of the gazetteer (places, regions, countries, stop words) uses
// the same key, so a spelling that matches one matches them all.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace salvo::gaz {

// "Kharkivs’ka Oblast’" -> "kharkivska oblast"; "Rostov-on-Don" -> "rostov on don";
// "Dayr al Balaḩ" -> "dair al bala". Transliteration noise is folded too: y and j
// are written i and a doubled letter once ("Kryvyy Rih" and "Kryvyi Rih" ->
// "krivi rih"). Characters outside Latin script are kept, so a non-Latin query
// simply finds nothing.
std::string normalize_key(std::string_view name);
// The same, written into out (cleared first); saves an allocation per name when loading.
// Both also apply fold_arabic.
void normalize_key_into(std::string_view name, std::string& out);
// Within a key: an Arabic article in any of its assimilated forms ("ash", "el",
// "ad", ...) before another word is written "al", and a final "ah" "a"
// ("jisr ash shughur" = "jisr al shughur", "hawijah" = "hawija").
void fold_arabic(std::string& key);
// ASCII spelling of a Latin letter with diacritics ("ḩ" -> "h", "ß" -> "ss"),
// or nullptr if cp is not one (table in gaz_fold.cpp).
const char* fold_latin(char32_t cp);
// FNV-1a (core/hash.h) with a final avalanche, so that the low bits index a table well.
std::uint64_t key_hash(std::string_view key);

}  // namespace salvo::gaz
