// eval/eval.cpp — see eval.h. Matching and scoring rules are documented in docs/EVAL.md.
#include "eval/eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/geo.h"
#include "core/utf8.h"

namespace salvo::eval {

using nlohmann::json;

namespace {

// ASCII letter for U+00C0..U+024F after removing diacritics ('?' = keep as is).
constexpr std::string_view kFold =
    "aaaaaa?ceeeeiiii?nooooo??uuuuy??aaaaaa?ceeeeiiii?nooooo??uuuuy?yaaaaaaccccccccdd??eeeeeeeeeeggggggggh"
    "h??iiiiiiiii???jjkk?llllll????nnnnnn???oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzz??????????????"
    "???????????????????oo?????????????uu????????????????????????????aaiioouuuuuuuuuu?aaaa????ggkkoooo??j???g"
    "g??nnaa????aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????????????????????";

std::string str_or_empty(const json& j, const char* k) {
  return j.contains(k) && j.at(k).is_string() ? j.at(k).get<std::string>() : std::string();
}

std::string fmt_pct(const Tally& t) {
  if (t.total == 0) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * t.rate());
  return buf;
}

std::string fmt3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

std::optional<Count> gold_count(const json& j, const char* k) {
  if (!j.contains(k) || j.at(k).is_null()) return std::nullopt;
  const json& c = j.at(k);
  Count n;
  n.min = c.at("min").get<int>();
  if (c.contains("max") && !c.at("max").is_null()) n.max = c.at("max").get<int>();
  return n;
}

Status check_counts(const Event& e) {
  for (const auto* c : {&e.killed, &e.injured})
    if (*c && ((*c)->min < 0 || ((*c)->max && *(*c)->max < (*c)->min)))
      return Status::error("bad casualty count " + count_to_string(*c));
  return {};
}

Result<Event> gold_event_from_json(const json& j, const std::string& doc_id) {
  Event e;
  e.doc_id = doc_id;
  const std::string type = str_or_empty(j, "event_type");
  if (type.empty()) return Status::error("gold event without event_type");
  const auto event_type = parse_event_type(type);
  if (!event_type.ok()) return event_type.status();
  e.event_type = event_type.value();
  const auto weapon = parse_weapon(str_or_empty(j, "weapon"));
  if (!weapon.ok()) return weapon.status();
  e.weapon = weapon.value();
  if (j.contains("actor") && j.at("actor").is_string()) e.actor = j.at("actor").get<std::string>();
  const auto target_type = parse_target_type(str_or_empty(j, "target_type"));  // null or absent: none
  if (!target_type.ok()) return target_type.status();
  e.target.type = target_type.value();
  if (j.contains("location") && j.at("location").is_object()) {
    const json& l = j.at("location");
    Location loc;
    loc.name = str_or_empty(l, "name");
    loc.country = str_or_empty(l, "country");
    loc.admin1 = str_or_empty(l, "admin1");
    const std::string precision = str_or_empty(l, "precision");
    const auto parsed = parse_location_precision(precision.empty() ? "exact" : precision);  // unstated: exact
    if (!parsed.ok()) return parsed.status();
    loc.precision = parsed.value();
    if (l.contains("latitude") && l.at("latitude").is_number()) loc.latitude = l.at("latitude").get<double>();
    if (l.contains("longitude") && l.at("longitude").is_number()) loc.longitude = l.at("longitude").get<double>();
    if (l.contains("geonames_id") && l.at("geonames_id").is_number_integer())
      loc.geonames_id = l.at("geonames_id").get<std::int64_t>();
    e.location = loc;
  } else {
    return Status::error("gold event without location");
  }
  e.date.value = str_or_empty(j, "date");
  const std::string precision = str_or_empty(j, "date_precision");
  const auto parsed = parse_date_precision(precision.empty() ? "day" : precision);  // unstated: a day
  if (!parsed.ok()) return parsed.status();
  e.date.precision = parsed.value();
  // An undated strike in an article without a publication date has no day at all.
  const bool no_day = e.date.value.empty() && e.date.precision == DatePrecision::unknown;
  if (!no_day && !parse_iso_date(e.date.value))
    return Status::error("gold event date is not YYYY-MM-DD: '" + e.date.value + "'");
  e.killed = gold_count(j, "killed");
  e.injured = gold_count(j, "injured");
  const auto outcome = parse_outcome(str_or_empty(j, "outcome"));
  if (!outcome.ok()) return outcome.status();
  e.outcome = outcome.value();
  if (Status st = check_counts(e); !st.ok()) return st;
  return e;
}

bool same_count(const std::optional<Count>& a, const std::optional<Count>& b) {
  if (!a || !b) return !a && !b;
  return *a == *b;
}

bool coords_close(const std::optional<Location>& g, const std::optional<Location>& p) {
  return g && p && g->latitude && g->longitude && p->latitude && p->longitude &&
         haversine_km(*g->latitude, *g->longitude, *p->latitude, *p->longitude) <= kPlaceRadiusKm;
}

bool region_level(const Location& l) {
  return l.precision == LocationPrecision::admin1 || l.precision == LocationPrecision::country;
}

// Splits text into sentences at ". ", "! ", "? " and line breaks; good enough
// to show a rule writer where to look.
std::vector<std::string> rough_sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      continue;
    }
    cur += c;
    if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ') {
      out.push_back(cur);
      cur.clear();
      ++i;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The sentence of `doc` that best shows event `e`: its evidence if it has any,
// else the first sentence naming its place (folded), else the first sentence.
std::string sentence_for(const Event& e, const Document& doc) {
  if (!e.evidence.empty()) {
    std::string s;
    for (const auto& ev : e.evidence) {
      if (!s.empty()) s += " | ";
      s += ev.text;
    }
    if (!s.empty()) return s;
  }
  const auto sents = rough_sentences(doc.text);
  if (sents.empty()) return "";
  if (e.location) {
    for (const std::string* key : {&e.location->surface, &e.location->name}) {
      const std::string k = fold_name(*key);
      if (k.empty()) continue;
      for (const auto& s : sents)
        if (fold_name(s).find(k) != std::string::npos) return s;
    }
  }
  return sents.front();
}

// ---- reading ----------------------------------------------------------------

// One gold event line: required (with the other annotator's version as an
// alternative when "alt" is given) or optional.
Status add_gold_event(const json& ev, GoldDoc& g) {
  auto e = gold_event_from_json(ev, g.doc.id);
  if (!e.ok()) return e.status();
  if (ev.contains("optional") && ev.at("optional").is_boolean() && ev.at("optional").get<bool>()) {
    g.optional_events.push_back(std::move(e).value());
    return {};
  }
  std::optional<Event> alt;
  if (ev.contains("alt")) {
    if (!ev.at("alt").is_object()) return Status::error("\"alt\" must be an object of fields");
    json merged = ev;
    merged.erase("alt");
    for (const auto& [k, v] : ev.at("alt").items()) merged[k] = v;
    auto a = gold_event_from_json(merged, g.doc.id);
    if (!a.ok()) return Status::error("alt: " + a.status().message());
    alt = std::move(a).value();
  }
  g.events.push_back(std::move(e).value());
  g.alternatives.push_back(std::move(alt));
  return {};
}

}  // namespace

Result<GoldDoc> gold_doc_from_json(const json& j) {
  try {
    if (!j.is_object()) return Status::error("gold line is not a JSON object");
    GoldDoc g;
    g.doc.id = str_or_empty(j, "id");
    if (g.doc.id.empty()) return Status::error("gold document without id");
    if (j.contains("text_chars")) {
      if (!j.at("text_chars").is_number_unsigned())
        return Status::error("document " + g.doc.id + ": text_chars must be a count");
      g.text_chars = j.at("text_chars").get<std::size_t>();
    }
    g.doc.text = str_or_empty(j, "text");
    if (g.doc.text.empty() && !g.text_chars)
      return Status::error("document " + g.doc.id + ": no text (give \"text\", or \"text_chars\" and --texts)");
    repair_utf8(g.doc.text);
    g.doc.title = str_or_empty(j, "title");
    g.doc.url = str_or_empty(j, "url");
    const std::string date = str_or_empty(j, "date");
    g.doc.published = parse_iso_date(date);
    if (!g.doc.published && !(g.text_chars && date.empty()))
      return Status::error("document " + g.doc.id + ": date is not YYYY-MM-DD");
    g.split = str_or_empty(j, "split");
    if (g.split != "dev" && g.split != "test")
      return Status::error("document " + g.doc.id + ": split must be dev or test");
    g.origin = str_or_empty(j, "origin");
    if (!j.contains("events") || !j.at("events").is_array())
      return Status::error("document " + g.doc.id + ": events must be an array");
    for (const json& ev : j.at("events"))
      if (Status st = add_gold_event(ev, g); !st.ok()) return Status::error("document " + g.doc.id + ": " + st.message());
    return g;
  } catch (const std::exception& ex) {
    return Status::error(std::string("bad gold document: ") + ex.what());
  }
}

Result<std::vector<GoldDoc>> load_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::error(path + ": cannot open");
  std::vector<GoldDoc> out;
  std::set<std::string> ids;
  std::string line;
  int n = 0;
  std::vector<Diagnostic> diags;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      diags.push_back({path, n, "not valid JSON"});
      continue;
    }
    auto g = gold_doc_from_json(j);
    if (!g.ok()) {
      diags.push_back({path, n, g.status().message()});
      continue;
    }
    if (!ids.insert(g.value().doc.id).second) {
      diags.push_back({path, n, "duplicate document id " + g.value().doc.id});
      continue;
    }
    g.value().doc.origin = path + ":" + std::to_string(n);
    out.push_back(std::move(g).value());
  }
  if (!diags.empty()) return Status::errors(std::move(diags));
  return out;
}

Status attach_texts(std::vector<GoldDoc>& gold, const std::string& texts_path) {
  std::map<std::string, GoldDoc*> want;
  for (GoldDoc& g : gold)
    if (g.text_chars && g.doc.text.empty()) want[g.doc.id] = &g;
  if (want.empty()) return {};
  std::ifstream in(texts_path);
  if (!in) return Status::error(texts_path + ": cannot open");
  std::string line;
  std::vector<Diagnostic> diags;
  for (int n = 1; std::getline(in, line); ++n) {
    const json j = json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    const auto it = want.find(str_or_empty(j, "id"));
    if (it == want.end()) continue;
    GoldDoc& g = *it->second;
    std::string text = str_or_empty(j, "text");
    repair_utf8(text);
    if (count_code_points(text) != *g.text_chars) {
      diags.push_back({texts_path, n, "document " + g.doc.id + ": its text has " + std::to_string(count_code_points(text)) +
                                          " characters, the gold says " + std::to_string(*g.text_chars) +
                                          " (another version of the file?)"});
    } else {
      g.doc.text = std::move(text);
      if (g.doc.title.empty()) g.doc.title = str_or_empty(j, "title");
      if (g.doc.url.empty()) g.doc.url = str_or_empty(j, "url");
      if (!g.doc.published) g.doc.published = parse_iso_date(str_or_empty(j, "date"));
    }
    want.erase(it);
  }
  for (const auto& [id, g] : want) diags.push_back({texts_path, 0, "document " + id + " is not in the file"});
  if (!diags.empty()) return Status::errors(std::move(diags));
  return {};
}

Result<std::map<std::string, std::vector<Event>>> load_predictions(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::error(path + ": cannot open");
  std::map<std::string, std::vector<Event>> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded())
      return Status::errors({{path, n, "not valid JSON"}});
    auto e = event_from_json(j);
    if (!e.ok()) return Status::errors({{path, n, e.status().message()}});
    if (e.value().doc_id.empty()) return Status::errors({{path, n, "event without doc_id"}});
    out[e.value().doc_id].push_back(std::move(e).value());
  }
  return out;
}

// ---- matching ---------------------------------------------------------------

std::string fold_name(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  bool space = false;
  auto put = [&](char c) {
    if (c == ' ') {
      space = !out.empty();
      return;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  };
  while (i < s.size()) {
    const char32_t cp = decode_utf8(s, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
      else if (c == '\'' || c == '`') continue;
      else if (c == '-' || c == ' ' || c == '\t' || c == '_' || c == ',' || c == '.') put(' ');
      else put(c);
      continue;
    }
    // Apostrophe-like marks: ’ ‘ ʼ ʻ ´ are dropped like '.
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB || cp == 0x00B4) continue;
    if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == 0x00A0) {
      put(' ');
      continue;
    }
    if (cp == 0x00DF) { put('s'); put('s'); continue; }               // ß
    if (cp == 0x00C6 || cp == 0x00E6) { put('a'); put('e'); continue; }  // Æ æ
    if (cp == 0x00D8 || cp == 0x00F8) { put('o'); continue; }         // Ø ø
    if (cp == 0x0110 || cp == 0x0111) { put('d'); continue; }         // Đ đ
    if (cp == 0x0141 || cp == 0x0142) { put('l'); continue; }         // Ł ł
    if (cp == 0x0131) { put('i'); continue; }                         // ı
    if (cp >= 0xC0 && cp < 0xC0 + kFold.size() && kFold[cp - 0xC0] != '?') {
      put(kFold[cp - 0xC0]);
      continue;
    }
    // Combining diacritical marks (decomposed input) are dropped.
    if (cp >= 0x0300 && cp <= 0x036F) continue;
    std::string tmp;
    append_utf8(tmp, cp);
    for (char c : tmp) put(c);
  }
  return out;
}

std::string fold_admin1(const std::string& s) {
  std::string f = fold_name(s);
  // " city" is kept: "Kyiv City" is a region of its own, distinct from Kyiv Oblast.
  for (std::string_view suffix : {" oblast", " governorate", " province", " region", " state", " district", " krai", " republic"}) {
    if (f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0) {
      f.erase(f.size() - suffix.size());
      break;
    }
  }
  if (f.rfind("al ", 0) == 0 && f.size() > 3) f.erase(0, 3);
  return f;
}

// The gold name is the prediction's: its English name, its words in the text,
// or the gazetteer's spelling of the same place (gold written "Janīn" or
// "Jenin" for a prediction named "Jenin" with geonames_name "Janīn"); or both
// carry the same GeoNames id.
namespace {
bool same_place_name(const Location& gold, const Location& pred) {
  if (gold.geonames_id && pred.geonames_id && *gold.geonames_id == *pred.geonames_id) return true;
  const std::string g = fold_name(gold.name);
  return !g.empty() &&
         (g == fold_name(pred.name) || g == fold_name(pred.surface) || g == fold_name(pred.geonames_name));
}
}  // namespace

bool place_matches(const std::optional<Location>& gold, const std::optional<Location>& pred) {
  if (!gold || !pred) return false;
  if (same_place_name(*gold, *pred)) return true;
  if (coords_close(gold, pred)) return true;
  if (region_level(*gold) && region_level(*pred) && !gold->country.empty() && gold->country == pred->country &&
      fold_admin1(gold->admin1) == fold_admin1(pred->admin1))
    return true;
  return false;
}

bool day_matches(const EventDate& gold, const EventDate& pred) {
  if (gold.precision == DatePrecision::unknown) return true;
  const auto g = parse_iso_date(gold.value);
  const auto p = parse_iso_date(pred.value);
  if (!g || !p) return false;
  if (gold.precision == DatePrecision::week) return p->days() >= g->days() && p->days() <= g->days() + 6;
  if (gold.precision == DatePrecision::month) return p->year == g->year && p->month == g->month;
  return *g == *p;
}

const std::vector<std::string>& field_names() {
  static const std::vector<std::string> kNames = {
      "event_type", "weapon", "actor", "target_type", "location_name", "country", "admin1",
      "coordinates", "date", "killed", "injured", "outcome"};
  return kNames;
}

std::optional<bool> field_agrees(const std::string& field, const Event& g, const Event& p) {
  if (field == "event_type") return g.event_type == p.event_type;
  if (field == "weapon") return g.weapon == p.weapon;
  if (field == "actor") return g.actor == p.actor;
  if (field == "target_type") return g.target.type == p.target.type;
  if (field == "location_name") {
    if (!g.location || !p.location) return !g.location && !p.location;
    if (same_place_name(*g.location, *p.location)) return true;
    // a region named with or without its region word: "Borno State" / "Borno", "Donetsk Oblast" / "Donetsk"
    return region_level(*g.location) && region_level(*p.location) &&
           fold_admin1(g.location->name) == fold_admin1(p.location->name);
  }
  if (field == "country") {
    if (!g.location || !p.location) return !g.location && !p.location;
    return g.location->country == p.location->country;
  }
  if (field == "admin1") {
    if (!g.location || !p.location) return !g.location && !p.location;
    return fold_admin1(g.location->admin1) == fold_admin1(p.location->admin1);
  }
  if (field == "coordinates") {
    if (!g.location || !g.location->latitude || !g.location->longitude) return std::nullopt;
    return coords_close(g.location, p.location);
  }
  if (field == "date") return g.date.value == p.date.value;
  if (field == "killed") return same_count(g.killed, p.killed);
  if (field == "injured") return same_count(g.injured, p.injured);
  if (field == "outcome") return g.outcome == p.outcome;
  return std::nullopt;
}

std::string field_value(const std::string& field, const Event& e) {
  if (field == "event_type") return std::string(to_string(e.event_type));
  if (field == "weapon") return std::string(to_string(e.weapon));
  if (field == "actor") return e.actor ? *e.actor : "null";
  if (field == "target_type") return e.target.type == TargetType::none ? "null" : std::string(to_string(e.target.type));
  if (field == "date") return e.date.value + " (" + std::string(to_string(e.date.precision)) + ")";
  if (field == "killed") return count_to_string(e.killed);
  if (field == "injured") return count_to_string(e.injured);
  if (field == "outcome") return std::string(to_string(e.outcome));
  if (!e.location) return "null";
  const Location& l = *e.location;
  if (field == "location_name") return l.surface.empty() || l.surface == l.name ? l.name : l.name + " [" + l.surface + "]";
  if (field == "country") return l.country.empty() ? "null" : l.country;
  if (field == "admin1") return l.admin1.empty() ? "null" : l.admin1;
  if (field == "coordinates") {
    if (!l.latitude || !l.longitude) return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f,%.4f", *l.latitude, *l.longitude);
    return buf;
  }
  return "";
}

namespace {

// The score of a candidate pair (number of agreeing fields; +100 for the same
// type under loose matching, so that the loose pairs contain the strict
// ones), or -1 when the pair cannot match.
int pair_score(const Event& g, const Event& p, bool strict) {
  if (strict && g.event_type != p.event_type) return -1;
  if (!place_matches(g.location, p.location) || !day_matches(g.date, p.date)) return -1;
  int score = 0;
  for (const auto& f : field_names())
    if (field_agrees(f, g, p).value_or(false)) ++score;
  if (!strict && g.event_type == p.event_type) score += 100;
  return score;
}

}  // namespace

std::vector<Pair> match_events(const std::vector<Event>& gold, const std::vector<Event>& pred, bool strict,
                               const std::vector<std::optional<Event>>* alternatives) {
  struct Cand {
    int score;
    std::size_t g, p;
  };
  std::vector<Cand> cands;
  for (std::size_t gi = 0; gi < gold.size(); ++gi) {
    const Event* alt = alternatives && gi < alternatives->size() && (*alternatives)[gi] ? &*(*alternatives)[gi] : nullptr;
    for (std::size_t pi = 0; pi < pred.size(); ++pi) {
      int score = pair_score(gold[gi], pred[pi], strict);
      if (alt) score = std::max(score, pair_score(*alt, pred[pi], strict));
      if (score >= 0) cands.push_back({score, gi, pi});
    }
  }
  std::stable_sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.g != b.g) return a.g < b.g;
    return a.p < b.p;
  });
  std::vector<bool> gused(gold.size()), pused(pred.size());
  std::vector<Pair> out;
  for (const Cand& c : cands) {
    if (gused[c.g] || pused[c.p]) continue;
    gused[c.g] = pused[c.p] = true;
    out.push_back({c.g, c.p});
  }
  std::sort(out.begin(), out.end(), [](const Pair& a, const Pair& b) { return a.gold < b.gold; });
  return out;
}

std::string summarize(const Event& e) {
  std::string s = std::string(to_string(e.event_type)) + "/" + std::string(to_string(e.weapon)) + " " +
                  (e.actor ? *e.actor : "?");
  s += " @ ";
  if (e.location) {
    s += e.location->name.empty() ? e.location->surface : e.location->name;
    if (!e.location->country.empty()) s += " (" + e.location->country + ")";
  } else {
    s += "?";
  }
  s += " " + e.date.value;
  if (e.date.precision != DatePrecision::none && e.date.precision != DatePrecision::day)
    s += " (" + std::string(to_string(e.date.precision)) + ")";
  return s;
}

// ---- scoring ----------------------------------------------------------------

Report evaluate(const std::vector<GoldDoc>& gold, const std::map<std::string, std::vector<Event>>& pred,
                const std::string& split_filter) {
  Report r;
  r.split_filter = split_filter;
  static const std::vector<Event> kNone;
  for (const GoldDoc& gd : gold) {
    if (split_filter != "all" && gd.split != split_filter) continue;
    const auto it = pred.find(gd.doc.id);
    const std::vector<Event>& pe = it == pred.end() ? kNone : it->second;
    const auto* alts = gd.alternatives.size() == gd.events.size() ? &gd.alternatives : nullptr;
    const auto strict = match_events(gd.events, pe, true, alts);
    const auto loose = match_events(gd.events, pe, false, alts);
    // Predictions left over may match an optional event: neither TP nor FP.
    std::vector<bool> pm(pe.size());
    for (const Pair& m : strict) pm[m.pred] = true;
    long optional_matched = 0;
    if (!gd.optional_events.empty()) {
      std::vector<Event> rest;
      std::vector<std::size_t> rest_index;
      for (std::size_t i = 0; i < pe.size(); ++i)
        if (!pm[i]) rest.push_back(pe[i]), rest_index.push_back(i);
      for (const Pair& m : match_events(gd.optional_events, rest, true)) {
        pm[rest_index[m.pred]] = true;
        ++optional_matched;
      }
    }
    // A field agrees when it agrees with either annotator's version.
    auto agrees = [&](const std::string& f, std::size_t gi, std::size_t pi) -> std::optional<bool> {
      auto ok = field_agrees(f, gd.events[gi], pe[pi]);
      if (alts && (*alts)[gi] && !ok.value_or(false)) {
        const auto ok2 = field_agrees(f, *(*alts)[gi], pe[pi]);
        if (ok2) ok = *ok2 || ok.value_or(false);
      }
      return ok;
    };

    std::string origin = gd.origin.substr(0, gd.origin.find(':'));
    if (origin.empty()) origin = "unmarked";
    for (Scores* sp : {&r.by_split[gd.split], &r.by_split["all"], &r.by_origin[origin]}) {
      Scores& s = *sp;
      ++s.docs;
      s.gold_events += static_cast<long>(gd.events.size());
      s.pred_events += static_cast<long>(pe.size());
      s.tp += static_cast<long>(strict.size());
      s.fp += static_cast<long>(pe.size() - strict.size()) - optional_matched;
      s.fn += static_cast<long>(gd.events.size() - strict.size());
      s.loose_tp += static_cast<long>(loose.size());
      s.optional_events += static_cast<long>(gd.optional_events.size());
      s.optional_matched += optional_matched;
      if (gd.events.empty() && gd.optional_events.empty()) {
        ++s.negative_docs.total;
        if (pe.empty()) ++s.negative_docs.correct;
      }
      for (const Pair& m : loose) {
        Tally& t = s.fields["event_type"];
        ++t.total;
        if (agrees("event_type", m.gold, m.pred).value_or(false)) ++t.correct;
      }
      for (const Pair& m : strict) {
        for (const auto& f : field_names()) {
          if (f == "event_type") continue;
          const auto ok = agrees(f, m.gold, m.pred);
          if (!ok) continue;
          Tally& t = s.fields[f];
          ++t.total;
          if (*ok) ++t.correct;
        }
      }
    }

    // Error listing (once per document).
    std::vector<bool> gm(gd.events.size());
    for (const Pair& m : strict) gm[m.gold] = true;
    for (const Pair& m : strict) {
      for (const auto& f : field_names()) {
        if (agrees(f, m.gold, m.pred).value_or(true)) continue;
        r.errors.push_back({"FIELD", gd.doc.id, gd.split, f, field_value(f, gd.events[m.gold]),
                            field_value(f, pe[m.pred]), sentence_for(pe[m.pred], gd.doc)});
      }
    }
    for (std::size_t i = 0; i < gd.events.size(); ++i) {
      if (gm[i]) continue;
      std::string near;
      for (const Pair& m : loose)
        if (m.gold == i && !pm[m.pred]) near = summarize(pe[m.pred]) + " (same place and day, other type)";
      r.errors.push_back({"FN", gd.doc.id, gd.split, "", summarize(gd.events[i]), near,
                          sentence_for(gd.events[i], gd.doc)});
    }
    for (std::size_t i = 0; i < pe.size(); ++i) {
      if (pm[i]) continue;
      r.errors.push_back({"FP", gd.doc.id, gd.split, "", "", summarize(pe[i]), sentence_for(pe[i], gd.doc)});
    }
  }
  return r;
}

// ---- output -----------------------------------------------------------------

namespace {

std::vector<std::string> split_order(const Report& r) {
  std::vector<std::string> out;
  for (const char* k : {"dev", "test", "all"})
    if (r.by_split.count(k)) out.push_back(k);
  return out;
}

std::string pad(std::string s, std::size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

std::string lpad(std::string s, std::size_t w) {
  if (s.size() < w) s.insert(0, w - s.size(), ' ');
  return s;
}

std::string tally_cell(const Tally& t) {
  return fmt_pct(t) + " " + std::to_string(t.correct) + "/" + std::to_string(t.total);
}

}  // namespace

std::string format_table(const Report& r) {
  std::ostringstream o;
  const auto splits = split_order(r);
  if (splits.empty()) {
    o << "no gold documents in split '" << r.split_filter << "'\n";
    return o.str();
  }
  constexpr std::size_t kW0 = 22, kW = 20;
  o << pad("", kW0);
  for (const auto& s : splits) o << lpad(s, kW);
  o << "\n";
  auto row = [&](const std::string& name, auto cell) {
    o << pad(name, kW0);
    for (const auto& s : splits) o << lpad(cell(r.by_split.at(s)), kW);
    o << "\n";
  };
  row("documents", [](const Scores& s) { return std::to_string(s.docs); });
  row("gold events", [](const Scores& s) { return std::to_string(s.gold_events); });
  row("predicted events", [](const Scores& s) { return std::to_string(s.pred_events); });
  row("matched (TP)", [](const Scores& s) { return std::to_string(s.tp); });
  row("false positives", [](const Scores& s) { return std::to_string(s.fp); });
  row("false negatives", [](const Scores& s) { return std::to_string(s.fn); });
  row("event precision", [](const Scores& s) { return fmt3(s.precision()); });
  row("event recall", [](const Scores& s) { return fmt3(s.recall()); });
  row("event F1", [](const Scores& s) { return fmt3(s.f1()); });
  row("place+day pairs", [](const Scores& s) { return std::to_string(s.loose_tp); });
  bool any_optional = false;
  for (const auto& sp : splits) any_optional = any_optional || r.by_split.at(sp).optional_events > 0;
  if (any_optional)
    row("optional gold / hit", [](const Scores& s) {
      return std::to_string(s.optional_events) + " / " + std::to_string(s.optional_matched);
    });
  row("docs with no event", [](const Scores& s) { return tally_cell(s.negative_docs); });
  o << "field accuracy over matched pairs (event_type: over place+day pairs)\n";
  for (const auto& f : field_names()) {
    row("  " + f, [&](const Scores& s) {
      const auto it = s.fields.find(f);
      return tally_cell(it == s.fields.end() ? Tally{} : it->second);
    });
  }
  if (!r.by_origin.empty()) {
    o << "\nby origin";
    o << std::string(kW0 > 9 ? kW0 - 9 : 0, ' ');
    for (const auto& [name, sc] : r.by_origin) o << lpad(name, kW);
    o << "\n";
    auto orow = [&](const std::string& name, auto cell) {
      o << pad(name, kW0);
      for (const auto& [oname, sc] : r.by_origin) o << lpad(cell(sc), kW);
      o << "\n";
    };
    orow("documents", [](const Scores& x) { return std::to_string(x.docs); });
    orow("gold / predicted", [](const Scores& x) {
      return std::to_string(x.gold_events) + " / " + std::to_string(x.pred_events);
    });
    orow("event P / R", [](const Scores& x) { return fmt3(x.precision()) + " / " + fmt3(x.recall()); });
    orow("event F1", [](const Scores& x) { return fmt3(x.f1()); });
  }
  return o.str();
}

std::string format_errors(const Report& r) {
  std::ostringstream o;
  for (const ErrorItem& e : r.errors) {
    o << e.kind << "\t" << e.doc_id << " [" << e.split << "]\t";
    if (e.kind == "FIELD") o << e.field << ": gold " << e.gold << " | predicted " << e.pred;
    else if (e.kind == "FN") o << "missed " << e.gold << (e.pred.empty() ? "" : "; nearest: " + e.pred);
    else o << "spurious " << e.pred;
    o << "\n\t  \"" << e.sentence << "\"\n";
  }
  return o.str();
}

namespace {

json scores_json(const Scores& s) {
  json f = json::object();
  for (const auto& fname : field_names()) {
    const auto it = s.fields.find(fname);
    const Tally t = it == s.fields.end() ? Tally{} : it->second;
    f[fname] = {{"correct", t.correct}, {"total", t.total},
                {"accuracy", t.total == 0 ? json(nullptr) : json(t.rate())}};
  }
  return {{"documents", s.docs},
          {"gold_events", s.gold_events},
          {"predicted_events", s.pred_events},
          {"tp", s.tp},
          {"fp", s.fp},
          {"fn", s.fn},
          {"event_precision", s.precision()},
          {"event_recall", s.recall()},
          {"event_f1", s.f1()},
          {"place_day_pairs", s.loose_tp},
          {"optional_events", s.optional_events},
          {"optional_matched", s.optional_matched},
          {"negative_docs",
           {{"correct", s.negative_docs.correct},
            {"total", s.negative_docs.total},
            {"accuracy", s.negative_docs.total == 0 ? json(nullptr) : json(s.negative_docs.rate())}}},
          {"fields", f}};
}

}  // namespace

json report_to_json(const Report& r) {
  json j;
  j["split"] = r.split_filter;
  json splits = json::object();
  for (const auto& [name, s] : r.by_split) splits[name] = scores_json(s);
  j["splits"] = splits;
  json origins = json::object();
  for (const auto& [name, s] : r.by_origin) origins[name] = scores_json(s);
  j["origins"] = origins;
  json errs = json::array();
  for (const auto& e : r.errors)
    errs.push_back({{"kind", e.kind}, {"doc_id", e.doc_id}, {"split", e.split}, {"field", e.field},
                    {"gold", e.gold}, {"predicted", e.pred}, {"sentence", e.sentence}});
  j["errors"] = errs;
  return j;
}

// ---- floors -----------------------------------------------------------------

Result<Floors> floors_from_json(const json& j) {
  if (!j.is_object()) return Status::error("floors must be a JSON object");
  Floors f;
  auto num = [](const json& v, const std::string& key, double& out) -> Status {
    if (!v.is_number()) return Status::error("floor '" + key + "' is not a number");
    out = v.get<double>();
    if (out < 0.0 || out > 1.0) return Status::error("floor '" + key + "' is outside [0,1]");
    return {};
  };
  static const std::set<std::string> kTop = {"event_precision", "event_recall", "event_f1", "negative_docs"};
  for (const auto& [k, v] : j.items()) {
    if (k == "fields") {
      if (!v.is_object()) return Status::error("floors 'fields' must be an object");
      const auto& names = field_names();
      for (const auto& [fk, fv] : v.items()) {
        if (std::find(names.begin(), names.end(), fk) == names.end())
          return Status::error("unknown field floor '" + fk + "'");
        double x = 0;
        if (Status s = num(fv, fk, x); !s.ok()) return s;
        f.fields[fk] = x;
      }
    } else if (k.rfind("_", 0) == 0) {
      continue;  // "_comment" and the like
    } else if (kTop.count(k)) {
      double x = 0;
      if (Status s = num(v, k, x); !s.ok()) return s;
      f.top[k] = x;
    } else {
      return Status::error("unknown floor '" + k + "'");
    }
  }
  return f;
}

Result<Floors> load_floors(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::error(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  json j = json::parse(ss.str(), nullptr, false);
  if (j.is_discarded()) return Status::error(path + ": not valid JSON");
  auto f = floors_from_json(j);
  if (!f.ok()) return Status::error(path + ": " + f.status().message());
  return f;
}

std::vector<std::string> check_floors(const Floors& f, const Scores& s) {
  std::vector<std::string> out;
  auto check = [&](const std::string& name, double value, double floor) {
    // Compare at the precision printed, so a floor copied from a report passes.
    if (std::round(value * 1000.0) < std::round(floor * 1000.0))
      out.push_back(name + " " + fmt3(value) + " < " + fmt3(floor));
  };
  for (const auto& [k, floor] : f.top) {
    double v = 0;
    if (k == "event_precision") v = s.precision();
    else if (k == "event_recall") v = s.recall();
    else if (k == "event_f1") v = s.f1();
    else if (k == "negative_docs") v = s.negative_docs.rate();
    check(k, v, floor);
  }
  for (const auto& [k, floor] : f.fields) {
    const auto it = s.fields.find(k);
    check("fields." + k, it == s.fields.end() ? 0.0 : it->second.rate(), floor);
  }
  return out;
}

}  // namespace salvo::eval
