// core/hash.h — the one string hash of the codebase.
//
// Owns: FNV-1a, 64 bit, from which every fingerprint is built: rules_version,
// event ids, merged event ids, the gazetteer's name keys and its index's key
// check. Not a cryptographic hash: none of them needs one, and all of them
// must stay the same from one build to the next (they are written into output
// and into the gazetteer index).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace salvo {

// The start value salvo has always used: FNV's 64-bit offset basis
// (14695981039346656037) one digit short. Any start value hashes as well; this
// one is kept because event ids are made with it.
inline constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;  // FNV's 64-bit prime

// Hash `h` continued over the bytes of `s`; fnv1a(s) starts from the offset basis.
constexpr std::uint64_t fnv1a(std::uint64_t h, std::string_view s) noexcept {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}
constexpr std::uint64_t fnv1a(std::string_view s) noexcept { return fnv1a(kFnvOffset, s); }

// FNV-1a over `s` and a 0xff separator, so that fields hashed one after the
// other cannot run into each other ("ab" + "c" differs from "a" + "bc").
constexpr std::uint64_t fnv1a_field(std::uint64_t h, std::string_view s) noexcept {
  return fnv1a(fnv1a(h, s), std::string_view("\xff", 1));
}

// The 16 lower-case hex digits of h.
inline std::string hex64(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// Spreads the bits of a hash over all 64 (a final avalanche), so that its low
// bits index a table as well as its high ones: FNV's low bits are weak.
constexpr std::uint64_t mix64(std::uint64_t h) noexcept {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace salvo
