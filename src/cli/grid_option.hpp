// `-c GRID` for the commands that read a grid alone (schema, lint): a file,
// or the name of a built-in grid; with no -c, ./criteria.yaml.
#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

struct GridOption {
  std::optional<Grid> grid;  ///< set when the grid loaded without error
  std::string text;          ///< the grid's bytes (for source lines in messages)
  std::string display_name;  ///< the file, or "built-in:NAME"
  Diagnostics diagnostics;   ///< why it could not be found or loaded; its warnings
};

/// Loads the grid named by `option`. An empty option means ./criteria.yaml,
/// and, when there is none, the built-in default grid if `fall_back_to_default`,
/// else an error that says to give -c.
GridOption load_grid_option(const std::string& option, bool fall_back_to_default);

}  // namespace aser
