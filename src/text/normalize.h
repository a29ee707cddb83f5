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
  // Byte offset in the original text for byte offset b of the normalised text.
  std::size_t original_byte(std::size_t b) const { return b < map_.size() ? map_[b] : orig_size_; }

 private:
  std::string norm_;
  std::vector<std::uint32_t> map_;  // one entry per byte of norm_
  std::size_t orig_size_ = 0;
};

}  // namespace salvo
