// tests/extract/layers.h — the shipped rules, gazetteer, dates and numbers,
// loaded once for the layer tests, and a sentence read the way the analyzer
// reads it (tokens, clauses, every word list), so that each layer of
// src/extract is tested on its own at the mention level.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/ascii.h"
#include "extract/rulebook.h"
#include "extract/sentence.h"
#include "resolve/dates.h"
#include "resolve/gazetteer.h"
#include "resolve/numbers.h"

namespace salvo::testing {

struct Layers {
  std::shared_ptr<const Rulebook> rb;
  std::shared_ptr<const Gazetteer> gaz;
  std::shared_ptr<const DateFinder> dates;
  std::shared_ptr<const NumberFinder> numbers;
  std::set<std::string> modifier_words;
};

template <class T>
std::shared_ptr<const T> loaded(Result<std::shared_ptr<const T>> r, const char* what) {
  if (!r.ok()) {
    ADD_FAILURE() << what << ": " << r.status().message();
    for (const auto& d : r.status().diagnostics()) ADD_FAILURE() << d.str();
    std::abort();
  }
  return r.value();
}

inline const Layers& layers() {
  static const Layers l = [] {
    const std::filesystem::path rules = std::filesystem::path(SALVO_SOURCE_DIR) / "rules";
    // the index the build writes next to the salvo binary, when it is there
    const std::filesystem::path index = std::filesystem::path(SALVO_BINARY).parent_path() / "places.idx";
    Layers x;
    x.rb = loaded(load_rulebook(rules), "rulebook");
    x.gaz = loaded(Gazetteer::load(rules / "places", index), "gazetteer");
    x.dates = loaded(DateFinder::load(rules), "dates");
    x.numbers = loaded(NumberFinder::load(rules), "numbers");
    for (const auto& sp : x.rb->modifiers->specs())
      for (const auto& t : tokenize(sp.term)) x.modifier_words.insert(ascii_lower(sp.term.substr(t.begin, t.end - t.begin)));
    return x;
  }();
  return l;
}

// A sentence read as the analyzer reads one that may report an attack.
struct Read {
  explicit Read(std::string t) : text(std::move(t)), c(*layers().rb, *layers().gaz, *layers().numbers, text) {
    c.modifier_words = &layers().modifier_words;
    c.cut_clauses();
    c.cut_wide_clauses();
    c.read_first_lists();
    c.read_lists();
  }
  Read(const Read&) = delete;
  Read& operator=(const Read&) = delete;
  const std::string text;
  Sentence c;
};

inline std::unique_ptr<Read> read(std::string text) { return std::make_unique<Read>(std::move(text)); }

}  // namespace salvo::testing
