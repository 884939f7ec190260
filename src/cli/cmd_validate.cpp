// `aser validate`: load the grid and the bids and check everything; rank nothing.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"

namespace aser {

int run_validate(const ValidateOptions& options) {
  Inputs inputs = load_inputs(options.input);
  print_diagnostics(inputs.diagnostics);

  std::size_t errors = error_count(inputs.diagnostics);
  std::size_t warnings = warning_count(inputs.diagnostics);
  std::size_t bids = inputs.bids.bids.size() + inputs.bids.invalid.size();
  if (errors > 0) {
    print_error(std::to_string(errors) + (errors == 1 ? " problem" : " problems") +
                " in the grid or the bids (" + std::to_string(inputs.bids.invalid.size()) + " of " +
                std::to_string(bids) + " bids invalid)");
    return exit_invalid_input;
  }
  std::cout << "ok: grid '" << inputs.grid->name << "' (" << inputs.grid_origin << "), " << bids
            << (bids == 1 ? " bid" : " bids") << " valid";
  if (warnings > 0) std::cout << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
  std::cout << '\n';
  return finish_stdout(options.strict && warnings > 0 ? exit_invalid_input : exit_ok);
}

}  // namespace aser
