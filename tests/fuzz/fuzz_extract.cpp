// fuzz_extract — arbitrary bytes as one article's text through the Extractor
// loaded from the repository's rules/. Beyond "no crash, no sanitizer report",
// it checks that every event's evidence lies inside the text and that every
// event serialises to JSON (which throws on invalid UTF-8).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "extract/extractor.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_extract: broken promise: %s\n", what);
    std::abort();
  }
}

const salvo::Extractor& extractor() {
  static const std::shared_ptr<const salvo::Extractor> ex = [] {
    auto r = salvo::Extractor::load({.rules_dir = SALVO_RULES_DIR});
    if (!r.ok()) {
      std::fprintf(stderr, "fuzz_extract: cannot load rules from %s: %s\n", SALVO_RULES_DIR, r.status().message().c_str());
      std::abort();
    }
    return r.value();
  }();
  return *ex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  salvo::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  salvo::repair_utf8(doc.text);  // readers guarantee valid UTF-8; so does this harness
  doc.published = salvo::Date{2024, 5, 6};
  doc.origin = "fuzz:1";
  const std::size_t length = salvo::count_code_points(doc.text);
  for (const salvo::Event& e : extractor().extract(doc)) {
    check(e.doc_id == "fuzz", "event names its document");
    for (const auto& ev : e.evidence) check(ev.start <= ev.end && ev.end <= length, "evidence lies inside the text");
    try {
      (void)salvo::to_json(e).dump();
    } catch (const std::exception& ex) {
      std::fprintf(stderr, "fuzz_extract: event does not serialise: %s\n", ex.what());
      std::abort();
    }
  }
  return 0;
}
