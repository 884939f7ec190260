#include "cli/builtin_grids.hpp"

namespace aser {

const BuiltinGrid* find_builtin_grid(std::string_view name) {
  for (const BuiltinGrid& grid : builtin_grids())
    if (grid.name == name) return &grid;
  return nullptr;
}

}  // namespace aser
