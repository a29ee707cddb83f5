// app/checkpoint.cpp — see checkpoint.h.
#include "app/checkpoint.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "emit/output_file.h"
#include "ingest/reader.h"

namespace salvo::app {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kFormat = 1;  // the checkpoint file's own version

Result<InputStamp> stamp(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::error("cannot open " + path + ": " + std::strerror(errno));
  return InputStamp{path, static_cast<std::uint64_t>(st.st_size),
                    static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

}  // namespace

std::string checkpoint_path(const std::string& output) { return output + ".checkpoint"; }

json to_json(const Checkpoint& c) {
  json inputs = json::array();
  for (const auto& i : c.inputs) inputs.push_back({{"path", i.path}, {"size", i.size}, {"mtime_ns", i.mtime_ns}});
  return {{"salvo_checkpoint", kFormat},
          {"rules_version", c.rules_version},
          {"options", c.options},
          {"inputs", std::move(inputs)},
          {"position", {{"records", c.records}, {"file", c.file}, {"line", c.line}, {"input_bytes", c.input_bytes}}},
          {"output_bytes", c.output_bytes},
          {"rejects_bytes", c.rejects_bytes ? json(*c.rejects_bytes) : json(nullptr)},
          {"summary",
           {{"articles", c.articles}, {"rejected", c.rejected}, {"repaired", c.repaired}, {"events", c.events},
            {"by_type", c.by_type}, {"by_country", c.by_country}, {"seconds", c.seconds}}},
          {"timestamp", c.timestamp},
          {"dedupe", c.dedupe}};
}

Result<Checkpoint> checkpoint_from_json(const json& j) {
  try {
    if (j.at("salvo_checkpoint") != kFormat)
      return Status::error("written by another version of salvo (format " + j.at("salvo_checkpoint").dump() + ")");
    Checkpoint c;
    c.rules_version = j.at("rules_version").get<std::string>();
    c.options = j.at("options");
    for (const auto& i : j.at("inputs"))
      c.inputs.push_back({i.at("path").get<std::string>(), i.at("size").get<std::uint64_t>(),
                          i.at("mtime_ns").get<std::int64_t>()});
    const auto& p = j.at("position");
    c.records = p.at("records").get<std::uint64_t>();
    c.file = p.at("file").get<std::string>();
    c.line = p.at("line").get<std::uint64_t>();
    c.input_bytes = p.at("input_bytes").get<std::uint64_t>();
    c.output_bytes = j.at("output_bytes").get<std::uint64_t>();
    if (j.at("rejects_bytes").is_number()) c.rejects_bytes = j.at("rejects_bytes").get<std::uint64_t>();
    const auto& s = j.at("summary");
    c.articles = s.at("articles").get<std::uint64_t>();
    c.rejected = s.at("rejected").get<std::uint64_t>();
    c.repaired = s.at("repaired").get<std::uint64_t>();
    c.events = s.at("events").get<std::uint64_t>();
    c.by_type = s.at("by_type").get<std::map<std::string, std::uint64_t>>();
    c.by_country = s.at("by_country").get<std::map<std::string, std::uint64_t>>();
    c.seconds = s.at("seconds").get<double>();
    c.timestamp = j.at("timestamp").get<std::int64_t>();
    c.dedupe = j.at("dedupe");
    return c;
  } catch (const json::exception& e) {
    return Status::error(std::string("not a salvo checkpoint: ") + e.what());
  }
}

Status write_checkpoint(const std::string& path, const Checkpoint& c) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << to_json(c).dump(1, ' ', false, json::error_handler_t::replace) << "\n";
    out.close();
    if (!out) return Status::error("cannot write the checkpoint " + tmp + ": " + std::strerror(errno));
  }
  return rename_over(tmp, path);
}

Result<Checkpoint> read_checkpoint(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error("cannot read " + path + ": " + std::strerror(errno));
  const json j = json::parse(in, nullptr, false);
  if (j.is_discarded()) return Status::error(path + ": not JSON (a damaged checkpoint)");
  auto c = checkpoint_from_json(j);
  if (!c.ok()) return Status::error(path + ": " + c.status().message());
  return c;
}

Result<std::vector<InputStamp>> stamp_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (p == "-") return Status::error("standard input cannot be read again, so a run over it cannot be resumed");
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      if (auto st = list_input_folder(p, files); !st.ok()) return st;
    } else {
      files.push_back(p);
    }
  }
  std::vector<InputStamp> out;
  for (const auto& f : files) {
    auto s = stamp(f);
    if (!s.ok()) return s.status();
    out.push_back(std::move(s).value());
  }
  return out;
}

Status same_run(const Checkpoint& saved, const Checkpoint& now) {
  if (saved.rules_version != now.rules_version)
    return Status::error("the rules changed since the checkpoint (version " + saved.rules_version + ", now " +
                         now.rules_version + ")");
  for (const auto& [key, value] : saved.options.items()) {
    const json other = now.options.contains(key) ? now.options.at(key) : json(nullptr);
    if (other != value)
      return Status::error("option " + key + " differs from the checkpoint's (" + value.dump() + ", now " +
                           other.dump() + ")");
  }
  for (const auto& [key, value] : now.options.items())
    if (!saved.options.contains(key)) return Status::error("option " + key + " is not in the checkpoint");
  if (saved.inputs.size() != now.inputs.size())
    return Status::error("the inputs differ from the checkpoint's: " + std::to_string(saved.inputs.size()) +
                         " files then, " + std::to_string(now.inputs.size()) + " now");
  for (std::size_t i = 0; i < saved.inputs.size(); ++i) {
    const InputStamp &a = saved.inputs[i], &b = now.inputs[i];
    if (a.path != b.path) return Status::error("input " + std::to_string(i + 1) + " was " + a.path + ", now " + b.path);
    if (a != b)
      return Status::error("input " + a.path + " changed since the checkpoint (size " + std::to_string(a.size) +
                           " then, " + std::to_string(b.size) + " now; or its modification time)");
  }
  return {};
}

}  // namespace salvo::app
