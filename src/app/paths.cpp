#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "build_info.h"

namespace salvo::app {

namespace fs = std::filesystem;

void setup_logging(int verbose, bool quiet) {
  auto logger = spdlog::stderr_color_mt("salvo");
  logger->set_pattern("salvo: %^%l%$: %v");
  if (quiet) logger->set_level(spdlog::level::err);
  else if (verbose >= 2) logger->set_level(spdlog::level::trace);
  else if (verbose == 1) logger->set_level(spdlog::level::debug);
  else logger->set_level(spdlog::level::info);
  spdlog::set_default_logger(logger);
}

fs::path find_rules_dir(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  if (const char* env = std::getenv("SALVO_RULES"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // installed: PREFIX/bin/salvo -> PREFIX/share/salvo/rules
    const fs::path installed = exe.parent_path().parent_path() / "share" / "salvo" / "rules";
    if (fs::is_directory(installed, ec)) return installed;
  }
  if (fs::is_directory(SALVO_SOURCE_RULES_DIR, ec)) return SALVO_SOURCE_RULES_DIR;
  return SALVO_INSTALL_RULES_DIR;
}

fs::path find_data_dir(const std::string& option_value) {
  if (!option_value.empty()) return option_value;
  if (const char* env = std::getenv("SALVO_DATA"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // installed: PREFIX/bin/salvo -> PREFIX/share/salvo/data
    const fs::path installed = exe.parent_path().parent_path() / "share" / "salvo" / "data";
    if (fs::is_directory(installed, ec)) return installed;
  }
  if (fs::is_directory(SALVO_SOURCE_DATA_DIR, ec)) return SALVO_SOURCE_DATA_DIR;
  return SALVO_INSTALL_DATA_DIR;
}

fs::path find_places_index() {
  if (const char* env = std::getenv("SALVO_PLACES_INDEX"); env) return env;  // "" turns it off
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  // build tree: next to the binary; installed: PREFIX/share/salvo/places.idx
  for (const fs::path& p : {exe.parent_path() / "places.idx",
                            exe.parent_path().parent_path() / "share" / "salvo" / "places.idx"})
    if (fs::is_regular_file(p, ec)) return p;
  return {};
}

}  // namespace salvo::app
