// dedupe/dedupe.cpp — see dedupe.h and docs/DEDUPE.md.
#include "dedupe/dedupe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/geo.h"
#include "core/hash.h"

namespace salvo {

using nlohmann::json;

namespace {

bool unknown_weapon(Weapon w) { return w == Weapon::unknown; }

// A bombing on the ground is reported as a suicide bombing by one outlet and as a car or truck
// bomb by another (whether the driver died is often unknown at first): for deduplication the two
// kinds, and their devices, are one family. Every other kind stays apart.
EventType kind_family(EventType t) { return t == EventType::suicide_bomb ? EventType::remote_explosive : t; }
Weapon weapon_family(Weapon w) { return w == Weapon::suicide_vest ? Weapon::ied : w; }

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

enum class Level { point, admin1, country };

Level level_of(const Location& l) {
  if (l.precision == LocationPrecision::country) return Level::country;
  if (l.precision == LocationPrecision::admin1) return Level::admin1;
  return Level::point;  // exact, near, or unstated
}

// -1: different places; else how closely they match: 3 same GeoNames id,
// 2 same point (within max_km, or same name), 1 same region, 0 same country.
int place_match(const Location& a, const Location& b, const DedupeOptions& opts) {
  if (a.country != b.country) return -1;
  const Level la = level_of(a), lb = level_of(b);
  if (la == Level::country || lb == Level::country) return 0;
  if (la == Level::admin1 || lb == Level::admin1) {
    if (!a.admin1.empty() && lower_ascii(a.admin1) == lower_ascii(b.admin1)) return 1;
    if (la == Level::admin1 && lb == Level::admin1) {
      // Two regions with no admin1 code (e.g. "Donbas"): the same entry or name.
      if (a.geonames_id && a.geonames_id == b.geonames_id) return 1;
      if (!a.name.empty() && lower_ascii(a.name) == lower_ascii(b.name)) return 1;
    }
    return -1;
  }
  if (a.geonames_id && b.geonames_id && *a.geonames_id == *b.geonames_id) return 3;
  if (a.latitude && a.longitude && b.latitude && b.longitude) {
    // The latitude difference alone bounds the distance from below: a cheap no.
    if (std::abs(*a.latitude - *b.latitude) * 111.19 > opts.max_km) return -1;
    return haversine_km(*a.latitude, *a.longitude, *b.latitude, *b.longitude) <= opts.max_km ? 2 : -1;
  }
  if (a.geonames_id && b.geonames_id) return -1;  // different entries, nothing to measure
  const std::string na = lower_ascii(a.name.empty() ? a.surface : a.name);
  const std::string nb = lower_ascii(b.name.empty() ? b.surface : b.name);
  return !na.empty() && na == nb ? 2 : -1;
}

int place_match(const Event& a, const Event& b, const DedupeOptions& opts) {
  if (!a.location || !b.location) return -1;
  return place_match(*a.location, *b.location, opts);
}

// Calls f(doc_id) for each document an event was read from (several for an
// already merged one) until f returns true.
template <typename F>
bool any_doc(const Event& e, F f) {
  if (e.sources.empty()) return !e.doc_id.empty() && f(e.doc_id);
  for (const auto& s : e.sources)
    if (!s.doc_id.empty() && f(s.doc_id)) return true;
  return false;
}

bool share_document(const Event& a, const Event& b) {
  return any_doc(a, [&](const std::string& x) { return any_doc(b, [&](const std::string& y) { return x == y; }); });
}

std::optional<DayRange> intersect(const DayRange& a, const DayRange& b) {
  DayRange r{std::max(a.lo, b.lo), std::min(a.hi, b.hi)};
  if (r.lo > r.hi) return std::nullopt;
  return r;
}

// Dates of a pair whose places match with score `place`: an undated report
// (precision unknown) reaches back unknown_days_back days only when the place
// pins it down (same point); a match by region or country alone must fall on
// the publication day itself. `slack` is date_range(); for `unknown` dates the
// range without slack is its last day.
bool pair_dates_agree(const EventDate& a, const DayRange& ra, const EventDate& b, const DayRange& rb, int place) {
  if (place >= 2) return intersect(ra, rb).has_value();
  const DayRange ta = a.precision == DatePrecision::unknown ? DayRange{ra.hi, ra.hi} : ra;
  const DayRange tb = b.precision == DatePrecision::unknown ? DayRange{rb.hi, rb.hi} : rb;
  return intersect(ta, tb).has_value();
}

int date_rank(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return 0;
    case DatePrecision::week: return 1;
    case DatePrecision::month: return 2;
    case DatePrecision::unknown: return 3;
    case DatePrecision::none: break;
  }
  return 0;  // unstated precision is read as a day (see date_range)
}

int place_rank(const std::optional<Location>& l) {
  if (!l) return 9;
  int r = 0;
  if (l->precision == LocationPrecision::near) r = 1;
  else if (l->precision == LocationPrecision::admin1) r = 2;
  else if (l->precision == LocationPrecision::country) r = 3;
  // Among equals, a resolved place (GeoNames id, then coordinates) wins.
  return r * 3 + (l->geonames_id ? 0 : l->latitude ? 1 : 2);
}

int outcome_rank(Outcome o) {
  switch (o) {
    case Outcome::hit: return 0;
    case Outcome::intercepted: return 1;
    case Outcome::unknown: break;
  }
  return 2;
}

std::optional<Count> merge_counts(const std::optional<Count>& a, const std::optional<Count>& b) {
  if (!a) return b;
  if (!b) return a;
  Count c;
  c.min = std::min(a->min, b->min);
  if (a->max && b->max) c.max = std::max(*a->max, *b->max);
  // One open upper bound ("at least 5") leaves the merged one open.
  return c;
}

}  // namespace

const std::string& cluster_origin_id(const Event& e) {
  if (!e.sources.empty() && !e.cluster_id.empty()) return e.cluster_id;
  return e.event_id;
}

// ---------------------------------------------------------------------------

const std::string& TracedEvent::evidence_doc(std::size_t i) const {
  if (i < evidence_docs.size() && !evidence_docs[i].empty()) return evidence_docs[i];
  if (i < event.evidence.size() && !event.evidence[i].doc_id.empty()) return event.evidence[i].doc_id;
  return event.doc_id;
}

json to_json(const TracedEvent& t) {
  json j = to_json(t.event);
  // A per-article record's evidence is all in its own document: it is written
  // exactly as `salvo extract` writes it, so `extract --no-cluster-ids | dedupe
  // --annotate` equals `extract`. Only merged records name each span's document.
  if (t.event.sources.empty()) return j;
  auto& ev = j["evidence"];
  for (std::size_t i = 0; i < ev.size() && i < t.event.evidence.size(); ++i) ev[i]["doc_id"] = t.evidence_doc(i);
  return j;
}

Result<TracedEvent> traced_event_from_json(const json& j) {
  auto e = event_from_json(j);
  if (!e.ok()) return e.status();
  TracedEvent t{std::move(e).value(), {}};
  if (j.contains("evidence") && j.at("evidence").is_array()) {
    const auto& ev = j.at("evidence");
    bool any = false;
    std::vector<std::string> docs(t.event.evidence.size());
    for (std::size_t i = 0; i < ev.size() && i < docs.size(); ++i) {
      if (ev[i].is_object() && ev[i].contains("doc_id") && ev[i].at("doc_id").is_string()) {
        docs[i] = ev[i].at("doc_id").get<std::string>();
        any = true;
      }
    }
    if (any) t.evidence_docs = std::move(docs);
  }
  return t;
}

// ---------------------------------------------------------------------------

std::optional<DayRange> date_range(const EventDate& date, const DedupeOptions& opts) {
  const auto d = parse_iso_date(date.value);
  if (!d) return std::nullopt;
  const long day = d->days();
  if (date.precision == DatePrecision::week) return DayRange{day, day + 6};
  if (date.precision == DatePrecision::month)
    return DayRange{day, Date{d->year, d->month, days_in_month(d->year, d->month)}.days()};
  if (date.precision == DatePrecision::unknown) return DayRange{day - std::max(0, opts.unknown_days_back), day};
  return DayRange{day, day};
}

std::string cluster_key(const Event& e) {
  const std::string type(to_string(kind_family(e.event_type)));
  if (!e.location) return type + "|#" + e.event_id;
  return type + "|" + e.location->country;
}

bool weapons_agree(const Event& a, const Event& b) {
  return unknown_weapon(a.weapon) || unknown_weapon(b.weapon) || weapon_family(a.weapon) == weapon_family(b.weapon);
}

bool actors_agree(const Event& a, const Event& b) { return !a.actor || !b.actor || *a.actor == *b.actor; }

bool dates_agree(const Event& a, const Event& b, const DedupeOptions& opts) {
  const auto ra = date_range(a.date, opts), rb = date_range(b.date, opts);
  return ra && rb && intersect(*ra, *rb).has_value();
}

bool places_agree(const Event& a, const Event& b, const DedupeOptions& opts) { return place_match(a, b, opts) >= 0; }

bool compatible(const Event& a, const Event& b, const DedupeOptions& opts) {
  if (cluster_key(a) != cluster_key(b) || !weapons_agree(a, b) || !actors_agree(a, b) || share_document(a, b))
    return false;
  const int place = place_match(a, b, opts);
  const auto ra = date_range(a.date, opts), rb = date_range(b.date, opts);
  return place >= 0 && ra && rb && pair_dates_agree(a.date, *ra, b.date, *rb, place);
}

// ---------------------------------------------------------------------------

// The kind most members give (the first member's on a tie: kinds of one family may meet in a
// cluster), with the weapon of the first member of that kind that names one.
void choose_kind(const std::vector<TracedEvent>& members, Event& m) {
  std::map<EventType, int> votes;
  for (const TracedEvent& t : members) ++votes[t.event.event_type];
  EventType best = m.event_type;
  for (const TracedEvent& t : members)
    if (votes[t.event.event_type] > votes[best]) best = t.event.event_type;
  if (best == m.event_type) return;
  m.event_type = best;
  for (const TracedEvent& t : members)
    if (t.event.event_type == best && !unknown_weapon(t.event.weapon)) {
      m.weapon = t.event.weapon;
      break;
    }
}

std::string merged_event_id(std::vector<std::string> ids) {
  if (ids.size() == 1) return ids.front();
  std::sort(ids.begin(), ids.end());
  std::uint64_t h = kFnvOffset;  // of the ids joined by newlines
  bool first = true;
  for (const auto& id : ids) {
    if (!first) h = fnv1a(h, "\n");
    first = false;
    h = fnv1a(h, id);
  }
  std::string id = "m";  // (not "m" + hex64(h): GCC 12 warns falsely, -Wrestrict, bug 105329)
  id += hex64(h);
  return id;
}

TracedEvent merge_events(const std::vector<TracedEvent>& members) {
  TracedEvent out;
  if (members.empty()) return out;
  const Event& first = members.front().event;
  Event& m = out.event;
  m.doc_id = first.doc_id;
  m.event_type = first.event_type;
  m.weapon = first.weapon;
  m.date = first.date;
  m.location = first.location;
  m.source_url = first.source_url;
  m.title = first.title;
  m.outcome = first.outcome;
  m.confidence = first.confidence;
  m.cluster_id = cluster_origin_id(first);

  std::set<std::string> rules;
  std::set<std::tuple<std::string, std::size_t, std::size_t>> seen_evidence;
  bool have_killed = false, have_injured = false;
  for (const TracedEvent& t : members) {
    const Event& e = t.event;
    if (unknown_weapon(m.weapon) && !unknown_weapon(e.weapon)) m.weapon = e.weapon;
    if (!m.actor && e.actor) {
      m.actor = e.actor;
      m.actor_text = e.actor_text;
    }
    const bool typed = e.target.type != TargetType::none && e.target.type != TargetType::unknown;
    const bool m_typed = m.target.type != TargetType::none && m.target.type != TargetType::unknown;
    if ((typed && !m_typed) || (m.target.text.empty() && m.target.type == TargetType::none)) m.target = e.target;
    if (date_rank(e.date.precision) < date_rank(m.date.precision)) m.date = e.date;
    if (place_rank(e.location) < place_rank(m.location)) m.location = e.location;
    if (outcome_rank(e.outcome) < outcome_rank(m.outcome)) m.outcome = e.outcome;
    m.confidence = std::max(m.confidence, e.confidence);
    if (e.killed) {
      m.killed = have_killed ? merge_counts(m.killed, e.killed) : e.killed;
      have_killed = true;
    }
    if (e.injured) {
      m.injured = have_injured ? merge_counts(m.injured, e.injured) : e.injured;
      have_injured = true;
    }
    rules.insert(e.rules.begin(), e.rules.end());
    for (std::size_t i = 0; i < e.evidence.size(); ++i) {
      const std::string& doc = t.evidence_doc(i);
      if (!seen_evidence.emplace(doc, e.evidence[i].start, e.evidence[i].end).second) continue;
      Evidence ev = e.evidence[i];
      ev.doc_id = doc;
      m.evidence.push_back(std::move(ev));
      out.evidence_docs.push_back(doc);
    }
    if (e.sources.empty()) {
      m.sources.push_back({e.doc_id, e.event_id, e.source_url});
    } else {
      m.sources.insert(m.sources.end(), e.sources.begin(), e.sources.end());
    }
  }
  m.rules.assign(rules.begin(), rules.end());
  choose_kind(members, m);
  std::vector<std::string> ids;
  for (const auto& s : m.sources) ids.push_back(s.event_id);
  m.event_id = members.size() == 1 ? first.event_id : merged_event_id(std::move(ids));
  return out;
}

// ---------------------------------------------------------------------------

Deduplicator::Deduplicator(DedupeOptions opts, DedupeMode mode) : opts_(opts), mode_(mode) {}

int Deduplicator::score(const Cluster& c, const Event& e, const DayRange& r) const {
  if (!unknown_weapon(e.weapon) && c.weapon && weapon_family(e.weapon) != weapon_family(*c.weapon)) return -1;
  if (e.actor && c.actor && *e.actor != *c.actor) return -1;
  const auto both = intersect(c.range, r);
  if (!both) return -1;
  int best_place = -1;
  for (std::size_t i = 0; i < c.members.size(); ++i) {
    const Event& m = c.members[i].event;
    const int p = place_match(m, e, opts_);
    if (p < 0 || !pair_dates_agree(m.date, c.ranges[i], e.date, r, p) || share_document(m, e)) return -1;
    best_place = std::max(best_place, p);
  }
  return best_place * 10 + (both->lo == both->hi ? 1 : 0);
}

std::vector<TracedEvent> Deduplicator::add(TracedEvent t) {
  std::vector<TracedEvent> out;
  ++stats_.events_in;
  Event& e = t.event;
  const auto r = date_range(e.date, opts_);
  if (!r) {
    // Undated: a cluster of its own, written at once.
    ++stats_.undated;
    ++stats_.clusters;
    ++stats_.records_out;
    e.cluster_id = cluster_origin_id(e);
    out.push_back(mode_ == DedupeMode::merge ? merge_events({t}) : std::move(t));
    return out;
  }
  const long anchor = e.date.precision == DatePrecision::unknown ? r->hi : r->lo;
  bool newer = false;
  if (!newest_ || anchor > *newest_) {
    newest_ = anchor;
    newer = true;
  }
  const long cutoff = *newest_ - opts_.window_days;
  if (r->hi < cutoff) ++stats_.late;

  const std::string key = cluster_key(e);
  Cluster* best = nullptr;
  int best_score = -1;
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    for (Cluster* c : it->second) {  // creation order: ties go to the oldest
      const int s = score(*c, e, *r);
      if (s > best_score) {
        best_score = s;
        best = c;
      }
    }
  }
  if (best == nullptr) {
    Cluster c;
    c.seq = next_seq_++;
    c.id = cluster_origin_id(e);
    c.key = key;
    c.range = *r;
    c.last_day = r->hi;
    ++stats_.clusters;
    const std::uint64_t seq = c.seq;
    best = &open_.emplace(seq, std::move(c)).first->second;
    by_key_[key].push_back(best);
  } else {
    best->range = *intersect(best->range, *r);
    best->last_day = std::max(best->last_day, r->hi);
  }
  if (!best->actor && e.actor) best->actor = e.actor;
  if (!best->weapon && !unknown_weapon(e.weapon)) best->weapon = e.weapon;
  e.cluster_id = best->id;

  const std::uint64_t touched = best->seq;
  const bool stale = best->last_day < cutoff;
  if (mode_ == DedupeMode::annotate) {
    // Keep only what later comparisons need; write the event now.
    TracedEvent light;
    light.event.event_id = e.event_id;
    light.event.doc_id = e.doc_id;
    light.event.location = e.location;
    light.event.date = e.date;
    light.event.sources = e.sources;
    best->members.push_back(std::move(light));
    best->ranges.push_back(*r);
    ++stats_.records_out;
    out.push_back(std::move(t));
  } else {
    best->members.push_back(std::move(t));
    best->ranges.push_back(*r);
  }
  if (newer) evict(cutoff, out);
  else if (stale) close(touched, out);
  stats_.max_open = std::max<std::uint64_t>(stats_.max_open, open_.size());
  return out;
}

void Deduplicator::evict(long before_day, std::vector<TracedEvent>& out) {
  std::vector<std::uint64_t> gone;
  for (const auto& [seq, c] : open_)
    if (c.last_day < before_day) gone.push_back(seq);
  for (std::uint64_t seq : gone) close(seq, out);
}

void Deduplicator::close(std::uint64_t seq, std::vector<TracedEvent>& out) {
  auto it = open_.find(seq);
  if (it == open_.end()) return;
  Cluster& c = it->second;
  if (c.members.size() > 1) ++stats_.merged_clusters;
  if (mode_ == DedupeMode::merge) {
    out.push_back(merge_events(c.members));
    ++stats_.records_out;
  }
  auto& keyed = by_key_[c.key];
  keyed.erase(std::remove(keyed.begin(), keyed.end(), &c), keyed.end());
  if (keyed.empty()) by_key_.erase(c.key);
  open_.erase(it);
}

std::vector<TracedEvent> Deduplicator::finish() {
  std::vector<TracedEvent> out;
  std::vector<std::uint64_t> all;
  for (const auto& kv : open_) all.push_back(kv.first);
  for (std::uint64_t seq : all) close(seq, out);
  newest_.reset();
  return out;
}

// ---------------------------------------------------------------------------
// State for checkpoints. Members are written with core's to_json(Event) plus
// their evidence_docs, so that they come back exactly as they were (to_json of
// a TracedEvent would name a document on every span).

namespace {

json options_json(const DedupeOptions& o, DedupeMode mode) {
  return {{"window_days", o.window_days},
          {"max_km", o.max_km},
          {"unknown_days_back", o.unknown_days_back},
          {"mode", mode == DedupeMode::merge ? "merge" : "annotate"}};
}

json stats_json(const DedupeStats& s) {
  return {{"events_in", s.events_in}, {"records_out", s.records_out}, {"clusters", s.clusters},
          {"merged_clusters", s.merged_clusters}, {"undated", s.undated}, {"late", s.late},
          {"max_open", s.max_open}};
}

DedupeStats stats_from(const json& j) {
  DedupeStats s;
  s.events_in = j.at("events_in").get<std::uint64_t>();
  s.records_out = j.at("records_out").get<std::uint64_t>();
  s.clusters = j.at("clusters").get<std::uint64_t>();
  s.merged_clusters = j.at("merged_clusters").get<std::uint64_t>();
  s.undated = j.at("undated").get<std::uint64_t>();
  s.late = j.at("late").get<std::uint64_t>();
  s.max_open = j.at("max_open").get<std::uint64_t>();
  return s;
}

json member_json(const TracedEvent& t) { return {{"event", to_json(t.event)}, {"evidence_docs", t.evidence_docs}}; }

Result<TracedEvent> member_from(const json& j) {
  auto e = event_from_json(j.at("event"));
  if (!e.ok()) return e.status();
  return TracedEvent{std::move(e).value(), j.at("evidence_docs").get<std::vector<std::string>>()};
}

}  // namespace

json Deduplicator::save_state() const {
  json clusters = json::array();
  for (const auto& [seq, c] : open_) {
    json members = json::array(), ranges = json::array();
    for (const auto& m : c.members) members.push_back(member_json(m));
    for (const auto& r : c.ranges) ranges.push_back({r.lo, r.hi});
    clusters.push_back({{"seq", c.seq}, {"id", c.id}, {"key", c.key}, {"range", {c.range.lo, c.range.hi}},
                        {"last_day", c.last_day}, {"actor", c.actor ? json(*c.actor) : json(nullptr)},
                        {"weapon", c.weapon ? to_string(*c.weapon) : std::string_view()}, {"members", std::move(members)}, {"ranges", std::move(ranges)}});
  }
  return {{"options", options_json(opts_, mode_)},
          {"stats", stats_json(stats_)},
          {"next_seq", next_seq_},
          {"newest", newest_ ? json(*newest_) : json(nullptr)},
          {"clusters", std::move(clusters)}};
}

Status Deduplicator::restore_state(const json& state) {
  try {
    if (state.at("options") != options_json(opts_, mode_))
      return Status::error("the dedupe state was saved with other options: " + state.at("options").dump());
    std::map<std::uint64_t, Cluster> open;
    for (const auto& cj : state.at("clusters")) {
      Cluster c;
      c.seq = cj.at("seq").get<std::uint64_t>();
      c.id = cj.at("id").get<std::string>();
      c.key = cj.at("key").get<std::string>();
      c.range = {cj.at("range").at(0).get<long>(), cj.at("range").at(1).get<long>()};
      c.last_day = cj.at("last_day").get<long>();
      if (cj.at("actor").is_string()) c.actor = cj.at("actor").get<std::string>();
      if (const auto w = cj.at("weapon").get<std::string>(); !w.empty()) {
        auto weapon = parse_weapon(w);
        if (!weapon.ok()) return Status::error("dedupe state: " + weapon.status().message());
        c.weapon = weapon.value();
      }
      for (const auto& mj : cj.at("members")) {
        auto m = member_from(mj);
        if (!m.ok()) return m.status();
        c.members.push_back(std::move(m).value());
      }
      for (const auto& rj : cj.at("ranges")) c.ranges.push_back({rj.at(0).get<long>(), rj.at(1).get<long>()});
      if (c.ranges.size() != c.members.size()) return Status::error("dedupe state: a cluster's ranges and members differ");
      const std::uint64_t seq = c.seq;
      open.emplace(seq, std::move(c));
    }
    stats_ = stats_from(state.at("stats"));
    next_seq_ = state.at("next_seq").get<std::uint64_t>();
    newest_.reset();
    if (state.at("newest").is_number_integer()) newest_ = state.at("newest").get<long>();
    open_ = std::move(open);
    by_key_.clear();
    for (auto& [seq, c] : open_) by_key_[c.key].push_back(&c);  // map order = creation order
    return {};
  } catch (const json::exception& e) {
    return Status::error(std::string("not a dedupe state: ") + e.what());
  }
}

}  // namespace salvo
