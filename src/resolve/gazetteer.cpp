// STUB: replaced by the gazetteer implementation (issue 4).
#include "resolve/gazetteer.h"

namespace salvo {
namespace {
class EmptyGazetteer final : public Gazetteer {
 public:
  std::vector<const PlaceRecord*> lookup(std::string_view) const override { return {}; }
  bool is_place_name(std::string_view) const override { return false; }
  std::string country_code(std::string_view) const override { return ""; }
  Location resolve(const PlaceQuery& q) const override {
    Location l;
    l.name = q.name;
    l.surface = q.name;
    l.country = q.country_hint;
    l.precision = q.near ? "near" : "exact";
    return l;
  }
  std::size_t size() const override { return 0; }
};
}  // namespace
Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path&) {
  return std::shared_ptr<const Gazetteer>(std::make_shared<EmptyGazetteer>());
}
}  // namespace salvo
