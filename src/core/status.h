// core/status.h — errors as values.
//
// Owns: Status (ok or a message, optionally located at file:line) and
// Result<T> (a value or a Status). Nothing in salvo's library throws across a
// stage boundary; functions that can fail return one of these. Exceptions from
// third-party code (nlohmann, Boost) are caught where they are called.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace salvo {

// A problem found in a file, reported compiler-style as "file:line: message".
struct Diagnostic {
  std::string file;
  int line = 0;  // 1-based; 0 when the problem is about the whole file
  std::string message;

  std::string str() const {
    if (file.empty()) return message;
    if (line <= 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ": " + message;
  }
};

class Status {
 public:
  Status() = default;  // ok
  static Status error(std::string message) { return Status(std::move(message)); }
  static Status errors(std::vector<Diagnostic> diags) {
    Status s(diags.empty() ? std::string("error") : diags.front().str());
    s.diags_ = std::move(diags);
    return s;
  }
  bool ok() const { return !message_.has_value(); }
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }
  // Every located problem (may be empty for a plain error).
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }

 private:
  explicit Status(std::string m) : message_(std::move(m)) {}
  std::optional<std::string> message_;
  std::vector<Diagnostic> diags_;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}    // NOLINT: must not be ok
  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

}  // namespace salvo
