// `aser form [-c GRID] [-f yaml|csv|markdown] [-o FILE]`: the bid form bidders
// fill in, generated from the grid (publish/form.hpp).
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/grid_option.hpp"
#include "publish/form.hpp"

namespace aser {

int run_form(const FormOptions& options) {
  // 1. The grid: -c, else ./criteria.yaml (a built-in grid only when named).
  GridOption grid = load_grid_option(options.grid);
  print_diagnostics(grid.diagnostics);
  if (!grid.grid) {
    if (options.grid.empty()) return exit_invalid_input;  // none found: the diagnostic says so
    print_error("cannot write the form of a grid that does not load: fix the grid first");
    return exit_invalid_input;
  }
  // 2. The form in the format asked for (app.cpp allows these three only).
  const std::string text = options.format == "csv"        ? form_csv(*grid.grid)
                           : options.format == "markdown" ? form_markdown(*grid.grid)
                                                          : form_yaml(*grid.grid);
  // 3. Out, atomically when -o is given.
  if (std::string error = emit(options.output, text); !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }
  return exit_ok;
}

}  // namespace aser
