// app/pipeline.cpp — the ordered parallel pipeline (see pipeline.h).
//
// Shape with N > 1 workers:
//
//   worker k:  reserve up to B slots (in_flight < K) -> lock source, read up to B records, take
//              their seqs -> extract each -> park them in ring[seq % K] together
//   caller:    wait for ring[write_seq % K] -> take every consecutive ready slot -> callbacks
//              -> free the slots (in_flight -= n)
//
// The reservation comes before the read, so at most K records exist between
// "reserved" and "delivered", and their sequence numbers are contiguous from
// the oldest undelivered one; a ring of K slots indexed by seq % K therefore
// never collides. Batches (B records, fewer for long texts) make the hand-offs
// and wake-ups per batch rather than per record, which matters for short
// documents such as headlines.
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
           std::size_t capacity, std::size_t batch)
      : source_(source), extract_(extract), handlers_(h), threads_(threads), batch_(batch), ring_(capacity) {}

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
  // Worker: reserve up to batch_ slots, read that many records (fewer at the
  // end or past kBatchBytes of text), extract them, park them all at once.
  void work() {
    std::vector<Item> items;
    for (;;) {
      std::size_t reserved = 0;
      {
        std::unique_lock lk(state_m_);
        space_cv_.wait(lk, [&] { return stop_ || reading_done_ || in_flight_ < ring_.size(); });
        if (stop_ || reading_done_) return;
        reserved = std::min(batch_, ring_.size() - in_flight_);
        in_flight_ += reserved;
        peak_in_flight_ = std::max(peak_in_flight_, in_flight_);
      }
      items.clear();
      std::uint64_t first_seq = 0;
      bool finished = false;
      {
        std::lock_guard src(source_m_);
        first_seq = next_seq_;
        std::size_t text_bytes = 0;
        while (!source_finished_ && items.size() < reserved && text_bytes < kBatchBytes) {
          Item item;
          if (!read_one(source_, item)) {
            source_finished_ = true;  // the end takes no sequence number
            break;
          }
          if (item.kind == Kind::source_error) source_finished_ = true;  // nothing is read after it
          text_bytes += item.doc.text.size() + item.reject.raw.size();
          items.push_back(std::move(item));
          ++next_seq_;
        }
        finished = source_finished_;
        if (finished) {
          std::lock_guard lk(state_m_);
          if (!reading_done_) {
            reading_done_ = true;
            total_ = next_seq_;
          }
        }
      }
      // Slots reserved but not filled go back.
      if (items.size() < reserved) {
        {
          std::lock_guard lk(state_m_);
          in_flight_ -= reserved - items.size();
        }
        space_cv_.notify_all();
      }
      if (finished) write_cv_.notify_one();  // the writer may be waiting for the end
      for (auto& item : items) {
        if (item.kind == Kind::document) extract_into(extract_, item);
      }
      if (!items.empty()) {
        bool wake = false;
        {
          std::lock_guard lk(state_m_);
          for (std::size_t i = 0; i < items.size(); ++i) ring_[(first_seq + i) % ring_.size()] = std::move(items[i]);
          wake = write_seq_ >= first_seq && write_seq_ < first_seq + items.size();
        }
        if (wake) write_cv_.notify_one();
      }
      if (finished) return;
    }
  }

  // Caller's thread: deliver ring slots in sequence order, taking every
  // consecutive finished record at each wake-up.
  PipelineResult write() {
    PipelineResult result;
    std::vector<Item> ready;
    for (;;) {
      ready.clear();
      {
        std::unique_lock lk(state_m_);
        write_cv_.wait(lk, [&] {
          return ring_[write_seq_ % ring_.size()].has_value() || (reading_done_ && write_seq_ == total_);
        });
        for (;;) {
          auto& slot = ring_[write_seq_ % ring_.size()];
          if (!slot.has_value()) break;
          ready.push_back(std::move(*slot));
          slot.reset();
          ++write_seq_;  // slots stay counted in in_flight_ until delivered
        }
      }
      if (ready.empty()) break;  // every record handed over
      bool go_on = true;
      for (auto& item : ready) {
        if (!(go_on = deliver(item, handlers_, result))) break;
      }
      {
        std::lock_guard lk(state_m_);
        in_flight_ -= ready.size();
      }
      space_cv_.notify_all();
      if (!go_on) break;
    }
    return result;
  }

  // A batch stops growing once it holds this much text, so large articles
  // are spread over the workers instead of queued behind one.
  static constexpr std::size_t kBatchBytes = 64 * 1024;

  DocumentSource& source_;
  const ExtractFn& extract_;
  const PipelineHandlers& handlers_;
  const unsigned threads_;
  const std::size_t batch_;

  std::mutex source_m_;           // guards source_, next_seq_, source_finished_
  bool source_finished_ = false;
  std::uint64_t next_seq_ = 0;

  std::mutex state_m_;            // guards everything below
  std::condition_variable space_cv_;  // workers: slots became free / stop / reading done
  std::condition_variable write_cv_;  // writer: the next slot filled / reading done
  std::vector<std::optional<Item>> ring_;
  std::size_t in_flight_ = 0;     // reserved, read or parked, not yet delivered
  std::size_t peak_in_flight_ = 0;
  std::uint64_t write_seq_ = 0;   // the next sequence number the writer takes
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
  // Two batches per worker fit in the window: one being written while the next is extracted.
  const std::size_t batch = std::clamp<std::size_t>(capacity / (2 * opts.threads), 1, kMaxBatch);
  Parallel p(source, extract, handlers, opts.threads, capacity, batch);
  return p.run();
}

}  // namespace salvo::app
