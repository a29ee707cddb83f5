// tests/gazetteer/fold_test.cpp — name keys (resolve/gaz_text.h) on their own:
// the folding, the region words and the Arabic article as names.lex gives them,
// and names.lex's own checks.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "resolve/gaz_text.h"
#include "rules/lexfile.h"

namespace salvo::gaz {
namespace {

const std::filesystem::path kNames = std::filesystem::path(SALVO_SOURCE_DIR) / "rules" / "places" / "names.lex";

// The shipped folder (rules/places/names.lex), read once.
const KeyFolder& shipped() {
  static const KeyFolder fold = [] {
    std::vector<Diagnostic> problems;
    KeyFolder f = KeyFolder::read(kNames, problems);
    for (const auto& d : problems) ADD_FAILURE() << d.str();
    return f;
  }();
  return fold;
}

// A folder from names.lex text; its problems as "line: message".
KeyFolder folder(const std::string& text, std::vector<std::string>* problems = nullptr) {
  std::vector<Diagnostic> diags;
  KeyFolder f = KeyFolder::from(parse_lexfile("names.lex", text, diags), diags);
  for (const auto& d : diags) {
    if (problems) problems->push_back(std::to_string(d.line) + ": " + d.message);
    else ADD_FAILURE() << d.str();
  }
  return f;
}

std::string key(std::string_view name) { return shipped().key(name); }

TEST(GazetteerKey, IgnoresCaseDiacriticsApostrophesAndHyphens) {
  EXPECT_EQ(key("Kharkivs’ka Oblast’"), "kharkivska oblast");
  EXPECT_EQ(key("Rostov-on-Don"), key("rostov on  don"));
  EXPECT_EQ(key("Dayr al Balaḩ"), "dair al bala");  // the final "ah" is folded (below)
  // transliteration variants meet
  EXPECT_EQ(key("Kryvyy Rih"), key("Kryvyi Rih"));
  EXPECT_EQ(key("Ilovays'k"), key("Ilovaisk"));
  EXPECT_EQ(key("Zaporizhzhya"), key("Zaporizhzhia"));
  EXPECT_NE(key("Kharkiv"), key("Kherson"));
  EXPECT_EQ(key("Ash Shuja'iyeh"), key("Ash Shuja’iyeh"));
  EXPECT_EQ(key("Oděsa"), "odesa");
  EXPECT_EQ(key("Київ"), "Київ");  // not Latin: kept as written, so it simply finds nothing
}

// Arabic transliteration: the article in its assimilated forms and the final -ah.
TEST(GazetteerKey, FoldsArabicArticlesAndTheFinalAh) {
  EXPECT_EQ(key("Jisr ash-Shughur"), key("Jisr al-Shughur"));
  EXPECT_EQ(key("Deir ez-Zor"), key("Deir al Zor"));
  EXPECT_EQ(key("Ras el-Ain"), key("Ras al Ain"));
  EXPECT_EQ(key("Hawijah"), key("Hawija"));
  EXPECT_EQ(key("Fallujah"), key("Falluja"));
  // a last word is never an article; short words keep their h
  EXPECT_EQ(key("Bani As"), "bani as");
  EXPECT_EQ(key("Shah"), "shah");
  EXPECT_NE(key("Hawija"), key("Hawiya Beach"));
}

TEST(GazetteerKey, StripsRegionWordsInFileOrder) {
  auto strip = [](std::string k, bool* stripped = nullptr) {
    const bool s = shipped().strip_region_words(k);
    if (stripped) *stripped = s;
    return k;
  };
  bool stripped = false;
  EXPECT_EQ(strip("the donetsk oblast", &stripped), "donetsk");
  EXPECT_TRUE(stripped);
  EXPECT_EQ(strip(key("Kherson Region")), "kherson");
  EXPECT_EQ(strip(key("Zabaykalsky Kray")), key("Zabaykalsky"));  // "kray" is the key of krai
  EXPECT_EQ(strip("pokrovsk raion"), "pokrovsk");
  EXPECT_EQ(strip("donetsk oblast district"), "donetsk");  // again until none is left
  // a leading word goes too, but does not make the name a region's
  EXPECT_EQ(strip("muhafazat karbala", &stripped), "karbala");
  EXPECT_FALSE(stripped);
  // one word: nothing to strip, even a region word
  EXPECT_EQ(strip("oblast", &stripped), "oblast");
  EXPECT_FALSE(stripped);
  // "republic" comes before "autonomous republic", so the longer entry never acts whole
  EXPECT_EQ(strip("crimea autonomous republic"), "crimea autonomous");
  // not listed (see names.lex): compared as keys, these were never region words
  EXPECT_EQ(strip(key("Bakhmut municipality")), key("Bakhmut municipality"));
}

TEST(GazetteerKey, GeoNamesRegionWordsOnlyAsSpelledThere) {
  const KeyFolder& f = shipped();
  EXPECT_EQ(f.without_geonames_region_word("Oryol oblast"), "Oryol");
  EXPECT_EQ(f.without_geonames_region_word("Leningradskaya Oblast'"), "Leningradskaya");
  EXPECT_EQ(f.without_geonames_region_word("Zabaykalsky Krai"), "Zabaykalsky");
  EXPECT_EQ(f.without_geonames_region_word("Kamchatka Kray"), "Kamchatka");
  // spellings not listed stay: a curly apostrophe, a lower-case "region"
  EXPECT_EQ(f.without_geonames_region_word("Kharkivs’ka Oblast’"), "Kharkivs’ka Oblast’");
  EXPECT_EQ(f.without_geonames_region_word("Lima region"), "Lima region");
  // nor a word with nothing before it, nor one that is no region word
  EXPECT_EQ(f.without_geonames_region_word("Province"), "Province");
  EXPECT_EQ(f.without_geonames_region_word("Suhaj Governorate"), "Suhaj");
  EXPECT_EQ(f.without_geonames_region_word("Kent County"), "Kent County");
}

TEST(GazetteerKey, ArticleIsOptionalAtTheStart) {
  const KeyFolder& f = shipped();
  EXPECT_EQ(f.article(), "al");
  EXPECT_EQ(f.without_article("al qamishli"), "qamishli");
  EXPECT_EQ(f.without_article(key("ash-Shaddadi")), "shadadi");  // folded to "al" first
  EXPECT_EQ(f.without_article("qamishli"), "qamishli");
  EXPECT_EQ(f.without_article("al"), "al");
}

TEST(GazetteerKey, TheListsComeFromNamesLex) {
  // Without an article section nothing Arabic is folded; with another form, that form is.
  const KeyFolder none = folder("[region words]\noblast\n");
  EXPECT_EQ(none.key("Jisr ash-Shughur"), "isr ash shughur");  // (j is written i)
  EXPECT_EQ(none.without_article("al qamishli"), "al qamishli");
  const KeyFolder more = folder("[arabic article]\narticle = al\nash\nwal\n");
  EXPECT_EQ(more.key("Bir wal Hasan"), "bir al hasan");
  EXPECT_NE(more.fingerprint(), none.fingerprint());
  EXPECT_NE(more.fingerprint(), shipped().fingerprint());
  // region words do not change keys, so not the fingerprint either
  EXPECT_EQ(folder("[arabic article]\narticle = al\nash\nwal\n[region words]\nzone\n").fingerprint(),
            more.fingerprint());
  std::string k = "gaza zone";
  EXPECT_FALSE(more.strip_region_words(k));
  EXPECT_TRUE(folder("[region words]\nzone\n").strip_region_words(k));
  EXPECT_EQ(k, "gaza");
}

TEST(GazetteerKey, LeadingArticlesAndFacilityEndingsComeFromNamesLex) {
  const KeyFolder& f = shipped();
  std::string k = "the donbas";
  f.drop_leading_article(k);
  EXPECT_EQ(k, "donbas");
  EXPECT_EQ(f.leading_article_bytes("The Nowhereville"), 4u);
  EXPECT_EQ(f.leading_article_bytes("Theodosia"), 0u);
  EXPECT_EQ(f.without_leading_article("THE HAGUE"), "HAGUE");
  EXPECT_EQ(f.without_leading_article("The Hague"), "Hague");
  EXPECT_EQ(f.without_leading_article("ThE Hague"), "ThE Hague");  // capitalised, lower or capitals only
  const std::vector<std::pair<std::string, std::string>> endings = {{" refuge camp", "camp"}, {" camp", ""}};
  EXPECT_EQ(f.facility_endings(), endings);  // keys fold "ee"
  // another language's article, and none at all
  const KeyFolder de = folder("[leading articles]\ndie\n[facility endings]\nlager\n");
  k = "die krim";
  de.drop_leading_article(k);
  EXPECT_EQ(k, "krim");
  EXPECT_EQ(de.without_leading_article("The Hague"), "The Hague");
  k = "the donbas";
  folder("[region words]\noblast\n").drop_leading_article(k);
  EXPECT_EQ(k, "the donbas");
  std::vector<std::string> p;
  folder("[leading articles]\nthe end\n[facility endings]\ncamp @like camp\n", &p);
  const std::vector<std::string> expected = {"2: expected one article per line, one word",
                                             "4: expected '<ending>' or '<ending> @as <words instead>'"};
  EXPECT_EQ(p, expected);
}

TEST(GazetteerKey, NamesLexMistakesAreReportedWithTheirLine) {
  std::vector<std::string> p;
  folder("[region words]\noblast\nOblast\nkrai @geonames Krai Oblast\nraion @sometimes\n"
         "[arabic article]\nash\narticle = al\nl\nas\nas\nbig = x\n[other]\nfoo\n",
         &p);
  const std::vector<std::string> expected = {
      "7: 'article = <the article>' must come before its forms",
      "9: a form may not be shorter than the article (keys are rewritten in place)",
      "11: 'as' listed twice",
      "12: expected one form of the article per line, one word",
      "14: unknown section [other]",
      "3: 'Oblast' is the same key as a word above",
      "4: GeoNames spelling 'Oblast' is not the word 'krai'",
      "5: unknown tag @sometimes (expected @leading or @geonames <spellings>)",
  };
  EXPECT_EQ(p, expected);
}

TEST(EnglishForm, DiacriticsAndAynDroppedCaseKept) {
  EXPECT_EQ(english_form("Mazār-e Sharīf"), "Mazar-e Sharif");
  EXPECT_EQ(english_form("Galilée"), "Galilee");
  EXPECT_EQ(english_form("Dayr al Balaḩ"), "Dayr al Balah");
  EXPECT_EQ(english_form("Ma‘arrat an Nu‘mān"), "Maarrat an Numan");
  EXPECT_EQ(english_form("Kharkivs’ka Oblast’"), "Kharkivs'ka Oblast'");
  EXPECT_EQ(english_form("Ḩalab"), "Halab");
  EXPECT_EQ(english_form("Łódź"), "Lodz");
  EXPECT_EQ(english_form("Kyiv"), "Kyiv");
  EXPECT_EQ(english_form("Київ"), "Київ") << "other scripts are kept";
}

// Loose spelling (names.lex [loose spelling]): transliterations of one name share their
// consonants and are spelled alike; other names do not.
TEST(GazetteerKey, LooseSpellingMeetsTransliterationsOfOneName) {
  const KeyFolder& f = shipped();
  auto loose = [&](std::string_view n) { return f.loose_of(n); };
  auto close = [&](std::string_view a, std::string_view b) { return f.loose_distance_of(a, b).has_value(); };
  EXPECT_EQ(loose("Meles"), loose("Millis"));
  EXPECT_EQ(loose("Orum al-Kubra"), loose("Ūrum al Kubrá"));
  EXPECT_EQ(loose("Sheikh Mustafa"), loose("Ash Shaykh Muşţafá"));
  EXPECT_EQ(loose("Maaret Harmeh"), loose("Ma`arrat Hurmah"));
  EXPECT_EQ(loose("Jisr al-Shaghour"), loose("Jisr ash Shughur"));
  EXPECT_EQ(loose("Deir Ezzor"), loose("Dayr az Zawr"));
  EXPECT_TRUE(close("Meles", "Millis"));
  EXPECT_TRUE(close("Sakhur", "Sukhur"));
  EXPECT_TRUE(close("Sheikh Mustafa", "Ash Shaykh Muşţafá"));
  EXPECT_FALSE(close("Garcia", "Greece"));      // one skeleton, not one name
  EXPECT_FALSE(close("Kamal", "Kamiliyah"));
  EXPECT_TRUE(close("Maaret Harmeh", "Ma`arrat Hurmah"));  // vowels count half
  EXPECT_EQ(loose("Hit"), "");                  // too few consonants to loosen
  EXPECT_NE(loose("Kharkiv"), loose("Kherson"));
  EXPECT_EQ(loose("Marjeh"), loose("Marjah"));  // j stays a consonant: "mrj"
  EXPECT_EQ(loose("Oweijel"), loose("‘Uwayjīl"));
}

TEST(GazetteerKey, LooseSpellingIsOffWithoutVowelsAndChecksItsLines) {
  EXPECT_EQ(folder("[arabic article]\narticle = al\n").loose("millis"), "");
  std::vector<std::string> problems;
  folder("[loose spelling]\nvowels = aeiou\nmin_consonants = three\n[loose spelling rewrites]\nch sh\n"
         "[loose spelling vowel classes]\nee = i\n",
         &problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].substr(0, 2), "3:");
  EXPECT_EQ(problems[1].substr(0, 2), "5:");
  EXPECT_EQ(problems[2].substr(0, 2), "7:");
}

}  // namespace
}  // namespace salvo::gaz
