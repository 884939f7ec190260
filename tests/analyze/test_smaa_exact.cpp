// SMAA-2 against exact values worked out by hand: a crossing weight with two
// criteria, polygon areas on the 2-simplex with three, one method at a time.
// Each acceptability must lie within 4σ = 4 sqrt(p (1 − p) / N) of its exact value.
#include <catch2/catch.hpp>
#include <cmath>

#include "analyze/smaa.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

constexpr std::size_t million = 1000000;

bool within_4_sigma(double estimate, double exact, std::size_t n) {
  const double sigma = std::sqrt(exact * (1 - exact) / static_cast<double>(n));
  return std::fabs(estimate - exact) <= 4 * sigma + 1e-12;
}

/// The acceptability of `id` at rank r (1-based).
double acceptability(const SmaaResult& r, const std::string& id, std::size_t rank) {
  for (const SmaaBid& bid : r.bids)
    if (bid.id == id) return bid.acceptability.at(rank - 1);
  throw std::runtime_error("no bid " + id);
}

const SmaaBid& smaa_bid(const SmaaResult& r, const std::string& id) {
  for (const SmaaBid& bid : r.bids)
    if (bid.id == id) return bid;
  throw std::runtime_error("no bid " + id);
}

SmaaResult smaa(const Grid& g, const std::vector<Bid>& bids, SmaaOptions options) {
  Evaluation e = evaluate(g, bids);
  return run_smaa(g, e.lots.at(0), bids, options);
}

SmaaOptions with_samples(std::size_t n) {
  SmaaOptions o;
  o.samples = n;
  o.threads = 2;
  return o;
}

/// Two criteria 2:1 (grid weights 2/3, 1/3), linear 0..10.
/// a scores (1, 0), b scores (0.4, 1): a − b = w (1 − 0.4) − (1 − w) = 1.6 w − 1,
/// so a ranks first exactly when w > 5/8.
Grid two_criteria() {
  return grid({leaf("c1", 2, "c1", linear(0, 10)), leaf("c2", 1, "c2", linear(0, 10))});
}
std::vector<Bid> two_bids() {
  return {bid("a", {{"c1", num(10)}, {"c2", num(0)}}), bid("b", {{"c1", num(4)}, {"c2", num(10)}})};
}

/// Three criteria, linear 0..10, weights 3:2:1 (for --keep-order and --around).
/// a scores (1, 0, 0), b (0, 0.8, 0), c (0.6, 0.6, 0.6): totals w1, 0.8 w2, 0.6.
Grid three_criteria() {
  return grid({leaf("c1", 3, "c1", linear(0, 10)), leaf("c2", 2, "c2", linear(0, 10)),
               leaf("c3", 1, "c3", linear(0, 10))});
}
std::vector<Bid> three_bids() {
  return {bid("a", {{"c1", num(10)}, {"c2", num(0)}, {"c3", num(0)}}),
          bid("b", {{"c1", num(0)}, {"c2", num(8)}, {"c3", num(0)}}),
          bid("c", {{"c1", num(6)}, {"c2", num(6)}, {"c3", num(6)}})};
}

}  // namespace

TEST_CASE("smaa: two bids, two criteria: the crossing weight gives the acceptability") {
  SmaaResult r = smaa(two_criteria(), two_bids(), with_samples(million));
  REQUIRE(r.error.empty());
  CHECK(r.samples == million);
  CHECK(r.over == "top");
  CHECK(r.sampling == "uniform");
  CHECK(r.nodes == std::vector<std::string>{"c1", "c2"});
  // w ~ U(0, 1) on the 1-simplex: P(w > 5/8) = 3/8.
  CHECK(within_4_sigma(acceptability(r, "a", 1), 3.0 / 8, million));
  CHECK(within_4_sigma(acceptability(r, "a", 2), 5.0 / 8, million));
  CHECK(within_4_sigma(acceptability(r, "b", 1), 5.0 / 8, million));
  CHECK(within_4_sigma(acceptability(r, "b", 2), 3.0 / 8, million));
  // Central weights: a wins on w in (5/8, 1), mean 13/16; b on (0, 5/8), mean 5/16.
  // σ of a mean of U(interval of length L) over ~N p samples: L / sqrt(12 N p).
  const SmaaBid& a = smaa_bid(r, "a");
  REQUIRE(a.central_weights);
  CHECK(std::fabs(a.central_weights->at("c1") - 13.0 / 16) <= 4 * 0.375 / std::sqrt(12 * 375e3));
  CHECK(a.central_weights->at("c2") == Approx(1 - a.central_weights->at("c1")));
  const SmaaBid& b = smaa_bid(r, "b");
  CHECK(std::fabs(b.central_weights->at("c1") - 5.0 / 16) <= 4 * 0.625 / std::sqrt(12 * 625e3));
  // No panels: both are sure of their win at their central weights.
  CHECK(a.confidence == 1.0);
  CHECK(b.confidence == 1.0);
}

TEST_CASE("smaa: three bids, three criteria, uniform on the 2-simplex: polygon areas") {
  // In the (w1, w2) plane the simplex is the triangle (0,0) (1,0) (0,1), area 1/2.
  // Totals: a = w1, b = 0.8 w2, c = 0.6 (constant).
  // - a first: w1 > 0.6 (then 0.8 w2 ≤ 0.32): triangle (0.6,0) (1,0) (0.6,0.4),
  //   area 0.4² / 2 = 0.08, share 0.16.
  // - b first: w2 > 0.75: triangle of side 0.25, area 0.03125, share 1/16.
  // - c first: the rest, 1 − 0.16 − 0.0625 = 0.7775.
  // - b ahead of a: w1 < 0.8 w2: triangle (0,0) (0,1) (4/9,5/9), area 1/2 × 1 × 4/9 = 2/9,
  //   share 4/9. There w1 ≤ 4/9 < 0.6, so c is ahead of a too: a third, 4/9.
  // - a ahead of b (share 5/9): there w2 ≤ 5/9 < 0.75, so c is ahead of b: b third, 5/9.
  // - c third would need w1 > 0.6 and w2 > 0.75: never.
  SmaaResult r = smaa(three_criteria(), three_bids(), with_samples(million));
  REQUIRE(r.error.empty());
  const double a1 = 0.16, a3 = 4.0 / 9, b1 = 1.0 / 16, b3 = 5.0 / 9, c1 = 0.7775;
  CHECK(within_4_sigma(acceptability(r, "a", 1), a1, million));
  CHECK(within_4_sigma(acceptability(r, "a", 2), 1 - a1 - a3, million));
  CHECK(within_4_sigma(acceptability(r, "a", 3), a3, million));
  CHECK(within_4_sigma(acceptability(r, "b", 1), b1, million));
  CHECK(within_4_sigma(acceptability(r, "b", 2), 1 - b1 - b3, million));
  CHECK(within_4_sigma(acceptability(r, "b", 3), b3, million));
  CHECK(within_4_sigma(acceptability(r, "c", 1), c1, million));
  CHECK(within_4_sigma(acceptability(r, "c", 2), 1 - c1, million));
  CHECK(acceptability(r, "c", 3) == 0);
  // a's central weights: the centroid of its triangle, ((0.6+1+0.6)/3, 0.4/3) = (0.7333, 0.1333),
  // w3 = 0.1333. Coordinates span at most 0.4 there: σ ≤ 0.2 / sqrt(160,000) = 0.0005.
  const SmaaBid& a = smaa_bid(r, "a");
  REQUIRE(a.central_weights);
  CHECK(a.central_weights->at("c1") == Approx(2.2 / 3).margin(0.002));
  CHECK(a.central_weights->at("c2") == Approx(0.4 / 3).margin(0.002));
  CHECK(a.central_weights->at("c3") == Approx(0.4 / 3).margin(0.002));
}

TEST_CASE("smaa: --over top keeps a group's leaves in their proportions; --over leaves does not") {
  // x (1) and g (1) = g1 (3) + g2 (1). a scores x only; b scores g2 only.
  Grid g = grid(
      {leaf("x", 1, "x", linear(0, 10)),
       group("g", 1, {leaf("g1", 3, "g1", linear(0, 10)), leaf("g2", 1, "g2", linear(0, 10))})});
  std::vector<Bid> bids = {bid("a", {{"x", num(10)}, {"g1", num(0)}, {"g2", num(0)}}),
                           bid("b", {{"x", num(0)}, {"g1", num(0)}, {"g2", num(10)}})};
  const std::size_t n = 200000;
  // top: u_x ~ U(0, 1), g2 holds 1/4 of g: a first when u_x > (1 − u_x) / 4, u_x > 0.2: 0.8.
  SmaaResult top = smaa(g, bids, with_samples(n));
  CHECK(top.nodes == std::vector<std::string>{"x", "g"});
  CHECK(within_4_sigma(acceptability(top, "a", 1), 0.8, n));
  // leaves: (w_x, w_g1, w_g2) uniform on the 2-simplex, a first when w_x > w_g2: 1/2.
  SmaaOptions o = with_samples(n);
  o.over = SmaaOptions::Over::leaves;
  SmaaResult leaves = smaa(g, bids, o);
  CHECK(leaves.over == "leaves");
  CHECK(leaves.nodes == std::vector<std::string>{"x", "g1", "g2"});
  CHECK(within_4_sigma(acceptability(leaves, "a", 1), 0.5, n));
}

TEST_CASE("smaa: price_per_point ranks on price ÷ quality points under each sample") {
  // Quality q1, q2 (1:1). a: price 100, scores (1, 0): 100 / (100 u1) = 1 / u1;
  // b: price 80, scores (0.4, 1): 80 / (100 (0.4 u1 + 1 − u1)) = 0.8 / (1 − 0.6 u1).
  // a first when 1 − 0.6 u1 < 0.8 u1, u1 > 5/7: share 2/7.
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()), leaf("q1", 1, "q1", linear(0, 10)),
                 leaf("q2", 1, "q2", linear(0, 10))},
                Method::price_per_point);
  std::vector<Bid> bids = {bid("a", {{"price", num(100)}, {"q1", num(10)}, {"q2", num(0)}}),
                           bid("b", {{"price", num(80)}, {"q1", num(4)}, {"q2", num(10)}})};
  const std::size_t n = 200000;
  SmaaResult r = smaa(g, bids, with_samples(n));
  CHECK(r.nodes == std::vector<std::string>{"q1", "q2"});
  CHECK(within_4_sigma(acceptability(r, "a", 1), 2.0 / 7, n));
}

TEST_CASE("smaa: adjusted_price holds Vmax and ranks on unrounded totals") {
  // Coefficients 0.15 and 0.15, Vmax 0.3. a: price 100, scores (1, 0); b: price 90, (0, 1).
  // a = 100 / (1 + 0.3 u1 / 0.7), b = 90 / (1 + 0.3 (1 − u1) / 0.7).
  // a first: 100 (1 + 3/7 (1 − u1)) < 90 (1 + 3/7 u1) ⇔ 370/7 < 570/7 u1 ⇔ u1 > 37/57: 20/57.
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()), leaf("f1", 0.15, "f1", linear(0, 10)),
                 leaf("f2", 0.15, "f2", linear(0, 10))},
                Method::adjusted_price);
  std::vector<Bid> bids = {bid("a", {{"price", num(100)}, {"f1", num(10)}, {"f2", num(0)}}),
                           bid("b", {{"price", num(90)}, {"f1", num(0)}, {"f2", num(10)}})};
  const std::size_t n = 200000;
  SmaaResult r = smaa(g, bids, with_samples(n));
  CHECK(within_4_sigma(acceptability(r, "a", 1), 20.0 / 57, n));
}

TEST_CASE("smaa: fictitious_price shares the money's magnitudes and keeps a malus negative") {
  // q is worth 1000, late a malus of −1000: money 2000, shares 1/2 and 1/2.
  // a: price 10000, q 0.5, late; b: price 9500, nothing.
  // a = 10000 − 2000 (0.5 u1 − (1 − u1)) = 12000 − 3000 u1 < 9500 ⇔ u1 > 5/6: 1/6.
  // (Were the malus a bonus, a = 8000 + 1000 u1 would always win.)
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()), leaf("q", 1000, "q", linear(0, 10)),
                 leaf("late", -1000, "late", boolean())},
                Method::fictitious_price);
  std::vector<Bid> bids = {
      bid("a", {{"price", num(10000)}, {"q", num(5)}, {"late", yes_no(true)}}),
      bid("b", {{"price", num(9500)}, {"q", num(0)}, {"late", yes_no(false)}})};
  const std::size_t n = 200000;
  SmaaResult r = smaa(g, bids, with_samples(n));
  CHECK(within_4_sigma(acceptability(r, "a", 1), 1.0 / 6, n));
}
