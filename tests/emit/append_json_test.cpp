// append_json (core/event.h) against the definition it must equal,
// to_json(e).dump(), byte for byte: hand-made events that vary every field
// and every null, numbers at their edges, every ASCII byte and UTF-8 in and out
// of range, random byte strings (valid and not), and every event the real
// extractor (and the deduplicator after it) makes of samples/ and tests/gold/.
#include "core/event.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "dedupe/dedupe.h"
#include "emit/sink.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "temp_dir.h"
#include "test_events.h"

namespace salvo {
namespace {

// What the JSONL writer wrote before append_json: the definition.
// nullopt where dump() throws (text that is not valid UTF-8).
std::optional<std::string> reference(const Event& e) {
  try {
    return to_json(e).dump();
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

// append_json equals dump() (or refuses exactly where dump() throws), and
// appends: what out held before is kept.
::testing::AssertionResult same_as_dump(const Event& e) {
  const std::optional<std::string> want = reference(e);
  std::string out = "prefix";
  const bool ok = append_json(e, out);
  if (!want) {
    if (ok) return ::testing::AssertionFailure() << "dump() throws but append_json wrote " << out;
    if (out != "prefix") return ::testing::AssertionFailure() << "refused but changed out: " << out;
    return ::testing::AssertionSuccess();
  }
  if (!ok) return ::testing::AssertionFailure() << "append_json refused; dump() gives\n" << *want;
  if (out != "prefix" + *want)
    return ::testing::AssertionFailure() << "\n  dump():      " << *want << "\n  append_json: " << out.substr(6);
  return ::testing::AssertionSuccess();
}

// Text that exercises the escaper: quotes, backslashes, every escape form,
// DEL, '/', and Cyrillic, Arabic, CJK and 4-byte (emoji) UTF-8.
const std::vector<std::string> kTexts = {
    "",
    "plain",
    "say \"hi\"",
    "back\\slash \\\\ and \\\"",
    "tab\there, newline\nthere, cr\r, both\r\n",
    std::string("nul\0byte", 8),
    "\x01 start and end \x1f",
    "\b backspace \f formfeed \x0b vtab \x1b esc",
    "del \x7f stays",
    "a/b </script>",
    "Кривий Ріг, Дніпропетровська область",
    "Харків — «обстріл» ’апостроф’",
    "خان يونس، قطاع غزة",
    "中文 日本語",
    "emoji 💥🚀 and flag 🇺🇦",
    "\u2028 line sep \u2029 para sep \ufeff bom \ufffd repl",
    "\"",
    "\\",
    "\x1f",
    "mixed \"Київ\"\t\\ 💥\n",
};

// Doubles at the formatter's edges: fixed/exponent switch points, integral
// values (printed with ".0"), negative zero, subnormals, extremes.
const std::vector<double> kDoubles = {
    47.906, 33.394, -73.5, 0.1, 1e-7, 123456789.125, 0.0, -0.0, 1.0, -1.0, 2.0, 100.0, 0.75, 0.5,
    0.3, 1.0 / 3.0, 2.0 / 3.0, 46.48572, 30.74383, -33.8688, 151.2093, 179.9999999, -180.0, 90.0,
    1e-4, 1e-5, 0.0001234, 0.00001234, 1e14, 1e15, 1e16, 123456789012345.0, 1234567890123456.0,
    9007199254740993.0, 1e21, 1e22, 1e100, 1e-100, 1.7976931348623157e308, 2.2250738585072014e-308,
    4.9406564841246544e-324, -4.9406564841246544e-324, 5e-324, 0.1 + 0.2, 12345.678901234567,
    std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
    -std::numeric_limits<double>::infinity()};

Location full_location() {
  Location l;
  l.name = "Kryvyi Rih";
  l.surface = "Kryvyi Rih";
  l.country = "UA";
  l.admin1 = "Dnipropetrovsk";
  l.admin2 = "Kryvyi Rih Raion";
  l.latitude = 47.9105;
  l.longitude = 33.3918;
  l.geonames_id = 703845;
  l.precision = LocationPrecision::exact;
  l.district = "Tsentralno-Miskyi";
  return l;
}

Event full_event() {
  Event e;
  e.event_id = "ev-1";
  e.doc_id = "doc-1";
  e.event_type = EventType::shelling_artillery_missile;
  e.weapon = Weapon::missile;
  e.actor = "Russia";
  e.actor_text = "Russian forces";
  e.target = {"a residential building", TargetType::residential};
  e.location = full_location();
  e.date = {"2023-07-31", DatePrecision::day, "on Monday"};
  e.killed = Count{6, 6};
  e.injured = Count{75, std::nullopt};
  e.outcome = Outcome::hit;
  e.evidence = {{0, 42, "Russian missiles struck Kryvyi Rih."}, {43, 90, "Six were killed.", "doc-2"}};
  e.rules = {"trigger.missile", "weapon.missile"};
  e.confidence = 0.875;
  e.source_url = "https://example.com/news?id=1&lang=en";
  e.title = "Missile strike on Kryvyi Rih";
  e.cluster_id = "ev-1";
  e.sources = {{"doc-1", "ev-1", "https://example.com/1"}, {"doc-2", "ev-9", ""}};
  return e;
}

TEST(AppendJson, WritersTestEvents) {
  for (const Event& e : test::varied_events()) EXPECT_TRUE(same_as_dump(e)) << e.event_id;
}

TEST(AppendJson, EmptyEvent) { EXPECT_TRUE(same_as_dump(Event{})); }

TEST(AppendJson, FullEvent) {
  const Event e = full_event();
  ASSERT_TRUE(same_as_dump(e));
  // The record has every key to_json writes, so the key order was checked.
  EXPECT_EQ(to_json(e).size(), 20u);
}

// Each field unset (empty, nullopt, or its other null form) on its own, from a
// fully filled record, so every null to_json writes is compared in context.
TEST(AppendJson, EachFieldUnset) {
  using Edit = void (*)(Event&);
  const std::vector<std::pair<const char*, Edit>> edits = {
      {"event_id", [](Event& e) { e.event_id.clear(); }},
      {"doc_id", [](Event& e) { e.doc_id.clear(); }},
      {"actor", [](Event& e) { e.actor.reset(); }},
      {"actor empty", [](Event& e) { e.actor = ""; }},
      {"actor_text", [](Event& e) { e.actor_text.clear(); }},
      {"actor_text without actor", [](Event& e) { e.actor.reset(); }},
      {"target", [](Event& e) { e.target = {}; }},
      {"target.text", [](Event& e) { e.target.text.clear(); }},
      {"target.type none", [](Event& e) { e.target.type = TargetType::none; }},
      {"target.type unknown", [](Event& e) { e.target.type = TargetType::unknown; }},
      {"target.type none, no text", [](Event& e) { e.target = {"", TargetType::none}; }},
      {"location", [](Event& e) { e.location.reset(); }},
      {"location.name", [](Event& e) { e.location->name.clear(); }},
      {"location.surface", [](Event& e) { e.location->surface.clear(); }},
      {"location.country", [](Event& e) { e.location->country.clear(); }},
      {"location.admin1", [](Event& e) { e.location->admin1.clear(); }},
      {"location.admin2", [](Event& e) { e.location->admin2.clear(); }},
      {"location.latitude", [](Event& e) { e.location->latitude.reset(); }},
      {"location.longitude", [](Event& e) { e.location->longitude.reset(); }},
      {"location.geonames_id", [](Event& e) { e.location->geonames_id.reset(); }},
      {"location.precision none", [](Event& e) { e.location->precision = LocationPrecision::none; }},
      {"location.precision country", [](Event& e) { e.location->precision = LocationPrecision::country; }},
      {"location.district", [](Event& e) { e.location->district.clear(); }},
      {"location all empty", [](Event& e) { e.location = Location{}; }},
      {"date.value", [](Event& e) { e.date.value.clear(); }},
      {"date.precision none", [](Event& e) { e.date.precision = DatePrecision::none; }},
      {"date.precision unknown", [](Event& e) { e.date.precision = DatePrecision::unknown; }},
      {"date.text", [](Event& e) { e.date.text.clear(); }},
      {"killed", [](Event& e) { e.killed.reset(); }},
      {"killed.max", [](Event& e) { e.killed->max.reset(); }},
      {"injured", [](Event& e) { e.injured.reset(); }},
      {"injured.max set", [](Event& e) { e.injured->max = 80; }},
      {"outcome unknown", [](Event& e) { e.outcome = Outcome::unknown; }},
      {"outcome intercepted", [](Event& e) { e.outcome = Outcome::intercepted; }},
      {"evidence", [](Event& e) { e.evidence.clear(); }},
      {"evidence one", [](Event& e) { e.evidence.resize(1); }},
      {"evidence doc_id first only", [](Event& e) { e.evidence[0].doc_id = "doc-0"; e.evidence[1].doc_id.clear(); }},
      {"evidence empty text", [](Event& e) { e.evidence[0].text.clear(); }},
      {"rules", [](Event& e) { e.rules.clear(); }},
      {"rules one", [](Event& e) { e.rules.resize(1); }},
      {"rules empty id", [](Event& e) { e.rules.push_back(""); }},
      {"confidence", [](Event& e) { e.confidence = 0.0; }},
      {"source_url", [](Event& e) { e.source_url.clear(); }},
      {"title", [](Event& e) { e.title.clear(); }},
      {"cluster_id", [](Event& e) { e.cluster_id.clear(); }},
      {"sources", [](Event& e) { e.sources.clear(); }},
      {"sources one", [](Event& e) { e.sources.resize(1); }},
      {"sources empty fields", [](Event& e) { e.sources = {Source{}}; }},
  };
  for (const auto& [name, edit] : edits) {
    Event e = full_event();
    edit(e);
    EXPECT_TRUE(same_as_dump(e)) << name;
  }
}

TEST(AppendJson, Numbers) {
  for (double d : kDoubles) {
    Event e = full_event();
    e.confidence = d;
    e.location->latitude = d;
    e.location->longitude = -d;
    EXPECT_TRUE(same_as_dump(e)) << d;
  }
  const std::vector<std::pair<int, std::optional<int>>> counts = {
      {0, 0}, {0, std::nullopt}, {1, 2}, {-1, -7}, {std::numeric_limits<int>::min(), std::numeric_limits<int>::max()},
      {std::numeric_limits<int>::max(), std::nullopt}, {1000000, 1000001}};
  for (const auto& [lo, hi] : counts) {
    Event e = full_event();
    e.killed = Count{lo, hi};
    e.injured = Count{-lo / 2, hi};
    EXPECT_TRUE(same_as_dump(e)) << lo;
  }
  for (std::int64_t id : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{9}, std::int64_t{10}, std::int64_t{703845},
                          std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
    Event e = full_event();
    e.location->geonames_id = id;
    EXPECT_TRUE(same_as_dump(e)) << id;
  }
  for (std::size_t off : {std::size_t{0}, std::size_t{9}, std::size_t{10}, std::size_t{4294967296ull},
                          std::numeric_limits<std::size_t>::max()}) {
    Event e = full_event();
    e.evidence[0].start = off;
    e.evidence[1].end = off;
    EXPECT_TRUE(same_as_dump(e)) << off;
  }
  Event many = full_event();
  many.sources.assign(12, Source{"d", "e", "u"});  // source_count with two digits
  EXPECT_TRUE(same_as_dump(many));
}

// Random doubles of every magnitude (random bit patterns) and random short
// decimals like coordinates and confidences.
TEST(AppendJson, RandomDoubles) {
  std::mt19937_64 rng(20240601);
  std::uniform_real_distribution<double> coord(-180.0, 180.0);
  Event e = full_event();
  for (int i = 0; i < 4000; ++i) {
    double bits_d;
    const std::uint64_t bits = rng();
    std::memcpy(&bits_d, &bits, sizeof bits_d);
    e.confidence = bits_d;  // NaN/inf included: to_json writes them as null
    e.location->latitude = std::round(coord(rng) * 1e5) / 1e5;
    e.location->longitude = coord(rng);
    ASSERT_TRUE(same_as_dump(e)) << i;
  }
}

// Every event type and every weapon (typed: their names are the only text they can write).
TEST(AppendJson, EveryTypeAndWeapon) {
  for (std::size_t i = 0; i < kEventTypeNames.size(); ++i) {
    Event e = full_event();
    e.event_type = static_cast<EventType>(i);
    EXPECT_TRUE(same_as_dump(e)) << kEventTypeNames[i];
  }
  for (std::size_t i = 0; i < kWeaponNames.size(); ++i) {
    Event e = full_event();
    e.weapon = static_cast<Weapon>(i);
    EXPECT_TRUE(same_as_dump(e)) << kWeaponNames[i];
  }
}

// The typed fields read back from their JSON as the values written; another name is refused
// (compared as values: a json compared with an enum would compare its number).
TEST(EventFromJson, TypedFieldsReadBackAndOtherNamesAreRefused) {
  const Event e = full_event();
  const auto back = event_from_json(to_json(e));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value().outcome, Outcome::hit);
  EXPECT_EQ(back.value().target.type, TargetType::residential);
  EXPECT_EQ(back.value().location->precision, e.location->precision);
  EXPECT_EQ(back.value().date.precision, DatePrecision::day);
  const std::vector<std::pair<nlohmann::json::json_pointer, std::string>> bad = {
      {nlohmann::json::json_pointer("/outcome"), "unknown outcome 'destroyed'"},
      {nlohmann::json::json_pointer("/target/type"), "unknown target_type 'destroyed'"},
      {nlohmann::json::json_pointer("/location/precision"), "unknown location precision 'destroyed'"},
      {nlohmann::json::json_pointer("/date/precision"), "unknown date_precision 'destroyed'"}};
  for (const auto& [where, message] : bad) {
    nlohmann::json j = to_json(e);
    j[where] = "destroyed";
    const auto r = event_from_json(j);
    ASSERT_FALSE(r.ok()) << where.to_string();
    EXPECT_EQ(r.status().message(), "not an event record: " + message);
  }
  nlohmann::json untyped = to_json(Event{});
  untyped.erase("outcome");
  const auto r = event_from_json(untyped);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().outcome, Outcome::unknown);  // a record that does not say
  EXPECT_EQ(r.value().target.type, TargetType::none);
  EXPECT_EQ(r.value().date.precision, DatePrecision::none);
}

// Every text field with every test text, so each field's escaping is compared.
TEST(AppendJson, TextInEveryField) {
  using Put = void (*)(Event&, const std::string&);
  const std::vector<Put> fields = {
      [](Event& e, const std::string& s) { e.event_id = s; },
      [](Event& e, const std::string& s) { e.doc_id = s; },
      [](Event& e, const std::string& s) { e.actor = s; },
      [](Event& e, const std::string& s) { e.actor_text = s; },
      [](Event& e, const std::string& s) { e.target.text = s; },
      [](Event& e, const std::string& s) { e.location->name = s; },
      [](Event& e, const std::string& s) { e.location->surface = s; },
      [](Event& e, const std::string& s) { e.location->country = s; },
      [](Event& e, const std::string& s) { e.location->admin1 = s; },
      [](Event& e, const std::string& s) { e.location->admin2 = s; },
      [](Event& e, const std::string& s) { e.location->district = s; },
      [](Event& e, const std::string& s) { e.date.value = s; },
      [](Event& e, const std::string& s) { e.date.text = s; },
      [](Event& e, const std::string& s) { e.evidence[0].text = s; },
      [](Event& e, const std::string& s) { e.evidence[0].doc_id = s; },
      [](Event& e, const std::string& s) { e.rules[1] = s; },
      [](Event& e, const std::string& s) { e.source_url = s; },
      [](Event& e, const std::string& s) { e.title = s; },
      [](Event& e, const std::string& s) { e.cluster_id = s; },
      [](Event& e, const std::string& s) { e.sources[1].doc_id = s; },
      [](Event& e, const std::string& s) { e.sources[1].event_id = s; },
      [](Event& e, const std::string& s) { e.sources[1].url = s; },
  };
  for (std::size_t f = 0; f < fields.size(); ++f)
    for (const std::string& s : kTexts) {
      Event e = full_event();
      fields[f](e, s);
      EXPECT_TRUE(same_as_dump(e)) << "field " << f << " text " << nlohmann::json(s).dump();
    }
}

TEST(AppendJson, EveryAsciiByte) {
  for (int c = 0; c < 0x80; ++c) {
    Event e = full_event();
    e.title = std::string("<") + static_cast<char>(c) + ">";
    e.evidence[1].text = std::string(1, static_cast<char>(c));
    EXPECT_TRUE(same_as_dump(e)) << "byte " << c;
  }
}

// Ill-formed UTF-8 (where dump() throws): append_json must refuse it and
// leave out alone; the sink then writes what the repairing dump() gives.
TEST(AppendJson, InvalidUtf8) {
  const std::vector<std::string> bad = {
      "\x80",              // lone continuation byte
      "abc\xbf",           // continuation at the end
      "\xc0\xaf",          // overlong '/'
      "\xc1\xbf",          // overlong
      "\xe0\x80\xaf",      // overlong 3-byte
      "\xed\xa0\x80",      // UTF-16 surrogate
      "\xf4\x90\x80\x80",  // above U+10FFFF
      "\xf5\x80\x80\x80",  // lead byte out of range
      "\xff",
      "\xe2\x82",          // truncated at the end
      "\xe2\x82x",         // truncated before ASCII
      "\xf0\x9f\x92",      // truncated emoji
      "ok \xd0",           // truncated Cyrillic
  };
  for (const std::string& s : bad) {
    Event e = full_event();
    e.evidence[0].text = "Кривий Ріг " + s + " end";
    ASSERT_FALSE(reference(e).has_value()) << "dump() accepted case " << (&s - bad.data());
    EXPECT_TRUE(same_as_dump(e));
  }
}

// Short random byte strings from an alphabet of the bytes that matter (escapes,
// DEL, continuation and lead bytes at the edges of their ranges): append_json
// must write what dump() writes, or refuse exactly where dump() throws.
TEST(AppendJson, RandomBytes) {
  const unsigned char alphabet[] = {0x00, 0x01, 0x08, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x22, 0x2f, 0x41, 0x5c, 0x7e,
                                    0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
                                    0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
  std::uniform_int_distribution<int> len(0, 6);
  int valid = 0, invalid = 0;
  Event e = full_event();
  for (int i = 0; i < 6000; ++i) {
    std::string s;
    for (int n = len(rng); n > 0; --n) s += static_cast<char>(alphabet[pick(rng)]);
    (i % 2 ? e.title : e.evidence[1].text) = s;
    ASSERT_TRUE(same_as_dump(e)) << "bytes " << i;
    (reference(e) ? valid : invalid)++;
    (i % 2 ? e.title : e.evidence[1].text) = "x";
  }
  // Both outcomes were exercised, so neither branch passed by not running.
  EXPECT_GT(valid, 500);
  EXPECT_GT(invalid, 500);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The JSONL sink writes to_json(e).dump() + '\n' per event, the repaired
// dump() for text that is not valid UTF-8.
TEST(JsonlSink, LinesAreDump) {
  std::vector<Event> events = test::varied_events();
  events.push_back(full_event());
  events.push_back(Event{});
  Event bad = full_event();
  bad.title = "broken \xe2\x82 title";
  events.push_back(bad);
  std::string want;
  for (const Event& e : events)
    want += to_json(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  ASSERT_NE(want.find("\xef\xbf\xbd"), std::string::npos);  // the repair happened

  test::TempDir dir;
  SinkOptions o;
  o.path = dir.file("out.jsonl");
  auto sink = open_sink(o);
  ASSERT_TRUE(sink.ok()) << sink.status().message();
  for (const Event& e : events) ASSERT_TRUE(sink.value()->write(e).ok());
  ASSERT_TRUE(sink.value()->finish(RunSummary{}).ok());
  EXPECT_EQ(slurp(o.path), want);
}

// Every event the real rules make of samples/*.jsonl and tests/gold/*.jsonl,
// as extracted, as annotated with cluster ids, and as merged by the
// deduplicator (merged records carry sources and per-span doc ids).
TEST(AppendJson, RealExtractorEvents) {
  namespace fs = std::filesystem;
  std::vector<std::string> inputs;
  for (const char* dir : {"/samples", "/tests/gold"})
    for (const auto& entry : fs::directory_iterator(std::string(SALVO_SOURCE_DIR) + dir))
      if (entry.path().extension() == ".jsonl") inputs.push_back(entry.path().string());
  std::sort(inputs.begin(), inputs.end());
  ASSERT_GE(inputs.size(), 2u);

  ExtractorOptions opts;
  opts.rules_dir = std::string(SALVO_SOURCE_DIR) + "/rules";
  auto ex = Extractor::load(opts);
  ASSERT_TRUE(ex.ok()) << ex.status().message();

  auto source = open_inputs(inputs, {});
  Deduplicator annotate({}, DedupeMode::annotate);
  Deduplicator merge({.window_days = 100000}, DedupeMode::merge);  // one window: more merges
  std::size_t docs = 0, events = 0, annotated = 0, merged = 0, multi = 0;
  std::set<std::string> fields_seen;
  Document doc;
  Reject rej;
  bool more = true;
  while (more) {
    switch (source->next(doc, rej)) {
      case DocumentSource::Next::document:
        ++docs;
        for (const Event& e : ex.value()->extract(doc)) {
          ++events;
          ASSERT_TRUE(same_as_dump(e)) << doc.id;
          const nlohmann::json j = to_json(e);
          for (const auto& [k, v] : j.items())
            if (!v.is_null()) fields_seen.insert(k);
          for (const TracedEvent& t : annotate.add(e)) {
            ++annotated;
            ASSERT_TRUE(same_as_dump(t.event)) << doc.id;
          }
          for (const TracedEvent& t : merge.add(e)) {
            ++merged;
            if (t.event.sources.size() > 1) ++multi;
            ASSERT_TRUE(same_as_dump(t.event)) << doc.id;
          }
        }
        break;
      case DocumentSource::Next::reject: break;
      case DocumentSource::Next::end: more = false; break;
      case DocumentSource::Next::error: FAIL() << source->status().message();
    }
  }
  for (const TracedEvent& t : merge.finish()) {
    ++merged;
    if (t.event.sources.size() > 1) ++multi;
    ASSERT_TRUE(same_as_dump(t.event)) << t.event.event_id;
  }
  std::cout << "[ info ] " << docs << " documents, " << events << " events, " << annotated << " annotated, "
            << merged << " merged records (" << multi << " from more than one event)\n";
  EXPECT_GE(docs, 100u);
  EXPECT_GE(events, 100u);
  EXPECT_EQ(annotated, events);
  EXPECT_GT(multi, 0u);
  // The real events reached the optional fields, not only their nulls.
  for (const char* k : {"actor", "actor_text", "target", "location", "killed", "injured", "title"})
    EXPECT_TRUE(fields_seen.count(k)) << k << " was null in every real event";
}

}  // namespace
}  // namespace salvo
