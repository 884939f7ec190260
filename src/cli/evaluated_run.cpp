#include "cli/evaluated_run.hpp"

#include <algorithm>

#include "cli/commands.hpp"
#include "cli/decisions_step.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"
#include "cli/what_if.hpp"
#include "score/evaluate.hpp"

namespace aser {

EvaluatedRun evaluate_run(const RunRequest& request) {
  EvaluatedRun run;
  // 1. Load the grid and every bid; print every problem at once.
  run.inputs = load_inputs(request.input);
  Inputs& inputs = run.inputs;
  print_diagnostics(inputs.diagnostics);

  // 2. Stop on errors: all of them, or with --keep-going those not tied to a bid.
  std::size_t errors = request.keep_going ? run_errors(inputs) : error_count(inputs.diagnostics);
  if (!inputs.grid || errors > 0) {
    std::string hint = inputs.bids.invalid.empty() || request.keep_going
                           ? ""
                           : "; --keep-going " + request.does +
                                 " the readable bids and lists the others as invalid";
    std::size_t count = error_count(inputs.diagnostics);
    print_error(std::to_string(count) + (count == 1 ? " problem" : " problems") +
                " in the grid or the bids, nothing " + request.done + hint);
    run.exit_code = exit_invalid_input;
    return run;
  }
  run.grid = std::move(*inputs.grid);
  // --lang: the reports' language (the bids were read as the grid says).
  if (request.input.lang) run.grid.language = *request.input.lang;

  // 3. What-if weights and the lot, as asked (recorded with the provenance).
  if (std::string error = apply_weights(run.grid, request.weights); !error.empty()) {
    print_error(error);
    run.exit_code = exit_usage;
    return run;
  }
  for (const std::string& weight : request.weights) run.changes.push_back("--weight " + weight);
  // The what-if line says what the weights became (issue 9, case 6).
  if (!request.weights.empty())
    run.changes.back() += " (effective weights: " + effective_weights_line(run.grid) + ")";
  if (request.lot) {
    if (std::string error = keep_lot(inputs.bids, *request.lot); !error.empty()) {
      print_error(error);
      run.exit_code = exit_invalid_input;
      return run;
    }
    run.changes.push_back("--lot " + *request.lot);
  }

  // 4. The committee's decisions: corrections first, excluded bids out before
  // scoring (relative references and rounds without them), then score and
  // rank; the loading warnings travel with the report.
  std::vector<Bid> excluded;
  if (inputs.decisions) {
    apply_corrections(inputs.bids.bids, *inputs.decisions);
    excluded = take_excluded(inputs.bids.bids, *inputs.decisions);
  }
  run.evaluation = evaluate(run.grid, inputs.bids.bids, inputs.bids.invalid, request.input.jobs);
  if (inputs.decisions) {
    record_decisions(run.evaluation, run.grid, excluded, *inputs.decisions);
    // Back among the bids read: reports and explain show their answers.
    for (Bid& bid : excluded) inputs.bids.bids.push_back(std::move(bid));
    std::sort(inputs.bids.bids.begin(), inputs.bids.bids.end(),
              [](const Bid& a, const Bid& b) { return a.id < b.id; });
  }
  std::vector<std::string> load_warnings;
  for (const Diagnostic& d : inputs.diagnostics)
    if (d.severity == Severity::warning)
      load_warnings.push_back(one_line(d, language_of(run.grid.language)));
  run.evaluation.warnings.insert(run.evaluation.warnings.begin(), load_warnings.begin(),
                                 load_warnings.end());
  run.ok = true;
  return run;
}

}  // namespace aser
