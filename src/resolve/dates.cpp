// resolve/dates.cpp — the date finder: the dates.lex word lists compiled into
// RE2 patterns once at load(), matched per sentence, resolved against the
// reference (publication) date HeidelTime-news-style. See docs/DATES_NUMBERS.md.
#include "resolve/dates.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>
#include <re2/set.h>

#include "core/unicode.h"
#include "core/utf8.h"
#include "resolve/dn_lexwords.h"
#include "rules/lexfile.h"
#include "rules/rule_dirs.h"
#include "rules/whole_word.h"

namespace salvo {
namespace {

using dn::kOptSp;
using dn::kSp;

// A yearless date (or month) more than this many days after the reference
// belongs to the previous year (or month, for "on the 31st").
constexpr long kAheadDays = 3;

enum class Kind {
  kWeekdayDmy,   // "Thursday, 21 July (2022)"
  kWeekdayMdy,   // "Thursday, July 21(, 2022)"
  kDmy,          // "31 July 2023", "the 31st of July"
  kMdy,          // "July 31, 2023", "Aug. 5"
  kNumeric,      // "31/07/2023", "31.07.2023"
  kIso,          // "2023-07-31"
  kMonthYear,    // "July 2023", "mid-April 2023"
  kInMonth,      // "in July", "in early July", "mid-April"
  kNightFromTo,  // "the night from Saturday to Sunday"
  kNightInto,    // "overnight into Sunday"
  kAgo,          // "two days ago"
  kPeriod,       // "last week", "earlier this month", "recently"
  kRelDay,       // "yesterday", "last night", "today"
  kSameDay,      // "the same day", "that night", "the next day": the date of the strike reported before
  kWeekday,      // "on Sunday", "last Friday", "Sunday night"
  kOrdinal,      // "on the 31st"
  kHoliday,      // "Christmas Day", "New Year's Eve 2022"
};

enum class Prefix { kBare, kBefore, kFuture };
enum class NightStart { kOn, kBefore };  // the night of the weekday, or of the day before it
enum class AgoUnit { kDay, kWeek };
enum class Period { kThisWeek, kLastWeek, kWeekend, kThisMonth, kLastMonth, kRecent, kFuture };
enum class Part { kWeek, kMonth };

struct Rule {
  const char* id;
  Kind kind;
  std::unique_ptr<RE2> re;
};

constexpr int kMaxGroups = 6;

Date monday_of(Date d) { return d.plus_days(-d.weekday()); }

// iso_wd 1..7. Most recent such day on or before ref (strict: before).
Date weekday_on_or_before(int iso_wd, Date ref, bool strict) {
  long diff = (ref.weekday() - (iso_wd - 1) + 7) % 7;
  if (strict && diff == 0) diff = 7;
  return ref.plus_days(-diff);
}

std::optional<Date> make_date(int y, int m, int d) {
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

// Day and month without a year: the reference's year unless that is more than
// kAheadDays after the reference.
std::optional<Date> infer_year(int m, int d, Date ref) {
  auto c = make_date(ref.year, m, d);
  if (c && c->days() <= ref.days() + kAheadDays) return c;
  return make_date(ref.year - 1, m, d);
}

int to_int(re2::StringPiece s) {
  int v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  return v;
}

std::string_view sv(re2::StringPiece p) { return {p.data(), p.size()}; }

// Day and month as written, for dates that borrow a year from their partner
// in a range ("16 August to 15 November 2017").
struct DayParts {
  int month = 0, day = 0, year = 0;
  bool yearless = false;
  bool discard = false;  // not this rule's text after all: must not block another rule
};

struct Candidate {
  std::size_t begin, end;
  std::size_t rule;
  std::optional<DateMention> mention;  // nullopt: recognised, nothing to return
  DayParts parts;
};

class DateFinderImpl final : public DateFinder {
 public:
  std::vector<Diagnostic> load(const std::vector<std::filesystem::path>& files);
  std::vector<DateMention> find(std::string_view sentence, std::optional<Date> reference) const override;

 private:
  std::optional<DateMention> resolve(const Rule& r, std::string_view text, const re2::StringPiece* g,
                                     std::optional<Date> ref, DayParts& parts) const;
  int month_of(re2::StringPiece s) const;
  int weekday_of(re2::StringPiece s) const;
  bool next_word_in(std::string_view text, std::size_t end, const std::unordered_set<std::string>& set,
                    bool reject_capitalised) const;
  // What may stand between the two ends of a date range ([date range joiners]).
  bool is_range_joiner(std::string_view between) const { return range_joiners_.count(dn::normalise_key(between)) > 0; }

  std::unordered_map<std::string, int> months_, weekdays_, rel_days_, counts_, same_days_;
  std::unordered_map<std::string, std::pair<int, int>> holidays_;  // month, day
  std::unordered_map<std::string, Prefix> prefixes_;
  std::unordered_map<std::string, Period> periods_;
  std::unordered_map<std::string, Part> parts_;
  std::unordered_set<std::string> not_after_weekday_, not_after_ordinal_, range_joiners_;
  std::unordered_map<std::string, NightStart> night_into_, night_words_;
  std::unordered_map<std::string, AgoUnit> ago_units_;
  std::vector<Rule> rules_;
  // Every rule's pattern in one set: a sentence is searched once, and only
  // the rules the set says match somewhere are run (most sentences have none).
  std::unique_ptr<RE2::Set> any_;
};

int DateFinderImpl::month_of(re2::StringPiece s) const {
  std::string key;
  dn::normalise_key(sv(s), key);
  if (!key.empty() && key.back() == '.') key.pop_back();
  auto it = months_.find(key);
  return it == months_.end() ? 0 : it->second;
}

int DateFinderImpl::weekday_of(re2::StringPiece s) const {
  std::string key;
  dn::normalise_key(sv(s), key);
  auto it = weekdays_.find(key);
  return it == weekdays_.end() ? 0 : it->second;
}

// True if the word after `end` is in `set` (lower-cased), or, with
// reject_capitalised, starts with a capital letter or a digit.
bool DateFinderImpl::next_word_in(std::string_view text, std::size_t end,
                                  const std::unordered_set<std::string>& set, bool reject_capitalised) const {
  std::size_t i = end;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == end) return false;  // punctuation or end right after: no next word
  std::size_t j = i;
  while (j < text.size() && dn::is_word_byte(static_cast<unsigned char>(text[j]))) ++j;
  if (j == i) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  if (reject_capitalised && ((c >= 'A' && c <= 'Z') || dn::is_digit_byte(c))) return true;
  std::string key;
  dn::normalise_key(text.substr(i, j - i), key);
  return set.count(key) > 0;
}

std::vector<Diagnostic> DateFinderImpl::load(const std::vector<std::filesystem::path>& files) {
  std::vector<Diagnostic> problems;
  if (files.empty()) return {{"", 0, "no dates.lex in any language folder"}};
  std::vector<LexFile> lexes;
  for (const auto& p : files) lexes.push_back(read_lexfile(p, problems));
  if (!problems.empty()) return problems;

  std::vector<std::pair<std::string, bool>> month_terms;  // term, abbr
  std::vector<std::string> weekday_terms, prefix_terms, daypart_terms, relday_terms, period_terms, night_terms,
      part_terms, in_terms, count_terms, holiday_terms, sameday_terms, suffix_terms, before_day_terms,
      day_month_terms, day_range_terms, night_from_terms, night_to_terms, night_into_terms, ago_terms,
      ago_unit_terms, qualifier_terms, ordinal_prefix_terms;
  // the sections that are a plain list of terms
  const std::array<std::pair<const char*, std::vector<std::string>*>, 11> plain{{
      {"day parts", &daypart_terms},
      {"in month", &in_terms},
      {"ordinal suffixes", &suffix_terms},
      {"before a day", &before_day_terms},
      {"between day and month", &day_month_terms},
      {"day range joiners", &day_range_terms},
      {"night from", &night_from_terms},
      {"night to", &night_to_terms},
      {"ago", &ago_terms},
      {"relative day qualifiers", &qualifier_terms},
      {"ordinal day prefix", &ordinal_prefix_terms},
  }};

  const LexFile* cur = nullptr;  // the file whose entries are being read
  auto int_tag = [&](const LexEntry& e, long long lo, long long hi) -> std::optional<int> {
    const LexFile& f = *cur;
    if (e.tags.empty()) {
      problems.push_back(f.at(e.line, "'" + e.value + "' needs a number tag (@" + std::to_string(lo) + ".." +
                                          std::to_string(hi) + ")"));
      return std::nullopt;
    }
    auto v = dn::parse_int(e.tags[0]);
    if (!v || *v < lo || *v > hi) {
      problems.push_back(f.at(e.line, "tag @" + e.tags[0] + " of '" + e.value + "' is not a number in " +
                                          std::to_string(lo) + ".." + std::to_string(hi)));
      return std::nullopt;
    }
    return static_cast<int>(*v);
  };
  auto add_key = [&](auto& map, const LexEntry& e, std::string key, auto value) {
    const LexFile& f = *cur;
    auto [it, inserted] = map.emplace(key, value);
    if (!inserted && !(it->second == value))
      problems.push_back(f.at(e.line, "'" + e.value + "' is listed twice with different meanings"));
  };

  for (const LexFile& f : lexes) {
    cur = &f;
    for (const auto& e : f.entries) {
      if (!e.key.empty()) {
        problems.push_back(f.at(e.line, "expected a bare term with @tags, not 'key = value'"));
        continue;
      }
      const std::string key = dn::normalise_key(e.value);
      const std::string& s = e.section;
      const auto list = std::find_if(plain.begin(), plain.end(), [&](const auto& p) { return s == p.first; });
      if (list != plain.end()) {
        list->second->push_back(e.value);
      } else if (s == "months") {
        if (auto v = int_tag(e, 1, 12)) {
          const bool abbr = std::find(e.tags.begin(), e.tags.end(), "abbr") != e.tags.end();
          month_terms.emplace_back(e.value, abbr);
          add_key(months_, e, key, *v);
        }
      } else if (s == "weekdays") {
        if (auto v = int_tag(e, 1, 7)) {
          weekday_terms.push_back(e.value);
          add_key(weekdays_, e, key, *v);
        }
      } else if (s == "weekday prefixes") {
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        Prefix p;
        if (tag == "before") p = Prefix::kBefore;
        else if (tag == "future") p = Prefix::kFuture;
        else if (tag == "bare") p = Prefix::kBare;
        else {
          problems.push_back(f.at(e.line, "weekday prefix '" + e.value + "' needs @before, @future or @bare"));
          continue;
        }
        prefix_terms.push_back(e.value);
        add_key(prefixes_, e, key, p);
      } else if (s == "not a date after a weekday") {
        not_after_weekday_.insert(key);
      } else if (s == "relative days") {
        if (auto v = int_tag(e, -31, 31)) {
          relday_terms.push_back(e.value);
          add_key(rel_days_, e, key, *v);
        }
      } else if (s == "same day") {
        if (auto v = int_tag(e, -7, 7)) {
          sameday_terms.push_back(e.value);
          add_key(same_days_, e, key, *v);
        }
      } else if (s == "relative periods") {
        static const std::array<std::pair<const char*, Period>, 7> kTags{{{"this_week", Period::kThisWeek},
                                                                          {"last_week", Period::kLastWeek},
                                                                          {"weekend", Period::kWeekend},
                                                                          {"this_month", Period::kThisMonth},
                                                                          {"last_month", Period::kLastMonth},
                                                                          {"recent", Period::kRecent},
                                                                          {"future", Period::kFuture}}};
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        auto it = std::find_if(kTags.begin(), kTags.end(), [&](const auto& t) { return tag == t.first; });
        if (it == kTags.end()) {
          problems.push_back(f.at(e.line, "relative period '" + e.value +
                                              "' needs one of @this_week @last_week @weekend @this_month "
                                              "@last_month @recent @future"));
          continue;
        }
        period_terms.push_back(e.value);
        add_key(periods_, e, key, it->second);
      } else if (s == "night words" || s == "night into") {
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        const bool words = s == "night words";
        if (tag != "before" && tag != "on" && !(words && tag.empty())) {
          problems.push_back(f.at(e.line, "'" + e.value + (words ? "' takes @before or no tag" : "' needs @before or @on")));
          continue;
        }
        (words ? night_terms : night_into_terms).push_back(e.value);
        add_key(words ? night_words_ : night_into_, e, key, tag == "before" ? NightStart::kBefore : NightStart::kOn);
      } else if (s == "ago units") {
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        if (tag != "day" && tag != "week") {
          problems.push_back(f.at(e.line, "unit '" + e.value + "' needs @day or @week"));
          continue;
        }
        ago_unit_terms.push_back(e.value);
        add_key(ago_units_, e, key, tag == "week" ? AgoUnit::kWeek : AgoUnit::kDay);
      } else if (s == "date range joiners") {
        range_joiners_.insert(key);
      } else if (s == "month parts") {
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        if (tag != "week" && tag != "month") {
          problems.push_back(f.at(e.line, "month part '" + e.value + "' needs @week or @month"));
          continue;
        }
        part_terms.push_back(e.value);
        add_key(parts_, e, key, tag == "week" ? Part::kWeek : Part::kMonth);
      } else if (s == "counts") {
        if (auto v = int_tag(e, 1, 99)) {
          count_terms.push_back(e.value);
          add_key(counts_, e, key, *v);
        }
      } else if (s == "holidays") {
        const std::string tag = e.tags.empty() ? "" : e.tags[0];
        const auto dash = tag.find('-');
        auto mon = dash == std::string::npos ? std::nullopt : dn::parse_int(std::string_view(tag).substr(0, dash));
        auto day = dash == std::string::npos ? std::nullopt : dn::parse_int(std::string_view(tag).substr(dash + 1));
        if (!mon || !day || !is_valid_date(2000, static_cast<int>(*mon), static_cast<int>(*day))) {
          problems.push_back(f.at(e.line, "holiday '" + e.value + "' needs @MM-DD, e.g. @12-25"));
          continue;
        }
        holiday_terms.push_back(e.value);
        add_key(holidays_, e, key, std::pair<int, int>(static_cast<int>(*mon), static_cast<int>(*day)));
      } else if (s == "not a date after an ordinal") {
        not_after_ordinal_.insert(key);
      } else {
        problems.push_back(f.at(e.line, "unknown section [" + s + "] in dates.lex"));
      }
    }
  }
  // required of the languages together, not of each
  for (const char* need : {"months", "weekdays", "relative days", "relative periods"}) {
    bool found = false;
    for (const LexFile& f : lexes)
      for (const auto& [name, line] : f.sections) found = found || name == need;
    if (!found) problems.push_back({lexes.front().path, 0, std::string("missing section [") + need + "]"});
  }
  if (!problems.empty()) return problems;

  // Month names: Title case or CAPITALS; abbreviations may take a full stop.
  std::stable_sort(month_terms.begin(), month_terms.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  // RE2's \b around the names when every one is written in ASCII (one assertion
  // for the alternation, the cheapest); else on each name's ASCII ends only,
  // find() dropping a match that cuts a word of another script.
  bool ascii_names = true;
  for (const auto& t : weekday_terms) ascii_names = ascii_names && is_ascii(t);
  for (const auto& [t, abbr] : month_terms) ascii_names = ascii_names && is_ascii(t);
  const std::string edge = ascii_names ? "\\b" : "";
  std::string month = "(";
  for (std::size_t i = 0; i < month_terms.size(); ++i) {
    if (i) month += '|';
    const std::string tail = month_terms[i].second ? edge + "\\.?" : edge;
    month += dn::alternation({month_terms[i].first}, dn::Case::kTitleOrCaps, !ascii_names) + tail;
  }
  month += ')';
  const std::string wd = "(" + edge + dn::alternation(weekday_terms, dn::Case::kTitleOrCaps, !ascii_names) + edge + ")";
  const std::string sp = kSp, osp = kOptSp;
  const auto ci = dn::Case::kInsensitive;
  const std::string suffix = dn::alternation(suffix_terms, dn::Case::kAsWritten, false);
  const std::string day = "(\\d{1,2})" + suffix + "?";
  // "12-13 August", "12 to 13 August", "the night of 12 to 13 August": the first day (a night is
  // dated by the day it began)
  const std::string day_range =
      "(?:(?:" + osp + "(?:-|–|—)" + osp + "|" + sp + dn::alternation(day_range_terms, ci, false) + sp + ")\\d{1,2}" +
      suffix + "?)?";
  const std::string year = "(?:,?" + sp + "(\\d{4})\\b)?";
  const std::string of = "(?:" + dn::alternation(day_month_terms, ci, false) + sp + ")?";
  const std::string the = "(?:" + dn::alternation(before_day_terms, ci, false) + sp + ")?";
  const std::string parts = "(" + dn::alternation(part_terms, dn::Case::kInsensitive, false) + ")";
  const std::string part_sep = "(?:-|–|" + sp + ")";
  const std::string night = "(" + dn::alternation(night_terms, dn::Case::kInsensitive, true) + ")";
  const std::string dayparts = "(?:" + sp + "(" + dn::alternation(daypart_terms, dn::Case::kInsensitive, true) + "))?";

  struct Spec {
    const char* id;
    Kind kind;
    std::string pattern;
  };
  const std::vector<Spec> specs = {
      {"date.weekday_absolute", Kind::kWeekdayDmy,
       "\\b" + wd + ",?" + sp + the + day + "\\b" + sp + of + month + year},
      {"date.weekday_absolute", Kind::kWeekdayMdy,
       "\\b" + wd + ",?" + sp + month + sp + day + "\\b" + year},
      {"date.day_month", Kind::kDmy, "\\b" + the + day + day_range + sp + of + month + year},
      {"date.month_day", Kind::kMdy, "\\b" + month + sp + day + day_range + "\\b" + year},
      {"date.numeric", Kind::kNumeric, "\\b(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4})\\b"},
      {"date.iso", Kind::kIso, "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"},
      {"date.month_year", Kind::kMonthYear, "\\b(?:" + parts + part_sep + osp + ")?" + month + ",?" + sp + "(\\d{4})\\b"},
      {"date.month", Kind::kInMonth,
       "\\b(?:" + dn::alternation(in_terms, dn::Case::kInsensitive, true) + sp + "(?:" + parts + part_sep + osp +
           ")?|" + parts + part_sep + osp + ")" + month},
      {"date.night", Kind::kNightFromTo,
       night + sp + dn::alternation(night_from_terms, ci, false) + sp + wd + sp + dn::alternation(night_to_terms, ci, false) +
           sp + wd},
      {"date.night", Kind::kNightInto, night + sp + "(" + dn::alternation(night_into_terms, ci, false) + ")" + sp + wd},
      {"date.ago", Kind::kAgo,
       "\\b(?:(\\d{1,2})|(" + dn::alternation(count_terms, dn::Case::kInsensitive, true) + "))" + sp +
           "(" + dn::alternation(ago_unit_terms, ci, false) + ")" + sp + dn::alternation(ago_terms, ci, false) + "\\b"},
      {"date.period", Kind::kPeriod, "(" + dn::alternation(period_terms, dn::Case::kInsensitive, true) + ")"},
      {"date.same_day", Kind::kSameDay,
       "(" + dn::alternation(sameday_terms, dn::Case::kInsensitive, true) + ")"},
      {"date.relative", Kind::kRelDay,
       "(?:" + dn::alternation(qualifier_terms, ci, true) + sp + ")?(" + dn::alternation(relday_terms, dn::Case::kInsensitive, true) + ")" +
           dayparts},
      {"date.weekday", Kind::kWeekday,
       "(?:(" + dn::alternation(prefix_terms, dn::Case::kInsensitive, true) + ")" + sp + ")?" + wd +
           "(?:'s|’s)?" + dayparts},
      {"date.ordinal", Kind::kOrdinal, dn::alternation(ordinal_prefix_terms, ci, true) + sp + "(\\d{1,2})" + suffix + "\\b"},
      {"date.holiday", Kind::kHoliday, "(" + dn::alternation(holiday_terms, dn::Case::kInsensitive, true) + ")" + year},
  };
  // The rules' patterns and the set of all of them (which picks the rules
  // worth running on a sentence) are compiled together (dn::compile_all).
  // The set is kept only if every rule compiled, as before.
  std::vector<dn::PatternJob> jobs;
  for (const auto& s : specs) jobs.push_back({s.pattern, false, s.id, nullptr, {}});
  std::unique_ptr<RE2::Set> any;
  const std::string& path = lexes.front().path;
  dn::compile_all(jobs, path, [&] {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(64 << 20);
    any = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    for (const auto& s : specs) {
      std::string err;
      if (any->Add(s.pattern, &err) < 0) {
        any.reset();  // not expected (each pattern compiled alone); search rule by rule
        return;
      }
    }
    if (!any->Compile()) any.reset();
  });
  for (std::size_t i = 0; i < specs.size(); ++i) {
    problems.insert(problems.end(), jobs[i].problems.begin(), jobs[i].problems.end());
    auto& re = jobs[i].re;
    if (re && re->NumberOfCapturingGroups() >= kMaxGroups)
      problems.push_back({path, 0, std::string("internal: too many groups in ") + specs[i].id});
    if (re) rules_.push_back({specs[i].id, specs[i].kind, std::move(re)});
  }
  if (problems.empty()) any_ = std::move(any);
  return problems;
}

std::optional<DateMention> DateFinderImpl::resolve(const Rule& r, std::string_view text, const re2::StringPiece* g,
                                                   std::optional<Date> ref, DayParts& parts) const {
  DateMention m;
  m.begin = static_cast<std::size_t>(g[0].data() - text.data());
  m.end = m.begin + g[0].size();
  m.rule = r.id;
  m.precision = "day";
  auto day_with_optional_year = [&](int mon, int d, re2::StringPiece y) -> std::optional<Date> {
    if (mon == 0) return std::nullopt;
    parts = {mon, d, y.empty() ? 0 : to_int(y), y.empty()};
    if (!y.empty()) return make_date(to_int(y), mon, d);
    if (!ref) return std::nullopt;
    m.relative = true;
    return infer_year(mon, d, *ref);
  };
  std::optional<Date> d;
  switch (r.kind) {
    case Kind::kWeekdayDmy:
      d = day_with_optional_year(month_of(g[3]), to_int(g[2]), g[4]);
      break;
    case Kind::kWeekdayMdy:
      d = day_with_optional_year(month_of(g[2]), to_int(g[3]), g[4]);
      break;
    case Kind::kDmy:
      d = day_with_optional_year(month_of(g[2]), to_int(g[1]), g[3]);
      break;
    case Kind::kMdy:
      d = day_with_optional_year(month_of(g[1]), to_int(g[2]), g[3]);
      break;
    case Kind::kNumeric: {
      if (g[2] != g[4]) return std::nullopt;  // "31/07.2023" is not a date
      const int a = to_int(g[1]), b = to_int(g[3]), y = to_int(g[5]);
      d = make_date(y, b, a);                  // day first, as in most of the world's news
      if (!d && g[2] == "/") d = make_date(y, a, b);  // 07/31/2023: only month-first makes sense
      break;
    }
    case Kind::kIso:
      d = make_date(to_int(g[1]), to_int(g[2]), to_int(g[3]));
      break;
    case Kind::kMonthYear:
    case Kind::kInMonth: {
      const bool with_year = r.kind == Kind::kMonthYear;
      if (!with_year) {  // "since early Sept 27": the day-month rule owns it
        std::size_t i = m.end;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < text.size() && dn::is_digit_byte(static_cast<unsigned char>(text[j]))) ++j;
        if (j > i && j - i <= 2) {
          parts.discard = true;
          return std::nullopt;
        }
      }
      const int mon = month_of(with_year ? g[2] : g[3]);
      re2::StringPiece part = with_year ? g[1] : (g[1].empty() ? g[2] : g[1]);
      int y = 0;
      if (with_year) {
        y = to_int(g[3]);
      } else {
        if (!ref) return std::nullopt;
        m.relative = true;
        y = ref->year;
        if (Date{y, mon, 1}.days() > ref->days() + kAheadDays) --y;
      }
      if (mon == 0) return std::nullopt;
      d = Date{y, mon, 1};
      m.precision = "month";
      if (!part.empty()) {
        auto it = parts_.find(dn::normalise_key(sv(part)));
        if (it != parts_.end() && it->second == Part::kWeek) {
          d = monday_of(Date{y, mon, 15});
          m.precision = "week";
        }
      }
      break;
    }
    case Kind::kNightFromTo: {
      if (!ref) return std::nullopt;
      m.relative = true;
      const int from = weekday_of(g[2]), to = weekday_of(g[3]);
      if (from == 0 || to == 0) return std::nullopt;
      // The night ends on `to`: that morning is on or before the reference.
      if (to == from % 7 + 1) d = weekday_on_or_before(to, *ref, false).plus_days(-1);
      else d = weekday_on_or_before(from, *ref, false);
      break;
    }
    case Kind::kNightInto: {
      if (!ref) return std::nullopt;
      m.relative = true;
      const int wdv = weekday_of(g[3]);
      if (wdv == 0) return std::nullopt;
      const auto joiner = night_into_.find(dn::normalise_key(sv(g[2])));
      const auto word = night_words_.find(dn::normalise_key(sv(g[1])));
      d = weekday_on_or_before(wdv, *ref, false);
      // "overnight into/to/on Sunday": the night began on Saturday. "at night
      // on Sunday" is Sunday night.
      if (joiner == night_into_.end() || joiner->second == NightStart::kBefore ||
          (word != night_words_.end() && word->second == NightStart::kBefore))
        d = d->plus_days(-1);
      break;
    }
    case Kind::kAgo: {
      if (!ref) return std::nullopt;
      m.relative = true;
      int n = 0;
      if (!g[1].empty()) n = to_int(g[1]);
      else {
        auto it = counts_.find(dn::normalise_key(sv(g[2])));
        if (it == counts_.end()) return std::nullopt;
        n = it->second;
      }
      const auto unit = ago_units_.find(dn::normalise_key(sv(g[3])));
      if (unit != ago_units_.end() && unit->second == AgoUnit::kWeek) {
        d = monday_of(ref->plus_days(-7L * n));
        m.precision = "week";
      } else {
        d = ref->plus_days(-n);
      }
      break;
    }
    case Kind::kPeriod: {
      auto it = periods_.find(dn::normalise_key(sv(g[1])));
      if (it == periods_.end() || it->second == Period::kFuture || !ref) return std::nullopt;
      m.relative = true;
      switch (it->second) {
        case Period::kThisWeek: d = monday_of(*ref); m.precision = "week"; break;
        case Period::kLastWeek: d = monday_of(*ref).plus_days(-7); m.precision = "week"; break;
        case Period::kWeekend: d = monday_of(weekday_on_or_before(6, *ref, false)); m.precision = "week"; break;
        case Period::kThisMonth: d = Date{ref->year, ref->month, 1}; m.precision = "month"; break;
        case Period::kLastMonth:
          d = ref->month == 1 ? Date{ref->year - 1, 12, 1} : Date{ref->year, ref->month - 1, 1};
          m.precision = "month";
          break;
        case Period::kRecent: d = *ref; m.precision = "unknown"; break;
        case Period::kFuture: break;
      }
      break;
    }
    case Kind::kRelDay: {
      if (!ref) return std::nullopt;
      auto it = rel_days_.find(dn::normalise_key(sv(g[1])));
      if (it == rel_days_.end()) return std::nullopt;
      m.relative = true;
      d = ref->plus_days(it->second);
      break;
    }
    case Kind::kSameDay: {
      // resolved by the caller against the date of the strike reported before; the
      // reference (offset applied) stands in until then
      if (!ref) return std::nullopt;
      auto it = same_days_.find(dn::normalise_key(sv(g[1])));
      if (it == same_days_.end()) return std::nullopt;
      m.relative = true;
      m.anaphoric = true;
      m.offset = it->second;
      d = ref->plus_days(it->second);
      break;
    }
    case Kind::kWeekday: {
      if (!ref) return std::nullopt;
      const int wdv = weekday_of(g[2]);
      if (wdv == 0) return std::nullopt;
      Prefix p = Prefix::kBare;
      if (!g[1].empty()) {
        auto it = prefixes_.find(dn::normalise_key(sv(g[1])));
        if (it != prefixes_.end()) p = it->second;
      }
      if (p == Prefix::kFuture) return std::nullopt;
      if (g[3].empty() && next_word_in(text, m.end, not_after_weekday_, false)) return std::nullopt;
      m.relative = true;
      d = weekday_on_or_before(wdv, *ref, p == Prefix::kBefore);
      break;
    }
    case Kind::kHoliday: {
      auto it = holidays_.find(dn::normalise_key(sv(g[1])));
      if (it == holidays_.end()) return std::nullopt;
      d = day_with_optional_year(it->second.first, it->second.second, g[2]);
      break;
    }
    case Kind::kOrdinal: {
      if (!ref) return std::nullopt;
      if (next_word_in(text, m.end, not_after_ordinal_, true)) return std::nullopt;
      m.relative = true;
      const int dd = to_int(g[1]);
      auto c = make_date(ref->year, ref->month, dd);
      if (!c || c->days() > ref->days() + kAheadDays) {
        const Date prev = Date{ref->year, ref->month, 1}.plus_days(-1);
        c = make_date(prev.year, prev.month, dd);
      }
      d = c;
      break;
    }
  }
  if (!d) return std::nullopt;
  m.date = *d;
  return m;
}

std::vector<DateMention> DateFinderImpl::find(std::string_view sentence, std::optional<Date> reference) const {
  std::vector<Candidate> cands;
  const re2::StringPiece text(sentence.data(), sentence.size());
  std::array<re2::StringPiece, kMaxGroups> g;
  std::vector<int> which;
  bool all = true;
  if (any_) {
    RE2::Set::ErrorInfo err{};
    const bool some = any_->Match(text, &which, &err);
    if (err.kind == RE2::Set::kNoError) {
      if (!some) return {};
      std::sort(which.begin(), which.end());
      all = false;
    }
  }
  const std::size_t n_rules = all ? rules_.size() : which.size();
  for (std::size_t k = 0; k < n_rules; ++k) {
    const std::size_t ri = all ? k : static_cast<std::size_t>(which[k]);
    const Rule& r = rules_[ri];
    const int n = 1 + r.re->NumberOfCapturingGroups();
    std::size_t pos = 0;
    while (pos <= text.size() && r.re->Match(text, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
      const auto b = static_cast<std::size_t>(g[0].data() - text.data());
      const std::size_t e = b + g[0].size();
      if (e == b) {  // no rule matches the empty string; guard anyway
        pos = b + 1;
        continue;
      }
      if (splits_word(sentence, b, e)) {  // inside a word of another script: "вчора" in "позавчора"
        pos = b + std::max<std::size_t>(1, static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(sentence[b]))));
        continue;
      }
      DayParts parts;
      auto m = resolve(r, sentence, g.data(), reference, parts);
      if (!parts.discard) cands.push_back({b, e, ri, std::move(m), parts});
      pos = e;
    }
  }
  // Longest first, then rule order (absolute rules come first), then leftmost;
  // a candidate that overlaps one already taken is dropped.
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.begin < b.begin;
  });
  std::vector<Candidate*> taken;
  for (auto& c : cands) {
    bool overlaps = false;
    for (const Candidate* t : taken) overlaps = overlaps || (c.begin < t->end && t->begin < c.end);
    if (!overlaps) taken.push_back(&c);
  }
  std::sort(taken.begin(), taken.end(), [](const Candidate* a, const Candidate* b) { return a->begin < b->begin; });
  // "16 August to 15 November 2017": the first end takes the second's year
  // (the year before if that would put it after the second end).
  for (std::size_t k = 0; k + 1 < taken.size(); ++k) {
    Candidate& a = *taken[k];
    const Candidate& b = *taken[k + 1];
    if (!a.parts.yearless || b.parts.year == 0 || !b.mention) continue;
    if (!is_range_joiner(sentence.substr(a.end, b.begin - a.end))) continue;
    auto d = make_date(b.parts.year, a.parts.month, a.parts.day);
    if (d && *d > b.mention->date) d = make_date(b.parts.year - 1, a.parts.month, a.parts.day);
    if (!d) continue;
    DateMention m;
    m.begin = a.begin;
    m.end = a.end;
    m.date = *d;
    m.precision = "day";
    m.rule = rules_[a.rule].id;
    m.relative = false;
    a.mention = m;
  }
  std::vector<DateMention> out;
  for (const Candidate* t : taken)
    if (t->mention) out.push_back(*t->mention);
  return out;
}

}  // namespace

Result<std::shared_ptr<const DateFinder>> DateFinder::load(const std::filesystem::path& rules_dir) {
  auto dirs = find_rule_dirs(rules_dir);
  if (!dirs.ok()) return dirs.status();
  return load(dirs.value().files("dates.lex"));
}

Result<std::shared_ptr<const DateFinder>> DateFinder::load(const std::vector<std::filesystem::path>& files) {
  auto impl = std::make_shared<DateFinderImpl>();
  auto problems = impl->load(files);
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const DateFinder>(std::move(impl));
}

}  // namespace salvo
