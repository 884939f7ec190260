// The bar chart of the terminal table: bars split by top-level group on one
// scale, rounded at the cumulated ends, one character per group without
// colour, coloured blocks with it; only when the table is on a terminal.
#include <catch2/catch.hpp>

#include "report/bar_chart.hpp"
#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;
using test::lines_of;

namespace {

const std::string nb = "\u00a0";

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string chart_of(const Grid& grid, const Evaluation& eval, bool color) {
  const report::Labels& labels = report::labels_for(grid.language);
  ReportOptions options = test::sample_options();
  return report::terminal_chart(grid, labels, report::bars_of(grid, eval.lots[0], options),
                                report::axis_of(grid, eval, options), color);
}

}  // namespace

TEST_CASE("bar chart: one bar per ranked bid with segments by top-level group", "[bar_chart]") {
  Grid grid = test::sample_grid();
  Evaluation eval = test::sample_evaluation();
  std::vector<report::Bar> bars = report::bars_of(grid, eval.lots[0], test::sample_options());
  REQUIRE(bars.size() == 3);  // B-003 excluded and B-009 invalid have none
  CHECK(bars[0].bid->id == "B-014");
  REQUIRE(bars[0].segments.size() == 3);
  CHECK(bars[0].segments[0].node->id == "price");
  CHECK(bars[0].segments[1].node->id == "social");
  CHECK(bars[0].segments[2].node->id == "environment");
  CHECK(bars[0].total == Approx(82.5));  // 37.2 + 21 + 24.3
  // weighted_sum: the axis is the grid's scale, 0 to 100.
  report::Axis axis = report::axis_of(grid, eval, test::sample_options());
  CHECK(axis.low == 0);
  CHECK(axis.high == 100);

  ReportOptions top = test::sample_options();
  top.top = 2;
  CHECK(report::bars_of(grid, eval.lots[0], top).size() == 2);
}

TEST_CASE("bar chart: without colour one character per group", "[bar_chart]") {
  std::string out = chart_of(test::sample_grid(), test::sample_evaluation(), false);
  std::vector<std::string> lines = lines_of(out);
  REQUIRE(lines.size() == 5);  // title, three bars, legend
  // 50 columns for 100 points: 1 column = 2 points.
  CHECK(lines[0] == "Points par groupe (points sur 100) — 1 caractère = 2");
  // Columns are rounded at the cumulated ends: B-014 37.2 → 18.6 → 19;
  // 58.2 → 29.1 → 29 (10 '='); 82.5 → 41.25 → 41 (12 '+'); 9 spaces to 50.
  CHECK(lines[1] == "1  B-014  " + repeat("#", 19) + repeat("=", 10) + repeat("+", 12) +
                        repeat(" ", 9) + "  82,50");
  // B-007: 40 → 20; 55 → 27.5 → 28 (half away from zero: 8 '='); 78.25 → 39.125 → 39
  // (11 '+'); 11 spaces.
  CHECK(lines[2] == "2  B-007  " + repeat("#", 20) + repeat("=", 8) + repeat("+", 11) +
                        repeat(" ", 11) + "  78,25");
  // B-021: 28.96 → 14.48 → 14; 41.125 → 20.5625 → 21 (7 '='); 61.125 → 30.5625 → 31
  // (10 '+'); 19 spaces; 61.125 shows 61,13.
  CHECK(lines[3] == "3  B-021  " + repeat("#", 14) + repeat("=", 7) + repeat("+", 10) +
                        repeat(" ", 19) + "  61,13");
  CHECK(lines[4] == "Légende" + nb + ": # Prix  = Social  + Environnement");
  CHECK_FALSE(contains(out, "\x1b"));
}

TEST_CASE("bar chart: in colour a coloured block per group", "[bar_chart]") {
  std::string out = chart_of(test::sample_grid("en"), test::sample_evaluation(), true);
  const std::string block = "\u2588";
  // B-014 as above: 19 blue (price), 10 magenta (social), 12 cyan (environment).
  CHECK(contains(out, "1  B-014  \x1b[34m" + repeat(block, 19) + "\x1b[0m\x1b[35m" +
                          repeat(block, 10) + "\x1b[0m\x1b[36m" + repeat(block, 12) + "\x1b[0m" +
                          repeat(" ", 9) + "  82.50\n"));
  // The sample grid labels its nodes in French whatever the language.
  CHECK(contains(out, "Legend: \x1b[34m" + block + "\x1b[0m Prix  \x1b[35m" + block));
  std::string plain = test::strip_ansi(out);
  CHECK(lines_of(plain)[0] == "Points by group (points out of 100) — 1 character = 2");
  CHECK_FALSE(contains(plain, "#"));
}

TEST_CASE("bar chart: lower-is-better methods stack quality with the price beside", "[bar_chart]") {
  Grid grid = test::sample_grid("en");
  grid.method.kind = Method::price_per_point;
  Evaluation eval = test::sample_evaluation();
  eval.better = Better::lower;
  BidResult& a = eval.lots[0].bids[0];
  // Quality points: social 30 and environment 20 of 100 → 50; 118500 / 50 = 2370.
  a.points = {{"social", 30}, {"environment", 20}};
  a.quality_points = 50;
  a.total = 2370;
  std::vector<const Criterion*> nodes = report::chart_nodes(grid);
  REQUIRE(nodes.size() == 2);  // price is not quality points
  CHECK(nodes[0]->id == "social");
  std::vector<report::Bar> bars = report::bars_of(grid, eval.lots[0], test::sample_options());
  REQUIRE(bars[0].segments.size() == 2);
  CHECK(report::beside_bar(grid, report::labels_for("en"), bars[0]) ==
        "50.00 — Price €118,500.00 → 2,370.0000");
}

TEST_CASE("bar chart: a malus is drawn left of zero", "[bar_chart]") {
  Grid grid = test::sample_grid("en");
  grid.method.kind = Method::fictitious_price;
  Evaluation eval = test::sample_evaluation();
  for (BidResult& bid : eval.lots[0].bids) bid.points.clear();
  eval.lots[0].bids[0].points = {{"social", 500}, {"environment", -200}};
  eval.lots[0].bids[1].points = {{"social", 300}};
  report::Axis axis = report::axis_of(grid, eval, test::sample_options());
  CHECK(axis.low == -200);  // the only malus
  CHECK(axis.high == 500);  // the longest bar, not the scale, for money
  std::vector<report::Bar> bars = report::bars_of(grid, eval.lots[0], test::sample_options());
  CHECK(bars.size() == 3);
  CHECK(bars[2].segments.empty());  // no points: an empty bar, still listed
  std::vector<report::Span> spans = report::layout(bars[0], axis);
  REQUIRE(spans.size() == 2);
  // Zero sits 200 from the left: social 200 → 700, environment 0 → 200.
  CHECK(spans[0].start == Approx(200));
  CHECK(spans[0].end == Approx(700));
  CHECK(spans[1].start == Approx(0));
  CHECK(spans[1].end == Approx(200));
  CHECK(bars[0].total == Approx(300));
}

TEST_CASE("table: the chart only on a terminal", "[bar_chart][table]") {
  Grid grid = test::sample_grid();
  Evaluation eval = test::sample_evaluation();
  ReportOptions options = test::sample_options();
  std::string piped = render_table(grid, eval, options);
  options.terminal = true;
  std::string terminal = render_table(grid, eval, options);
  CHECK_FALSE(contains(piped, "Légende"));
  CHECK(contains(terminal, "Légende"));
  // The chart follows the ranking, before the excluded bids.
  CHECK(terminal.find("Points par groupe") < terminal.find("Offres exclues et invalides"));
  // Everything else is the same text.
  std::size_t start = terminal.find("\nPoints par groupe");
  std::size_t end = terminal.find("Légende");
  end = terminal.find('\n', end) + 1;
  CHECK(terminal.substr(0, start) + terminal.substr(end) == piped);
}
