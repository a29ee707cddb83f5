#include "extract/extractor.h"
#include "extract/sentence.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "core/utf8.h"
#include "extract/analyze.h"
#include "extract/assemble.h"
#include "extract/phrases.h"
#include "extract/rulebook.h"
#include "extract/word_checks.h"
#include "resolve/dates.h"
#include "resolve/gazetteer.h"
#include "resolve/numbers.h"
#include "rules/rule_dirs.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace salvo {

namespace {

// Sentences this close to the top are the headline, standfirst and lead:
// news, so an attack they name without a time word is still a report.
constexpr int kLeadSentences = 5;

// Used when the gazetteer is not loaded (check-rules --no-gazetteer): no
// place names are recognised, so events keep only what the rules give.
class NoGazetteer final : public Gazetteer {
 public:
  std::vector<const PlaceRecord*> lookup(std::string_view) const override { return {}; }
  bool is_place_name(std::string_view) const override { return false; }
  bool small_place(std::string_view) const override { return false; }
  std::string country_code(std::string_view) const override { return ""; }
  std::string country_name(std::string_view) const override { return ""; }
  Location resolve(const PlaceQuery& q) const override {
    Location l;
    l.name = q.name;
    l.surface = q.name;
    l.country = q.country_hint;
    l.precision = q.near ? LocationPrecision::near : q.is_region ? LocationPrecision::admin1 : LocationPrecision::exact;
    return l;
  }
  std::size_t size() const override { return 0; }
  const std::string& index_note() const override {
    static const std::string kNote = "none";
    return kNote;
  }
};

class RuleExtractor final : public Extractor {
 public:
  RuleExtractor(std::shared_ptr<const Rulebook> rb, std::shared_ptr<const Gazetteer> gaz,
                std::shared_ptr<const DateFinder> dates, std::shared_ptr<const NumberFinder> numbers)
      : rb_(std::move(rb)), gaz_(std::move(gaz)), dates_(std::move(dates)), numbers_(std::move(numbers)),
        analyzer_(*rb_, *gaz_, *dates_, *numbers_) {
    // actors.lex sections named after a country stand for that state's forces
    for (const auto& spec : rb_->actors->specs()) {
      const std::string cc = gaz_->country_code(spec.label);
      if (!cc.empty()) state_actors_.emplace(cc, spec.label);
    }
  }

  std::vector<Event> extract(const Document& doc) const override { return run(doc, nullptr); }

  std::vector<Event> explain(const Document& doc, std::vector<Rejection>& rejected) const override {
    rejected.clear();
    auto events = run(doc, &rejected);
    std::stable_sort(rejected.begin(), rejected.end(),
                     [](const Rejection& a, const Rejection& b) { return a.where.start < b.where.start; });
    return events;
  }

  std::string rules_version() const override { return rb_->version; }
  std::size_t rule_count() const override { return rb_->rule_count; }
  std::string gazetteer_note() const override { return gaz_->index_note(); }
  std::vector<RuleExampleInfo> rule_examples() const override {
    std::vector<RuleExampleInfo> out;
    for (const auto& e : rb_->examples) out.push_back({e.file, e.line, e.rule_id, e.text, e.must_fire});
    return out;
  }

 private:
  // An article without a publication date is read as published on the first date to the day
  // its first sentence gives (a dateline, "Published August 6 2016", a scraped "Last updated
  // at Aug 142016"), so that its "on Saturday" and "yesterday" resolve as for a dated article
  // (date.lead_reference); without one, relative dates stay unresolved.
  std::optional<Date> lead_reference(std::string_view text, const std::vector<SentenceSpan>& spans) const {
    if (spans.empty()) return std::nullopt;
    const std::string_view first = text.substr(spans.front().begin, spans.front().end - spans.front().begin);
    for (const auto& d : dates_->find(first, std::nullopt))
      if (d.precision == DatePrecision::day) return d.date;
    return std::nullopt;
  }

  // The events of one document; with `why`, also every trigger that gave none (--explain).
  std::vector<Event> run(const Document& given, std::vector<Rejection>* why) const {
    NormalizedText nt(given.text);
    nt.insert_blanks(glued_name_starts(nt.text(), *rb_->words.text_glued_word, *rb_->words.text_glued_ending));
    const std::string& text = nt.text();
    // Events come only from sentences with a trigger or weapon name, so a
    // document without one has none (Rulebook::prefilter, one pass).
    if (!rb_->may_trigger(text)) return {};
    const auto spans = split_sentences(text, rb_->abbreviations);
    std::optional<Document> dated;
    if (!given.published) {
      if (auto ref = lead_reference(text, spans)) {
        dated = given;
        dated->published = ref;
      }
    }
    const Document& doc = dated ? *dated : given;
    std::vector<Mention> mentions;
    std::vector<FollowUp> followups;
    std::vector<std::pair<int, SentenceResult::Dropped>> dropped;  // --explain only
    DocInfo info;
    info.doc = &doc;
    info.lead_reference = dated.has_value();
    info.state_actors = &state_actors_;
    info.actor_scopes = &rb_->actor_scopes;
    info.settings = &rb_->settings;
    // a dateline opens one of the lead's sentences (after a teaser or a pasted headline, not
    // always the first): where the reporter was ("MOSCOW October 18 (RIA Novosti) - ")
    auto dateline_end = [&](const SentenceSpan& s) -> std::size_t {
      if (s.index >= kLeadSentences) return 0;
      return s.begin + dateline_length(rb_->grammar, std::string_view(text).substr(s.begin, s.end - s.begin));
    };
    std::vector<int> fired;
    // What a sentence adds to the article goes after what earlier-read
    // sentences added, except the first sentence's, which always goes first
    // (it may be read last).
    auto analyze = [&](const SentenceSpan& s, const std::vector<int>* fired_rules) {
      SentenceContext sc;
      sc.fired = fired_rules;
      sc.published = doc.published;
      sc.lead = s.index < kLeadSentences;
      sc.dateline_end = dateline_end(s);
      auto r = analyzer_.analyze(text, s, sc);
      auto add = [first = s.index == 0](auto& into, auto& from) {
        into.insert(first ? into.begin() : into.end(), std::make_move_iterator(from.begin()),
                    std::make_move_iterator(from.end()));
      };
      if (s.index == 0 && !r.dates.empty() && !r.dates.front().anaphoric) info.doc_date = r.dates.front();
      std::vector<std::pair<int, FoundDate>> dates;
      for (const auto& d : r.dates) dates.emplace_back(s.index, d);
      add(info.dates, dates);
      add(info.countries, r.countries);
      add(info.demonyms, r.demonyms);
      add(info.places, r.places);
      add(mentions, r.mentions);
      if (r.followup) followups.push_back(std::move(*r.followup));
      if (why)
        for (auto& d : r.dropped) dropped.emplace_back(s.index, std::move(d));
    };
    // First the sentences that can hold an attack (a trigger or weapon name);
    // the others can only add follow-ups (tolls, claims, outcomes), places and
    // the first sentence's date to an attack, so they wait until one is found.
    std::vector<const SentenceSpan*> later;
    static const std::vector<int> kNone;
    for (const auto& s : spans) {
      const std::string_view st = std::string_view(text).substr(s.begin, s.end - s.begin);
      if (prefilter_sentence(*rb_, st, fired)) analyze(s, &fired);
      else later.push_back(&s);
    }
    // Only a reported mention starts an event (assemble), and the later
    // sentences cannot make one reported: without one, the article has none.
    if (!why && std::none_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.reported; })) return {};
    if (!later.empty()) {
      for (const SentenceSpan* s : later) analyze(*s, &kNone);
      std::stable_sort(followups.begin(), followups.end(),
                       [](const FollowUp& a, const FollowUp& b) { return a.sentence < b.sentence; });
    }
    // evidence: sentence spans mapped back to the original text, in code points
    std::optional<OffsetMap> om;
    auto evidence = [&](int i) {
      if (!om) om.emplace(doc.text);
      const auto& s = spans[static_cast<std::size_t>(i)];
      const std::size_t ob = nt.original_byte(s.begin);
      const std::size_t oe = s.end < text.size() ? nt.original_byte(s.end) : doc.text.size();
      std::string_view raw = std::string_view(doc.text).substr(ob, oe - ob);
      // trim trailing spaces the normalisation may have mapped inside
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
      return Evidence{om->to_code_points(ob), om->to_code_points(ob + raw.size()), std::string(raw)};
    };
    if (why)
      for (const auto& [sentence, d] : dropped) why->push_back({sentence, evidence(sentence), d.phrase, d.rule, "sentence"});
    return assemble(std::move(mentions), followups, info, *gaz_, evidence, why);
  }

 public:
  PatternCheck check_patterns() const override {
    auto run = rb_->patterns->run_examples();
    return {run.passed, std::move(run.failures)};
  }
  PatternCheck check_words(const Date& reference) const override {
    auto run = run_word_examples(*rb_, analyzer_, [this](const Document& d) { return extract(d); }, reference);
    return {run.passed, std::move(run.failures)};
  }

  PatternCheck check_places() const override {
    PatternCheck c;
    c.failures = gaz_->check_examples(c.passed);
    return c;
  }

 private:
  std::shared_ptr<const Rulebook> rb_;
  std::shared_ptr<const Gazetteer> gaz_;
  std::shared_ptr<const DateFinder> dates_;
  std::shared_ptr<const NumberFinder> numbers_;
  Analyzer analyzer_;
  std::map<std::string, std::string> state_actors_;  // ISO2 -> actors.lex section of that state
};

}  // namespace

Result<std::shared_ptr<const Extractor>> Extractor::load(const ExtractorOptions& opts) {
  std::vector<Diagnostic> problems;
  auto found = find_rule_dirs(opts.rules_dir);
  if (!found.ok()) return found.status();
  const RuleDirs& dirs = found.value();
  auto rb = load_rulebook(opts.rules_dir);
  if (!rb.ok()) {
    const auto& d = rb.status().diagnostics();
    problems.insert(problems.end(), d.begin(), d.end());
  }
  auto dates = DateFinder::load(dirs.files("dates.lex"));
  if (!dates.ok()) {
    const auto& d = dates.status().diagnostics();
    if (d.empty()) problems.push_back({opts.rules_dir.string(), 0, dates.status().message()});
    problems.insert(problems.end(), d.begin(), d.end());
  }
  auto numbers = NumberFinder::load(dirs.files("numbers.lex"), dirs.files("dates.lex"));
  if (!numbers.ok()) {
    const auto& d = numbers.status().diagnostics();
    if (d.empty()) problems.push_back({opts.rules_dir.string(), 0, numbers.status().message()});
    problems.insert(problems.end(), d.begin(), d.end());
  }
  std::shared_ptr<const Gazetteer> gaz;
  if (opts.load_gazetteer) {
    const std::filesystem::path places = opts.places_dir.empty() ? dirs.places() : opts.places_dir;
    auto g = Gazetteer::load(places, opts.places_index,
                             {.common_words = dirs.files("common_words.lex"), .places = dirs.files("places.lex")});
    if (!g.ok()) {
      const auto& d = g.status().diagnostics();
      if (d.empty()) problems.push_back({places.string(), 0, g.status().message()});
      problems.insert(problems.end(), d.begin(), d.end());
    } else {
      gaz = g.value();
    }
  }
  if (!problems.empty()) return Status::errors(std::move(problems));
  if (!gaz) gaz = std::make_shared<NoGazetteer>();
  return std::shared_ptr<const Extractor>(
      std::make_shared<RuleExtractor>(rb.value(), gaz, dates.value(), numbers.value()));
}

}  // namespace salvo
