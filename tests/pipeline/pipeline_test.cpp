// Tests for app/pipeline.h: input order whatever the thread count and the
// per-item delays, the bound on records in flight, rejects and source errors
// passed through in order, and clean stops on callback errors or exceptions.
#include "app/pipeline.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/reader.h"

namespace salvo::app {
namespace {

// One scripted record: a document, a reject or a source error.
enum class Rec { doc, reject, error };

// A DocumentSource that plays a script and measures how many records are held
// by the pipeline (read but not yet delivered) each time it is asked for more.
class ScriptSource final : public DocumentSource {
 public:
  ScriptSource(std::vector<Rec> script, const std::atomic<std::uint64_t>* delivered, std::size_t pad = 0)
      : script_(std::move(script)), delivered_(delivered), pad_(pad) {}

  Next next(Document& doc, Reject& reject) override {
    ++calls_;
    if (errored_) {
      ++calls_after_error_;
      return Next::error;
    }
    if (pos_ >= script_.size()) return Next::end;
    const std::size_t i = pos_++;
    const std::uint64_t held = pos_ - (delivered_ ? delivered_->load() : 0);
    if (held > max_held_) max_held_ = held;
    stats_.bytes += 100;
    switch (script_[i]) {
      case Rec::doc:
        doc = Document{};
        doc.id = "d" + std::to_string(i);
        doc.text = "text of " + doc.id + std::string(pad_, ' ');
        doc.origin = "script:" + std::to_string(i + 1);
        ++stats_.records;
        return Next::document;
      case Rec::reject:
        reject = Reject{};
        reject.file = "script";
        reject.line = i + 1;
        reject.reason = "bad record";
        ++stats_.rejected;
        return Next::reject;
      case Rec::error:
        errored_ = true;
        status_ = Status::error("script: read error at record " + std::to_string(i + 1));
        return Next::error;
    }
    return Next::end;
  }
  const ReadStats& stats() const override { return stats_; }
  const Status& status() const override { return status_; }

  std::size_t reads() const { return pos_; }
  std::uint64_t max_held() const { return max_held_; }
  int calls_after_error() const { return calls_after_error_; }

 private:
  std::vector<Rec> script_;
  const std::atomic<std::uint64_t>* delivered_;
  std::size_t pad_;
  std::size_t pos_ = 0;
  std::uint64_t max_held_ = 0;
  int calls_ = 0;
  int calls_after_error_ = 0;
  bool errored_ = false;
  ReadStats stats_;
  Status status_;
};

std::vector<Rec> docs(std::size_t n) { return std::vector<Rec>(n, Rec::doc); }

// Extract stand-in: a random, per-document (not per-thread) delay, and a
// number of events that depends on the document.
std::vector<Event> fake_extract(const Document& d, int max_delay_us) {
  std::seed_seq seed(d.id.begin(), d.id.end());
  std::mt19937 rng(seed);
  std::vector<Event> out(rng() % 4);  // drawn first: the same whatever the delay
  if (max_delay_us > 0) {
    std::uniform_int_distribution<int> delay(0, max_delay_us);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
  }
  for (std::size_t k = 0; k < out.size(); ++k) {
    out[k].doc_id = d.id;
    out[k].event_id = d.id + "#" + std::to_string(k);
  }
  return out;
}

struct Outcome {
  PipelineResult result;
  std::string output;  // what the callbacks saw, one line per record/event
  std::size_t max_held = 0;
  std::size_t reads = 0;
};

Outcome run_script(std::vector<Rec> script, unsigned threads, std::size_t max_in_flight = 0, int max_delay_us = 200,
        int writer_delay_us = 0) {
  std::atomic<std::uint64_t> delivered{0};
  ScriptSource src(std::move(script), &delivered);
  Outcome r;
  PipelineHandlers h;
  h.on_document = [&](const Document& d, const std::vector<Event>& evs, const ReadStats& read) -> Status {
    ++delivered;
    r.output += "D " + d.id + " bytes=" + std::to_string(read.bytes) + "\n";
    for (const auto& e : evs) r.output += "  E " + e.event_id + "\n";
    if (writer_delay_us > 0) std::this_thread::sleep_for(std::chrono::microseconds(writer_delay_us));
    return {};
  };
  h.on_reject = [&](const Reject& rej, const ReadStats&) -> Status {
    ++delivered;
    r.output += "R line=" + std::to_string(rej.line) + "\n";
    return {};
  };
  const ExtractFn ex = [&](const Document& d) { return fake_extract(d, max_delay_us); };
  r.result = run_pipeline(src, ex, {.threads = threads, .max_in_flight = max_in_flight, .stop_requested = {}}, h);
  r.max_held = src.max_held();
  r.reads = src.reads();
  return r;
}

std::string expected_output(std::size_t n) {
  std::string out;
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Document d;
    d.id = "d" + std::to_string(i);
    bytes += 100;
    out += "D " + d.id + " bytes=" + std::to_string(bytes) + "\n";
    for (const auto& e : fake_extract(d, 0)) out += "  E " + e.event_id + "\n";
  }
  return out;
}

TEST(Pipeline, KeepsInputOrderWithRandomDelays) {
  const std::string want = expected_output(400);
  for (unsigned threads : {1u, 2u, 3u, 4u, 8u}) {
    const Outcome r = run_script(docs(400), threads);
    EXPECT_EQ(r.result.end, PipelineEnd::finished) << threads;
    EXPECT_EQ(r.result.documents, 400u) << threads;
    EXPECT_EQ(r.output, want) << "threads=" << threads;
  }
}

TEST(Pipeline, OneAndFourThreadsGiveIdenticalOutput) {
  std::vector<Rec> script = docs(300);
  for (std::size_t i = 7; i < script.size(); i += 13) script[i] = Rec::reject;
  const Outcome one = run_script(script, 1);
  const Outcome four = run_script(script, 4);
  EXPECT_EQ(one.result.end, PipelineEnd::finished);
  EXPECT_EQ(four.result.end, PipelineEnd::finished);
  EXPECT_EQ(one.result.documents, four.result.documents);
  EXPECT_EQ(one.result.rejects, four.result.rejects);
  EXPECT_FALSE(one.output.empty());
  EXPECT_EQ(one.output, four.output);
}

TEST(Pipeline, RejectsPassThroughInOrder) {
  std::vector<Rec> script = {Rec::reject, Rec::doc, Rec::doc, Rec::reject, Rec::reject, Rec::doc, Rec::reject};
  for (unsigned threads : {1u, 4u}) {
    const Outcome r = run_script(script, threads);
    ASSERT_EQ(r.result.end, PipelineEnd::finished);
    EXPECT_EQ(r.result.documents, 3u);
    EXPECT_EQ(r.result.rejects, 4u);
    // Strip events: only the record order matters here.
    std::string order;
    for (std::size_t p = 0; p < r.output.size();) {
      const std::size_t nl = r.output.find('\n', p);
      const std::string line = r.output.substr(p, nl - p);
      if (line[0] == 'D') order += line.substr(0, line.find(' ', 2)) + ";";
      if (line[0] == 'R') order += line + ";";
      p = nl + 1;
    }
    EXPECT_EQ(order, "R line=1;D d1;D d2;R line=4;R line=5;D d5;R line=7;") << threads;
  }
}

TEST(Pipeline, InFlightIsBounded) {
  // A slow writer makes the workers run ahead until the bound stops them.
  for (std::size_t bound : {1u, 3u, 8u}) {
    const Outcome r = run_script(docs(120), 4, bound, /*max_delay_us=*/20, /*writer_delay_us=*/300);
    EXPECT_EQ(r.result.end, PipelineEnd::finished);
    EXPECT_EQ(r.result.documents, 120u);
    EXPECT_LE(r.max_held, bound) << "bound " << bound;
    EXPECT_LE(r.result.peak_in_flight, bound);
    if (bound > 1) {
      EXPECT_GE(r.max_held, 2u) << "workers never ran ahead of the writer";
    }
  }
}

TEST(Pipeline, DefaultBoundIsPerThread) {
  const Outcome r = run_script(docs(200), 2, 0, 20, 200);
  EXPECT_LE(r.max_held, kInFlightPerThread * 2);
  EXPECT_EQ(r.output, expected_output(200));
}

TEST(Pipeline, LongTextsAndErrorsInsideBatchesKeepOrder) {
  // 40 kB documents close batches early (by size); an error in the middle of
  // a batch must still arrive after everything before it.
  std::vector<Rec> script = docs(90);
  script[77] = Rec::error;
  for (unsigned threads : {2u, 3u}) {
    std::atomic<std::uint64_t> delivered{0};
    ScriptSource src(script, &delivered, 40'000);
    std::string order;
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>& evs, const ReadStats&) -> Status {
      ++delivered;
      order += d.id + ":" + std::to_string(evs.size()) + ";";
      return {};
    };
    const ExtractFn ex = [](const Document& d) { return fake_extract(d, 150); };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::source_error);
    EXPECT_EQ(res.documents, 77u);
    std::string want;
    for (std::size_t i = 0; i < 77; ++i) {
      Document d;
      d.id = "d" + std::to_string(i);
      want += d.id + ":" + std::to_string(fake_extract(d, 0).size()) + ";";
    }
    EXPECT_EQ(order, want) << threads;
    EXPECT_LE(src.max_held(), kInFlightPerThread * threads);
  }
}

TEST(Pipeline, SourceErrorArrivesAfterEarlierRecords) {
  std::vector<Rec> script = docs(60);
  script[50] = Rec::error;
  for (unsigned threads : {1u, 4u}) {
    std::atomic<std::uint64_t> delivered{0};
    ScriptSource src(script, &delivered);
    std::vector<std::string> ids;
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
      ids.push_back(d.id);
      ++delivered;
      return {};
    };
    const ExtractFn ex = [](const Document& d) { return fake_extract(d, 100); };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::source_error);
    EXPECT_EQ(res.status.message(), "script: read error at record 51");
    ASSERT_EQ(ids.size(), 50u) << threads;
    for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], "d" + std::to_string(i));
    EXPECT_EQ(src.calls_after_error(), 0) << "the source was read after it failed";
  }
}

TEST(Pipeline, CallbackErrorStopsCleanly) {
  for (unsigned threads : {1u, 2u, 4u}) {
    std::atomic<std::uint64_t> delivered{0};
    ScriptSource src(docs(1000), &delivered);
    std::uint64_t calls = 0;
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
      ++calls;
      ++delivered;
      if (d.id == "d30") return Status::error("disk full");
      return {};
    };
    const ExtractFn ex = [](const Document& d) { return fake_extract(d, 50); };
    const auto res = run_pipeline(src, ex, {.threads = threads, .max_in_flight = 8, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::stopped);
    EXPECT_EQ(res.status.message(), "disk full");
    EXPECT_EQ(calls, 31u) << "callbacks ran after the failure, threads=" << threads;
    EXPECT_EQ(res.documents, 31u);
    // Workers stop reading: at most the bound beyond what was written.
    EXPECT_LE(src.reads(), 31u + 8u) << threads;
  }
}

// SIGINT/SIGTERM (issue 18): once stop_requested says stop, nothing more is read, every
// record read is delivered in order, and the run ends `interrupted`, on any thread count.
TEST(Pipeline, StopRequestEndsReadingAndDeliversEveryRecordRead) {
  for (unsigned threads : {1u, 2u, 3u, 4u}) {
    for (std::size_t stop_at : {0u, 1u, 17u, 500u}) {
      ScriptSource src(docs(1000), nullptr);
      std::atomic<bool> stop{false};
      std::uint64_t calls = 0;
      std::string seen;
      PipelineHandlers h;
      h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
        seen += d.id + " ";
        if (++calls == stop_at) stop = true;  // as a signal handler would, between records
        return {};
      };
      const ExtractFn ex = [](const Document& d) { return fake_extract(d, 30); };
      const PipelineOptions o{.threads = threads, .max_in_flight = 16,
                              .stop_requested = [&] { return stop.load() || stop_at == 0; }};
      const auto res = run_pipeline(src, ex, o, h);
      EXPECT_EQ(res.end, PipelineEnd::interrupted) << threads << " " << stop_at;
      EXPECT_EQ(res.documents, src.reads()) << "every record read is delivered";
      EXPECT_LE(src.reads(), stop_at + 16) << "reading stops within the window";
      std::string want;
      for (std::size_t i = 0; i < src.reads(); ++i) want += "d" + std::to_string(i) + " ";
      EXPECT_EQ(seen, want) << "in input order";
    }
  }
}

TEST(Pipeline, CallbackExceptionStopsLikeAnError) {
  for (unsigned threads : {1u, 4u}) {
    ScriptSource src(docs(200), nullptr);
    std::uint64_t calls = 0;
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
      ++calls;
      if (d.id == "d5") throw std::runtime_error("out of memory");
      return {};
    };
    const ExtractFn ex = [](const Document& d) { return fake_extract(d, 20); };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::stopped);
    EXPECT_EQ(res.status.message(), "writing output: out of memory");
    EXPECT_EQ(calls, 6u) << threads;
  }
}

TEST(Pipeline, ExtractExceptionStopsWithItsMessage) {
  for (unsigned threads : {1u, 4u}) {
    ScriptSource src(docs(100), nullptr);
    std::uint64_t calls = 0;
    PipelineHandlers h;
    h.on_document = [&](const Document&, const std::vector<Event>&, const ReadStats&) -> Status {
      ++calls;
      return {};
    };
    const ExtractFn ex = [](const Document& d) -> std::vector<Event> {
      if (d.id == "d10") throw std::runtime_error("boom");
      return fake_extract(d, 20);
    };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::extract_failed);
    EXPECT_EQ(res.status.message(), "extracting script:11: boom");
    EXPECT_EQ(calls, 10u) << threads;
  }
}

TEST(Pipeline, EmptySourceFinishes) {
  for (unsigned threads : {1u, 4u}) {
    const Outcome r = run_script({}, threads);
    EXPECT_EQ(r.result.end, PipelineEnd::finished);
    EXPECT_EQ(r.result.documents, 0u);
    EXPECT_TRUE(r.output.empty());
  }
}

TEST(Pipeline, OneThreadStartsNoThread) {
  ScriptSource src(docs(20), nullptr);
  const auto caller = std::this_thread::get_id();
  bool elsewhere = false;
  const ExtractFn ex = [&](const Document& d) {
    if (std::this_thread::get_id() != caller) elsewhere = true;
    return fake_extract(d, 0);
  };
  const auto res = run_pipeline(src, ex, {.threads = 1, .stop_requested = {}}, {});
  EXPECT_EQ(res.end, PipelineEnd::finished);
  EXPECT_EQ(res.documents, 20u);
  EXPECT_FALSE(elsewhere);
}

TEST(Pipeline, CallbacksRunOnTheCallingThreadOnly) {
  ScriptSource src(docs(200), nullptr);
  const auto caller = std::this_thread::get_id();
  std::atomic<int> elsewhere{0};
  std::atomic<int> extracting{0};
  std::atomic<int> max_extracting{0};
  PipelineHandlers h;
  h.on_document = [&](const Document&, const std::vector<Event>&, const ReadStats&) -> Status {
    if (std::this_thread::get_id() != caller) ++elsewhere;
    return {};
  };
  const ExtractFn ex = [&](const Document& d) {
    const int now = ++extracting;
    int seen = max_extracting.load();
    while (now > seen && !max_extracting.compare_exchange_weak(seen, now)) {
    }
    auto out = fake_extract(d, 300);
    --extracting;
    return out;
  };
  const auto res = run_pipeline(src, ex, {.threads = 3, .stop_requested = {}}, h);
  EXPECT_EQ(res.end, PipelineEnd::finished);
  EXPECT_EQ(elsewhere.load(), 0);
  EXPECT_LE(max_extracting.load(), 3);
}

TEST(Pipeline, OddWindowsAndThreadCountsKeepOrderAndBound) {
  // Windows that are not a multiple of the batch, and more threads than fit.
  const std::string want = expected_output(150);
  for (std::size_t bound : {1u, 2u, 3u, 5u, 7u, 17u, 33u}) {
    for (unsigned threads : {2u, 3u, 5u}) {
      const Outcome r = run_script(docs(150), threads, bound, /*max_delay_us=*/30);
      EXPECT_EQ(r.result.end, PipelineEnd::finished) << bound << "/" << threads;
      EXPECT_EQ(r.output, want) << "bound=" << bound << " threads=" << threads;
      EXPECT_LE(r.max_held, bound) << "bound=" << bound << " threads=" << threads;
      EXPECT_LE(r.result.peak_in_flight, bound);
    }
  }
}

TEST(Pipeline, SlowRecordHoldsBackOnlyWhatIsBehindIt) {
  // Record 0 does not finish until the other thread has extracted every
  // record the window leaves it (all but record 0's own batch): a slow
  // article must not stall the other threads before the window is full.
  // If the pipeline could not run that far ahead, this would wait for the
  // time-out and fail.
  for (unsigned threads : {2u, 3u}) {
    const std::size_t window = kInFlightPerThread * threads;
    const std::size_t batch = std::min(kMaxBatch, window / (2 * threads));
    std::atomic<std::size_t> others{0};
    std::atomic<bool> timed_out{false};
    ScriptSource src(docs(400), nullptr);
    std::string order;
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
      order += d.id + ";";
      return {};
    };
    const ExtractFn ex = [&](const Document& d) {
      if (d.id == "d0") {
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (others.load() < window - batch) {
          if (std::chrono::steady_clock::now() > give_up) {
            timed_out = true;
            break;
          }
          std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
      } else {
        ++others;
      }
      return fake_extract(d, 0);
    };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::finished);
    EXPECT_FALSE(timed_out.load()) << "only " << others.load() << " records ran ahead of a slow one, threads="
                                   << threads;
    std::string want;
    for (std::size_t i = 0; i < 400; ++i) want.append("d").append(std::to_string(i)).append(";");
    EXPECT_EQ(order, want) << threads;
  }
}

TEST(Pipeline, RecordsAreDeliveredBeforeTheirBatchEnds) {
  // d3 is in the same batch as d0..d2 (batches are 8 records); it waits until
  // d2 has been written. Records are parked and delivered one by one, so that
  // happens whichever thread holds the batch; if they were handed over per
  // batch, d3 would wait for the time-out.
  for (unsigned threads : {2u, 3u}) {
    std::atomic<bool> d2_written{false};
    std::atomic<bool> timed_out{false};
    ScriptSource src(docs(100), nullptr);
    PipelineHandlers h;
    h.on_document = [&](const Document& d, const std::vector<Event>&, const ReadStats&) -> Status {
      if (d.id == "d2") d2_written = true;
      return {};
    };
    const ExtractFn ex = [&](const Document& d) {
      if (d.id == "d3") {
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!d2_written.load()) {
          if (std::chrono::steady_clock::now() > give_up) {
            timed_out = true;
            break;
          }
          std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
      }
      return fake_extract(d, 0);
    };
    const auto res = run_pipeline(src, ex, {.threads = threads, .stop_requested = {}}, h);
    EXPECT_EQ(res.end, PipelineEnd::finished);
    EXPECT_EQ(res.documents, 100u);
    EXPECT_FALSE(timed_out.load()) << "d0..d2 were held back until their batch ended, threads=" << threads;
  }
}

TEST(Pipeline, CallingThreadExtractsToo) {
  // --threads N means N threads extracting, the caller among them.
  ScriptSource src(docs(300), nullptr);
  const auto caller = std::this_thread::get_id();
  std::atomic<int> on_caller{0};
  std::atomic<int> elsewhere{0};
  const ExtractFn ex = [&](const Document& d) {
    if (std::this_thread::get_id() == caller) ++on_caller;
    else ++elsewhere;
    return fake_extract(d, 100);
  };
  const auto res = run_pipeline(src, ex, {.threads = 2, .stop_requested = {}}, {});
  EXPECT_EQ(res.end, PipelineEnd::finished);
  EXPECT_EQ(on_caller.load() + elsewhere.load(), 300);
  EXPECT_GT(on_caller.load(), 0);
  EXPECT_GT(elsewhere.load(), 0);
}

// The real JSON Lines reader behind the pipeline: documents, rejects (with
// file:line and reason), repaired text, blank lines and the ReadStats each
// callback sees are the same for every thread count.
std::string jsonl_with_everything(std::size_t n) {
  std::string in;
  for (std::size_t i = 0; i < n; ++i) {
    switch (i % 11) {
      case 3: in += "{\"id\": \"x" + std::to_string(i) + "\", \"text\": 7}\n"; break;       // reject: not a string
      case 5: in += "not json at all " + std::to_string(i) + "\n"; break;                      // reject: not JSON
      case 6: in += "   \n"; break;                                                           // blank
      case 8: in += "{\"text\": \"bad \xFF byte " + std::to_string(i) + "\"}\n"; break;      // repaired
      case 9: in += "{\"id\": " + std::to_string(i) + ", \"text\": \"   \"}\n"; break;        // reject: empty text
      default:
        in += "{\"id\": \"a" + std::to_string(i) + "\", \"date\": \"2024-03-0" + std::to_string(1 + i % 9) +
              "\", \"text\": \"Article " + std::to_string(i) + std::string(i % 37, '.') + "\"}\n";
    }
  }
  return in;
}

std::string run_jsonl(const std::string& bytes, unsigned threads, std::size_t max_in_flight = 0) {
  auto src = open_jsonl_bytes("feed.jsonl", bytes, {});
  std::string log;
  auto stats = [](const ReadStats& r) {
    return " [records=" + std::to_string(r.records) + " rejected=" + std::to_string(r.rejected) +
           " repaired=" + std::to_string(r.repaired) + " bytes=" + std::to_string(r.bytes) +
           " blank=" + std::to_string(r.blank) + "]";
  };
  PipelineHandlers h;
  h.on_document = [&](const Document& d, const std::vector<Event>& evs, const ReadStats& r) -> Status {
    log += "D " + d.id + " " + d.origin + " " + d.text + " events=" + std::to_string(evs.size()) + stats(r) + "\n";
    return {};
  };
  h.on_reject = [&](const Reject& rej, const ReadStats& r) -> Status {
    log += "R " + rej.file + ":" + std::to_string(rej.line) + " " + rej.reason + stats(r) + "\n";
    return {};
  };
  const ExtractFn ex = [](const Document& d) { return fake_extract(d, 40); };
  const auto res =
      run_pipeline(*src, ex, {.threads = threads, .max_in_flight = max_in_flight, .stop_requested = {}}, h);
  log += "end=" + std::to_string(static_cast<int>(res.end)) + " docs=" + std::to_string(res.documents) +
         " rejects=" + std::to_string(res.rejects) + " final" + stats(src->stats()) + "\n";
  return log;
}

TEST(Pipeline, JsonlRecordsRejectsAndStatsMatchOneThread) {
  const std::string in = jsonl_with_everything(500);
  const std::string one = run_jsonl(in, 1);
  ASSERT_NE(one.find("R feed.jsonl:4 field 'text' is not a string (number)"), std::string::npos) << one.substr(0, 2000);
  ASSERT_NE(one.find("repaired=1"), std::string::npos);
  ASSERT_NE(one.find("blank=1"), std::string::npos);
  for (unsigned threads : {2u, 3u, 4u}) {
    EXPECT_EQ(run_jsonl(in, threads), one) << "threads=" << threads;
    EXPECT_EQ(run_jsonl(in, threads, 5), one) << "threads=" << threads << ", window 5";
  }
}

}  // namespace
}  // namespace salvo::app
