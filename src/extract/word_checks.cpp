// extract/word_checks.cpp — see word_checks.h.
#include "extract/word_checks.h"

#include "extract/sentence.h"

namespace salvo {

namespace {

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string count_text(const Count& c) {
  if (!c.max) return std::to_string(c.min) + "+";
  if (*c.max == c.min) return std::to_string(c.min);
  return std::to_string(c.min) + "-" + std::to_string(*c.max);
}

std::string clauses(const std::string& text, const Rulebook& rb) {
  const auto cuts = clause_cuts(text, tokenize(text), *rb.words.clause_subordinator);
  std::vector<std::string> parts;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    std::string_view piece = std::string_view(text).substr(cuts[i], cuts[i + 1] - cuts[i]);
    while (!piece.empty() && std::string_view(" ,;:()\"-").find(piece.front()) != std::string_view::npos)
      piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) parts.emplace_back(piece);
  }
  return join(parts, " | ");
}

std::string reported(const std::string& text, const Analyzer& analyzer, const Date& reference) {
  SentenceSpan span{0, text.size(), 0, 5, 0};  // a sentence after the lead
  SentenceContext sc;
  sc.published = reference;
  const SentenceResult r = analyzer.analyze(text, span, sc);
  if (r.mentions.empty()) return "no mention";
  return r.mentions.front().reported ? "reported" : "not reported";
}

// One field of every event, or what the number of events is.
std::string events(WordCheck check, const std::vector<Event>& evs) {
  if (check == WordCheck::events)
    return evs.empty() ? "no event" : std::to_string(evs.size()) + (evs.size() == 1 ? " event" : " events");
  if (evs.empty()) return "no event";
  std::vector<std::string> parts;
  for (const Event& e : evs) {
    switch (check) {
      case WordCheck::places: {
        if (!e.location) {
          parts.push_back("-");
          break;
        }
        std::string p = e.location->name.empty() ? e.location->surface : e.location->name;
        if (!e.location->district.empty()) p += ", district " + e.location->district;
        if (e.location->precision != LocationPrecision::none && e.location->precision != LocationPrecision::exact)
          p += " (" + std::string(to_string(e.location->precision)) + ")";
        parts.push_back(p);
        break;
      }
      case WordCheck::actor: parts.push_back(e.actor.value_or("-")); break;
      case WordCheck::target: parts.push_back(e.target.text.empty() ? "-" : e.target.text); break;
      case WordCheck::outcome: parts.emplace_back(to_string(e.outcome)); break;
      case WordCheck::weapon: parts.emplace_back(to_string(e.weapon)); break;
      case WordCheck::event_type: parts.emplace_back(to_string(e.event_type)); break;
      case WordCheck::target_type:
        parts.emplace_back(e.target.type == TargetType::none ? "-" : to_string(e.target.type));
        break;
      case WordCheck::casualties: {
        std::vector<std::string> c;
        if (e.killed) c.push_back("killed " + count_text(*e.killed));
        if (e.injured) c.push_back("injured " + count_text(*e.injured));
        parts.push_back(c.empty() ? "-" : join(c, ", "));
        break;
      }
      default: break;
    }
  }
  return join(parts, "; ");
}

}  // namespace

std::string word_check_effect(WordCheck check, const std::string& text, const Rulebook& rb, const Analyzer& analyzer,
                              const ExtractFn& extract, const Date& reference) {
  if (check == WordCheck::clauses) return clauses(text, rb);
  if (check == WordCheck::reported) return reported(text, analyzer, reference);
  Document doc;
  doc.id = "example";
  doc.text = text;
  doc.published = reference;
  return events(check, extract(doc));
}

WordCheckRun run_word_examples(const Rulebook& rb, const Analyzer& analyzer, const ExtractFn& extract,
                               const Date& reference) {
  WordCheckRun run;
  if (!rb.word_book) return run;
  for (const auto& [id, info] : rb.word_book->info()) {
    const auto check = parse_check(info.check);
    if (!check) continue;  // a load error already
    for (const WordExample& x : info.examples) {
      const std::string got = word_check_effect(*check, x.text, rb, analyzer, extract, reference);
      if (got == x.effect) {
        ++run.passed;
        continue;
      }
      run.failures.push_back({x.file, x.line, "word list " + id + " (check = " + info.check + "): example gives \"" +
                                                  got + "\", expected \"" + x.effect + "\": \"" + x.text + "\""});
    }
  }
  // context patterns with `check =`: what whole sentences give with them
  if (rb.patterns)
    for (const auto& [id, info] : rb.patterns->info()) {
      if (info.check.empty()) continue;
      const auto check = parse_check(info.check);
      for (const WordExample& x : info.gives) {
        const std::string got =
            check ? word_check_effect(*check, x.text, rb, analyzer, extract, reference) : "(unknown check)";
        if (got == x.effect) {
          ++run.passed;
          continue;
        }
        run.failures.push_back({x.file, x.line, "pattern " + id + " (check = " + info.check + "): gives \"" + got +
                                                    "\", expected \"" + x.effect + "\": \"" + x.text + "\""});
      }
    }
  // the term lists' sections (casualties.lex, cues.lex, grammar.lex, ...), each read by its check
  for (const SectionExample& sx : rb.list_examples) {
    const WordExample& x = sx.example;
    const std::string got = word_check_effect(sx.check, x.text, rb, analyzer, extract, reference);
    if (got == x.effect) {
      ++run.passed;
      continue;
    }
    run.failures.push_back({x.file, x.line, sx.list + " (check = " + check_name(sx.check) + "): example gives \"" + got +
                                                "\", expected \"" + x.effect + "\": \"" + x.text + "\""});
  }
  return run;
}

}  // namespace salvo
