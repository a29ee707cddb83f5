#include "emit/report_html.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "emit/output_file.h"

namespace salvo {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

Result<std::string> slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool contains_ci(std::string_view hay, std::string_view needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}


// The evidence sentences joined with " … ", cut at a character boundary past the limit.
std::string evidence_text(const Event& e) {
  std::string out;
  for (const Evidence& ev : e.evidence) {
    if (!out.empty()) out += " \xE2\x80\xA6 ";
    out += ev.text;
    if (out.size() > kReportEvidenceLimit) break;
  }
  if (out.size() > kReportEvidenceLimit) {
    std::size_t end = kReportEvidenceLimit;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;
    out.resize(end);
    out += "\xE2\x80\xA6";
  }
  return out;
}

// Appends the fields of a report record, each followed by a comma: JSON strings
// with '<', '>' and '&' escaped as json_for_script does, numbers, null.
struct RecordWriter {
  std::string& out;

  void text(std::string_view s) {
    std::string repaired;
    if (!is_valid_utf8(s)) {
      repaired.assign(s);
      repair_utf8(repaired);
      s = repaired;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += ch;
          }
      }
    }
    out += "\",";
  }
  void text_or_null(std::string_view s) {
    if (s.empty()) out += "null,";
    else text(s);
  }
  void number(const std::optional<double>& v) {  // shortest form that reads back the same
    char buf[32];
    std::to_chars_result r{buf, std::errc::invalid_argument};
    if (v && std::isfinite(*v)) r = std::to_chars(buf, buf + sizeof buf, *v);
    if (r.ec == std::errc()) out.append(buf, r.ptr);
    else out += "null";
    out += ',';
  }
  void integer(const std::optional<int>& v) {
    out += v ? std::to_string(*v) : std::string("null");
    out += ',';
  }
};

// The page up to the events block. The static parts hold no input text.
constexpr std::string_view kHead = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Salvo report</title>
<style>
)";

constexpr std::string_view kBody = R"(</style>
</head>
<body>
<header>
<h1>Salvo report</h1>
<p id="summary">Reading the events&hellip;</p>
<div id="filters">
<label>Country <select id="filter-country"><option value="">all</option></select></label>
<label>Type <select id="filter-type"><option value="">all</option></select></label>
<label>Actor <select id="filter-actor"><option value="">all</option></select></label>
</div>
</header>
<main>
<section id="map-section" aria-labelledby="map-heading">
<h2 id="map-heading">Map</h2>
<div id="map">
<canvas id="map-base"></canvas>
<canvas id="map-dots"></canvas>
<svg id="map-markers" xmlns="http://www.w3.org/2000/svg"></svg>
<div id="map-controls"><button type="button" id="zoom-in" title="zoom in">+</button><button type="button" id="zoom-out" title="zoom out">&minus;</button><button type="button" id="zoom-fit" title="fit the events">fit</button></div>
<div id="popup" hidden></div>
</div>
<p id="legend"></p>
</section>
<section id="timeline" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Timeline</h2>
<p class="note" id="timeline-note">Events per day, by type.</p>
<div id="timeline-box"><svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg"></svg></div>
</section>
<section id="events" aria-labelledby="events-heading">
<h2 id="events-heading">Events</h2>
<div class="pager" id="pager"></div>
<table id="event-table"><thead></thead><tbody></tbody></table>
</section>
</main>
<footer>
<p>Made by salvo from news articles: every record is an automatic extraction to be checked against its evidence and source.
Country outlines: Natural Earth (public domain). Places: GeoNames (CC BY 4.0), Who's On First, UNOSAT.</p>
</footer>
<noscript><p>This report draws its map, timeline and table with JavaScript.</p></noscript>
<script type="application/json" id="salvo-world">)";

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string json_for_script(std::string_view in) {
  std::string out;
  out.reserve(in.size() + 16);
  for (char c : in) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

std::string report_record(const Event& e) {
  const Location* l = e.location ? &*e.location : nullptr;
  std::string out;
  out.reserve(512 + e.title.size() + e.source_url.size() + kReportEvidenceLimit);
  RecordWriter w{out};
  out += '[';
  w.text(e.event_id);
  w.text(e.date.value);
  w.text(to_string(e.date.precision));
  w.text(to_string(e.event_type));
  w.text(to_string(e.weapon));
  w.text_or_null(e.actor ? *e.actor : std::string());
  w.text_or_null(l ? l->country : std::string());
  w.text_or_null(l ? l->admin1 : std::string());
  w.text_or_null(l ? l->name : std::string());
  w.number(l ? l->latitude : std::nullopt);
  w.number(l ? l->longitude : std::nullopt);
  w.text_or_null(l ? to_string(l->precision) : std::string_view());
  w.integer(e.killed ? std::optional<int>(e.killed->min) : std::nullopt);
  w.integer(e.killed ? e.killed->max : std::nullopt);
  w.integer(e.injured ? std::optional<int>(e.injured->min) : std::nullopt);
  w.integer(e.injured ? e.injured->max : std::nullopt);
  w.text_or_null(e.source_url);
  w.text_or_null(e.title);
  w.text(evidence_text(e));
  w.text_or_null(e.target.text);
  w.text_or_null(to_string(e.target.type));
  w.text(to_string(e.outcome));
  w.text(e.doc_id);
  out.back() = ']';  // the last field's comma
  return out;
}

Result<ReportAssets> load_report_assets(const fs::path& dir) {
  auto script = slurp(dir / "report.js");
  auto style = slurp(dir / "report.css");
  auto world = slurp(dir / "world-50m.json");
  for (const auto* r : {&script, &style, &world})
    if (!r->ok()) return r->status();
  if (contains_ci(script.value(), "</script") || contains_ci(script.value(), "<!--"))
    return Status::error((dir / "report.js").string() + " must not contain \"</script\" or \"<!--\"");
  if (contains_ci(style.value(), "</style"))
    return Status::error((dir / "report.css").string() + " must not contain \"</style\"");
  return ReportAssets{std::move(script).value(), std::move(style).value(), json_for_script(world.value())};
}

Result<std::unique_ptr<ReportWriter>> ReportWriter::open(const ReportOptions& opts, ReportAssets assets) {
  auto out = OutputFile::open(opts.path);
  if (!out.ok()) return out.status();
  std::unique_ptr<ReportWriter> w(new ReportWriter(std::move(out).value(), opts, std::move(assets)));
  std::string head;
  head.reserve(kHead.size() + kBody.size() + w->assets_.style.size() + w->assets_.world.size() + 64);
  head += kHead;
  head += w->assets_.style;
  head += kBody;
  head += w->assets_.world;
  head += "</script>\n<script type=\"application/json\" id=\"salvo-events\">[";
  if (auto st = w->out_->append(head); !st.ok()) return st;
  return w;
}

ReportWriter::ReportWriter(std::unique_ptr<OutputFile> out, ReportOptions opts, ReportAssets assets)
    : out_(std::move(out)), opts_(std::move(opts)), assets_(std::move(assets)) {}

ReportWriter::~ReportWriter() = default;

Status ReportWriter::add(const Event& e) { return add_record(report_record(e)); }

Status ReportWriter::add_record(std::string_view record) {
  buf_.clear();
  buf_ += events_ == 0 ? "\n" : ",\n";
  buf_ += record;
  ++events_;
  return out_->append(buf_);
}

Status ReportWriter::finish() {
  json meta = {{"salvo_version", opts_.salvo_version}, {"inputs", opts_.inputs}, {"events", events_},
               {"fields", std::string(kReportFields)}};
  std::string tail = "\n]</script>\n<script type=\"application/json\" id=\"salvo-meta\">";
  tail += json_for_script(meta.dump(-1, ' ', false, json::error_handler_t::replace));
  tail += "</script>\n<script>\n";
  tail += assets_.script;
  tail += "\n</script>\n</body>\n</html>\n";
  if (auto st = out_->append(tail); !st.ok()) return st;
  return out_->close();
}

}  // namespace salvo
