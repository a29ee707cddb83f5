// STUB: replaced by the evaluator (issue 3).
namespace salvo {}
