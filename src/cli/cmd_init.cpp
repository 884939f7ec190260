// `aser init`: scaffolding while the command is being written (replaced by its author).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace aser {

int run_init(const InitOptions&) {
  print_error("'aser init' is not built yet");
  return exit_internal;
}

}  // namespace aser
