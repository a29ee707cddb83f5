// CSV/TSV encoding: RFC 4180 quoting, TSV cleaning, formula neutralising, header, BOM.
#include "emit/delimited.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_events.h"

namespace salvo {
namespace {

std::string csv(std::string_view s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

TEST(Csv, PlainFieldsAreNotQuoted) {
  EXPECT_EQ(csv("Kryvyi Rih"), "Kryvyi Rih");
  EXPECT_EQ(csv(""), "");
  EXPECT_EQ(csv("it's"), "it's");
  EXPECT_EQ(csv("Кривий Ріг"), "Кривий Ріг");
}

TEST(Csv, QuotesFieldsWithCommaQuoteCrLf) {
  EXPECT_EQ(csv("a,b"), "\"a,b\"");
  EXPECT_EQ(csv("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv("\""), "\"\"\"\"");
  EXPECT_EQ(csv("line1\nline2"), "\"line1\nline2\"");
  EXPECT_EQ(csv("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(csv("tab\tonly"), "tab\tonly");
}

TEST(Neutralise, FormulaStartsGetAQuote) {
  for (const char* s : {"=cmd", "+1", "-2", "@SUM(A1)", "\tx", "\rx"})
    EXPECT_EQ(neutralise_formula(s), std::string("'") + s) << s;
  for (const char* s : {"", "cmd=", "a-b", "'quoted", " =x", "1+1"}) EXPECT_EQ(neutralise_formula(s), s) << s;
}

TEST(Neutralise, OnlyTextColumns) {
  EXPECT_TRUE(neutralised_column(CellKind::text));
  EXPECT_TRUE(neutralised_column(CellKind::url));
  EXPECT_TRUE(neutralised_column(CellKind::date));
  EXPECT_FALSE(neutralised_column(CellKind::real));
  EXPECT_FALSE(neutralised_column(CellKind::integer));
}

TEST(Tsv, TabsAndLineBreaksBecomeSpaces) {
  EXPECT_EQ(tsv_field("a\tb\r\nc\nd"), "a b  c d");
  EXPECT_EQ(tsv_field("a,\"b\""), "a,\"b\"");
}

TEST(Csv, HeaderNamesEveryColumnInOrder) {
  EXPECT_EQ(csv_header(),
            "event_id,doc_id,event_date,date_precision,event_type,acled_sub_event_type,weapon,outcome,actor,"
            "target,target_type,location,admin1,admin2,country,latitude,longitude,geo_precision,geonames_id,killed_min,"
            "killed_max,injured_min,injured_max,confidence,source_url,title,evidence,rules,cluster_id,"
            "source_count\r\n");
  std::string tsv = csv_header();
  for (char& c : tsv)
    if (c == ',') c = '\t';
  tsv.replace(tsv.size() - 2, 2, "\n");
  EXPECT_EQ(tsv_header(), tsv);
}

TEST(Csv, NegativeNumbersStayNumbersButTextIsNeutralised) {
  Event e;
  e.event_id = "-id";
  e.target = {"=cmd|' /C calc'!A0", TargetType::infrastructure};
  e.location = Location{};
  e.location->name = "+West";
  e.location->longitude = -73.5;
  e.location->latitude = -0.25;
  e.location->precision = LocationPrecision::exact;
  const std::string rec = csv_record(flat_row(e));
  EXPECT_EQ(rec.rfind("'-id,", 0), 0u) << rec;
  EXPECT_NE(rec.find(",'=cmd|' /C calc'!A0,infrastructure,'+West,"), std::string::npos) << rec;
  EXPECT_NE(rec.find(",-0.25,-73.5,1,"), std::string::npos) << rec;
  EXPECT_EQ(rec.substr(rec.size() - 2), "\r\n");
}

TEST(Tsv, RecordNeutralisesBeforeCleaning) {
  Event e;
  e.event_id = "\t=1";
  e.title = "two\nlines";
  const std::string rec = tsv_record(flat_row(e));
  EXPECT_EQ(rec.rfind("' =1\t", 0), 0u) << rec;
  EXPECT_NE(rec.find("\ttwo lines\t"), std::string::npos);
  EXPECT_EQ(std::count(rec.begin(), rec.end(), '\t'), static_cast<long>(kColumnCount - 1));
  EXPECT_EQ(std::count(rec.begin(), rec.end(), '\n'), 1);
}

TEST(Csv, EveryVariedEventHasAllColumnsOnOneRecord) {
  for (const Event& e : test::varied_events()) {
    const std::string rec = tsv_record(flat_row(e));
    EXPECT_EQ(std::count(rec.begin(), rec.end(), '\t'), static_cast<long>(kColumnCount - 1)) << e.event_id;
  }
}

}  // namespace
}  // namespace salvo
