// text/sentences.h — paragraphs and sentences, offset-preserving.
//
// Owns: splitting a (normalised) text into paragraphs (one per line, blank
// lines ignored) and sentences (terminal . ! ? before a capital, with
// abbreviations and initials kept inside). Very long runs without a sentence
// end are cut at a space so no sentence exceeds kMaxSentenceBytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace salvo {

inline constexpr std::size_t kMaxSentenceBytes = 4000;

struct SentenceSpan {
  std::size_t begin = 0, end = 0;  // byte offsets into the text given
  int paragraph = 0;               // 0-based index of its paragraph
  int index = 0;                   // 0-based index of the sentence in the text
  int index_in_paragraph = 0;
};

std::vector<SentenceSpan> split_sentences(std::string_view text);

}  // namespace salvo
