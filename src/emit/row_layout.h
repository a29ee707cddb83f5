// emit/row_layout.h — a spreadsheet layout: named, typed columns and how one
// Event fills them.
//
// Owns: Column, Cell and the RowLayout interface that the CSV, TSV and XLSX
// writers are given. Three layouts exist: salvo's own flat row (flat_row.h),
// ACLED's export columns (acled_layout.h) and UCDP GED's (ucdp_layout.h);
// docs/OUTPUT.md documents each column of each.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"

namespace salvo {

// How a cell is typed. CSV/TSV write every kind as text; XLSX writes text and
// url as strings (url as a hyperlink), date as a date cell, integer/real as numbers.
enum class CellKind { text, url, date, integer, real };

struct Column {
  std::string_view name;
  CellKind kind;
  double xlsx_width;  // in Excel character units
};

// One cell. `text` is the value as CSV/TSV write it ("" = unknown); for the
// numeric kinds `number` holds the same value when `text` is not empty.
struct Cell {
  std::string text;
  double number = 0;
  bool empty() const { return text.empty(); }
};

class RowLayout {
 public:
  virtual ~RowLayout() = default;
  // The header, in order; the same for every row.
  virtual std::span<const Column> columns() const = 0;
  // One cell per column, in the order of columns().
  virtual std::vector<Cell> row(const Event& e) const = 0;
};

// Cell setters shared by the layouts: an absent value leaves the cell empty.
void set_integer(Cell& c, std::int64_t v);
void set_real(Cell& c, double v);  // NaN and infinities (JSON null) leave it empty

}  // namespace salvo
