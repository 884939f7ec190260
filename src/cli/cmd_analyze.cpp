// `aser analyze`: the evaluation `rank` makes, then per lot weight stability,
// rank reversal and SMAA (DESIGN section 7), and a warning when the winner
// hangs on a small change of weight.
#include <unistd.h>

#include <iostream>

#include "analyze/analysis.hpp"
#include "cli/commands.hpp"
#include "cli/evaluated_run.hpp"
#include "cli/exit_codes.hpp"
#include "report/analysis_report.hpp"

namespace aser {

namespace {

/// --only as parts; an unknown name is a usage error.
std::string parse_parts(const std::vector<std::string>& only, AnalysisParts& parts) {
  if (only.empty()) return "";
  parts = AnalysisParts{false, false, false};
  for (const std::string& name : only) {
    if (name == "stability")
      parts.stability = true;
    else if (name == "reversal")
      parts.reversal = true;
    else if (name == "smaa")
      parts.smaa = true;
    else
      return "--only expects stability, reversal or smaa, got '" + name + "'";
  }
  return "";
}

std::string render(const AnalyzeOptions& options, const Grid& grid, const Evaluation& evaluation,
                   const AnalysisView& view, const ReportOptions& report) {
  if (options.format == "json") return render_analysis_json(grid, evaluation, view, report);
  if (options.format == "markdown") return render_analysis_markdown(grid, evaluation, view, report);
  if (options.format == "html") return render_analysis_html(grid, evaluation, view, report);
  return render_analysis_table(grid, evaluation, view, report);
}

}  // namespace

int run_analyze(const AnalyzeOptions& options) {
  // 1. The parts asked for.
  AnalysisParts parts;
  if (std::string error = parse_parts(options.only, parts); !error.empty()) {
    print_error(error);
    return exit_usage;
  }

  // 2-5. Load, stop on errors, --lot, score and rank: exactly as `rank` does.
  RunRequest request{options.input, options.lot, {}, options.keep_going, "analyzed", "analyzes"};
  EvaluatedRun run = evaluate_run(request);
  if (!run.ok) return run.exit_code;
  const Grid& grid = run.grid;
  Evaluation evaluation = run.evaluation;

  // 6. Each lot's analysis; a SMAA sampling that accepts too few draws is a usage error.
  SmaaOptions smaa;
  smaa.samples = options.samples;
  smaa.seed = options.seed;
  smaa.around_pct = options.around;
  smaa.keep_order = options.keep_order;
  smaa.over = options.over == "leaves" ? SmaaOptions::Over::leaves : SmaaOptions::Over::top;
  smaa.threads = options.threads;
  std::vector<LotAnalysis> lots;
  for (const LotResult& lot : evaluation.lots) {
    lots.push_back(analyze_lot(grid, lot, run.inputs.bids.bids, parts, smaa));
    if (lots.back().smaa && !lots.back().smaa->error.empty()) {
      print_error(lots.back().smaa->error);
      return exit_usage;
    }
  }

  // 7. Fragile winners: a warning on stderr and in the report.
  std::vector<std::string> fragile;
  for (const LotAnalysis& lot : lots)
    if (std::string warning = report::fragility_warning(grid, evaluation, lot, options.fragile);
        !warning.empty())
      fragile.push_back(warning);
  for (const std::string& warning : fragile) {
    std::cerr << "aser: warning: " << warning << '\n';
    evaluation.warnings.push_back(warning);
  }

  // 8. Render and write (atomically with -o).
  ReportOptions report;
  report.version = ASER_VERSION;
  report.changes = run.changes;
  report.bids = &run.inputs.bids.bids;
  report.skipped = &run.inputs.skipped;
  report.color = options.output.empty() && options.format == "table" && use_color(options.color);
  report.terminal = options.output.empty() && isatty(STDOUT_FILENO) == 1;
  AnalysisView view{&lots, options.fragile};
  if (std::string error = emit(options.output, render(options, grid, evaluation, view, report));
      !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }

  // 9. --strict: any warning fails the run (the report is still written).
  bool warned = !evaluation.warnings.empty();
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) warned = warned || !bid.warnings.empty();
  return options.strict && warned ? exit_invalid_input : exit_ok;
}

}  // namespace aser
