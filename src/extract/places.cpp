// extract/places.cpp — see places.h.
#include "extract/places.h"

#include <algorithm>
#include <cctype>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/actors.h"
#include "extract/sentence.h"

namespace salvo {

namespace {

// `text` ends with a blank and `word`, with something before the blank.
bool ends_with_word(std::string_view text, std::string_view word) {
  return text.size() > word.size() + 1 && text.ends_with(word) && text[text.size() - word.size() - 1] == ' ';
}

// `gap` is " <word> of ".
// " district of ", " neighbourhood of east ": the word, then [place.part_of_tail]
bool is_word_of(const Sentence& c, std::string_view gap, std::string_view word) {
  return gap.size() > word.size() + 1 && gap.front() == ' ' && gap.substr(1, word.size()) == word &&
         c.rb.grammar.place_part_of_tail->matches(gap.substr(word.size() + 1));
}

// A term of `hits` ends right before pos (allowing "the " between).
bool ends_with_term(const Sentence& c, const std::vector<TermHit>& hits, std::size_t pos) {
  for (const auto& h : hits) {
    if (h.end > pos) continue;
    const auto gap = ascii_lower(text_of(c, h.end, pos));
    // nothing or one blank between, in any language; else as the language says (" the ", " eastern ")
    if (gap.empty() || gap == " " || c.rb.grammar.place_gap_after_term->matches(gap))
      return true;
  }
  return false;
}

// The capitalised word i is the tail of a longer name ("Zabihullah Mujahid"): no place.
bool tail_of_longer_name(const Sentence& c, std::size_t i) {
  const auto& toks = c.toks;
  if (i == 0 || toks[i].begin - toks[i - 1].end != 1 || c.s[toks[i].begin - 1] != ' ') return false;
  std::string_view prev = text_of(c, toks[i - 1].begin, toks[i - 1].end);
  if (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s") prev.remove_suffix(2);
  // cheapest tests first (all of them are pure)
  return starts_upper(prev) && !c.rb.words.place_before_name->has(prev) &&
         !std::all_of(prev.begin(), prev.end(), [](char ch) {
           return std::isupper(static_cast<unsigned char>(ch)) || ch == '-' || std::isdigit(static_cast<unsigned char>(ch));
         }) &&
         c.gaz.country_code(prev).empty() &&
         // a first name that is also some small village ("Diego Garcia", "Sean Parnell") is no place here
         (!c.gaz.is_place_name(std::string(prev)) || c.gaz.small_place(prev)) && c.rb.actors->find_all(prev).empty();
}

struct NameMatch {
  std::size_t found = 0;    // tokens in the name (0: none)
  std::size_t skip_to = 0;  // the facility words after it belong to the mention
  std::string name;
};

// "the Gaza Strip", "the West Bank": a name of up to three words and its geographic tail.
void geo_name(const Sentence& c, std::size_t i, NameMatch& nm) {
  const auto& toks = c.toks;
  for (std::size_t n = std::min<std::size_t>(3, toks.size() - i); n >= 1 && i + n < toks.size(); --n) {
    const std::size_t tail = i + n;
    if (!c.rb.words.place_geo_tail->has(text_of(c, toks[tail].begin, toks[tail].end))) continue;
    const auto span = text_of(c, toks[i].begin, toks[tail].end);
    if (span.find_first_of(",;:.()\"") != std::string_view::npos) continue;
    if (c.gaz.is_place_name(std::string(span))) {
      nm.found = n + 1;
      nm.name = std::string(span);
      return;
    }
  }
}

// The end of the facility words after token `last` ("Port Sudan International
// Airport", "Kherson Thermal Power Plant"), or 0 when the capitalised words
// after it are not all facility words.
std::size_t facility_words_end(const Sentence& c, std::size_t last) {
  const auto& toks = c.toks;
  std::size_t k = last + 1;
  for (; k < toks.size() && toks[k].begin - toks[k - 1].end <= 1; ++k) {
    const auto w = text_of(c, toks[k].begin, toks[k].end);
    if (!starts_upper(w)) break;
    if (!c.rb.words.place_facility->has(w)) return 0;
  }
  return k == last + 1 ? 0 : k;
}

// A capitalised word that ends a name's run rather than continuing it ("Kharkiv Monday").
bool ends_run(const Sentence& c, std::size_t k) {
  std::string_view w = text_of(c, c.toks[k].begin, c.toks[k].end);
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
  return c.rb.words.place_run_end->has(w);
}

// "the village of Almehemdiya": a name the gazetteer lacks where the text announces a settlement
// (context.patterns [place.announced_before]) is a place all the same: the capitalised run of up
// to `limit` words, resolved by its loose spelling or kept as an unknown place with its country.
void announced_name(const Sentence& c, std::size_t i, std::size_t limit, NameMatch& nm) {
  const auto& toks = c.toks;
  const std::size_t lb = toks[i].begin > 40 ? toks[i].begin - 40 : 0;
  if (!c.rb.grammar.place_announced_before->matches(ascii_lower(text_of(c, lb, toks[i].begin)))) return;
  // at most two words, for copy that lost its commas runs lists together ("the towns of Kafar
  // Takharim Kafranbil Khan"); no acronym ("town Monitor AFP"), no country or its adjective
  // ("Aleppo Syrian activists", "Syrias") among them
  const std::size_t most = std::min<std::size_t>(limit, 2);
  std::size_t n = 0;
  while (n < most && starts_upper(text_of(c, toks[i + n].begin, toks[i + n].end)) &&
         (n == 0 || text_of(c, toks[i + n - 1].end, toks[i + n].begin).find_first_of(",;:.()\"") == std::string_view::npos))
    ++n;
  if (n == 0 || (i + n < toks.size() && starts_upper(text_of(c, toks[i + n].begin, toks[i + n].end)))) return;
  for (std::size_t k = i; k < i + n; ++k) {
    std::string_view w = text_of(c, toks[k].begin, toks[k].end);
    if (is_acronym(w) || !c.gaz.country_code(w).empty()) return;
    if (w.size() > 3 && w.back() == 's' && !c.gaz.country_code(w.substr(0, w.size() - 1)).empty()) return;
  }
  std::string cand(text_of(c, toks[i].begin, toks[i + n - 1].end));
  if (cand.size() > 2 && cand.compare(cand.size() - 2, 2, "'s") == 0) cand.resize(cand.size() - 2);
  if (cand.size() >= 4) nm = {n, 0, cand};
}

// The longest run of up to four words from token i that names a place.
void run_name(const Sentence& c, std::size_t i, NameMatch& nm) {
  const auto& toks = c.toks;
  std::size_t limit = std::min<std::size_t>(4, toks.size() - i);
  for (std::size_t k = 1; k < limit; ++k)
    if (ends_run(c, i + k)) limit = k;
  for (std::size_t n = limit; n >= 1; --n) {
    const std::size_t last = i + n - 1;
    const std::string_view lw = text_of(c, toks[last].begin, toks[last].end);
    // (the longest article is four letters: a hyphen must come by the fifth byte)
    if (!starts_upper(lw) && !std::isdigit(static_cast<unsigned char>(lw[0])) &&
        !(n > 1 && lw.find('-') <= 4 && c.rb.grammar.place_article_part->matches(lw)))
      continue;
    bool ok = true;
    for (std::size_t k = i + 1; k < last; ++k) {
      const std::string_view mw = text_of(c, toks[k].begin, toks[k].end);
      if (!starts_upper(mw) && !c.rb.words.place_name_connector->has(mw)) ok = false;
    }
    // no punctuation inside a name except spaces, hyphens and apostrophes
    const auto span = text_of(c, toks[i].begin, toks[last].end);
    if (span.find_first_of(",;:.()\"") != std::string_view::npos) ok = false;
    if (!ok) continue;
    std::string cand(span);
    if (cand.size() > 2 && cand.compare(cand.size() - 2, 2, "'s") == 0) cand.resize(cand.size() - 2);
    // "Abu Shouk camp" is not "Abu": the name must take the whole capitalised run,
    // unless the rest of the run names a facility of the place ("Port Sudan
    // International Airport", "Bannu Cantonment", "Kherson Thermal Power Plant")
    std::size_t facility_end = 0;
    if (last + 1 < toks.size() && !ends_run(c, last + 1) && toks[last + 1].begin - toks[last].end <= 1 &&
        starts_upper(text_of(c, toks[last + 1].begin, toks[last + 1].end)) &&
        text_of(c, toks[last].end, toks[last + 1].begin).find_first_of(",;:.") == std::string_view::npos &&
        cand.size() == span.size()) {
      facility_end = facility_words_end(c, last);
      if (!facility_end) continue;
    }
    if (c.gaz.is_place_name(cand)) {
      nm = {n, facility_end, cand};
      return;
    }
    // A place whose name is also an English word ("Sake", "Hope") counts only where
    // the words before it announce a place: "the hills above Sake", "the village of Hope"
    if (n == 1) {
      const std::size_t lb = toks[i].begin > 40 ? toks[i].begin - 40 : 0;
      const std::string before = ascii_lower(text_of(c, lb, toks[i].begin));
      if (c.rb.grammar.place_locative_before->matches(before) && !c.gaz.lookup(cand).empty() &&
          c.gaz.country_code(cand).empty()) {
        nm = {n, facility_end, cand};
        return;
      }
    }
  }
  announced_name(c, i, limit, nm);
}

// "the Gulf of Aden", "the Sea of Azov": water, not a place that is struck.
bool water_of(const Sentence& c, std::size_t i) {
  const auto& toks = c.toks;
  return c.rb.words.place_water_head->has(text_of(c, toks[i].begin, toks[i].end)) && i + 2 < toks.size() &&
         c.rb.words.place_water_of->has(text_of(c, toks[i + 1].begin, toks[i + 1].end));
}

// "the Caspian Sea", "the Dnipro River", "the Bab el-Mandeb Strait" (the name found may be the
// first words of the water's): water, not a place that is struck.
bool water_after(const Sentence& c, std::size_t i, std::size_t found) {
  const auto& toks = c.toks;
  const std::size_t lst = i + found - 1;
  const WordList& water = *c.rb.words.place_water;
  if (found > 1 && water.has(text_of(c, toks[lst].begin, toks[lst].end))) return true;
  // the rest of the name's run: up to two more words, capitalised or an article part ("el-Mandeb")
  for (std::size_t k = i + found; k < toks.size() && k < i + found + 3; ++k) {
    const auto w = text_of(c, toks[k].begin, toks[k].end);
    if (water.has(w)) return true;
    if (text_of(c, toks[k - 1].end, toks[k].begin) != " ") return false;
    const bool name_part = starts_upper(w) || (w.find('-') <= 4 && c.rb.grammar.place_article_part->matches(w));
    if (!name_part) return false;
  }
  return false;
}

// A country noun ("in Ukraine"), not its adjective ("Israeli territory", "Russian cities").
void country_noun(const Sentence& c, std::size_t i, std::vector<PlaceCand>& out) {
  const auto& toks = c.toks;
  std::string_view word = text_of(c, toks[i].begin, toks[i].end);
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s") word.remove_suffix(2);
  // a title or a ship's prefix is none, whatever its letters fold to ("USS" is no "US")
  if (c.rb.words.place_title->has(word)) return;
  const std::string cc = c.gaz.country_code(word);
  const std::string lw = ascii_lower(word);
  const bool adjective_form = c.rb.words.place_demonym_ending->ends(lw, true) && i + 1 < toks.size() &&
                              !starts_upper(text_of(c, toks[i + 1].begin, toks[i + 1].end)) &&
                              text_of(c, toks[i].end, toks[i + 1].begin) == " ";
  // the gazetteer must file the word as a country: an adjective ("Syrian Coalition", "Russian
  // Airstrikes" in a headline) is no country noun even where a town abroad answers to it
  const auto recs = c.gaz.lookup(word);
  const bool a_country = std::any_of(recs.begin(), recs.end(), [](const PlaceRecord* r) { return r->kind == PlaceKind::country; });
  if (!cc.empty() && !adjective_form && a_country) {
    PlaceCand pc;
    pc.begin = toks[i].begin;
    pc.end = toks[i].begin + word.size();
    pc.name = std::string(word);
    pc.country = true;
    pc.country_code = cc;
    out.push_back(std::move(pc));
  }
}

// The words around a candidate that make it no place struck: a person, an actor, a speaker.
void read_people_around(const Sentence& c, PlaceCand& pc, const std::string& before) {
  const Grammar& g = c.rb.grammar;
  // followed by "-backed", "'s forces", " regime": an actor use
  const auto after = text_of(c, pc.end, std::min(c.s.size(), pc.end + 30));
  if (g.place_actor_use_after->matches(after)) pc.bad = true;
  // a person: "Iryna, a 41-year-old teacher", "Hassan, 34,", "says Oleksandr, who ..."
  if ((after.starts_with(',') || after.starts_with(" a")) && g.place_person_after->matches(after)) pc.bad = true;
  // where the speaker is: "officials in Kherson said", "the administration in South Darfur
  // claimed that ..." ("the bombing in Mogadishu claimed 20 lives" is no speech); often the
  // place struck too ("officials in Belgorod said a rocket attack on the city ..."), so it
  // yields only to another place named in the sentence
  if (after.starts_with(' ') && g.place_speaker_before->matches(before)) {
    std::string m;
    if (g.place_speaker_after->search(after, &m) && !c.rb.words.place_not_speech->in(m)) pc.speaker = true;
  }
  if (!after.empty() && after[0] == ',' && g.place_says_before->matches(before)) pc.bad = true;
  // whose official speaks: "Donetsk regional governor Pavlo Kyrylenko said Slovyansk ... had
  // suffered heavy shelling" (the place yields to another named, as a speaker's does)
  if (g.place_official_after->matches(after)) pc.speaker = true;
  for (const auto& a : c.actors) {
    if (a.begin <= pc.begin && a.end > pc.end + 1) pc.bad = true;
    // exactly an actor's name that is no capital ("FAMa", the Malian army; not "Moscow"): the actor
    if (a.begin == pc.begin && a.end >= pc.end && !has_tag(c.rb.actors->spec(a), "capital"_name) &&
        c.gaz.country_code(pc.name).empty()) {
      // ... unless the name is also a region ("DPR" is Donetsk oblast)
      if (!names_a_region(c.gaz, pc.name)) pc.bad = true;
    }
  }
  {
    const auto after2 = text_of(c, pc.end, std::min(c.s.size(), pc.end + 20));
    if (pc.country || !c.rb.actors->find_all(text_of(c, pc.begin, pc.end)).empty())
      if (g.place_subject_after->matches(after2)) pc.bad = true;
    // a name that speaks, with nothing before it that makes it a place, is a person or a
    // government, not where a strike was ("Parnell said"; "officials in Belgorod said" stays)
    if (!pc.good && g.place_speaker_subject_after->matches(after2)) pc.bad = true;
  }
  // a capital or country that is the subject of an attack verb is an actor ("Moscow launched")
  for (const auto& a : c.actors) {
    if (a.begin <= pc.begin && a.end >= pc.end - 2 && !pc.good) {
      for (const auto& v : c.verbs) {
        if (v.begin < pc.end) continue;
        const std::string gap = ascii_lower(text_of(c, a.end, v.begin));
        if (g.place_aux_gap->matches(gap)) pc.bad = true;
        break;
      }
      if (pc.country) pc.bad = true;
    }
  }
}

}  // namespace

bool is_acronym(std::string_view name) {
  if (name.size() < 2 || name.size() > 5) return false;
  return std::all_of(name.begin(), name.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

bool names_a_town(const Gazetteer& gaz, std::string_view name) {
  for (const auto* r : gaz.lookup(name))
    if (r->kind == PlaceKind::settlement || r->kind == PlaceKind::district) return true;
  return false;
}

bool names_a_region(const Gazetteer& gaz, std::string_view name) {
  for (const auto* r : gaz.lookup(name))
    if (r->kind == PlaceKind::admin1 || r->kind == PlaceKind::region) return true;
  return false;
}

std::vector<PlaceCand> place_candidates(const Sentence& c) {
  std::vector<PlaceCand> out;
  const auto& toks = c.toks;
  for (std::size_t i = 0; i < toks.size();) {
    if (!starts_upper(text_of(c, toks[i].begin, toks[i].end)) || tail_of_longer_name(c, i)) {
      ++i;
      continue;
    }
    NameMatch nm;
    geo_name(c, i, nm);
    if (!nm.found) run_name(c, i, nm);
    if (water_of(c, i)) {
      i += 3;
      continue;
    }
    if (nm.found && water_after(c, i, nm.found)) {
      i = i + nm.found + 1;
      continue;
    }
    if (!nm.found) {
      country_noun(c, i, out);
      ++i;
      continue;
    }
    PlaceCand pc;
    pc.begin = toks[i].begin;
    pc.end = toks[i + nm.found - 1].end;
    pc.name = nm.name;
    const auto recs = c.gaz.lookup(nm.name);
    if (!recs.empty() && recs.front()->kind == PlaceKind::country) {
      pc.country = true;
      pc.country_code = recs.front()->country;
    }
    out.push_back(std::move(pc));
    i = std::max(i + nm.found, nm.skip_to);
  }
  return out;
}

void read_place_context(const Sentence& c, PlaceCand& pc, std::size_t dateline_end) {
  const WordLists& w = c.rb.words;
  const Grammar& g = c.rb.grammar;
  pc.q.name = pc.name;
  // region words after it: "Donetsk region", "Kherson Oblast"; not after a country or a
  // possessive ("Lebanon's state news agency", "the US state of Georgia")
  const auto written = text_of(c, pc.begin, pc.end);
  const bool possessive = written.size() > 2 && written.substr(written.size() - 2) == "'s";
  for (const auto& t : c.toks) {
    if (pc.country || possessive) break;
    if (t.begin <= pc.end) continue;
    const auto word = text_of(c, t.begin, t.end);
    if (t.begin - pc.end <= 1 && w.place_region_word->has(word)) {
      pc.q.is_region = !w.place_not_region->has(word);
      if (w.place_near_word->has(word)) pc.q.near = true;
      pc.end = t.end;
    }
    break;
  }
  // words before it
  const std::size_t lb = pc.begin > 40 ? pc.begin - 40 : 0;
  const std::string before = ascii_lower(text_of(c, lb, pc.begin));
  if (ends_with_term(c, c.place_not_before, pc.begin)) pc.bad = true;
  else if (ends_with_term(c, c.place_before, pc.begin)) pc.good = true;
  if (g.place_announced_before->matches(before)) pc.q.announced = true;
  if (g.place_near_before->matches(before)) {
    pc.q.near = true;
    pc.good = true;
    pc.bad = false;
  }
  // a name that is only small villages somewhere is a place where the text announces one ("in
  // X", "the village of X", "near X"), else more likely a person ("Bennett said", "Shiri"): the
  // size is stop_words.lex's small_population (place.small_needs_context)
  if (!pc.good && c.gaz.small_place(pc.name)) pc.small = true;
  // "<Title> <Place>" is a person's title ("President Zelensky"), not a place
  for (const auto& t : c.toks) {
    if (t.end <= pc.begin && pc.begin - t.end <= 1 && w.place_title->has(text_of(c, t.begin, t.end))) pc.bad = true;
  }
  // a demonym before "city of X" gives a country hint: "the central Ukrainian city of Kryvyi Rih"
  std::string dem;
  if (g.place_demonym_before->search(text_of(c, lb, pc.begin), &dem)) pc.q.country_hint = c.gaz.country_code(dem);
  read_people_around(c, pc, before);
  if (pc.end <= dateline_end) pc.bad = true;  // dateline: where the reporter was
  // a word in capitals inside a sentence ("told SANA", "the IDF said") is an acronym: an agency,
  // an army, a party, not the town whose name it spells ("Sana'a"); a country ("UAE") or a
  // region known by its letters ("DPR": no town of that name) is still one (place.acronym)
  else if (is_acronym(pc.name) && !pc.country && names_a_town(c.gaz, pc.name)) pc.bad = true;
}

// "Kharkiv and Zaporizhzhia regions": a plural region word covers the whole list
void mark_region_lists(const Sentence& c, std::vector<PlaceCand>& out) {
  for (std::size_t k = out.size(); k-- > 1;) {
    if (!out[k].q.is_region) continue;
    const std::string tail = ascii_lower(text_of(c, out[k].begin, out[k].end));
    if (tail.size() < 2 || tail.back() != 's') continue;
    const std::string gap = ascii_lower(text_of(c, out[k - 1].end, out[k].begin));
    if (c.rb.words.place_region_list_gap->has(gap)) out[k - 1].q.is_region = true;
  }
}

// Where " - " or ": " last occurs in s (npos: nowhere): what s.rfind gives for
// each, without a memcmp call per position.
std::size_t last_source_separator(std::string_view s) {
  for (std::size_t i = s.size(); i-- > 1;) {
    if (s[i] != ' ' || (s[i - 1] != '-' && s[i - 1] != ':')) continue;
    if (s[i - 1] == ':') return i - 1;
    if (i >= 2 && s[i - 2] == ' ') return i - 2;
  }
  return std::string_view::npos;
}

// a trailing source attribution ("...: Kiev military", "... - administration") names no strike place
void drop_source_tail(const Sentence& c, std::vector<PlaceCand>& out) {
  if (out.empty()) return;
  const std::size_t cut = last_source_separator(c.s);
  if (cut != std::string_view::npos && count_words(c.s.substr(cut)) <= 6 &&
      c.rb.grammar.place_source_tail->matches(c.s.substr(cut)))
    for (auto& pc : out)
      if (pc.begin > cut) pc.bad = true;
}

// lists inherit the status of their head: "aimed at Moscow and the Crimean peninsula"; a small
// village is announced by its list's head too ("in the border areas of Yaroun and Hanine"), and is
// no place where nothing announces it (place.small_needs_context)
void share_list_status(const Sentence& c, std::vector<PlaceCand>& out) {
  // each item is settled before the next one reads it
  const auto settle = [](PlaceCand& pc) {
    if (pc.small && !pc.good) pc.bad = true;
  };
  if (!out.empty()) settle(out[0]);
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = ascii_lower(text_of(c, out[k - 1].end, out[k].begin));
    if (c.rb.words.place_list_gap->has(gap) && !out[k].good && !out[k].bad) {
      // (a country ends a list of towns: "in Kassel, Germany, Valeriy and Inna's escape")
      const bool head_announces = !(out[k].small && out[k - 1].country);
      out[k].good = out[k - 1].good && head_announces;
      out[k].bad = out[k - 1].bad;
    }
    settle(out[k]);
  }
}

// "Avdiivka, Donetsk region" / "Avdiivka in the Donetsk region": the region is a hint
void take_region_hints(const Sentence& c, std::vector<PlaceCand>& out) {
  const Pattern& hint_gap_re = *c.rb.grammar.place_hint_gap;
  const Pattern& direction_re = *c.rb.grammar.place_direction_gap;
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = ascii_lower(text_of(c, out[k - 1].end, out[k].begin));
    bool region_like = out[k].q.is_region || out[k].country || direction_re.matches(gap);
    if (!region_like) {
      const auto recs = c.gaz.lookup(out[k].name);
      region_like = !recs.empty() && (recs.front()->kind == PlaceKind::admin1 || recs.front()->kind == PlaceKind::region);
      // a name that is a town and a region ("Diafarabé, Mopti"): the region when it is the
      // first place's own admin1 ("Kharkiv, Donetsk" stays a list of two towns)
      if (!region_like && !recs.empty() && !out[k - 1].q.is_region && !out[k - 1].country && hint_gap_re.matches(gap))
        for (const PlaceRecord* r : recs) {
          if (r->kind != PlaceKind::admin1 || r->admin1.empty()) continue;
          for (const PlaceRecord* t : c.gaz.lookup(out[k - 1].name))
            if (t->kind != PlaceKind::admin1 && t->kind != PlaceKind::country && t->country == r->country &&
                t->admin1 == r->admin1)
              region_like = true;
        }
    }
    if (hint_gap_re.matches(gap) && region_like && !out[k - 1].q.is_region && !out[k - 1].country) {
      if (out[k].country) out[k - 1].q.country_hint = out[k].country_code;
      else out[k - 1].q.region_hint = out[k].name;
      out[k].used_as_hint = true;
    }
  }
}

// Analysts' notes name the admin units in brackets after a place: "Hawija (Kirkuk)",
// "Velyka Pysarivka (Okhtyrskyi, Sumy)", "Dori (Dori, Seno, Sahel)", "Kharkiv city (Kharkiv)".
// The last region (or country) inside is the hint; nothing inside is a place that was struck.
void take_bracket_hints(const Sentence& c, std::vector<PlaceCand>& out) {
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    if (out[k].country || out[k].q.is_region || out[k].used_as_hint) continue;
    const std::string gap = ascii_lower(text_of(c, out[k].end, out[k + 1].begin));
    if (!c.rb.grammar.place_bracket_open->matches(gap)) continue;
    const std::size_t close = c.s.find(')', out[k + 1].begin);
    if (close == std::string_view::npos) continue;
    std::size_t hint = out.size();
    bool only_places = true;
    std::size_t prev_end = out[k + 1].begin;
    for (std::size_t j = k + 1; j < out.size() && out[j].end <= close; ++j) {
      const std::string sep = std::string(text_of(c, prev_end, out[j].begin));
      if (j > k + 1 && sep != ", " && sep != ",") only_places = false;
      prev_end = out[j].end;
      bool region_like = out[j].q.is_region || out[j].country;
      if (!region_like) region_like = names_a_region(c.gaz, out[j].name);
      if (region_like) hint = j;
    }
    // the brackets hold only place names: "(Kirkuk)", "(Okhtyrskyi, Sumy)"
    const std::string rest = std::string(text_of(c, prev_end, close));
    if (!only_places || hint == out.size() || !(rest.empty() || rest.find_first_not_of(" ,") == std::string::npos))
      continue;
    for (std::size_t j = k + 1; j < out.size() && out[j].end <= close; ++j) out[j].used_as_hint = true;
    if (out[hint].country) out[k].q.country_hint = out[hint].country_code;
    else out[k].q.region_hint = out[hint].name;
    out[k].good = true;
  }
}

// "in the Shevchenkivskyi district" with a city named in the sentence: a part of that city
void take_city_districts(const Sentence& c, std::vector<PlaceCand>& out) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::string tail = ascii_lower(text_of(c, out[k].begin, out[k].end));
    bool part = false;
    for (const std::string& x : c.rb.words.place_city_part->entries()) part = part || ends_with_word(tail, x);
    if (!part) continue;
    for (std::size_t j = 0; j < out.size(); ++j)
      if (j != k && !out[j].country && !out[j].q.is_region && !out[j].bad) {
        out[j].q.district = out[k].name;
        out[k].used_as_hint = true;
        break;
      }
  }
}

// "the village of Khotin, north of Sumy": a bearing from a town locates the first place
void take_bearings(const Sentence& c, std::vector<PlaceCand>& out) {
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = ascii_lower(text_of(c, out[k - 1].end, out[k].begin));
    if (c.rb.grammar.place_bearing_gap->matches(gap) && !out[k - 1].country && !out[k - 1].bad) {
      out[k - 1].q.region_hint = out[k].name;
      out[k].used_as_hint = true;
    }
  }
}

// "the X district of Y": Y with district X
void take_named_districts(const Sentence& c, std::vector<PlaceCand>& out) {
  const WordList& parts = *c.rb.words.place_part_word;
  for (std::size_t k = 1; k < out.size(); ++k) {
    const std::string gap = ascii_lower(text_of(c, out[k - 1].end, out[k].begin));
    // the region word may already be part of the first name ("the Ash Shaboura area" + " of ")
    const std::string first = ascii_lower(text_of(c, out[k - 1].begin, out[k - 1].end));
    bool part_of = false;
    for (const std::string& x : parts.entries())
      part_of = part_of || is_word_of(c, gap, x) ||
                (c.rb.grammar.place_part_of_tail->matches(gap) && ends_with_word(first, x));
    if (part_of && !out[k - 1].bad) {
      out[k].q.district = out[k - 1].name;
      out[k].good = true;
      out[k - 1].used_as_hint = true;
    }
  }
}

std::vector<PlaceCand> find_places(const Sentence& c, std::size_t dateline_end) {
  std::vector<PlaceCand> out = place_candidates(c);
  for (auto& pc : out) read_place_context(c, pc, dateline_end);
  mark_region_lists(c, out);
  drop_source_tail(c, out);
  share_list_status(c, out);
  take_region_hints(c, out);
  take_bracket_hints(c, out);
  take_city_districts(c, out);
  take_bearings(c, out);
  take_named_districts(c, out);
  return out;
}

}  // namespace salvo
