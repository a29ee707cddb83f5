// emit/report_html.h — the self-contained HTML report of a set of events
// (`salvo report`): a map, a timeline per day by type, and a sortable table.
//
// Owns: the page's structure, the compact per-event record the page's script
// reads, and the escaping that keeps untrusted text inert: every record goes
// into a <script type="application/json"> block with '<', '>' and '&' written
// as \u escapes (no "</script>" can end it early), the script builds the DOM
// with textContent only, and only http(s) URLs become links. A Content Security
// Policy forbids any network access from the page. The script, style and map
// outlines come from data/report/ and are inlined, so the file needs nothing
// else when opened. Events are streamed into the file: memory does not grow
// with their number.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/status.h"

namespace salvo {

class OutputFile;

struct ReportAssets {
  std::string script;  // report.js
  std::string style;   // report.css
  std::string world;   // world-50m.json
};

// Reads report.js, report.css and world-50m.json from `dir` (data/report),
// refusing a script or style that would close its own element early.
Result<ReportAssets> load_report_assets(const std::filesystem::path& dir);

struct ReportOptions {
  std::string path;  // "" or "-" = standard output
  std::string salvo_version;
  std::vector<std::string> inputs;
};

class ReportWriter {
 public:
  static Result<std::unique_ptr<ReportWriter>> open(const ReportOptions& opts, ReportAssets assets);
  ~ReportWriter();
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  Status add(const Event& e);
  // Adds one event given as report_record(e) (callers that build records on
  // several threads, then add them in order).
  Status add_record(std::string_view record);
  // Writes the rest of the page and closes the file.
  Status finish();

 private:
  ReportWriter(std::unique_ptr<OutputFile> out, ReportOptions opts, ReportAssets assets);
  std::unique_ptr<OutputFile> out_;
  ReportOptions opts_;
  ReportAssets assets_;
  std::uint64_t events_ = 0;
  std::string buf_;
};

// The record the page reads for one event: a JSON array, fields in the order
// of kReportFields (docs/REPORT.md). The evidence is joined with " … " and cut
// at kReportEvidenceLimit bytes.
inline constexpr std::size_t kReportEvidenceLimit = 1000;
inline constexpr std::string_view kReportFields =
    "event_id,date,date_precision,event_type,weapon,actor,country,admin1,place,latitude,longitude,"
    "location_precision,killed_min,killed_max,injured_min,injured_max,source_url,title,evidence,target,"
    "target_type,outcome,doc_id";
std::string report_record(const Event& e);

// JSON text made safe inside a <script> element: '<', '>' and '&' as \u003c,
// \u003e, \u0026 (they only occur inside JSON strings, where these escapes
// read back as the same characters).
std::string json_for_script(std::string_view json);

// & < > " ' as character references, for text and attribute values.
std::string html_escape(std::string_view text);

}  // namespace salvo
