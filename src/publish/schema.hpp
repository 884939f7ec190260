// JSON Schemas (draft 2020-12) of aser's files, for editors (completion and
// help through `# yaml-language-server: $schema=…`) and for validators: the
// grid format, the bid files of one grid, and the JSON report. Each is
// generated, pretty-printed with a fixed key order, so the bytes are stable.
#pragma once

#include <string>

#include "model/grid.hpp"

namespace aser {

/// The schema of a grid file, as the loader accepts it (docs/grid-format.md).
std::string grid_schema_json();

/// The schema of a bid file for this grid: the answers it reads with their
/// types (nested objects along the dotted paths, and the dotted keys too), the
/// labels of its scales, and the answers its requirements need.
std::string bid_schema_json(const Grid& grid);

/// The schema of `aser rank -f json` (docs/report-formats.md).
std::string report_schema_json();

}  // namespace aser
