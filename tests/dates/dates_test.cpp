// Date finder: table of sentences in the language of news reports, each with a
// reference (publication) date and every expected mention written as
// "surface=YYYY-MM-DD/precision", joined by "; " ("" = nothing returned).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "resolve/dates.h"

namespace salvo {
namespace {

struct Case {
  const char* sentence;
  const char* reference;  // "" = no reference
  const char* expected;
};

// 2023-07-31 is a Monday (the Kryvyi Rih article's publication date).
const Case kCases[] = {
    // Bare weekdays: the latest such day on or before the reference.
    {"Russian missiles struck Kryvyi Rih on Sunday, killing two.", "2023-07-31", "Sunday=2023-07-30/day"},
    {"Sunday's attack on the city left six dead.", "2023-07-31", "Sunday's=2023-07-30/day"},
    {"The strike came early on Monday, officials said.", "2023-07-31", "Monday=2023-07-31/day"},
    {"Drones hit the port of Odesa on Sunday night.", "2023-07-31", "Sunday night=2023-07-30/day"},
    {"The regional governor said on Friday that shelling had damaged a school.", "2023-07-31",
     "Friday=2023-07-28/day"},
    {"Shelling on Tuesday killed a woman in Kherson.", "2023-07-31", "Tuesday=2023-07-25/day"},
    {"On Sunday, the Israeli military struck targets in Gaza.", "2023-08-02", "Sunday=2023-07-30/day"},
    {"An air strike on Saturday hit a market.", "2023-07-30", "Saturday=2023-07-29/day"},
    {"RUSSIA POUNDS KYIV WITH DRONES ON SUNDAY", "2023-07-31", "SUNDAY=2023-07-30/day"},
    {"The attack happened late Sunday.", "2023-07-31", "Sunday=2023-07-30/day"},
    // "last <weekday>" is strictly before the reference.
    {"A car bomb exploded last Monday near the market.", "2023-07-31", "last Monday=2023-07-24/day"},
    {"Last Friday's missile strike destroyed a warehouse.", "2023-07-31", "Last Friday's=2023-07-28/day"},
    // copy that lost its apostrophes ([weekday possessive])
    {"Sundays attack on the city left six dead.", "2023-07-31", "Sundays=2023-07-30/day"},
    {"Sunday’s attack on the city left six dead.", "2023-07-31", "Sunday’s=2023-07-30/day"},
    {"The city was shelled this past Sunday.", "2023-07-30", "this past Sunday=2023-07-23/day"},
    {"Drones attacked the refinery last Sunday.", "2023-08-02", "last Sunday=2023-07-30/day"},
    // Future weekdays and names are not dates.
    {"Talks will resume next Sunday in Istanbul.", "2023-07-31", ""},
    {"The Sunday Times reported the strike.", "2023-07-31", ""},
    {"Air raid alerts on Sundays have become routine.", "2023-07-31", ""},
    // Relative days.
    {"Yesterday, a missile hit a residential building in Uman.", "2023-07-31", "Yesterday=2023-07-30/day"},
    {"Russia attacked the capital last night with Shahed drones.", "2023-07-31", "last night=2023-07-30/day"},
    {"Overnight, Russia launched 20 drones at Kyiv.", "2023-07-31", "Overnight=2023-07-30/day"},
    {"Air defence shot down 14 drones over the region this morning.", "2023-07-31", "this morning=2023-07-31/day"},
    {"Explosions were heard in the city today.", "2023-07-31", "today=2023-07-31/day"},
    {"A curfew will be in force tonight.", "2023-07-31", "tonight=2023-07-31/day"},
    {"The strike hit the station yesterday morning, the mayor said.", "2023-07-31",
     "yesterday morning=2023-07-30/day"},
    {"The depot was struck the day before yesterday.", "2023-07-31", "the day before yesterday=2023-07-29/day"},
    {"Two days ago a drone hit a bus.", "2023-07-31", "Two days ago=2023-07-29/day"},
    {"The bridge was hit 3 days ago.", "2023-07-31", "3 days ago=2023-07-28/day"},
    {"A strike a week ago killed four.", "2023-07-31", "a week ago=2023-07-24/week"},
    {"No attack is expected tomorrow.", "2023-07-31", ""},
    {"A missile struck the port a few hours ago.", "2023-07-31", "a few hours ago=2023-07-31/day"},
    {"Shelling killed three in the past 24 hours.", "2023-07-31", "in the past 24 hours=2023-07-31/unknown"},
    {"The depot burned a few days ago.", "2023-07-31", "a few days ago=2023-07-31/unknown"},
    {"Russia struck Odesa in the early hours of Sunday.", "2023-07-31", "Sunday=2023-07-30/day"},
    {"Drones attacked before dawn on Thursday, July 27.", "2023-07-31", "Thursday, July 27=2023-07-27/day"},
    {"The strike on July 30th, 2023 killed two.", "", "July 30th, 2023=2023-07-30/day"},
    {"Missiles hit Kyiv on Sunday (July 30).", "2023-07-31", "Sunday=2023-07-30/day; July 30=2023-07-30/day"},
    // Nights: the day the night began.
    {"Russia struck Odesa at night from Saturday to Sunday.", "2023-07-31",
     "at night from Saturday to Sunday=2023-07-29/day"},
    {"On the night of Saturday to Sunday, drones hit Moscow.", "2023-07-30",
     "On the night of Saturday to Sunday=2023-07-29/day"},
    {"Ukraine shot down 40 drones overnight into Sunday.", "2023-07-31", "overnight into Sunday=2023-07-29/day"},
    {"Russia launched missiles overnight on Tuesday.", "2023-08-01", "overnight on Tuesday=2023-07-31/day"},
    {"On the night of 12 to 13 August, drones attacked Bryansk.", "2024-08-13", "12 to 13 August=2024-08-12/day"},
    {"US aircraft struck Ras Isa on the night of April 17 to 18.", "2025-04-19", "April 17 to 18=2025-04-17/day"},
    {"Shelling hit the town on 8 and 9 March 2024.", "2024-03-10", "8 and 9 March 2024=2024-03-08/day"},
    // "the same night", "the next day": the caller moves them to the date of the strike before;
    // the finder returns them against the reference
    {"The same night, drones hit Sumy.", "2024-06-20", "The same night=2024-06-20/day"},
    {"The next day, shelling resumed.", "2024-06-20", "The next day=2024-06-21/day"},
    // Absolute dates.
    {"The attack on 31 July 2023 killed six.", "2023-07-31", "31 July 2023=2023-07-31/day"},
    {"On July 31, 2023, missiles hit Kryvyi Rih.", "", "July 31, 2023=2023-07-31/day"},
    {"The invasion began on February 24, 2022.", "2023-07-31", "February 24, 2022=2022-02-24/day"},
    {"Since Feb. 24, 2022, the city has been shelled daily.", "2023-07-31", "Feb. 24, 2022=2022-02-24/day"},
    {"Kramatorsk station was hit on 8 April 2022.", "", "8 April 2022=2022-04-08/day"},
    {"The September 11, 2001 attacks were not air strikes.", "", "September 11, 2001=2001-09-11/day"},
    {"A strike on 1 March 2022 hit the TV tower.", "2023-07-31", "1 March 2022=2022-03-01/day"},
    {"The report dated 31/07/2023 lists six dead.", "", "31/07/2023=2023-07-31/day"},
    {"Protocol of 30.07.2023.", "", "30.07.2023=2023-07-30/day"},
    {"Updated 2023-07-31 at noon.", "", "2023-07-31=2023-07-31/day"},
    {"Filed 07/31/2023 by the agency.", "", "07/31/2023=2023-07-31/day"},
    {"Drones attacked the city on July 30-31.", "2023-07-31", "July 30-31=2023-07-30/day"},
    {"Missiles hit Lviv on 5th July.", "2023-07-31", "5th July=2023-07-05/day"},
    {"The bridge was struck on the 17th of July.", "2023-07-31", "the 17th of July=2023-07-17/day"},
    {"On July 4th a drone hit the depot.", "2023-07-31", "July 4th=2023-07-04/day"},
    {"One soldier killed in 30 attacks since early Sept 27", "2021-09-28", "Sept 27=2021-09-27/day"},
    // A weekday with a date: the date wins.
    {"In his address on Thursday, July 21, he said missiles hit Vinnytsia.", "2022-07-25",
     "Thursday, July 21=2022-07-21/day"},
    {"The strike on Friday 28 July killed two.", "2023-07-31", "Friday 28 July=2023-07-28/day"},
    // Yearless: the reference's year, or the year before if that lands too far ahead.
    {"Strikes on December 30 killed 18 in Kyiv.", "2023-01-02", "December 30=2022-12-30/day"},
    {"The January 10 strike hit a power plant.", "2023-01-02", "January 10=2022-01-10/day"},
    {"A strike on August 2 is being investigated.", "2023-07-31", "August 2=2023-08-02/day"},
    {"On the 24th, drones struck the port.", "2023-07-31", "On the 24th=2023-07-24/day"},
    {"On the 30th, drones struck the port.", "2023-08-02", "On the 30th=2023-07-30/day"},
    // Fixed-date holidays.
    {"Russia attacked Ukraine with 90 missiles on Christmas Day.", "2023-12-26", "Christmas Day=2023-12-25/day"},
    {"Strikes on New Year's Eve killed one.", "2024-01-02", "New Year's Eve=2023-12-31/day"},
    {"Kyiv was hit on New Year's Day 2023.", "", "New Year's Day 2023=2023-01-01/day"},
    // Months and weeks.
    {"In July, Russian strikes intensified around the port.", "2023-07-31", "In July=2023-07-01/month"},
    {"In December a missile hit the station.", "2023-07-31", "In December=2022-12-01/month"},
    {"The campaign began in July 2023.", "", "July 2023=2023-07-01/month"},
    {"The offensive stalled in mid-April.", "2023-07-31", "in mid-April=2023-04-10/week"},
    {"Mid-April 2022 saw heavy shelling.", "", "Mid-April 2022=2022-04-11/week"},
    {"A depot exploded in late June 2023.", "", "late June 2023=2023-06-01/month"},
    {"Russia struck the plant last week.", "2023-08-02", "last week=2023-07-24/week"},
    {"The town was shelled earlier this week.", "2023-08-02", "earlier this week=2023-07-31/week"},
    {"The grain terminal was hit earlier this month.", "2023-07-31", "earlier this month=2023-07-01/month"},
    {"A drone struck the building last month.", "2023-01-10", "last month=2022-12-01/month"},
    {"Two missiles hit the city over the weekend.", "2023-07-31", "over the weekend=2023-07-24/week"},
    {"Drone attacks on Moscow have increased recently.", "2023-07-31", "recently=2023-07-31/unknown"},
    {"In recent days, strikes hit three villages.", "2023-07-31", "In recent days=2023-07-31/unknown"},
    // A range: the first end borrows the second's year.
    {"Report on the human rights situation in Ukraine 16 August to 15 November 2017", "2016-06-15",
     "16 August=2017-08-16/day; 15 November 2017=2017-11-15/day"},
    {"Strikes between 28 December and 3 January 2023 killed dozens.", "",
     "28 December=2022-12-28/day; 3 January 2023=2023-01-03/day"},
    // Several mentions in one sentence.
    {"After strikes on Saturday, more drones came on Sunday.", "2023-07-31",
     "Saturday=2023-07-29/day; Sunday=2023-07-30/day"},
    // Without a reference, relative and yearless expressions are not returned.
    {"Russian missiles struck Kryvyi Rih on Sunday.", "", ""},
    {"A drone hit the depot yesterday.", "", ""},
    {"The attack on 31 July killed six.", "", ""},
    {"The town was shelled last week.", "", ""},
    // Not dates.
    {"Air defence works 24/7 over the capital.", "2023-07-31", ""},
    {"The 9/11 attacks changed the region.", "2023-07-31", ""},
    {"The sirens sounded at 10:30.", "2023-07-31", ""},
    {"Shelling has continued since 2014.", "2023-07-31", ""},
    {"Thousands of strikes were recorded in 2022.", "2023-07-31", ""},
    {"They may strike again, and supporters march on.", "2023-07-31", ""},
    {"The March offensive stalled.", "2023-07-31", ""},
    {"Shelling has continued since July.", "2023-07-31", ""},
    {"Missiles hit the 24th Mechanized Brigade.", "2023-07-31", ""},
    {"Fire broke out on the 5th floor.", "2023-07-31", ""},
    {"The report listed 31 June 2023 as the date.", "", ""},
    {"Timestamp 2023-02-30 is invalid.", "", ""},
    {"A 45-year-old man was killed.", "2023-07-31", ""},
};

std::string render(std::string_view s, const std::vector<DateMention>& ms) {
  std::string out;
  for (const auto& m : ms) {
    if (!out.empty()) out += "; ";
    out += std::string(s.substr(m.begin, m.end - m.begin)) + "=" + m.date.iso() + "/" + std::string(to_string(m.precision));
  }
  return out;
}

class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = DateFinder::load(std::filesystem::path(SALVO_SOURCE_DIR) / "rules");
    ASSERT_TRUE(r.ok()) << r.status().message();
    finder_ = r.value();
  }
  static std::shared_ptr<const DateFinder> finder_;
};
std::shared_ptr<const DateFinder> DatesTest::finder_;

TEST_F(DatesTest, Table) {
  ASSERT_GE(std::size(kCases), 60u);
  for (const auto& c : kCases) {
    std::optional<Date> ref;
    if (*c.reference) ref = parse_iso_date(c.reference);
    EXPECT_EQ(render(c.sentence, finder_->find(c.sentence, ref)), c.expected)
        << "sentence: " << c.sentence << "  reference: " << c.reference;
  }
}

TEST_F(DatesTest, RuleIdsAndRelativeFlag) {
  const auto ref = parse_iso_date("2023-07-31");
  auto ms = finder_->find("On Sunday, 30 July 2023 and yesterday", ref);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].rule, "date.weekday_absolute");
  EXPECT_FALSE(ms[0].relative);
  EXPECT_EQ(ms[1].rule, "date.relative");
  EXPECT_TRUE(ms[1].relative);
  ms = finder_->find("on Sunday", ref);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].rule, "date.weekday");
  EXPECT_TRUE(ms[0].relative);
  ms = finder_->find("on 31 July", ref);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_TRUE(ms[0].relative);  // the year came from the reference
}

TEST_F(DatesTest, WeekdayNeverResolvesIntoTheFuture) {
  const char* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  Date ref{2023, 7, 24};
  for (int day = 0; day < 7; ++day, ref = ref.plus_days(1)) {
    for (int w = 0; w < 7; ++w) {
      const std::string s = std::string("on ") + names[w];
      auto ms = finder_->find(s, ref);
      ASSERT_EQ(ms.size(), 1u) << s;
      EXPECT_LE(ms[0].date, ref) << s << " " << ref.iso();
      EXPECT_GT(ms[0].date.days(), ref.days() - 7) << s << " " << ref.iso();
      EXPECT_EQ(ms[0].date.weekday(), w) << s;
      auto last = finder_->find(std::string("last ") + names[w], ref);
      ASSERT_EQ(last.size(), 1u);
      EXPECT_LT(last[0].date, ref);
      EXPECT_GE(last[0].date.days(), ref.days() - 7);
    }
  }
}

TEST_F(DatesTest, OffsetsAreBytesIntoTheSentence) {
  const std::string s = "Ки\xD1\x97\xD0\xB2: drones hit on Sunday";  // Cyrillic before the date
  auto ms = finder_->find(s, Date{2023, 7, 31});
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(s.substr(ms[0].begin, ms[0].end - ms[0].begin), "Sunday");
}

// Every prefix and suffix of every table sentence (cut mid-word, mid-UTF-8
// sequence) gives mentions in order, without overlap, inside the text, with a
// valid date and a known precision.
TEST_F(DatesTest, InvariantsOnCutSentences) {
  const Date ref{2023, 7, 31};
  for (const auto& c : kCases) {
    const std::string s = c.sentence;
    for (std::size_t cut = 0; cut <= s.size(); ++cut) {
      for (const std::string& piece : {s.substr(0, cut), s.substr(cut)}) {
        auto ms = finder_->find(piece, ref);
        std::size_t last_end = 0;
        for (const auto& m : ms) {
          ASSERT_LT(m.begin, m.end) << piece;
          ASSERT_LE(m.end, piece.size()) << piece;
          ASSERT_GE(m.begin, last_end) << piece;
          last_end = m.end;
          EXPECT_TRUE(is_valid_date(m.date.year, m.date.month, m.date.day)) << piece;
          EXPECT_NE(m.precision, DatePrecision::none)
              << piece;
          if (m.relative) {
            EXPECT_LE(m.date.days(), ref.days() + 3) << piece;
          }
        }
      }
    }
  }
}

class DatesLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("salvo_dates_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& text) { std::ofstream(dir_ / "dates.lex") << text; }
  std::filesystem::path dir_;
};

TEST_F(DatesLoadTest, MissingFileIsAnError) {
  auto r = DateFinder::load(std::vector<std::filesystem::path>{dir_ / "dates.lex"});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("dates.lex"), std::string::npos);
}

TEST_F(DatesLoadTest, BadTagsAreLocated) {
  write("[months]\nJanuary @13\n[weekdays]\nMonday @1\n[relative days]\ntoday @zero\n[relative periods]\n"
        "last week @lastweek\n[colours]\nred\n");
  auto r = DateFinder::load(std::vector<std::filesystem::path>{dir_ / "dates.lex"});
  ASSERT_FALSE(r.ok());
  const auto& d = r.status().diagnostics();
  ASSERT_EQ(d.size(), 4u) << r.status().message();
  EXPECT_EQ(d[0].line, 2);
  EXPECT_EQ(d[1].line, 6);
  EXPECT_EQ(d[2].line, 8);
  EXPECT_EQ(d[3].line, 10);
  EXPECT_NE(d[3].message.find("colours"), std::string::npos);
}

TEST_F(DatesLoadTest, AnAnalystCanAddAWord) {
  write("[months]\nJuly @7\n[weekdays]\nSunday @7\n[relative days]\nyesterday @-1\nyestereve @-1\n"
        "[relative periods]\nlately @recent\n");
  auto r = DateFinder::load(std::vector<std::filesystem::path>{dir_ / "dates.lex"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto ms = r.value()->find("Drones struck yestereve and lately.", Date{2023, 7, 31});
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].date, (Date{2023, 7, 30}));
  EXPECT_EQ(ms[1].precision, DatePrecision::unknown);
}

}  // namespace
}  // namespace salvo
