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

#include "core/names.h"
#include "core/unicode.h"
#include "core/utf8.h"
#include "resolve/dates_lex.h"
#include "resolve/dn_lexwords.h"
#include "rules/lexfile.h"
#include "rules/rule_dirs.h"
#include "rules/whole_word.h"

namespace salvo {
namespace {

using dates_lex::kRequired;
using dates_lex::Section;
using dates_lex::section_of;
using dates_lex::Terms;
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

// The tags a section's entries take, each with its meaning.
template <class E>
using TagTable = dn::LexReader::Tags<E>;
const TagTable<Prefix> kPrefixTags{
    {"before"_name, Prefix::kBefore}, {"future"_name, Prefix::kFuture}, {"bare"_name, Prefix::kBare}};
const TagTable<Period> kPeriodTags{{"this_week"_name, Period::kThisWeek},   {"last_week"_name, Period::kLastWeek},
                                   {"weekend"_name, Period::kWeekend},      {"this_month"_name, Period::kThisMonth},
                                   {"last_month"_name, Period::kLastMonth}, {"recent"_name, Period::kRecent},
                                   {"future"_name, Period::kFuture}};
const TagTable<NightStart> kNightTags{{"before"_name, NightStart::kBefore}, {"on"_name, NightStart::kOn}};
const TagTable<AgoUnit> kAgoTags{{"day"_name, AgoUnit::kDay}, {"week"_name, AgoUnit::kWeek}};
const TagTable<Part> kPartTags{{"week"_name, Part::kWeek}, {"month"_name, Part::kMonth}};

// Reading the files: the lists' terms as written.
struct Reader : dn::LexReader {
  Terms terms;
};

class DateFinderImpl final : public DateFinder {
 public:
  std::vector<Diagnostic> load(const std::vector<std::filesystem::path>& files);
  std::vector<DateMention> find(std::string_view sentence, std::optional<Date> reference) const override;

 private:
  // A match being resolved: the sentence, the rule's groups, the reference,
  // and the mention and day parts being filled in.
  struct Match {
    std::string_view text;
    const re2::StringPiece* g;
    std::optional<Date> ref;
    DateMention& m;
    DayParts& parts;
  };

  void read_entry(Reader& rd, const LexEntry& e);
  void read_tagged(Reader& rd, Section s, const LexEntry& e, const std::string& key);
  void read_holiday(Reader& rd, const LexEntry& e, const std::string& key);
  std::vector<Diagnostic> compile_rules(const Terms& t, const std::string& path);

  std::vector<Candidate> candidates(std::string_view sentence, std::optional<Date> reference) const;
  static std::vector<Candidate*> non_overlapping(std::vector<Candidate>& cands);
  void borrow_range_years(std::string_view sentence, std::vector<Candidate*>& taken) const;
  std::optional<DateMention> resolve(const Rule& r, std::string_view text, const re2::StringPiece* g,
                                     std::optional<Date> ref, DayParts& parts) const;
  std::optional<Date> date_of(Kind kind, Match& x) const;
  std::optional<Date> day_with_optional_year(Match& x, int mon, int d, re2::StringPiece y) const;
  std::optional<Date> month_date(Match& x, bool with_year) const;
  std::optional<Date> night_from_to(Match& x) const;
  std::optional<Date> night_into(Match& x) const;
  std::optional<Date> ago(Match& x) const;
  std::optional<Date> period(Match& x) const;
  std::optional<Date> relative_day(Match& x, bool same_day) const;
  std::optional<Date> weekday(Match& x) const;
  std::optional<Date> ordinal(Match& x) const;

  int month_of(re2::StringPiece s) const;
  int weekday_of(re2::StringPiece s) const;
  bool next_word_in(std::string_view text, std::size_t end, const std::unordered_set<std::string>& set,
                    bool reject_capitalised) const;
  bool previous_word_in(std::string_view text, std::size_t start, const std::unordered_set<std::string>& set) const;
  // What may stand between the two ends of a date range ([date range joiners]).
  bool is_range_joiner(std::string_view between) const { return range_joiners_.count(dn::normalise_key(between)) > 0; }

  std::unordered_map<std::string, int> months_, weekdays_, rel_days_, counts_, same_days_;
  std::unordered_map<std::string, std::pair<int, int>> holidays_;  // month, day
  std::unordered_map<std::string, Prefix> prefixes_;
  std::unordered_map<std::string, Period> periods_;
  std::unordered_map<std::string, Part> parts_;
  std::unordered_set<std::string> not_after_weekday_, not_after_ordinal_, range_joiners_, before_plural_weekday_;
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

// True if the word before `start` (blanks between) is in `set` (lower-cased).
bool DateFinderImpl::previous_word_in(std::string_view text, std::size_t start,
                                      const std::unordered_set<std::string>& set) const {
  std::size_t j = start;
  while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '\t')) --j;
  if (j == start) return false;
  std::size_t i = j;
  while (i > 0 && dn::is_word_byte(static_cast<unsigned char>(text[i - 1]))) --i;
  return i < j && set.count(dn::normalise_key(text.substr(i, j - i))) > 0;
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
  if (files.empty()) return {{"", 0, "no dates.lex in any language folder"}};
  Reader rd;
  std::vector<LexFile> lexes;
  for (const auto& p : files) lexes.push_back(read_lexfile(p, rd.problems));
  if (!rd.problems.empty()) return rd.problems;
  for (const LexFile& f : lexes) {
    rd.file = &f;
    for (const auto& e : f.entries) read_entry(rd, e);
  }
  for (Section need : kRequired) {
    bool found = false;
    for (const LexFile& f : lexes)
      for (const auto& [name, line] : f.sections) found = found || section_of(name) == need;
    if (!found)
      rd.problems.push_back({lexes.front().path, 0, std::string("missing section [") + section_name(need) + "]"});
  }
  if (!rd.problems.empty()) return rd.problems;
  return compile_rules(rd.terms, lexes.front().path);
}

void DateFinderImpl::read_entry(Reader& rd, const LexEntry& e) {
  if (!e.key.empty()) {
    rd.problem(e, "expected a bare term with @tags, not 'key = value'");
    return;
  }
  const auto s = section_of(e.section);
  if (!s) {
    rd.problem(e, "unknown section [" + e.section + "] in dates.lex");
    return;
  }
  const std::string key = dn::normalise_key(e.value);
  if (auto* list = plain_list(rd.terms, *s)) list->push_back(e.value);
  else if (*s == Section::kNotAfterWeekday) not_after_weekday_.insert(key);
  else if (*s == Section::kNotAfterOrdinal) not_after_ordinal_.insert(key);
  else if (*s == Section::kBeforePluralWeekday) before_plural_weekday_.insert(key);
  else if (*s == Section::kDateRangeJoiners) range_joiners_.insert(key);
  else if (*s == Section::kHolidays) read_holiday(rd, e, key);
  else read_tagged(rd, *s, e, key);
}

// The sections whose entries carry a tag: a number or a meaning.
void DateFinderImpl::read_tagged(Reader& rd, Section s, const LexEntry& e, const std::string& key) {
  Terms& t = rd.terms;
  auto numbered = [&](std::unordered_map<std::string, int>& map, std::vector<std::string>& terms, int lo, int hi) {
    if (auto v = rd.int_tag(e, lo, hi)) {
      terms.push_back(e.value);
      rd.add_key(map, e, key, static_cast<int>(*v));
    }
  };
  auto tagged = [&](auto& map, std::vector<std::string>& terms, const auto& table, auto dflt) {
    if (auto v = rd.tag_in(e, table, dflt)) {
      terms.push_back(e.value);
      rd.add_key(map, e, key, *v);
    }
  };
  switch (s) {
    case Section::kMonths:
      if (auto v = rd.int_tag(e, 1, 12)) {
        t.months.emplace_back(e.value, std::find(e.tags.begin(), e.tags.end(), "abbr"_name) != e.tags.end());
        rd.add_key(months_, e, key, static_cast<int>(*v));
      }
      break;
    case Section::kWeekdays: numbered(weekdays_, t.weekdays, 1, 7); break;
    case Section::kRelativeDays: numbered(rel_days_, t.reldays, -31, 31); break;
    case Section::kSameDay: numbered(same_days_, t.samedays, -7, 7); break;
    case Section::kCounts: numbered(counts_, t.counts, 1, 99); break;
    case Section::kWeekdayPrefixes: tagged(prefixes_, t.prefixes, kPrefixTags, std::optional<Prefix>()); break;
    case Section::kRelativePeriods: tagged(periods_, t.periods, kPeriodTags, std::optional<Period>()); break;
    case Section::kNightWords: tagged(night_words_, t.nights, kNightTags, std::optional(NightStart::kOn)); break;
    case Section::kNightInto: tagged(night_into_, t.night_into, kNightTags, std::optional<NightStart>()); break;
    case Section::kAgoUnits: tagged(ago_units_, t.ago_units, kAgoTags, std::optional<AgoUnit>()); break;
    case Section::kMonthParts: tagged(parts_, t.parts, kPartTags, std::optional<Part>()); break;
    default: break;  // the plain lists: read_entry
  }
}

void DateFinderImpl::read_holiday(Reader& rd, const LexEntry& e, const std::string& key) {
  const std::string tag = e.tags.empty() ? "" : e.tags[0];
  const auto dash = tag.find('-');
  auto mon = dash == std::string::npos ? std::nullopt : dn::parse_int(std::string_view(tag).substr(0, dash));
  auto day = dash == std::string::npos ? std::nullopt : dn::parse_int(std::string_view(tag).substr(dash + 1));
  if (!mon || !day || !is_valid_date(2000, static_cast<int>(*mon), static_cast<int>(*day))) {
    rd.problem(e, "holiday '" + e.value + "' needs @MM-DD, e.g. @12-25");
    return;
  }
  rd.terms.holidays.push_back(e.value);
  rd.add_key(holidays_, e, key, std::pair<int, int>(static_cast<int>(*mon), static_cast<int>(*day)));
}

// The pieces the rules' patterns share, built from the lists.
struct Pieces {
  std::string month, wd, day, day_range, year, of, the, parts, part_sep, night, dayparts, suffix, wd_possessive;
};

// Month names: Title case or CAPITALS; abbreviations may take a full stop.
std::string month_pattern(std::vector<std::pair<std::string, bool>> months, const std::string& edge, bool word_edges) {
  std::stable_sort(months.begin(), months.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string month = "(";
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (i) month += '|';
    const std::string tail = months[i].second ? edge + "\\.?" : edge;
    month += dn::alternation({months[i].first}, dn::Case::kTitleOrCaps, word_edges) + tail;
  }
  return month + ')';
}

Pieces pieces(const Terms& t) {
  // RE2's \b around the names when every one is written in ASCII (one assertion
  // for the alternation, the cheapest); else on each name's ASCII ends only,
  // find() dropping a match that cuts a word of another script.
  bool ascii_names = true;
  for (const auto& w : t.weekdays) ascii_names = ascii_names && is_ascii(w);
  for (const auto& [m, abbr] : t.months) ascii_names = ascii_names && is_ascii(m);
  const std::string edge = ascii_names ? "\\b" : "";
  const std::string sp = kSp, osp = kOptSp;
  const auto ci = dn::Case::kInsensitive;
  Pieces p;
  p.month = month_pattern(t.months, edge, !ascii_names);
  p.wd = "(" + edge + dn::alternation(t.weekdays, dn::Case::kTitleOrCaps, !ascii_names) + edge + ")";
  // "Monday's strike", and "Mondays strike" in copy that lost its apostrophes: the weekday with
  // one of [weekday possessive]'s endings, the word edge after the ending
  p.wd_possessive = p.wd;
  if (!t.possessive.empty())
    p.wd_possessive = "(" + edge + dn::alternation(t.weekdays, dn::Case::kTitleOrCaps, !ascii_names) + ")(?:" +
                      dn::alternation(t.possessive, dn::Case::kAsWritten, false) + ")?" + edge;
  p.suffix = dn::alternation(t.suffixes, dn::Case::kAsWritten, false);
  p.day = "(\\d{1,2})" + p.suffix + "?";
  // "12-13 August", "12 to 13 August", "the night of 12 to 13 August": the first day (a night is
  // dated by the day it began)
  p.day_range = "(?:(?:" + osp + "(?:-|–|—)" + osp + "|" + sp + dn::alternation(t.day_range, ci, false) + sp +
                ")\\d{1,2}" + p.suffix + "?)?";
  p.year = "(?:,?" + sp + "(\\d{4})\\b)?";
  p.of = "(?:" + dn::alternation(t.day_month, ci, false) + sp + ")?";
  p.the = "(?:" + dn::alternation(t.before_day, ci, false) + sp + ")?";
  p.parts = "(" + dn::alternation(t.parts, ci, false) + ")";
  p.part_sep = "(?:-|–|" + sp + ")";
  p.night = "(" + dn::alternation(t.nights, ci, true) + ")";
  p.dayparts = "(?:" + sp + "(" + dn::alternation(t.dayparts, ci, true) + "))?";
  return p;
}

struct Spec {
  const char* id;
  Kind kind;
  std::string pattern;
};

// The rules, in the order that breaks ties between matches of one length (absolute first).
std::vector<Spec> rule_specs(const Terms& t) {
  const Pieces p = pieces(t);
  const std::string sp = kSp, osp = kOptSp;
  const auto ci = dn::Case::kInsensitive;
  auto alt = [&](const std::vector<std::string>& terms, bool edges) { return dn::alternation(terms, ci, edges); };
  return {
      {"date.weekday_absolute", Kind::kWeekdayDmy,
       "\\b" + p.wd + ",?" + sp + p.the + p.day + "\\b" + sp + p.of + p.month + p.year},
      {"date.weekday_absolute", Kind::kWeekdayMdy, "\\b" + p.wd + ",?" + sp + p.month + sp + p.day + "\\b" + p.year},
      {"date.day_month", Kind::kDmy, "\\b" + p.the + p.day + p.day_range + sp + p.of + p.month + p.year},
      {"date.month_day", Kind::kMdy, "\\b" + p.month + sp + p.day + p.day_range + "\\b" + p.year},
      // scraped pages that lost the blank between day and year: "Last updated at Jan 202015"
      {"date.month_day_glued", Kind::kMdy, "\\b" + p.month + sp + "(\\d{2})((?:19|20)\\d{2})\\b"},
      {"date.numeric", Kind::kNumeric, "\\b(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4})\\b"},
      {"date.iso", Kind::kIso, "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"},
      {"date.month_year", Kind::kMonthYear,
       "\\b(?:" + p.parts + p.part_sep + osp + ")?" + p.month + ",?" + sp + "(\\d{4})\\b"},
      {"date.month", Kind::kInMonth,
       "\\b(?:" + alt(t.in_month, true) + sp + "(?:" + p.parts + p.part_sep + osp + ")?|" + p.parts + p.part_sep +
           osp + ")" + p.month},
      {"date.night", Kind::kNightFromTo,
       p.night + sp + alt(t.night_from, false) + sp + p.wd + sp + alt(t.night_to, false) + sp + p.wd},
      {"date.night", Kind::kNightInto, p.night + sp + "(" + alt(t.night_into, false) + ")" + sp + p.wd},
      {"date.ago", Kind::kAgo,
       "\\b(?:(\\d{1,2})|(" + alt(t.counts, true) + "))" + sp + "(" + alt(t.ago_units, false) + ")" + sp +
           alt(t.ago, false) + "\\b"},
      {"date.period", Kind::kPeriod, "(" + alt(t.periods, true) + ")"},
      {"date.same_day", Kind::kSameDay, "(" + alt(t.samedays, true) + ")"},
      {"date.relative", Kind::kRelDay,
       "(?:" + alt(t.qualifiers, true) + sp + ")?(" + alt(t.reldays, true) + ")" + p.dayparts},
      {"date.weekday", Kind::kWeekday, "(?:(" + alt(t.prefixes, true) + ")" + sp + ")?" + p.wd_possessive + p.dayparts},
      {"date.ordinal", Kind::kOrdinal, alt(t.ordinal_prefix, true) + sp + "(\\d{1,2})" + p.suffix + "\\b"},
      {"date.holiday", Kind::kHoliday, "(" + alt(t.holidays, true) + ")" + p.year},
  };
}


// The rules' patterns and the set of all of them (which picks the rules worth
// running on a sentence) are compiled together (dn::compile_all). The set is
// kept only if every rule compiled.
std::vector<Diagnostic> DateFinderImpl::compile_rules(const Terms& t, const std::string& path) {
  const std::vector<Spec> specs = rule_specs(t);
  std::vector<dn::PatternJob> jobs;
  for (const auto& s : specs) jobs.push_back({s.pattern, false, s.id, nullptr, {}});
  std::unique_ptr<RE2::Set> any;
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
  std::vector<Diagnostic> problems;
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
  m.precision = DatePrecision::day;
  Match x{text, g, ref, m, parts};
  const std::optional<Date> d = date_of(r.kind, x);
  if (!d) return std::nullopt;
  m.date = *d;
  return m;
}

// The date a match of a rule of `kind` stands for; nullopt: none (recognised, or not this rule's after all).
std::optional<Date> DateFinderImpl::date_of(Kind kind, Match& x) const {
  const re2::StringPiece* g = x.g;
  switch (kind) {
    case Kind::kWeekdayDmy: return day_with_optional_year(x, month_of(g[3]), to_int(g[2]), g[4]);
    case Kind::kWeekdayMdy: return day_with_optional_year(x, month_of(g[2]), to_int(g[3]), g[4]);
    case Kind::kDmy: return day_with_optional_year(x, month_of(g[2]), to_int(g[1]), g[3]);
    case Kind::kMdy: return day_with_optional_year(x, month_of(g[1]), to_int(g[2]), g[3]);
    case Kind::kNumeric: {
      if (g[2] != g[4]) return std::nullopt;  // "31/07.2023" is not a date
      const int a = to_int(g[1]), b = to_int(g[3]), y = to_int(g[5]);
      auto d = make_date(y, b, a);                      // day first, as in most of the world's news
      if (!d && g[2] == "/") d = make_date(y, a, b);  // 07/31/2023: only month-first makes sense
      return d;
    }
    case Kind::kIso: return make_date(to_int(g[1]), to_int(g[2]), to_int(g[3]));
    case Kind::kMonthYear: return month_date(x, true);
    case Kind::kInMonth: return month_date(x, false);
    case Kind::kNightFromTo: return night_from_to(x);
    case Kind::kNightInto: return night_into(x);
    case Kind::kAgo: return ago(x);
    case Kind::kPeriod: return period(x);
    case Kind::kRelDay: return relative_day(x, false);
    case Kind::kSameDay: return relative_day(x, true);
    case Kind::kWeekday: return weekday(x);
    case Kind::kHoliday: {
      auto it = holidays_.find(dn::normalise_key(sv(g[1])));
      if (it == holidays_.end()) return std::nullopt;
      return day_with_optional_year(x, it->second.first, it->second.second, g[2]);
    }
    case Kind::kOrdinal: return ordinal(x);
  }
  return std::nullopt;
}

// A day and month, with the year written or else inferred from the reference.
std::optional<Date> DateFinderImpl::day_with_optional_year(Match& x, int mon, int d, re2::StringPiece y) const {
  if (mon == 0) return std::nullopt;
  x.parts = {mon, d, y.empty() ? 0 : to_int(y), y.empty()};
  if (!y.empty()) return make_date(to_int(y), mon, d);
  if (!x.ref) return std::nullopt;
  x.m.relative = true;
  return infer_year(mon, d, *x.ref);
}

// "July 2023", "mid-April 2023" (with_year); "in July", "in early July", "mid-April".
std::optional<Date> DateFinderImpl::month_date(Match& x, bool with_year) const {
  const re2::StringPiece* g = x.g;
  if (!with_year) {  // "since early Sept 27": the day-month rule owns it
    std::size_t i = x.m.end;
    while (i < x.text.size() && (x.text[i] == ' ' || x.text[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < x.text.size() && dn::is_digit_byte(static_cast<unsigned char>(x.text[j]))) ++j;
    if (j > i && j - i <= 2) {
      x.parts.discard = true;
      return std::nullopt;
    }
  }
  const int mon = month_of(with_year ? g[2] : g[3]);
  re2::StringPiece part = with_year ? g[1] : (g[1].empty() ? g[2] : g[1]);
  int y = 0;
  if (with_year) {
    y = to_int(g[3]);
  } else {
    if (!x.ref) return std::nullopt;
    x.m.relative = true;
    y = x.ref->year;
    if (Date{y, mon, 1}.days() > x.ref->days() + kAheadDays) --y;
  }
  if (mon == 0) return std::nullopt;
  x.m.precision = DatePrecision::month;
  if (!part.empty()) {
    auto it = parts_.find(dn::normalise_key(sv(part)));
    if (it != parts_.end() && it->second == Part::kWeek) {
      x.m.precision = DatePrecision::week;
      return monday_of(Date{y, mon, 15});
    }
  }
  return Date{y, mon, 1};
}

// "the night from Saturday to Sunday": the night ends on the second day, that
// morning on or before the reference.
std::optional<Date> DateFinderImpl::night_from_to(Match& x) const {
  if (!x.ref) return std::nullopt;
  x.m.relative = true;
  const int from = weekday_of(x.g[2]), to = weekday_of(x.g[3]);
  if (from == 0 || to == 0) return std::nullopt;
  if (to == from % 7 + 1) return weekday_on_or_before(to, *x.ref, false).plus_days(-1);
  return weekday_on_or_before(from, *x.ref, false);
}

// "overnight into/to/on Sunday": the night began on Saturday. "at night on
// Sunday" is Sunday night.
std::optional<Date> DateFinderImpl::night_into(Match& x) const {
  if (!x.ref) return std::nullopt;
  x.m.relative = true;
  const int wdv = weekday_of(x.g[3]);
  if (wdv == 0) return std::nullopt;
  const auto joiner = night_into_.find(dn::normalise_key(sv(x.g[2])));
  const auto word = night_words_.find(dn::normalise_key(sv(x.g[1])));
  const Date d = weekday_on_or_before(wdv, *x.ref, false);
  if (joiner == night_into_.end() || joiner->second == NightStart::kBefore ||
      (word != night_words_.end() && word->second == NightStart::kBefore))
    return d.plus_days(-1);
  return d;
}

// "two days ago" (that day), "a week ago" (the Monday of that week).
std::optional<Date> DateFinderImpl::ago(Match& x) const {
  if (!x.ref) return std::nullopt;
  x.m.relative = true;
  const re2::StringPiece* g = x.g;
  int n = 0;
  if (!g[1].empty()) {
    n = to_int(g[1]);
  } else {
    auto it = counts_.find(dn::normalise_key(sv(g[2])));
    if (it == counts_.end()) return std::nullopt;
    n = it->second;
  }
  const auto unit = ago_units_.find(dn::normalise_key(sv(g[3])));
  if (unit != ago_units_.end() && unit->second == AgoUnit::kWeek) {
    x.m.precision = DatePrecision::week;
    return monday_of(x.ref->plus_days(-7L * n));
  }
  return x.ref->plus_days(-n);
}

// "last week", "earlier this month", "recently".
std::optional<Date> DateFinderImpl::period(Match& x) const {
  auto it = periods_.find(dn::normalise_key(sv(x.g[1])));
  if (it == periods_.end() || it->second == Period::kFuture || !x.ref) return std::nullopt;
  x.m.relative = true;
  const Date ref = *x.ref;
  DatePrecision& precision = x.m.precision;
  switch (it->second) {
    case Period::kThisWeek: precision = DatePrecision::week; return monday_of(ref);
    case Period::kLastWeek: precision = DatePrecision::week; return monday_of(ref).plus_days(-7);
    case Period::kWeekend: precision = DatePrecision::week; return monday_of(weekday_on_or_before(6, ref, false));
    case Period::kThisMonth: precision = DatePrecision::month; return Date{ref.year, ref.month, 1};
    case Period::kLastMonth:
      precision = DatePrecision::month;
      return ref.month == 1 ? Date{ref.year - 1, 12, 1} : Date{ref.year, ref.month - 1, 1};
    case Period::kRecent: precision = DatePrecision::unknown; return ref;
    case Period::kFuture: break;
  }
  return std::nullopt;
}

// "yesterday", "last night"; with same_day, "the same night", "the next day":
// resolved by the caller against the date of the strike reported before, the
// reference (offset applied) standing in until then.
std::optional<Date> DateFinderImpl::relative_day(Match& x, bool same_day) const {
  if (!x.ref) return std::nullopt;
  const auto& map = same_day ? same_days_ : rel_days_;
  auto it = map.find(dn::normalise_key(sv(x.g[1])));
  if (it == map.end()) return std::nullopt;
  x.m.relative = true;
  if (same_day) {
    x.m.anaphoric = true;
    x.m.offset = it->second;
  }
  return x.ref->plus_days(it->second);
}

// "on Sunday", "last Friday", "Sunday night", "Sunday's"; not "next Sunday", not "The Sunday
// Times", not "on Sundays" (an ending without an apostrophe after a word of [before a plural
// weekday] is a plural: habitual, no date).
std::optional<Date> DateFinderImpl::weekday(Match& x) const {
  if (!x.ref) return std::nullopt;
  const re2::StringPiece* g = x.g;
  const int wdv = weekday_of(g[2]);
  if (wdv == 0) return std::nullopt;
  const auto after = static_cast<std::size_t>(g[2].data() + g[2].size() - x.text.data());
  const bool bare_ending = after < x.text.size() && dn::is_word_byte(static_cast<unsigned char>(x.text[after]));
  const auto start = static_cast<std::size_t>(g[2].data() - x.text.data());
  if (bare_ending && previous_word_in(x.text, start, before_plural_weekday_)) return std::nullopt;
  Prefix p = Prefix::kBare;
  if (!g[1].empty()) {
    auto it = prefixes_.find(dn::normalise_key(sv(g[1])));
    if (it != prefixes_.end()) p = it->second;
  }
  if (p == Prefix::kFuture) return std::nullopt;
  if (g[3].empty() && next_word_in(x.text, x.m.end, not_after_weekday_, false)) return std::nullopt;
  x.m.relative = true;
  return weekday_on_or_before(wdv, *x.ref, p == Prefix::kBefore);
}

// "on the 31st": that day of the reference's month, or of the month before.
std::optional<Date> DateFinderImpl::ordinal(Match& x) const {
  if (!x.ref) return std::nullopt;
  if (next_word_in(x.text, x.m.end, not_after_ordinal_, true)) return std::nullopt;
  x.m.relative = true;
  const Date ref = *x.ref;
  const int dd = to_int(x.g[1]);
  auto c = make_date(ref.year, ref.month, dd);
  if (!c || c->days() > ref.days() + kAheadDays) {
    const Date prev = Date{ref.year, ref.month, 1}.plus_days(-1);
    c = make_date(prev.year, prev.month, dd);
  }
  return c;
}

std::vector<DateMention> DateFinderImpl::find(std::string_view sentence, std::optional<Date> reference) const {
  std::vector<Candidate> cands = candidates(sentence, reference);
  std::vector<Candidate*> taken = non_overlapping(cands);
  borrow_range_years(sentence, taken);
  std::vector<DateMention> out;
  for (const Candidate* t : taken)
    if (t->mention) out.push_back(*t->mention);
  return out;
}

// Every match of every rule the set says may match (all of them if it cannot say), resolved.
std::vector<Candidate> DateFinderImpl::candidates(std::string_view sentence, std::optional<Date> reference) const {
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
  return cands;
}

// Longest first, then rule order (absolute rules come first), then leftmost;
// a candidate that overlaps one already taken is dropped. Left to right.
std::vector<Candidate*> DateFinderImpl::non_overlapping(std::vector<Candidate>& cands) {
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
  return taken;
}

// "16 August to 15 November 2017": the first end takes the second's year
// (the year before if that would put it after the second end).
void DateFinderImpl::borrow_range_years(std::string_view sentence, std::vector<Candidate*>& taken) const {
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
    m.precision = DatePrecision::day;
    m.rule = rules_[a.rule].id;
    m.relative = false;
    a.mention = m;
  }
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
