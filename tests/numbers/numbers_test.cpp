// Number finder: table of phrases in the language of news reports, each with
// every expected quantity written as "surface={min,max}" joined by "; "
// ("" = nothing returned), following the EVENTS.md casualty table.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "resolve/numbers.h"

namespace salvo {
namespace {

struct Case {
  const char* text;
  const char* expected;
};

const Case kCases[] = {
    // Plain numbers, numerals and words.
    {"Five people were killed and 18 injured.", "Five={5,5}; 18={18,18}"},
    {"The strike killed two soldiers and three civilians.", "two={2,2}; three={3,3}"},
    {"The death toll rose to 12 on Tuesday.", "12={12,12}"},
    {"The attack wounded 1,200 people, officials said.", "1,200={1200,1200}"},
    {"Twenty-one people died in the blast.", "Twenty-one={21,21}"},
    {"Forty-five civilians were wounded.", "Forty-five={45,45}"},
    {"A dozen houses were damaged.", "A dozen={12,12}"},
    {"Half a dozen soldiers were wounded.", "Half a dozen={6,6}"},
    // munitions are counted, not people (numbers.lex [not people after])
    {"Half a dozen drones were shot down.", ""},
    {"Two dozen people were hurt.", "Two dozen={24,24}"},
    {"One hundred people were evacuated.", "One hundred={100,100}"},
    {"one hundred and twenty residents were injured", "one hundred and twenty={120,120}"},
    {"two thousand five hundred people lost power", "two thousand five hundred={2500,2500}"},
    {"A woman and one child were killed.", "one={1,1}"},
    {"ninety-nine percent of the village was destroyed but 3 died", "3={3,3}"},
    // Bounds.
    {"At least 12 people were killed.", "At least 12={12,null}"},
    {"At least five killed and 18 injured.", "At least five={5,null}; 18={18,18}"},
    {"5 or more people were injured.", "5 or more={5,null}"},
    {"Twenty-plus soldiers were wounded.", "Twenty-plus={20,null}"},
    {"100+ people were evacuated from Kyiv.", "100+={100,null}"},
    {"Russia moved 3 thousand troops and 5 million rounds.", "3 thousand={3000,3000}; 5 million={5000000,5000000}"},
    {"more than 10 people were hurt", "more than 10={11,null}"},
    {"Over 10 civilians were killed.", "Over 10={11,null}"},
    {"more than a dozen were wounded", "more than a dozen={13,null}"},
    {"up to 5 people may have died", "up to 5={1,5}"},
    {"as many as 40 soldiers were killed", "as many as 40={1,40}"},
    {"between 3 and 7 people were injured", "between 3 and 7={3,7}"},
    {"3-7 people were injured", "3-7={3,7}"},
    {"3 to 7 people were injured", "3 to 7={3,7}"},
    {"two or three people were hurt", "two or three={2,3}"},
    {"one or two people fell nearby", "one or two={1,2}"},
    {"nearly 10 people died", "nearly 10={9,9}"},
    {"almost 100 were wounded", "almost 100={90,99}"},
    {"almost a hundred were wounded", "almost a hundred={90,99}"},
    {"fewer than 10 people were hurt", "fewer than 10={1,9}"},
    {"about 20 people were injured", "about 20={20,20}"},
    {"around 20 were injured", "around 20={20,20}"},
    {"some 20 people were injured", "some 20={20,20}"},
    {"20 or so people were injured", "20 or so={20,20}"},
    {"an estimated 300 people were killed", "an estimated 300={300,300}"},
    {"at least 2,000 homes lost power", "at least 2,000={2000,null}"},
    {"20-odd people were hurt", "20-odd={20,null}"},
    {"one or more people may be trapped", "one or more={1,null}"},
    {"10 to 15 people were wounded", "10 to 15={10,15}"},
    {"a dozen or so homes were hit", "a dozen or so={12,12}"},
    {"at least 2000 people fled", "at least 2000={2000,null}"},
    {"RPT-One civilian killed, one wounded", "One={1,1}; one={1,1}"},
    {"UPDATE 2-Thirteen Ukrainians dead", "Thirteen={13,13}"},
    // Vague quantities.
    {"Several people were injured.", "Several={3,null}"},
    {"A few civilians were hurt.", "A few={3,null}"},
    {"A number of people were wounded.", "A number of={3,null}"},
    {"Many people were killed.", "Many={10,null}"},
    {"Tens of people were injured.", "Tens={10,null}"},
    {"Scores of civilians were killed.", "Scores={10,null}"},
    {"A huge number of people were hurt.", "A huge number of={10,null}"},
    {"Dozens of people were injured.", "Dozens={12,null}"},
    {"Hundreds were wounded in the blast.", "Hundreds={100,null}"},
    {"several dozen were injured", "several dozen={36,null}"},
    {"tens of thousands fled", "tens of thousands={10000,null}"},
    {"a couple of soldiers were hurt", "a couple of={2,2}"},
    {"at least dozens were injured", "at least dozens={12,null}"},
    // Zero.
    {"No one was hurt in the attack.", "No one={0,0}"},
    {"There were no casualties.", "no={0,0}"},
    {"Nobody was injured.", "Nobody={0,0}"},
    {"Kyiv is no longer safe, with no doubt about who fired.", ""},
    {"No fewer than 7 died.", "No fewer than 7={7,null}"},
    // Counts next to things that are not counts.
    {"Kh-101 missiles killed three people.", "three={3,3}"},
    {"Five people died on July 31, 2023.", "Five={5,5}"},
    {"A 45-year-old man and two children were hurt.", "two={2,2}"},
    {"At 10:30, 4 people were wounded.", "4={4,4}"},
    {"Launched 20 Shahed-136 drones.", "20={20,20}"},
    {"at least 10 people, including 3 children, were injured", "at least 10={10,null}; 3={3,3}"},
    // Not counts: years, dates, times, percentages, ordinals, money, units, ages, models.
    {"The war began in 2014.", ""},
    {"Shelling has continued since 2014.", ""},
    {"between 2014 and 2022 the town was shelled", ""},
    {"The attack on 31 July killed", ""},
    {"The attack on July 31 killed", ""},
    {"from 10 to 12 July the town was shelled", ""},
    {"on 30-31 July", ""},
    {"the report of 31/07/2023", ""},
    {"updated 2023-07-31", ""},
    {"Sirens sounded at 10:30.", ""},
    {"The strike came at 3 p.m. local time.", ""},
    {"Turnout was 10%.", ""},
    {"Prices rose 10 percent.", ""},
    {"It was the third strike this week.", ""},
    {"On the 21st, the city was hit.", ""},
    {"The damage is $5 million.", ""},
    {"It cost 5 million dollars.", ""},
    {"Ukraine paid UAH 500 per family.", ""},
    {"The drone flew 500 kilometers.", ""},
    {"The blast was 10 km away.", ""},
    {"5 tons of explosives were found.", ""},
    {"A 45-year-old man was hurt.", ""},
    {"The victim, aged 45, was hurt.", ""},
    {"The victim was 45 years old.", ""},
    {"The Kh-101 is a cruise missile.", ""},
    {"S-300 missiles hit Kharkiv.", ""},
    {"F-16 jets were promised.", ""},
    {"Tu-95 and Tu-160 bombers took off.", ""},
    {"Su-34s bombed the town.", ""},
    {"MiG-29 pilots trained.", ""},
    {"Air defence works 24/7.", ""},
    {"The 9/11 attacks.", ""},
    {"Shelling for many years.", ""},
    {"The town was hit several times.", ""},
    {"The fighting lasted two days.", ""},
    {"A five-storey building collapsed.", ""},
    {"COVID-19 spread among troops.", ""},
    {"Route No. 5 was closed.", ""},
    {"The sum was 1.5 times higher.", ""},
    {"Refugees of the 1990s.", ""},
    {"It is unclear how many were hurt.", ""},
    {"The score was 2-1.", ""},
    {"Over the past 24 hours the town was shelled.", ""},
    {"over two days of shelling", ""},
    {"Shells landed between 10 and 15 km from the plant.", ""},
    {"The АН-26 crashed.", ""},
    {"Ukraine Live Day 273", ""},
};

std::string render(std::string_view s, const std::vector<Quantity>& qs) {
  std::string out;
  for (const auto& q : qs) {
    if (!out.empty()) out += "; ";
    out += std::string(s.substr(q.begin, q.end - q.begin)) + "=" + count_to_string(q.count);
  }
  return out;
}

class NumbersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = NumberFinder::load(std::filesystem::path(SALVO_SOURCE_DIR) / "rules");
    ASSERT_TRUE(r.ok()) << r.status().message();
    finder_ = r.value();
  }
  static std::shared_ptr<const NumberFinder> finder_;
};
std::shared_ptr<const NumberFinder> NumbersTest::finder_;

TEST_F(NumbersTest, Table) {
  ASSERT_GE(std::size(kCases), 60u);
  for (const auto& c : kCases) EXPECT_EQ(render(c.text, finder_->find(c.text)), c.expected) << "text: " << c.text;
}

TEST_F(NumbersTest, RuleIds) {
  auto qs = finder_->find("at least 5 died, more than 10 were hurt, dozens fled, 3-7 missing, two seen");
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(qs[0].rule, "num.at_least");
  EXPECT_EQ(qs[1].rule, "num.more_than");
  EXPECT_EQ(qs[2].rule, "num.vague");
  EXPECT_EQ(qs[3].rule, "num.range");
  EXPECT_EQ(qs[4].rule, "num.exact");
}

TEST_F(NumbersTest, WordValue) {
  EXPECT_EQ(finder_->word_value("twenty-one"), 21);
  EXPECT_EQ(finder_->word_value("Twenty one"), 21);
  EXPECT_EQ(finder_->word_value("a dozen"), 12);
  EXPECT_EQ(finder_->word_value("1,200"), 1200);
  EXPECT_EQ(finder_->word_value("12"), 12);
  EXPECT_EQ(finder_->word_value("one hundred and twenty"), 120);
  EXPECT_EQ(finder_->word_value("three thousand"), 3000);
  EXPECT_EQ(finder_->word_value("zero"), 0);
  EXPECT_EQ(finder_->word_value("several"), std::nullopt);
  EXPECT_EQ(finder_->word_value("third"), std::nullopt);
  EXPECT_EQ(finder_->word_value("one two"), std::nullopt);
  EXPECT_EQ(finder_->word_value(""), std::nullopt);
}

TEST_F(NumbersTest, EveryWordFromOneToNinetyNine) {
  const char* units[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  const char* teens[] = {"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  const char* tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int n = 1; n < 100; ++n) {
    std::string w = n < 10 ? units[n] : n < 20 ? teens[n - 10] : std::string(tens[n / 10]);
    if (n >= 20 && n % 10) w += std::string("-") + units[n % 10];
    EXPECT_EQ(finder_->word_value(w), n) << w;
    const std::string s = "Russian shelling killed " + w + " people.";
    auto qs = finder_->find(s);
    ASSERT_EQ(qs.size(), 1u) << s;
    EXPECT_EQ(qs[0].count, (Count{n, n})) << s;
  }
}

// Every prefix and suffix of every table text gives quantities in order,
// without overlap, inside the text, with min <= max.
TEST_F(NumbersTest, InvariantsOnCutTexts) {
  for (const auto& c : kCases) {
    const std::string s = c.text;
    for (std::size_t cut = 0; cut <= s.size(); ++cut) {
      for (const std::string& piece : {s.substr(0, cut), s.substr(cut)}) {
        std::size_t last_end = 0;
        for (const auto& q : finder_->find(piece)) {
          ASSERT_LT(q.begin, q.end) << piece;
          ASSERT_LE(q.end, piece.size()) << piece;
          ASSERT_GE(q.begin, last_end) << piece;
          last_end = q.end;
          EXPECT_GE(q.count.min, 0) << piece;
          if (q.count.max) {
            EXPECT_LE(q.count.min, *q.count.max) << piece;
          }
        }
      }
    }
  }
}

class NumbersLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("salvo_numbers_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "dates.lex") << "[months]\nJuly @7\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(NumbersLoadTest, ProblemsAreLocated) {
  std::ofstream(dir_ / "numbers.lex") << "[units]\none @1\ntwo @two\n[vague]\nloads\n[at lest]\nat least\n";
  auto r = NumberFinder::load(std::vector<std::filesystem::path>{dir_ / "numbers.lex"},
                                std::vector<std::filesystem::path>{dir_ / "dates.lex"});
  ASSERT_FALSE(r.ok());
  const auto& d = r.status().diagnostics();
  ASSERT_EQ(d.size(), 3u) << r.status().message();
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[1].line, 5);
  EXPECT_EQ(d[2].line, 7);
  EXPECT_NE(d[0].str().find("numbers.lex:3"), std::string::npos);
}

TEST_F(NumbersLoadTest, AnAnalystCanAddAWord) {
  std::ofstream(dir_ / "numbers.lex") << "[units]\none @1\nfive @5\n[vague]\na raft of @5\n[not people after]\nkm\n";
  auto r = NumberFinder::load(std::vector<std::filesystem::path>{dir_ / "numbers.lex"},
                                std::vector<std::filesystem::path>{dir_ / "dates.lex"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto qs = r.value()->find("a raft of people and five soldiers, 5 km away");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].count, (Count{5, std::nullopt}));
  EXPECT_EQ(qs[1].count, (Count{5, 5}));
}

}  // namespace
}  // namespace salvo
