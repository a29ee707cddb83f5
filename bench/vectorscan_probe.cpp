// bench/vectorscan_probe.cpp — measures whether Vectorscan (Hyperscan's portable
// fork, Debian's libvectorscan-dev) would make the per-sentence scans cheaper.
//
// Owns: nothing of salvo's behaviour; it is a measurement (docs/PERFORMANCE.md,
// "Vectorscan, measured"). For every sentence of a JSON Lines file it times, one
// pass at a time over the same sentences:
//   - the word-list tries salvo runs today (Rulebook::first_terms and
//     sentence_terms: casualties, cues, actors, targets, verbs, place words);
//   - one Vectorscan database of the same terms as whole-word, case-blind
//     literals (an approximation of their matching rules: no plural endings);
//   - the trigger prefilter salvo runs today (RE2::Set of every trigger pattern
//     and the weapon names) against a Vectorscan database of the trigger patterns
//     it can compile.
// Built only with -DSALVO_BUILD_BENCH=ON where pkg-config finds libhs.
//
//   vectorscan_probe RULES_DIR NEWS.jsonl
#include <hs/hs.h>
#include <re2/set.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/rulebook.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> read_sentences(const char* path, const salvo::Rulebook& rb) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const salvo::NormalizedText nt(j.value("text", std::string()));
    for (const auto& s : salvo::split_sentences(nt.text(), rb.abbreviations))
      out.push_back(nt.text().substr(s.begin, s.end - s.begin));
  }
  return out;
}

// Each term as a whole word, escaped for Vectorscan.
std::string literal_pattern(const std::string& term) {
  std::string p = "\\b";
  for (char c : term) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '))
      p += '\\';
    p += c;
  }
  return p + "\\b";
}

struct Db {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
  std::size_t patterns = 0, rejected = 0;
};

Db compile(const std::vector<std::string>& patterns, unsigned flags) {
  Db d;
  std::vector<const char*> exprs;
  std::vector<unsigned> fl, ids;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    hs_database_t* one = nullptr;  // drop what Vectorscan cannot compile
    hs_compile_error_t* err = nullptr;
    if (hs_compile(patterns[i].c_str(), flags, HS_MODE_BLOCK, nullptr, &one, &err) != HS_SUCCESS) {
      hs_free_compile_error(err);
      ++d.rejected;
      continue;
    }
    hs_free_database(one);
    exprs.push_back(patterns[i].c_str());
    fl.push_back(flags);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), fl.data(), ids.data(), static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK,
                       nullptr, &d.db, &err) != HS_SUCCESS) {
    std::fprintf(stderr, "hs_compile_multi: %s\n", err->message);
    std::exit(1);
  }
  hs_alloc_scratch(d.db, &d.scratch);
  d.patterns = exprs.size();
  return d;
}

int count_match(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<std::size_t*>(ctx);
  return 0;
}

std::size_t scan_all(const Db& d, const std::vector<std::string>& sentences) {
  std::size_t n = 0;
  for (const auto& s : sentences)
    hs_scan(d.db, s.data(), static_cast<unsigned>(s.size()), 0, d.scratch, count_match, &n);
  return n;
}

template <class F>
double best_of(int runs, F&& f, std::size_t& result) {
  double best = 1e9;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = Clock::now();
    result = f();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}

void add_terms(const salvo::TermSet& set, std::vector<std::string>& out) {
  for (const auto& sp : set.specs()) out.push_back(literal_pattern(sp.term));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: vectorscan_probe RULES_DIR NEWS.jsonl\n");
    return 2;
  }
  auto loaded = salvo::load_rulebook(argv[1]);
  if (!loaded.ok()) return 1;
  const salvo::Rulebook& rb = *loaded.value();
  const auto sentences = read_sentences(argv[2], rb);
  std::size_t bytes = 0;
  for (const auto& s : sentences) bytes += s.size();
  std::printf("%zu sentences, %.1f MB\n", sentences.size(), bytes / 1e6);

  std::vector<std::string> terms;
  for (const auto* set : {rb.casualties.get(), rb.cues.get(), rb.actors.get(), rb.targets.get(), rb.attack_verbs.get(),
                          rb.reporting_verbs.get(), rb.place_before.get(), rb.place_not_before.get()})
    add_terms(*set, terms);
  const auto t0 = Clock::now();
  const Db words = compile(terms, HS_FLAG_CASELESS);
  std::printf("word lists: %zu terms (%zu not compiled), database built in %.3f s\n", words.patterns, words.rejected,
              std::chrono::duration<double>(Clock::now() - t0).count());
  std::vector<std::vector<salvo::TermHit>> out;
  std::size_t n = 0;
  double s = best_of(5, [&] {
    std::size_t hits = 0;
    for (const auto& x : sentences) {
      rb.first_terms->find_all(x, out);
      for (const auto& v : out) hits += v.size();
      rb.sentence_terms->find_all(x, out);
      for (const auto& v : out) hits += v.size();
    }
    return hits;
  }, n);
  std::printf("  salvo tries (first_terms + sentence_terms): %.3f s, %zu hits\n", s, n);
  s = best_of(5, [&] { return scan_all(words, sentences); }, n);
  std::printf("  vectorscan, one database:                  %.3f s, %zu hits\n", s, n);

  std::vector<std::string> triggers;
  for (const auto& t : rb.triggers) triggers.push_back("\\b(?:" + t.pattern + ")\\b");
  add_terms(*rb.weapons, triggers);  // the set holds the weapon names too
  const Db trig = compile(triggers, HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | HS_FLAG_UTF8);
  std::printf("triggers and weapon names: %zu patterns (%zu not compiled by vectorscan)\n", trig.patterns, trig.rejected);
  std::vector<int> fired;
  s = best_of(5, [&] {
    std::size_t hits = 0;
    for (const auto& x : sentences) {
      fired.clear();
      rb.prefilter->Match(re2::StringPiece(x.data(), x.size()), &fired);
      hits += fired.size();
    }
    return hits;
  }, n);
  std::printf("  salvo RE2::Set prefilter:                  %.3f s, %zu rules fired\n", s, n);
  s = best_of(5, [&] { return scan_all(trig, sentences); }, n);
  std::printf("  vectorscan, one database:                  %.3f s, %zu rules fired\n", s, n);
  return 0;
}
