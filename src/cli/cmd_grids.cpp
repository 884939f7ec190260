// `aser grids` lists the built-in grids; `aser grids show NAME` prints one.
#include <iostream>

#include "cli/builtin_grids.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "load/grid_loader.hpp"
#include "support/suggest.hpp"
#include "support/utf8.hpp"

namespace aser {

int run_grids_list() {
  std::size_t width = 0;
  for (const BuiltinGrid& grid : builtin_grids()) width = std::max(width, display_width(grid.name));
  for (const BuiltinGrid& grid : builtin_grids()) {
    GridLoad loaded = load_grid(grid.text, "built-in:" + grid.name);
    std::string title = loaded.grid ? loaded.grid->name : std::string("(invalid grid)");
    std::cout << pad_right(grid.name, width) << "  " << title << '\n';
  }
  std::cout
      << "\nShow one with 'aser grids show NAME'; rank with one with 'aser rank -c NAME BIDS'.\n";
  return finish_stdout(exit_ok);
}

int run_grids_show(const std::string& name) {
  const BuiltinGrid* grid = find_builtin_grid(name);
  if (grid == nullptr) {
    std::vector<std::string> names;
    for (const BuiltinGrid& g : builtin_grids()) names.push_back(g.name);
    std::string hint = did_you_mean(name, names);
    print_error("no built-in grid named '" + name + "'");
    std::cerr << (hint.empty() ? "hint: 'aser grids' lists them" : hint) << '\n';
    return exit_usage;
  }
  std::cout << grid->text;
  return finish_stdout(exit_ok);
}

}  // namespace aser
