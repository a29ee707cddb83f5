// rules/patterns.cpp — see patterns.h.
#include "rules/patterns.h"

#include <algorithm>
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

Pattern::Pattern(std::string id, MatchMode mode, std::unique_ptr<re2::RE2> re, std::unique_ptr<re2::FilteredRE2> filter,
                 std::vector<std::string> atoms)
    : id_(std::move(id)), mode_(mode), re_(std::move(re)), filter_(std::move(filter)), atoms_(std::move(atoms)) {}

Pattern::~Pattern() = default;

const std::string& Pattern::pattern() const { return re_->pattern(); }

bool Pattern::may_match(std::string_view text) const {
  if (!filter_) return true;
  // FilteredRE2's atoms are lower-case: they are looked for in a lower-case copy.
  thread_local std::string lowered;
  lowered.assign(text.data(), text.size());
  for (char& c : lowered) c = ascii_lower(c);
  thread_local std::vector<int> found;
  found.clear();
  for (std::size_t i = 0; i < atoms_.size(); ++i)
    if (::memmem(lowered.data(), lowered.size(), atoms_[i].data(), atoms_[i].size()) != nullptr)
      found.push_back(static_cast<int>(i));
  thread_local std::vector<int> potential;
  potential.clear();
  filter_->AllPotentials(found, &potential);
  return !potential.empty();
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
  for (const auto& [id, line] : f.sections) {
    if (const auto seen = book->info_.find(id); seen != book->info_.end()) {
      problems.push_back(f.at(line, "duplicate pattern id '" + id + "' (first at " + seen->second.file + ":" +
                                        std::to_string(seen->second.line) + ")"));
      continue;
    }
    PatternInfo info{f.path, line, "", {}};
    std::string alternatives;
    MatchMode mode = MatchMode::search;
    for (const auto& e : f.entries) {
      if (e.section != id) continue;
      if (e.key == "pattern") {
        RE2 probe(e.value, pattern_options());
        if (!probe.ok()) problems.push_back(f.at(e.line, "pattern does not compile: " + probe.error()));
        alternatives += (alternatives.empty() ? "" : "|") + e.value;
      } else if (e.key == "match") {
        if (e.value != "search" && e.value != "full")
          problems.push_back(f.at(e.line, "match must be 'search' or 'full'"));
        mode = e.value == "full" ? MatchMode::full : MatchMode::search;
      } else if (e.key == "example" || e.key == "counter") {
        PatternExample x = parse_example(e.value);
        x.must_match = e.key == "example";
        x.file = f.path;
        x.line = e.line;
        if (!x.must_match && x.has_capture) problems.push_back(f.at(e.line, "a counter has no capture ('=>')"));
        info.examples.push_back(std::move(x));
      } else if (e.key == "note") {
        info.note = e.value;
      } else {
        problems.push_back(f.at(e.line, e.key.empty() ? "expected 'key = value' inside [" + id + "]"
                                                       : "unknown key '" + e.key + "' in [" + id + "]"));
      }
    }
    if (alternatives.empty()) {
      problems.push_back(f.at(line, "pattern [" + id + "] has no pattern line"));
      continue;
    }
    auto re = std::make_unique<RE2>(alternatives, pattern_options());
    if (!re->ok()) continue;  // reported per line
    auto filter = std::make_unique<re2::FilteredRE2>(kMinAtomLen);
    int index = 0;
    std::vector<std::string> atoms;
    if (filter->Add(piece(alternatives), pattern_options(), &index) == RE2::NoError) filter->Compile(&atoms);
    if (atoms.empty()) filter.reset();  // no literal is required: every text may match
    book->patterns_.emplace(id, std::make_unique<Pattern>(id, mode, std::move(re), std::move(filter), std::move(atoms)));
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

Result<std::shared_ptr<const PatternBook>> PatternBook::load(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".patterns") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Diagnostic> problems;
  auto merged = std::make_shared<PatternBook>();
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    merged->add_file(path.string(), ss.str(), problems);
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  merged->dir_ = dir.string();
  return std::shared_ptr<const PatternBook>(std::move(merged));
}

const Pattern* PatternBook::find(std::string_view id) const {
  const auto it = patterns_.find(id);
  return it == patterns_.end() ? nullptr : it->second.get();
}

const Pattern* PatternBook::require(std::string_view id, MatchMode mode, std::vector<Diagnostic>& problems) const {
  const Pattern* p = find(id);
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
