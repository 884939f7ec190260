// The SMAA inner loop: ranks by bucket sort agree with the scorer's own
// ranking (rank_bids: competition ranks within 1e-9, no tie_break), ties and
// near-ties included; node scores and totals agree with the decision matrix.
#include <catch2/catch.hpp>

#include "analyze/smaa_kernel.hpp"
#include "analyze/smaa_random.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"
#include "score/ranking.hpp"

using namespace fx;

namespace {

/// The scorer's ranks (0-based) of these totals.
std::vector<std::uint32_t> scorer_ranks(const std::vector<double>& totals, Better better) {
  std::vector<BidResult> bids;
  for (std::size_t i = 0; i < totals.size(); ++i) {
    BidResult b;
    b.id = "b" + std::to_string(1000 + i);  // ids in index order
    b.total = totals[i];
    bids.push_back(b);
  }
  std::vector<std::string> warnings;
  rank_bids(bids, better, {}, "", Messages("en"), warnings);
  std::vector<std::uint32_t> ranks(totals.size());
  for (const BidResult& b : bids)
    ranks[std::stoul(b.id.substr(1)) - 1000] = static_cast<std::uint32_t>(*b.rank - 1);
  return ranks;
}

}  // namespace

TEST_CASE("smaa kernel: ranks agree with the scorer's, ties and near-ties included") {
  SmaaRandom random(42, 9, 0);
  for (std::size_t n : {1, 2, 5, 8, 9, 24, 25, 60, 200}) {
    for (Better better : {Better::higher, Better::lower}) {
      Ranker ranker(n, better == Better::higher);
      int disagreements = 0;
      for (int trial = 0; trial < 100; ++trial) {
        std::vector<double> totals(n);
        for (double& t : totals) {
          // Few distinct values (exact ties), nudges within and beyond 1e-9, wide ranges.
          t = 50 + static_cast<double>(random.below(12)) * (trial % 3 == 0 ? 1e-3 : 7.0);
          const std::uint64_t nudge = random.below(4);
          if (nudge == 1) t *= 1 + 4e-10;
          if (nudge == 2) t *= 1 + 3e-9;
          if (trial % 5 == 0) t = random.uniform() * 1e6;
        }
        std::vector<std::uint32_t> ranks(n);
        ranker.rank(totals.data(), ranks.data());
        disagreements += ranks != scorer_ranks(totals, better);
      }
      INFO("n = " << n);
      CHECK(disagreements == 0);
    }
  }
}

TEST_CASE("smaa kernel: node totals at the grid's weights are the matrix's totals") {
  Grid g = grid({leaf("price", 40, "price", lowest_ratio()),
                 group("social", 60,
                       {leaf("insertion", 2, "ins", linear(0, 10)),
                        leaf("disability", 1, "dis", linear(0, 6))})});
  std::vector<Bid> bids = {bid("a", {{"price", num(100)}, {"ins", num(5)}, {"dis", num(6)}}),
                           bid("b", {{"price", num(125)}, {"ins", num(10)}, {"dis", num(0)}})};
  Evaluation e = evaluate(g, bids);
  DecisionMatrix m(g, e.lots.at(0));
  // Nodes price {0} and social {1, 2}: social's leaves 2/3 and 1/3 of it.
  SmaaModel model(m, {{0}, {1, 2}});
  CHECK(model.grid_weights == std::vector<double>{m.shares[0], m.shares[1] + m.shares[2]});
  CHECK(model.proportion[1] == Approx(2.0 / 3));
  // a's social score: 2/3 × 0.5 + 1/3 × 1 = 2/3; b's: 2/3.
  CHECK(model.y[1 * 2 + 0] == Approx(2.0 / 3));
  const double u[] = {0.4, 0.6};
  double totals[2];
  model.totals(u, totals);
  CHECK(totals[0] == Approx(80));  // as in test_decision_matrix.cpp
  CHECK(totals[1] == Approx(72));
}
