// `aser rank`: the whole pipeline, one step after the other.
#include <unistd.h>

#include <cctype>
#include <iostream>

#include "analyze/analysis.hpp"
#include "cli/commands.hpp"
#include "cli/evaluated_run.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"
#include "report/analysis_report.hpp"
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
  if (format == "xlsx") return render_xlsx(grid, evaluation, report);
  if (format == "markdown") return render_markdown(grid, evaluation, report);
  return render_table(grid, evaluation, report);
}

bool reads_csv_table(const Inputs& inputs) {
  auto is_csv = [](const std::string& file) {
    if (file.size() < 4) return false;
    std::string ext = file.substr(file.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv";
  };
  for (const Bid& bid : inputs.bids.bids)
    if (is_csv(bid.file)) return true;
  for (const InvalidBid& bid : inputs.bids.invalid)
    if (is_csv(bid.file)) return true;
  return false;
}

}  // namespace

int run_rank(const RankOptions& options) {
  // 0. Options that do not apply to the format asked for are usage errors
  // (docs/cli.md): --bom is for -f csv only.
  if (options.bom && options.format != "csv") {
    print_error("--bom applies to -f csv only, not to -f " + options.format);
    return exit_usage;
  }

  // 0b. A workbook is binary: never onto a terminal (stdout redirected or -o is fine).
  if (options.format == "xlsx" && options.output.empty() && isatty(STDOUT_FILENO) == 1) {
    print_error(
        "-f xlsx writes a binary workbook, not for a terminal\n"
        "hint: add -o FILE (aser rank ... -f xlsx -o report.xlsx) or redirect stdout");
    return exit_usage;
  }

  // 0c. --analyze is for the HTML report; `aser analyze` gives the other formats.
  if (options.analyze && options.format != "html") {
    print_error("--analyze adds the analysis to the HTML report (-f html); 'aser analyze -f " +
                options.format + "' gives it in that format");
    return exit_usage;
  }

  // 1-4. Load, stop on errors, --weight and --lot, score and rank.
  RunRequest request{options.input, options.lot, options.weights, options.keep_going};
  EvaluatedRun run = evaluate_run(request);
  if (!run.ok) return run.exit_code;

  // --sep and --decimal-comma shape the CSV report and the reading of CSV bid
  // tables: with another format and no CSV bid table read, they do nothing.
  if (options.format != "csv" && !reads_csv_table(run.inputs) &&
      (options.input.csv_sep || options.input.decimal_comma)) {
    const std::string option = options.input.csv_sep ? "--sep" : "--decimal-comma";
    print_error(option + " applies to -f csv and to reading CSV bid tables; with -f " +
                options.format + " and no CSV bid table among the bids, it does nothing");
    return exit_usage;
  }
  const Inputs& inputs = run.inputs;
  const Grid& grid = run.grid;
  const Evaluation& evaluation = run.evaluation;
  const std::vector<std::string>& changes = run.changes;

  // 5. Render and write (atomically with -o).
  ReportOptions report;
  report.version = ASER_VERSION;
  report.changes = changes;
  report.threads = options.input.jobs;  // -j: the JSON report renders large lots on them too
  report.top = options.top;
  report.date = options.date;
  report.wide = options.wide;
  report.bids = &inputs.bids.bids;
  report.decisions = inputs.decisions ? &*inputs.decisions : nullptr;
  report.skipped = &inputs.skipped;
  report.color = options.output.empty() && options.format == "table" && use_color(options.color);
  report.terminal = options.output.empty() && isatty(STDOUT_FILENO) == 1;
  // --analyze: the three parts of `aser analyze`, with its defaults.
  std::vector<LotAnalysis> analyses;
  AnalysisView view{&analyses, 5};
  if (options.analyze) {
    for (const LotResult& lot : evaluation.lots)
      analyses.push_back(analyze_lot(grid, lot, inputs.bids.bids, AnalysisParts{}));
    report.analysis = &view;
  }
  // JSON goes out in pieces as it is written: 39 MB at 10,000 bids, never whole.
  const std::string error =
      options.format == "json"
          ? emit(options.output,
                 [&](const auto& write) { write_json(grid, evaluation, report, write); })
          : emit(options.output, render(options, grid, evaluation, report));
  if (!error.empty()) {
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
