// app/pipeline.h — read -> extract on N threads -> write, in input order.
//
// Owns: running a DocumentSource through an extract function on worker
// threads and handing every result back to the caller's thread in exactly the
// order the source produced it, so the output is byte-identical whatever the
// thread count. Rejects and a source error travel through the same ordered
// stream. Memory is bounded by the number of records in flight (read but not
// yet written: at most PipelineOptions::max_in_flight, plus fewer than as many
// written ones waiting to be freed by the thread that made them), never by
// input size.
//
//   salvo::app::PipelineOptions popts{.threads = 4};
//   auto r = salvo::app::run_pipeline(*source,
//       [&](const Document& d) { return extractor.extract(d); }, popts,
//       {.on_document = [&](const Document& d, const std::vector<Event>& evs,
//                           const ReadStats& read) -> Status { ...write...; return {}; },
//        .on_reject = [&](const Reject& r, const ReadStats&) -> Status { ...; return {}; }});
//   if (r.end == PipelineEnd::source_error) ...   // r.status: the reader's message
//   if (r.end == PipelineEnd::stopped) ...        // r.status: what a callback returned
//   if (r.end == PipelineEnd::extract_failed) ... // r.status: "extracting <origin>: <what()>"
//   if (r.end == PipelineEnd::interrupted) ...    // popts.stop_requested said stop (SIGINT/SIGTERM)
//
// Threads: with threads <= 1 everything runs on the calling thread (no thread
// is started). With threads = N > 1, N - 1 helper threads are started and the
// calling thread works alongside them: each takes the next batch of records
// from the source (reads are serialised by a mutex; sequence numbers are
// assigned while holding it), extracts them and parks each result in a
// reorder ring; the calling thread also runs the callbacks in sequence order,
// between records of its own. Callbacks therefore never run concurrently and
// always run on the calling thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/event.h"
#include "core/status.h"
#include "ingest/reader.h"

namespace salvo::app {

// Turns one document into its events. Must be safe to call from several
// threads at once (Extractor::extract is). An exception it throws stops the
// pipeline with PipelineEnd::extract_failed (it never escapes a worker thread).
using ExtractFn = std::function<std::vector<Event>(const Document&)>;

struct PipelineHandlers {
  // One call per document, in input order. `read` is the source's ReadStats
  // as they were right after this document was read (bytes, records, rejects
  // so far), for progress reporting. A non-ok Status stops the pipeline; so
  // does an exception, which is caught and returned as the Status.
  std::function<Status(const Document& doc, const std::vector<Event>& events, const ReadStats& read)> on_document;
  // One call per rejected record, in input order (may be empty: rejects are skipped).
  std::function<Status(const Reject& reject, const ReadStats& read)> on_reject;
};

struct PipelineOptions {
  unsigned threads = 1;          // threads extracting, the calling thread included; 0 or 1 = only the calling thread
  std::size_t max_in_flight = 0; // records read but not yet written; 0 = kInFlightPerThread * threads
  // Asked before each record is read (under the source's lock, so it must be
  // cheap and thread-safe; SIGINT/SIGTERM set what it reads): once it says
  // true, reading stops as if the input had ended there, the records already
  // read are extracted and delivered, and the run ends PipelineEnd::interrupted.
  std::function<bool()> stop_requested;
};

// Records in flight per thread when max_in_flight is 0: four batches of up
// to kMaxBatch records per thread, so memory stays a few dozen articles per
// thread (see docs/PERFORMANCE.md). The window has to be that wide because
// article costs are skewed (on the news feed the median article takes 8 us
// to extract, one in a hundred over 0.6 ms, the slowest 4 ms): while one
// thread is on a slow article the others must be able to run ahead of it.
// Threads read batches of max_in_flight / (2 * threads) records, at most
// kMaxBatch, and fewer when their text passes 64 KB.
inline constexpr std::size_t kMaxBatch = 8;
inline constexpr std::size_t kInFlightPerThread = 4 * kMaxBatch;

enum class PipelineEnd {
  finished,      // the source reached its end and every record was handed over
  source_error,  // the source reported `error`; records before it were handed over
  stopped,         // a callback returned an error; nothing after that record was handed over
  extract_failed,  // extract threw on a document; records before it were handed over
  interrupted,     // stop_requested said stop before the end: every record read was handed over
};

struct PipelineResult {
  PipelineEnd end = PipelineEnd::finished;
  Status status;                // why it did not finish (ok when finished)
  std::uint64_t documents = 0;  // on_document calls made
  std::uint64_t rejects = 0;    // on_reject calls made (or rejects skipped)
  std::size_t peak_in_flight = 0;  // most records held at once (<= max_in_flight)
};

// Runs the source to its end (or the first error) and returns how it ended.
// Joins every thread it started before returning; afterwards source.stats()
// may be read safely from the calling thread.
PipelineResult run_pipeline(DocumentSource& source, const ExtractFn& extract, const PipelineOptions& opts,
                            const PipelineHandlers& handlers);

// The default worker count for `--threads 0` ("auto"): the hardware threads,
// at least 1.
unsigned default_thread_count();

}  // namespace salvo::app
