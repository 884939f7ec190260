// Weight stability on small tenders worked out by hand (DESIGN section 7).
#include <catch2/catch.hpp>

#include "analyze/stability.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

Stability stability_of(const Grid& g, const std::vector<Bid>& bids) {
  const Evaluation evaluation = evaluate(g, bids);
  return weight_stability(g, stability_input(g, evaluation.lots.at(0)));
}

}  // namespace

// price 50 (linear 100 → 0 on price), quality 50 (linear 0..10).
//   x: price 0 → 1, q 0 → 0: 50;  y: price 100 → 0, q 10 → 1: 50. Tied; tie_break id: x first.
// Price share t: x = t, y = 1 − t: x stays (weakly) first for t ≥ 0.5 = w: the interval
// starts at w. Quality share: x first for t ≤ 0.5. The smallest change is 0 at both:
// the first node (price), `from` before `to`.
TEST_CASE("a tie at w settled by tie_break makes the interval start or end at w", "[stability]") {
  Grid g =
      grid({leaf("price", 50, "price", linear(100, 0)), leaf("quality", 50, "q", linear(0, 10))});
  g.tie_break = {"id"};
  const Stability s = stability_of(g, {bid("x", {{"price", num(0)}, {"q", num(0)}}),
                                       bid("y", {{"price", num(100)}, {"q", num(10)}})});
  REQUIRE(s.nodes.size() == 2);
  REQUIRE(s.nodes[0].winner);
  CHECK(*s.nodes[0].winner->from == Approx(0.5));
  CHECK(*s.nodes[0].winner->to == 1);
  CHECK(s.nodes[0].winner->below == std::optional<std::string>("y"));
  CHECK_FALSE(s.nodes[0].winner->above);
  REQUIRE(s.nodes[1].winner);
  CHECK(*s.nodes[1].winner->from == 0);
  CHECK(*s.nodes[1].winner->to == Approx(0.5));
  CHECK(s.nodes[1].winner->above == std::optional<std::string>("y"));
  REQUIRE(s.smallest_change);
  CHECK(s.smallest_change->node == "price");
  CHECK(s.smallest_change->to == Approx(0.5));
  CHECK(s.smallest_change->by == Approx(0).margin(1e-12));
  CHECK(s.smallest_change->winner == "y");
}

// The same without tie_break: x and y share rank 1, no unique winner.
TEST_CASE("a shared rank 1 has no winner interval", "[stability]") {
  Grid g =
      grid({leaf("price", 50, "price", linear(100, 0)), leaf("quality", 50, "q", linear(0, 10))});
  const Stability s = stability_of(g, {bid("x", {{"price", num(0)}, {"q", num(0)}}),
                                       bid("y", {{"price", num(100)}, {"q", num(10)}})});
  REQUIRE(s.nodes.size() == 2);
  CHECK_FALSE(s.nodes[0].winner);
  CHECK_FALSE(s.smallest_change);
}

// fictitious_price: values q1 100, q2 50 (money).
//   x: price 1000, q1 1, q2 0: 1000 − 100 = 900;  y: price 960, q1 0, q2 1: 960 − 50 = 910.
// x wins (lower). q1's money m: x = 1000 − m ≤ 910 ⇔ m ≥ 90: [90, unbounded), below y.
// q2's money n: y = 960 − n ≥ 900 ⇔ n ≤ 60: (unbounded, 60], above y.
// Smallest change: 10 both; the first node, q1: to 90, by −10.
TEST_CASE("fictitious_price: money over all reals, unbounded ends", "[stability]") {
  Grid g = grid({leaf("price", 1, "price", linear(2000, 0)), leaf("q1", 100, "a", linear(0, 1)),
                 leaf("q2", 50, "b", linear(0, 1))},
                Method::fictitious_price);
  const Stability s =
      stability_of(g, {bid("x", {{"price", num(1000)}, {"a", num(1)}, {"b", num(0)}}),
                       bid("y", {{"price", num(960)}, {"a", num(0)}, {"b", num(1)}})});
  CHECK(s.money);
  REQUIRE(s.nodes.size() == 2);
  CHECK(s.nodes[0].node == "q1");
  CHECK(s.nodes[0].weight == Approx(100));
  REQUIRE(s.nodes[0].winner);
  CHECK(*s.nodes[0].winner->from == Approx(90));
  CHECK_FALSE(s.nodes[0].winner->to);
  CHECK(s.nodes[0].winner->below == std::optional<std::string>("y"));
  CHECK_FALSE(s.nodes[0].winner->above);
  REQUIRE(s.nodes[1].winner);
  CHECK_FALSE(s.nodes[1].winner->from);
  CHECK(*s.nodes[1].winner->to == Approx(60));
  CHECK(s.nodes[1].winner->above == std::optional<std::string>("y"));
  REQUIRE(s.smallest_change);
  CHECK(s.smallest_change->node == "q1");
  CHECK(s.smallest_change->to == Approx(90));
  CHECK(s.smallest_change->by == Approx(-10));
}
