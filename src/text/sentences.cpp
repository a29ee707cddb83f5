#include "text/sentences.h"

#include "core/unicode.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

namespace salvo {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }


// Is there a sentence boundary after the terminator at position i (text[i] in .!?)?
bool boundary_after(std::string_view t, std::size_t i, std::size_t end, const Abbreviations& abbr) {
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
  // an initial, "J." or "Т.": one capital letter of any script
  if (!word.empty() && static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(word[0]))) == word.size() &&
      starts_upper(word))
    return false;
  if (abbr.contains(word)) return false;
  return true;
}

}  // namespace

Abbreviations::Abbreviations(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    std::string_view v = w;
    if (v.size() > 1 && v.back() == '.') v.remove_suffix(1);
    words_.push_back(lower_case(v));
  }
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

bool Abbreviations::contains(std::string_view word) const {
  if (words_.empty()) return false;
  return std::binary_search(words_.begin(), words_.end(), lower_case(word));
}

std::vector<SentenceSpan> split_sentences(std::string_view t, const Abbreviations& abbreviations) {
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
      // Only the terminators need a look: each is found with memchr (most
      // bytes are none), the next one of each kind kept until passed.
      static constexpr char kTerm[3] = {'.', '!', '?'};
      std::size_t next[3];
      auto find_from = [&](int k, std::size_t from) {
        const void* hit = std::memchr(t.data() + from, kTerm[k], line_end - from);
        next[k] = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - t.data()) : line_end;
      };
      for (int k = 0; k < 3; ++k) find_from(k, b);
      auto next_terminator = [&](std::size_t from) {
        std::size_t best = line_end;
        for (int k = 0; k < 3; ++k) {
          if (next[k] < from) find_from(k, from);
          best = std::min(best, next[k]);
        }
        return best;
      };
      // A run with no sentence end is cut at the last space before the length
      // limit (or there), as at a terminator that does not end the sentence.
      auto cut_at = [&](std::size_t i) {
        std::size_t cut = i;
        while (cut > start + kMaxSentenceBytes / 2 && !is_space(t[cut])) --cut;
        if (!is_space(t[cut])) cut = i;
        while (cut > start && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // not inside UTF-8
        if (cut <= start) cut = i;
        emit(start, cut);
        start = cut;
      };
      std::size_t i = b;
      while (i < line_end) {
        // here i - start < kMaxSentenceBytes: the limit lies ahead
        const std::size_t j = next_terminator(i);
        const std::size_t limit = start + kMaxSentenceBytes;
        if (limit < j && limit < line_end) {
          cut_at(limit);
          i = limit + 1;
          continue;
        }
        if (j >= line_end) break;
        i = j;
        if (boundary_after(t, i, line_end, abbreviations)) {
          std::size_t e = i + 1;
          while (e < line_end && (t[e] == '"' || t[e] == '\'' || t[e] == ')' || t[e] == '.' || t[e] == '!' || t[e] == '?')) ++e;
          emit(start, e);
          start = e;
          i = e;
          continue;
        }
        if (i - start >= kMaxSentenceBytes) cut_at(i);
        ++i;
      }
      emit(start, line_end);
    }
    pos = line_end + 1;
  }
  return out;
}

}  // namespace salvo
