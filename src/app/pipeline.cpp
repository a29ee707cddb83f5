// app/pipeline.cpp — the ordered parallel pipeline (see pipeline.h).
//
// Shape with N > 1 threads: the calling thread and N - 1 helpers.
//
//   helper:  reserve B slots (room for a whole batch in the K-slot window) -> lock source, take
//            the bytes of up to B records and their seqs -> unlock -> parse and extract each ->
//            park it in ring[seq % K] at once
//   caller:  take every consecutive parked record from ring[write_seq % K] -> callbacks -> free
//            the slots; with nothing to deliver, reserve/read/extract a batch like a helper,
//            delivering after each of its own records; sleep only if it can do neither
//
// The reservation comes before the read, so at most K records exist between
// "reserved" and "delivered", and their sequence numbers are contiguous from
// the oldest undelivered one; a ring of K slots indexed by seq % K therefore
// never collides. Batches (B records, fewer for long texts) make the source
// lock and the reservation per batch rather than per record, which matters
// for short documents such as headlines; records are parked and delivered one
// by one, so a slow article holds back only the records behind it, not its
// whole batch.
//
// Only the bytes are taken under the source's lock (DocumentSource::take:
// line splitting, numbering, byte counts, blank lines); JSON parsing, UTF-8
// checks and building the Document run on each thread (parse). The parse
// counts (documents, rejects, repaired) of ReadStats are then added by the
// caller in delivery order, so every callback sees the stats next() would
// have given, and they are added to the source when the run ends.
//
// A record is freed by the thread that parsed and extracted it: the caller
// hands a helper's written records back (spent_) and the helper frees them at
// its next batch. Freed on the caller, their memory would go back to the
// helper's malloc arena through that arena's lock, and that cost about 3% of
// the CPU time at 2 threads. Memory stays bounded: a helper frees its list
// each time it reserves a batch, and a list holds at most K / N records (the
// caller frees any more itself), so fewer than K records wait to be freed.
//
// Why the caller works too: with a separate writer thread, N workers plus the
// writer shared N cores, and every batch woke the writer (a context switch and
// a preempted worker each time). Now nobody is woken while there is work: the
// caller is woken only when it waits for the next record, a helper only when
// the window is full. docs/PERFORMANCE.md has the measurements.
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

// `taken`: a record's bytes, taken from the source but not parsed yet
// (DocumentSource::take); parsing makes it a document or a reject.
enum class Kind { document, reject, source_error, failed, taken };

struct Item {
  Kind kind = Kind::document;
  RawRecord raw;  // while taken
  Document doc;
  Reject reject;
  std::vector<Event> events;
  ReadStats read;  // the source's stats when it was read; for taken records without the parse counts
  Status status;   // source_error / failed
  bool parsed = false;    // parsed off the source's lock: delivery adds the parse counts to `read`
  bool repaired = false;  // (parsed) a document whose text needed UTF-8 repair
  unsigned maker = 0;     // the thread that parsed and extracted it: 0 the caller, 1.. the helpers
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
    case Kind::taken:  // a record is always parsed before it is parked
      result.end = PipelineEnd::extract_failed;
      result.status = Status::error("internal error: a record was not parsed");
      return false;
  }
  return false;
}

// The source's error as the item that ends the stream.
void set_source_error(const DocumentSource& source, Item& item) {
  item.kind = Kind::source_error;
  item.status = source.status();
  if (item.status.ok()) item.status = Status::error("input error");
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
      set_source_error(source, item);
      break;
  }
  item.read = source.stats();
  return true;
}

// Takes one record's bytes into `item` (the source's lock held); returns false
// at the end of the source.
bool take_one(DocumentSource& source, Item& item) {
  switch (source.take(item.raw)) {
    case DocumentSource::Take::end:
      return false;
    case DocumentSource::Take::record:
      item.kind = Kind::taken;
      break;
    case DocumentSource::Take::error:
      set_source_error(source, item);
      break;
  }
  item.read = source.stats();
  return true;
}

// Parses a taken record (no lock held) and frees its bytes.
void parse_taken(const DocumentSource& source, Item& item) {
  if (item.kind != Kind::taken) return;
  const auto n = source.parse(item.raw, item.doc, item.reject, item.repaired);
  item.kind = n == DocumentSource::Next::document ? Kind::document : Kind::reject;
  item.parsed = true;
  item.raw = RawRecord{};
}

// Records parsed off the lock and delivered so far; they complete the
// ReadStats each callback sees, exactly as next() would have counted them.
struct ParseTally {
  std::uint64_t documents = 0;
  std::uint64_t rejects = 0;
  std::uint64_t repaired = 0;

  void settle(Item& item) {
    if (!item.parsed) return;
    if (item.kind == Kind::document || item.kind == Kind::failed) {
      ++documents;
      repaired += item.repaired;
    } else if (item.kind == Kind::reject) {
      ++rejects;
    }
    item.read.records += documents;
    item.read.rejected += rejects;
    item.read.repaired += repaired;
  }
};

bool stop_asked(const std::function<bool()>& stop) { return stop && stop(); }

PipelineResult run_sequential(DocumentSource& source, const ExtractFn& extract, const PipelineHandlers& h,
                              const std::function<bool()>& stop) {
  PipelineResult result;
  for (;;) {
    if (stop_asked(stop)) {
      result.end = PipelineEnd::interrupted;
      break;
    }
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
           std::size_t capacity, std::size_t batch, const std::function<bool()>& stop)
      : source_(source),
        extract_(extract),
        handlers_(h),
        stop_requested_(stop),
        threads_(threads),
        batch_(batch),
        split_(source.can_take()),
        ring_(capacity),
        spent_(threads),
        spent_cap_(std::max(batch, capacity / threads)) {}

  PipelineResult run() {
    std::vector<std::thread> helpers;
    helpers.reserve(threads_ - 1);
    for (unsigned i = 1; i < threads_; ++i) helpers.emplace_back([this, i] { help(i); });
    PipelineResult result = lead();
    bool wake = false;
    {
      std::lock_guard lk(state_m_);
      stop_ = true;
      wake = space_waiters_ > 0;
    }
    if (wake) space_cv_.notify_all();
    for (auto& t : helpers) t.join();
    if (split_) source_.count_parsed(tally_.documents, tally_.rejects, tally_.repaired);
    result.peak_in_flight = peak_in_flight_;
    if (interrupted_ && result.end == PipelineEnd::finished) result.end = PipelineEnd::interrupted;
    return result;
  }

 private:
  // True when a whole batch fits in the free slots; state_m_ held. (A batch
  // is never larger than the ring, so an empty ring always has room.)
  bool room_locked() const { return ring_.size() - in_flight_ >= batch_; }

  // Takes batch_ free slots; state_m_ held, room_locked() true.
  std::size_t reserve_locked() {
    in_flight_ += batch_;
    peak_in_flight_ = std::max(peak_in_flight_, in_flight_);
    return batch_;
  }

  // Reads up to `reserved` records into `items` (fewer at the end of the
  // source or past kBatchBytes of text) and numbers them from first_seq. When
  // the source can, only their bytes are taken here, under its lock; each
  // thread parses its own records afterwards (parse_taken). Returns true when
  // the source is finished (its end or its error was read).
  bool read_batch(std::size_t reserved, std::vector<Item>& items, std::uint64_t& first_seq) {
    items.clear();
    std::lock_guard src(source_m_);
    first_seq = next_seq_;
    std::size_t text_bytes = 0;
    while (!source_finished_ && items.size() < reserved && text_bytes < kBatchBytes) {
      if (stop_asked(stop_requested_)) {  // an interruption ends reading like the end of the input
        source_finished_ = interrupted_ = true;
        break;
      }
      Item item;
      if (!(split_ ? take_one(source_, item) : read_one(source_, item))) {
        source_finished_ = true;  // the end takes no sequence number
        break;
      }
      if (item.kind == Kind::source_error) source_finished_ = true;  // nothing is read after it
      text_bytes += item.doc.text.size() + item.reject.raw.size() + item.raw.bytes.size();
      items.push_back(std::move(item));
      ++next_seq_;
    }
    const bool finished = source_finished_;
    if (items.size() == reserved && !finished) return false;
    // Slots reserved but not filled go back. The end of reading is published
    // while the source lock is still held, so total_ is final.
    bool wake_helpers = false, wake_writer = false;
    {
      std::lock_guard lk(state_m_);
      in_flight_ -= reserved - items.size();
      if (finished && !reading_done_) {
        reading_done_ = true;
        total_ = next_seq_;
        wake_writer = writer_waiting_;
      }
      wake_helpers = space_waiters_ > 0 && (reading_done_ || room_locked());
    }
    if (wake_helpers) space_cv_.notify_all();
    if (wake_writer) write_cv_.notify_one();
    return finished;
  }

  // Moves every consecutive finished record from the ring to `ready`; state_m_ held.
  void take_ready_locked(std::vector<Item>& ready) {
    for (;;) {
      auto& slot = ring_[write_seq_ % ring_.size()];
      if (!slot.has_value()) break;
      ready.push_back(std::move(*slot));
      slot.reset();
      ++write_seq_;  // slots stay counted in in_flight_ until delivered
    }
  }

  // Helper thread: reserve a batch, read it, extract each record and park it
  // in the ring as soon as it is done, until reading is over or the writer
  // stops. Sleeps only while the ring has no room for a batch; wakes the
  // writer only when it is asleep waiting for the record just parked.
  void help(unsigned me) {
    std::vector<Item> items;
    std::vector<Item> spent;
    for (;;) {
      std::size_t reserved = 0;
      {
        std::unique_lock lk(state_m_);
        if (!stop_ && !reading_done_ && !room_locked()) {
          ++space_waiters_;
          space_cv_.wait(lk, [&] { return stop_ || reading_done_ || room_locked(); });
          --space_waiters_;
        }
        if (stop_ || reading_done_) return;
        reserved = reserve_locked();
        spent.swap(spent_[me]);
      }
      spent.clear();  // this thread's records the caller has written: freed where they were allocated
      std::uint64_t seq = 0;
      const bool finished = read_batch(reserved, items, seq);
      for (auto& item : items) {
        parse_taken(source_, item);
        if (item.kind == Kind::document) extract_into(extract_, item);
        item.maker = me;
        bool wake = false;
        {
          std::lock_guard lk(state_m_);
          ring_[seq % ring_.size()] = std::move(item);
          wake = writer_waiting_ && seq == write_seq_;
        }
        if (wake) write_cv_.notify_one();
        ++seq;
      }
      if (finished) return;
    }
  }

  // Delivers `ready` in order, then frees its slots. Returns false when the
  // pipeline must stop.
  bool deliver_ready(std::vector<Item>& ready, PipelineResult& result) {
    bool go_on = true;
    for (auto& item : ready) {
      tally_.settle(item);
      if (!(go_on = deliver(item, handlers_, result))) break;
    }
    const std::size_t done = ready.size();
    bool wake = false;
    {
      std::lock_guard lk(state_m_);
      // A failed callback stops the helpers before the slots are freed: else
      // they could reserve and read the freed room before run() says stop.
      if (!go_on) stop_ = true;
      for (auto& item : ready) {
        if (item.maker != 0 && spent_[item.maker].size() < spent_cap_) spent_[item.maker].push_back(std::move(item));
      }
      in_flight_ -= done;
      wake = space_waiters_ > 0 && (stop_ || room_locked());
    }
    ready.clear();  // the caller's own records, and the shells of the moved ones
    if (wake) space_cv_.notify_all();
    return go_on;
  }

  // The calling thread: it hands every consecutive finished record to the
  // callbacks, in sequence order, and between those it reads and extracts
  // batches itself, delivering each of its own records as soon as it is
  // done (so a slow record of its batch holds back no more than itself). It
  // sleeps only when it can do neither: the ring has no room for a batch (or
  // reading is over) and the next record is still being extracted.
  PipelineResult lead() {
    PipelineResult result;
    std::vector<Item> ready;
    std::vector<Item> items;
    for (;;) {
      std::size_t reserved = 0;
      {
        std::unique_lock lk(state_m_);
        take_ready_locked(ready);
        if (ready.empty()) {
          if (!reading_done_ && room_locked()) {
            reserved = reserve_locked();
          } else if (reading_done_ && write_seq_ == total_) {
            break;  // every record handed over
          } else {
            writer_waiting_ = true;
            write_cv_.wait(lk, [&] {
              return ring_[write_seq_ % ring_.size()].has_value() || (reading_done_ && write_seq_ == total_);
            });
            writer_waiting_ = false;
            continue;
          }
        }
      }
      if (reserved == 0) {
        if (!deliver_ready(ready, result)) break;
        continue;
      }
      std::uint64_t seq = 0;
      read_batch(reserved, items, seq);
      bool go_on = true;
      for (auto& item : items) {
        parse_taken(source_, item);
        if (item.kind == Kind::document) extract_into(extract_, item);
        {
          std::lock_guard lk(state_m_);
          ring_[seq % ring_.size()] = std::move(item);
          take_ready_locked(ready);
        }
        ++seq;
        if (!ready.empty() && !(go_on = deliver_ready(ready, result))) break;
      }
      if (!go_on) break;
    }
    return result;
  }

  // A batch stops growing once it holds this much text, so large articles
  // are spread over the threads instead of queued behind one.
  static constexpr std::size_t kBatchBytes = 64 * 1024;

  DocumentSource& source_;
  const ExtractFn& extract_;
  const PipelineHandlers& handlers_;
  const std::function<bool()>& stop_requested_;
  const unsigned threads_;
  const std::size_t batch_;
  const bool split_;   // the source offers take()/parse(): records are parsed off its lock
  ParseTally tally_;   // the caller's only

  std::mutex source_m_;           // guards source_, next_seq_, source_finished_, interrupted_
  bool source_finished_ = false;
  bool interrupted_ = false;      // reading ended because stop_requested_ said so (read by run() after the joins)
  std::uint64_t next_seq_ = 0;

  std::mutex state_m_;            // guards everything below; taken after source_m_ when both are held
  std::condition_variable space_cv_;  // helpers: room for a batch / stop / reading done
  std::condition_variable write_cv_;  // the caller: the next record parked / reading done
  std::vector<std::optional<Item>> ring_;
  std::vector<std::vector<Item>> spent_;  // per helper: its records written, for it to free
  const std::size_t spent_cap_;           // past this many in a list, the caller frees them itself
  std::size_t in_flight_ = 0;     // reserved, read or parked, not yet delivered
  std::size_t peak_in_flight_ = 0;
  std::uint64_t write_seq_ = 0;   // the next sequence number to deliver
  std::uint64_t total_ = 0;       // records in the stream, once reading_done_
  int space_waiters_ = 0;         // helpers asleep on space_cv_
  bool writer_waiting_ = false;   // the caller is asleep on write_cv_
  bool reading_done_ = false;
  bool stop_ = false;
};

}  // namespace

unsigned default_thread_count() { return std::max(1u, std::thread::hardware_concurrency()); }

PipelineResult run_pipeline(DocumentSource& source, const ExtractFn& extract, const PipelineOptions& opts,
                            const PipelineHandlers& handlers) {
  if (opts.threads <= 1) return run_sequential(source, extract, handlers, opts.stop_requested);
  std::size_t capacity = opts.max_in_flight ? opts.max_in_flight : kInFlightPerThread * opts.threads;
  capacity = std::max<std::size_t>(capacity, 1);
  // At least two batches per thread fit in the window, so every thread can have one being
  // extracted and one parked while the caller delivers.
  const std::size_t batch = std::clamp<std::size_t>(capacity / (2 * opts.threads), 1, kMaxBatch);
  Parallel p(source, extract, handlers, opts.threads, capacity, batch, opts.stop_requested);
  return p.run();
}

}  // namespace salvo::app
