// text/sentences.h — paragraphs and sentences, offset-preserving.
//
// Owns: splitting a (normalised) text into paragraphs (one per line, blank
// lines ignored) and sentences (terminal . ! ? before a capital, with
// abbreviations and initials kept inside). The abbreviations are data (each
// language folder's abbreviations.lex, read by the rulebook). Very long runs
// without a sentence end are cut at a space so no sentence exceeds
// kMaxSentenceBytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace salvo {

// Words written with a full stop that does not end the sentence ("Gen.", "U.S.").
class Abbreviations {
 public:
  Abbreviations() = default;
  // Each as written ("Gen.", "u.s"): compared ignoring case, the final full stop optional.
  explicit Abbreviations(const std::vector<std::string>& words);
  // `word`: the text before a full stop, back to the space before it ("Gen", "U.S").
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::vector<std::string> words_;  // lower case, without the final full stop, sorted
};

inline constexpr std::size_t kMaxSentenceBytes = 4000;

struct SentenceSpan {
  std::size_t begin = 0, end = 0;  // byte offsets into the text given
  int paragraph = 0;               // 0-based index of its paragraph
  int index = 0;                   // 0-based index of the sentence in the text
  int index_in_paragraph = 0;
};

std::vector<SentenceSpan> split_sentences(std::string_view text, const Abbreviations& abbreviations);

}  // namespace salvo
