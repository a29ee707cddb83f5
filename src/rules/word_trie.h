// rules/word_trie.h — whole-word search for lists of literal terms, without a regex.
//
// Owns: the matcher behind TermSet and TermIndex. For each list it answers
// what the RE2 pattern `\b(t1|t2|...)SUFFIX\b` answers for terms written with
// term_to_pattern() (leftmost-first alternation in the order the terms were
// added, ' ' and '-' inside a term matching "[- ]?", SUFFIX the list's
// optional plural and possessive endings), for ASCII terms:
//   - a match starts and ends at a word boundary (core/unicode.h: a letter,
//     mark or digit of any script on one side and not on the other; what
//     RE2's ASCII \b answers for ASCII text); each list's matches are taken
//     left to right without overlap (the search for the next one starts where
//     the last one ended);
//   - at one start, the term added first wins; inside it, a separator is
//     consumed when it can be (greedy), and the endings are tried in RE2's
//     order: "es", "s", none; then "'s", "'", none.
// Several lists share one trie, so one pass over a sentence serves them all.
// A trie is either case-insensitive or case-sensitive. Case-insensitive means
// the simple lower case of each character, in any script ("ВБИВ" finds
// "вбив"); unlike RE2's case folding, a character outside ASCII never matches
// an ASCII one (the Kelvin sign is no 'k', U+0130 no 'i').
//
// Cost: a table probe per byte to find where a term can start, then a walk
// down the trie from there; nothing is allocated while searching ASCII text.
// A text with bytes outside ASCII is read a character at a time.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace salvo {

class WordTrie {
 public:
  static constexpr int kMaxLists = 32;
  struct ListOptions {
    bool plural = false;      // "(?:e?s)?" after the term
    bool possessive = false;  // "(?:'s|')?" after the plural ending
  };

  explicit WordTrie(bool case_insensitive);

  // A new list; returns its number (0, 1, ...), at most kMaxLists.
  int add_list(ListOptions o);
  // Adds a term to `list`; earlier terms of a list come first in its
  // alternation. With `either_case_first`, the first letter also matches in
  // the other case (TermSet's "[xX]" for sentence-case terms).
  void add(int list, std::string_view term, bool either_case_first = false);
  // Lays the trie out for searching; call once after the last add().
  void finish();
  bool empty() const { return terms_ == 0; }
  int lists() const { return static_cast<int>(lists_.size()); }

  // The word boundaries of `text` (a word character after a non-word one or
  // the reverse, core/unicode.h), in order: the only places a match can
  // start. Computed once per text for all the tries that search it. Returns
  // whether the text is all ASCII (scan()'s `ascii_text`).
  static bool boundaries(std::string_view text, std::vector<std::uint32_t>& out);

  // Calls on_match(list, begin, end) for every match of every list, in order
  // of `begin`; stops early when on_match returns false. `starts` is
  // boundaries(text), `ascii_text` what it returned.
  template <class OnMatch>
  void scan(std::string_view text, const std::vector<std::uint32_t>& starts, bool ascii_text, OnMatch&& on_match) const;

 private:
  struct Edge {
    unsigned char byte;
    std::int32_t child;
  };
  struct Ending {
    std::int32_t list;
    std::int32_t priority;
  };
  struct Building {  // a node while terms are added
    std::vector<Edge> edges;
    std::vector<Ending> ends;
    std::int32_t sep = -1;
  };
  // A node as searched: a node with one child keeps it inline; one with more
  // has a row of dense_ (one entry per byte class). Most nodes deep in the
  // trie have one child, the few near the root have many.
  struct Node {
    std::int32_t dense = -1;         // first entry of its row in dense_, or -1
    std::int32_t single_child = -1;  // the only child (dense < 0), or -1
    std::int32_t sep = -1;           // child reached through "[- ]?", or -1
    std::uint32_t first_end = 0;     // into ends_: the lists with a term ending here
    std::uint16_t end_count = 0;
    unsigned char single_byte = 0;
  };
  struct Best {
    std::uint32_t found = 0;  // bit l: list l has a match (priority[l], end[l] are set)
    std::int32_t priority[kMaxLists];
    std::size_t end[kMaxLists];
  };

  std::int32_t child(std::int32_t node, unsigned char b) const;
  std::int32_t step(std::int32_t node, unsigned char b);
  void add_path(int list, std::string_view term, int priority);
  template <bool kAsciiText, bool kFold>
  void walk(std::string_view text, std::int32_t node, std::size_t pos, const std::size_t* free_at, std::size_t start,
            Best& best) const;
  template <bool kAsciiText>
  [[gnu::always_inline]] inline bool ending(const ListOptions& o, std::string_view text, std::size_t pos,
                                            std::size_t& end) const;
  [[gnu::noinline]] bool step_foreign(std::string_view text, std::int32_t& node, std::size_t& pos) const;
  bool at(std::string_view text, std::size_t pos, char lower) const;
  unsigned char fold(unsigned char b) const {
    return (case_insensitive_ && b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b - 'A' + 'a') : b;
  }
  static const std::array<bool, 256> kWord;

  bool case_insensitive_;
  std::vector<ListOptions> lists_;
  std::vector<int> next_priority_;
  std::vector<Building> building_;  // emptied by finish()
  std::vector<Node> nodes_;
  std::vector<Ending> ends_;
  std::vector<std::int32_t> dense_;
  std::array<unsigned char, 256> class_{};    // folded byte -> class (0: in no term)
  int classes_ = 1;
  std::array<bool, 256> can_start_{};  // a match can begin with this byte
  // bit (b0 << 8 | b1): a match can begin with these two bytes (most word
  // starts fail here, before any walk)
  std::vector<std::uint64_t> can_start2_;
  bool starts_with(unsigned char b0, unsigned char b1) const {
    const unsigned i = static_cast<unsigned>(b0) << 8 | b1;
    return (can_start2_[i >> 6] >> (i & 63)) & 1u;
  }
  int terms_ = 0;
  bool has_non_ascii_ = false;  // a case-insensitive term outside ASCII (lower-cased when added)
};

template <class OnMatch>
void WordTrie::scan(std::string_view text, const std::vector<std::uint32_t>& starts, bool ascii_text,
                    OnMatch&& on_match) const {
  if (terms_ == 0) return;
  std::size_t free_at[kMaxLists];  // where each list's next match may start
  for (int l = 0; l < lists(); ++l) free_at[l] = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (const std::uint32_t start : starts) {
    const std::size_t p = start;
    if (!can_start_[s[p]]) continue;
    if (p + 1 < text.size() && !starts_with(s[p], s[p + 1])) continue;
    Best best;
    if (ascii_text) walk<true, false>(text, 0, p, free_at, p, best);
    else if (has_non_ascii_) walk<false, true>(text, 0, p, free_at, p, best);
    else walk<false, false>(text, 0, p, free_at, p, best);
    for (std::uint32_t f = best.found; f != 0; f &= f - 1) {
      const int l = __builtin_ctz(f);
      free_at[l] = best.end[l] > p ? best.end[l] : p + 1;
      if (!on_match(l, p, best.end[l])) return;
    }
  }
}

}  // namespace salvo
