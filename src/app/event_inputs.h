// app/event_inputs.h — the event JSON Lines inputs of `salvo report` and `salvo dedupe`.
//
// Owns: going through the input paths in the order given ("-" is stdin, named
// "<stdin>" in messages), the error logged for an input that cannot be opened
// ("cannot read PATH: reason") or fails while being read ("reading NAME
// failed"), and the test of whether a parsed line is an event record. Each
// command reads the opened stream itself (its own batching, line numbers and
// output); it warns about unusable lines as NAME:LINE: reason.
//
//   const std::size_t unreadable = read_event_inputs(inputs, [&](std::istream& in, const std::string& name) {
//     ... read `in`, warn "{name}:{line}: {reason}" for each unusable line ...
//     return write_status.ok();  // false: stop before the next input
//   });
//   int exit_code = unreadable > 0 ? kExitUsage : kExitOk;
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace salvo::app {

// Reads one opened input, named `name` in messages. Returns false to stop
// before the next input (its failure is then checked no further).
using ReadEventInput = std::function<bool(std::istream& in, const std::string& name)>;

// Opens each of `paths` in order and hands it to `read`. Returns how many
// inputs could not be opened or failed while being read (each logged as an
// error); the others were read.
std::size_t read_event_inputs(const std::vector<std::string>& paths, const ReadEventInput& read);

// Why a parsed line is not an event record, or "" when `j` holds one (a JSON
// object with a non-empty string "event_id"). `j` is discarded when the line
// was not valid JSON.
std::string not_an_event(const nlohmann::json& j);

}  // namespace salvo::app
