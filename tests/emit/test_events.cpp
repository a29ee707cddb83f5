#include "test_events.h"

#include <string>

namespace salvo::test {

namespace {

Event base(std::string id) {
  Event e;
  e.event_id = id;
  e.doc_id = "doc-" + id;
  e.event_type = EventType::air_drone_strike;
  e.weapon = Weapon::drone;
  e.date = {"2023-07-31", DatePrecision::day, "on Monday"};
  e.outcome = Outcome::hit;
  e.confidence = 0.75;
  e.rules = {"trigger.drone", "weapon.shahed"};
  e.evidence = {{0, 42, "Russian drones struck Odesa on Monday."}};
  return e;
}

Location place(std::string name, std::string country, std::string admin1, double lat, double lon, std::int64_t gid,
               LocationPrecision precision) {
  Location l;
  l.name = name;
  l.surface = name;
  l.country = std::move(country);
  l.admin1 = std::move(admin1);
  l.latitude = lat;
  l.longitude = lon;
  l.geonames_id = gid;
  l.precision = precision;
  return l;
}

}  // namespace

std::vector<Event> varied_events() {
  std::vector<Event> v;

  {  // A plain, fully filled record.
    Event e = base("e1");
    e.event_type = EventType::shelling_artillery_missile;
    e.weapon = Weapon::missile;
    e.actor = "Russia";
    e.actor_text = "Russian forces";
    e.target = {"a residential building", TargetType::residential};
    e.location = place("Kryvyi Rih", "UA", "Dnipropetrovsk", 47.9105, 33.3918, 703845, LocationPrecision::exact);
    e.killed = Count{6, 6};
    e.injured = Count{75, std::nullopt};
    e.source_url = "https://example.com/news/kryvyi-rih?id=1&lang=en";
    e.title = "Missile strike on Kryvyi Rih";
    v.push_back(e);
  }
  {  // Commas, quotes and line breaks everywhere; a formula-like target.
    Event e = base("e2");
    e.actor = "Hamas";
    e.actor_text = "Hamas, the group said";
    e.target = {"=cmd|' /C calc'!A0", TargetType::infrastructure};
    e.location = place("Sderot, \"near\" the border", "IL", "Southern District", 31.525, 34.5969, 293690, LocationPrecision::near);
    e.title = "Rockets, \"again\"\nover Sderot";
    e.evidence = {{10, 60, "Rockets hit Sderot, officials said: \"two were hurt\".\r\nMore later."},
                  {61, 90, "Second sentence,\twith a tab."}};
    e.injured = Count{2, 2};
    e.source_url = "https://example.com/a b?q=\"x\"";
    v.push_back(e);
  }
  {  // Ukrainian names.
    Event e = base("e3");
    e.actor = "Росія";
    e.actor_text = "російські війська";
    e.target = {"житловий будинок", TargetType::residential};
    e.location = place("Кривий Ріг", "UA", "Дніпропетровська", 47.91, 33.39, 703845, LocationPrecision::exact);
    e.title = "Удар по Кривому Рогу";
    e.evidence = {{0, 30, "Російські ракети влучили в житловий будинок."}};
    e.source_url = "https://uk.example.com/новини/кривий-ріг";
    v.push_back(e);
  }
  {  // Arabic names; negative coordinates (a made-up place west of Greenwich).
    Event e = base("e4");
    e.event_type = EventType::remote_explosive;
    e.weapon = Weapon::ied;
    e.actor = "حماس";
    e.actor_text = "حماس";
    e.target = {"قافلة عسكرية", TargetType::military};
    e.location = place("غزة", "PS", "Gaza Strip", -31.5, -73.5, 281133, LocationPrecision::admin1);
    e.title = "انفجار في غزة";
    e.evidence = {{0, 20, "انفجرت عبوة ناسفة قرب قافلة عسكرية."}};
    v.push_back(e);
  }
  {  // Everything unknown that can be: nulls and empty cells.
    Event e = base("e5");
    e.event_type = EventType::grenade;
    e.weapon = Weapon::unknown;
    e.outcome = Outcome::unknown;
    e.date = {"2023-07-30", DatePrecision::unknown, ""};
    e.evidence.clear();
    e.rules.clear();
    e.confidence = 0;
    v.push_back(e);
  }
  {  // Location without coordinates; country precision; target without text.
    Event e = base("e6");
    e.event_type = EventType::suicide_bomb;
    e.weapon = Weapon::suicide_vest;
    e.location = Location{};
    e.location->name = "Somalia";
    e.location->surface = "Somalia";
    e.location->country = "SO";
    e.location->precision = LocationPrecision::country;
    e.target = {"", TargetType::civilians};
    e.killed = Count{12, std::nullopt};
    e.injured = Count{0, 0};
    e.date = {"2023-04-01", DatePrecision::month, "in April"};
    e.title = "+44 dead? -- @mention";
    e.actor = "-Al Shabaab";
    e.actor_text = "Al Shabaab";
    v.push_back(e);
  }
  {  // Text that looks like Excel's escapes and formulas in other columns; week precision.
    Event e = base("e7");
    e.date = {"2023-04-10", DatePrecision::week, "mid-April"};
    e.target = {"@SUM(A1:A9)", TargetType::none};  // a target without a type -> "unknown"
    e.title = "_x0041_ is not A; _x005F_ neither";
    e.evidence = {{0, 5, "\tTabbed start"}, {6, 9, "\rCR start"}};
    e.source_url = "=HYPERLINK(\"http://evil.example\")";
    e.location = place("Null Island", "", "", 0.0, -0.0001, 1, LocationPrecision::exact);
    e.confidence = 1;
    v.push_back(e);
  }
  {  // One evidence cell over Excel's 32,767-character limit; characters outside the BMP.
    Event e = base("e8");
    std::string long_text;
    while (long_text.size() < 40000) long_text += "Shelling continued near Bakhmut 💥 overnight. ";
    e.evidence = {{0, 40000, long_text}, {40001, 40010, "tail"}};
    e.source_url = "https://example.com/" + std::string(2100, 'x');  // too long for an Excel link
    e.title = "Long evidence 💥";
    v.push_back(e);
  }
  {  // A control character (XLSX escapes it) and a mailto link.
    Event e = base("e9");
    e.title = std::string("bell\x07") + "here";
    e.source_url = "mailto:desk@example.com";
    e.location = place("Bilhorod-Dnistrovskyi", "UA", "Odesa", 46.1871, 30.3410, 698131, LocationPrecision::exact);
    e.killed = Count{0, 5};
    v.push_back(e);
  }
  return v;
}

}  // namespace salvo::test
