#include "report/bar_chart.hpp"

#include <algorithm>
#include <cmath>

#include "report/facts.hpp"
#include "report/text_table.hpp"
#include "support/utf8.hpp"

namespace aser::report {

namespace {

const ChartWords kFrench = {
    "Points par groupe",
    "Points de qualité par groupe",
    "Part de V par groupe",
    "Somme retirée du prix par groupe",
    "Légende",
    "À droite de chaque barre\u00a0: ses points, le prix, et le chiffre qui classe",
    "1 caractère = ",
};

const ChartWords kEnglish = {
    "Points by group",
    "Quality points by group",
    "Part of V by group",
    "Money taken off the price by group",
    "Legend",
    "Beside each bar: its points, the price, and the figure that ranks",
    "1 character = ",
};

// Without colour, each group is drawn with its own character; ASCII only, so
// that any terminal shows them and they stay distinct printed in black.
constexpr const char* kPlainMarks = "#=+*o%~:x@";
constexpr int kPlainCount = 10;
// In colour, a full block in the group's colour (8-colour ANSI, then bright).
constexpr const char* kBlock = "\u2588";
const char* const kColors[] = {"\x1b[34m", "\x1b[35m", "\x1b[36m", "\x1b[33m", "\x1b[32m",
                               "\x1b[31m", "\x1b[94m", "\x1b[95m", "\x1b[96m", "\x1b[93m"};
constexpr int kColorCount = 10;

std::string mark(int slot, int count, bool color) {
  std::string one = color ? kBlock : std::string(1, kPlainMarks[slot % kPlainCount]);
  std::string out;
  for (int i = 0; i < count; ++i) out += one;
  return color && count > 0 ? kColors[slot % kColorCount] + out + ansi::reset : out;
}

}  // namespace

const ChartWords& chart_words(Language language) {
  return language == Language::fr ? kFrench : kEnglish;
}

std::vector<const Criterion*> chart_nodes(const Grid& grid) {
  std::vector<const Criterion*> out;
  const Criterion* price =
      grid.method.kind == Method::weighted_sum ? nullptr : price_criterion(grid);
  for (const Criterion& node : grid.criteria)
    if (&node != price) out.push_back(&node);
  return out;
}

int color_slot(const Grid& grid, const Criterion& node) {
  for (std::size_t i = 0; i < grid.criteria.size(); ++i)
    if (&grid.criteria[i] == &node) return static_cast<int>(i);
  return 0;
}

std::vector<Bar> bars_of(const Grid& grid, const LotResult& lot, const ReportOptions& options) {
  std::vector<const Criterion*> nodes = chart_nodes(grid);
  std::vector<Bar> out;
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || !shown(bid, options)) continue;
    Bar bar{&bid, {}, 0};
    for (const Criterion* node : nodes) {
      auto it = bid.points.find(node->id);
      if (it == bid.points.end() || it->second == 0) continue;
      bar.segments.push_back({node, it->second});
      bar.total += it->second;
    }
    out.push_back(std::move(bar));
  }
  return out;
}

Axis axis_of(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options) {
  Axis axis;
  axis.high = 0;
  const bool full_mark =
      grid.method.kind == Method::weighted_sum || grid.method.kind == Method::price_per_point;
  if (full_mark) axis.high = grid.scale;
  for (const LotResult& lot : evaluation.lots)
    for (const Bar& bar : bars_of(grid, lot, options)) {
      double above = 0;
      double below = 0;
      for (const Segment& s : bar.segments) (s.points > 0 ? above : below) += s.points;
      axis.high = std::max(axis.high, above);
      axis.low = std::min(axis.low, below);
    }
  if (!(axis.high > 0)) axis.high = 1;  // nothing to draw: any scale will do
  return axis;
}

std::vector<Span> layout(const Bar& bar, const Axis& axis) {
  std::vector<Span> out;
  const double zero = -axis.low;
  double right = zero;
  double left = zero;
  for (const Segment& s : bar.segments) {
    if (s.points > 0) {
      out.push_back({right, right + s.points});
      right += s.points;
    } else {
      out.push_back({left + s.points, left});
      left += s.points;
    }
  }
  return out;
}

std::string axis_number(double value, Language language) {
  const double size = std::fabs(value);
  if (std::fabs(value - std::round(value)) < 1e-9 * std::max(1.0, size))
    return format_number(value, 0, language);
  return format_number(value, size < 0.1 ? 4 : 2, language);
}

std::string chart_title(const Grid& grid, const Labels& labels) {
  const ChartWords& words = chart_words(labels.language);
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return std::string(words.title) + " (" + points_out_of(labels, grid) + ")";
    case Method::price_per_point:
      return std::string(words.quality_title) + " (" + points_out_of(labels, grid) + ")";
    case Method::adjusted_price:
      return words.v_title;
    case Method::fictitious_price:
      return words.value_title;
  }
  return words.title;
}

std::string beside_bar(const Grid& grid, const Labels& labels, const Bar& bar) {
  // In each method's own terms: points, parts of V (4 decimals, V < 1), money.
  std::string out = grid.method.kind == Method::fictitious_price
                        ? format_money(bar.total, grid.currency, labels.language)
                    : grid.method.kind == Method::adjusted_price
                        ? format_number(bar.total, 4, labels.language)
                        : format_number(bar.total, 2, labels.language);
  if (grid.method.kind == Method::weighted_sum) return out;
  const BidResult& bid = *bar.bid;
  if (bid.price)
    out += std::string(" — ") + labels.price + " " + money_text(grid, labels, bid.price);
  return out + " → " + total_text(grid, labels, bid);
}

std::string terminal_chart(const Grid& grid, const Labels& labels, const std::vector<Bar>& bars,
                           const Axis& axis, bool color, int width) {
  if (bars.empty()) return "";
  const ChartWords& words = chart_words(labels.language);
  const double per_column = axis.span() / width;
  std::string out = paint(chart_title(grid, labels), ansi::bold, color) + " — " + words.one_char +
                    axis_number(per_column, labels.language) + '\n';

  std::size_t rank_width = 0;
  std::size_t id_width = 0;
  for (const Bar& bar : bars) {
    rank_width = std::max(rank_width, std::to_string(bar.bid->rank.value_or(0)).size());
    id_width = std::max(id_width, display_width(bar.bid->id));
  }
  // Columns are rounded at the cumulated ends of the segments, so that the
  // rounding errors never add up along a bar and equal bars look equal.
  auto column = [&](double at) { return static_cast<int>(std::lround(at * width / axis.span())); };
  for (const Bar& bar : bars) {
    std::string line = pad_left(std::to_string(bar.bid->rank.value_or(0)), rank_width) + "  " +
                       pad_right(bar.bid->id, id_width) + "  ";
    std::vector<Span> spans = layout(bar, axis);
    // Negative parts sit left of zero: draw the bar cell by cell, left to right.
    std::vector<std::pair<int, int>> cells;  // (start column, segment index)
    for (std::size_t i = 0; i < spans.size(); ++i)
      cells.push_back({column(spans[i].start), static_cast<int>(i)});
    std::sort(cells.begin(), cells.end());
    int at = 0;
    for (const auto& [start, i] : cells) {
      const int end = column(spans[i].end);
      if (start > at) line += std::string(start - at, ' ');
      line += mark(color_slot(grid, *bar.segments[i].node), end - start, color);
      at = std::max(at, end);
    }
    line += std::string(width > at ? width - at : 0, ' ');
    out += line + "  " + beside_bar(grid, labels, bar) + '\n';
  }

  std::string legend = std::string(words.legend) + labels.colon;
  bool first = true;
  for (const Criterion* node : chart_nodes(grid)) {
    legend +=
        (first ? "" : "  ") + mark(color_slot(grid, *node), 1, color) + " " + node->display_label();
    first = false;
  }
  if (grid.method.kind != Method::weighted_sum)
    legend += std::string(" (") + words.price_beside + ")";
  return out + legend + '\n';
}

}  // namespace aser::report
