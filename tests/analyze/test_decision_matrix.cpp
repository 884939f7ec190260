// The decision matrix: W, its shares, and total() at the grid's own weights
// giving back the evaluation's totals, for each of the four methods, on small
// grids worked out by hand.
#include <catch2/catch.hpp>

#include "analyze/decision_matrix.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

/// price 40 (lowest_ratio), social 60 = insertion 2 (0..10) + disability 1 (0..6).
Grid social_grid(Method method) {
  return grid({leaf("price", 40, "price", lowest_ratio()),
               group("social", 60,
                     {leaf("insertion", 2, "ins", linear(0, 10)),
                      leaf("disability", 1, "dis", linear(0, 6))})},
              method);
}

/// a: price 100, insertion 5, disability 6; b: price 125, insertion 10, disability 0;
/// x: excluded (insertion below 1).
std::vector<Bid> social_bids() {
  return {bid("a", {{"price", num(100)}, {"ins", num(5)}, {"dis", num(6)}}),
          bid("b", {{"price", num(125)}, {"ins", num(10)}, {"dis", num(0)}}),
          bid("x", {{"price", num(50)}, {"ins", num(0)}, {"dis", num(6)}})};
}

Evaluation evaluate_with_requirement(Grid& g, const std::vector<Bid>& bids) {
  g.requirements.push_back(answer_at_least("ins", 1));
  return evaluate(g, bids);
}

double total_at_grid(const DecisionMatrix& m, std::size_t bid) {
  return m.total(bid, m.shares.data());
}

}  // namespace

TEST_CASE("decision matrix: weighted_sum holds every leaf, shares are the effective weights") {
  Grid g = social_grid(Method::weighted_sum);
  Evaluation e = evaluate_with_requirement(g, social_bids());
  DecisionMatrix m(g, e.lots.at(0));

  CHECK(m.method == Method::weighted_sum);
  CHECK(m.better == Better::higher);
  CHECK(m.leaves == std::vector<std::string>{"price", "insertion", "disability"});
  // Effective: price 40/100 = 0.4, insertion 0.6 × 2/3 = 0.4, disability 0.6 × 1/3 = 0.2.
  REQUIRE(m.shares.size() == 3);
  CHECK(m.shares[0] == Approx(0.4));
  CHECK(m.shares[1] == Approx(0.4));
  CHECK(m.shares[2] == Approx(0.2));
  // Only the ranked bids, in report order (x is excluded).
  CHECK(m.bids == std::vector<std::string>{"a", "b"});
  CHECK(m.lot_index == std::vector<std::size_t>{0, 1});
  // Scores, row-major. a: price 100/100 = 1, insertion 5/10 = 0.5, disability 6/6 = 1;
  // b: price 100/125 = 0.8, insertion 1, disability 0.
  REQUIRE(m.scores.size() == 6);
  CHECK(m.scores[0] == Approx(1));
  CHECK(m.scores[1] == Approx(0.5));
  CHECK(m.scores[2] == Approx(1));
  CHECK(m.scores[3] == Approx(0.8));
  CHECK(m.scores[4] == Approx(1));
  CHECK(m.scores[5] == Approx(0));
  // a: 100 × (0.4 + 0.2 + 0.2) = 80; b: 100 × (0.32 + 0.4 + 0) = 72.
  CHECK(total_at_grid(m, 0) == Approx(80));
  CHECK(total_at_grid(m, 1) == Approx(72));
  CHECK(total_at_grid(m, 0) == Approx(result(e, "a").total));
  CHECK(total_at_grid(m, 1) == Approx(result(e, "b").total));
  // Other weights: all on insertion gives 100 × score.
  const double w[] = {0, 1, 0};
  CHECK(m.total(0, w) == Approx(50));
  CHECK(m.total(1, w) == Approx(100));
}

TEST_CASE("decision matrix: nodes map to their leaves in W and their shares add up") {
  Grid g = social_grid(Method::weighted_sum);
  Evaluation e = evaluate(g, social_bids());
  DecisionMatrix m(g, e.lots.at(0));

  REQUIRE(m.nodes.size() == 4);  // price, social, insertion, disability
  CHECK(m.nodes[0].id == "price");
  CHECK(m.nodes[0].top);
  CHECK(m.nodes[1].id == "social");
  CHECK(m.nodes[1].top);
  CHECK_FALSE(m.nodes[2].top);
  CHECK(m.leaves_of("social") == std::vector<std::size_t>{1, 2});
  CHECK(m.leaves_of("disability") == std::vector<std::size_t>{2});
  CHECK(m.leaves_of("nothing").empty());
  CHECK(m.share_of("social") == Approx(0.6));
  CHECK(m.share_of("price") == Approx(0.4));
  REQUIRE(m.top_nodes().size() == 2);
  CHECK(m.top_nodes()[1]->id == "social");
}

TEST_CASE("decision matrix: price_per_point leaves price out of W") {
  Grid g = social_grid(Method::price_per_point);
  Evaluation e = evaluate_with_requirement(g, social_bids());
  DecisionMatrix m(g, e.lots.at(0));

  CHECK(m.better == Better::lower);
  CHECK(m.leaves == std::vector<std::string>{"insertion", "disability"});
  // 0.4 / 0.6 and 0.2 / 0.6.
  CHECK(m.shares[0] == Approx(2.0 / 3));
  CHECK(m.shares[1] == Approx(1.0 / 3));
  CHECK(m.prices == std::vector<double>{100, 125});
  // Price is no node of W: only social and its leaves.
  CHECK(m.node("price") == nullptr);
  REQUIRE(m.top_nodes().size() == 1);
  CHECK(m.share_of("social") == Approx(1));
  // a: quality points 100 × (2/3 × 0.5 + 1/3 × 1) = 66.67, total 100 / 66.67 = 1.5;
  // b: quality points 100 × (2/3 × 1 + 0) = 66.67, total 125 / 66.67 = 1.875.
  CHECK(m.bids == std::vector<std::string>{"a", "b"});
  CHECK(total_at_grid(m, 0) == Approx(1.5));
  CHECK(total_at_grid(m, 1) == Approx(1.875));
  CHECK(total_at_grid(m, 0) == Approx(result(e, "a").total));
  CHECK(total_at_grid(m, 1) == Approx(result(e, "b").total));
  // All the weight on disability: b has no quality points, an infinite price per point.
  const double w[] = {0, 1};
  CHECK(m.total(0, w) == Approx(1));  // 100 / (100 × 1)
  CHECK(std::isinf(m.total(1, w)));
}

TEST_CASE("decision matrix: adjusted_price maps shares to coefficients with Vmax held") {
  // The Prozorro example: two features of 0.15 each (f2 inside a group of
  // weight 0.5: 0.5 × 0.3 = 0.15), Vmax = 0.3; the price's own weight plays no part.
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()), leaf("f1", 0.15, "f1", linear(0, 3)),
                 group("g", 0.5, {leaf("f2", 0.3, "f2", linear(0, 3))})},
                Method::adjusted_price);
  std::vector<Bid> bids = {bid("a", {{"price", num(499)}, {"f1", num(2)}, {"f2", num(2)}}),
                           bid("b", {{"price", num(450)}, {"f1", num(3)}, {"f2", num(0)}})};
  Evaluation e = evaluate(g, bids);
  DecisionMatrix m(g, e.lots.at(0));

  CHECK(m.leaves == std::vector<std::string>{"f1", "f2"});
  CHECK(m.vmax == Approx(0.3));
  CHECK(m.shares[0] == Approx(0.5));
  CHECK(m.shares[1] == Approx(0.5));
  // b: V = 0.15 × 1 = 0.15, 450 / (1 + 0.15 / 0.7) = 450 × 0.7 / 0.85 = 370.588...;
  // a: V = 0.15 × 2/3 × 2 = 0.2, 499 / (1 + 0.2 / 0.7) = 499 × 0.7 / 0.9 = 388.111...
  REQUIRE(m.bids == std::vector<std::string>{"b", "a"});
  CHECK(total_at_grid(m, 0) == Approx(450 * 0.7 / 0.85).epsilon(1e-12));
  CHECK(total_at_grid(m, 1) == Approx(499 * 0.7 / 0.9).epsilon(1e-12));
  // The evaluation rounds to cents (388.11, 370.59); total() does not.
  CHECK(result(e, "a").total == Approx(388.11));
  CHECK(std::fabs(total_at_grid(m, 1) - result(e, "a").total) <= 0.005);
  CHECK(std::fabs(total_at_grid(m, 0) - result(e, "b").total) <= 0.005);
  // All the weight on f1: coefficients (0.3, 0); a: V = 0.3 × 2/3 = 0.2 again.
  const double w[] = {1, 0};
  CHECK(m.total(1, w) == Approx(499 * 0.7 / 0.9));
}

TEST_CASE("decision matrix: fictitious_price shares the money's magnitudes, signs kept") {
  // quality is worth 2 × 750 = 1500 (a group of weight 2), late delivery a malus of 500.
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()),
                 group("quality", 2, {leaf("plan", 750, "plan", linear(0, 10))}),
                 leaf("late", -500, "late", boolean())},
                Method::fictitious_price);
  std::vector<Bid> bids = {
      bid("a", {{"price", num(80000)}, {"plan", num(10)}, {"late", yes_no(true)}}),
      bid("b", {{"price", num(79500)}, {"plan", num(5)}, {"late", yes_no(false)}})};
  Evaluation e = evaluate(g, bids);
  DecisionMatrix m(g, e.lots.at(0));

  CHECK(m.leaves == std::vector<std::string>{"plan", "late"});
  CHECK(m.money == Approx(2000));  // |1500| + |-500|
  CHECK(m.shares[0] == Approx(0.75));
  CHECK(m.shares[1] == Approx(0.25));
  CHECK(m.signs == std::vector<double>{1, -1});
  CHECK(m.share_of("quality") == Approx(0.75));
  // b: 79500 − 1500 × 0.5 = 78750; a: 80000 − 1500 × 1 + 500 × 1 = 79000.
  REQUIRE(m.bids == std::vector<std::string>{"b", "a"});
  CHECK(total_at_grid(m, 0) == Approx(78750));
  CHECK(total_at_grid(m, 1) == Approx(79000));
  CHECK(total_at_grid(m, 0) == Approx(result(e, "b").total));
  CHECK(total_at_grid(m, 1) == Approx(result(e, "a").total));
  // All the money (2000) on the malus: a pays 2000, b nothing.
  const double w[] = {0, 1};
  CHECK(m.total(1, w) == Approx(82000));
  CHECK(m.total(0, w) == Approx(79500));
}

TEST_CASE("decision matrix: a price criterion reading the life-cycle cost divides that") {
  // cost = price + 1 year × energy × 0.5 (no discounting).
  Grid g = social_grid(Method::price_per_point);
  g.criteria[0].answer = "cost";
  g.cost = CostModel{};
  g.cost->purchase = "price";
  g.cost->yearly.push_back(YearlyCost{"energy", 0.5, {}});
  std::vector<Bid> bids = {
      bid("a", {{"price", num(100)}, {"ins", num(5)}, {"dis", num(6)}, {"energy", num(100)}}),
      bid("b", {{"price", num(125)}, {"ins", num(10)}, {"dis", num(0)}, {"energy", num(10)}})};
  Evaluation e = evaluate(g, bids);
  DecisionMatrix m(g, e.lots.at(0));

  // a: cost 150, b: 130; both have 66.67 quality points: b 1.95 ahead of a 2.25.
  REQUIRE(m.bids == std::vector<std::string>{"b", "a"});
  CHECK(m.prices == std::vector<double>{130, 150});
  CHECK(total_at_grid(m, 0) == Approx(1.95));
  CHECK(total_at_grid(m, 1) == Approx(2.25));
  CHECK(total_at_grid(m, 1) == Approx(result(e, "a").total));
}

TEST_CASE("decision matrix: a price criterion reading another path is recovered from the total") {
  // The cost section's purchase path is `purchase`, the price criterion reads `offer`.
  Grid g = grid({leaf("price", 1, "offer", lowest_ratio()), leaf("q", 500, "q", linear(0, 10))},
                Method::fictitious_price);
  g.cost = CostModel{};
  g.cost->purchase = "purchase";
  std::vector<Bid> bids = {
      bid("a", {{"offer", num(1000)}, {"purchase", num(900)}, {"q", num(10)}})};
  Evaluation e = evaluate(g, bids);
  DecisionMatrix m(g, e.lots.at(0));
  // total 1000 − 500 = 500; money 500 × share 1 × score 1 added back: 1000.
  CHECK(m.prices.at(0) == Approx(1000));
  CHECK(total_at_grid(m, 0) == Approx(500));
}
