#include "emit/flat_row.h"

#include <charconv>
#include <iterator>
#include <cmath>
#include <system_error>

namespace salvo {

namespace {

enum Col : std::size_t {
  kEventId,
  kDocId,
  kEventDate,
  kDatePrecision,
  kEventType,
  kAcledSubEventType,
  kWeapon,
  kOutcome,
  kActor,
  kTarget,
  kTargetType,
  kLocation,
  kAdmin1,
  kAdmin2,
  kCountry,
  kLatitude,
  kLongitude,
  kGeoPrecision,
  kGeonamesId,
  kKilledMin,
  kKilledMax,
  kInjuredMin,
  kInjuredMax,
  kConfidence,
  kSourceUrl,
  kTitle,
  kEvidence,
  kRules,
  kClusterId,
  kSourceCount,
  kCount
};
static_assert(kCount == kColumnCount, "Col and kColumns disagree");
static_assert(kColumns[kRules].name == "rules" && kColumns[kSourceUrl].name == "source_url" &&
                  kColumns[kConfidence].name == "confidence" && kColumns[kGeonamesId].name == "geonames_id",
              "Col and kColumns disagree");

void set_real(Cell& c, const std::optional<double>& v) {
  if (v) salvo::set_real(c, *v);
}

void set_integer(Cell& c, const std::optional<std::int64_t>& v) {
  if (v) salvo::set_integer(c, *v);
}

void set_count(Cell& min, Cell& max, const std::optional<Count>& c) {
  if (!c) return;
  set_integer(min, c->min);
  if (c->max) set_integer(max, *c->max);
}

template <typename Range, typename Get>
std::string join(const Range& items, std::string_view sep, Get get) {
  std::string out;
  bool first = true;
  for (const auto& x : items) {
    if (!first) out += sep;
    first = false;
    out += get(x);
  }
  return out;
}

class SalvoLayout final : public RowLayout {
 public:
  std::span<const Column> columns() const override { return kColumns; }
  std::vector<Cell> row(const Event& e) const override {
    FlatRow r = flat_row(e);
    return {std::make_move_iterator(r.begin()), std::make_move_iterator(r.end())};
  }
};

}  // namespace

void set_real(Cell& c, double v) {
  // JSON writes NaN/inf as null; so does every layout.
  if (!std::isfinite(v)) return;
  c.number = v;
  c.text = format_real(v);
}

void set_integer(Cell& c, std::int64_t v) {
  c.number = static_cast<double>(v);
  c.text = std::to_string(v);
}

std::unique_ptr<RowLayout> salvo_layout() { return std::make_unique<SalvoLayout>(); }

std::string_view acled_sub_event_type(EventType event_type) {
  switch (event_type) {
    case EventType::air_drone_strike: return "Air/drone strike";
    case EventType::shelling_artillery_missile: return "Shelling/artillery/missile attack";
    case EventType::remote_explosive: return "Remote explosive/landmine/IED";
    case EventType::suicide_bomb: return "Suicide bomb";
    case EventType::grenade: return "Grenade";
  }
  return {};
}

std::optional<int> geo_precision(LocationPrecision p) {
  switch (p) {
    case LocationPrecision::exact: return 1;
    case LocationPrecision::near: return 2;
    case LocationPrecision::admin1:
    case LocationPrecision::country: return 3;
    case LocationPrecision::none: break;
  }
  return std::nullopt;
}

std::string format_real(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  if (r.ec != std::errc()) return {};
  return std::string(buf, r.ptr);
}

FlatRow flat_row(const Event& e) {
  FlatRow row;
  row[kEventId].text = e.event_id;
  row[kDocId].text = e.doc_id;
  row[kEventDate].text = e.date.value;
  row[kDatePrecision].text = to_string(e.date.precision);
  row[kEventType].text = to_string(e.event_type);
  row[kAcledSubEventType].text = std::string(acled_sub_event_type(e.event_type));
  row[kWeapon].text = to_string(e.weapon);
  row[kOutcome].text = to_string(e.outcome);
  if (e.actor) row[kActor].text = *e.actor;
  row[kTarget].text = e.target.text;
  // Mirrors to_json: no target at all -> null; a target without a type -> "unknown".
  if (!e.target.text.empty() || e.target.type != TargetType::none)
    row[kTargetType].text = to_string(e.target.type == TargetType::none ? TargetType::unknown : e.target.type);
  if (e.location) {
    const Location& l = *e.location;
    row[kLocation].text = l.name;
    row[kAdmin1].text = l.admin1;
    row[kAdmin2].text = l.admin2;
    row[kCountry].text = l.country;
    set_real(row[kLatitude], l.latitude);
    set_real(row[kLongitude], l.longitude);
    if (auto gp = geo_precision(l.precision)) set_integer(row[kGeoPrecision], *gp);
    set_integer(row[kGeonamesId], l.geonames_id);
  }
  set_count(row[kKilledMin], row[kKilledMax], e.killed);
  set_count(row[kInjuredMin], row[kInjuredMax], e.injured);
  set_real(row[kConfidence], e.confidence);
  row[kSourceUrl].text = e.source_url;
  row[kTitle].text = e.title;
  row[kEvidence].text = join(e.evidence, kEvidenceSeparator, [](const Evidence& x) { return x.text; });
  row[kRules].text = join(e.rules, kRulesSeparator, [](const std::string& r) { return r; });
  row[kClusterId].text = e.cluster_id;
  // per-article records come from one source; merged ones list theirs
  set_integer(row[kSourceCount], std::optional<std::int64_t>(e.sources.empty() ? 1 : static_cast<std::int64_t>(e.sources.size())));
  return row;
}

}  // namespace salvo
