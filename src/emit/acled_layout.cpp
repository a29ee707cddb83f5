#include "emit/acled_layout.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/utf8.h"
#include "emit/flat_row.h"

namespace salvo {

namespace {

enum Col : std::size_t {
  kEventIdCnty, kEventDate, kYear, kTimePrecision, kDisorderType, kEventType, kSubEventType, kActor1,
  kAssocActor1, kInter1, kActor2, kAssocActor2, kInter2, kInteraction, kCivilianTargeting, kIso, kRegion,
  kCountry, kAdmin1, kAdmin2, kAdmin3, kLocation, kLatitude, kLongitude, kGeoPrecision, kSource,
  kSourceScale, kNotes, kFatalities, kTags, kTimestamp, kCount
};

constexpr std::array<Column, kCount> kAcledColumns = {{
    {"event_id_cnty", CellKind::text, 26},
    {"event_date", CellKind::date, 11},
    {"year", CellKind::integer, 6},
    {"time_precision", CellKind::integer, 6},
    {"disorder_type", CellKind::text, 16},
    {"event_type", CellKind::text, 24},
    {"sub_event_type", CellKind::text, 30},
    {"actor1", CellKind::text, 36},
    {"assoc_actor_1", CellKind::text, 16},
    {"inter1", CellKind::integer, 6},
    {"actor2", CellKind::text, 24},
    {"assoc_actor_2", CellKind::text, 16},
    {"inter2", CellKind::integer, 6},
    {"interaction", CellKind::integer, 8},
    {"civilian_targeting", CellKind::text, 18},
    {"iso", CellKind::integer, 5},
    {"region", CellKind::text, 16},
    {"country", CellKind::text, 16},
    {"admin1", CellKind::text, 16},
    {"admin2", CellKind::text, 14},
    {"admin3", CellKind::text, 14},
    {"location", CellKind::text, 22},
    {"latitude", CellKind::real, 10},
    {"longitude", CellKind::real, 10},
    {"geo_precision", CellKind::integer, 6},
    {"source", CellKind::text, 22},
    {"source_scale", CellKind::text, 12},
    {"notes", CellKind::text, 80},
    {"fatalities", CellKind::integer, 8},
    {"tags", CellKind::text, 26},
    {"timestamp", CellKind::integer, 12},
}};
static_assert(kAcledColumns[kTimestamp].name == "timestamp" && kAcledColumns[kNotes].name == "notes",
              "Col and kAcledColumns disagree");

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

std::string long_date(const Date& d) {
  return std::to_string(d.day) + " " + std::string(kMonths[static_cast<std::size_t>(d.month - 1)]) + " " +
         std::to_string(d.year);
}

std::string date_phrase(const EventDate& date) {
  const auto d = parse_iso_date(date.value);
  if (!d) return {};
  if (date.precision == DatePrecision::day) return "On " + long_date(*d) + ", ";
  if (date.precision == DatePrecision::week) return "In the week of " + long_date(*d) + ", ";
  if (date.precision == DatePrecision::month)
    return "In " + std::string(kMonths[static_cast<std::size_t>(d->month - 1)]) + " " + std::to_string(d->year) + ", ";
  return "On or before " + long_date(*d) + ", ";
}

// Each run of blanks (spaces, tabs, line breaks) as one space, none at the ends.
std::string fold_blanks(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// `s` cut to at most `limit` bytes at the last space (or a character boundary), with "…".
std::string cut_at_word(std::string s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // not inside a character
  if (const auto space = s.rfind(' ', end); space != std::string::npos && space > limit / 2) end = space;
  s.resize(end);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';')) s.pop_back();
  return s + "\xE2\x80\xA6";
}

std::string bounds(const std::optional<Count>& c) {
  if (!c) return "unknown";
  if (!c->max) return std::to_string(c->min) + "+";
  if (*c->max == c->min) return std::to_string(c->min);
  return std::to_string(c->min) + "-" + std::to_string(*c->max);
}

// The hosts of the record's sources (merged records list every article), each once, "; "-joined.
std::string sources(const Event& e) {
  std::vector<std::string> hosts;
  auto add = [&](std::string_view url) {
    std::string h = url_host(url);
    if (!h.empty() && std::find(hosts.begin(), hosts.end(), h) == hosts.end()) hosts.push_back(std::move(h));
  };
  add(e.source_url);
  for (const Source& s : e.sources) add(s.url);
  std::string out;
  for (const auto& h : hosts) out += (out.empty() ? "" : "; ") + h;
  return out;
}

class AcledLayout final : public RowLayout {
 public:
  AcledLayout(const LayoutTables& tables, std::int64_t timestamp) : tables_(tables), timestamp_(timestamp) {}
  std::span<const Column> columns() const override { return kAcledColumns; }
  std::vector<Cell> row(const Event& e) const override;

 private:
  const LayoutTables& tables_;
  std::int64_t timestamp_;
};

std::vector<Cell> AcledLayout::row(const Event& e) const {
  std::vector<Cell> r(kCount);
  const auto date = parse_iso_date(e.date.value);
  const std::string iso2 = e.location ? e.location->country : "";
  const CountryRow* country = tables_.country(iso2);
  const std::string country_name = country ? country->acled_country : "";

  r[kEventIdCnty].text = (country ? country->iso3 + "-" : std::string()) + "salvo-" + e.event_id;
  r[kEventDate].text = e.date.value;
  if (date) set_integer(r[kYear], date->year);
  if (auto p = acled_time_precision(e.date.precision)) set_integer(r[kTimePrecision], *p);
  r[kDisorderType].text = "Political violence";
  r[kEventType].text = "Explosions/Remote violence";
  r[kSubEventType].text = std::string(acled_sub_event_type(e.event_type));

  std::optional<int> inter1;
  const std::string actor_key = e.actor ? *e.actor : std::string(kUnknownActor);
  if (const ActorRow* a = tables_.actor(actor_key, date)) {
    r[kActor1].text = fill_country(a->acled_actor.empty() ? actor_key : a->acled_actor, country_name);
    inter1 = a->inter;
    if (inter1 && !a->home.empty() && !iso2.empty() && a->home != iso2) inter1 = 8;  // forces abroad
  } else if (e.actor) {
    r[kActor1].text = *e.actor;  // not in the table: salvo's name, no inter code
  }
  if (inter1) set_integer(r[kInter1], *inter1);

  std::optional<int> inter2;
  const TargetRow* target = tables_.target(to_string(e.target.type == TargetType::none ? TargetType::unknown : e.target.type));
  if (target && !target->actor2.empty()) {
    if (const ActorRow* a = tables_.actor(target->actor2, date)) {
      r[kActor2].text = fill_country(a->acled_actor, country_name);
      inter2 = a->inter;
    }
  }
  if (inter2) set_integer(r[kInter2], *inter2);
  if (auto i = acled_interaction(inter1, inter2)) set_integer(r[kInteraction], *i);
  if (target) r[kCivilianTargeting].text = target->civilian_targeting;

  if (country) {
    set_integer(r[kIso], country->iso_numeric);
    r[kRegion].text = country->acled_region;
    r[kCountry].text = country->acled_country;
  }
  if (e.location) {
    const Location& l = *e.location;
    r[kAdmin1].text = l.admin1;
    r[kAdmin2].text = l.admin2;
    r[kLocation].text = l.name;
    if (l.latitude) set_real(r[kLatitude], *l.latitude);
    if (l.longitude) set_real(r[kLongitude], *l.longitude);
    if (auto gp = geo_precision(l.precision)) set_integer(r[kGeoPrecision], *gp);
  }
  r[kSource].text = sources(e);
  r[kNotes].text = acled_notes(e);
  set_integer(r[kFatalities], e.killed ? e.killed->min : 0);
  r[kTags].text = acled_tags(e);
  set_integer(r[kTimestamp], timestamp_);
  return r;
}

}  // namespace

std::unique_ptr<RowLayout> acled_layout(const LayoutTables& tables, std::int64_t timestamp) {
  return std::make_unique<AcledLayout>(tables, timestamp);
}

std::optional<int> acled_time_precision(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return 1;
    case DatePrecision::week: return 2;
    case DatePrecision::month:
    case DatePrecision::unknown: return 3;
    case DatePrecision::none: break;
  }
  return std::nullopt;
}

std::optional<int> acled_interaction(std::optional<int> inter1, std::optional<int> inter2) {
  if (!inter1) return std::nullopt;
  if (!inter2) return *inter1 * 10;
  return std::min(*inter1, *inter2) * 10 + std::max(*inter1, *inter2);
}

std::string url_host(std::string_view url) {
  std::string lower;
  for (char c : url.substr(0, 8)) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::size_t start;
  if (lower.rfind("https://", 0) == 0) start = 8;
  else if (lower.rfind("http://", 0) == 0) start = 7;
  else return {};
  const std::size_t end = url.find_first_of("/?#", start);
  std::string host(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (const auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);  // user:pass@
  if (const auto colon = host.find(':'); colon != std::string::npos) host.resize(colon);  // :port
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string acled_notes(const Event& e) {
  std::string text;
  for (const Evidence& ev : e.evidence) {
    const std::string s = fold_blanks(ev.text);
    if (s.empty()) continue;
    if (!text.empty()) {
      if (text.size() + 1 + s.size() > kNotesLimit) break;  // keep whole sentences after the first
      text += ' ';
    }
    text += s;
  }
  std::string notes = date_phrase(e.date) + cut_at_word(std::move(text), kNotesLimit);
  if (!is_valid_utf8(notes)) repair_utf8(notes);
  return notes;
}

std::string acled_tags(const Event& e) { return "killed=" + bounds(e.killed) + "; injured=" + bounds(e.injured); }

}  // namespace salvo
