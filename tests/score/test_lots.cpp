// Declared lots (issue 9, case 2): each lot's own weights and estimate, its
// name on the result; without lots: declared, nothing changes.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"

using namespace fx;

namespace {

Grid two_lots() {
  Grid g = grid(
      {leaf("price", 60, "price", lowest_ratio()), leaf("social", 40, "social", linear(0, 10))});
  g.abnormally_low.below_estimate_pct = 20;
  Lot one;
  one.id = "1";
  one.name = "maternelles";
  one.estimate = 120;
  one.weights = {{"price", 50}, {"social", 50}};
  Lot two;
  two.id = "2";
  two.name = "élémentaires";
  two.estimate = 100;
  g.lots = {one, two};
  return g;
}

std::vector<Bid> four_bids() {
  return {bid("a", {{"price", num(100)}, {"social", num(10)}}, "1"),
          bid("b", {{"price", num(80)}, {"social", num(0)}}, "1"),
          bid("c", {{"price", num(100)}, {"social", num(5)}}, "2"),
          bid("d", {{"price", num(80)}, {"social", num(0)}}, "2")};
}

}  // namespace

TEST_CASE("each declared lot is scored with its own weights and estimate") {
  Evaluation e = evaluate(two_lots(), four_bids());
  REQUIRE(e.lots.size() == 2);
  CHECK(e.lots[0].lot == std::optional<std::string>("1"));
  CHECK(e.lots[0].name == "maternelles");
  CHECK(e.lots[1].name == "élémentaires");
  // Lot 1 at 50/50: a = 50 × 80/100 + 50 × 10/10 = 40 + 50 = 90; b = 50 × 1 + 0 = 50.
  CHECK(result(e, "a").total == Approx(90));
  CHECK(result(e, "b").total == Approx(50));
  CHECK(e.lots[0].weights.at("price") == Approx(0.5));
  // Lot 2 at the grid's 60/40: c = 60 × 0.8 + 40 × 0.5 = 68; d = 60.
  CHECK(result(e, "c").total == Approx(68));
  CHECK(result(e, "d").total == Approx(60));
  CHECK(e.lots[1].weights.empty());  // the grid's weights: Evaluation::weights
  CHECK(e.weights.at("price") == Approx(0.6));
  // Estimates: lot 1 flags below 0.8 × 120 = 96 (b at 80); lot 2 below 0.8 × 100 = 80
  // (d at 80 is not below: the limit is strict). With lot 1's estimate d would be flagged.
  CHECK(result(e, "b").flags == std::vector<std::string>{"abnormally_low:below_estimate_pct"});
  CHECK(result(e, "a").flags.empty());
  CHECK(result(e, "d").flags.empty());
}

TEST_CASE("declared lots come in the grid's order, not by text") {
  Grid g = two_lots();
  std::swap(g.lots[0], g.lots[1]);  // "2" declared first
  Evaluation e = evaluate(g, four_bids());
  REQUIRE(e.lots.size() == 2);
  CHECK(e.lots[0].lot == std::optional<std::string>("2"));
  CHECK(e.lots[1].lot == std::optional<std::string>("1"));
}

TEST_CASE("a what-if weight holds in the lots that declare their own") {
  Grid g = two_lots();
  REQUIRE_FALSE(set_weight(g, "social", 150));
  Evaluation e = evaluate(g, four_bids());
  // Lot 1: price 50, social 150 → 25 % / 75 %: a = 25 × 0.8 + 75 = 95.
  CHECK(result(e, "a").total == Approx(95));
  // Lot 2: price 60, social 150 → 2/7, 5/7: c = 100 × (2/7 × 0.8 + 5/7 × 0.5)
  //   = 100 × (1.6 + 2.5) / 7 = 58.571429.
  CHECK(result(e, "c").total == Approx(58.571429));
}

// The grid the reports read for a lot: lot 1's weights (50/50) and estimate
// (120) replace the grid's (60/40, none); lot 2 keeps the weights, with its
// estimate 100; a lot the grid does not declare, or none, is the grid itself.
TEST_CASE("grid_in_lot: the grid as it applies in a lot") {
  const Grid g = two_lots();
  const Grid one = grid_in_lot(g, std::string("1"));
  CHECK(find_node(one, "price")->weight == 50);
  CHECK(find_node(one, "social")->weight == 50);
  CHECK(one.abnormally_low.estimate == 120);
  const Grid two = grid_in_lot(g, std::string("2"));
  CHECK(find_node(two, "price")->weight == 60);
  CHECK(two.abnormally_low.estimate == 100);
  for (const Grid& same : {grid_in_lot(g, std::string("3")), grid_in_lot(g, std::nullopt)}) {
    CHECK(find_node(same, "price")->weight == 60);
    CHECK_FALSE(same.abnormally_low.estimate);
  }
}
