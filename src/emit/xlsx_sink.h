// emit/xlsx_sink.h — the Excel (.xlsx) writer, through libxlsxwriter.
//
// Owns: the workbook layout (sheet "events": a RowLayout's columns, bold frozen header, typed cells,
// autofilter, column widths, hyperlinked source URLs; sheet "summary": the
// RunSummary) and the text rules Excel imposes on a string cell (32,767
// characters at most; "_xHHHH_" is an escape inside the file, so a literal one
// is written escaped). Uses constant-memory mode: rows go straight to a
// temporary file, in order, and nothing holds the run's events.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "emit/row_layout.h"
#include "emit/sink.h"

namespace salvo {

// Excel's limits on one cell's text and on hyperlinks.
inline constexpr std::size_t kXlsxMaxCellUnits = 32767;  // UTF-16 code units
inline constexpr std::size_t kXlsxMaxUrlLength = 2079;   // characters
inline constexpr std::size_t kXlsxMaxUrls = 65530;       // per worksheet
inline constexpr std::uint32_t kXlsxMaxRows = 1048576;   // header included

// The string to hand to libxlsxwriter for a text cell: each literal "_xHHHH_"
// gets its '_' written as "_x005F_" (so Excel shows it as typed), and text over
// Excel's limit is cut at a character boundary and ends in "…" (U+2026).
std::string xlsx_cell_text(std::string_view text);

// Whether a source URL is written as a hyperlink: http, https, ftp or mailto,
// no control characters, and within Excel's 2,079-character limit once
// escaped. Other values (and URLs past the 65,530th) are written as text.
bool xlsx_linkable_url(std::string_view url);

// The hyperlink target for a linkable URL: its non-ASCII bytes percent-encoded
// (the cell still shows the URL as written).
std::string xlsx_link_target(std::string_view url);

// Writes `layout`'s columns (salvo's flat row when null).
Result<std::unique_ptr<EventSink>> open_xlsx_sink(const SinkOptions& opts, std::unique_ptr<RowLayout> layout = nullptr);

}  // namespace salvo
