// resolve/numbers.cpp — the number finder: the numbers.lex word lists
// compiled into RE2 patterns once at load(); find() scans with them and turns
// each quantity phrase into {min,max} by the EVENTS.md table, rejecting
// numbers that are years, dates, times, percentages, money, units, ages or
// model designations. See docs/DATES_NUMBERS.md.
#include "resolve/numbers.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

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

using dn::kOptSp;
using dn::kSp;

constexpr long long kMaxCount = 100000000;  // above this a number is not a count of people

enum class Cue { kNone, kAtLeast, kMoreThan, kUpTo, kNearly, kFewerThan, kAbout, kBetween };

enum class WordKind { kValue, kHundred, kScale, kDozen };
struct WordValue {
  WordKind kind;
  long long value;
};

struct Vague {
  int min;
  std::optional<int> max;
};

// Main-pattern groups.
enum Group { kAll = 0, kCueA = 1, kCore = 2, kCueB = 3, kVague = 4, kZero = 5, kGroups = 6 };

std::string_view sv(re2::StringPiece p) { return {p.data(), p.size()}; }

// A letter outside ASCII (Latin-1 supplement to Cyrillic supplement): "АН-26"
// and "26М" are model names, whatever the script.
bool is_foreign_letter(char32_t cp) {
  return (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) || (cp >= 0x0370 && cp <= 0x052F);
}

char32_t code_point_before(std::string_view text, std::size_t b) {
  if (b == 0) return 0;
  std::size_t i = b - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  std::size_t j = i;
  return decode_utf8(text, j);
}

char32_t code_point_at(std::string_view text, std::size_t e) {
  if (e >= text.size()) return 0;
  return decode_utf8(text, e);
}

// The sections of numbers.lex.
enum class Section {
  kUnits, kTens, kScales, kDozen, kVague, kZero, kCue, kRangeJoiners, kOneBeforeScale, kAndInNumber, kHalf,
  kBetweenJoiners, kOfBeforeUnit, kOrMore, kOrSo, kNotPeopleAfter, kNotCountAfter, kZeroNotBefore, kNotVagueAfter,
};
struct SectionName {
  const char* name;
  Section section;
  Cue cue = Cue::kNone;  // the cue sections: what the cue does
};
constexpr std::array<SectionName, 25> kSections{{
    {"units"_name, Section::kUnits}, {"tens"_name, Section::kTens}, {"scales"_name, Section::kScales},
    {"dozen"_name, Section::kDozen},
    {"vague"_name, Section::kVague}, {"zero"_name, Section::kZero}, {"at least"_name, Section::kCue, Cue::kAtLeast},
    {"more than"_name, Section::kCue, Cue::kMoreThan}, {"up to"_name, Section::kCue, Cue::kUpTo},
    {"nearly"_name, Section::kCue, Cue::kNearly}, {"fewer than"_name, Section::kCue, Cue::kFewerThan},
    {"about"_name, Section::kCue, Cue::kAbout}, {"between"_name, Section::kCue, Cue::kBetween},
    {"range joiners"_name, Section::kRangeJoiners}, {"one before a scale"_name, Section::kOneBeforeScale},
    {"and inside a number"_name, Section::kAndInNumber}, {"half"_name, Section::kHalf},
    {"between joiners"_name, Section::kBetweenJoiners}, {"of before a unit"_name, Section::kOfBeforeUnit},
    {"or more"_name, Section::kOrMore}, {"or so"_name, Section::kOrSo},
    {"not people after"_name, Section::kNotPeopleAfter},
    {"not a count after"_name, Section::kNotCountAfter}, {"zero not before"_name, Section::kZeroNotBefore},
    {"not vague after"_name, Section::kNotVagueAfter},
}};

const SectionName* section_of(std::string_view name) {
  for (const auto& s : kSections)
    if (name == s.name) return &s;
  return nullptr;
}

// Every list's terms as written, in file order: what the patterns are built from.
struct Terms {
  std::vector<std::string> units, tens, hundreds, scales, dozens, vague, zero, cues, joiners_word, joiners_sym,
      or_more, or_so, not_people, months, one, and_words, half, between, of;
};

// The sections that are a plain list of terms.
std::vector<std::string>* plain_list(Terms& t, Section s) {
  switch (s) {
    case Section::kOneBeforeScale: return &t.one;
    case Section::kAndInNumber: return &t.and_words;
    case Section::kHalf: return &t.half;
    case Section::kBetweenJoiners: return &t.between;
    case Section::kOfBeforeUnit: return &t.of;
    case Section::kOrMore: return &t.or_more;
    case Section::kOrSo: return &t.or_so;
    case Section::kNotPeopleAfter: return &t.not_people;
    default: return nullptr;
  }
}

// Reading the files: the lists' terms as written.
struct Reader : dn::LexReader {
  Terms terms;
};

class NumberFinderImpl final : public NumberFinder {
 public:
  std::vector<Diagnostic> load(const std::vector<std::filesystem::path>& number_files,
                               const std::vector<std::filesystem::path>& date_files);
  std::vector<Quantity> find(std::string_view text) const override;
  std::optional<int> word_value(std::string_view word) const override;

 private:
  void read_entry(Reader& rd, const LexEntry& e);
  void read_number_word(Reader& rd, Section s, const LexEntry& e, const std::string& key);
  bool add_word(Reader& rd, const LexEntry& e, const std::string& key, WordValue w);
  void read_vague(Reader& rd, Section s, const LexEntry& e, const std::string& key);
  void read_months(const std::vector<LexFile>& date_lexes, Terms& t);
  std::vector<Diagnostic> compile_patterns(const Terms& t, const std::string& path);

  std::optional<long long> eval_core(std::string_view s) const;
  bool blocked_before(std::string_view text, std::size_t b, bool vague, bool numeral) const;
  bool blocked_after(std::string_view text, std::size_t e, bool numeral) const;
  bool anchored(const RE2& re, std::string_view text, std::size_t at, re2::StringPiece* g, int n) const;
  bool zero_count(std::string_view text, const re2::StringPiece* g, Quantity& q, std::string& key) const;
  bool vague_count(std::string_view text, const re2::StringPiece* g, Quantity& q, std::string& key) const;
  bool vague_value(std::string_view word, const char* rule, Quantity& q, std::string& key) const;
  bool number_count(std::string_view text, const re2::StringPiece* g, Quantity& q, std::string& key) const;

  std::unordered_map<std::string, WordValue> words_;
  std::unordered_map<std::string, Vague> vague_;
  std::unordered_map<std::string, Cue> cues_;
  std::unordered_set<std::string> not_vague_after_, not_count_after_words_, months_, zero_not_before_;
  // words inside a number written in words: "a hundred", "two hundred and five", "half a dozen"
  std::unordered_set<std::string> one_words_, and_words_, half_words_;
  std::vector<std::string> not_count_after_symbols_;
  bool split_main(re2::StringPiece span, re2::StringPiece* g) const;
  bool tail(const RE2& whole, const RE2& joiner, std::string_view text, std::size_t at, re2::StringPiece* g2) const;

  // main_ finds a quantity phrase; it is only ever asked for the whole match
  // (RE2's DFA), never for groups: extracting groups from a program this size
  // costs ~25x more. The small patterns after it split the match instead.
  std::unique_ptr<RE2> main_, core_, range_, and_, or_more_, or_so_, units_, month_after_;
  std::unique_ptr<RE2> cue_, vague_re_, zero_re_, joiner_, and_joiner_;
};

std::vector<Diagnostic> NumberFinderImpl::load(const std::vector<std::filesystem::path>& number_files,
                                               const std::vector<std::filesystem::path>& date_files) {
  if (number_files.empty()) return {{"", 0, "no numbers.lex in any language folder"}};
  Reader rd;
  std::vector<LexFile> lexes, date_lexes;
  for (const auto& p : number_files) lexes.push_back(read_lexfile(p, rd.problems));
  for (const auto& p : date_files) date_lexes.push_back(read_lexfile(p, rd.problems));
  if (!rd.problems.empty()) return rd.problems;
  for (const LexFile& f : lexes) {
    rd.file = &f;
    for (const auto& e : f.entries) read_entry(rd, e);
  }
  read_months(date_lexes, rd.terms);
  const std::string& path = lexes.front().path;
  if (rd.terms.units.empty()) rd.problems.push_back({path, 0, "section [units] is missing or empty"});
  if (!rd.problems.empty()) return rd.problems;
  return compile_patterns(rd.terms, path);
}

void NumberFinderImpl::read_entry(Reader& rd, const LexEntry& e) {
  if (!e.key.empty()) {
    rd.problem(e, "expected a bare term with @tags, not 'key = value'");
    return;
  }
  const SectionName* s = section_of(e.section);
  if (!s) {
    rd.problem(e, "unknown section [" + e.section + "] in numbers.lex");
    return;
  }
  const std::string key = dn::normalise_key(e.value);
  Terms& t = rd.terms;
  if (auto* list = plain_list(t, s->section)) list->push_back(e.value);
  switch (s->section) {
    case Section::kUnits:
    case Section::kTens:
    case Section::kScales:
    case Section::kDozen: read_number_word(rd, s->section, e, key); break;
    case Section::kVague:
    case Section::kZero: read_vague(rd, s->section, e, key); break;
    case Section::kCue: {
      auto [it, inserted] = cues_.emplace(key, s->cue);
      if (!inserted && it->second != s->cue) rd.problem(e, "cue '" + e.value + "' is in two cue sections");
      t.cues.push_back(e.value);
      break;
    }
    case Section::kRangeJoiners:
      (dn::is_word_byte(static_cast<unsigned char>(e.value.front())) ? t.joiners_word : t.joiners_sym).push_back(e.value);
      break;
    case Section::kOneBeforeScale: one_words_.insert(key); break;
    case Section::kAndInNumber: and_words_.insert(key); break;
    case Section::kHalf: half_words_.insert(key); break;
    case Section::kNotCountAfter:
      if (dn::is_word_byte(static_cast<unsigned char>(e.value.back())) ||
          dn::is_alpha_byte(static_cast<unsigned char>(e.value.front())))
        not_count_after_words_.insert(key);
      else
        not_count_after_symbols_.push_back(e.value);
      break;
    case Section::kZeroNotBefore: zero_not_before_.insert(key); break;
    case Section::kNotVagueAfter: not_vague_after_.insert(key); break;
    default: break;  // a plain list, read above
  }
}

// [units], [tens], [scales], [dozen]: a word and its value.
void NumberFinderImpl::read_number_word(Reader& rd, Section s, const LexEntry& e, const std::string& key) {
  Terms& t = rd.terms;
  if (s == Section::kUnits || s == Section::kTens) {
    auto v = rd.int_tag(e, 0, 90);
    if (v && add_word(rd, e, key, {WordKind::kValue, *v})) (s == Section::kUnits ? t.units : t.tens).push_back(e.value);
  } else if (s == Section::kScales) {
    auto v = rd.int_tag(e, 100, 1000000000);
    if (v && *v != 100 && *v % 1000 != 0) {
      rd.problem(e, "a scale is @100 or a multiple of 1000");
    } else if (v && add_word(rd, e, key, {*v == 100 ? WordKind::kHundred : WordKind::kScale, *v})) {
      (*v == 100 ? t.hundreds : t.scales).push_back(e.value);
    }
  } else {
    auto v = rd.int_tag(e, 2, 1000);
    if (v && add_word(rd, e, key, {WordKind::kDozen, *v})) t.dozens.push_back(e.value);
  }
}

bool NumberFinderImpl::add_word(Reader& rd, const LexEntry& e, const std::string& key, WordValue w) {
  if (key.find(' ') != std::string::npos) {
    rd.problem(e, "number words are single words: '" + e.value + "'");
    return false;
  }
  if (!words_.emplace(key, w).second) {
    rd.problem(e, "'" + e.value + "' is listed twice");
    return false;
  }
  return true;
}

// [vague] and [zero]: a phrase @min [@max] (a zero's max is 0 unless given).
void NumberFinderImpl::read_vague(Reader& rd, Section s, const LexEntry& e, const std::string& key) {
  auto lo = rd.int_tag(e, 0, kMaxCount);
  if (!lo) return;
  Vague vq{static_cast<int>(*lo), std::nullopt};
  if (s == Section::kZero) vq.max = 0;
  if (e.tags.size() > 1) {
    auto hi = rd.int_tag(e, *lo, kMaxCount, 1);
    if (!hi) return;
    vq.max = static_cast<int>(*hi);
  }
  if (!vague_.emplace(key, vq).second) {
    rd.problem(e, "'" + e.value + "' is listed twice");
    return;
  }
  (s == Section::kZero ? rd.terms.zero : rd.terms.vague).push_back(e.value);
}

// Month names (dates.lex [months]): a number beside one is a date.
void NumberFinderImpl::read_months(const std::vector<LexFile>& date_lexes, Terms& t) {
  for (const LexFile& df : date_lexes)
    for (const auto& e : df.entries) {
      if (dates_lex::section_of(e.section) != dates_lex::Section::kMonths || !e.key.empty()) continue;
      t.months.push_back(e.value);
      std::string caps;  // capitals of any script
      for (std::size_t k = 0; k < e.value.size();) append_utf8(caps, to_upper(decode_utf8(e.value, k)));
      months_.insert(e.value);
      months_.insert(caps);
    }
}

// The number written in words or digits, the phrases around it, and the
// patterns built from them.
struct NumberPatterns {
  std::string core, cue, main, joiner, outer;
};

NumberPatterns number_patterns(const Terms& t) {
  const std::string sp = kSp;
  const auto ci = dn::Case::kInsensitive;
  const std::string hy = "(?:-|" + sp + ")";
  // Number words written in ASCII only: RE2's \b around the whole number (the
  // cheapest). Else every word and numeral carries its own word edges (a \b
  // where RE2 can judge one, at an ASCII letter or digit), so that a number may
  // be written in another script; find() drops a match that cuts a word of it.
  bool ascii_words = true;
  for (const auto* list : {&t.units, &t.tens, &t.hundreds, &t.scales, &t.dozens})
    for (const auto& w : *list) ascii_words = ascii_words && is_ascii(w);
  const bool we = !ascii_words;  // word edges on each term
  const std::string edge = we ? "\\b" : "";
  auto alt = [&](const std::vector<std::string>& terms) { return dn::alternation(terms, ci, we); };
  const std::string an = alt(t.one), and_word = alt(t.and_words);
  const std::string small = "(?:" + alt(t.tens) + hy + alt(t.units) + "|" + alt(t.tens) + "|" + alt(t.units) + ")";
  const std::string hundred = "(?:" + small + "|" + an + ")" + hy + alt(t.hundreds) + "(?:(?:,?" + sp + and_word +
                              ")?" + sp + small + ")?";
  const std::string under_k = "(?:" + hundred + "|" + small + ")";
  const std::string thousand = "(?:" + under_k + "|" + an + ")" + hy + alt(t.scales) + "(?:,?" + sp + "(?:" +
                               and_word + sp + ")?" + under_k + ")?";
  const std::string dozen = "(?:" + alt(t.half) + sp + an + "|" + an + "|" + small + ")" + hy + alt(t.dozens);
  const std::string numeral = edge + "\\d{1,3}(?:,\\d{3})+" + edge + "|" + edge + "\\d+" + edge;
  const std::string numeral_scale = edge + "\\d{1,3}" + sp + "(?:" + alt(t.hundreds) + "|" + alt(t.scales) + ")";
  NumberPatterns p;
  p.outer = we ? "" : "\\b";
  p.core = "(?:" + numeral + "|" + numeral_scale + "|" + thousand + "|" + under_k + "|" + dozen + ")";
  p.cue = "(" + dn::alternation(t.cues, ci, true) + ")";
  p.main = "(?:" + p.cue + sp + ")?" + p.outer + "(" + p.core + ")" + p.outer + "|(?:" + p.cue + sp + ")?(" +
           dn::alternation(t.vague, ci, true) + ")|(" + dn::alternation(t.zero, ci, true) + ")";
  p.joiner = "(?:" + sp + dn::alternation(t.joiners_word, ci, true) + sp + "|" + kOptSp +
             dn::alternation(t.joiners_sym, ci, false) + kOptSp + ")";
  return p;
}

// "(?i: or more| plus|\+)": terms after a number, a word after a blank.
std::string suffixes(const std::vector<std::string>& terms) {
  std::vector<std::string> branches;
  for (const auto& t : terms)
    branches.push_back((dn::is_word_byte(static_cast<unsigned char>(t.front())) ? std::string(kSp) : std::string()) +
                       dn::term_pattern(t, true));
  std::stable_sort(branches.begin(), branches.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?i:";
  for (std::size_t i = 0; i < branches.size(); ++i) out += (i ? "|" : "") + branches[i];
  if (branches.empty()) out += "[^\\x00-\\x{10FFFF}]";
  return out + ")";
}

// Compiled together (dn::compile_all: two threads where there are two
// cores); results and diagnostics in this order.
std::vector<Diagnostic> NumberFinderImpl::compile_patterns(const Terms& t, const std::string& path) {
  const NumberPatterns p = number_patterns(t);
  const std::string sp = kSp, osp = kOptSp;
  const auto ci = dn::Case::kInsensitive;
  const std::string between = dn::alternation(t.between, ci, true), of = dn::alternation(t.of, ci, true);
  const std::string months = dn::alternation(t.months, dn::Case::kTitleOrCaps, true);
  const std::pair<std::unique_ptr<RE2>*, std::pair<std::string, const char*>> patterns[] = {
      {&main_, {p.main, "numbers.quantity"}},
      {&cue_, {p.cue + sp, "numbers.cue"}},
      {&vague_re_, {dn::alternation(t.vague, ci, true), "numbers.vague"}},
      {&zero_re_, {dn::alternation(t.zero, ci, true), "numbers.zero"}},
      {&joiner_, {p.joiner, "numbers.range_joiner"}},
      {&and_joiner_, {sp + between + sp, "numbers.between_joiner"}},
      {&core_, {p.core, "numbers.number_word"}},
      {&range_, {p.joiner + p.outer + "(" + p.core + ")" + p.outer, "numbers.range"}},
      {&and_, {sp + between + sp + p.outer + "(" + p.core + ")" + p.outer, "numbers.between"}},
      {&or_more_, {suffixes(t.or_more), "numbers.or_more"}},
      {&or_so_, {suffixes(t.or_so), "numbers.or_so"}},
      {&units_, {"(?:" + sp + of + sp + "|" + osp + ")" + dn::alternation(t.not_people, ci, true), "numbers.units"}},
      {&month_after_, {sp + "(?:" + of + sp + ")?" + months, "numbers.month"}},
  };
  std::vector<dn::PatternJob> jobs;
  for (const auto& [out, pat] : patterns) jobs.push_back({pat.first, true, pat.second, nullptr, {}});
  dn::compile_all(jobs, path);
  std::vector<Diagnostic> problems;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    *patterns[i].first = std::move(jobs[i].re);
    problems.insert(problems.end(), jobs[i].problems.begin(), jobs[i].problems.end());
  }
  return problems;
}

std::optional<long long> NumberFinderImpl::eval_core(std::string_view s) const {
  if (s.empty()) return std::nullopt;
  long long total = 0, cur = 0;
  std::size_t i = 0;
  if (dn::is_digit_byte(static_cast<unsigned char>(s.front()))) {  // "1,200", "5 million"
    for (; i < s.size() && (dn::is_digit_byte(static_cast<unsigned char>(s[i])) || s[i] == ','); ++i) {
      if (s[i] == ',') continue;
      cur = cur * 10 + (s[i] - '0');
      if (cur > kMaxCount) return std::nullopt;
    }
  }
  bool half = false;
  std::string key;
  // the words: runs of letters of any script, apostrophes inside ("п'ять")
  auto letter_at = [&](std::size_t k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c < 0x80) return dn::is_alpha_byte(c);
    return is_word_char(code_point_at(s, k)) && !dn::is_digit_byte(c);
  };
  auto advance = [&](std::size_t k) {
    return k + static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(s[k])));
  };
  while (i < s.size()) {
    while (i < s.size() && !letter_at(i)) i = advance(i);
    std::size_t j = i;
    while (j < s.size() && (letter_at(j) || (s[j] == '\'' && j > i && j + 1 < s.size() && letter_at(j + 1))))
      j = advance(j);
    if (j == i) break;
    dn::normalise_key(s.substr(i, j - i), key);
    i = j;
    if (and_words_.count(key)) continue;
    if (one_words_.count(key)) {
      cur = std::max(cur, 1LL);
      continue;
    }
    if (half_words_.count(key)) {
      half = true;
      continue;
    }
    auto it = words_.find(key);
    if (it == words_.end()) return std::nullopt;
    const WordValue& w = it->second;
    switch (w.kind) {
      case WordKind::kValue: cur += w.value; break;
      case WordKind::kHundred: cur = std::max(cur, 1LL) * w.value; break;
      case WordKind::kScale:
        total += std::max(cur, 1LL) * w.value;
        cur = 0;
        break;
      case WordKind::kDozen: cur = half ? w.value / 2 : std::max(cur, 1LL) * w.value; break;
    }
    if (total + cur > kMaxCount) return std::nullopt;
  }
  return total + cur;
}

bool NumberFinderImpl::anchored(const RE2& re, std::string_view text, std::size_t at, re2::StringPiece* g,
                                int n) const {
  return re.Match(re2::StringPiece(text.data(), text.size()), at, text.size(), RE2::ANCHOR_START, g, n);
}

// Splits a match of main_ into [cue] + core | vague | zero, in the group slots
// of the main pattern.
bool NumberFinderImpl::split_main(re2::StringPiece span, re2::StringPiece* g) const {
  for (int i = 1; i < kGroups; ++i) g[i] = re2::StringPiece();
  g[kAll] = span;
  re2::StringPiece c;
  std::size_t cue_len = 0;
  if (cue_->Match(span, 0, span.size(), RE2::ANCHOR_START, &c, 1)) cue_len = c.size();
  re2::StringPiece rest = span.substr(cue_len);
  // The cue pattern's trailing blanks belong to it; the cue words end where they start.
  std::size_t cue_words = cue_len;
  while (cue_words > 0 && (span[cue_words - 1] == ' ' || span[cue_words - 1] == '\t' ||
                           static_cast<unsigned char>(span[cue_words - 1]) == 0xA0 ||
                           static_cast<unsigned char>(span[cue_words - 1]) == 0xC2))
    --cue_words;
  const re2::StringPiece cue_text = span.substr(0, cue_words);
  if (cue_len == 0 && RE2::FullMatch(rest, *zero_re_)) {
    g[kZero] = rest;
  } else if (RE2::FullMatch(rest, *vague_re_)) {
    g[kVague] = rest;
    if (cue_len) g[kCueB] = cue_text;
  } else if (RE2::FullMatch(rest, *core_)) {
    g[kCore] = rest;
    if (cue_len) g[kCueA] = cue_text;
  } else {
    return false;
  }
  return true;
}

// A joiner and a second number right after `at`: g2[0] the whole tail, g2[1]
// the number.
bool NumberFinderImpl::tail(const RE2& whole, const RE2& joiner, std::string_view text, std::size_t at,
                            re2::StringPiece* g2) const {
  const re2::StringPiece t(text.data(), text.size());
  if (!whole.Match(t, at, text.size(), RE2::ANCHOR_START, &g2[0], 1)) return false;
  re2::StringPiece j;
  const std::size_t end = at + g2[0].size();
  if (!joiner.Match(t, at, end, RE2::ANCHOR_START, &j, 1)) return false;
  g2[1] = g2[0].substr(j.size());
  return !g2[1].empty();
}

// Left context of a number (or vague word) that starts at b with no cue.
bool NumberFinderImpl::blocked_before(std::string_view text, std::size_t b, bool vague, bool numeral) const {
  if (numeral && is_foreign_letter(code_point_before(text, b))) return true;
  if (b > 0) {
    const auto p = static_cast<unsigned char>(text[b - 1]);
    const unsigned char pp = b > 1 ? static_cast<unsigned char>(text[b - 2]) : 0;
    if (!vague) {
      if (p == '/' || p == '#' || p == '$') return true;                         // 24/7, 9/11, #5, $5
      if ((p == ':' || p == '.' || p == ',') && dn::is_digit_byte(pp)) return true;  // 10:30, 1.5
      if (numeral && (p == '-' || p == '_') && (dn::is_word_byte(pp) || pp >= 0x80))
        return true;  // Kh-101, S-300, COVID-19, АН-26 ("RPT-One" is still one)
    }
  }
  // The previous token (non-blank run).
  std::size_t e = b;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  std::size_t s = e;
  while (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\t' && text[s - 1] != '\n') --s;
  std::string_view tok = text.substr(s, e - s);
  if (tok.empty()) return false;
  std::string key;
  if (vague) {
    dn::normalise_key(tok, key);
    return not_vague_after_.count(key) > 0;
  }
  for (const auto& sym : not_count_after_symbols_)
    if (tok.size() >= sym.size() && tok.substr(tok.size() - sym.size()) == sym) return true;
  // Strip leading opening punctuation ("(aged 45").
  while (!tok.empty() && (tok.front() == '(' || tok.front() == '"' || tok.front() == '\'')) tok.remove_prefix(1);
  dn::normalise_key(tok, key);
  if (not_count_after_words_.count(key)) return true;
  std::string_view m = tok;  // "July 31", "Aug. 5"
  while (!m.empty() && (m.back() == '.' || m.back() == ',')) m.remove_suffix(1);
  return months_.count(std::string(m)) > 0;
}

// Right context at e, after the whole quantity phrase.
bool NumberFinderImpl::blocked_after(std::string_view text, std::size_t e, bool numeral) const {
  if (numeral && is_foreign_letter(code_point_at(text, e))) return true;
  if (e < text.size()) {
    const auto c = static_cast<unsigned char>(text[e]);
    const unsigned char n = e + 1 < text.size() ? static_cast<unsigned char>(text[e + 1]) : 0;
    if ((c == ':' || c == '.' || c == '/' || c == ',') && dn::is_digit_byte(n)) return true;  // 10:30 1.5 24/7
    if (c == '-' && dn::is_alpha_byte(n)) return true;  // a 45-year-old, five-storey
    if (c == 0xE2 && e + 3 < text.size() && static_cast<unsigned char>(text[e + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[e + 2]) == 0x93 || static_cast<unsigned char>(text[e + 2]) == 0x90) &&
        dn::is_alpha_byte(static_cast<unsigned char>(text[e + 3])))
      return true;  // en dash / hyphen U+2010 compounds
  }
  return anchored(*units_, text, e, nullptr, 0) || anchored(*month_after_, text, e, nullptr, 0);
}

std::size_t offset_in(std::string_view text, re2::StringPiece p) { return static_cast<std::size_t>(p.data() - text.data()); }

// A range's joiner as a range joins: "3-7", "two-three", "2 to three"; not
// "UPDATE 2-Thirteen" (a numeral and a word joined by a symbol). g2: the tail, the second number.
bool joins_like(bool numeral, const re2::StringPiece* g2) {
  const bool second_numeral = dn::is_digit_byte(static_cast<unsigned char>(g2[1][0]));
  std::size_t k = 0;
  while (k < g2[0].size() && (g2[0][k] == ' ' || g2[0][k] == '\t')) ++k;
  const bool word_joiner = k < g2[0].size() && dn::is_alpha_byte(static_cast<unsigned char>(g2[0][k]));
  return word_joiner || numeral == second_numeral;
}

// A year: four digits, 1900-2100.
bool year_like(std::string_view s, std::optional<long long> v) {
  return s.size() == 4 && dn::is_digit_byte(static_cast<unsigned char>(s[0])) && *v >= 1900 && *v <= 2100;
}

// The {min,max} and rule of a number `a` after `cue`, up to `b` in a range; false: no count ("fewer than 1").
bool count_for(Cue cue, int a, std::optional<int> b, bool or_more, Quantity& q) {
  if (b) {
    switch (cue) {
      case Cue::kAtLeast: q.count = {a, std::nullopt}; q.rule = "num.at_least"; break;
      case Cue::kMoreThan: q.count = {a + 1, std::nullopt}; q.rule = "num.more_than"; break;
      case Cue::kUpTo:
      case Cue::kFewerThan: q.count = {1, *b}; q.rule = "num.up_to"; break;
      case Cue::kBetween: q.count = {a, *b}; q.rule = "num.between"; break;
      default: q.count = {a, *b}; q.rule = "num.range"; break;
    }
    return true;
  }
  if (or_more) {
    q.count = {a, std::nullopt};
    q.rule = "num.at_least";
    return true;
  }
  switch (cue) {
    case Cue::kAtLeast: q.count = {a, std::nullopt}; q.rule = "num.at_least"; break;
    case Cue::kMoreThan: q.count = {a + 1, std::nullopt}; q.rule = "num.more_than"; break;
    case Cue::kUpTo: q.count = {std::min(a, 1), a}; q.rule = "num.up_to"; break;
    case Cue::kFewerThan:
      if (a < 2) return false;
      q.count = {1, a - 1};
      q.rule = "num.fewer_than";
      break;
    case Cue::kNearly:
      if (a < 2) q.count = {a, a};
      else q.count = {a - std::max(1, a / 10), a - 1};
      q.rule = "num.nearly";
      break;
    case Cue::kAbout: q.count = {a, a}; q.rule = "num.about"; break;
    default: q.count = {a, a}; q.rule = "num.exact"; break;
  }
  return true;
}

std::vector<Quantity> NumberFinderImpl::find(std::string_view text) const {
  std::vector<Quantity> out;
  if (!main_) return out;
  const re2::StringPiece t(text.data(), text.size());
  std::array<re2::StringPiece, kGroups> g;
  std::string key;
  std::size_t pos = 0;
  while (pos < text.size() && main_->Match(t, pos, text.size(), RE2::UNANCHORED, g.data(), 1)) {
    const std::size_t mb = offset_in(text, g[kAll]), me = mb + g[kAll].size();
    pos = me > mb ? me : mb + 1;
    if (splits_word(text, mb, me)) {  // inside a word of another script: "двох" in "двохсот"
      pos = mb + static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(text[mb])));
      continue;
    }
    if (!split_main(g[kAll], g.data())) continue;
    Quantity q;
    q.begin = mb;
    q.end = me;
    const bool found = !g[kZero].empty()    ? zero_count(text, g.data(), q, key)
                       : !g[kVague].empty() ? vague_count(text, g.data(), q, key)
                                            : number_count(text, g.data(), q, key);
    if (!found) continue;
    pos = std::max(pos, q.end);
    out.push_back(std::move(q));
  }
  return out;
}

// "no one", "nobody"; not "No. 5", "no longer".
bool NumberFinderImpl::zero_count(std::string_view text, const re2::StringPiece* g, Quantity& q,
                                  std::string& key) const {
  const std::size_t me = q.end;
  if (me < text.size() && text[me] == '.' && g[kZero].size() <= 2) return false;  // "No. 5"
  std::size_t w = me;
  while (w < text.size() && (text[w] == ' ' || text[w] == '\t')) ++w;
  std::size_t we = w;
  while (we < text.size() && dn::is_alpha_byte(static_cast<unsigned char>(text[we]))) ++we;
  dn::normalise_key(text.substr(w, we - w), key);
  if (zero_not_before_.count(key)) return false;  // "no longer", "no doubt"
  return vague_value(sv(g[kZero]), "num.zero", q, key);
}

// The count of a vague or zero word ("several", "no one"), from numbers.lex [vague].
bool NumberFinderImpl::vague_value(std::string_view word, const char* rule, Quantity& q, std::string& key) const {
  dn::normalise_key(word, key);
  auto it = vague_.find(key);
  if (it == vague_.end()) return false;
  q.count = {it->second.min, it->second.max};
  q.rule = rule;
  return true;
}

// "several", "dozens", "at least a few"; not "so many", "many years".
bool NumberFinderImpl::vague_count(std::string_view text, const re2::StringPiece* g, Quantity& q,
                                   std::string& key) const {
  const bool has_cue = !g[kCueB].empty();
  if (!has_cue && blocked_before(text, q.begin, true, false)) return false;
  if (anchored(*units_, text, q.end, nullptr, 0)) return false;  // "many years", "hundreds of kilometres"
  return vague_value(sv(g[kVague]), "num.vague", q, key);
}

// A number, perhaps after a cue, perhaps the first of a range or before "or more", "or so".
bool NumberFinderImpl::number_count(std::string_view text, const re2::StringPiece* g, Quantity& q,
                                    std::string& key) const {
  const std::size_t me = q.end;
  std::array<re2::StringPiece, 2> g2;
  Cue cue = Cue::kNone;
  if (!g[kCueA].empty()) {
    dn::normalise_key(sv(g[kCueA]), key);
    auto it = cues_.find(key);
    if (it != cues_.end()) cue = it->second;
  }
  const auto first = eval_core(sv(g[kCore]));
  if (!first) return false;
  std::optional<long long> second;
  std::size_t end = me;
  bool or_more = false;
  if (cue == Cue::kBetween) {
    if (tail(*and_, *and_joiner_, text, me, g2.data())) {
      second = eval_core(sv(g2[1]));
      end = offset_in(text, g2[0]) + g2[0].size();
    } else {
      cue = Cue::kNone;
      q.begin = offset_in(text, g[kCore]);
    }
  }
  const bool numeral = dn::is_digit_byte(static_cast<unsigned char>(g[kCore][0]));
  if (cue != Cue::kBetween && tail(*range_, *joiner_, text, me, g2.data()) && joins_like(numeral, g2.data())) {
    second = eval_core(sv(g2[1]));
    end = offset_in(text, g2[0]) + g2[0].size();
    if (!second) return false;
  } else if (cue != Cue::kBetween && anchored(*or_more_, text, me, g2.data(), 1)) {
    or_more = true;
    end = offset_in(text, g2[0]) + g2[0].size();
  } else if (cue != Cue::kBetween && anchored(*or_so_, text, me, g2.data(), 1)) {
    end = offset_in(text, g2[0]) + g2[0].size();
    if (cue == Cue::kNone) cue = Cue::kAbout;
  }
  if (cue == Cue::kBetween && !second) return false;
  q.end = end;
  // On rejection the scan goes on right after the first number (pos = me),
  // so "UPDATE 1-Thirty" still yields thirty.
  if (cue == Cue::kNone && blocked_before(text, q.begin, false, numeral)) return false;
  const bool last_numeral = second ? dn::is_digit_byte(static_cast<unsigned char>(g2[1][0])) : numeral;
  if (blocked_after(text, end, last_numeral)) return false;
  // A year, unless a bound cue makes it a count.
  const bool first_year = year_like(sv(g[kCore]), first);
  const bool second_year = second && year_like(sv(g2[1]), second);
  if (((first_year || second_year) && (cue == Cue::kNone || cue == Cue::kBetween)) || (second && second_year))
    return false;
  if (second && *second <= *first) return false;  // "2-1" is a score, not a range
  const auto b = second ? std::optional<int>(static_cast<int>(*second)) : std::nullopt;
  return count_for(cue, static_cast<int>(*first), b, or_more, q);
}

std::optional<int> NumberFinderImpl::word_value(std::string_view word) const {
  while (!word.empty() && (word.front() == ' ' || word.front() == '\t')) word.remove_prefix(1);
  while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.remove_suffix(1);
  if (word.empty() || !core_ || !RE2::FullMatch(re2::StringPiece(word.data(), word.size()), *core_))
    return std::nullopt;
  auto v = eval_core(word);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

}  // namespace

Result<std::shared_ptr<const NumberFinder>> NumberFinder::load(const std::filesystem::path& rules_dir) {
  auto dirs = find_rule_dirs(rules_dir);
  if (!dirs.ok()) return dirs.status();
  return load(dirs.value().files("numbers.lex"), dirs.value().files("dates.lex"));
}

Result<std::shared_ptr<const NumberFinder>> NumberFinder::load(const std::vector<std::filesystem::path>& number_files,
                                                               const std::vector<std::filesystem::path>& date_files) {
  auto impl = std::make_shared<NumberFinderImpl>();
  auto problems = impl->load(number_files, date_files);
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const NumberFinder>(std::move(impl));
}

}  // namespace salvo
