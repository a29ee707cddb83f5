// rules/words.cpp — see words.h.
#include "rules/words.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/ascii.h"
#include "core/names.h"
#include "rules/lexfile.h"

namespace salvo {

namespace fs = std::filesystem;

namespace {

// `"text"` -> text; anything else as it is.
std::string unquote(const std::string& v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return v.substr(1, v.size() - 2);
  return v;
}

}  // namespace

bool parse_word_example(const std::string& value, WordExample& x) {
  const std::size_t arrow = value.rfind(" => ");
  if (arrow == std::string::npos) return false;
  x.text = unquote(value.substr(0, arrow));
  std::string effect = value.substr(arrow + 4);
  const std::size_t b = effect.find_first_not_of(' ');
  x.effect = unquote(b == std::string::npos ? "" : effect.substr(b));
  return true;
}

std::optional<WordExample> read_word_example(const LexFile& f, const LexEntry& e, const std::string& message,
                                             std::vector<Diagnostic>& problems) {
  WordExample x;
  if (!parse_word_example(e.value, x)) {
    problems.push_back(f.at(e.line, message));
    return std::nullopt;
  }
  x.file = f.path;
  x.line = e.line;
  return x;
}

// ---- WordList -----------------------------------------------------------------

WordList::WordList(std::string id, std::vector<std::string> entries) : id_(std::move(id)), entries_(std::move(entries)) {
  for (auto& e : entries_) {
    e = ascii_lower(e);
    max_ = std::max(max_, e.size());
    if (e.size() < 64) lengths_ |= std::uint64_t{1} << e.size();
    if (!e.empty()) firsts_[static_cast<unsigned char>(e[0]) >> 6] |= std::uint64_t{1} << (e[0] & 63);
  }
  by_length_.resize(max_ + 1);
  for (const auto& e : entries_) by_length_[e.size()].push_back(e);
}

bool WordList::has(std::string_view w) const {
  char buf[64];
  if (w.size() > max_ || w.size() > sizeof buf) return false;
  if (w.size() < 64 && !(lengths_ >> w.size() & 1)) return false;
  if (!w.empty()) {
    const auto first = static_cast<unsigned char>(ascii_lower(w[0]));
    if (!(firsts_[first >> 6] >> (first & 63) & 1)) return false;
  }
  if (w.empty()) return !by_length_[0].empty();
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii_lower(w[i]);
  const std::string_view lw(buf, w.size());
  for (const std::string& x : by_length_[w.size()])
    if (x.front() == lw.front() && x == lw) return true;
  return false;
}

bool WordList::in(std::string_view text) const {
  for (const std::string& x : entries_)
    if (text.find(x) != std::string_view::npos) return true;
  return false;
}

bool WordList::starts(std::string_view text) const {
  for (const std::string& x : entries_)
    if (text.starts_with(x)) return true;
  return false;
}

bool WordList::ends(std::string_view text, bool longer) const {
  for (const std::string& x : entries_)
    if ((longer ? text.size() > x.size() : text.size() >= x.size()) && text.ends_with(x)) return true;
  return false;
}

// ---- WordBook -----------------------------------------------------------------

void WordBook::add_file(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems) {
  const LexFile f = parse_lexfile(path, text, problems);
  for (const auto& e : f.entries)
    if (e.section.empty()) problems.push_back(f.at(e.line, "entry outside any [list] section"));
  for (const auto& [id, line] : f.sections) {
    if (const auto seen = info_.find(id); seen != info_.end()) {
      problems.push_back(f.at(line, "duplicate word list '" + id + "' (first at " + seen->second.file + ":" +
                                        std::to_string(seen->second.line) + ")"));
      continue;
    }
    WordListInfo info{f.path, line, "", "", {}};
    std::vector<std::string> entries;
    std::set<std::string> seen;
    for (const auto& e : f.entries) {
      if (e.section != id) continue;
      if (e.key.empty()) {
        if (!e.tags.empty()) problems.push_back(f.at(e.line, "word lists take no @tags"));
        std::string w = unquote(e.value);
        if (w.empty()) problems.push_back(f.at(e.line, "empty entry"));
        else if (!seen.insert(ascii_lower(w)).second)
          problems.push_back(f.at(e.line, "'" + w + "' is listed twice in [" + id + "]"));
        else entries.push_back(std::move(w));
      } else if (e.key == "note"_name) {
        info.note = e.value;
      } else if (e.key == "check"_name) {
        info.check = e.value;
      } else if (e.key == "example"_name) {
        if (auto x = read_word_example(f, e, "an example says what it gives: example = TEXT => EFFECT", problems))
          info.examples.push_back(std::move(*x));
      } else {
        problems.push_back(f.at(e.line, "unknown key '" + e.key + "' in [" + id + "]"));
      }
    }
    if (entries.empty()) problems.push_back(f.at(line, "word list [" + id + "] has no entry"));
    if (info.check.empty()) problems.push_back(f.at(line, "word list [" + id + "] needs check = ..."));
    if (info.examples.empty()) problems.push_back(f.at(line, "word list [" + id + "] needs an example"));
    lists_.emplace(id, std::make_unique<WordList>(id, std::move(entries)));
    info_.emplace(id, std::move(info));
  }
}

Result<std::shared_ptr<const WordBook>> WordBook::parse(const std::string& path, const std::string& text) {
  std::vector<Diagnostic> problems;
  auto book = std::make_shared<WordBook>();
  book->path_ = path;
  book->add_file(path, text, problems);
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const WordBook>(std::move(book));
}

Result<std::shared_ptr<const WordBook>> WordBook::load(const std::vector<fs::path>& dirs) {
  std::vector<Diagnostic> problems;
  auto book = std::make_shared<WordBook>();
  for (const fs::path& dir : dirs) {
    const fs::path path = dir / kWordsFile;
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems.push_back({path.string(), 0, "cannot read the word lists file"});
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    if (book->path_.empty()) book->path_ = path.string();
    book->add_file(path.string(), ss.str(), problems);
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  return std::shared_ptr<const WordBook>(std::move(book));
}

const WordList* WordBook::find(std::string_view id) const {
  const auto it = lists_.find(id);
  return it == lists_.end() ? nullptr : it->second.get();
}

const WordList* WordBook::require(std::string_view id, std::string_view check, std::vector<Diagnostic>& problems) const {
  const WordList* w = find(id);
  if (!w && lists_.empty()) {
    static const WordList kEmpty("", {});
    return &kEmpty;
  }
  if (!w) {
    problems.push_back({path_, 0, "the extractor needs word list [" + std::string(id) + "], which " + kWordsFile +
                                      " does not define"});
    return nullptr;
  }
  const WordListInfo& i = info_.find(id)->second;
  if (i.check != check)
    problems.push_back({i.file, i.line, "word list [" + std::string(id) + "] must say check = " + std::string(check) +
                                            ": that is how its examples are read"});
  return w;
}

}  // namespace salvo
