// `aser schema`: scaffolding while the command is being written (replaced by its author).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace aser {

int run_schema(const SchemaOptions&) {
  print_error("'aser schema' is not built yet");
  return exit_internal;
}

}  // namespace aser
