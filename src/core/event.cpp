#include "core/event.h"

#include <nlohmann/json.hpp>

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
  j["event_type"] = e.event_type;
  j["weapon"] = e.weapon;
  j["actor"] = e.actor ? json(*e.actor) : json(nullptr);
  j["actor_text"] = e.actor ? json(e.actor_text) : json(nullptr);
  j["target"] = e.target.text.empty() && e.target.type.empty()
                    ? json(nullptr)
                    : json{{"text", e.target.text.empty() ? json(nullptr) : json(e.target.text)},
                           {"type", e.target.type.empty() ? "unknown" : e.target.type}};
  if (e.location) {
    const Location& l = *e.location;
    j["location"] = {{"name", l.name},
                     {"surface", l.surface},
                     {"country", l.country.empty() ? json(nullptr) : json(l.country)},
                     {"admin1", l.admin1.empty() ? json(nullptr) : json(l.admin1)},
                     {"latitude", opt(l.latitude)},
                     {"longitude", opt(l.longitude)},
                     {"geonames_id", opt(l.geonames_id)},
                     {"precision", l.precision},
                     {"district", l.district.empty() ? json(nullptr) : json(l.district)}};
  } else {
    j["location"] = nullptr;
  }
  j["date"] = {{"value", e.date.value},
               {"precision", e.date.precision},
               {"text", e.date.text.empty() ? json(nullptr) : json(e.date.text)}};
  j["killed"] = count_json(e.killed);
  j["injured"] = count_json(e.injured);
  j["outcome"] = e.outcome;
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

Result<Event> event_from_json(const json& j) {
  try {
    Event e;
    auto str = [&](const char* k) {
      return j.contains(k) && j.at(k).is_string() ? j.at(k).get<std::string>() : std::string();
    };
    e.event_id = str("event_id");
    e.doc_id = str("doc_id");
    e.event_type = str("event_type");
    e.weapon = str("weapon");
    e.outcome = str("outcome");
    if (j.contains("actor") && j.at("actor").is_string()) {
      e.actor = j.at("actor").get<std::string>();
      e.actor_text = str("actor_text");
    }
    if (j.contains("target") && j.at("target").is_object()) {
      const auto& t = j.at("target");
      if (t.contains("text") && t.at("text").is_string()) e.target.text = t.at("text").get<std::string>();
      if (t.contains("type") && t.at("type").is_string()) e.target.type = t.at("type").get<std::string>();
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
      loc.precision = ls("precision");
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
      if (d.contains("precision") && d.at("precision").is_string())
        e.date.precision = d.at("precision").get<std::string>();
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
