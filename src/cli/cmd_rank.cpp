// `aser rank`: the whole pipeline, one step after the other.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"
#include "cli/what_if.hpp"
#include "report/report.hpp"
#include "score/evaluate.hpp"

namespace aser {

namespace {

std::string render(const RankOptions& options, const Grid& grid, const Evaluation& evaluation,
                   const ReportOptions& report) {
  const std::string& format = options.format;
  if (format == "json") return render_json(grid, evaluation, report);
  if (format == "csv") {
    CsvOptions csv;
    csv.sep = options.input.csv_sep.value_or(',');
    csv.decimal_comma = options.input.decimal_comma;
    csv.bom = options.bom;
    return render_csv(grid, evaluation, report, csv);
  }
  if (format == "html") return render_html(grid, evaluation, report);
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
  report.date = options.date;
  report.bids = &inputs.bids.bids;
  report.skipped = &inputs.skipped;
  report.color = options.output.empty() && options.format == "table" && use_color(options.color);
  report.terminal = options.output.empty() && isatty(STDOUT_FILENO) == 1;
  if (std::string error = emit(options.output, render(options, grid, evaluation, report));
      !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }
  if (std::string line = summary_line(inputs, evaluation); !line.empty()) std::cerr << line << '\n';

  // 6. --strict: any warning fails the run (the report is still written).
  bool warned = !evaluation.warnings.empty();
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) warned = warned || !bid.warnings.empty();
  return options.strict && warned ? exit_invalid_input : exit_ok;
}

}  // namespace aser
