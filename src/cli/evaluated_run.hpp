// The steps `rank` and `explain` share: load the grid and the bids, stop on
// errors, apply --weight and --lot, score and rank.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct RunRequest {
  InputOptions input;
  std::optional<std::string> lot;    ///< --lot
  std::vector<std::string> weights;  ///< --weight ID=W, in the order given
  bool keep_going = false;
  /// For messages: "ranked" / "ranks", "explained" / "explains".
  std::string done = "ranked";
  std::string does = "ranks";
};

struct EvaluatedRun {
  Inputs inputs;
  Grid grid;  ///< with the --weight changes
  Evaluation evaluation;
  std::vector<std::string> changes;  ///< "--weight price=50", "--lot 2": provenance
  int exit_code = 0;                 ///< set when `ok` is false
  bool ok = false;
};

/// Runs the steps, printing every diagnostic and error on stderr. The
/// loading warnings come first among the evaluation's warnings.
EvaluatedRun evaluate_run(const RunRequest& request);

}  // namespace aser
