#include "emit/ucdp_layout.h"

#include <array>
#include <string>
#include <vector>

#include <utility>

namespace salvo {

namespace {

enum Col : std::size_t {
  kId, kYear, kTypeOfViolence, kSideA, kSideB, kSourceArticle, kSourceHeadline, kWhereDescription, kWherePrec,
  kAdm1, kAdm2, kLatitude, kLongitude, kCountry, kDateStart, kDateEnd, kDatePrec, kBest, kLow, kHigh, kCount
};

constexpr std::array<Column, kCount> kUcdpColumns = {{
    {"id", CellKind::text, 18},
    {"year", CellKind::integer, 6},
    {"type_of_violence", CellKind::integer, 8},
    {"side_a", CellKind::text, 32},
    {"side_b", CellKind::text, 32},
    {"source_article", CellKind::text, 40},
    {"source_headline", CellKind::text, 40},
    {"where_description", CellKind::text, 24},
    {"where_prec", CellKind::integer, 6},
    {"adm_1", CellKind::text, 16},
    {"adm_2", CellKind::text, 14},
    {"latitude", CellKind::real, 10},
    {"longitude", CellKind::real, 10},
    {"country", CellKind::text, 20},
    {"date_start", CellKind::date, 11},
    {"date_end", CellKind::date, 11},
    {"date_prec", CellKind::integer, 6},
    {"best", CellKind::integer, 6},
    {"low", CellKind::integer, 6},
    {"high", CellKind::integer, 6},
}};
static_assert(kUcdpColumns[kHigh].name == "high" && kUcdpColumns[kDatePrec].name == "date_prec",
              "Col and kUcdpColumns disagree");

// A side as UCDP names it, and whether it is a government.
struct Side {
  std::string name;
  bool government = false;
};

std::string ucdp_country_name(const LayoutTables& t, std::string_view iso2) {
  const CountryRow* c = t.country(iso2);
  return c ? c->ucdp_country : std::string();
}

std::string government_of(const LayoutTables& t, std::string_view iso2) {
  const std::string name = ucdp_country_name(t, iso2);
  return name.empty() ? std::string() : "Government of " + name;
}

// The attacker: a state's forces are its government; a group keeps its UCDP name.
std::optional<Side> attacker(const LayoutTables& t, const Event& e, const std::optional<Date>& date,
                             std::string_view event_country) {
  if (!e.actor) return std::nullopt;
  const ActorRow* a = t.actor(*e.actor, date);
  if (!a) return Side{*e.actor, false};
  if (!a->home.empty()) return Side{government_of(t, a->home), true};
  const bool state = a->inter == 1;
  const std::string name = a->ucdp_actor.empty() ? *e.actor : a->ucdp_actor;
  return Side{fill_country(name, ucdp_country_name(t, event_country)), state};
}

// The first and last day a date of this precision stands for.
std::pair<Date, Date> date_range(const Date& d, DatePrecision precision) {
  if (precision == DatePrecision::week) return {d, d.plus_days(6)};
  if (precision == DatePrecision::month) return {Date{d.year, d.month, 1}, Date{d.year, d.month, days_in_month(d.year, d.month)}};
  return {d, d};
}

class UcdpLayout final : public RowLayout {
 public:
  explicit UcdpLayout(const LayoutTables& tables) : tables_(tables) {}
  std::span<const Column> columns() const override { return kUcdpColumns; }
  std::vector<Cell> row(const Event& e) const override;

 private:
  void sides(const Event& e, const std::optional<Date>& date, std::vector<Cell>& r) const;
  const LayoutTables& tables_;
};

// side_a, side_b and type_of_violence. One-sided (3): the attacker against the
// target's side (civilians). State-based (1): a government first, then the
// government of the country struck (a state abroad) or the group that struck
// a military or government target at home. Anything else stays unknown.
void UcdpLayout::sides(const Event& e, const std::optional<Date>& date, std::vector<Cell>& r) const {
  const std::string iso2 = e.location ? e.location->country : "";
  const auto a = attacker(tables_, e, date, iso2);
  const TargetRow* target = tables_.target(to_string(e.target.type == TargetType::none ? TargetType::unknown : e.target.type));
  if (target && target->ucdp_violence) {
    if (a) r[kSideA].text = a->name;
    if (!target->actor2.empty())
      if (const ActorRow* v = tables_.actor(target->actor2, date))
        r[kSideB].text = fill_country(v->ucdp_actor, ucdp_country_name(tables_, iso2));
    set_integer(r[kTypeOfViolence], *target->ucdp_violence);
    return;
  }
  if (!a) return;
  const std::string home_government = government_of(tables_, iso2);
  const bool armed_target = e.target.type == TargetType::military || e.target.type == TargetType::government;
  if (a->government) {
    r[kSideA].text = a->name;
    if (!home_government.empty() && home_government != a->name) r[kSideB].text = home_government;
    set_integer(r[kTypeOfViolence], 1);
  } else if (armed_target && !home_government.empty()) {
    r[kSideA].text = home_government;
    r[kSideB].text = a->name;
    set_integer(r[kTypeOfViolence], 1);
  } else {
    r[kSideA].text = a->name;
  }
}

std::vector<Cell> UcdpLayout::row(const Event& e) const {
  std::vector<Cell> r(kCount);
  const auto date = parse_iso_date(e.date.value);
  r[kId].text = e.event_id;
  if (date) set_integer(r[kYear], date->year);
  sides(e, date, r);
  std::string articles = e.source_url;
  for (const Source& s : e.sources)
    if (!s.url.empty() && s.url != e.source_url) articles += (articles.empty() ? "" : ";") + s.url;
  r[kSourceArticle].text = articles;
  r[kSourceHeadline].text = e.title;
  if (e.location) {
    const Location& l = *e.location;
    r[kWhereDescription].text = l.district.empty() ? l.name : l.name + " (" + l.district + ")";
    if (auto p = ucdp_where_prec(l.precision)) set_integer(r[kWherePrec], *p);
    r[kAdm1].text = l.admin1;
    r[kAdm2].text = l.admin2;
    if (l.latitude) set_real(r[kLatitude], *l.latitude);
    if (l.longitude) set_real(r[kLongitude], *l.longitude);
    r[kCountry].text = ucdp_country_name(tables_, l.country);
  }
  if (date) {
    const auto [first, last] = date_range(*date, e.date.precision);
    r[kDateStart].text = first.iso();
    r[kDateEnd].text = last.iso();
  }
  if (auto p = ucdp_date_prec(e.date.precision)) set_integer(r[kDatePrec], *p);
  const int low = e.killed ? e.killed->min : 0;
  set_integer(r[kBest], low);
  set_integer(r[kLow], low);
  if (e.killed && e.killed->max) set_integer(r[kHigh], *e.killed->max);
  return r;
}

}  // namespace

std::unique_ptr<RowLayout> ucdp_layout(const LayoutTables& tables) { return std::make_unique<UcdpLayout>(tables); }

std::optional<int> ucdp_where_prec(LocationPrecision p) {
  switch (p) {
    case LocationPrecision::exact: return 1;
    case LocationPrecision::near: return 2;
    case LocationPrecision::admin1: return 4;
    case LocationPrecision::country: return 6;
    case LocationPrecision::none: break;
  }
  return std::nullopt;
}

std::optional<int> ucdp_date_prec(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return 1;
    case DatePrecision::week: return 3;
    case DatePrecision::month: return 4;
    case DatePrecision::unknown: return 5;
    case DatePrecision::none: break;
  }
  return std::nullopt;
}

}  // namespace salvo
