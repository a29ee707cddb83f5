// emit/ucdp_layout.h — salvo's records in UCDP GED's layout (`-f ucdp`).
//
// Owns: the GED columns salvo can fill (id, year, type_of_violence, side_a,
// side_b, source_article, source_headline, where_description, where_prec,
// adm_1, adm_2, latitude, longitude, country, date_start, date_end, date_prec,
// best, low, high) and the mapping of an Event onto them: sides and violence
// type through LayoutTables, GED's precision codes, the date range of a week or
// month, and best/low/high from the killed bounds. docs/OUTPUT.md gives each
// column's rule and where salvo has no value.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "emit/layout_tables.h"
#include "emit/row_layout.h"

namespace salvo {

// `tables` must outlive the layout.
std::unique_ptr<RowLayout> ucdp_layout(const LayoutTables& tables);

// GED's where_prec: exact 1, near 2 (within 25 km), admin1 4, country 6.
std::optional<int> ucdp_where_prec(LocationPrecision location_precision);
// GED's date_prec: day 1, week 3, month 4, unknown 5 (salvo has only the
// publication date).
std::optional<int> ucdp_date_prec(DatePrecision date_precision);

}  // namespace salvo
