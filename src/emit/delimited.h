// emit/delimited.h — CSV and TSV text encoding of the flat row.
//
// Owns: RFC 4180 quoting, the TSV rule for tabs and line breaks inside a field,
// and formula-injection neutralising (OWASP "CSV Injection"): a text cell that
// starts with = + - @ TAB or CR gets a leading ' so that a spreadsheet shows it
// as text instead of evaluating it. Numeric columns are never neutralised (a
// longitude of -73.5 stays a number). docs/OUTPUT.md states these rules.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "emit/flat_row.h"

namespace salvo {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
inline constexpr std::string_view kCsvLineEnd = "\r\n";  // RFC 4180
inline constexpr std::string_view kTsvLineEnd = "\n";

// True if a spreadsheet could read the cell as a formula.
bool starts_like_formula(std::string_view cell);
// The cell with a leading ' if starts_like_formula, else unchanged.
std::string neutralise_formula(std::string_view cell);

// Appends one CSV field: quoted (with "" for each ") when it contains a comma,
// a double quote, CR or LF, else as is. No neutralising here.
void append_csv_field(std::string& out, std::string_view field);
// The TSV form of a field: each TAB, CR and LF becomes one space.
std::string tsv_field(std::string_view field);

// Whether the column's cells are neutralised (text, url and date columns).
bool neutralised_column(CellKind kind);

// Whole records, line end included, of any layout's columns and cells.
std::string csv_header(std::span<const Column> columns);
std::string tsv_header(std::span<const Column> columns);
std::string csv_record(std::span<const Column> columns, std::span<const Cell> row);
std::string tsv_record(std::span<const Column> columns, std::span<const Cell> row);

// The same for salvo's own flat row (kColumns).
std::string csv_header();
std::string tsv_header();
std::string csv_record(const FlatRow& row);
std::string tsv_record(const FlatRow& row);

}  // namespace salvo
