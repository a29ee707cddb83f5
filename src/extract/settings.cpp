// extract/settings.cpp — see settings.h.
#include "extract/settings.h"

#include <algorithm>
#include <cstdlib>

#include "core/names.h"
#include "rules/lexfile.h"

namespace salvo {

namespace {

bool parse_double(const std::string& s, double& out) {
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

struct Weight {
  const char* key;
  double ConfidenceWeights::*field;
};

constexpr Weight kWeights[] = {
    {"strong"_name, &ConfidenceWeights::strong},
    {"weak"_name, &ConfidenceWeights::weak},
    {"actor"_name, &ConfidenceWeights::actor},
    {"coordinates"_name, &ConfidenceWeights::coordinates},
    {"day"_name, &ConfidenceWeights::day},
    {"casualties_or_target", &ConfidenceWeights::casualties_or_target},
    {"several_mentions", &ConfidenceWeights::several_mentions},
    {"named_system", &ConfidenceWeights::named_system},
    {"max"_name, &ConfidenceWeights::max},
};

// The whole-number keys of [eventness] (each key names its unit).
struct Count {
  const char* key;
  int AssemblySettings::*field;
};

constexpr Count kCounts[] = {
    {"weak_background_days", &AssemblySettings::weak_background_days},
    {"campaign_total", &AssemblySettings::campaign_total},
    {"article_country_max_bytes", &AssemblySettings::article_country_max_bytes},
};

}  // namespace

AssemblySettings load_assembly_settings(const std::filesystem::path& path, std::vector<Diagnostic>& problems) {
  AssemblySettings s;
  const LexFile f = read_lexfile(path, problems);
  std::vector<std::string> seen;
  for (const LexEntry& e : f.entries) {
    const std::string where = "[" + e.section + "] " + e.key;
    if (e.key.empty()) {
      problems.push_back(f.at(e.line, "expected 'key = value'"));
    } else if (e.section == "weapon event types"_name) {
      const auto weapon = parse_weapon(e.key);
      const auto type = parse_event_type(e.value);
      if (!weapon.ok()) problems.push_back(f.at(e.line, weapon.status().message()));
      else if (!type.ok()) problems.push_back(f.at(e.line, type.status().message()));
      else s.weapon_event_type[static_cast<std::size_t>(weapon.value())] = type.value();
    } else if (e.section == "confidence"_name) {
      const auto w = std::find_if(std::begin(kWeights), std::end(kWeights),
                                  [&](const Weight& x) { return e.key == x.key; });
      double v = 0;
      if (w == std::end(kWeights)) problems.push_back(f.at(e.line, "unknown key '" + e.key + "' in [confidence]"));
      else if (!parse_double(e.value, v) || v < 0 || v > 1) problems.push_back(f.at(e.line, where + " must be a number in [0, 1]"));
      else s.confidence.*(w->field) = v;
    } else if (const auto c = std::find_if(std::begin(kCounts), std::end(kCounts),
                                           [&](const Count& x) { return e.key == x.key; });
               e.section == "eventness"_name && c != std::end(kCounts)) {
      double v = 0;
      if (!parse_double(e.value, v) || v < 0 || v != static_cast<int>(v))
        problems.push_back(f.at(e.line, where + " must be a whole number"));
      else s.*(c->field) = static_cast<int>(v);
    } else if (e.section == "eventness"_name && e.key == "country_records_only_in_unplaced_articles"_name) {
      if (e.value != "yes"_name && e.value != "no"_name) problems.push_back(f.at(e.line, where + " must be yes or no"));
      else s.country_only_unplaced = e.value == "yes"_name;
    } else {
      problems.push_back(f.at(e.line, "unknown key " + where));
      continue;
    }
    seen.push_back(e.section + "/" + e.key);
  }
  auto require = [&](const std::string& section, const std::string& key) {
    if (std::find(seen.begin(), seen.end(), section + "/" + key) == seen.end())
      problems.push_back({f.path, 0, "missing [" + section + "] " + key});
  };
  for (const auto w : kWeaponNames) require("weapon event types"_name, std::string(w));
  for (const auto& w : kWeights) require("confidence"_name, w.key);
  for (const auto& c : kCounts) require("eventness"_name, c.key);
  require("eventness"_name, "country_records_only_in_unplaced_articles"_name);
  return s;
}

}  // namespace salvo
