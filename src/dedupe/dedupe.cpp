// STUB: replaced by cross-article deduplication (issue 8).
namespace salvo {}
