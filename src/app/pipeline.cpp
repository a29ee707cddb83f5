// app/pipeline.cpp — the ordered parallel pipeline (see pipeline.h).
//
// Shape with N > 1 workers:
//
//   worker k:  reserve a slot (in_flight < K) -> lock source, next(), take seq -> extract -> ring[seq % K]
//   caller:    wait for ring[write_seq % K] -> callbacks -> free the slot (in_flight--)
//
// The reservation comes before the read, so at most K records exist between
// "read" and "written", and their sequence numbers are contiguous from
// write_seq; a ring of K slots indexed by seq % K therefore never collides.
#include "app/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace salvo::app {

namespace {

enum class Kind { document, reject, source_error, failed };

struct Item {
  Kind kind = Kind::document;
  Document doc;
  Reject reject;
  std::vector<Event> events;
  ReadStats read;
  Status status;  // source_error / failed
};

// Runs extract, turning an exception into a failed item (workers must not throw).
void extract_into(const ExtractFn& extract, Item& item) {
  try {
    item.events = extract(item.doc);
  } catch (const std::exception& e) {
    item.kind = Kind::failed;
    item.status = Status::error("extracting " + item.doc.origin + ": " + e.what());
  } catch (...) {
    item.kind = Kind::failed;
    item.status = Status::error("extracting " + item.doc.origin + ": unknown exception");
  }
}

// Runs one callback; an exception from it becomes an error Status, so it
// cannot unwind past threads that are still running.
template <typename F>
Status call_guarded(F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Status::error(std::string("writing output: ") + e.what());
  } catch (...) {
    return Status::error("writing output: unknown exception");
  }
}

// Hands one finished item to the caller's callbacks. Returns false when the
// pipeline must stop (result.end/status are then set).
bool deliver(Item& item, const PipelineHandlers& h, PipelineResult& result) {
  switch (item.kind) {
    case Kind::document: {
      ++result.documents;
      if (!h.on_document) return true;
      Status st = call_guarded([&] { return h.on_document(item.doc, item.events, item.read); });
      if (st.ok()) return true;
      result.end = PipelineEnd::stopped;
      result.status = std::move(st);
      return false;
    }
    case Kind::reject: {
      ++result.rejects;
      if (!h.on_reject) return true;
      Status st = call_guarded([&] { return h.on_reject(item.reject, item.read); });
      if (st.ok()) return true;
      result.end = PipelineEnd::stopped;
      result.status = std::move(st);
      return false;
    }
    case Kind::source_error:
      result.end = PipelineEnd::source_error;
      result.status = std::move(item.status);
      return false;
    case Kind::failed:
      result.end = PipelineEnd::extract_failed;
      result.status = std::move(item.status);
      return false;
  }
  return false;
}

// Reads one record into `item`; returns false at the end of the source.
bool read_one(DocumentSource& source, Item& item) {
  switch (source.next(item.doc, item.reject)) {
    case DocumentSource::Next::end:
      return false;
    case DocumentSource::Next::document:
      item.kind = Kind::document;
      break;
    case DocumentSource::Next::reject:
      item.kind = Kind::reject;
      break;
    case DocumentSource::Next::error:
      item.kind = Kind::source_error;
      item.status = source.status();
      if (item.status.ok()) item.status = Status::error("input error");
      break;
  }
  item.read = source.stats();
  return true;
}

PipelineResult run_sequential(DocumentSource& source, const ExtractFn& extract, const PipelineHandlers& h) {
  PipelineResult result;
  for (;;) {
    Item item;  // fresh each time, exactly like the parallel path
    if (!read_one(source, item)) break;
    result.peak_in_flight = 1;
    if (item.kind == Kind::document) extract_into(extract, item);
    if (!deliver(item, h, result)) break;
  }
  return result;
}

class Parallel {
 public:
  Parallel(DocumentSource& source, const ExtractFn& extract, const PipelineHandlers& h, unsigned threads,
           std::size_t capacity)
      : source_(source), extract_(extract), handlers_(h), threads_(threads), ring_(capacity) {}

  PipelineResult run() {
    std::vector<std::thread> workers;
    workers.reserve(threads_);
    for (unsigned i = 0; i < threads_; ++i) workers.emplace_back([this] { work(); });
    PipelineResult result = write();
    {
      std::lock_guard lk(state_m_);
      stop_ = true;
    }
    space_cv_.notify_all();
    for (auto& t : workers) t.join();
    result.peak_in_flight = peak_in_flight_;
    return result;
  }

 private:
  // Worker: reserve, read, extract, park; until the source ends or stop.
  void work() {
    for (;;) {
      {
        std::unique_lock lk(state_m_);
        space_cv_.wait(lk, [&] { return stop_ || reading_done_ || in_flight_ < ring_.size(); });
        if (stop_ || reading_done_) return;
        ++in_flight_;
        peak_in_flight_ = std::max(peak_in_flight_, in_flight_);
      }
      Item item;
      std::uint64_t seq = 0;
      bool got = false;
      {
        std::lock_guard src(source_m_);
        if (!source_finished_) {
          got = read_one(source_, item);
          seq = next_seq_++;
          // `error` finishes the source too: nothing is read after it.
          if (!got || item.kind == Kind::source_error) source_finished_ = true;
          if (!got) --next_seq_;  // the end takes no sequence number
        }
        if (source_finished_) {
          std::lock_guard lk(state_m_);
          if (!reading_done_) {
            reading_done_ = true;
            total_ = next_seq_;
          }
        }
      }
      if (!got) {
        {
          std::lock_guard lk(state_m_);
          --in_flight_;
        }
        write_cv_.notify_one();
        space_cv_.notify_all();
        return;
      }
      if (item.kind == Kind::document) extract_into(extract_, item);
      bool wake = false;
      {
        std::lock_guard lk(state_m_);
        ring_[seq % ring_.size()] = std::move(item);
        wake = seq == write_seq_;
      }
      if (wake) write_cv_.notify_one();
      if (reading_done_for_me()) {
        space_cv_.notify_all();
        return;
      }
    }
  }

  bool reading_done_for_me() {
    std::lock_guard lk(state_m_);
    return reading_done_ || stop_;
  }

  // Caller's thread: deliver ring slots in sequence order.
  PipelineResult write() {
    PipelineResult result;
    for (;;) {
      Item item;
      {
        std::unique_lock lk(state_m_);
        auto& slot = ring_[write_seq_ % ring_.size()];
        write_cv_.wait(lk, [&] { return slot.has_value() || (reading_done_ && write_seq_ == total_); });
        if (!slot.has_value()) break;  // every record handed over
        item = std::move(*slot);
        slot.reset();
      }
      const bool go_on = deliver(item, handlers_, result);
      {
        std::lock_guard lk(state_m_);
        ++write_seq_;
        --in_flight_;
      }
      space_cv_.notify_one();
      if (!go_on) break;
    }
    return result;
  }

  DocumentSource& source_;
  const ExtractFn& extract_;
  const PipelineHandlers& handlers_;
  const unsigned threads_;

  std::mutex source_m_;           // guards source_, next_seq_, source_finished_
  bool source_finished_ = false;
  std::uint64_t next_seq_ = 0;

  std::mutex state_m_;            // guards everything below
  std::condition_variable space_cv_;  // workers: a slot became free / stop / reading done
  std::condition_variable write_cv_;  // writer: the next slot filled / reading done
  std::vector<std::optional<Item>> ring_;
  std::size_t in_flight_ = 0;
  std::size_t peak_in_flight_ = 0;
  std::uint64_t write_seq_ = 0;
  std::uint64_t total_ = 0;       // records in the stream, once reading_done_
  bool reading_done_ = false;
  bool stop_ = false;
};

}  // namespace

unsigned default_thread_count() { return std::max(1u, std::thread::hardware_concurrency()); }

PipelineResult run_pipeline(DocumentSource& source, const ExtractFn& extract, const PipelineOptions& opts,
                            const PipelineHandlers& handlers) {
  if (opts.threads <= 1) return run_sequential(source, extract, handlers);
  std::size_t capacity = opts.max_in_flight ? opts.max_in_flight : kInFlightPerThread * opts.threads;
  capacity = std::max<std::size_t>(capacity, 1);
  Parallel p(source, extract, handlers, opts.threads, capacity);
  return p.run();
}

}  // namespace salvo::app
