// `aser explain`: scaffolding while the command is being written (replaced by its author).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace aser {

int run_explain(const ExplainOptions&) {
  print_error("'aser explain' is not built yet");
  return exit_internal;
}

}  // namespace aser
