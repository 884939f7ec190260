// The SVG chart of the HTML report: one horizontal stacked bar per ranked bid,
// a segment per top-level group or criterion, every bar on the report's common
// axis (bar_chart.hpp), so that lengths compare across bids and lots.
//
// DOM contract (tests/browser and tests/report rely on it): each bar is
//   <g class="bar" data-bid="ID" data-total="POINTS">
//     <rect class="segment" data-group="GID" data-points="P" .../> per non-zero group
//   </g>
// and the legend is <ul class="legend"> with one <li data-group="GID"> per group.
#include "report/facts.hpp"
#include "report/html_parts.hpp"

namespace aser::report::html {

namespace {

// Okabe and Ito's palette: told apart by most colour-blind readers, and dark
// enough to show printed.
const char* const kFills[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                              "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F"};
constexpr int kFillCount = 8;

// Geometry in SVG user units (CSS px at 100 %): the label column, the bars,
// the text beside them. Lower-is-better bars have price and total beside.
constexpr double kLabelWidth = 190;
constexpr double kBarsWidth = 460;
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 16;
constexpr double kAxisHeight = 20;
constexpr int kTicks = 4;

std::string num(double value) {
  return fixed_decimal(value, 2);
}

// Figures for the data- attributes: as in the JSON report (10 decimals, shortest).
std::string data_number(double value) {
  return shortest_decimal(round_decimals(value, kFigureDecimals));
}

// A label that fits its column: long ids are cut with an ellipsis (the whole
// text is in the <title>, and in the ranking table).
std::string fit(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars > max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

std::string svg_of(const Grid& grid, const Labels& labels, const std::vector<Bar>& bars,
                   std::size_t first, std::size_t last, const Axis& axis) {
  const bool beside_wide = grid.method.kind != Method::weighted_sum;
  const double beside_width = beside_wide ? 330 : 70;
  const double width = kLabelWidth + kBarsWidth + beside_width;
  const double height = static_cast<double>(last - first) * kRowHeight + kAxisHeight;
  const double k = kBarsWidth / axis.span();
  const double zero_x = kLabelWidth + (-axis.low) * k;

  std::string out = "<svg class=\"bars\" role=\"img\" width=\"" + num(width) + "\" height=\"" +
                    num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\">\n";
  // Grid lines and tick labels behind the bars.
  const double bars_bottom = static_cast<double>(last - first) * kRowHeight;
  // Quarters of the axis; with a malus, the ends, their halves and zero.
  std::vector<double> ticks;
  for (int t = 0; t <= kTicks; ++t)
    ticks.push_back(axis.low < 0 ? (t < 2 ? axis.low * (2 - t) / 2 : axis.high * (t - 2) / 2)
                                 : axis.high * t / kTicks);
  for (std::size_t t = 0; t < ticks.size(); ++t) {
    const double x = kLabelWidth + (ticks[t] - axis.low) * k;
    out += "<line class=\"grid-line\" x1=\"" + num(x) + "\" y1=\"0\" x2=\"" + num(x) + "\" y2=\"" +
           num(bars_bottom) + "\"/>\n";
    const char* anchor = t == 0 ? "start" : t + 1 == ticks.size() ? "end" : "middle";
    out += "<text class=\"tick\" x=\"" + num(x) + "\" y=\"" + num(bars_bottom + 14) +
           "\" text-anchor=\"" + anchor + "\">" + escape(axis_number(ticks[t], labels.language)) +
           "</text>\n";
  }
  if (axis.low < 0)
    out += "<line class=\"zero-line\" x1=\"" + num(zero_x) + "\" y1=\"0\" x2=\"" + num(zero_x) +
           "\" y2=\"" + num(bars_bottom) + "\"/>\n";

  for (std::size_t i = first; i < last; ++i) {
    const Bar& bar = bars[i];
    const BidResult& bid = *bar.bid;
    const double y = static_cast<double>(i - first) * kRowHeight;
    const double bar_y = y + (kRowHeight - kBarHeight) / 2;
    const double text_y = y + kRowHeight / 2 + 4;
    const std::string label = std::to_string(bid.rank.value_or(0)) + ". " + bid.id;
    out += "<g class=\"row\">\n";
    out += "<text class=\"label\" x=\"0\" y=\"" + num(text_y) + "\"><title>" +
           escape(label + (bid.supplier.empty() ? "" : " — " + bid.supplier)) + "</title>" +
           escape(fit(label, 26)) + "</text>\n";
    out += "<g class=\"bar\" data-bid=\"" + escape(bid.id) + "\" data-total=\"" +
           data_number(bar.total) + "\">\n";
    std::vector<Span> spans = layout(bar, axis);
    for (std::size_t s = 0; s < spans.size(); ++s) {
      const Segment& segment = bar.segments[s];
      out += "<rect class=\"segment\" data-group=\"" + escape(segment.node->id) +
             "\" data-points=\"" + data_number(segment.points) + "\" x=\"" +
             fixed_decimal(kLabelWidth + spans[s].start * k, 3) + "\" y=\"" + num(bar_y) +
             "\" width=\"" + fixed_decimal((spans[s].end - spans[s].start) * k, 3) +
             "\" height=\"" + num(kBarHeight) + "\" fill=\"" + fill_of(grid, *segment.node) +
             "\"><title>" +
             escape(segment.node->display_label() + labels.colon +
                    format_number(segment.points, 2, labels.language)) +
             "</title></rect>\n";
    }
    out += "</g>\n";
    out += "<text class=\"beside\" x=\"" + num(kLabelWidth + kBarsWidth + 8) + "\" y=\"" +
           num(text_y) + "\">" + escape(beside_bar(grid, labels, bar)) + "</text>\n";
    out += "</g>\n";
  }
  return out + "</svg>\n";
}

std::string legend(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                   const LotResult& lot) {
  std::string out = "<ul class=\"legend\">\n";
  for (const Criterion* node : chart_nodes(grid)) {
    out += "<li data-group=\"" + escape(node->id) +
           "\"><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">"
           "<rect class=\"swatch\" width=\"14\" height=\"14\" fill=\"" +
           fill_of(grid, *node) + "\"/></svg>" + escape(node->display_label());
    // The effective weight only where it is a share of the bar: under the
    // other methods points are not weight × scale.
    if (grid.method.kind == Method::weighted_sum)
      out += " (" +
             escape(format_percent(weight_in(evaluation, lot, node->id), 1, labels.language)) + ")";
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

}  // namespace

const char* fill_of(const Grid& grid, const Criterion& node) {
  return kFills[color_slot(grid, node) % kFillCount];
}

std::string chart(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                  const LotResult& lot, const std::vector<Bar>& bars, const Axis& axis) {
  if (bars.empty()) return "";
  const ChartWords& chart_text = chart_words(labels.language);
  std::string out = "<figure class=\"chart\">\n<figcaption>" + escape(chart_title(grid, labels)) +
                    "</figcaption>\n";
  for (std::size_t first = 0; first < bars.size(); first += kBarsPerSvg)
    out += svg_of(grid, labels, bars, first, std::min(bars.size(), first + kBarsPerSvg), axis);
  out += legend(grid, labels, evaluation, lot);
  if (grid.method.kind != Method::weighted_sum)
    out += "<p class=\"note\">" + escape(chart_text.price_beside) + ".</p>\n";
  return out + "</figure>\n";
}

}  // namespace aser::report::html
