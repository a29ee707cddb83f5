#include "rules/rule_dirs.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace salvo {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLanguageMarker = "triggers.rules";

// FNV-1a over 8-byte words (a byte at a time costs ~15 ms on the 12 MB
// gazetteer at every start; words, ~2 ms). Only a version stamp: not secure.
struct TreeHash {
  std::uint64_t h = 1469598103934665603ULL;
  void word(std::uint64_t w) {
    h ^= w;
    h *= 1099511628211ULL;
    h ^= h >> 29;
  }
  void bytes(const unsigned char* p, std::size_t n) {
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      word(w);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    word(tail ^ (static_cast<std::uint64_t>(n) << 56));
  }
  void text(std::string_view s) { bytes(reinterpret_cast<const unsigned char*>(s.data()), s.size()); }
};

}  // namespace

std::vector<fs::path> RuleDirs::files(std::string_view name) const {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& lang : languages)
    if (fs::is_regular_file(lang / name, ec)) out.push_back(lang / name);
  return out;
}

Result<RuleDirs> find_rule_dirs(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return Status::errors({{root.string(), 0, "rules directory not found"}});
  if (fs::is_regular_file(root / kLanguageMarker, ec))
    return Status::errors({{(root / kLanguageMarker).string(), 0,
                            "rule files belong in a language folder: move the .rules and .lex files of " +
                                root.string() + " into " + (root / "en").string() + " (docs/RULES.md)"}});
  RuleDirs d;
  d.root = root;
  for (const auto& e : fs::directory_iterator(root, ec)) {
    std::error_code probe;  // a folder without the marker is no error
    if (e.is_directory(probe) && fs::is_regular_file(e.path() / kLanguageMarker, probe)) d.languages.push_back(e.path());
  }
  if (ec) return Status::errors({{root.string(), 0, "cannot list the rules directory: " + ec.message()}});
  if (d.languages.empty())
    return Status::errors({{root.string(), 0,
                            "no language folder (a subfolder holding triggers.rules, such as en/)"}});
  std::sort(d.languages.begin(), d.languages.end());
  return d;
}

std::string hash_rule_tree(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::follow_directory_symlink, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  TreeHash h;
  std::vector<unsigned char> buf(1 << 16);
  for (const auto& p : files) {
    h.text(p.lexically_relative(root).generic_string());
    std::FILE* f = std::fopen(p.string().c_str(), "rb");
    if (f == nullptr) continue;
    // reads of a fixed size: the same words on every run
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) h.bytes(buf.data(), n);
    std::fclose(f);
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h.h));
  return std::string(out).substr(0, 12);
}

}  // namespace salvo
