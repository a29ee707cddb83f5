// bench/bench_extract.cpp — micro-benchmarks of the extraction hot path.
//
// Inputs are real texts from the repository, read at start-up:
//   samples/*.txt, *.jsonl   the seed article(s); a .txt's publication date from a YYYY-MM-DD in its name
//   tests/gold/*.jsonl       the gold documents: records with "text" (and "id", "date")
//   bench/data/ucdp_headlines.tsv          one short document per headline (UCDP GED, CC BY 4.0)
//   $SALVO_BENCH_CORPUS      optional: the first 2,000 records of a corpus from tools/make_corpus.py
// Benchmarks whose inputs are missing are skipped with a message, not faked.
//
//   build-perf/bench/salvo_bench --benchmark_filter=Extract
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/pipeline.h"
#include "core/date.h"
#include "extract/extractor.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = SALVO_SOURCE_DIR;

std::optional<salvo::Date> date_in(const std::string& s) {
  for (std::size_t i = 0; i + 10 <= s.size(); ++i) {
    if (auto d = salvo::parse_iso_date(std::string_view(s).substr(i, 10))) return d;
  }
  return std::nullopt;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void read_jsonl(const fs::path& p, std::vector<salvo::Document>& out, std::size_t limit = SIZE_MAX) {
  std::ifstream in(p);
  std::string line;
  std::size_t n = 0;
  while (n < limit && std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    salvo::Document d;
    d.text = j["text"].get<std::string>();
    if (j.contains("id") && j["id"].is_string()) d.id = j["id"].get<std::string>();
    if (j.contains("title") && j["title"].is_string()) d.title = j["title"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) d.published = salvo::parse_iso_date(j["date"].get<std::string>());
    d.origin = p.filename().string() + ":" + std::to_string(++n);
    out.push_back(std::move(d));
  }
}

std::vector<fs::path> files(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Inputs {
  std::shared_ptr<const salvo::Extractor> extractor;
  std::string load_error;
  std::vector<salvo::Document> seed;       // samples/*.txt, samples/*.jsonl
  std::vector<salvo::Document> gold;       // tests/gold/*.jsonl
  std::vector<salvo::Document> headlines;  // bench/data/ucdp_headlines.tsv
  std::vector<salvo::Document> corpus;     // $SALVO_BENCH_CORPUS

  Inputs() {
    auto ex = salvo::Extractor::load({.rules_dir = kRoot / "rules"});
    if (ex.ok()) {
      extractor = ex.value();
    } else {
      load_error = ex.status().message();
    }
    for (const auto& p : files(kRoot / "samples", ".txt")) {
      salvo::Document d;
      d.id = p.stem().string();
      d.text = slurp(p);
      d.published = date_in(p.filename().string());
      d.origin = p.filename().string();
      seed.push_back(std::move(d));
    }
    for (const auto& p : files(kRoot / "samples", ".jsonl")) read_jsonl(p, seed);
    for (const auto& p : files(kRoot / "tests" / "gold", ".jsonl")) read_jsonl(p, gold);
    std::ifstream hl(kRoot / "bench" / "data" / "ucdp_headlines.tsv");
    std::string line;
    while (std::getline(hl, line)) {
      const auto tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      salvo::Document d;
      d.id = "h" + std::to_string(headlines.size());
      d.published = salvo::parse_iso_date(line.substr(0, tab));
      d.text = line.substr(tab + 1);
      d.origin = "ucdp_headlines.tsv";
      headlines.push_back(std::move(d));
    }
    if (const char* c = std::getenv("SALVO_BENCH_CORPUS")) read_jsonl(c, corpus, 2000);
  }
};

const Inputs& inputs() {
  static const Inputs in;  // loaded once, read-only afterwards
  return in;
}

std::size_t total_bytes(const std::vector<salvo::Document>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

// Extracts every document of `docs` once per iteration.
void run_extract(benchmark::State& state, const std::vector<salvo::Document>& docs, const char* what) {
  const auto& in = inputs();
  if (!in.extractor) {
    state.SkipWithError(("rules did not load: " + in.load_error).c_str());
    return;
  }
  if (docs.empty()) {
    state.SkipWithError((std::string("no input: ") + what).c_str());
    return;
  }
  std::size_t events = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto evs = in.extractor->extract(d);
      events += evs.size();
      benchmark::DoNotOptimize(evs);
    }
  }
  const auto iters = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iters * static_cast<std::int64_t>(total_bytes(docs)));
  state.SetItemsProcessed(iters * static_cast<std::int64_t>(docs.size()));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["events/doc"] =
      static_cast<double>(events) / static_cast<double>(std::max<std::int64_t>(1, iters * static_cast<std::int64_t>(docs.size())));
}

void BM_LoadRules(benchmark::State& state) {
  for (auto _ : state) {
    auto ex = salvo::Extractor::load({.rules_dir = kRoot / "rules"});
    if (!ex.ok()) {
      state.SkipWithError(ex.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(ex);
  }
}
BENCHMARK(BM_LoadRules)->Unit(benchmark::kMillisecond);

void BM_ExtractSeedArticle(benchmark::State& s) { run_extract(s, inputs().seed, "samples/*.txt, samples/*.jsonl"); }
BENCHMARK(BM_ExtractSeedArticle)->Unit(benchmark::kMicrosecond);

void BM_ExtractGoldDocs(benchmark::State& s) { run_extract(s, inputs().gold, "tests/gold/*.jsonl"); }
BENCHMARK(BM_ExtractGoldDocs)->Unit(benchmark::kMillisecond);

void BM_ExtractHeadlines(benchmark::State& s) { run_extract(s, inputs().headlines, "bench/data/ucdp_headlines.tsv"); }
BENCHMARK(BM_ExtractHeadlines)->Unit(benchmark::kMillisecond);

void BM_ExtractCorpus(benchmark::State& s) { run_extract(s, inputs().corpus, "$SALVO_BENCH_CORPUS"); }
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);

// The ordered pipeline over in-memory documents: what --threads N can gain
// once reading is taken out of the picture.
class VectorSource final : public salvo::DocumentSource {
 public:
  explicit VectorSource(const std::vector<salvo::Document>& docs) : docs_(docs) {}
  Next next(salvo::Document& doc, salvo::Reject&) override {
    if (i_ >= docs_.size()) return Next::end;
    doc = docs_[i_++];
    ++stats_.records;
    stats_.bytes += doc.text.size();
    return Next::document;
  }
  const salvo::ReadStats& stats() const override { return stats_; }
  const salvo::Status& status() const override { return status_; }

 private:
  const std::vector<salvo::Document>& docs_;
  std::size_t i_ = 0;
  salvo::ReadStats stats_;
  salvo::Status status_;
};

void BM_Pipeline(benchmark::State& state) {
  const auto& in = inputs();
  const auto& docs = !in.corpus.empty() ? in.corpus : !in.gold.empty() ? in.gold : in.headlines;
  if (!in.extractor || docs.empty()) {
    state.SkipWithError("no extractor or no documents");
    return;
  }
  const salvo::app::ExtractFn ex = [&](const salvo::Document& d) { return in.extractor->extract(d); };
  std::uint64_t events = 0;
  salvo::app::PipelineHandlers h;
  h.on_document = [&](const salvo::Document&, const std::vector<salvo::Event>& evs, const salvo::ReadStats&) {
    events += evs.size();
    return salvo::Status();
  };
  for (auto _ : state) {
    VectorSource src(docs);
    auto r = salvo::app::run_pipeline(src, ex, {.threads = static_cast<unsigned>(state.range(0))}, h);
    benchmark::DoNotOptimize(r);
  }
  const auto iters = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iters * static_cast<std::int64_t>(total_bytes(docs)));
  state.SetItemsProcessed(iters * static_cast<std::int64_t>(docs.size()));
}
BENCHMARK(BM_Pipeline)->Arg(1)->Arg(2)->Arg(4)->UseRealTime()->Unit(benchmark::kMillisecond);

// The pipeline's own cost per record: the same hand-offs with an extract
// function that does nothing (the headlines as documents, no extractor).
void BM_PipelineOverhead(benchmark::State& state) {
  const auto& docs = inputs().headlines;
  if (docs.empty()) {
    state.SkipWithError("no input: bench/data/ucdp_headlines.tsv");
    return;
  }
  const salvo::app::ExtractFn nothing = [](const salvo::Document&) { return std::vector<salvo::Event>(); };
  for (auto _ : state) {
    VectorSource src(docs);
    auto r = salvo::app::run_pipeline(src, nothing, {.threads = static_cast<unsigned>(state.range(0))}, {});
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(docs.size()));
}
BENCHMARK(BM_PipelineOverhead)->Arg(1)->Arg(2)->Arg(4)->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
