// Reports of an evaluation: table, json, csv, markdown (DESIGN section 8).
// Every report carries the same facts; each is deterministic bytes.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/bid.hpp"
#include "model/decision.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace aser {

struct AnalysisView;  // report/analysis_report.hpp

struct ReportOptions {
  std::string version;               ///< aser's version
  std::vector<std::string> changes;  ///< options that changed the result ("--weight price=50")
  bool color = false;                ///< ANSI colour (table only)
  bool terminal = false;             ///< stdout is a terminal: the table adds a bar chart
  /// Table and Markdown: show only ranked bids with rank <= top, and count the
  /// others; excluded and invalid bids are always listed. JSON and CSV hold every bid.
  std::optional<int> top;
  /// `--date`: a date to print in the report. None by default, so that two runs
  /// on the same inputs give the same bytes.
  std::optional<std::string> date;
  /// The bids read (answers with their file and line), for the per-bid
  /// breakdowns of markdown and html; may be null (no answers shown).
  const std::vector<Bid>* bids = nullptr;
  /// Files found in the bid folders that are not bids (JSON "skipped"); may be null.
  const std::vector<SkippedFile>* skipped = nullptr;
  /// The committee's decisions file (its name and SHA-256 in the provenance); may be null.
  const DecisionSet* decisions = nullptr;
  /// -f table: full group names however wide (--wide); else the table fits
  /// 120 columns, group names abbreviated with a legend below.
  bool wide = false;
  /// `rank -f html --analyze`: the analysis to add to the HTML report; may be null.
  const AnalysisView* analysis = nullptr;
  /// JSON: threads that may render the bids of a large lot (0: one per core).
  /// The bytes never depend on it.
  unsigned threads = 1;
};

std::string render_table(const Grid& grid, const Evaluation& evaluation,
                         const ReportOptions& options);
std::string render_json(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options);
/// The same report in pieces of about 1 MiB, each given to `write` as it is
/// ready (a 10,000-bid report is 39 MB: never held whole); `write` returns
/// false to stop. render_json is this, gathered into one string.
void write_json(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options,
                const std::function<bool(std::string_view)>& write);
std::string render_csv(const Grid& grid, const Evaluation& evaluation,
                       const ReportOptions& options);

/// Spreadsheet settings of the CSV report (`--sep ';'`, `--decimal-comma`).
struct CsvOptions {
  char sep = ',';              ///< field separator
  bool decimal_comma = false;  ///< write 82,5 instead of 82.5 (French spreadsheets)
  bool bom = false;            ///< start with a UTF-8 byte order mark (for Excel)
};

/// The CSV report with spreadsheet settings; render_csv(grid, eval, options)
/// is this with the defaults (',' and a decimal point, no BOM).
std::string render_csv(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options,
                       const CsvOptions& csv_options);

std::string render_markdown(const Grid& grid, const Evaluation& evaluation,
                            const ReportOptions& options);

/// One self-contained HTML file (no network): ranking, SVG chart, breakdowns,
/// exclusions, warnings, method, weights and provenance; print CSS for A4.
std::string render_html(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options);

/// A workbook (XLSX bytes): per lot a sheet of scores and points whose every
/// figure of a ranked bid is a formula over the answers sheet and the weights
/// sheet, aser's values cached (docs/report-formats.md). Throws
/// std::runtime_error when the temporary file cannot be written.
std::string render_xlsx(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options);

}  // namespace aser
