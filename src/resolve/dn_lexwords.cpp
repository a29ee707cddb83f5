#include "resolve/dn_lexwords.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <exception>
#include <thread>

#include "core/unicode.h"

namespace salvo::dn {

namespace {

bool is_blank_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    len = 2;
    return true;
  }
  return false;
}

// Capitals of any script ("JULY", "БЕРЕЗНЯ").
std::string upper_case(std::string_view s) {
  std::string u;
  for (std::size_t i = 0; i < s.size();) append_utf8(u, to_upper(decode_utf8(s, i)));
  return u;
}

}  // namespace

std::string term_pattern(std::string_view term, bool word_edges) {
  std::string out;
  if (term.empty()) return out;
  if (word_edges && is_word_byte(static_cast<unsigned char>(term.front()))) out += "\\b";
  std::size_t i = 0;
  while (i < term.size()) {
    std::size_t len = 0;
    if (is_blank_at(term, i, len)) {
      while (i < term.size() && is_blank_at(term, i, len)) i += len;
      out += kSp;
      continue;
    }
    std::size_t j = i;
    while (j < term.size() && !is_blank_at(term, j, len)) ++j;
    out += RE2::QuoteMeta(re2::StringPiece(term.data() + i, j - i));
    i = j;
  }
  if (word_edges && is_word_byte(static_cast<unsigned char>(term.back()))) out += "\\b";
  return out;
}

std::string alternation(std::vector<std::string> terms, Case c, bool word_edges) {
  std::stable_sort(terms.begin(), terms.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = c == Case::kInsensitive ? "(?i:" : "(?:";
  bool first = true;
  for (const auto& t : terms) {
    if (t.empty()) continue;
    if (!first) out += '|';
    first = false;
    out += term_pattern(t, word_edges);
    if (c == Case::kTitleOrCaps) {
      const std::string caps = upper_case(t);
      if (caps != t) {
        out += '|';
        out += term_pattern(caps, word_edges);
      }
    }
  }
  if (first) out += "[^\\x00-\\x{10FFFF}]";  // an empty list matches nothing
  out += ')';
  return out;
}

void normalise_key(std::string_view s, std::string& out) {
  out.clear();
  std::size_t i = 0;
  bool pending_space = false;
  while (i < s.size()) {
    std::size_t len = 0;
    if (is_blank_at(s, i, len)) {
      pending_space = !out.empty();
      i += len;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {  // U+2019 -> '
      out += '\'';
      i += 3;
      continue;
    }
    if (c >= 0x80) {  // lower case in any script
      const std::size_t start = i;
      const char32_t cp = decode_utf8(s, i);
      const char32_t lo = to_lower(cp);
      if (lo == cp) out.append(s.substr(start, i - start));
      else append_utf8(out, lo);
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    ++i;
  }
}

std::string normalise_key(std::string_view s) {
  std::string out;
  normalise_key(s, out);
  return out;
}

std::optional<long long> parse_int(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  long long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<long long> LexReader::int_tag(const LexEntry& e, long long lo, long long hi, std::size_t i) {
  const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
  if (e.tags.size() <= i) {
    problem(e, "'" + e.value + "' needs a number tag (@" + range + ")");
    return std::nullopt;
  }
  auto v = parse_int(e.tags[i]);
  if (!v || *v < lo || *v > hi) {
    problem(e, "tag @" + e.tags[i] + " of '" + e.value + "' is not a number in " + range);
    return std::nullopt;
  }
  return v;
}

std::unique_ptr<RE2> compile(const std::string& pattern, bool longest_match, const std::string& file,
                             const std::string& what, std::vector<Diagnostic>& problems) {
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_longest_match(longest_match);
  opt.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok()) {
    problems.push_back({file, 0, "cannot build the " + what + " pattern from the word lists: " + re->error()});
    return nullptr;
  }
  return re;
}

void compile_all(std::vector<PatternJob>& jobs, const std::string& file, const std::function<void()>& extra) {
  // Tasks longest first (the extra task, a set of every date pattern, first of all).
  std::vector<std::size_t> order(jobs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return jobs[a].pattern.size() > jobs[b].pattern.size(); });
  const std::size_t ntasks = order.size() + (extra ? 1 : 0);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t t; (t = next.fetch_add(1)) < ntasks;) {
      if (extra && t == 0) {
        extra();
        continue;
      }
      PatternJob& j = jobs[order[t - (extra ? 1 : 0)]];
      j.re = compile(j.pattern, j.longest_match, file, j.what, j.problems);
    }
  };
  if (ntasks < 2 || std::thread::hardware_concurrency() < 2) {
    work();
    return;
  }
  std::exception_ptr failed;
  std::thread helper([&] {
    try {
      work();
    } catch (...) {
      failed = std::current_exception();
    }
  });
  try {
    work();
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (failed) std::rethrow_exception(failed);
}

}  // namespace salvo::dn
