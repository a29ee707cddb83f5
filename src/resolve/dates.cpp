// STUB: replaced by the date finder implementation.
#include "resolve/dates.h"

namespace salvo {
namespace {
class NoDates final : public DateFinder {
 public:
  std::vector<DateMention> find(std::string_view, std::optional<Date>) const override { return {}; }
};
}  // namespace
Result<std::shared_ptr<const DateFinder>> DateFinder::load(const std::filesystem::path&) {
  return std::shared_ptr<const DateFinder>(std::make_shared<NoDates>());
}
}  // namespace salvo
