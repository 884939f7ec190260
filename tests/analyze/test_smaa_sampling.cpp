// --keep-order and --around against their exact geometry: the sampled region
// shrinks to the ordered part of the simplex, to the window w (1 ± P/100), or
// to both, and stays uniform there.
#include <catch2/catch.hpp>
#include <cmath>

#include "analyze/smaa.hpp"
#include "analyze/smaa_random.hpp"
#include "analyze/smaa_sampling.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

bool within_4_sigma(double estimate, double exact, std::size_t n) {
  const double sigma = std::sqrt(exact * (1 - exact) / static_cast<double>(n));
  return std::fabs(estimate - exact) <= 4 * sigma + 1e-12;
}

double acceptability(const SmaaResult& r, const std::string& id, std::size_t rank) {
  for (const SmaaBid& bid : r.bids)
    if (bid.id == id) return bid.acceptability.at(rank - 1);
  throw std::runtime_error("no bid " + id);
}

SmaaResult smaa(const Grid& g, const std::vector<Bid>& bids, SmaaOptions options) {
  Evaluation e = evaluate(g, bids);
  return run_smaa(g, e.lots.at(0), bids, options);
}

SmaaOptions options(std::size_t n, std::optional<double> around, bool keep_order) {
  SmaaOptions o;
  o.samples = n;
  o.around_pct = around;
  o.keep_order = keep_order;
  o.threads = 2;
  return o;
}

/// Grid weights 2/3 and 1/3; a first exactly when w1 > 5/8 (as in test_smaa_exact.cpp).
Grid two_criteria() {
  return grid({leaf("c1", 2, "c1", linear(0, 10)), leaf("c2", 1, "c2", linear(0, 10))});
}
std::vector<Bid> two_bids() {
  return {bid("a", {{"c1", num(10)}, {"c2", num(0)}}), bid("b", {{"c1", num(4)}, {"c2", num(10)}})};
}

/// Grid weights 1/2, 1/3, 1/6; totals a = w1, b = 0.8 w2, c = 0.6.
Grid three_criteria() {
  return grid({leaf("c1", 3, "c1", linear(0, 10)), leaf("c2", 2, "c2", linear(0, 10)),
               leaf("c3", 1, "c3", linear(0, 10))});
}
std::vector<Bid> three_bids() {
  return {bid("a", {{"c1", num(10)}, {"c2", num(0)}, {"c3", num(0)}}),
          bid("b", {{"c1", num(0)}, {"c2", num(8)}, {"c3", num(0)}}),
          bid("c", {{"c1", num(6)}, {"c2", num(6)}, {"c3", num(6)}})};
}

constexpr std::size_t n = 400000;

}  // namespace

TEST_CASE("smaa sampling: every sample is on the simplex, in order, inside the window") {
  SimplexSampler sampler({0.5, 1.0 / 3, 1.0 / 6}, 50.0, true);
  SmaaRandom random(7, 0, 0);
  double u[3], scratch[3];
  int off_simplex = 0, out_of_order = 0, outside = 0;
  for (int i = 0; i < 10000; ++i) {
    sampler.sample(random, u, scratch);
    off_simplex += std::fabs(u[0] + u[1] + u[2] - 1) > 1e-12;
    out_of_order += u[0] < u[1] || u[1] < u[2];
    outside += u[0] < 0.25 || u[0] > 0.75 || u[1] < 1.0 / 6 || u[1] > 0.5 || u[2] < 1.0 / 12 ||
               u[2] > 0.25;
  }
  CHECK(off_simplex == 0);
  CHECK(out_of_order == 0);
  CHECK(outside == 0);
}

TEST_CASE("smaa sampling: --keep-order, two criteria: w1 ~ U(1/2, 1)") {
  // The larger weight goes to c1: w1 uniform on [1/2, 1]; a first when w1 > 5/8:
  // (1 − 5/8) / (1/2) = 3/4.
  SmaaResult r = smaa(two_criteria(), two_bids(), options(n, std::nullopt, true));
  CHECK(r.sampling == "keep_order");
  CHECK(within_4_sigma(acceptability(r, "a", 1), 0.75, n));
}

TEST_CASE("smaa sampling: --around 60, two criteria: w1 in [7/15, 13/15]") {
  // w1 ∈ 2/3 × [0.4, 1.6] = [4/15, 16/15] and w2 = 1 − w1 ∈ 1/3 × [0.4, 1.6]
  // (w1 ∈ [7/15, 13/15]): w1 uniform on [7/15, 13/15].
  // a first: (13/15 − 5/8) / (6/15) = (29/120) / (48/120) = 29/48.
  SmaaResult r = smaa(two_criteria(), two_bids(), options(n, 60.0, false));
  CHECK(r.sampling == "around");
  CHECK(within_4_sigma(acceptability(r, "a", 1), 29.0 / 48, n));
}

TEST_CASE("smaa sampling: --around 60 --keep-order, two criteria: the intersection") {
  // [7/15, 13/15] ∩ [1/2, 1] = [1/2, 13/15]: a first (13/15 − 5/8) / (13/15 − 1/2)
  // = (29/120) / (44/120) = 29/44.
  SmaaResult r = smaa(two_criteria(), two_bids(), options(n, 60.0, true));
  CHECK(r.sampling == "around+keep_order");
  CHECK(within_4_sigma(acceptability(r, "a", 1), 29.0 / 44, n));
}

TEST_CASE("smaa sampling: --keep-order, three criteria: the ordered sixth of the simplex") {
  // w1 ≥ w2 ≥ w3: the triangle (1,0) (1/2,1/2) (1/3,1/3) in the (w1, w2) plane,
  // area 1/12. a first (w1 > 0.6): w2 from (1 − w1)/2 to 1 − w1, area
  // ∫ from 0.6 to 1 of (1 − w1)/2 = 0.4² / 4 = 0.04: share 0.04 × 12 = 0.48.
  // b never first (w2 ≤ 1/2, 0.8 w2 ≤ 0.4) and never ahead of a (w1 ≥ w2 > 0.8 w2): third.
  SmaaResult r = smaa(three_criteria(), three_bids(), options(n, std::nullopt, true));
  CHECK(within_4_sigma(acceptability(r, "a", 1), 0.48, n));
  CHECK(within_4_sigma(acceptability(r, "a", 2), 0.52, n));
  CHECK(within_4_sigma(acceptability(r, "c", 1), 0.52, n));
  CHECK(acceptability(r, "b", 3) == 1);
}

TEST_CASE("smaa sampling: --around 50, three criteria: the window's hexagon") {
  // w1 ∈ [1/4, 3/4], w2 ∈ [1/6, 1/2], w3 ∈ [1/12, 1/4] ⇔ w1 + w2 ∈ [3/4, 11/12].
  // Its area, with w2 from max(1/6, 3/4 − w1) to min(1/2, 11/12 − w1):
  //   w1 ∈ [1/4, 5/12]:  w1 − 1/4      → (1/6)² / 2 = 1/72
  //   w1 ∈ [5/12, 7/12]: 1/6           → 1/36
  //   w1 ∈ [7/12, 3/4]:  3/4 − w1      → 1/72;   in all 1/18.
  // a first (w1 > 0.6): ∫ from 0.6 to 0.75 of (3/4 − w1) = 0.15² / 2 = 0.01125: share 0.2025.
  // b ahead of a (w1 < 0.8 w2, so w1 < 0.4):
  //   w1 ∈ [1/4, 1/3]: w2 from 3/4 − w1 to 1/2 → (1/12)² / 2 = 1/288
  //   w1 ∈ [1/3, 2/5]: w2 from 1.25 w1 to 1/2  → [w1/2 − 0.625 w1²] = 1/360;  1/160 in all:
  //   share 18/160 = 0.1125; there c (0.6) is ahead of a too: a third.
  // b is never first (0.8 w2 ≤ 0.4 < 0.6) and always behind c.
  SmaaResult r = smaa(three_criteria(), three_bids(), options(n, 50.0, false));
  CHECK(within_4_sigma(acceptability(r, "a", 1), 0.2025, n));
  CHECK(within_4_sigma(acceptability(r, "a", 3), 0.1125, n));
  CHECK(within_4_sigma(acceptability(r, "a", 2), 1 - 0.2025 - 0.1125, n));
  CHECK(within_4_sigma(acceptability(r, "b", 2), 0.1125, n));
  CHECK(within_4_sigma(acceptability(r, "b", 3), 0.8875, n));
  CHECK(within_4_sigma(acceptability(r, "c", 1), 0.7975, n));
  CHECK(acceptability(r, "b", 1) == 0);
}
