// `aser lint`: scaffolding while the command is being written (replaced by its author).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace aser {

int run_lint(const LintOptions&) {
  print_error("'aser lint' is not built yet");
  return exit_internal;
}

}  // namespace aser
