// The date chosen for a mention (extract/mention_date.h).
#include "extract/mention_date.h"

#include <gtest/gtest.h>

#include "layers.h"

namespace salvo {
namespace {

using testing::read;

const Date kMonday{2024, 1, 15};

// The date picked for the trigger word `trigger` of the sentence: "2024-01-14 day date.weekday" (+ " statement").
std::string picked(const std::string& s, const std::string& trigger, std::size_t dateline_end = 0) {
  auto r = read(s);
  SentenceDates d;
  read_dates(r->c, *testing::layers().dates, kMonday, d);
  bool statement = false;
  const FoundDate* f = pick_date(r->c, d, s.find(trigger), dateline_end, statement);
  if (!f) return "-";
  return f->date.iso() + " " + std::string(to_string(f->precision)) + " " + f->rule + (statement ? " statement" : "");
}

TEST(MentionDate, TheDateOfTheTriggersClause) {
  EXPECT_EQ(picked("Drones hit Kyiv on Sunday; missiles hit Lviv on Saturday.", "missiles"),
            "2024-01-13 day date.weekday");
  EXPECT_EQ(picked("Drones hit Kyiv on Sunday; missiles hit Lviv on Saturday.", "Drones"), "2024-01-14 day date.weekday");
}

TEST(MentionDate, StatementsOnlyWhenNothingElse) {
  EXPECT_EQ(picked("A strike killed nine, the ministry said in a statement on Sunday.", "strike"),
            "2024-01-14 day date.weekday statement");
  EXPECT_EQ(picked("A strike on Saturday killed nine, the ministry said in a statement on Sunday.", "strike"),
            "2024-01-13 day date.weekday");
}

TEST(MentionDate, RunningTollsNever) {
  EXPECT_EQ(picked("The toll from the strike rose to 89 on Saturday.", "strike"), "-");
  auto r = read("The death toll from the strike rose to 89 on Saturday.");
  EXPECT_EQ(date_role(r->c, r->text.find("Saturday")), DateRole::toll);
}

TEST(MentionDate, DatelineDatesNoStrike) {
  // the dateline's date is the article's, not the strike's: the first date after it wins
  const std::string s = "KYIV, Jan 14 - Drones hit Lviv on Saturday.";
  EXPECT_EQ(picked(s, "Drones", s.find("Drones")), "2024-01-13 day date.weekday");
}

TEST(MentionDate, RelativeDateInAQuotationIsTheStatementsDay) {
  auto r = read("On Thursday, January 11, the governor said: \"Today drones hit Sumy.\"");
  SentenceDates d;
  read_dates(r->c, *testing::layers().dates, kMonday, d);
  ASSERT_GE(d.dates.size(), 2u);
  EXPECT_EQ(d.dates.back().rule, "date.quoted_statement");
  EXPECT_EQ(d.dates.back().date.iso(), "2024-01-11");
}

}  // namespace
}  // namespace salvo
