// Reports of an evaluation: table, json, csv, markdown (DESIGN section 8).
// Every report carries the same facts; each is deterministic bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct ReportOptions {
  std::string version;               ///< aser's version
  std::vector<std::string> changes;  ///< options that changed the result ("--weight price=50")
  bool color = false;                ///< ANSI colour (table only)
  std::optional<int> top;            ///< show only ranked bids with rank <= top (others still counted)
};

std::string render_table(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options);
std::string render_json(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options);
std::string render_csv(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options);
std::string render_markdown(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options);

}  // namespace aser
