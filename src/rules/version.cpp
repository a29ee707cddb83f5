// rules/version.cpp — see version.h.
#include "rules/version.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

#include "core/hash.h"

namespace salvo {
namespace {

namespace fs = std::filesystem;

// What stands for a file's bytes: all of them, or a gzip file's size and trailer.
std::string content_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (p.extension() != ".gz") return std::string(std::istreambuf_iterator<char>(in), {});
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  std::string stand_in = "gzip:" + std::to_string(size) + ":";
  char trailer[8] = {};
  if (size >= 8 && in.seekg(size - 8) && in.read(trailer, 8)) stand_in.append(trailer, 8);
  return stand_in;
}

}  // namespace

std::string rules_version(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file()) files.push_back(it->path().lexically_relative(dir));
  std::sort(files.begin(), files.end());
  std::uint64_t h = kFnvOffset;
  for (const fs::path& rel : files) h = fnv1a(fnv1a(h, rel.generic_string()), content_of(dir / rel));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf).substr(0, 12);
}

}  // namespace salvo
