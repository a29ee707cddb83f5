// extract/casualties.cpp — see casualties.h.
#include "extract/casualties.h"

#include <algorithm>
#include <string>

#include "core/ascii.h"
#include "core/names.h"
#include "extract/sentence.h"

namespace salvo {

namespace {

bool is_victim(const Sentence& c, const TermHit& h) { return c.rb.casualties->spec(h).label == "victims"_name; }

// A count of victims named one by one ("Ahmad Saleh, 34", "journalist Ahmad Saleh").
bool names_victims(const Quantity& q) { return q.rule == "num.named_victim" || q.rule == "num.person"; }

// "killed or wounded" with no split: the count it takes is neither field (casualties.lex [unsplit])
bool is_unsplit(const Sentence& c, const TermHit& h) { return c.rb.casualties->spec(h).label == "unsplit"_name; }

std::string cas_rule(bool killed, const char* how) {
  return std::string("cas.") + (killed ? "killed"_name : "injured"_name) + how;
}

// A victim noun of casualties.lex with this key ("civilian", "man").
bool victim_term(const Sentence& c, const std::string& word) {
  for (const auto& s : c.rb.casualties->specs())
    if (s.label == "victims"_name && TermSet::key(s.term) == TermSet::key(word)) return true;
  return false;
}

// A word of two or more capital letters only ("AS", "UN").
bool all_caps(std::string_view w) {
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Only filler words ("were reportedly", "people") between a count and its casualty
// word; with `allow_victims`, victim nouns and their adjectives too.
bool only_filler(const Sentence& c, std::size_t b, std::size_t e, bool allow_victims) {
  const auto gap = text_of(c, b, e);
  for (char ch : gap)
    if (ch == ';' || ch == ':' || ch == '.' || ch == '(') return false;
  for (const auto& t : tokenize(gap)) {
    if (c.rb.words.cas_filler->has(gap.substr(t.begin, t.end - t.begin))) continue;
    if (allow_victims) {
      bool victim = false;
      for (const auto& h : c.cas)
        if (h.begin >= b && h.end <= e && is_victim(c, h) && h.begin <= b + t.end && h.end >= b + t.begin) victim = true;
      if (victim) continue;
      // adjectives before a victim noun ("two Palestinian civilians", "three elderly residents")
      // or an abbreviation in capitals ("three AS militants")
      if ((t.end - t.begin > 2 || all_caps(gap.substr(t.begin, t.end - t.begin))) && count_words(gap) <= 4) continue;
    }
    return false;
  }
  return true;
}

bool singular_victim(const Sentence& c, const std::string& word) {
  const std::string w = ascii_lower(word);
  if (w.empty() || w.back() == 's' || c.rb.words.cas_plural_victim->has(w)) return false;
  for (const auto& s : c.rb.casualties->specs())
    if (s.label == "victims"_name && ascii_lower(s.term) == w) return true;
  return false;
}

// Singular victim nouns listed right before a casualty word, without a number:
// "Child, man killed" -> 2, "Ukrainian soldier killed" -> 1, "commander is killed" -> 1.
int bare_victims(const Sentence& c, std::size_t word_begin) {
  std::string before(text_of(c, word_begin > 80 ? word_begin - 80 : 0, word_begin));
  c.rb.grammar.cas_aux_before->replace(&before, "");
  while (!before.empty() && before.back() == ' ') before.pop_back();
  int n = 0;
  for (;;) {
    const std::size_t sp = before.find_last_of(" ,");
    if (!singular_victim(c, sp == std::string::npos ? before : before.substr(sp + 1))) break;
    ++n;
    if (sp == std::string::npos) break;
    bool separated = before[sp] == ',';
    before.resize(sp);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) {
      separated = separated || before.back() == ',';
      before.pop_back();
    }
    for (const std::string& w : c.rb.words.cas_bare_victim_joiner->entries())  // "Child and man killed"
      if (before.size() > w.size() && before[before.size() - w.size() - 1] == ' ' &&
          ascii_lower(before.substr(before.size() - w.size())) == w) {
        before.resize(before.size() - w.size() - 1);
        separated = true;
        break;
      }
    if (!separated) break;
  }
  return n;
}

bool is_casualty_word(const Sentence& c, const TermHit& h) {
  const std::string& label = c.rb.casualties->spec(h).label;
  return label == "killed"_name || label == "injured"_name || label == "unsplit"_name;
}

// A casualty word between b and e ("six children were killed and 13 others": the list ends there).
bool casualty_word_in(const Sentence& c, std::size_t b, std::size_t e) {
  return std::any_of(c.cas.begin(), c.cas.end(),
                     [&](const TermHit& h) { return h.begin >= b && h.end <= e && is_casualty_word(c, h); });
}

// Whether counts a and b (a before b) are one list of victims.
bool victims_joined(const Sentence& c, const Quantity& a, const Quantity& b, bool forward) {
  const WordLists& w = c.rb.words;
  const std::string gap = ascii_lower(text_of(c, a.end, b.begin));
  // "3 militants killed, 2 injured": a casualty word between two counts ends the list
  if (casualty_word_in(c, a.end, b.begin)) return false;
  // "X, 23, Y, 41, and Z, 8": victims named with their ages; "X, 12, and their mother"
  const auto named = names_victims;
  if (named(a) && (named(b) || b.rule == "num.kin")) return c.rb.grammar.cas_named_join->matches(gap);
  // "himself and three others"
  const bool self_join = a.rule == "num.self" && w.cas_self_join->has(gap);
  if (!self_join) {
    bool victim_noun = named(a);  // "Ahmad Saleh and his two sons": the name is the victim
    for (const auto& h : c.cas)
      if (h.begin >= a.end && h.end <= b.begin && is_victim(c, h)) victim_noun = true;
    // "nine people in addition to the bomber": one victim added after a casualty word
    const bool single_join = forward && (b.rule == "num.one_victim" || b.rule == "num.kin") &&
                             c.rb.grammar.cas_single_join->matches(gap);
    if (!victim_noun || !(single_join || c.rb.grammar.cas_victim_join->matches(gap)) || count_words(gap) > 5)
      return false;
  }
  // a single victim joins a list only with "and": "two soldiers and a child", not
  // "three civilians, a police officer told Reuters"
  const bool single = forward ? b.rule == "num.one_victim" : (a.rule == "num.one_victim" || b.rule == "num.one_victim");
  if (single && !w.cas_one_victim_join->in(gap)) return false;
  if (forward) {
    bool victim_after = false;
    for (const auto& h : c.cas)
      if (h.begin >= b.end && h.begin <= b.end + 25 && is_victim(c, h)) victim_after = true;
    if (!victim_after) return false;
  }
  return true;
}

void add_to(Count& total, const Count& more) {
  total.min += more.min;
  if (total.max && more.max) *total.max += *more.max;
  else total.max.reset();
}

bool is_zero_phrase(const std::vector<CasHit>& out, std::size_t pos) {
  for (const auto& x : out)
    if (x.pos <= pos && pos <= x.pos + 40 && x.fc.count.min == 0 && x.fc.count.max == 0) return true;
  return false;
}

bool have_figure(const std::vector<CasHit>& out, std::size_t pos) {
  for (const auto& x : out)
    if (x.pos == pos) return true;
  return false;
}

// "no casualties", "no one was injured": zero for the fields the phrase names.
void no_casualties(const Sentence& c, std::vector<CasHit>& out) {
  for (const auto& h : c.cas) {
    const std::string& label = c.rb.casualties->spec(h).label;
    if (label == "no_injured" || label == "no_killed" || label == "no_casualties") {
      if (label != "no_injured") out.push_back({h.begin, true, {{0, 0}, false, "cas." + label}});
      if (label != "no_killed") out.push_back({h.begin, false, {{0, 0}, false, "cas." + label}});
    }
  }
}

// A count right before its casualty word ("68 dead").
bool own_casualty_word(const Sentence& c, const Quantity& q) {
  std::size_t e = q.end;
  while (e < c.s.size() && c.s[e] == ' ') ++e;
  return e > q.end &&
         std::any_of(c.cas.begin(), c.cas.end(), [&](const TermHit& h) { return h.begin == e && is_casualty_word(c, h); });
}

// A count that opens a new group of victims ("and 43 others were injured"): no part of a list before it.
bool new_group(const Sentence& c, const Quantity& q) {
  return c.rb.words.cas_new_group->starts(ascii_lower(text_of(c, q.end, std::min(c.s.size(), q.end + 12))));
}

// The parts of a total are no figures of their own: "at least 15 people, among them six children and
// four women" (cas.parts_intro before the first part) or "15 people, six of them children"
// (cas.parts_apposition before it, [cas.part_of_group] after). Marks the parts used; gives for each
// count where its parts end (its own end when it has none).
std::vector<std::size_t> mark_parts(const Sentence& c, const std::vector<Quantity>& qs, std::vector<bool>& used) {
  std::vector<std::size_t> ends(qs.size());
  for (std::size_t k = 0; k < qs.size(); ++k) ends[k] = qs[k].end;
  for (std::size_t k = 1; k < qs.size(); ++k) {
    if (used[k] || used[k - 1]) continue;
    const std::string gap = ascii_lower(text_of(c, qs[k - 1].end, qs[k].begin));
    const std::string after = ascii_lower(text_of(c, qs[k].end, std::min(c.s.size(), qs[k].end + 12)));
    const bool intro = c.rb.grammar.cas_parts_intro->matches(gap);
    if (!intro && !(c.rb.grammar.cas_parts_apposition->matches(gap) && c.rb.words.cas_part_of_group->starts(after)))
      continue;
    // "many casualties, including 68 dead and 165 injured": parts that carry their own casualty word
    // are the split of the total, figures of their own
    if (own_casualty_word(c, qs[k])) continue;
    std::size_t last = k;
    used[k] = true;
    while (intro && last + 1 < qs.size() && victims_joined(c, qs[last], qs[last + 1], true) &&
           !casualty_word_in(c, qs[last].end, qs[last + 1].begin) && !new_group(c, qs[last + 1]))
      used[++last] = true;
    ends[k - 1] = qs[last].end;
  }
  return ends;
}

// Whether qs[k] and every count joined to it (used now, not before) name their victims one by one.
bool only_named(const std::vector<Quantity>& qs, std::size_t k, const std::vector<bool>& was_used,
                const std::vector<bool>& used) {
  for (std::size_t j = 0; j < qs.size(); ++j)
    if ((j == k || (used[j] && !was_used[j])) && !names_victims(qs[j])) return false;
  return true;
}

// A running toll's figure: "rose from 15 to 21" is 21, the range's top, not {15,21}.
Count toll_figure(const Sentence& c, const Quantity& q) {
  const std::size_t lb = q.begin > 20 ? q.begin - 20 : 0;
  if (q.count.max && c.rb.grammar.cas_toll_from_before->matches(ascii_lower(text_of(c, lb, q.begin))))
    return {*q.count.max, q.count.max};
  return q.count;
}

// count after the word: "killing two", "injuring at least 11 people", "the death toll rose to 12"
void counts_after(const Sentence& c, const std::vector<Quantity>& qs, const std::vector<const TermHit*>& words,
                  std::vector<bool>& used, std::vector<CasHit>& out) {
  for (const TermHit* w : words) {
    if (is_zero_phrase(out, w->begin)) continue;
    // "among the dead were three children": a part of a toll, which never lowers it; victims named
    // one by one there ("the dead included Ahmad Saleh, 12, and ...") are a figure of named victims
    const bool among =
        c.rb.grammar.cas_among_before->matches(ascii_lower(text_of(c, w->begin > 20 ? w->begin - 20 : 0, w->begin)));
    const bool killed = c.rb.casualties->spec(*w).label == "killed"_name;
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k] || qs[k].begin < w->end) continue;
      const std::string gap = ascii_lower(text_of(c, w->end, qs[k].begin));
      if (!(gap == " " || c.rb.grammar.cas_count_gap->matches(gap))) break;
      const bool part = among || c.rb.grammar.cas_part_gap->matches(gap);
      if (part && !names_victims(qs[k])) break;
      // "rose to 12"; "..., bringing the death toll to 17"
      const bool update = c.rb.words.cas_update_verb->in(gap) ||
                          c.rb.grammar.cas_toll_rose_before->matches(ascii_lower(text_of(c, 0, qs[k].begin)));
      // the counted thing must be people, not "two buildings"
      const auto after = ascii_lower(text_of(c, qs[k].end, std::min(c.s.size(), qs[k].end + 30)));
      if (c.rb.grammar.cas_thing_after->matches(after)) break;
      Count total = update ? toll_figure(c, qs[k]) : qs[k].count;
      const std::vector<bool> was_used = used;
      used[k] = true;
      // "killing two soldiers and three civilians"
      join_victims(c, qs, used, k, true, total);
      FoundCount fc{total, update, cas_rule(killed, ".after")};
      fc.named = only_named(qs, k, was_used, used);
      if (part && !fc.named) {
        used = was_used;
        break;
      }
      out.push_back({w->begin, killed, fc});
      break;
    }
  }
}

// one victim after the word: "killed a man", "wounding a child"
void one_after(const Sentence& c, const std::vector<const TermHit*>& words, std::vector<CasHit>& out) {
  for (const TermHit* w : words) {
    if (have_figure(out, w->begin) || is_zero_phrase(out, w->begin)) continue;
    std::string victim, victim2;
    const auto after = ascii_lower(text_of(c, w->end, std::min(c.s.size(), w->end + 40)));
    c.rb.grammar.cas_one_after->search(after, &victim);
    c.rb.grammar.cas_one_after_adjective->search(after, &victim2);
    for (const std::string& v : {victim, victim2}) {
      if (v.empty() || !victim_term(c, v)) continue;
      const bool killed = c.rb.casualties->spec(*w).label == "killed"_name;
      out.push_back({w->begin, killed, {{1, 1}, false, cas_rule(killed, ".one")}});
      break;
    }
  }
}

// "the death toll from Saturday's strike on X rose to 40": a running toll across the sentence;
// "the Observatory put the death toll at 123": another source's figure (a report, not an update)
void tolls(const Sentence& c, const std::vector<Quantity>& qs, std::vector<bool>& used, std::vector<CasHit>& out) {
  for (std::size_t k = 0; k < qs.size(); ++k) {
    if (used[k]) continue;
    if (c.rb.grammar.cas_toll_rose_before->matches(ascii_lower(text_of(c, 0, qs[k].begin)))) {
      if (std::any_of(out.begin(), out.end(), [](const CasHit& x) { return x.killed && x.fc.update; })) break;
      out.push_back({qs[k].begin, true, {toll_figure(c, qs[k]), true, "cas.toll"}});
      used[k] = true;
      break;
    }
  }
  for (std::size_t k = 0; k < qs.size(); ++k) {
    if (used[k]) continue;
    const std::size_t lb = qs[k].begin > 60 ? qs[k].begin - 60 : 0;
    if (c.rb.grammar.cas_toll_put_before->matches(ascii_lower(text_of(c, lb, qs[k].begin)))) {
      out.push_back({qs[k].begin, true, {qs[k].count, false, "cas.toll_reported"}});
      used[k] = true;
      break;
    }
  }
}

// count before the word: "two people were killed", "five killed", "left 10 dead",
// "two soldiers and three civilians were killed" (sum); without a number, "Child, man
// killed" or "a woman was killed"
void counts_before(const Sentence& c, const std::vector<Quantity>& qs, const std::vector<std::size_t>& part_end,
                   const std::vector<const TermHit*>& words, std::vector<bool>& used, std::vector<CasHit>& out) {
  const WordLists& wl = c.rb.words;
  for (const TermHit* w : words) {
    if (is_zero_phrase(out, w->begin)) continue;
    const bool killed = c.rb.casualties->spec(*w).label == "killed"_name;
    if (have_figure(out, w->begin)) continue;
    int best = -1;
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k] || qs[k].end > w->begin) continue;
      // a total told with its parts ("15 people, among them six children, were killed"): from its parts' end
      const std::size_t from = part_end[k] <= w->begin ? part_end[k] : qs[k].end;
      if (only_filler(c, from, w->begin, true)) best = static_cast<int>(k);
    }
    if (best >= 0) {
      // "31 women and five children were among the dead": a part of a toll, which never lowers it
      // ("three of the wounded died", "two of them are in critical condition": part of a group told before)
      // (a total told with its parts is a total)
      const std::size_t bk = static_cast<std::size_t>(best);
      const std::string gap = ascii_lower(text_of(c, qs[bk].end, w->begin));
      const bool has_parts = part_end[bk] > qs[bk].end && part_end[bk] <= w->begin;
      if (!has_parts && (wl.cas_part_of_toll->in(gap) || wl.cas_part_of_group->starts(gap))) continue;
      Count total = qs[bk].count;
      const std::vector<bool> was_used = used;
      used[bk] = true;
      join_victims(c, qs, used, bk, false, total);
      FoundCount fc{total, false, cas_rule(killed, ".before")};
      fc.named = only_named(qs, bk, was_used, used);
      out.push_back({w->begin, killed, fc});
      continue;
    }
    // "Hamas deputy leader killed", "Child, man killed": victims told one by one, as names are, a part
    // of a toll told with a number
    if (int n = bare_victims(c, w->begin); n > 0) {
      FoundCount fc{{n, n}, false, cas_rule(killed, ".bare")};
      fc.named = true;
      out.push_back({w->begin, killed, fc});
      continue;
    }
    // "a woman was killed", "one child was injured": a victim noun with an article
    const std::size_t lb = w->begin > 60 ? w->begin - 60 : 0;
    std::string victim;
    if (c.rb.grammar.cas_one_before->search(ascii_lower(text_of(c, lb, w->begin)), &victim) && victim_term(c, victim))
      out.push_back({w->begin, killed, {{1, 1}, false, cas_rule(killed, ".one")}});
  }
}

}  // namespace

namespace {

// Victims named with an age ("Ahmed Saleh, 34,"): one each, from the name to the age; the age, which
// the number finder took for a count, is dropped.
std::vector<Quantity> with_named_victims(const Sentence& c, const std::vector<Quantity>& qs) {
  std::vector<Quantity> named;
  std::string_view m;
  for (std::size_t pos = 0; c.rb.grammar.cas_named_victim->find(c.s, pos, c.s.size(), &m);) {
    const std::size_t b = static_cast<std::size_t>(m.data() - c.s.data());
    std::size_t e = b + m.size();
    pos = e;
    while (e > b && !(c.s[e - 1] >= '0' && c.s[e - 1] <= '9')) --e;  // the age's last digit
    named.push_back({b, e, {1, 1}, "num.named_victim"});
  }
  if (named.empty()) return qs;
  std::vector<Quantity> out = named;
  for (const Quantity& q : qs)
    if (std::none_of(named.begin(), named.end(), [&](const Quantity& n) { return q.begin < n.end && n.begin < q.end; }))
      out.push_back(q);
  std::sort(out.begin(), out.end(), [](const Quantity& x, const Quantity& y) { return x.begin < y.begin; });
  return out;
}

// A victim noun of the sentence at [b, e) that names one person ("woman", not "women").
bool singular_victim_at(const Sentence& c, std::size_t b, std::size_t e) {
  const std::string w = ascii_lower(text_of(c, b, e));
  if (w.size() < 2 || w.back() == 's') return false;
  for (const auto& h : c.cas)
    if (h.begin == b && h.end == e && is_victim(c, h)) return true;
  return false;
}

// "his wife", "their mother", "her elderly father": a possessive (words.lex [cas.possessive]) before a
// singular victim noun counts one, unless a count stands between them ("their four children") or a
// victim named with an age follows the noun ("his brother Omar, 9": the name is the person).
bool possessive_victim(const Sentence& c, const std::vector<Quantity>& qs, std::size_t i) {
  const auto& toks = c.toks;
  for (std::size_t k = i + 1; k < toks.size() && k <= i + 2; ++k) {
    if (std::any_of(qs.begin(), qs.end(), [&](const Quantity& q) { return q.begin == toks[k].begin; })) return false;
    if (!singular_victim_at(c, toks[k].begin, toks[k].end) ||
        c.rb.words.cas_plural_victim->has(text_of(c, toks[k].begin, toks[k].end)))
      continue;
    const bool named_after = k + 1 < toks.size() && std::any_of(qs.begin(), qs.end(), [&](const Quantity& q) {
      return q.begin == toks[k + 1].begin && q.rule == "num.named_victim";
    });
    return !named_after;
  }
  return false;
}

// The words before a name in [cas.person_after]'s capture are each a victim noun, an article or a
// possessive ("journalist", "his brother"), so the name is the victim, not a place ("in Gaza City").
bool victim_title(const Sentence& c, std::string_view title) {
  const WordLists& wl = c.rb.words;
  for (const auto& t : tokenize(title)) {
    const std::string_view w = title.substr(t.begin, t.end - t.begin);
    if (!victim_term(c, std::string(w)) && !wl.cas_article->has(w) && !wl.cas_definite->has(w) &&
        !wl.cas_possessive->has(w))
      return false;
  }
  return true;
}

// Whether the capitalised words at [b, e) may be a person's name: not a headline's words
// ("Others Injured", "At Khan Sheikhun"): no casualty word in it, and not starting with a word of
// [cas.not_name].
bool may_be_name(const Sentence& c, std::size_t b, std::size_t e) {
  if (casualty_word_in(c, b, e)) return false;
  const std::string_view name = std::string_view(c.s).substr(b, e - b);
  const auto toks = tokenize(name);
  return toks.empty() || !c.rb.words.cas_not_name->has(name.substr(toks[0].begin, toks[0].end - toks[0].begin));
}

// A victim named without an age for casualty word h: right after it ("killing journalist Ahmad Saleh")
// or right before it in the singular ("Ahmad Saleh was killed"). The span in the sentence, or empty.
std::string_view named_person(const Sentence& c, const TermHit& h) {
  std::string_view name;
  const std::string_view s = c.s;
  const auto offset = [&](std::string_view v) { return static_cast<std::size_t>(v.data() - s.data()); };
  if (c.rb.grammar.cas_person_after->search_group(s.substr(h.end, std::min<std::size_t>(80, s.size() - h.end)), &name)) {
    std::size_t k = 0;  // the title: the words before the name's first capital
    while (k < name.size() && !(name[k] >= 'A' && name[k] <= 'Z')) ++k;
    if (victim_title(c, name.substr(0, k)) && may_be_name(c, offset(name) + k, offset(name) + name.size()))
      return name;
  }
  const std::size_t lb = h.begin > 80 ? h.begin - 80 : 0;
  if (c.rb.grammar.cas_person_before->search_group(s.substr(lb, h.end - lb), &name) &&
      may_be_name(c, offset(name), offset(name) + name.size()))
    return name;
  return {};
}

// A victim named before "and N others" ("Abdullah and three other operatives were killed"): the count
// after the name opens a group of its own (words.lex [cas.new_group]), so the name is one more victim;
// the span in the sentence, or empty.
std::string_view person_before_others(const Sentence& c, const Quantity& q) {
  if (!c.rb.words.cas_new_group->starts(ascii_lower(text_of(c, q.end, std::min(c.s.size(), q.end + 12))))) return {};
  const std::size_t lb = q.begin > 80 ? q.begin - 80 : 0;
  std::string_view name;
  const std::string_view s = c.s;
  if (!c.rb.grammar.cas_person_other->search_group(s.substr(lb, q.begin - lb), &name)) return {};
  const auto b = static_cast<std::size_t>(name.data() - s.data());
  // not a place or a day after a preposition ("killed in Rafah and three others were wounded")
  const std::string_view gap = text_of(c, lb, b);
  const auto before = tokenize(gap);
  if (!before.empty() && c.rb.words.cas_not_name->has(gap.substr(before.back().begin, before.back().end - before.back().begin)))
    return {};
  return may_be_name(c, b, b + name.size()) ? name : std::string_view{};
}

// Victims named without an age next to a casualty word, or before "and N others": one each, where no
// other count stands.
std::vector<Quantity> with_named_persons(const Sentence& c, const std::vector<Quantity>& qs) {
  std::vector<Quantity> out = qs;
  for (const Quantity& q : qs) {
    const std::string_view name = person_before_others(c, q);
    if (name.empty()) continue;
    const std::size_t b = static_cast<std::size_t>(name.data() - c.s.data()), e = b + name.size();
    if (std::none_of(out.begin(), out.end(), [&](const Quantity& x) { return x.begin < e && b < x.end; }))
      out.push_back({b, e, {1, 1}, "num.person"});
  }
  for (const auto& h : c.cas) {
    const std::string& label = c.rb.casualties->spec(h).label;
    if (label != "killed"_name && label != "injured"_name) continue;
    const std::string_view name = named_person(c, h);
    if (name.empty()) continue;
    const std::size_t b = static_cast<std::size_t>(name.data() - c.s.data()), e = b + name.size();
    if (std::any_of(out.begin(), out.end(), [&](const Quantity& q) { return q.begin < e && b < q.end; })) continue;
    out.push_back({b, e, {1, 1}, "num.person"});
  }
  std::sort(out.begin(), out.end(), [](const Quantity& x, const Quantity& y) { return x.begin < y.begin; });
  return out;
}

// "at least four and up to nine": a lower bound and an upper bound joined ([cas.bound_join]) are one
// range {4,9}.
std::vector<Quantity> with_bounds_joined(const Sentence& c, const std::vector<Quantity>& qs) {
  std::vector<Quantity> out;
  for (const Quantity& q : qs) {
    if (!out.empty()) {
      Quantity& low = out.back();
      const bool bounds = !low.count.max && q.rule == "num.up_to" && q.count.max && *q.count.max >= low.count.min &&
                          low.count.min > 0;
      if (bounds && c.rb.grammar.cas_bound_join->matches(ascii_lower(text_of(c, low.end, q.begin)))) {
        low = {low.begin, q.end, {low.count.min, q.count.max}, "num.between"};
        continue;
      }
    }
    out.push_back(q);
  }
  return out;
}

}  // namespace

std::vector<Quantity> with_single_victims(const Sentence& c, const std::vector<Quantity>& qs_in) {
  const std::vector<Quantity> qs = with_named_persons(c, with_named_victims(c, with_bounds_joined(c, qs_in)));
  const WordLists& wl = c.rb.words;
  std::vector<Quantity> out = qs;
  const bool any_victim = std::any_of(c.cas.begin(), c.cas.end(), [&](const TermHit& h) { return is_victim(c, h); });
  if (!any_victim) return out;  // then no word can be a victim named without a number
  const auto& toks = c.toks;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto w = text_of(c, toks[i].begin, toks[i].end);
    std::size_t qe = 0;
    std::string rule = "num.one_victim";
    if (wl.cas_self->has(w)) {
      qe = toks[i].end;
      rule = "num.self";
    } else if (wl.cas_article->has(w) || wl.cas_definite->has(w)) {
      const bool the = wl.cas_definite->has(w);
      // the victim noun right after the article, or after one adjective ("a young woman"), or two
      // after "a" ("a prominent Kurdish businessman"), in one phrase
      for (std::size_t k = i + 1; k < toks.size() && k <= i + (the ? 2 : 3); ++k) {
        if (text_of(c, toks[i].end, toks[k].begin).find_first_of(",;:()") != std::string_view::npos) break;
        const auto n = text_of(c, toks[k].begin, toks[k].end);
        // a plural without -s is no one victim ("another six people")
        const bool victim = the ? wl.cas_singular_the->has(n)
                                : singular_victim_at(c, toks[k].begin, toks[k].end) && !wl.cas_plural_victim->has(n);
        if (victim) {
          qe = toks[i].end;
          break;
        }
      }
    } else if (wl.cas_possessive->has(w) && possessive_victim(c, qs, i)) {
      qe = toks[i].end;
      rule = "num.kin";
    }
    if (qe == 0) continue;
    const std::size_t b = toks[i].begin;
    if (std::any_of(qs.begin(), qs.end(), [&](const Quantity& q) { return q.begin < qe && b < q.end; })) continue;
    // the quantity is the article (or the pronoun): the noun after it stays a victim noun
    out.push_back({b, qe, {1, 1}, rule});
  }
  std::sort(out.begin(), out.end(), [](const Quantity& x, const Quantity& y) { return x.begin < y.begin; });
  return out;
}

void join_victims(const Sentence& c, const std::vector<Quantity>& qs, std::vector<bool>& used, std::size_t from,
                  bool forward, Count& total) {
  if (forward) {
    for (std::size_t j = from + 1; j < qs.size(); ++j) {
      // a part of the total ("15 people, six of them children") is not a group of its own
      if (used[j] || !victims_joined(c, qs[j - 1], qs[j], true)) break;
      add_to(total, qs[j].count);
      used[j] = true;
    }
    return;
  }
  for (std::size_t k = from; k-- > 0;) {
    if (used[k] || !victims_joined(c, qs[k], qs[k + 1], false)) break;
    add_to(total, qs[k].count);
    used[k] = true;
  }
}

namespace {

// "killing 4 soldiers (some reports say 6)": a count with no casualty word, after a source
// ([cas.alt_figure_before]), is another source's figure for the toll told just before it.
void alternative_figures(const Sentence& c, const std::vector<Quantity>& qs, const std::vector<bool>& used,
                         std::vector<CasHit>& out) {
  for (std::size_t k = 0; k < qs.size(); ++k) {
    if (used[k]) continue;
    const std::size_t lb = qs[k].begin > 40 ? qs[k].begin - 40 : 0;
    if (!c.rb.grammar.cas_alt_figure_before->matches(ascii_lower(text_of(c, lb, qs[k].begin)))) continue;
    if (c.rb.grammar.cas_thing_after->matches(ascii_lower(text_of(c, qs[k].end, std::min(c.s.size(), qs[k].end + 30)))))
      continue;
    const CasHit* told = nullptr;  // the toll told last before the count
    for (const CasHit& h : out)
      if (h.pos < qs[k].begin && (!told || h.pos > told->pos)) told = &h;
    if (!told || told->fc.count.max == 0) continue;
    FoundCount fc{qs[k].count, false, "cas.other_source"};
    fc.another_source = true;
    out.push_back({qs[k].begin, told->killed, fc});
  }
}

// A figure after another of the same field in the sentence that another source gives ("WAFA reported 15
// killed, while Shehab reported 12 deaths": [cas.other_source] between them; "... put the toll at 17")
// is marked another_source: the two are reports of one toll, not victim groups that add up.
void mark_other_sources(const Sentence& c, std::vector<CasHit>& out) {
  for (std::size_t i = 1; i < out.size(); ++i) {
    const CasHit* before = nullptr;  // the figure of the same field before this one
    for (std::size_t j = 0; j < i; ++j)
      if (out[j].killed == out[i].killed) before = &out[j];
    // "no one was killed" is no report of a toll
    if (!before || before->fc.count.max == 0 || out[i].fc.update) continue;
    const std::string gap = ascii_lower(text_of(c, before->pos, out[i].pos));
    if (out[i].fc.rule == "cas.toll_reported" || c.rb.grammar.cas_other_source->matches(gap))
      out[i].fc.another_source = true;
  }
}

// "Arouri was killed in a drone strike along with six others": a count after a casualty word with
// [cas.along_with] between them is more victims of it; added to the word's figure, or to the one
// victim of a singular subject ([cas.singular_before]: "was killed") when the word has none.
void along_with(const Sentence& c, const std::vector<Quantity>& qs, const std::vector<const TermHit*>& words,
                std::vector<bool>& used, std::vector<CasHit>& out) {
  for (const TermHit* w : words) {
    if (is_unsplit(c, *w) || is_zero_phrase(out, w->begin)) continue;
    for (std::size_t k = 0; k < qs.size(); ++k) {
      if (used[k] || qs[k].begin < w->end) continue;
      if (!c.rb.grammar.cas_along_with->matches(ascii_lower(text_of(c, w->end, qs[k].begin)))) continue;
      const auto told = std::find_if(out.begin(), out.end(), [&](const CasHit& x) { return x.pos == w->begin; });
      const std::size_t lb = w->begin > 40 ? w->begin - 40 : 0;
      if (told == out.end() && !c.rb.grammar.cas_singular_before->matches(ascii_lower(text_of(c, lb, w->end))))
        break;
      Count more = qs[k].count;
      used[k] = true;
      join_victims(c, qs, used, k, true, more);
      const bool killed = c.rb.casualties->spec(*w).label == "killed";
      if (told == out.end()) {
        out.push_back({w->begin, killed, {{1, 1}, false, cas_rule(killed, ".along_with")}});
        add_to(out.back().fc.count, more);
      } else {
        add_to(told->fc.count, more);
        told->fc.named = false;
      }
      break;
    }
  }
}

}  // namespace

// Counts of groups, not people ("seven members of one family", "two families"): no count
// ([cas.group_after] after it).
std::vector<Quantity> without_groups(const Sentence& c, const std::vector<Quantity>& qs) {
  std::vector<Quantity> out;
  for (const Quantity& q : qs)
    if (!c.rb.grammar.cas_group_after->matches(ascii_lower(text_of(c, q.end, std::min(c.s.size(), q.end + 20)))))
      out.push_back(q);
  return out;
}

std::vector<CasHit> find_casualties(const Sentence& c, const std::vector<Quantity>& qs_in) {
  const std::vector<Quantity> qs = with_single_victims(c, without_groups(c, qs_in));
  std::vector<CasHit> out;
  std::vector<bool> used(qs.size(), false);
  no_casualties(c, out);
  std::vector<const TermHit*> words;
  for (const auto& h : c.cas) {
    const std::string& label = c.rb.casualties->spec(h).label;
    if (label == "killed"_name || label == "injured"_name || label == "unsplit"_name) words.push_back(&h);
  }
  const std::vector<std::size_t> part_end = mark_parts(c, qs, used);
  counts_after(c, qs, words, used, out);
  one_after(c, words, out);
  tolls(c, qs, used, out);
  counts_before(c, qs, part_end, words, used, out);
  along_with(c, qs, words, used, out);
  // "killed or wounded": the count was taken, and is neither field
  std::erase_if(out, [&](const CasHit& x) {
    return std::any_of(words.begin(), words.end(), [&](const TermHit* w) { return w->begin == x.pos && is_unsplit(c, *w); });
  });
  alternative_figures(c, qs, used, out);
  std::sort(out.begin(), out.end(), [](const CasHit& a, const CasHit& b) { return a.pos < b.pos; });
  mark_other_sources(c, out);
  return out;
}

void add_count(std::optional<FoundCount>& slot, const FoundCount& fc) {
  if (!slot) {
    slot = fc;
    return;
  }
  if (fc.update) {
    slot = fc;
    return;
  }
  // "the toll has risen to three after a 71-year-old woman died": the running toll already counts her
  if (slot->update) return;
  // victims named one by one after a toll told with a number: a part of it, which never lowers it
  // and does not add to it ("killing 15 people; among the dead were X, 12, and Y, 9")
  if (fc.named && !slot->named) {
    slot->count.min = std::max(slot->count.min, fc.count.min);
    if (slot->count.max && fc.count.max) slot->count.max = std::max(*slot->count.max, *fc.count.max);
    return;
  }
  // another source's figure for the same toll: lowest min, highest max (EVENTS.md)
  if (fc.another_source) {
    slot->count.min = std::min(slot->count.min, fc.count.min);
    if (slot->count.max && fc.count.max) slot->count.max = std::max(*slot->count.max, *fc.count.max);
    else slot->count.max.reset();
    return;
  }
  // two figures in one sentence for the same field: victim groups reported apart
  add_to(slot->count, fc.count);
}

}  // namespace salvo
