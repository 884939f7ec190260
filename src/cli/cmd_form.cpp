// `aser form`: scaffolding while the command is being written (replaced by its author).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace aser {

int run_form(const FormOptions&) {
  print_error("'aser form' is not built yet");
  return exit_internal;
}

}  // namespace aser
