// The terminal report: per lot, the ranking as aligned columns, then the
// excluded and invalid bids with their reasons; then flags, warnings and the
// grid that was used. Colour only when asked (ReportOptions::color); on a
// terminal (ReportOptions::terminal) a bar chart follows each ranking.
#include <fmt/format.h>

#include "model/catalogue.hpp"
#include "report/bar_chart.hpp"
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/report.hpp"
#include "report/text_table.hpp"
#include "support/utf8.hpp"

namespace aser {

namespace {

using report::Cell;
using report::Labels;
using report::TextTable;
namespace ansi = report::ansi;

/// The widest a line of the table report is, unless --wide.
constexpr std::size_t kWidth = 120;

// The display width of the widest line of `text`.
std::size_t widest(const std::string& text) {
  std::size_t out = 0, start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out = std::max(out, display_width(std::string_view(text).substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

// `text` cut to `width` columns, "…" marking the cut (between characters).
std::string shorten(const std::string& text, std::size_t width) {
  if (display_width(text) <= width) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    if (display_width(out + text.substr(i, next - i)) + 1 > width) break;
    out += text.substr(i, next - i);
    i = next;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

// `text` as lines of at most `width` columns, broken at spaces; a word longer
// than a line stays whole.
std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && display_width(line + " " + word) > width) {
      lines.push_back(line);
      line = word;
    } else {
      line += (line.empty() ? "" : " ") + word;
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

// Each line of `text` longer than kWidth broken at spaces, the next lines
// indented by `indent` columns (ANSI colour is added after this).
std::string fit_lines(const std::string& text, std::size_t indent) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (display_width(line) <= kWidth) {
      out += line;
    } else {
      const std::vector<std::string> parts = wrap_words(line, kWidth - indent);
      // The first part may use the whole width: wrap it again on its own.
      for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? '\n' + std::string(indent, ' ') : "") + parts[i];
    }
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

// The headers of the points columns: the full labels, or, when the table
// would be wider than kWidth (and not --wide), labels cut short enough.
struct PointsHeaders {
  std::vector<std::string> headers;
  bool shortened = false;
};

std::string ranking_table_with(const Grid& grid, const Labels& labels, const LotResult& lot,
                               const ReportOptions& options, const PointsHeaders& points);

std::string ranking_table(const Grid& grid, const Labels& labels, const LotResult& lot,
                          const ReportOptions& options, PointsHeaders& points) {
  points.headers.clear();
  points.shortened = false;
  for (const Criterion& node : grid.criteria)
    points.headers.push_back(node.display_label() + " (pts)");
  // Widths are measured without colour, so that colour never changes the layout.
  ReportOptions plain = options;
  plain.color = false;
  std::string out = ranking_table_with(grid, labels, lot, plain, points);
  if (options.wide || widest(out) <= kWidth)
    return ranking_table_with(grid, labels, lot, options, points);
  // Shorter and shorter labels, down to 6 columns; two that come out the
  // same keep their place number so that the legend tells them apart.
  points.shortened = true;
  for (std::size_t width = 16; width >= 6; --width) {
    points.headers.clear();
    for (const Criterion& node : grid.criteria)
      points.headers.push_back(shorten(node.display_label(), width));
    for (std::size_t i = 0; i < points.headers.size(); ++i)
      for (std::size_t j = 0; j < points.headers.size(); ++j)
        if (i != j && points.headers[i] == points.headers[j]) {
          points.headers[i] =
              std::to_string(i + 1) + ". " + shorten(grid.criteria[i].display_label(), width - 3);
          break;
        }
    // "Prix" the points beside "Prix" the money: say which is which.
    for (std::string& header : points.headers)
      if (header == labels.price || header == labels.cost || header == labels.quality_points ||
          header == report::total_label(labels, grid.method.kind))
        header += " (pts)";
    out = ranking_table_with(grid, labels, lot, plain, points);
    if (widest(out) <= kWidth) break;
  }
  return ranking_table_with(grid, labels, lot, options, points);
}

// Below a table whose points columns are cut short: what each one is.
std::string legend(const Grid& grid, const Labels& labels, const PointsHeaders& points) {
  if (!points.shortened) return "";
  std::string items;
  for (std::size_t i = 0; i < grid.criteria.size(); ++i) {
    const std::string label = grid.criteria[i].display_label();
    if (points.headers[i] == label || points.headers[i] == label + " (pts)") continue;
    items += (items.empty()                     ? ""
              : labels.language == Language::fr ? "\u00a0; "
                                                : "; ") +
             points.headers[i] + " = " + grid.criteria[i].display_label();
  }
  if (items.empty()) return "";
  return '\n' + fit_lines(message("report.points_legend", labels.language, {{"items", items}}), 2) +
         '\n';
}

std::string ranking_table_with(const Grid& grid, const Labels& labels, const LotResult& lot,
                               const ReportOptions& options, const PointsHeaders& points) {
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
  for (const std::string& header : points.headers) column(header, true);
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

std::string not_ranked_table(const Labels& labels, const LotResult& lot, bool color, bool wide) {
  TextTable table;
  table.headers = {labels.status, labels.bid, labels.supplier, labels.reasons};
  table.right = {false, false, false, false};
  // The reasons wrap in what the other columns leave of kWidth (30 at least).
  std::size_t used = 6;  // three separators of two spaces
  std::size_t status_width = display_width(labels.status), id_width = display_width(labels.bid),
              supplier_width = display_width(labels.supplier);
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    status_width = std::max(status_width, display_width(report::status_label(labels, bid.status)));
    id_width = std::max(id_width, display_width(bid.id));
    supplier_width = std::max(supplier_width, display_width(bid.supplier));
  }
  used += status_width + id_width + supplier_width;
  const std::size_t room = used + 30 < kWidth ? kWidth - used : 30;
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    std::vector<std::string> reasons;
    for (const std::string& reason : bid.reasons)
      for (std::string& line : report::split_lines(reason)) {
        if (wide) {
          reasons.push_back(std::move(line));
          continue;
        }
        if (display_width(line) <= room) {
          reasons.push_back(std::move(line));  // as is, its indentation (a caret) kept
          continue;
        }
        for (std::string& part : wrap_words(line, room)) reasons.push_back(std::move(part));
      }
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

std::string section(const std::string& title, const std::vector<std::string>& lines, bool color,
                    bool wide) {
  if (lines.empty()) return "";
  std::string out = '\n' + report::paint(title, ansi::bold, color) + '\n';
  for (const std::string& line : lines)
    out += report::paint(wide ? line : fit_lines(line, 4), ansi::yellow, color) + '\n';
  return out;
}

std::string flags_and_warnings(const Grid& grid, const Labels& labels, const Evaluation& eval,
                               bool color, bool wide) {
  std::vector<std::string> flags;
  std::vector<std::string> warnings;
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids) {
      for (const std::string& flag : bid.flags)
        flags.push_back(about(labels, bid.id, report::flag_text(labels, grid, flag, bid.lot)));
      for (const std::string& warning : bid.warnings)
        warnings.push_back(about(labels, bid.id, warning));
    }
  for (const std::string& warning : eval.warnings) warnings.push_back("  " + warning);
  return section(std::string(labels.flags) + " (!)", flags, color, wide) +
         section(labels.warnings, warnings, color, wide);
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
  out += std::string(labels.effective_weights) + labels.colon +
         report::top_level_weights(grid, eval.weights, labels.language) + '\n';
  // A lot scored with weights of its own: its shares, not the grid's.
  for (const LotResult* lot : report::lots_with_own_weights(eval))
    out += std::string(labels.effective_weights) + " — " +
           report::lot_title(labels, eval, *lot).value_or("") + labels.colon +
           report::top_level_weights(grid, lot->weights, labels.language) + '\n';
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
  const std::string method = std::string(labels.method) + labels.colon +
                             report::method_label(labels, grid.method.kind) + " — " +
                             report::method_explanation(labels, grid.method.kind) + " (" +
                             report::points_out_of(labels, grid) + ")\n";
  out += options.wide ? method : fit_lines(method, 2);
  if (evaluation.lots.empty()) out += '\n' + std::string(labels.no_bids) + '\n';
  const report::Axis axis = report::axis_of(grid, evaluation, options);
  for (const LotResult& lot : evaluation.lots) {
    out += '\n';
    if (auto title = report::lot_title(labels, evaluation, lot))
      out += report::paint(*title, ansi::bold, options.color) + '\n';
    PointsHeaders points;
    out += ranking_table(grid, labels, lot, options, points);
    out += legend(grid, labels, points);
    // The chart only on a terminal: piped output keeps the same bytes.
    if (options.terminal) {
      std::string chart = report::terminal_chart(grid, labels, report::bars_of(grid, lot, options),
                                                 axis, options.color);
      if (!chart.empty()) out += '\n' + chart;
    }
    std::string others = not_ranked_table(labels, lot, options.color, options.wide);
    if (!others.empty()) out += '\n' + others;
  }
  // Long lines (warnings, the grid's name, the weights) wrap at kWidth unless --wide.
  out += flags_and_warnings(grid, labels, evaluation, options.color, options.wide);
  std::vector<std::string> decisions = report::decision_lines(grid, evaluation);
  for (std::string& line : decisions) line = "  " + line;
  out += section(report::decisions_title(grid), decisions, options.color, options.wide);
  const std::string notes = provenance(grid, labels, evaluation, options);
  out += options.wide ? notes : fit_lines(notes, 4);
  return out;
}

}  // namespace aser
