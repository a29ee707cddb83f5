// core/hash.h — the content hash salvo uses for ids and versions.
//
// Owns: 64-bit FNV-1a (the rule files' version, event ids) and its hex form.
// Not for security: a stable, fast fingerprint of bytes.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace salvo {

inline constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;

// FNV-1a over the bytes of `s`, continuing from `h`.
inline std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// FNV-1a over `s` and a 0xff separator, so that fields hashed one after the
// other cannot run into each other ("ab" + "c" differs from "a" + "bc").
inline std::uint64_t fnv1a_field(std::uint64_t h, std::string_view s) { return fnv1a(fnv1a(h, s), "\xff"); }

// The 16 lower-case hex digits of h.
inline std::string hex64(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace salvo
