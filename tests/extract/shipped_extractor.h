// tests/extract/shipped_extractor.h — the extractor with the shipped rules,
// loaded once for all the tests of a binary (a failure to load ends the run).
#pragma once

#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace salvo::testing {

inline const Extractor& shipped_extractor() {
  static auto ex = Extractor::load({.rules_dir = std::string(SALVO_SOURCE_DIR) + "/rules"});
  if (!ex.ok()) {
    for (const auto& d : ex.status().diagnostics()) ADD_FAILURE() << d.str();
    std::abort();
  }
  return *ex.value();
}

}  // namespace salvo::testing
