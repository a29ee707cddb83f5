#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace salvo {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Words that end with a period without ending the sentence (compared lowercase).
bool is_abbreviation(std::string_view w) {
  static const std::array<std::string_view, 46> kAbbr = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "brig", "adm", "cpl",
      "pvt", "gov", "sen", "rep", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "nos", "vs",
      "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
      "u.s", "u.k", "u.n", "e.g", "i.e"};
  std::string lw(w);
  std::transform(lw.begin(), lw.end(), lw.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kAbbr.begin(), kAbbr.end(), lw) != kAbbr.end();
}

// Is there a sentence boundary after the terminator at position i (text[i] in .!?)?
bool boundary_after(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t j = i + 1;
  while (j < end && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;
  if (j >= end) return true;
  if (!is_space(t[j])) return false;
  while (j < end && is_space(t[j])) ++j;
  if (j >= end) return true;
  const unsigned char next = static_cast<unsigned char>(t[j]);
  const bool opener = next == '"' || next == '\'' || next == '(' || next == '[';
  if (!(std::isupper(next) || std::isdigit(next) || opener || next >= 0x80)) return false;
  if (t[i] != '.') return true;
  // the word before the period
  std::size_t w = i;
  while (w > 0 && !is_space(t[w - 1]) && t[w - 1] != '(' && t[w - 1] != '"') --w;
  const std::string_view word = t.substr(w, i - w);
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return false;  // initial "J."
  if (is_abbreviation(word)) return false;
  return true;
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view t) {
  std::vector<SentenceSpan> out;
  int paragraph = -1;
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t line_end = t.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = t.size();
    std::size_t b = pos;
    while (b < line_end && is_space(t[b])) ++b;
    if (b < line_end) {
      ++paragraph;
      int in_par = 0;
      std::size_t start = b;
      auto emit = [&](std::size_t s, std::size_t e) {
        while (e > s && is_space(t[e - 1])) --e;
        while (s < e && is_space(t[s])) ++s;
        if (e > s) {
          out.push_back({s, e, paragraph, static_cast<int>(out.size()), in_par++});
        }
      };
      for (std::size_t i = b; i < line_end; ++i) {
        const char c = t[i];
        if ((c == '.' || c == '!' || c == '?') && boundary_after(t, i, line_end)) {
          std::size_t e = i + 1;
          while (e < line_end && (t[e] == '"' || t[e] == '\'' || t[e] == ')' || t[e] == '.' || t[e] == '!' || t[e] == '?')) ++e;
          emit(start, e);
          start = e;
          i = e - 1;
        } else if (i - start >= kMaxSentenceBytes) {
          // a run with no sentence end: cut at the last space (or here)
          std::size_t cut = i;
          while (cut > start + kMaxSentenceBytes / 2 && !is_space(t[cut])) --cut;
          if (!is_space(t[cut])) cut = i;
          while (cut > start && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // not inside UTF-8
          if (cut <= start) cut = i;
          emit(start, cut);
          start = cut;
        }
      }
      emit(start, line_end);
    }
    pos = line_end + 1;
  }
  return out;
}

}  // namespace salvo
