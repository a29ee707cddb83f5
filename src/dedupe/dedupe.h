// dedupe/dedupe.h — cross-article deduplication: many reports of one strike -> one record.
//
// Owns: the rule that decides whether two events describe the same strike
// (compatible()), the merge of a group of such events into one record
// (merge_events()), cluster ids, and the streaming Deduplicator that applies
// both to a stream of per-article events with memory bounded by a date window.
// The full contract for users is docs/DEDUPE.md; in short:
//
//   * Two events can be one strike only if they have the same event_type (or family) and
//     country, weapons that are equal or one `unknown`, actors that are equal
//     or one null, dates whose ranges overlap (a day is one day, a week seven,
//     a month its days, `unknown` the publication day and the
//     `unknown_days_back` days before it), places within `max_km` km (or the
//     same GeoNames id; a region or country covers the places inside it, but
//     then an `unknown` date gets no slack), and they come from different
//     documents.
//   * A cluster is a set of events that are pairwise compatible (complete
//     linkage). An event joins the best compatible open cluster, else starts
//     a new one. Clusters never merge with each other later.
//   * A cluster's id is the event_id of its first member (in input order), so
//     it is known the moment an event is added and never changes: annotate
//     mode can write each event at once, in input order.
//   * The window: a cluster stays open while the latest day any of its members
//     can fall on is within `window_days` of the newest event date seen so far.
//     Input is assumed to be roughly in date order; an event older than the
//     window cannot join a cluster that was already written.
//
// Usage (this is what `salvo dedupe` and `salvo extract --dedupe` do):
//
//   salvo::Deduplicator dd({.window_days = 3}, salvo::DedupeMode::merge);
//   for (Event& e : events)
//     for (salvo::TracedEvent& out : dd.add(std::move(e))) write(out);
//   for (salvo::TracedEvent& out : dd.finish()) write(out);
//
// Nothing here throws; events whose date cannot be parsed pass through as
// clusters of their own.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/event.h"
#include "core/status.h"

namespace salvo {

struct DedupeOptions {
  int window_days = 3;         // clusters stay open this many days behind the newest date seen
  double max_km = 5.0;         // two points farther apart than this are different places
  int unknown_days_back = 2;   // date precision `unknown`: the strike fell on value-N .. value
};

enum class DedupeMode {
  merge,     // one record per cluster, written when the cluster leaves the window
  annotate,  // every input event written at once, unchanged but for cluster_id
};

// An event together with the document each of its evidence spans belongs to.
// Evidence offsets only mean something in their own document, and a merged
// event's evidence comes from several. merge_events() sets it in both places:
// core's Evidence::doc_id and evidence_docs[i] (parallel to event.evidence;
// an empty vector or entry means "look at Evidence::doc_id, else
// event.doc_id"). In JSON it is the "doc_id" key of each evidence object;
// to_json(const TracedEvent&) writes it on every span, core's to_json(Event)
// only where Evidence::doc_id is set.
struct TracedEvent {
  Event event;
  std::vector<std::string> evidence_docs;

  // The doc id of evidence i, whichever way it is stored.
  const std::string& evidence_doc(std::size_t i) const;
};

// JSON form: to_json(event) plus "doc_id" on every evidence object.
nlohmann::json to_json(const TracedEvent& t);
// Reads what to_json(TracedEvent) or core's to_json(Event) wrote.
Result<TracedEvent> traced_event_from_json(const nlohmann::json& j);

// ---------------------------------------------------------------------------
// The pairwise rule (exposed for tests and for explaining decisions).

// Closed range of days (days since 1970-01-01) a date can fall on.
struct DayRange {
  long lo = 0;
  long hi = 0;
};
// nullopt when date.value is not a valid YYYY-MM-DD.
std::optional<DayRange> date_range(const EventDate& date, const DedupeOptions& opts);

// The blocking key: events with different keys never merge. It is
// "<event_type family>|<country>" (country "" when the place is unresolved; suicide_bomb is of
// remote_explosive's family: one outlet's suicide truck bomb is another's truck bomb); events
// without a location get a key of their own ("<event_type>|#<event_id>"), so
// they never merge with anything.
std::string cluster_key(const Event& e);

bool weapons_agree(const Event& a, const Event& b);
bool actors_agree(const Event& a, const Event& b);
// Whether the date ranges overlap (with the `unknown` slack).
bool dates_agree(const Event& a, const Event& b, const DedupeOptions& opts);
bool places_agree(const Event& a, const Event& b, const DedupeOptions& opts);
// The same key, weapons, actors and places that agree, no document in common,
// and dates that agree; when the places match only by region or country (one
// of them is `admin1` or `country` precision), an `unknown` date gets no
// slack: it must be the other's day.
bool compatible(const Event& a, const Event& b, const DedupeOptions& opts);

// ---------------------------------------------------------------------------
// Merging.

// The cluster id an event gives the cluster it starts: its event_id, or, for
// a record that is already merged (non-empty sources), the cluster_id it
// carries, so deduplicating merged output again keeps its cluster ids.
const std::string& cluster_origin_id(const Event& e);

// The id of a record merged from events with these source event ids: the ids
// are sorted, joined with '\n' and hashed (64-bit FNV-1a), "m" + 16 hex
// digits. A single id is returned unchanged.
std::string merged_event_id(std::vector<std::string> source_event_ids);

// Merges pairwise-compatible events (in input order) into one record; the
// rules for each field are in docs/DEDUPE.md. cluster_id is
// cluster_origin_id() of the first member, as Deduplicator assigns it. An
// empty input returns an empty event.
TracedEvent merge_events(const std::vector<TracedEvent>& members);

// ---------------------------------------------------------------------------
// Streaming.

struct DedupeStats {
  std::uint64_t events_in = 0;
  std::uint64_t records_out = 0;      // merge: clusters written; annotate: events written
  std::uint64_t clusters = 0;         // clusters made
  std::uint64_t merged_clusters = 0;  // clusters with more than one member
  std::uint64_t undated = 0;          // events whose date could not be parsed
  std::uint64_t late = 0;             // events older than the window when they arrived
  std::uint64_t max_open = 0;         // most clusters open at once
};

class Deduplicator {
 public:
  explicit Deduplicator(DedupeOptions opts = {}, DedupeMode mode = DedupeMode::merge);

  // Feeds one event (in input order) and returns what is ready to write:
  // annotate mode returns the event itself with cluster_id set; merge mode
  // returns the clusters that left the window (possibly none), oldest-created
  // first.
  std::vector<TracedEvent> add(TracedEvent e);
  std::vector<TracedEvent> add(Event e) { return add(TracedEvent{std::move(e), {}}); }
  // Closes every open cluster; merge mode returns them, oldest-created first.
  std::vector<TracedEvent> finish();

  const DedupeStats& stats() const { return stats_; }
  std::size_t open_clusters() const { return open_.size(); }

  // Everything the next add() depends on (the open clusters with their
  // members, the newest date seen, the counters) as JSON, and back: a
  // Deduplicator given restore_state(other.save_state()) writes exactly what
  // `other` would. `salvo extract --resume` keeps it in its checkpoint.
  // restore_state refuses a state saved with other options or another mode.
  nlohmann::json save_state() const;
  Status restore_state(const nlohmann::json& state);

 private:
  struct Cluster {
    std::uint64_t seq = 0;
    std::string id;
    std::string key;
    DayRange range;       // intersection of the members' ranges
    long last_day = 0;    // latest day any member can fall on
    std::optional<std::string> actor;
    std::optional<Weapon> weapon;  // the known weapon; none while all are unknown
    std::vector<TracedEvent> members;  // annotate mode keeps no evidence
    std::vector<DayRange> ranges;      // date_range() of each member
  };

  int score(const Cluster& c, const Event& e, const DayRange& r) const;
  void evict(long before_day, std::vector<TracedEvent>& out);
  void close(std::uint64_t seq, std::vector<TracedEvent>& out);

  DedupeOptions opts_;
  DedupeMode mode_;
  DedupeStats stats_;
  std::uint64_t next_seq_ = 0;
  std::optional<long> newest_;
  std::map<std::uint64_t, Cluster> open_;  // by creation order (nodes never move)
  std::unordered_map<std::string, std::vector<Cluster*>> by_key_;  // each in creation order
};

}  // namespace salvo
