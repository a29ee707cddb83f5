#include "rules/lexfile.h"

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace salvo {

namespace {

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

}  // namespace

LexFile parse_lexfile(const std::string& path, const std::string& text, std::vector<Diagnostic>& problems) {
  LexFile f;
  f.path = path;
  std::string section;
  int lineno = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view raw(text.data() + pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (lineno == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') {
      if (nl == text.size()) break;
      continue;
    }
    if (!is_valid_utf8(line)) {
      problems.push_back(f.at(lineno, "line is not valid UTF-8"));
    } else if (line[0] == '[') {
      if (line.back() != ']' || line.size() < 3) {
        problems.push_back(f.at(lineno, "malformed section header (expected [name])"));
      } else {
        section = trim(std::string_view(line).substr(1, line.size() - 2));
        f.sections.emplace_back(section, lineno);
      }
    } else {
      LexEntry e;
      e.section = section;
      e.line = lineno;
      std::size_t k = 0;
      while (k < line.size() && is_key_char(line[k])) ++k;
      std::size_t eq = k;
      while (eq < line.size() && (line[eq] == ' ' || line[eq] == '\t')) ++eq;
      if (k > 0 && eq < line.size() && line[eq] == '=') {
        e.key = line.substr(0, k);
        e.value = trim(std::string_view(line).substr(eq + 1));
      } else if (line[0] == '=') {
        problems.push_back(f.at(lineno, "entry has '=' but no key"));
        continue;
      } else {
        // bare term, optional " @tag" suffixes
        std::string term = line;
        std::size_t at;
        while ((at = term.rfind(" @")) != std::string::npos) {
          std::string tag = trim(std::string_view(term).substr(at + 2));
          if (tag.empty()) break;
          e.tags.insert(e.tags.begin(), tag);
          term = trim(std::string_view(term).substr(0, at));
        }
        e.value = term;
      }
      f.entries.push_back(std::move(e));
    }
    if (nl == text.size()) break;
  }
  return f;
}

LexFile read_lexfile(const std::filesystem::path& path, std::vector<Diagnostic>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back({path.string(), 0, "cannot read file"});
    LexFile f;
    f.path = path.string();
    return f;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_lexfile(path.string(), ss.str(), problems);
}

}  // namespace salvo
