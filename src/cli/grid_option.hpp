// Finding the grid (DESIGN section 6): `-c GRID` is a file or the name of a
// built-in grid; with no -c, the criteria.yaml in the PATH given or in its
// nearest parent folder up to the current folder, like git finds its
// repository. None found is an error naming where it looked: a built-in grid
// is used only when named.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

struct GridOption {
  std::optional<Grid> grid;  ///< set when the grid loaded without error
  std::string text;          ///< the grid's bytes (for source lines in messages)
  std::string display_name;  ///< the file, or "built-in:NAME"
  Diagnostics diagnostics;   ///< why it could not be found or loaded; its warnings
};

/// Where a file named `name` was looked for from `paths` (bid files, folders,
/// "-"; empty: the current folder): in each path's folder, then its parents up
/// to the current folder (a folder outside the current one: itself only).
struct FileSearch {
  std::string found;                   ///< the file, as a path to show and open; empty: none
  std::vector<std::string> looked_in;  ///< the folders searched, in order, without repeats
};
FileSearch search_upwards(const std::string& name, const std::vector<std::string>& paths);

/// The error when no grid was given and none was found: it names the folders
/// searched and suggests -c FILE or -c NAME (the built-in grids listed).
Diagnostic no_grid_found(const std::vector<std::string>& looked_in);

/// Loads the grid named by `option`; an empty option means the criteria.yaml
/// of the current folder (form, lint, schema bid), and none is an error.
GridOption load_grid_option(const std::string& option);

}  // namespace aser
