// STUB: this subcommand is not built yet.
#include <iostream>
#include "app/commands.h"
namespace salvo::app {
int cmd_test_rules(const std::vector<std::string>&) {
  std::cerr << "salvo: this command is not implemented yet\n";
  return 2;
}
}  // namespace salvo::app
