// The stacked bars of the reports: each ranked bid's points split by top-level
// group or criterion, on one scale for the whole report. The HTML report draws
// them in SVG, the terminal table in characters; both use this geometry, so
// that they agree.
#pragma once

#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/labels.hpp"
#include "report/report.hpp"

namespace aser::report {

/// The top-level nodes a bar stacks. Under weighted_sum every one, price
/// included (its points are the price's share of the total). Under the
/// lower-is-better methods every one but price: their points are quality
/// points, parts of V or money off the price, and the price itself is no
/// such points, so the charts show it beside the bar, with the total.
std::vector<const Criterion*> chart_nodes(const Grid& grid);

/// The colour slot of a top-level node: its position among the top-level
/// nodes, so that a group keeps its colour whatever the bid.
int color_slot(const Grid& grid, const Criterion& node);

struct Segment {
  const Criterion* node;
  double points;  ///< may be negative under fictitious_price (a malus)
};

struct Bar {
  const BidResult* bid;
  std::vector<Segment> segments;  ///< in the grid's order, non-zero points only
  double total = 0;               ///< the sum of the segments' points
};

/// The bars of a lot's ranked bids that the report shows (--top), in rank order.
std::vector<Bar> bars_of(const Grid& grid, const LotResult& lot, const ReportOptions& options);

/// The scale shared by every bar of a report: from `low` (<= 0, below zero
/// only for a malus) to `high` (> 0). Under weighted_sum and price_per_point
/// `high` is the grid's scale, so that a bar shows how far a bid is from the
/// full mark; under the other methods it is the longest bar.
struct Axis {
  double low = 0;
  double high = 1;
  double span() const { return high - low; }
};
Axis axis_of(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options);

/// Where a segment starts and ends, in units of the axis (0 .. span):
/// positive points stack rightwards from zero, negative ones leftwards.
struct Span {
  double start;
  double end;
};
std::vector<Span> layout(const Bar& bar, const Axis& axis);

/// Words of the charts that no other report uses, in the grid's language.
struct ChartWords {
  const char* title;          ///< "Points par groupe" / "Points by group"
  const char* quality_title;  ///< price_per_point: quality points by group
  const char* v_title;        ///< adjusted_price: each group's part of V
  const char* value_title;    ///< fictitious_price: the money each group takes off the price
  const char* legend;         ///< "Légende" / "Legend"
  const char* price_beside;   ///< what the figures beside a lower-is-better bar are
  const char* one_char;       ///< "1 caractère = " / "1 character = "
};
const ChartWords& chart_words(Language language);

/// The chart title under the grid's method: "Points par groupe (points sur 100)".
std::string chart_title(const Grid& grid, const Labels& labels);

/// A figure of the axis (a tick, what one character stands for): whole
/// numbers without decimals, else 2 decimals, or 4 below 0.1 (parts of V).
std::string axis_number(double value, Language language);

/// The text beside a bar: its points, and under the lower-is-better methods
/// the price and the figure that ranks ("72,50 — Prix 142 000,00 € → 1 958,6207").
std::string beside_bar(const Grid& grid, const Labels& labels, const Bar& bar);

/// The terminal chart of one lot: a title, one line per bar (rank, id, the bar
/// `width` columns long for the whole axis, the text beside it), a legend.
/// In colour each group is a coloured block; without colour each group has
/// its own character (#, =, +, ...), named in the legend. "" when no bar.
std::string terminal_chart(const Grid& grid, const Labels& labels, const std::vector<Bar>& bars,
                           const Axis& axis, bool color, int width = 50);

}  // namespace aser::report
