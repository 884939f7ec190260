// The first steps shared by `rank` and `validate`: find the grid, find and
// read the bids, check the answers against the grid. Collects every problem.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/bid_loader.hpp"
#include "model/decision.hpp"
#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

struct InputOptions {
  std::vector<std::string> paths;  ///< bid files, folders, "-"; empty: the current folder
  std::string grid;                ///< -c: a file, or a built-in grid's name; empty: find one
  unsigned jobs = 0;               ///< threads reading bids; 0: one per core
  /// `--sep`: the separator of CSV bid tables (unset: detected from the header),
  /// and of the CSV report (unset: ',').
  std::optional<char> csv_sep;
  /// `--decimal-comma`: CSV bid tables write numbers with a decimal comma (also
  /// implied by a French grid), and so does the CSV report.
  bool decimal_comma = false;
  /// --max-file-size, --max-depth, --max-nodes: what a grid or bid file may hold.
  Limits limits;
  /// --decisions FILE: the committee's decisions; empty: the decisions.yaml
  /// beside the grid file (or found as the grid is, for a built-in grid), if any.
  std::string decisions;
  /// `--lang fr|en`: the language of the reports, overriding the grid's
  /// `language` (how CSV bid tables are read does not change).
  std::optional<std::string> lang;
};

struct Inputs {
  std::optional<Grid> grid;              ///< empty when the grid has errors
  std::string grid_origin;               ///< how the grid was found, for messages
  BidSet bids;                           ///< readable bids, and invalid ones with their problems
  Diagnostics diagnostics;               ///< grid, discovery and bid problems, in that order
  std::vector<SkippedFile> skipped;      ///< files found in the folders that are not bid files
  std::optional<DecisionSet> decisions;  ///< the committee's decisions, when there is a file
};

/// Runs the loading steps. Never throws for bad input: problems are diagnostics.
Inputs load_inputs(const InputOptions& options);

}  // namespace aser
