// emit/acled_layout.h — salvo's records in ACLED's export layout (`-f acled`).
//
// Owns: ACLED's 31 public export columns in ACLED's order and spelling, and the
// mapping of an Event onto them as ACLED's codebook codes an Explosions/Remote
// violence event: time and geo precision codes, numeric ISO code, country and
// region names, actor names and inter codes (through LayoutTables), the
// conservative fatality count with the bounds in `tags`, and `notes` built from
// the evidence. docs/OUTPUT.md gives each column's rule and the gaps.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "emit/layout_tables.h"
#include "emit/row_layout.h"

namespace salvo {

// `tables` must outlive the layout; `timestamp` (Unix seconds) fills ACLED's
// `timestamp` column, the time the row was made.
std::unique_ptr<RowLayout> acled_layout(const LayoutTables& tables, std::int64_t timestamp);

// 1 for day, 2 for week, 3 for month or a date salvo does not know (the
// publication date stands in); nullopt for anything else.
std::optional<int> acled_time_precision(DatePrecision date_precision);

// ACLED's interaction code: the two inter codes, smaller first (17 = state
// forces and civilians); inter1 * 10 when there is no second actor.
std::optional<int> acled_interaction(std::optional<int> inter1, std::optional<int> inter2);

// The host of an http(s) URL without "www." ("https://www.bbc.co.uk/x" ->
// "bbc.co.uk"); "" when it is not one.
std::string url_host(std::string_view url);

// "On 31 July 2023, <evidence>" (week: "In the week of ...", month: "In July
// 2023, ", unknown: "On or before <publication date>, "): the evidence
// sentences in order, blanks folded, cut at a word with "…" past kNotesLimit.
inline constexpr std::size_t kNotesLimit = 500;  // bytes, before the ellipsis
std::string acled_notes(const Event& e);

// The casualty bounds ACLED's single `fatalities` number loses:
// "killed=1+; injured=11+" (exact: "killed=6", a range: "killed=2-5",
// unreported: "killed=unknown").
std::string acled_tags(const Event& e);

}  // namespace salvo
