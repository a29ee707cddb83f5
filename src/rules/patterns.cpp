// rules/patterns.cpp — see patterns.h.
#include "rules/patterns.h"
#include "core/names.h"
#include "rules/words.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include "core/ascii.h"
#include "rules/lexfile.h"

namespace salvo {

namespace fs = std::filesystem;

namespace {

// Atoms shorter than this are not worth a search: the prefilter treats them as present.
constexpr int kMinAtomLen = 3;
// RE2's atoms are often many long variants ("claimed responsibility", "claims
// responsibility", ...). They are searched for through a few shorter keys that
// each atom contains ("claim"): an atom counts as present when its key is,
// which can only let more texts through, never fewer. A pattern that needs
// more keys than this runs without a prefilter: the searches would cost more
// than the regex's own single pass.
constexpr std::size_t kMaxKeys = 6;
constexpr std::size_t kMinKeyLen = 4;
// A text shorter than this goes straight to the regex: for the extractor's many
// small windows (the words before a place, the gap between two names) RE2's
// own pass costs less than a copy and a search.
constexpr std::size_t kMinFilteredText = 80;

// Whether searching for `keys` can rule a text out: with none of them in a
// text, every atom holding one is absent, every other atom is taken as
// present, and the pattern must then be impossible.
bool keys_suffice(const re2::FilteredRE2& filter, const std::vector<std::string>& atoms,
                  const std::vector<std::string>& keys) {
  std::vector<int> present;
  for (std::size_t i = 0; i < atoms.size(); ++i)
    if (std::none_of(keys.begin(), keys.end(), [&](const std::string& k) { return atoms[i].find(k) != std::string::npos; }))
      present.push_back(static_cast<int>(i));
  std::vector<int> potential;
  filter.AllPotentials(present, &potential);
  return potential.empty();
}

// A few keys that rule texts out (keys_suffice), chosen greedily: the
// substring shared by the most atoms not yet covered, the longer on a tie.
// Empty when kMaxKeys are not enough.
std::vector<std::string> choose_keys(const re2::FilteredRE2& filter, const std::vector<std::string>& atoms) {
  std::vector<std::string> keys;
  std::vector<bool> covered(atoms.size(), false);
  while (!keys_suffice(filter, atoms, keys)) {
    if (keys.size() == kMaxKeys) return {};
    std::map<std::string, std::size_t> count;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
      if (covered[i]) continue;
      const std::string& a = atoms[i];
      std::set<std::string> subs;
      for (std::size_t len = std::min(kMinKeyLen, a.size()); len <= a.size(); ++len)
        for (std::size_t b = 0; b + len <= a.size(); ++b) subs.insert(a.substr(b, len));
      for (const auto& sub : subs) ++count[sub];
    }
    if (count.empty()) return {};
    std::string best;
    std::size_t best_n = 0;
    for (const auto& [sub, n] : count)
      if (n > best_n || (n == best_n && sub.size() > best.size())) best = sub, best_n = n;
    keys.push_back(best);
    for (std::size_t i = 0; i < atoms.size(); ++i)
      if (atoms[i].find(best) != std::string::npos) covered[i] = true;
  }
  return keys;
}

RE2::Options pattern_options() {
  RE2::Options o;  // RE2's defaults (case-sensitive, UTF-8); a pattern may say (?i)
  o.set_log_errors(false);
  return o;
}

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// `"text" => capture`, `"text"`, `text => capture` or `text`.
PatternExample parse_example(const std::string& value) {
  PatternExample x;
  std::string rest;
  if (value.size() >= 2 && value.front() == '"') {
    const std::size_t close = value.find('"', 1);
    if (close != std::string::npos) {
      x.text = value.substr(1, close - 1);
      rest = value.substr(close + 1);
    } else {
      x.text = value;
    }
  } else {
    const std::size_t arrow = value.find(" => ");
    x.text = value.substr(0, arrow);
    if (arrow != std::string::npos) rest = value.substr(arrow);
  }
  const std::size_t arrow = rest.find("=>");
  if (arrow != std::string::npos) {
    x.has_capture = true;
    std::string cap = rest.substr(arrow + 2);
    const std::size_t b = cap.find_first_not_of(' ');
    cap = b == std::string::npos ? "" : cap.substr(b);
    if (cap.size() >= 2 && cap.front() == '"' && cap.back() == '"') cap = cap.substr(1, cap.size() - 2);
    x.capture = cap;
  }
  return x;
}

}  // namespace

// ---- Pattern ----------------------------------------------------------------

Prefilter::Prefilter() = default;
Prefilter::Prefilter(Prefilter&&) noexcept = default;
Prefilter& Prefilter::operator=(Prefilter&&) noexcept = default;
Prefilter::~Prefilter() = default;

namespace {

Prefilter build_prefilter(const std::string& pattern, const std::vector<std::string>& declared) {
  Prefilter p;
  p.filter = std::make_unique<re2::FilteredRE2>(kMinAtomLen);
  int index = 0;
  if (p.filter->Add(piece(pattern), pattern_options(), &index) == RE2::NoError) p.filter->Compile(&p.atoms);
  if (!p.atoms.empty()) p.keys = declared.empty() ? choose_keys(*p.filter, p.atoms) : declared;
  if (p.keys.empty()) p.filter.reset();  // nothing rules a text out: every text may match
  if (p.filter && p.keys.size() <= Prefilter::kMemoKeys) {
    const std::size_t n = std::size_t{1} << p.keys.size();
    p.answers = std::make_unique<std::atomic<signed char>[]>(n);
    for (std::size_t i = 0; i < n; ++i) p.answers[i].store(-1, std::memory_order_relaxed);
  }
  return p;
}

}  // namespace

bool keys_are_required(const std::string& pattern, const std::vector<std::string>& keys, std::string* why) {
  re2::FilteredRE2 filter(kMinAtomLen);
  int index = 0;
  std::vector<std::string> atoms;
  if (filter.Add(piece(pattern), pattern_options(), &index) == RE2::NoError) filter.Compile(&atoms);
  if (atoms.empty()) {
    if (why) *why = "RE2 finds no literal that every match needs, so the keys cannot be checked";
    return false;
  }
  if (!keys_suffice(filter, atoms, keys)) {
    if (why) *why = "a match need not contain any of them";
    return false;
  }
  return true;
}

namespace {

// Whether FilteredRE2 lets a text through that holds the keys marked in key_in.
// An atom is present unless a key it holds is absent (an over-estimate: never
// rules a match out).
bool potentially_matches(const Prefilter& pf, const std::vector<bool>& key_in) {
  thread_local std::vector<int> found;
  found.clear();
  for (std::size_t i = 0; i < pf.atoms.size(); ++i) {
    bool ok = true;
    for (std::size_t k = 0; k < pf.keys.size() && ok; ++k)
      if (!key_in[k] && pf.atoms[i].find(pf.keys[k]) != std::string::npos) ok = false;
    if (ok) found.push_back(static_cast<int>(i));
  }
  thread_local std::vector<int> potential;
  potential.clear();
  pf.filter->AllPotentials(found, &potential);
  return !potential.empty();
}

}  // namespace

Pattern::Pattern(std::string id, MatchMode mode, std::unique_ptr<re2::RE2> re, std::vector<std::string> declared_keys)
    : id_(std::move(id)), mode_(mode), re_(std::move(re)), declared_keys_(std::move(declared_keys)) {}

Pattern::~Pattern() = default;

const std::string& Pattern::pattern() const { return re_->pattern(); }

const Prefilter& Pattern::prefilter() const {
  std::call_once(prefilter_once_, [this] { prefilter_ = build_prefilter(re_->pattern(), declared_keys_); });
  return prefilter_;
}

bool Pattern::may_match(std::string_view text) const {
  if (text.size() < kMinFilteredText) return true;
  const Prefilter& pf = prefilter();
  if (!pf.filter) return true;
  // FilteredRE2's atoms are lower-case: they are looked for in a lower-case copy.
  thread_local std::string lowered;
  lowered.assign(text.data(), text.size());
  for (char& c : lowered) c = ascii_lower(c);
  thread_local std::vector<bool> key_in;
  key_in.assign(pf.keys.size(), false);
  std::size_t held = 0;  // bit k: keys[k] is in the text (when there are few keys)
  for (std::size_t k = 0; k < pf.keys.size(); ++k)
    if (::memmem(lowered.data(), lowered.size(), pf.keys[k].data(), pf.keys[k].size()) != nullptr) {
      key_in[k] = true;
      if (k < Prefilter::kMemoKeys) held |= std::size_t{1} << k;
    }
  if (std::find(key_in.begin(), key_in.end(), true) == key_in.end()) return false;  // keys_suffice
  if (!pf.answers) return potentially_matches(pf, key_in);
  std::atomic<signed char>& answer = pf.answers[held];
  signed char a = answer.load(std::memory_order_relaxed);
  if (a < 0) answer.store(a = potentially_matches(pf, key_in) ? 1 : 0, std::memory_order_relaxed);
  return a == 1;
}

bool Pattern::matches(std::string_view text) const {
  if (!may_match(text)) return false;
  return mode_ == MatchMode::full ? RE2::FullMatch(piece(text), *re_) : RE2::PartialMatch(piece(text), *re_);
}

bool Pattern::search(std::string_view text, std::string* group1) const {
  if (!may_match(text)) return false;
  if (!group1 || re_->NumberOfCapturingGroups() < 1) return RE2::PartialMatch(piece(text), *re_);
  return RE2::PartialMatch(piece(text), *re_, group1);
}

bool Pattern::search_group(std::string_view text, std::string_view* group1) const {
  if (!may_match(text) || re_->NumberOfCapturingGroups() < 1) return false;
  re2::StringPiece m[2];
  if (!re_->Match(piece(text), 0, text.size(), RE2::UNANCHORED, m, 2) || m[1].data() == nullptr) return false;
  *group1 = std::string_view(m[1].data(), m[1].size());
  return true;
}

bool Pattern::search_span(std::string_view text, std::string_view* whole) const {
  if (!may_match(text)) return false;
  re2::StringPiece m;
  if (!re_->Match(piece(text), 0, text.size(), RE2::UNANCHORED, &m, 1)) return false;
  if (whole) *whole = std::string_view(m.data(), m.size());
  return true;
}

bool Pattern::find(std::string_view text, std::size_t pos, std::size_t end, std::string_view* whole) const {
  re2::StringPiece m;
  if (!re_->Match(piece(text), pos, end, RE2::UNANCHORED, &m, 1)) return false;
  if (whole) *whole = std::string_view(m.data(), m.size());
  return true;
}

bool Pattern::replace(std::string* s, std::string_view rewrite) const {
  if (!may_match(*s)) return false;
  return RE2::Replace(s, *re_, piece(rewrite));
}

// ---- PatternBook --------------------------------------------------------------

void PatternBook::add_file(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems) {
  const LexFile f = parse_lexfile(path, text, problems);
  PatternBook* book = this;
  for (const auto& e : f.entries)
    if (e.section.empty()) problems.push_back(f.at(e.line, "entry outside any [pattern] section"));
  std::map<std::string, int> first_line;
  for (const auto& [id, line] : f.sections) {
    if (const auto [at, fresh] = first_line.emplace(id, line); !fresh) {
      problems.push_back(f.at(line, "duplicate pattern id '" + id + "' (first at line " + std::to_string(at->second) + ")"));
      continue;
    }
    if (const auto seen = book->info_.find(id); seen != book->info_.end()) {
      problems.push_back(f.at(line, "duplicate pattern id '" + id + "' (first at " + seen->second.file + ":" +
                                        std::to_string(seen->second.line) + ")"));
      continue;
    }
    PatternInfo info{f.path, line, "", {}, "", {}};
    std::string alternatives;
    MatchMode mode = MatchMode::search;
    std::vector<std::string> declared_keys;
    int keys_line = line;
    std::unique_ptr<RE2> single;
    int lines = 0;
    for (const auto& e : f.entries) {
      if (e.section != id) continue;
      if (e.key == "pattern"_name) {
        // each line is compiled on its own so that an error names its line; a
        // pattern of one line (all of them today) keeps that compilation
        auto probe = std::make_unique<RE2>(e.value, pattern_options());
        if (!probe->ok()) problems.push_back(f.at(e.line, "pattern does not compile: " + probe->error()));
        alternatives += (alternatives.empty() ? "" : "|") + e.value;
        single = ++lines == 1 ? std::move(probe) : nullptr;
      } else if (e.key == "match"_name) {
        if (e.value != "search"_name && e.value != "full"_name)
          problems.push_back(f.at(e.line, "match must be 'search' or 'full'"));
        mode = e.value == "full"_name ? MatchMode::full : MatchMode::search;
      } else if (e.key == "example"_name || e.key == "counter"_name) {
        PatternExample x = parse_example(e.value);
        x.must_match = e.key == "example"_name;
        x.file = f.path;
        x.line = e.line;
        if (!x.must_match && x.has_capture) problems.push_back(f.at(e.line, "a counter has no capture ('=>')"));
        info.examples.push_back(std::move(x));
      } else if (e.key == "keys"_name) {
        // "claim | said | says": literals of which every match holds one, searched for before the regex
        keys_line = e.line;
        std::size_t b = 0;
        while (b <= e.value.size()) {
          std::size_t bar = e.value.find('|', b);
          if (bar == std::string::npos) bar = e.value.size();
          std::string k = e.value.substr(b, bar - b);
          const std::size_t kb = k.find_first_not_of(' '), ke = k.find_last_not_of(' ');
          k = kb == std::string::npos ? "" : k.substr(kb, ke - kb + 1);
          if (k.empty() || k != ascii_lower(k)) problems.push_back(f.at(e.line, "keys are lower-case literals separated by |"));
          else declared_keys.push_back(k);
          b = bar + 1;
        }
      } else if (e.key == "note"_name) {
        info.note = e.value;
      } else if (e.key == "check"_name) {
        info.check = e.value;
      } else if (e.key == "gives"_name) {
        if (auto x = read_word_example(f, e, "gives = TEXT => EFFECT: what the text gives under the check", problems))
          info.gives.push_back(std::move(*x));
      } else {
        problems.push_back(f.at(e.line, e.key.empty() ? "expected 'key = value' inside [" + id + "]"
                                                       : "unknown key '" + e.key + "' in [" + id + "]"));
      }
    }
    if (info.gives.empty() != info.check.empty())
      problems.push_back(f.at(line, "pattern [" + id + "]: 'gives' examples and 'check' go together"));
    if (alternatives.empty()) {
      problems.push_back(f.at(line, "pattern [" + id + "] has no pattern line"));
      continue;
    }
    auto re = single ? std::move(single) : std::make_unique<RE2>(alternatives, pattern_options());
    if (!re->ok()) continue;  // reported per line
    if (!declared_keys.empty()) {
      std::string why;
      if (!keys_are_required(alternatives, declared_keys, &why)) {
        problems.push_back(f.at(keys_line, "keys of [" + id + "]: " + why));
        declared_keys.clear();
      }
    }
    book->patterns_.emplace(id, std::make_unique<Pattern>(id, mode, std::move(re), std::move(declared_keys)));
    book->info_.emplace(id, std::move(info));
  }
}

Result<std::shared_ptr<const PatternBook>> PatternBook::parse(const std::string& path, const std::string& text) {
  std::vector<Diagnostic> problems;
  auto book = std::make_shared<PatternBook>();
  book->add_file(path, text, problems);
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const PatternBook>(std::move(book));
}

Result<std::shared_ptr<const PatternBook>> PatternBook::load(const std::vector<fs::path>& dirs) {
  std::vector<Diagnostic> problems;
  auto merged = std::make_shared<PatternBook>();
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().extension() == ".patterns") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      merged->add_file(path.string(), ss.str(), problems);
    }
    if (merged->dir_.empty()) merged->dir_ = dir.string();
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const PatternBook>(std::move(merged));
}

const Pattern* PatternBook::find(std::string_view id) const {
  const auto it = patterns_.find(id);
  return it == patterns_.end() ? nullptr : it->second.get();
}

const Pattern* PatternBook::require(std::string_view id, MatchMode mode, std::vector<Diagnostic>& problems) const {
  const Pattern* p = find(id);
  if (!p && patterns_.empty()) {
    static const Pattern kNever("", MatchMode::search, std::make_unique<RE2>("[^\\x00-\\x{10FFFF}]"), {});
    return &kNever;
  }
  if (!p) {
    problems.push_back({dir_, 0, "the extractor needs pattern [" + std::string(id) + "], which no *.patterns file defines"});
    return nullptr;
  }
  if (p->mode() != mode) {
    const PatternInfo& i = info_.find(id)->second;
    problems.push_back({i.file, i.line, "pattern [" + std::string(id) + "] must say match = " +
                                            (mode == MatchMode::full ? "full" : "search") +
                                            ": that is how the extractor uses it"});
  }
  return p;
}

PatternBook::ExampleRun PatternBook::run_examples() const {
  ExampleRun run;
  for (const auto& [id, info] : info_) {
    const Pattern& p = *patterns_.at(id);
    for (const PatternExample& x : info.examples) {
      std::string got;
      bool hit = false;
      if (x.has_capture) hit = p.search(x.text, &got);
      else hit = p.matches(x.text);
      std::string why;
      if (x.must_match && !hit) why = "example does not match";
      else if (!x.must_match && hit) why = "counter matches";
      else if (x.has_capture && got != x.capture) why = "example captures \"" + got + "\", expected \"" + x.capture + "\"";
      if (why.empty()) {
        ++run.passed;
        continue;
      }
      run.failures.push_back({x.file, x.line, "pattern " + id + ": " + why + ": \"" + x.text + "\""});
    }
  }
  return run;
}

}  // namespace salvo
