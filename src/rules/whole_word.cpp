#include "rules/whole_word.h"

#include "core/unicode.h"

namespace salvo {

namespace {

// Between two word characters, one of them outside ASCII.
bool inside_foreign_word(std::string_view text, std::size_t pos) {
  const char32_t before = code_point_before(text, pos), at = code_point_at(text, pos);
  return (before >= 0x80 || at >= 0x80) && is_word_char(before) && is_word_char(at);
}

std::string wrap(std::string_view pattern, std::string_view context) {
  std::string out = "(?-i:^|";
  out.append(context);
  out += ")(";
  out.append(pattern);
  out += ")(?-i:";
  out.append(context);
  out += "|$)";
  return out;
}

constexpr std::string_view kNotAsciiWord = "[^0-9A-Za-z_]";
constexpr std::string_view kNotWord = "[^\\pL\\pM\\pN_]";

// Whether a match of the pattern can begin and end only with ASCII
// characters: written in ASCII, with no construct that matches a character
// of another script (\pL, \x{...}, '.', [^...], \W ...). RE2's \b judges
// such edges right, except next to a letter outside ASCII, which find()
// checks; and RE2 searches with it faster than with a context class (the
// shipped triggers' RE2::Set takes ~15% fewer instructions).
bool ascii_edged(std::string_view p) {
  if (!is_ascii(p)) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      if (std::string_view("pPxWSDCX").find(p[i + 1]) != std::string_view::npos) return false;
      ++i;
    } else if (p[i] == '.' || (p[i] == '[' && i + 1 < p.size() && p[i + 1] == '^')) {
      return false;
    }
  }
  return true;
}

// The cheap form: \b where it can judge, else any character but [0-9A-Za-z_] as the context.
std::string fast_form(std::string_view pattern) {
  if (ascii_edged(pattern)) return "\\b(?:" + std::string(pattern) + ")\\b";
  return wrap(pattern, kNotAsciiWord);
}

// The pattern's match: the whole match of a \b form, the group of a wrapped one.
bool match_group(const RE2& re, bool bounded, std::string_view text, std::size_t pos, std::size_t& begin,
                 std::size_t& end) {
  const re2::StringPiece t(text.data(), text.size());
  re2::StringPiece m[2];
  if (bounded) {
    if (!re.Match(t, pos, text.size(), RE2::UNANCHORED, m, 1)) return false;
    begin = static_cast<std::size_t>(m[0].data() - text.data());
    end = begin + m[0].size();
    return true;
  }
  // The whole match first (RE2's DFA alone); away from the text's ends its
  // context is one character on each side (the wrapper's ^ and $ match only
  // there), so the group needs no submatch search, which costs more.
  if (!re.Match(t, pos, text.size(), RE2::UNANCHORED, m, 1)) return false;
  const auto ms = static_cast<std::size_t>(m[0].data() - text.data()), me = ms + m[0].size();
  if (ms > 0 && me < text.size() && me > ms) {
    begin = ms + static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(text[ms])));
    end = me - 1;
    while (end > begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (begin <= end) return true;
  }
  if (!re.Match(t, ms, text.size(), RE2::ANCHOR_START, m, 2)) return false;
  begin = static_cast<std::size_t>(m[1].data() - text.data());
  end = begin + m[1].size();
  return true;
}

}  // namespace

WholeWordRegex::WholeWordRegex(std::string_view pattern, const RE2::Options& options)
    : pattern_(pattern),
      options_(options),
      bounded_(ascii_edged(pattern)),
      fast_(std::make_unique<RE2>(fast_form(pattern), options)),
      exact_(std::make_unique<Exact>()) {}

std::string WholeWordRegex::error() const {
  if (ok()) return "";
  if (!fast_) return "no pattern";
  // the pattern's own error, not the wrapper's
  const RE2 alone(pattern_, options_);
  return alone.ok() ? fast_->error() : alone.error();
}

std::string WholeWordRegex::set_pattern(std::string_view pattern) { return fast_form(pattern); }

const RE2& WholeWordRegex::exact() const {
  std::call_once(exact_->once, [this] { exact_->re = std::make_unique<RE2>(wrap(pattern_, kNotWord), options_); });
  return *exact_->re;
}

bool WholeWordRegex::find(std::string_view text, std::size_t pos, std::size_t& begin, std::size_t& end) const {
  if (!ok() || pos > text.size()) return false;
  // The cheap form takes any character outside ASCII for a word's edge: a
  // match must still be checked where one touches it.
  for (std::size_t from = pos; match_group(*fast_, bounded_, text, from, begin, end);) {
    if (begin > 0 && is_word_char(code_point_before(text, begin))) {
      // glued to a letter before it: the next start is later
      from = begin + static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(text[begin])));
      if (!bounded_) from = begin;  // (a wrapped form's context begins at or after `begin`)
      continue;
    }
    if (end < text.size() && is_word_char(code_point_at(text, end)))
      return match_group(exact(), false, text, pos, begin, end);  // a shorter match may be the word
    return true;
  }
  return false;
}

bool splits_word(std::string_view text, std::size_t begin, std::size_t end) {
  return inside_foreign_word(text, begin) || (end > begin && inside_foreign_word(text, end));
}

bool has_foreign_letter(std::string_view text) {
  if (is_ascii(text)) return false;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    if (is_word_char(decode_utf8(text, i))) return true;
  }
  return false;
}

}  // namespace salvo
