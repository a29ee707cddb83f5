#include "core/event.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace salvo {

using nlohmann::json;

namespace {

json count_json(const std::optional<Count>& c) {
  if (!c) return nullptr;
  json j = {{"min", c->min}, {"max", nullptr}};
  if (c->max) j["max"] = *c->max;
  return j;
}

std::optional<Count> count_from(const json& j) {
  if (j.is_null()) return std::nullopt;
  Count c;
  c.min = j.at("min").get<int>();
  if (j.contains("max") && !j.at("max").is_null()) c.max = j.at("max").get<int>();
  return c;
}

template <typename T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

json to_json(const Event& e) {
  json j;
  j["event_id"] = e.event_id;
  j["doc_id"] = e.doc_id;
  j["event_type"] = to_string(e.event_type);
  j["weapon"] = to_string(e.weapon);
  j["actor"] = e.actor ? json(*e.actor) : json(nullptr);
  j["actor_text"] = e.actor ? json(e.actor_text) : json(nullptr);
  j["target"] = e.target.text.empty() && e.target.type == TargetType::none
                    ? json(nullptr)
                    : json{{"text", e.target.text.empty() ? json(nullptr) : json(e.target.text)},
                           {"type", to_string(e.target.type == TargetType::none ? TargetType::unknown : e.target.type)}};
  if (e.location) {
    const Location& l = *e.location;
    j["location"] = {{"name", l.name},
                     {"surface", l.surface},
                     {"country", l.country.empty() ? json(nullptr) : json(l.country)},
                     {"admin1", l.admin1.empty() ? json(nullptr) : json(l.admin1)},
                     {"admin2", l.admin2.empty() ? json(nullptr) : json(l.admin2)},
                     {"latitude", opt(l.latitude)},
                     {"longitude", opt(l.longitude)},
                     {"geonames_id", opt(l.geonames_id)},
                     {"geonames_name", l.geonames_name.empty() ? json(nullptr) : json(l.geonames_name)},
                     {"precision", to_string(l.precision)},
                     {"district", l.district.empty() ? json(nullptr) : json(l.district)}};
  } else {
    j["location"] = nullptr;
  }
  j["date"] = {{"value", e.date.value.empty() ? json(nullptr) : json(e.date.value)},
               {"precision", to_string(e.date.precision)},
               {"text", e.date.text.empty() ? json(nullptr) : json(e.date.text)}};
  j["killed"] = count_json(e.killed);
  j["injured"] = count_json(e.injured);
  j["outcome"] = to_string(e.outcome);
  json ev = json::array();
  for (const auto& x : e.evidence) {
    json item = {{"start", x.start}, {"end", x.end}, {"text", x.text}};
    if (!x.doc_id.empty()) item["doc_id"] = x.doc_id;
    ev.push_back(std::move(item));
  }
  j["evidence"] = std::move(ev);
  j["rules"] = e.rules;
  j["confidence"] = e.confidence;
  j["source_url"] = e.source_url.empty() ? json(nullptr) : json(e.source_url);
  j["title"] = e.title.empty() ? json(nullptr) : json(e.title);
  j["cluster_id"] = e.cluster_id.empty() ? json(nullptr) : json(e.cluster_id);
  if (!e.sources.empty()) {
    json s = json::array();
    for (const auto& x : e.sources)
      s.push_back({{"doc_id", x.doc_id}, {"event_id", x.event_id},
                   {"url", x.url.empty() ? json(nullptr) : json(x.url)}});
    j["sources"] = std::move(s);
    j["source_count"] = e.sources.size();
  }
  return j;
}

namespace {

// Writes the JSON text of an Event as nlohmann's dump() does: members in key
// order (its objects are std::maps, so keys come out sorted; the order below
// is that order, and tests/emit/append_json_test.cpp checks every byte).
class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}
  bool ok() const { return ok_; }

  void open() {
    out_ += '{';
    first_ = true;
  }
  void close() {
    out_ += '}';
    first_ = false;
  }
  void key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += k;
    out_ += "\":";
  }
  void null() { out_ += "null"; }
  // A string: ", \ and the control characters below 0x20 escaped (\b \f \n
  // \r \t, the rest as \u00xx in lower-case hex), everything else, UTF-8
  // included, as it is. Invalid UTF-8 marks the whole write as failed, as
  // dump() would throw.
  void str(std::string_view s) {
    static const char* const kHex = "0123456789abcdef";
    out_ += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        const std::size_t n = utf8_valid_length(s, i);
        if (n == 0) {
          ok_ = false;
          ++i;
        } else {
          i += n;
        }
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      out_.append(s.data() + run, i - run);
      run = ++i;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 0xF];
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
    first_ = false;
  }
  void str_or_null(std::string_view s) {
    if (s.empty()) null();
    else str(s);
  }
  template <typename T>
  void integer(T v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  // Through nlohmann's own number formatter: shortest round-trip digits and
  // its exponent rules, exactly as dump() writes them.
  void number(double v) { out_ += json(v).dump(); }
  void raw(char c) {  // '[' starts a list, ',' and ']' follow a value
    out_ += c;
    first_ = c == '[';
  }

 private:
  std::string& out_;
  bool first_ = true;
  bool ok_ = true;
};

void put_count(JsonOut& w, const std::optional<Count>& c) {
  if (!c) {
    w.null();
    return;
  }
  w.open();
  w.key("max");
  if (c->max) w.integer(*c->max);
  else w.null();
  w.key("min");
  w.integer(c->min);
  w.close();
}

}  // namespace

bool append_json(const Event& e, std::string& out) {
  const std::size_t before = out.size();
  JsonOut w(out);
  w.open();
  w.key("actor");
  if (e.actor) w.str(*e.actor);
  else w.null();
  w.key("actor_text");
  if (e.actor) w.str(e.actor_text);
  else w.null();
  w.key("cluster_id");
  w.str_or_null(e.cluster_id);
  w.key("confidence");
  w.number(e.confidence);
  w.key("date");
  w.open();
  w.key("precision");
  w.str(to_string(e.date.precision));
  w.key("text");
  w.str_or_null(e.date.text);
  w.key("value");
  w.str_or_null(e.date.value);
  w.close();
  w.key("doc_id");
  w.str(e.doc_id);
  w.key("event_id");
  w.str(e.event_id);
  w.key("event_type");
  w.str(to_string(e.event_type));
  w.key("evidence");
  w.raw('[');
  for (const Evidence& x : e.evidence) {
    if (&x != &e.evidence.front()) w.raw(',');
    w.open();
    if (!x.doc_id.empty()) {
      w.key("doc_id");
      w.str(x.doc_id);
    }
    w.key("end");
    w.integer(x.end);
    w.key("start");
    w.integer(x.start);
    w.key("text");
    w.str(x.text);
    w.close();
  }
  w.raw(']');
  w.key("injured");
  put_count(w, e.injured);
  w.key("killed");
  put_count(w, e.killed);
  w.key("location");
  if (e.location) {
    const Location& l = *e.location;
    w.open();
    w.key("admin1");
    w.str_or_null(l.admin1);
    w.key("admin2");
    w.str_or_null(l.admin2);
    w.key("country");
    w.str_or_null(l.country);
    w.key("district");
    w.str_or_null(l.district);
    w.key("geonames_id");
    if (l.geonames_id) w.integer(*l.geonames_id);
    else w.null();
    w.key("geonames_name");
    w.str_or_null(l.geonames_name);
    w.key("latitude");
    if (l.latitude) w.number(*l.latitude);
    else w.null();
    w.key("longitude");
    if (l.longitude) w.number(*l.longitude);
    else w.null();
    w.key("name");
    w.str(l.name);
    w.key("precision");
    w.str(to_string(l.precision));
    w.key("surface");
    w.str(l.surface);
    w.close();
  } else {
    w.null();
  }
  w.key("outcome");
  w.str(to_string(e.outcome));
  w.key("rules");
  w.raw('[');
  for (std::size_t i = 0; i < e.rules.size(); ++i) {
    if (i) w.raw(',');
    w.str(e.rules[i]);
  }
  w.raw(']');
  if (!e.sources.empty()) {
    w.key("source_count");
    w.integer(e.sources.size());
  }
  w.key("source_url");
  w.str_or_null(e.source_url);
  if (!e.sources.empty()) {
    w.key("sources");
    w.raw('[');
    for (const Source& x : e.sources) {
      if (&x != &e.sources.front()) w.raw(',');
      w.open();
      w.key("doc_id");
      w.str(x.doc_id);
      w.key("event_id");
      w.str(x.event_id);
      w.key("url");
      w.str_or_null(x.url);
      w.close();
    }
    w.raw(']');
  }
  w.key("target");
  if (e.target.text.empty() && e.target.type == TargetType::none) {
    w.null();
  } else {
    w.open();
    w.key("text");
    w.str_or_null(e.target.text);
    w.key("type");
    w.str(to_string(e.target.type == TargetType::none ? TargetType::unknown : e.target.type));
    w.close();
  }
  w.key("title");
  w.str_or_null(e.title);
  w.key("weapon");
  w.str(to_string(e.weapon));
  w.close();
  if (!w.ok()) {
    out.resize(before);  // dump() refuses invalid UTF-8; so does this writer
    return false;
  }
  return true;
}

Result<Event> event_from_json(const json& j) {
  try {
    Event e;
    auto str = [&](const char* k) {
      return j.contains(k) && j.at(k).is_string() ? j.at(k).get<std::string>() : std::string();
    };
    e.event_id = str("event_id");
    e.doc_id = str("doc_id");
    auto type = parse_event_type(str("event_type"));
    if (!type.ok()) return Status::error("not an event record: " + type.status().message());
    e.event_type = type.value();
    auto weapon = parse_weapon(str("weapon"));
    if (!weapon.ok()) return Status::error("not an event record: " + weapon.status().message());
    e.weapon = weapon.value();
    // a record that does not say what the strike did: unknown
    const bool has_outcome = j.contains("outcome") && j.at("outcome").is_string();
    auto outcome = has_outcome ? parse_outcome(str("outcome")) : Result<Outcome>(Outcome::unknown);
    if (!outcome.ok()) return Status::error("not an event record: " + outcome.status().message());
    e.outcome = outcome.value();
    if (j.contains("actor") && j.at("actor").is_string()) {
      e.actor = j.at("actor").get<std::string>();
      e.actor_text = str("actor_text");
    }
    if (j.contains("target") && j.at("target").is_object()) {
      const auto& t = j.at("target");
      if (t.contains("text") && t.at("text").is_string()) e.target.text = t.at("text").get<std::string>();
      if (t.contains("type") && t.at("type").is_string()) {
        const auto type = parse_target_type(t.at("type").get<std::string>());
        if (!type.ok()) return Status::error("not an event record: " + type.status().message());
        e.target.type = type.value();
      }
    }
    if (j.contains("location") && j.at("location").is_object()) {
      const auto& l = j.at("location");
      Location loc;
      auto ls = [&](const char* k) {
        return l.contains(k) && l.at(k).is_string() ? l.at(k).get<std::string>() : std::string();
      };
      loc.name = ls("name");
      loc.surface = ls("surface");
      loc.country = ls("country");
      loc.admin1 = ls("admin1");
      loc.admin2 = ls("admin2");
      loc.geonames_name = ls("geonames_name");
      const auto precision = parse_location_precision(ls("precision"));
      if (!precision.ok()) return Status::error("not an event record: " + precision.status().message());
      loc.precision = precision.value();
      loc.district = ls("district");
      if (l.contains("latitude") && l.at("latitude").is_number()) loc.latitude = l.at("latitude").get<double>();
      if (l.contains("longitude") && l.at("longitude").is_number()) loc.longitude = l.at("longitude").get<double>();
      if (l.contains("geonames_id") && l.at("geonames_id").is_number_integer())
        loc.geonames_id = l.at("geonames_id").get<std::int64_t>();
      e.location = loc;
    }
    if (j.contains("date") && j.at("date").is_object()) {
      const auto& d = j.at("date");
      if (d.contains("value") && d.at("value").is_string()) e.date.value = d.at("value").get<std::string>();
      if (d.contains("precision") && d.at("precision").is_string()) {
        const auto precision = parse_date_precision(d.at("precision").get<std::string>());
        if (!precision.ok()) return Status::error("not an event record: " + precision.status().message());
        e.date.precision = precision.value();
      }
      if (d.contains("text") && d.at("text").is_string()) e.date.text = d.at("text").get<std::string>();
    }
    if (j.contains("killed")) e.killed = count_from(j.at("killed"));
    if (j.contains("injured")) e.injured = count_from(j.at("injured"));
    if (j.contains("evidence") && j.at("evidence").is_array())
      for (const auto& x : j.at("evidence"))
        e.evidence.push_back({x.at("start").get<std::size_t>(), x.at("end").get<std::size_t>(),
                              x.value("text", std::string()), x.value("doc_id", std::string())});
    if (j.contains("rules") && j.at("rules").is_array())
      for (const auto& r : j.at("rules")) e.rules.push_back(r.get<std::string>());
    if (j.contains("confidence") && j.at("confidence").is_number()) e.confidence = j.at("confidence").get<double>();
    e.source_url = str("source_url");
    e.title = str("title");
    e.cluster_id = str("cluster_id");
    if (j.contains("sources") && j.at("sources").is_array())
      for (const auto& s : j.at("sources"))
        e.sources.push_back({s.value("doc_id", std::string()), s.value("event_id", std::string()),
                             s.contains("url") && s.at("url").is_string() ? s.at("url").get<std::string>() : ""});
    return e;
  } catch (const std::exception& ex) {
    return Status::error(std::string("not an event record: ") + ex.what());
  }
}

std::string count_to_string(const std::optional<Count>& c) {
  if (!c) return "null";
  return "{" + std::to_string(c->min) + "," + (c->max ? std::to_string(*c->max) : "null") + "}";
}

}  // namespace salvo
