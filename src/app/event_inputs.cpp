// app/event_inputs.cpp — see event_inputs.h.
#include "app/event_inputs.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace salvo::app {

std::size_t read_event_inputs(const std::vector<std::string>& paths, const ReadEventInput& read) {
  std::size_t unreadable = 0;
  for (const auto& path : paths) {
    std::ifstream file;
    std::istream* in = &std::cin;
    const std::string name = path == "-" ? "<stdin>" : path;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        spdlog::error("cannot read {}: {}", path, std::strerror(errno));
        ++unreadable;
        continue;
      }
      in = &file;
    }
    if (!read(*in, name)) break;
    if (in->bad()) {
      spdlog::error("reading {} failed", name);
      ++unreadable;
    }
  }
  return unreadable;
}

std::string not_an_event(const nlohmann::json& j) {
  if (j.is_discarded()) return "not valid JSON";
  if (!j.is_object()) return "not a JSON object";
  const auto id = j.find("event_id");
  if (id == j.end() || !id->is_string() || id->get_ref<const std::string&>().empty())
    return "no \"event_id\" (is this an event record?)";
  return {};
}

}  // namespace salvo::app
