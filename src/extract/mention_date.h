// extract/mention_date.h — the dates of a sentence and the one each mention takes.
//
// Owns: the dates read in a sentence (resolve/dates.h), with a relative date
// inside a quotation resolved against the day the text gives the statement
// ("On Thursday, July 21, the governor said: "Today ..."": date.quoted_statement);
// what each date dates (date_role: the strike, a statement, a running toll);
// and the date a trigger takes (pick_date: one in its clause, else the
// nearest; a statement's only when there is no other; a toll's never).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/date.h"
#include "extract/mention.h"
#include "resolve/dates.h"

namespace salvo {

struct Sentence;

// What a date at byte `at` dates.
enum class DateRole { strike = 0, statement = 1, toll = 2 };
DateRole date_role(const Sentence& c, std::size_t at);

// The dates of one sentence, read once (when a step first needs them).
struct SentenceDates {
  std::vector<FoundDate> dates;
  std::vector<std::size_t> pos;  // byte offset of each in the sentence
  std::vector<DateRole> role;    // what each dates (date_role), read with them
  bool read = false;
};

// Reads the sentence's dates and their roles into `out` (once), resolved against `published`.
void read_dates(const Sentence& c, const DateFinder& finder, const std::optional<Date>& published, SentenceDates& out);

// The date for a trigger at byte `trigger`, outside the dateline; null: none
// dates the strike. `statement` says whether it is a statement's date.
const FoundDate* pick_date(const Sentence& c, const SentenceDates& d, std::size_t trigger, std::size_t dateline_end,
                           bool& statement);

}  // namespace salvo
