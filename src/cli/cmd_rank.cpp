// `aser rank`: the whole pipeline, one step after the other.
#include <cmath>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"
#include "report/report.hpp"
#include "score/evaluate.hpp"

namespace aser {

namespace {

// Applies --weight ID=W in order; returns "" or a usage error.
std::string apply_weights(Grid& grid, const std::vector<std::string>& weights) {
  for (const std::string& assignment : weights) {
    auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
      return "--weight expects ID=WEIGHT, got '" + assignment + "'";
    std::string id = assignment.substr(0, equals);
    std::string text = assignment.substr(equals + 1);
    double weight = 0;
    std::size_t used = 0;
    try {
      weight = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size() || !std::isfinite(weight))
      return "--weight " + id + " expects a number, got '" + text + "'";
    if (auto error = set_weight(grid, id, weight)) return "--weight: " + *error;
  }
  return {};
}

// Keeps the bids of one lot. An invalid bid whose lot could not be read stays
// listed: it may belong to this lot, and no bid given is ever dropped unseen.
std::string keep_lot(BidSet& set, const std::string& lot) {
  std::set<std::string> lots;
  std::vector<Bid> kept;
  for (Bid& bid : set.bids) {
    lots.insert(bid.lot ? *bid.lot : "(none)");
    if (bid.lot && *bid.lot == lot) kept.push_back(std::move(bid));
  }
  if (kept.empty()) {
    std::string known;
    for (const std::string& name : lots) known += (known.empty() ? "" : ", ") + name;
    return "no bid is in lot '" + lot + "'; the bids' lots are: " + known;
  }
  set.bids = std::move(kept);
  std::erase_if(set.invalid, [&](const InvalidBid& bid) { return bid.lot && *bid.lot != lot; });
  return {};
}

std::string render(const std::string& format, const Grid& grid, const Evaluation& evaluation,
                   const ReportOptions& report) {
  if (format == "json") return render_json(grid, evaluation, report);
  if (format == "csv") return render_csv(grid, evaluation, report);
  if (format == "markdown") return render_markdown(grid, evaluation, report);
  return render_table(grid, evaluation, report);
}

}  // namespace

int run_rank(const RankOptions& options) {
  // 1. Load the grid and every bid; print every problem at once.
  Inputs inputs = load_inputs(options.input);
  print_diagnostics(inputs.diagnostics);

  // 2. Stop on errors: all of them, or with --keep-going those not tied to a bid.
  std::size_t errors = options.keep_going ? run_errors(inputs) : error_count(inputs.diagnostics);
  if (!inputs.grid || errors > 0) {
    std::string hint =
        inputs.bids.invalid.empty() || options.keep_going
            ? ""
            : "; --keep-going ranks the readable bids and lists the others as invalid";
    std::size_t count = error_count(inputs.diagnostics);
    print_error(std::to_string(count) + (count == 1 ? " problem" : " problems") +
                " in the grid or the bids, nothing ranked" + hint);
    return exit_invalid_input;
  }
  Grid grid = std::move(*inputs.grid);

  // 3. What-if weights and the lot, as asked.
  std::vector<std::string> changes;
  if (std::string error = apply_weights(grid, options.weights); !error.empty()) {
    print_error(error);
    return exit_usage;
  }
  for (const std::string& weight : options.weights) changes.push_back("--weight " + weight);
  if (options.lot) {
    if (std::string error = keep_lot(inputs.bids, *options.lot); !error.empty()) {
      print_error(error);
      return exit_invalid_input;
    }
    changes.push_back("--lot " + *options.lot);
  }

  // 4. Score and rank; the loading warnings travel with the report.
  Evaluation evaluation = evaluate(grid, inputs.bids.bids, inputs.bids.invalid);
  std::vector<std::string> load_warnings;
  for (const Diagnostic& d : inputs.diagnostics)
    if (d.severity == Severity::warning) load_warnings.push_back(one_line(d));
  evaluation.warnings.insert(evaluation.warnings.begin(), load_warnings.begin(),
                             load_warnings.end());

  // 5. Render and write (atomically with -o).
  ReportOptions report;
  report.version = ASER_VERSION;
  report.changes = changes;
  report.top = options.top;
  report.color = options.output.empty() && options.format == "table" && use_color(options.color);
  if (std::string error = emit(options.output, render(options.format, grid, evaluation, report));
      !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }

  // 6. --strict: any warning fails the run (the report is still written).
  bool warned = !evaluation.warnings.empty();
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) warned = warned || !bid.warnings.empty();
  return options.strict && warned ? exit_invalid_input : exit_ok;
}

}  // namespace aser
