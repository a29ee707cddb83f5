#include "rules/word_trie.h"

#include <algorithm>
#include <cassert>

#include "core/unicode.h"

namespace salvo {

// The ASCII word bytes [0-9A-Za-z_]; a byte >= 0x80 belongs to a character
// that core/unicode.h classifies (this table answers false for it).
const std::array<bool, 256> WordTrie::kWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return t;
}();

namespace {

[[gnu::noinline]] bool foreign_boundary(std::string_view text, std::size_t pos) { return is_word_boundary(text, pos); }

// A word boundary at pos (core/unicode.h): from the table alone in an ASCII
// text; in another, from the table when the bytes on both sides are ASCII.
template <bool kAsciiText>
inline bool boundary(std::string_view text, std::size_t pos, const std::array<bool, 256>& word) {
  if constexpr (kAsciiText) {
    const bool before = pos > 0 && word[static_cast<unsigned char>(text[pos - 1])];
    const bool after = pos < text.size() && word[static_cast<unsigned char>(text[pos])];
    return before != after;
  } else {
    const unsigned char a = pos > 0 ? static_cast<unsigned char>(text[pos - 1]) : ' ';
    const unsigned char b = pos < text.size() ? static_cast<unsigned char>(text[pos]) : ' ';
    if ((a | b) < 0x80) return word[a] != word[b];
    return foreign_boundary(text, pos);
  }
}

// Word boundaries of a text with characters outside ASCII, a character at a time.
[[gnu::noinline]] void foreign_boundaries(std::string_view text, const std::array<bool, 256>& word,
                                          std::vector<std::uint32_t>& out) {
  out.clear();
  bool prev = false;
  for (std::size_t p = 0; p < text.size();) {
    const std::size_t at = p;
    const auto b = static_cast<unsigned char>(text[p]);
    const bool w = b < 0x80 ? word[b] : is_word_char(decode_utf8(text, p));
    if (b < 0x80) ++p;
    if (w != prev) out.push_back(static_cast<std::uint32_t>(at));
    prev = w;
  }
}

}  // namespace

bool WordTrie::boundaries(std::string_view text, std::vector<std::uint32_t>& out) {
  if (!is_ascii(text)) [[unlikely]] {
    foreign_boundaries(text, kWord, out);  // letters of every script are word characters
    return false;
  }
  out.resize(text.size() + 1);
  std::size_t n = 0;
  bool prev = false;
  for (std::size_t p = 0; p < text.size(); ++p) {
    const bool w = kWord[static_cast<unsigned char>(text[p])];
    out[n] = static_cast<std::uint32_t>(p);  // kept only at a boundary: no branch to mispredict
    n += w != prev;
    prev = w;
  }
  out.resize(n);
  return true;
}

WordTrie::WordTrie(bool case_insensitive) : case_insensitive_(case_insensitive) { building_.emplace_back(); }

int WordTrie::add_list(ListOptions o) {
  assert(lists_.size() < static_cast<std::size_t>(kMaxLists));
  lists_.push_back(o);
  next_priority_.push_back(0);
  return static_cast<int>(lists_.size()) - 1;
}

std::int32_t WordTrie::step(std::int32_t node, unsigned char b) {
  for (const Edge& e : building_[static_cast<std::size_t>(node)].edges)
    if (e.byte == b) return e.child;
  const auto c = static_cast<std::int32_t>(building_.size());
  building_.emplace_back();
  building_[static_cast<std::size_t>(node)].edges.push_back({b, c});
  return c;
}

void WordTrie::add_path(int list, std::string_view term, int priority) {
  std::string folded;
  if (case_insensitive_ && !is_ascii(term)) {
    // the text's letters are lower-cased as they are walked (walk()): so are the terms'
    append_lower(folded, term);
    term = folded;
    has_non_ascii_ = true;
  }
  std::int32_t n = 0;
  for (char ch : term) {
    if (ch == ' ' || ch == '-') {
      if (building_[static_cast<std::size_t>(n)].sep < 0) {
        const auto c = static_cast<std::int32_t>(building_.size());
        building_.emplace_back();
        building_[static_cast<std::size_t>(n)].sep = c;
      }
      n = building_[static_cast<std::size_t>(n)].sep;
    } else {
      n = step(n, fold(static_cast<unsigned char>(ch)));
    }
  }
  auto& ends = building_[static_cast<std::size_t>(n)].ends;
  for (const auto& e : ends)
    if (e.list == list) return;  // an earlier term with the same path keeps its place
  ends.push_back({list, priority});
}

void WordTrie::add(int list, std::string_view term, bool either_case_first) {
  // A trailing period is not part of the match (term_to_pattern drops it).
  while (term.size() > 1 && term.back() == '.') term.remove_suffix(1);
  if (term.empty()) return;
  const int priority = next_priority_[static_cast<std::size_t>(list)]++;
  ++terms_;
  add_path(list, term, priority);
  if (either_case_first) {
    // the first letter in the other case, in any script ("may" -> "May", "може" -> "Може")
    std::size_t len = 0;
    const char32_t first = decode_utf8(term, len);
    const char32_t other = is_upper(first) ? to_lower(first) : to_upper(first);
    if (other != first) {
      std::string t;
      append_utf8(t, other);
      t.append(term.substr(len));
      add_path(list, t, priority);
    }
  }
}

void WordTrie::finish() {
  // byte classes: one per folded byte that some term uses
  class_.fill(0);
  classes_ = 1;
  for (const auto& b : building_)
    for (const auto& e : b.edges)
      if (class_[e.byte] == 0) class_[e.byte] = static_cast<unsigned char>(classes_++);
  nodes_.assign(building_.size(), Node{});
  ends_.clear();
  dense_.clear();
  for (std::size_t i = 0; i < building_.size(); ++i) {
    const Building& b = building_[i];
    Node& n = nodes_[i];
    n.sep = b.sep;
    n.first_end = static_cast<std::uint32_t>(ends_.size());
    n.end_count = static_cast<std::uint16_t>(b.ends.size());
    ends_.insert(ends_.end(), b.ends.begin(), b.ends.end());
    if (b.edges.size() == 1) {
      n.single_byte = b.edges[0].byte;
      n.single_child = b.edges[0].child;
    } else if (b.edges.size() > 1) {
      n.dense = static_cast<std::int32_t>(dense_.size());
      dense_.resize(dense_.size() + static_cast<std::size_t>(classes_), -1);
      for (const auto& e : b.edges) dense_[static_cast<std::size_t>(n.dense) + class_[e.byte]] = e.child;
    }
  }
  std::vector<Building>().swap(building_);
  for (int b = 0; b < 256; ++b)
    can_start_[static_cast<std::size_t>(b)] = nodes_[0].sep >= 0 || child(0, static_cast<unsigned char>(b)) >= 0 ||
                                              (has_non_ascii_ && b >= 0xC0);  // an upper-case letter's bytes
  // Two-byte starts. Whenever the second byte could matter in a way this does
  // not model (a separator at the root or after the first byte, a term that
  // ends after one byte), every second byte is allowed; so is every byte that
  // begins a character outside ASCII when such terms were lower-cased (the
  // text's character is lower-cased only as it is walked).
  can_start2_.assign(65536 / 64, 0);
  auto allow = [&](int b0, int b1) {
    const unsigned i = static_cast<unsigned>(b0) << 8 | static_cast<unsigned>(b1);
    can_start2_[i >> 6] |= std::uint64_t{1} << (i & 63);
  };
  for (int b0 = 0; b0 < 256; ++b0) {
    if (!can_start_[static_cast<std::size_t>(b0)]) continue;
    const std::int32_t n1 = child(0, static_cast<unsigned char>(b0));
    const bool any = nodes_[0].sep >= 0 || n1 < 0 || nodes_[static_cast<std::size_t>(n1)].end_count > 0 ||
                     nodes_[static_cast<std::size_t>(n1)].sep >= 0 || (has_non_ascii_ && b0 >= 0xC0);
    for (int b1 = 0; b1 < 256; ++b1)
      if (any || child(n1, static_cast<unsigned char>(b1)) >= 0 || (has_non_ascii_ && b1 >= 0xC0)) allow(b0, b1);
  }
}

// `b` is the text's byte, not yet folded.
inline std::int32_t WordTrie::child(std::int32_t node, unsigned char b) const {
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  b = fold(b);
  if (n.dense >= 0) return dense_[static_cast<std::size_t>(n.dense) + class_[b]];
  return (n.single_child >= 0 && n.single_byte == b) ? n.single_child : -1;
}

bool WordTrie::at(std::string_view text, std::size_t pos, char lower) const {
  return pos < text.size() && fold(static_cast<unsigned char>(text[pos])) == static_cast<unsigned char>(lower);
}

// The endings after a term that ends at `pos`, in the order RE2 tries them,
// each needing the closing \b. Sets `end` to the first that works.
template <bool kAsciiText>
bool WordTrie::ending(const ListOptions& o, std::string_view text, std::size_t pos, std::size_t& end) const {
  std::size_t plural[3];
  int np = 0;
  if (o.plural) {
    if (at(text, pos, 'e') && at(text, pos + 1, 's')) plural[np++] = pos + 2;
    if (at(text, pos, 's')) plural[np++] = pos + 1;
  }
  plural[np++] = pos;
  for (int i = 0; i < np; ++i) {
    const std::size_t p = plural[i];
    if (o.possessive && at(text, p, '\'')) {
      if (at(text, p + 1, 's') && boundary<kAsciiText>(text, p + 2, kWord)) return end = p + 2, true;
      if (boundary<kAsciiText>(text, p + 1, kWord)) return end = p + 1, true;
    }
    if (boundary<kAsciiText>(text, p, kWord)) return end = p, true;
  }
  return false;
}

// A character outside ASCII, case-insensitively: its lower case (as the terms
// were added), all its bytes at once.
bool WordTrie::step_foreign(std::string_view text, std::int32_t& node, std::size_t& pos) const {
  std::size_t next = pos;
  const char32_t cp = decode_utf8(text, next);
  const char32_t lo = to_lower(cp);
  if (lo < 0x80) return false;  // the Kelvin sign, a dotted capital I: ASCII terms match ASCII text only
  char buf[4];
  const std::size_t len = encode_utf8(lo, buf);
  for (std::size_t k = 0; k < len && node >= 0; ++k) node = child(node, static_cast<unsigned char>(buf[k]));
  pos = next;
  return node >= 0;
}

template <bool kAsciiText, bool kFold>
void WordTrie::walk(std::string_view text, std::int32_t node, std::size_t pos, const std::size_t* free_at,
                    std::size_t start, Best& best) const {
  for (;;) {
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    for (std::uint32_t i = 0; i < n.end_count; ++i) {
      const Ending& t = ends_[n.first_end + i];
      if (free_at[t.list] > start) continue;  // this list's last match is not over yet
      const std::uint32_t bit = 1u << t.list;
      if ((best.found & bit) && best.priority[t.list] <= t.priority) continue;
      std::size_t e = 0;
      if (ending<kAsciiText>(lists_[static_cast<std::size_t>(t.list)], text, pos, e)) {
        best.found |= bit;
        best.priority[t.list] = t.priority;
        best.end[t.list] = e;
      }
    }
    if (n.sep >= 0) {
      // "[- ]?" is greedy: with the separator first, then without it.
      if (pos < text.size() && (text[pos] == ' ' || text[pos] == '-'))
        walk<kAsciiText, kFold>(text, n.sep, pos + 1, free_at, start, best);
      walk<kAsciiText, kFold>(text, n.sep, pos, free_at, start, best);
    }
    if (pos >= text.size()) return;
    const auto b = static_cast<unsigned char>(text[pos]);
    if constexpr (kFold) {
      if (b >= 0xC0) {
        if (!step_foreign(text, node, pos)) return;
        continue;
      }
    }
    const std::int32_t c = child(node, b);
    if (c < 0) return;
    node = c;
    ++pos;
  }
}

// The walks scan() uses: an ASCII text; another, with or without lower-casing
// the characters outside ASCII (only for a case-insensitive trie with such terms).
template void WordTrie::walk<true, false>(std::string_view, std::int32_t, std::size_t, const std::size_t*, std::size_t,
                                          Best&) const;
template void WordTrie::walk<false, false>(std::string_view, std::int32_t, std::size_t, const std::size_t*,
                                           std::size_t, Best&) const;
template void WordTrie::walk<false, true>(std::string_view, std::int32_t, std::size_t, const std::size_t*, std::size_t,
                                          Best&) const;

}  // namespace salvo
