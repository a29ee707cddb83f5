// text/normalize.h — the matching form of a text, with a way back.
//
// Owns: typographic normalisation (curly quotes -> ' and ", en/em dashes and
// minus -> -, non-breaking and other Unicode spaces -> space, ellipsis -> ...)
// that keeps a byte map so every offset in the normalised text maps back to
// the original text. Rules are written against the normalised form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace salvo {

class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);
  const std::string& text() const { return norm_; }
  // Byte offset in the original text for byte offset b of the normalised text
  // (the original's size for b at or past the end).
  std::size_t original_byte(std::size_t b) const;
  // Inserts a blank before each byte of `at` (offsets in text(), ascending,
  // each once): words a scraper glued together ("ofArad") read apart. An
  // inserted blank maps back to the byte it was inserted before.
  void insert_blanks(const std::vector<std::size_t>& at);

 private:
  // The way back, kept sparse: from mark.norm on, normalised byte b comes
  // from original byte b + mark.delta, until the next mark. Most texts need a
  // handful of marks (one per replaced character that changes length).
  struct Mark {
    std::size_t norm;
    std::ptrdiff_t delta;
  };
  std::string norm_;
  std::vector<Mark> marks_;
  std::ptrdiff_t delta_ = 0;
  std::size_t orig_size_ = 0;
};

}  // namespace salvo
