// Grid YAML -> Grid, with every problem reported at once (file:line:col, hints).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

struct GridLoad {
  std::optional<Grid> grid;  ///< set when there is no error
  Diagnostics diagnostics;   ///< errors and warnings
};

/// Parses and checks a grid (DESIGN sections 2-4 and 10). Sets grid.file and grid.sha256.
GridLoad load_grid(std::string_view text, const std::string& display_name,
                   const Limits& limits = {});

}  // namespace aser
