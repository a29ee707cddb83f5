// STUB: replaced by the number finder implementation.
#include "resolve/numbers.h"

namespace salvo {
namespace {
class NoNumbers final : public NumberFinder {
 public:
  std::vector<Quantity> find(std::string_view) const override { return {}; }
  std::optional<int> word_value(std::string_view) const override { return std::nullopt; }
};
}  // namespace
Result<std::shared_ptr<const NumberFinder>> NumberFinder::load(const std::filesystem::path&) {
  return std::shared_ptr<const NumberFinder>(std::make_shared<NoNumbers>());
}
}  // namespace salvo
