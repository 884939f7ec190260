// `aser schema grid|bid|report [-c GRID] [-o FILE]`: a JSON Schema (draft
// 2020-12) on stdout or in a file. `bid` describes the bid files of one grid.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/grid_option.hpp"
#include "publish/schema.hpp"

namespace aser {

int run_schema(const SchemaOptions& options) {
  std::string text;
  if (options.kind == "grid") {
    if (!options.grid.empty()) {
      print_error("'aser schema grid' takes no -c: the grid schema is the same for every grid");
      std::cerr << "hint: for the bids of a grid, 'aser schema bid -c " << options.grid << "'\n";
      return exit_usage;
    }
    text = grid_schema_json();
  } else if (options.kind == "report") {
    if (!options.grid.empty()) {
      print_error("'aser schema report' takes no -c: the report schema is the same for every grid");
      return exit_usage;
    }
    text = report_schema_json();
  } else {
    // 1. The grid: -c, else ./criteria.yaml (a built-in grid only when named).
    GridOption grid = load_grid_option(options.grid);
    print_diagnostics(grid.diagnostics);
    if (!grid.grid) {
      if (options.grid.empty()) return exit_invalid_input;  // none found: said above
      print_error("cannot describe the bids of a grid that does not load: fix the grid first");
      return exit_invalid_input;
    }
    // 2. Its answers, typed.
    text = bid_schema_json(*grid.grid);
  }
  // 3. Out, atomically when -o is given.
  if (std::string error = emit(options.output, text); !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }
  return exit_ok;
}

}  // namespace aser
