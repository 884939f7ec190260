// The HTML chart under the lower-is-better methods: the price is no segment
// (it is not points there) but is written beside each bar with the figure
// that ranks; a malus under fictitious_price is drawn left of zero.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

const std::string nb = "\u00a0";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: price_per_point stacks quality points with the price beside", "[html]") {
  Grid grid = test::sample_grid();
  grid.method.kind = Method::price_per_point;
  Evaluation eval = test::sample_evaluation();
  eval.better = Better::lower;
  for (BidResult& bid : eval.lots[0].bids) bid.points.erase("price");
  BidResult& a = eval.lots[0].bids[0];
  // Quality points: social 30 + environment 20 = 50 of 100; 118500 / 50 = 2370.
  a.points = {{"social", 30}, {"environment", 20}};
  a.quality_points = 50;
  a.total = 2370;
  std::string out = render_html(grid, eval, test::sample_options());
  CHECK(count(out, "<g class=\"bar\"") == 3);
  CHECK_FALSE(contains(out, "data-group=\"price\""));
  CHECK(count(out, "<li data-group=\"") == 2);  // social and environment
  CHECK(contains(out, "Points de qualité par groupe (points de qualité sur 100)"));
  // The axis is still the scale, 100 points for 460 units: 30 × 4.6 = 138.
  CHECK(contains(out,
                 "data-group=\"social\" data-points=\"30\" x=\"190.000\" y=\"5.00\" "
                 "width=\"138.000\""));
  CHECK(contains(out, ">50,00 — Prix 118" + nb + "500,00" + nb + "€ → 2" + nb + "370,0000</text>"));
  CHECK(contains(out, "À droite de chaque barre" + nb +
                          ": ses points, le prix, et le chiffre qui "
                          "classe."));
}

TEST_CASE("html: a malus under fictitious_price is left of zero", "[html]") {
  Grid grid = test::sample_grid("en");
  grid.method.kind = Method::fictitious_price;
  Evaluation eval = test::sample_evaluation();
  eval.better = Better::lower;
  for (BidResult& bid : eval.lots[0].bids) bid.points.clear();
  BidResult& a = eval.lots[0].bids[0];
  // Money off the price: social 500, environment −200 (a malus): 300 off
  // 118,500 → 118,200.
  a.points = {{"social", 500}, {"environment", -200}};
  a.total = 118200;
  eval.lots[0].bids[1].points = {{"social", 300}};
  std::string out = render_html(grid, eval, test::sample_options());
  CHECK(contains(out, "Money taken off the price by group"));
  // The axis runs from −200 to 500 (the longest bar), 700 for 460 units:
  // zero at 190 + 200 × 460 / 700 = 321.4286; social from there, 500 × 460 /
  // 700 = 328.5714 wide; environment from 190, 131.4286 wide.
  CHECK(contains(out, "<g class=\"bar\" data-bid=\"B-014\" data-total=\"300\">"));
  CHECK(contains(out,
                 "data-group=\"social\" data-points=\"500\" x=\"321.429\" y=\"5.00\" "
                 "width=\"328.571\""));
  CHECK(contains(out,
                 "data-group=\"environment\" data-points=\"-200\" x=\"190.000\" y=\"5.00\" "
                 "width=\"131.429\""));
  CHECK(contains(out, "<line class=\"zero-line\" x1=\"321.43\""));
  CHECK(contains(out, ">€300.00 — Price €118,500.00 → €118,200.00</text>"));
  // B-021 has no points: its bar is empty, still there.
  CHECK(contains(out, "<g class=\"bar\" data-bid=\"B-021\" data-total=\"0\">\n</g>"));
}
