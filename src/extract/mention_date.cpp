// extract/mention_date.cpp — see mention_date.h.
#include "extract/mention_date.h"

#include <cstdint>

#include "core/ascii.h"
#include "extract/sentence.h"

namespace salvo {

void read_dates(const Sentence& c, const DateFinder& finder, const std::optional<Date>& published, SentenceDates& out) {
  if (out.read) return;
  out.read = true;
  auto& dates = out.dates;
  auto& pos = out.pos;
  std::size_t prev_end = std::string_view::npos;
  for (const auto& d : finder.find(c.s, published)) {
    // "On Monday, the day before the Iranian strikes": the phrase only restates the day before it
    // (date.apposition_gap)
    const bool restates = d.anaphoric && prev_end != std::string_view::npos && d.begin >= prev_end &&
                          c.rb.grammar.date_apposition_gap->matches(c.s.substr(prev_end, d.begin - prev_end));
    prev_end = d.end;
    if (restates) continue;
    dates.push_back({d.date, d.precision, std::string(c.s.substr(d.begin, d.end - d.begin)), d.rule,
                     d.relative, d.anaphoric, d.offset});
    pos.push_back(d.begin);
    out.role.push_back(date_role(c, d.begin));
  }
  // "In his address on Thursday, July 21, the governor said: "Today ..."": a relative date inside a
  // quotation resolves against the date the text gives the statement, not the publication date
  if (!published || dates.size() <= 1) return;
  const std::size_t q1 = c.s.find('"');
  const std::size_t q2 = q1 == std::string_view::npos ? q1 : c.s.find('"', q1 + 1);
  if (q2 == std::string_view::npos) return;
  std::optional<Date> said;
  for (std::size_t i = 0; i < dates.size(); ++i)
    if (pos[i] < q1 && dates[i].precision == DatePrecision::day && !said) said = dates[i].date;
  if (!said) return;
  for (std::size_t i = 0; i < dates.size(); ++i)
    if (pos[i] > q1 && pos[i] < q2 && dates[i].relative) {
      dates[i].date = said->plus_days(dates[i].date.days() - published->days());
      dates[i].rule = "date.quoted_statement";
    }
}

DateRole date_role(const Sentence& c, std::size_t at) {
  const std::size_t lb = at > 60 ? at - 60 : 0;
  const std::string before = ascii_lower(text_of(c, lb, at));
  if (before.empty() || before.back() != ' ') return DateRole::strike;
  if (c.rb.grammar.date_toll_before->matches(before)) return DateRole::toll;
  // "divided since July 2012", "until Friday": where a span starts or ends, not a strike's day
  if (c.rb.grammar.date_span_before->matches(before)) return DateRole::toll;
  if (c.rb.grammar.date_statement_before->matches(before)) return DateRole::statement;
  return DateRole::strike;
}

const FoundDate* pick_date(const Sentence& c, const SentenceDates& d, std::size_t trigger, std::size_t dateline_end,
                           bool& statement) {
  const auto& dates = d.dates;
  const auto& pos = d.pos;
  const auto [cb, ce] = clause_of(c.cuts, trigger);
  std::size_t best = dates.size();
  std::size_t best_d = SIZE_MAX;
  int best_role = 3;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (pos[i] < dateline_end) continue;
    const int role = static_cast<int>(d.role[i]);
    if (role == static_cast<int>(DateRole::toll)) continue;
    const std::size_t dist = pos[i] > trigger ? pos[i] - trigger : trigger - pos[i];
    const std::size_t score = (pos[i] >= cb && pos[i] < ce) ? dist : dist + 100000;
    if (role < best_role || (role == best_role && score < best_d)) {
      best_d = score;
      best = i;
      best_role = role;
    }
  }
  statement = best_role == static_cast<int>(DateRole::statement);
  if (best < dates.size()) return &dates[best];
  // only dateline or toll dates: the first outside the dateline that is no toll, else none
  for (std::size_t i = 0; i < dates.size(); ++i)
    if (d.role[i] != DateRole::toll) return &dates[i];
  return nullptr;
}

}  // namespace salvo
