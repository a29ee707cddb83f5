// resolve/dates_lex.h — the sections of dates.lex, as the date finder reads them.
//
// Owns: the names of dates.lex's sections (one enum, one table), which of
// them every language folder together must have, and the terms of each list
// as written, in file order (what the date finder builds its patterns from).
// What the entries mean, and their tags, belong to dates.cpp.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/names.h"

namespace salvo::dates_lex {

// The sections of dates.lex.
enum class Section {
  kMonths, kWeekdays, kWeekdayPrefixes, kNotAfterWeekday, kDayParts, kRelativeDays, kSameDay, kRelativePeriods,
  kNightWords, kNightInto, kMonthParts, kInMonth, kCounts, kHolidays, kNotAfterOrdinal, kOrdinalSuffixes,
  kBeforeDay, kDayMonth, kDayRangeJoiners, kDateRangeJoiners, kNightFrom, kNightTo, kAgo, kAgoUnits,
  kQualifiers, kOrdinalPrefix, kWeekdayPossessive, kBeforePluralWeekday,
};
inline constexpr std::array<std::pair<const char*, Section>, 28> kSections{{
    {"months"_name, Section::kMonths}, {"weekdays"_name, Section::kWeekdays},
    {"weekday prefixes"_name, Section::kWeekdayPrefixes},
    {"not a date after a weekday"_name, Section::kNotAfterWeekday}, {"day parts"_name, Section::kDayParts},
    {"relative days"_name, Section::kRelativeDays}, {"same day"_name, Section::kSameDay},
    {"relative periods"_name, Section::kRelativePeriods}, {"night words"_name, Section::kNightWords},
    {"night into"_name, Section::kNightInto}, {"month parts"_name, Section::kMonthParts},
    {"in month"_name, Section::kInMonth},
    {"counts"_name, Section::kCounts}, {"holidays"_name, Section::kHolidays},
    {"not a date after an ordinal"_name, Section::kNotAfterOrdinal},
    {"ordinal suffixes"_name, Section::kOrdinalSuffixes},
    {"before a day"_name, Section::kBeforeDay}, {"between day and month"_name, Section::kDayMonth},
    {"day range joiners"_name, Section::kDayRangeJoiners}, {"date range joiners"_name, Section::kDateRangeJoiners},
    {"night from"_name, Section::kNightFrom}, {"night to"_name, Section::kNightTo}, {"ago"_name, Section::kAgo},
    {"ago units"_name, Section::kAgoUnits}, {"relative day qualifiers"_name, Section::kQualifiers},
    {"ordinal day prefix"_name, Section::kOrdinalPrefix}, {"weekday possessive"_name, Section::kWeekdayPossessive},
    {"before a plural weekday"_name, Section::kBeforePluralWeekday},
}};
// Required of the languages together, not of each.
inline constexpr std::array<Section, 4> kRequired{Section::kMonths, Section::kWeekdays, Section::kRelativeDays,
                                           Section::kRelativePeriods};

inline std::optional<Section> section_of(std::string_view name) {
  for (const auto& [n, s] : kSections)
    if (name == n) return s;
  return std::nullopt;
}

inline const char* section_name(Section s) {
  for (const auto& [n, x] : kSections)
    if (x == s) return n;
  return "";
}


// Every list's terms as written, in file order: what the patterns are built from.
struct Terms {
  std::vector<std::pair<std::string, bool>> months;  // term, abbr
  std::vector<std::string> weekdays, prefixes, dayparts, reldays, periods, nights, parts, in_month, counts, holidays,
      samedays, suffixes, before_day, day_month, day_range, night_from, night_to, night_into, ago, ago_units,
      qualifiers, ordinal_prefix, possessive;
};

// The sections that are a plain list of terms.
inline std::vector<std::string>* plain_list(Terms& t, Section s) {
  switch (s) {
    case Section::kDayParts: return &t.dayparts;
    case Section::kInMonth: return &t.in_month;
    case Section::kOrdinalSuffixes: return &t.suffixes;
    case Section::kBeforeDay: return &t.before_day;
    case Section::kDayMonth: return &t.day_month;
    case Section::kDayRangeJoiners: return &t.day_range;
    case Section::kNightFrom: return &t.night_from;
    case Section::kNightTo: return &t.night_to;
    case Section::kAgo: return &t.ago;
    case Section::kQualifiers: return &t.qualifiers;
    case Section::kOrdinalPrefix: return &t.ordinal_prefix;
    case Section::kWeekdayPossessive: return &t.possessive;
    default: return nullptr;
  }
}


}  // namespace salvo::dates_lex
