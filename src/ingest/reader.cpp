// STUB: replaced by the record readers (issue 2/7).
#include "ingest/reader.h"

namespace salvo {
namespace {
class NoInput final : public DocumentSource {
 public:
  Next next(Document&, Reject&) override { return Next::end; }
  const ReadStats& stats() const override { return stats_; }
  const Status& status() const override { return status_; }
 private:
  ReadStats stats_;
  Status status_;
};
}  // namespace
std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>&, const ReaderOptions&) {
  return std::make_unique<NoInput>();
}
}  // namespace salvo
