#include "emit/delimited.h"

namespace salvo {

bool starts_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string neutralise_formula(std::string_view cell) {
  std::string out;
  if (starts_like_formula(cell)) out += '\'';
  out.append(cell);
  return out;
}

void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string tsv_field(std::string_view field) {
  std::string out(field);
  for (char& c : out)
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  return out;
}

bool neutralised_column(CellKind kind) {
  return kind == CellKind::text || kind == CellKind::url || kind == CellKind::date;
}

std::string csv_header(std::span<const Column> columns) {
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += ',';
    append_csv_field(out, columns[i].name);
  }
  out += kCsvLineEnd;
  return out;
}

std::string tsv_header(std::span<const Column> columns) {
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += '\t';
    out += columns[i].name;
  }
  out += kTsvLineEnd;
  return out;
}

std::string csv_record(std::span<const Column> columns, std::span<const Cell> row) {
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += ',';
    const std::string& t = row[i].text;
    if (neutralised_column(columns[i].kind))
      append_csv_field(out, neutralise_formula(t));
    else
      append_csv_field(out, t);
  }
  out += kCsvLineEnd;
  return out;
}

std::string tsv_record(std::span<const Column> columns, std::span<const Cell> row) {
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += '\t';
    // Neutralise first (same decision as CSV, on the original text), then
    // replace tabs and line breaks: "\t=1" becomes "' =1".
    const std::string& t = row[i].text;
    out += tsv_field(neutralised_column(columns[i].kind) ? neutralise_formula(t) : t);
  }
  out += kTsvLineEnd;
  return out;
}

std::string csv_header() { return csv_header(kColumns); }
std::string tsv_header() { return tsv_header(kColumns); }
std::string csv_record(const FlatRow& row) { return csv_record(kColumns, row); }
std::string tsv_record(const FlatRow& row) { return tsv_record(kColumns, row); }

}  // namespace salvo
