// The grids of criteria/, compiled into the binary (cmake/embed_grids.cmake).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aser {

struct BuiltinGrid {
  std::string name;       ///< the file's stem: "aser-default"
  std::string_view text;  ///< the YAML, byte for byte
};

/// Every built-in grid, sorted by name.
const std::vector<BuiltinGrid>& builtin_grids();

/// The built-in grid with this name, or nullptr.
const BuiltinGrid* find_builtin_grid(std::string_view name);

/// The name of the grid used when none is given and no criteria.yaml is found.
inline constexpr std::string_view default_grid_name = "aser-default";

}  // namespace aser
