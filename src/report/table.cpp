// The terminal report: per lot, the ranking as aligned columns, then the
// excluded and invalid bids with their reasons; then flags, warnings and the
// grid that was used. Colour only when asked (ReportOptions::color); on a
// terminal (ReportOptions::terminal) a bar chart follows each ranking.
#include <fmt/format.h>

#include "report/bar_chart.hpp"
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/report.hpp"
#include "report/text_table.hpp"

namespace aser {

namespace {

using report::Cell;
using report::Labels;
using report::TextTable;
namespace ansi = report::ansi;

std::string ranking_table(const Grid& grid, const Labels& labels, const LotResult& lot,
                          const ReportOptions& options) {
  TextTable table;
  auto column = [&](std::string header, bool right) {
    table.headers.push_back(std::move(header));
    table.right.push_back(right);
  };
  column(labels.rank, true);
  column(labels.bid, false);
  column(labels.supplier, false);
  column(labels.price, true);
  if (grid.cost) column(labels.cost, true);
  // Points of each top-level node; "(pts)" tells them from the money columns.
  for (const Criterion& node : grid.criteria) column(node.display_label() + " (pts)", true);
  const bool quality = grid.method.kind == Method::price_per_point;
  if (quality) column(labels.quality_points, true);
  column(report::total_label(labels, grid.method.kind), true);
  column("", false);  // the flag marker

  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || !report::shown(bid, options)) continue;
    std::vector<Cell> cells;
    cells.push_back({bid.rank ? std::to_string(*bid.rank) : ""});
    cells.push_back({bid.id});
    cells.push_back({bid.supplier});
    cells.push_back({report::money_text(grid, labels, bid.price)});
    if (grid.cost) cells.push_back({report::money_text(grid, labels, bid.cost)});
    for (const Criterion& node : grid.criteria) {
      auto it = bid.points.find(node.id);
      cells.push_back(
          {it == bid.points.end() ? "" : report::format_number(it->second, 2, labels.language)});
    }
    if (quality)
      cells.push_back({bid.quality_points
                           ? report::format_number(*bid.quality_points, 2, labels.language)
                           : ""});
    cells.push_back({report::total_text(grid, labels, bid)});
    cells.push_back(bid.flags.empty() ? Cell{} : Cell{"!", ansi::yellow});
    table.add(std::move(cells), bid.rank && *bid.rank == 1 ? ansi::green : nullptr);
  }
  const int hidden = report::hidden_count(lot, options);
  std::string out;
  if (!table.rows.empty())
    out = report::render(table, options.color);
  else if (hidden == 0)
    out = std::string(labels.no_ranked) + '\n';
  if (hidden > 0) out += report::more_not_shown(labels, hidden) + '\n';
  return out;
}

std::string not_ranked_table(const Labels& labels, const LotResult& lot, bool color) {
  TextTable table;
  table.headers = {labels.status, labels.bid, labels.supplier, labels.reasons};
  table.right = {false, false, false, false};
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    std::vector<std::string> reasons;
    for (const std::string& reason : bid.reasons)
      for (std::string& line : report::split_lines(reason)) reasons.push_back(std::move(line));
    if (reasons.empty()) reasons.push_back("");
    table.add({{report::status_label(labels, bid.status), ansi::red},
               {bid.id},
               {bid.supplier},
               {reasons.front()}});
    for (std::size_t i = 1; i < reasons.size(); ++i) table.add({{}, {}, {}, {reasons[i]}});
  }
  if (table.rows.empty()) return "";
  return report::paint(labels.not_ranked, ansi::bold, color) + '\n' + report::render(table, color);
}

// "  B-014 : text" in French, "  B-014: text" in English.
std::string about(const Labels& labels, const std::string& id, const std::string& text) {
  return "  " + id + labels.colon + text;
}

std::string section(const std::string& title, const std::vector<std::string>& lines, bool color) {
  if (lines.empty()) return "";
  std::string out = '\n' + report::paint(title, ansi::bold, color) + '\n';
  for (const std::string& line : lines) out += report::paint(line, ansi::yellow, color) + '\n';
  return out;
}

std::string flags_and_warnings(const Grid& grid, const Labels& labels, const Evaluation& eval,
                               bool color) {
  std::vector<std::string> flags;
  std::vector<std::string> warnings;
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids) {
      for (const std::string& flag : bid.flags)
        flags.push_back(about(labels, bid.id, report::flag_text(labels, grid, flag)));
      for (const std::string& warning : bid.warnings)
        warnings.push_back(about(labels, bid.id, warning));
    }
  for (const std::string& warning : eval.warnings) warnings.push_back("  " + warning);
  return section(std::string(labels.flags) + " (!)", flags, color) +
         section(labels.warnings, warnings, color);
}

// Each shown bid's file and the start of its SHA-256 (12 hex digits).
std::string bid_files(const Labels& labels, const Evaluation& eval, const ReportOptions& options) {
  TextTable table;
  table.headers = {labels.bid, labels.file, "SHA-256"};
  table.right = {false, false, false};
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids)
      if (report::shown(bid, options))
        table.add({{bid.id}, {bid.file}, {report::short_sha(bid.sha256)}});
  if (table.rows.empty()) return "";
  return '\n' + std::string(labels.bid_files) + '\n' + report::render(table, false);
}

std::string provenance(const Grid& grid, const Labels& labels, const Evaluation& eval,
                       const ReportOptions& options) {
  std::string out = "\n";
  out += std::string(labels.grid) + labels.colon + grid.name + " (sha256 " +
         report::short_sha(grid.sha256) + ", " + grid.file + ")\n";
  if (options.decisions)
    out += report::decisions_title(grid) + labels.colon + options.decisions->file + " (sha256 " +
           report::short_sha(options.decisions->sha256) + ")\n";
  std::string weights;
  for (const Criterion& node : grid.criteria) {
    if (!weights.empty()) weights += ", ";
    weights += node.display_label() + " " +
               report::format_percent(report::weight_of(eval, node.id), 1, labels.language);
  }
  out += std::string(labels.effective_weights) + labels.colon + weights + '\n';
  if (report::uses_relative_rules(grid)) out += std::string(labels.relative_note) + '\n';
  std::string version = "aser " + options.version;
  if (!options.changes.empty()) {
    version += " — " + std::string(labels.options) + labels.colon;
    for (std::size_t i = 0; i < options.changes.size(); ++i)
      version += (i ? " " : "") + options.changes[i];
  }
  // Only when asked (--date): by default two runs give the same bytes.
  if (options.date) version += '\n' + std::string(labels.date) + labels.colon + *options.date;
  return out + version + '\n' + bid_files(labels, eval, options);
}

}  // namespace

std::string render_table(const Grid& grid, const Evaluation& evaluation,
                         const ReportOptions& options) {
  const Labels& labels = report::labels_for(grid.language);
  std::string out =
      report::paint(grid.name.empty() ? grid.file : grid.name, ansi::bold, options.color) + '\n';
  out += std::string(labels.method) + labels.colon +
         report::method_label(labels, grid.method.kind) + " — " +
         report::method_explanation(labels, grid.method.kind) + " (" +
         report::points_out_of(labels, grid) + ")\n";
  if (evaluation.lots.empty()) out += '\n' + std::string(labels.no_bids) + '\n';
  const report::Axis axis = report::axis_of(grid, evaluation, options);
  for (const LotResult& lot : evaluation.lots) {
    out += '\n';
    if (auto title = report::lot_title(labels, evaluation, lot))
      out += report::paint(*title, ansi::bold, options.color) + '\n';
    out += ranking_table(grid, labels, lot, options);
    // The chart only on a terminal: piped output keeps the same bytes.
    if (options.terminal) {
      std::string chart = report::terminal_chart(grid, labels, report::bars_of(grid, lot, options),
                                                 axis, options.color);
      if (!chart.empty()) out += '\n' + chart;
    }
    std::string others = not_ranked_table(labels, lot, options.color);
    if (!others.empty()) out += '\n' + others;
  }
  out += flags_and_warnings(grid, labels, evaluation, options.color);
  std::vector<std::string> decisions = report::decision_lines(grid, evaluation);
  for (std::string& line : decisions) line = "  " + line;
  out += section(report::decisions_title(grid), decisions, options.color);
  out += provenance(grid, labels, evaluation, options);
  return out;
}

}  // namespace aser
