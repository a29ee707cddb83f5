// STUB: replaced by the writers (issue 5).
#include "emit/sink.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace salvo {
namespace {
class JsonlStdout final : public EventSink {
 public:
  Status write(const Event& e) override {
    std::cout << to_json(e).dump() << '\n';
    return {};
  }
  Status finish(const RunSummary&) override {
    std::cout.flush();
    return {};
  }
};
}  // namespace
Result<OutputFormat> parse_format(const std::string& name) {
  if (name == "jsonl") return OutputFormat::jsonl;
  return Status::error("unknown format: " + name);
}
Result<std::unique_ptr<EventSink>> open_sink(const SinkOptions&) {
  return std::unique_ptr<EventSink>(std::make_unique<JsonlStdout>());
}
}  // namespace salvo
