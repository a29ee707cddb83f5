// extract/places.h — the place names of a sentence and what each is there.
//
// Owns: recognising place names (capitalised runs the gazetteer knows,
// geographic names, a town before its facility, country nouns; not water,
// not the tail of a person's name), then reading each name's context: region
// words after it, "in"/"near" or "from" before it, titles, demonyms, actors
// and speakers around it, the dateline. Then the relations between names:
// lists that share a status, a region or country that is a hint for the town
// before it ("Avdiivka, Donetsk region"), admin units in brackets, bearings
// ("north of Sumy"), and districts of a city. It neither picks the place of
// a phrase (analyze.cpp) nor resolves names to coordinates (assemble).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "resolve/gazetteer.h"

namespace salvo {

struct Sentence;

struct PlaceCand {
  std::size_t begin, end;
  std::string name;
  bool good = false, bad = false;
  bool country = false;  // a country name, not a town
  std::string country_code;
  PlaceQuery q;
  bool used_as_hint = false;
  bool speaker = false;  // "officials in X said": where the source is; the strike's place only if no other is named
  bool small = false;    // only small villages by this name: a place only where the text (or its list's head) announces one
};

// A name of 2-5 capital letters ("SANA", "IDF"): an acronym.
bool is_acronym(std::string_view name);

// Some place the gazetteer knows by this name is a settlement or district.
bool names_a_town(const Gazetteer& gaz, std::string_view name);

// Some place the gazetteer knows by this name is a region (admin1 or wider).
bool names_a_region(const Gazetteer& gaz, std::string_view name);

// The place names of the sentence with their context; names that end before
// `dateline_end` are the dateline's (bad). Needs tokens and the lists.
std::vector<PlaceCand> find_places(const Sentence& c, std::size_t dateline_end);

// The sub-steps of find_places, in the order it runs them.
std::vector<PlaceCand> place_candidates(const Sentence& c);
void read_place_context(const Sentence& c, PlaceCand& pc, std::size_t dateline_end);
void mark_region_lists(const Sentence& c, std::vector<PlaceCand>& out);
void drop_source_tail(const Sentence& c, std::vector<PlaceCand>& out);
void share_list_status(const Sentence& c, std::vector<PlaceCand>& out);
void take_region_hints(const Sentence& c, std::vector<PlaceCand>& out);
void take_bracket_hints(const Sentence& c, std::vector<PlaceCand>& out);
void take_city_districts(const Sentence& c, std::vector<PlaceCand>& out);
void take_bearings(const Sentence& c, std::vector<PlaceCand>& out);
void take_named_districts(const Sentence& c, std::vector<PlaceCand>& out);

}  // namespace salvo
