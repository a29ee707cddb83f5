// The report page's records and escaping (src/emit/report_html.h), without a browser.
#include "emit/report_html.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sample_events.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;

Event hostile() {
  Event e;
  e.event_id = "e1";
  e.doc_id = "d1";
  e.event_type = EventType::air_drone_strike;
  e.weapon = Weapon::drone;
  e.actor = "<b>Russia</b>";
  e.location = test::exact_place("Odesa", "UA", "Odesa", 46.48, 30.73);
  e.date = {"2024-03-02", DatePrecision::day, ""};
  e.killed = Count{5, 5};
  e.evidence = {{0, 1, "Drones struck Odesa </script><script>alert(1)</script> & <!-- killed five."}};
  e.source_url = "javascript:alert(1)";
  e.title = "</SCRIPT>";
  e.outcome = Outcome::hit;
  return e;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto i = hay.find(needle); i != std::string::npos; i = hay.find(needle, i + 1)) ++n;
  return n;
}

TEST(ReportHtml, JsonForScriptLeavesNoTagOpen) {
  EXPECT_EQ(json_for_script(R"(["</script>","a&b"])"), R"(["\u003c/script\u003e","a\u0026b"])");
  const auto back = nlohmann::json::parse(json_for_script(R"(["</script><!--x-->&"])"));
  EXPECT_EQ(back[0], "</script><!--x-->&");
}

TEST(ReportHtml, HtmlEscape) {
  EXPECT_EQ(html_escape(R"(<a href="x">'&'</a>)"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(ReportHtml, RecordHoldsTheFieldsInOrder) {
  const std::string rec = report_record(hostile());
  EXPECT_EQ(rec.find('<'), std::string::npos);
  EXPECT_EQ(rec.find('>'), std::string::npos);
  const auto j = nlohmann::json::parse(rec);
  ASSERT_TRUE(j.is_array());
  std::size_t fields = 1;
  for (char c : kReportFields) fields += c == ',';
  ASSERT_EQ(j.size(), fields);
  EXPECT_EQ(j[0], "e1");
  EXPECT_EQ(j[1], "2024-03-02");
  EXPECT_EQ(j[3], "air_drone_strike");
  EXPECT_EQ(j[5], "<b>Russia</b>");  // kept as text: the page shows it with textContent
  EXPECT_EQ(j[9], 46.48);
  EXPECT_EQ(j[10], 30.73);
  EXPECT_EQ(j[12], 5);
  EXPECT_EQ(j[16], "javascript:alert(1)");  // the page decides what becomes a link
  EXPECT_TRUE(j[14].is_null());
}

TEST(ReportHtml, RecordIsValidJsonWhateverTheText) {
  Event e = hostile();
  e.title = std::string("quote \" backslash \\ tab \t nul ") + '\0' + " ctrl \x01 del \x7f bad \xff end";
  e.location->latitude = -0.000001;
  e.location->longitude.reset();
  const std::string rec = report_record(e);
  const auto j = nlohmann::json::parse(rec);  // throws (fails the test) if not valid JSON
  // invalid UTF-8 is repaired as everywhere in salvo (U+FFFD; a NUL becomes a space), the rest escaped
  EXPECT_EQ(j[17], "quote \" backslash \\ tab \t nul   ctrl \x01 del \x7f bad \xEF\xBF\xBD end");
  e.title = std::string("nul ") + '\0' + " kept";
  EXPECT_EQ(nlohmann::json::parse(report_record(e))[17], std::string("nul ") + '\0' + " kept");
  EXPECT_EQ(j[9], -0.000001);
  EXPECT_TRUE(j[10].is_null());
  EXPECT_EQ(rec.find('\0'), std::string::npos);
  EXPECT_EQ(rec.find('\x01'), std::string::npos);
}

TEST(ReportHtml, LongEvidenceIsCut) {
  Event e = hostile();
  e.evidence = {{0, 1, std::string(3 * kReportEvidenceLimit, 'x')}};
  const auto j = nlohmann::json::parse(report_record(e));
  EXPECT_LE(j[18].get<std::string>().size(), kReportEvidenceLimit + 3);
}

TEST(ReportHtml, HostileTextCannotCloseTheDataBlock) {
  const fs::path dir = fs::temp_directory_path() / "salvo-report-test";
  fs::create_directories(dir);
  const fs::path page = dir / "r.html";
  auto assets = load_report_assets(fs::path(SALVO_SOURCE_DIR) / "data" / "report");
  ASSERT_TRUE(assets.ok()) << assets.status().message();
  auto w = ReportWriter::open({.path = page.string(), .salvo_version = "t", .inputs = {"</script>.jsonl"}},
                              std::move(assets).value());
  ASSERT_TRUE(w.ok()) << w.status().message();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(w.value()->add(hostile()).ok());
  ASSERT_TRUE(w.value()->finish().ok());
  const std::string html = slurp(page);
  // world, events, meta and the code: the page's own four script elements, no more
  EXPECT_EQ(count(html, "</script>"), 4u);
  EXPECT_EQ(count(html, "<script"), 4u);
  EXPECT_EQ(count(html, "<!--"), 0u);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_EQ(html.find("http-equiv=\"refresh\""), std::string::npos);
  fs::remove_all(dir);
}

TEST(ReportHtml, AssetsThatWouldCloseTheirElementAreRefused) {
  const fs::path dir = fs::temp_directory_path() / "salvo-report-assets-test";
  fs::create_directories(dir);
  std::ofstream(dir / "report.js") << "var s = '</SCRIPT>';";
  std::ofstream(dir / "report.css") << "body {}";
  std::ofstream(dir / "world-50m.json") << "{}";
  auto a = load_report_assets(dir);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("report.js"), std::string::npos);
  fs::remove(dir / "report.js");
  auto missing = load_report_assets(dir);
  ASSERT_FALSE(missing.ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace salvo
