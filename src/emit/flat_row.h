// emit/flat_row.h — the one flat, spreadsheet-shaped view of an Event.
//
// Owns: the column list shared by the CSV, TSV and XLSX writers (names, order,
// cell kinds, XLSX widths) and the mapping Event -> one row of cells, including
// the ACLED sub-event type and the ACLED-style geo precision code. docs/OUTPUT.md
// documents every column; a change here is a change of the output contract.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/event.h"
#include "emit/row_layout.h"

namespace salvo {

inline constexpr std::size_t kColumnCount = 30;

inline constexpr std::array<Column, kColumnCount> kColumns = {{
    {"event_id", CellKind::text, 18},
    {"doc_id", CellKind::text, 16},
    {"event_date", CellKind::date, 11},
    {"date_precision", CellKind::text, 9},
    {"event_type", CellKind::text, 26},
    {"acled_sub_event_type", CellKind::text, 30},
    {"weapon", CellKind::text, 11},
    {"outcome", CellKind::text, 11},
    {"actor", CellKind::text, 16},
    {"target", CellKind::text, 28},
    {"target_type", CellKind::text, 14},
    {"location", CellKind::text, 22},
    {"admin1", CellKind::text, 16},
    {"admin2", CellKind::text, 16},
    {"country", CellKind::text, 8},
    {"latitude", CellKind::real, 10},
    {"longitude", CellKind::real, 10},
    {"geo_precision", CellKind::integer, 8},
    {"geonames_id", CellKind::integer, 11},
    {"killed_min", CellKind::integer, 8},
    {"killed_max", CellKind::integer, 8},
    {"injured_min", CellKind::integer, 8},
    {"injured_max", CellKind::integer, 8},
    {"confidence", CellKind::real, 10},
    {"source_url", CellKind::url, 40},
    {"title", CellKind::text, 40},
    {"evidence", CellKind::text, 80},
    {"rules", CellKind::text, 30},
    // after the ACLED-style columns: group rows by strike (docs/DEDUPE.md)
    {"cluster_id", CellKind::text, 18},
    {"source_count", CellKind::integer, 8},
}};

using FlatRow = std::array<Cell, kColumnCount>;

FlatRow flat_row(const Event& e);

// salvo's own layout (the columns above) as a RowLayout, for the writers.
std::unique_ptr<RowLayout> salvo_layout();

// air_drone_strike -> "Air/drone strike" etc.: the name of ACLED's
// Explosions/Remote violence sub-event type.
std::string_view acled_sub_event_type(EventType event_type);

// ACLED's geo-precision code for a Location::precision: exact -> 1, near -> 2,
// admin1 -> 3, country -> 3 (ACLED has no coarser code); nullopt otherwise.
std::optional<int> geo_precision(LocationPrecision location_precision);

// Shortest text that reads back as the same double ("-73.5", "0.85", "1e-07").
std::string format_real(double v);

// Separators used to flatten the evidence and rules lists into one cell.
inline constexpr std::string_view kEvidenceSeparator = " | ";
inline constexpr std::string_view kRulesSeparator = ";";

}  // namespace salvo
