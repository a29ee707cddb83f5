// app/cmd_eval.cpp — `salvo eval`: score predicted events (a JSONL file, or the
// extractor run on the gold documents) against the gold set; optionally fail
// (exit 3) when a figure is below its floor. docs/EVAL.md is the manual.
#include <fstream>
#include <iostream>
#include <map>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/options.h"
#include "eval/eval.h"
#include "extract/extractor.h"

namespace salvo::app {

namespace po = boost::program_options;

namespace {

void print_status(const Status& s) {
  if (s.diagnostics().empty()) std::cerr << "salvo eval: " << s.message() << "\n";
  for (const auto& d : s.diagnostics()) std::cerr << d.str() << "\n";
}

// True if the first non-blank line of `path` is an event record rather than a gold document.
bool looks_like_predictions(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    return j.is_object() && j.contains("event_type") && !j.contains("events");
  }
  return false;
}

}  // namespace

int cmd_eval(const std::vector<std::string>& args) {
  po::options_description opts(
      "salvo eval --gold GOLD.jsonl [--gold ...] [PRED.jsonl]: score events against the gold set.\n"
      "Without PRED, the extractor is run on the gold documents");
  opts.add_options()("help,h", "show this help")
      ("gold", po::value<std::vector<std::string>>()->multitoken(),
       "gold set files (JSONL; repeatable, several may follow one --gold)")
      ("pred", po::value<std::vector<std::string>>(), "predicted events (JSONL); same as the positional PRED")
      ("split", po::value<std::string>()->default_value("all"), "dev | test | all")
      ("json", po::value<std::string>(), "write a machine-readable summary to FILE ('-': stdout, and the table goes to stderr)")
      ("min", po::value<std::string>(), "floors file; exit 3 if any figure is below its floor")
      ("errors", "list every false positive, false negative and field mismatch")
      ("rules", po::value<std::string>()->default_value(""), "rules directory (when running the extractor)")
      ("texts", po::value<std::string>(),
       "JSONL of articles (id, text, title, url, date) holding the texts of gold documents that give "
       "only \"text_chars\" (tests/gold/real/: ../shared/data/news/news_dev.jsonl)");
  po::variables_map vm;
  if (!parse_options("eval", args, opts, {}, "pred", vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << opts
              << "\nExit status: 0 ok, 2 bad options or unreadable files, 3 a figure is below its floor.\n";
    return kExitOk;
  }
  if (!vm.count("gold")) {
    std::cerr << "salvo eval: --gold is required\n";
    return kExitUsage;
  }
  const std::string split = vm["split"].as<std::string>();
  if (split != "dev" && split != "test" && split != "all") {
    std::cerr << "salvo eval: --split must be dev, test or all\n";
    return kExitUsage;
  }
  std::vector<std::string> preds;
  if (vm.count("pred")) preds = vm["pred"].as<std::vector<std::string>>();
  // `--gold a.jsonl b.jsonl PRED.jsonl` (a shell glob after --gold) swallows
  // the positional PRED: a file whose first record is an event record (has
  // "event_type", no "events") is taken as the predictions.
  std::vector<std::string> gold_paths;
  for (const auto& path : vm["gold"].as<std::vector<std::string>>()) {
    if (looks_like_predictions(path)) preds.push_back(path);
    else gold_paths.push_back(path);
  }
  if (preds.size() > 1) {
    std::cerr << "salvo eval: give at most one predictions file\n";
    return kExitUsage;
  }
  if (gold_paths.empty()) {
    std::cerr << "salvo eval: no gold file among the --gold arguments\n";
    return kExitUsage;
  }

  std::vector<eval::GoldDoc> gold;
  for (const auto& path : gold_paths) {
    auto g = eval::load_gold(path);
    if (!g.ok()) {
      print_status(g.status());
      return kExitUsage;
    }
    if (g.value().empty())
      std::cerr << "salvo eval: warning: " << path << " holds no gold document (an empty predictions file "
                << "must be given as PRED before --gold, or with --pred)\n";
    for (auto& d : g.value()) {
      for (const auto& seen : gold)
        if (seen.doc.id == d.doc.id) {
          std::cerr << "salvo eval: document id " << d.doc.id << " appears in more than one gold file\n";
          return kExitUsage;
        }
      gold.push_back(std::move(d));
    }
  }

  bool need_texts = false;
  for (const auto& g : gold) need_texts = need_texts || (g.text_chars && g.doc.text.empty());
  if (need_texts) {
    if (!vm.count("texts")) {
      std::cerr << "salvo eval: some gold documents keep their text outside the gold file: give --texts FILE\n";
      return kExitUsage;
    }
    if (Status st = eval::attach_texts(gold, vm["texts"].as<std::string>()); !st.ok()) {
      print_status(st);
      return kExitUsage;
    }
  }

  std::optional<eval::Floors> floors;
  if (vm.count("min")) {
    auto f = eval::load_floors(vm["min"].as<std::string>());
    if (!f.ok()) {
      print_status(f.status());
      return kExitUsage;
    }
    floors = f.value();
  }

  std::map<std::string, std::vector<Event>> pred;
  if (!preds.empty()) {
    auto p = eval::load_predictions(preds.front());
    if (!p.ok()) {
      print_status(p.status());
      return kExitUsage;
    }
    pred = std::move(p).value();
  } else {
    const auto dir = find_rules_dir(vm["rules"].as<std::string>());
    auto ex = Extractor::load({.rules_dir = dir, .places_index = find_places_index()});
    if (!ex.ok()) {
      print_status(ex.status());
      std::cerr << "salvo eval: cannot load the extractor from " << dir.string() << "\n";
      return kExitUsage;
    }
    for (const auto& g : gold) {
      if (split != "all" && g.split != split) continue;
      auto events = ex.value()->extract(g.doc);
      for (auto& e : events) e.doc_id = g.doc.id;
      pred[g.doc.id] = std::move(events);
    }
  }

  {
    std::size_t unknown = 0;
    for (const auto& [id, events] : pred) {
      bool found = false;
      for (const auto& g : gold) found = found || g.doc.id == id;
      if (!found) unknown += events.size();
    }
    if (unknown > 0)
      std::cerr << "salvo eval: ignored " << unknown << " predicted event(s) whose doc_id is not in the gold set\n";
  }
  const eval::Report report = eval::evaluate(gold, pred, split);
  // With --json -, stdout carries only the JSON; the human-readable part goes to stderr.
  const bool json_to_stdout = vm.count("json") && vm["json"].as<std::string>() == "-";
  std::ostream& human = json_to_stdout ? std::cerr : std::cout;
  if (vm.count("errors")) human << eval::format_errors(report) << "\n";
  human << eval::format_table(report);

  std::vector<std::string> below;
  if (floors) {
    const auto it = report.by_split.find("all");
    below = eval::check_floors(*floors, it == report.by_split.end() ? eval::Scores{} : it->second);
  }
  if (vm.count("json")) {
    nlohmann::json j = eval::report_to_json(report);
    if (floors) j["below_floor"] = below;
    const std::string out = vm["json"].as<std::string>();
    if (out == "-") {
      std::cout << j.dump(2) << "\n";
    } else {
      std::ofstream f(out);
      f << j.dump(2) << "\n";
      if (!f) {
        std::cerr << "salvo eval: cannot write " << out << "\n";
        return kExitFailure;
      }
    }
  }
  if (!below.empty()) {
    std::cerr << "salvo eval: below the floor:\n";
    for (const auto& b : below) std::cerr << "  " << b << "\n";
    return kExitBelowThreshold;
  }
  return kExitOk;
}

}  // namespace salvo::app
