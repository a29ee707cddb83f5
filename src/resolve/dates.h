// resolve/dates.h — date expressions in a sentence, resolved HeidelTime-style.
//
// Owns: finding date expressions (absolute: "31 July 2023", "July 31",
// "31/07/2023", "on the 31st"; relative: weekdays, "yesterday", "last night",
// "overnight", "early on Sunday", "last week", "earlier this month", "recently")
// and resolving them against a reference date (the publication date) with a
// precision. Word lists come from the dates.lex of every language folder
// (rules/en/dates.lex, ...), merged. The rules chosen (year
// inference, nights, ranges, what is never a date) are in docs/DATES_NUMBERS.md.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/kinds.h"
#include "core/status.h"

namespace salvo {

struct DateMention {
  std::size_t begin = 0, end = 0;  // byte offsets into the sentence given to find()
  Date date;                       // resolved day (week/month: first day of the period)
  DatePrecision precision = DatePrecision::none;  // every match sets day, week, month or unknown
  std::string rule;                // id of the rule that matched: date.day_month, date.month_day,
                                   // date.numeric, date.iso, date.weekday_absolute, date.month_year,
                                   // date.month, date.ordinal, date.weekday, date.relative,
                                   // date.night, date.ago, date.period, date.same_day
  bool relative = false;           // needed the reference date
  // "the same day", "that night", "the next day" (rule date.same_day): the date of
  // the strike reported before, plus `offset` days; `date` is the reference plus
  // offset until the caller resolves it
  bool anaphoric = false;
  int offset = 0;
};

class DateFinder {
 public:
  // The dates.lex of every language folder of a rules root (rules/rule_dirs.h).
  static Result<std::shared_ptr<const DateFinder>> load(const std::filesystem::path& rules_dir);
  // These files, merged in this order; the four required sections
  // ([months], [weekdays], [relative days], [relative periods]) may come from any.
  static Result<std::shared_ptr<const DateFinder>> load(const std::vector<std::filesystem::path>& files);
  virtual ~DateFinder() = default;
  // All date expressions in `sentence`, left to right, non-overlapping. With no
  // reference, relative expressions are skipped (absolute ones without a year
  // are skipped too).
  virtual std::vector<DateMention> find(std::string_view sentence, std::optional<Date> reference) const = 0;
};

}  // namespace salvo
