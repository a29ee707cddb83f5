// Excel's rules for a string cell and a hyperlink, as the XLSX writer applies them.
#include <gtest/gtest.h>

#include "core/utf8.h"
#include "emit/xlsx_sink.h"

namespace salvo {
namespace {

std::size_t utf16_units(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += decode_utf8(s, i) > 0xFFFF ? 2 : 1;
  return n;
}

TEST(XlsxCellText, OrdinaryTextIsUnchanged) {
  for (const char* s : {"", "Kryvyi Rih", "Кривий Ріг", "غزة", "a_b", "_x004_", "_x00G1_", "x_0041_", "=cmd"})
    EXPECT_EQ(xlsx_cell_text(s), s) << s;
}

TEST(XlsxCellText, LiteralEscapesAreEscaped) {
  EXPECT_EQ(xlsx_cell_text("_x0041_"), "_x005F_x0041_");
  EXPECT_EQ(xlsx_cell_text("a _X00ff_ b _x0041_"), "a _x005F_X00ff_ b _x005F_x0041_");
  EXPECT_EQ(xlsx_cell_text("_x0041__x0042_"), "_x005F_x0041__x005F_x0042_");
}

TEST(XlsxCellText, LongTextIsCutToExcelsLimitWithAnEllipsis) {
  const std::string ok(kXlsxMaxCellUnits, 'a');
  EXPECT_EQ(xlsx_cell_text(ok), ok);
  const std::string cut = xlsx_cell_text(std::string(kXlsxMaxCellUnits + 1, 'a'));
  EXPECT_EQ(cut, std::string(kXlsxMaxCellUnits - 1, 'a') + "\xE2\x80\xA6");
  EXPECT_EQ(utf16_units(cut), kXlsxMaxCellUnits);
}

TEST(XlsxCellText, CutCountsUtf16UnitsAndNeverSplitsACharacter) {
  std::string s;
  while (s.size() < 200000) s += "Кривий Ріг 💥 ";
  const std::string cut = xlsx_cell_text(s);
  EXPECT_TRUE(is_valid_utf8(cut));
  EXPECT_LE(utf16_units(cut), kXlsxMaxCellUnits);
  EXPECT_GE(utf16_units(cut), kXlsxMaxCellUnits - 2);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(s.rfind(cut.substr(0, cut.size() - 3), 0), 0u) << "the kept part is a prefix";
}

TEST(XlsxCellText, EscapesCountAgainstTheLimit) {
  std::string s;
  while (s.size() < 40000) s += "_x0041_";
  const std::string cut = xlsx_cell_text(s);
  EXPECT_LE(count_code_points(cut), kXlsxMaxCellUnits);
  EXPECT_EQ(cut.rfind("_x005F_x0041__x005F_x0041_", 0), 0u);
}

TEST(XlsxCellText, InvalidUtf8IsRepaired) {
  EXPECT_EQ(xlsx_cell_text("a\xC3("), "a\xEF\xBF\xBD(");
}

TEST(XlsxLinkableUrl, Schemes) {
  EXPECT_TRUE(xlsx_linkable_url("https://example.com/x"));
  EXPECT_TRUE(xlsx_linkable_url("HTTP://EXAMPLE.COM"));
  EXPECT_TRUE(xlsx_linkable_url("ftp://example.com/f"));
  EXPECT_TRUE(xlsx_linkable_url("mailto:desk@example.com"));
  EXPECT_TRUE(xlsx_linkable_url("https://uk.example.com/новини"));
  EXPECT_FALSE(xlsx_linkable_url(""));
  EXPECT_FALSE(xlsx_linkable_url("example.com/x"));
  EXPECT_FALSE(xlsx_linkable_url("javascript:alert(1)"));
  EXPECT_FALSE(xlsx_linkable_url("file:///etc/passwd"));
  EXPECT_FALSE(xlsx_linkable_url("=HYPERLINK(\"http://x\")"));
  EXPECT_FALSE(xlsx_linkable_url("https://example.com/a\nb"));
}

TEST(XlsxLinkableUrl, LengthAsExcelSeesIt) {
  const std::string head = "https://e.com/";
  EXPECT_TRUE(xlsx_linkable_url(head + std::string(kXlsxMaxUrlLength - head.size(), 'x')));
  EXPECT_FALSE(xlsx_linkable_url(head + std::string(kXlsxMaxUrlLength - head.size() + 1, 'x')));
  // Spaces are stored as %20: 700 of them are 2,100 characters.
  EXPECT_FALSE(xlsx_linkable_url(head + std::string(700, ' ')));
}

TEST(XlsxLinkTarget, PercentEncodesNonAscii) {
  EXPECT_EQ(xlsx_link_target("https://e.com/ні?q=1"), "https://e.com/%D0%BD%D1%96?q=1");
  EXPECT_EQ(xlsx_link_target("https://e.com/a%20b"), "https://e.com/a%20b");
}

}  // namespace
}  // namespace salvo
