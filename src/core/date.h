// core/date.h — civil dates without time zones.
//
// Owns: Date (proleptic Gregorian y-m-d), arithmetic in days, weekday, ISO
// formatting and strict parsing. Used for publication dates and event dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace salvo {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  long days() const;
  static Date from_days(long days);
  Date plus_days(long n) const { return from_days(days() + n); }
  // 0 = Monday ... 6 = Sunday (ISO).
  int weekday() const;
  std::string iso() const;  // "YYYY-MM-DD"
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

bool is_valid_date(int y, int m, int d);
int days_in_month(int y, int m);
// Parses "YYYY-MM-DD" (optionally followed by 'T' and a time, which is ignored).
// Returns nullopt for anything else, including impossible dates (2023-02-30).
std::optional<Date> parse_iso_date(std::string_view s);

}  // namespace salvo
