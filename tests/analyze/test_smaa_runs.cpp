// SMAA runs: the same numbers for a seed whatever the threads, other numbers
// for another seed; confidence with panel answers drawn from their panels;
// the usage errors, word for word.
#include <catch2/catch.hpp>
#include <cmath>

#include "analyze/smaa.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

SmaaResult smaa(const Grid& g, const std::vector<Bid>& bids, SmaaOptions options) {
  Evaluation e = evaluate(g, bids);
  return run_smaa(g, e.lots.at(0), bids, options);
}

/// 20 bids × 6 criteria (two groups and two leaves at the top), scores spread by a formula.
Grid six_criteria() {
  return grid(
      {leaf("k1", 3, "k1", linear(0, 10)),
       group("g", 2, {leaf("k2", 1, "k2", linear(0, 10)), leaf("k3", 2, "k3", linear(0, 10))}),
       group("h", 2, {leaf("k4", 1, "k4", linear(0, 10)), leaf("k5", 1, "k5", linear(0, 10))}),
       leaf("k6", 1, "k6", linear(0, 10))});
}
std::vector<Bid> twenty_bids() {
  std::vector<Bid> out;
  for (int i = 0; i < 20; ++i) {
    std::map<std::string, Answer> answers;
    for (int j = 1; j <= 6; ++j) answers["k" + std::to_string(j)] = num((i * 7 + j * 5) % 11);
    out.push_back(bid("b" + std::to_string(100 + i), answers));
  }
  return out;
}

struct Numbers {
  std::vector<std::vector<double>> acceptability;
  std::vector<std::vector<double>> central;
  bool operator==(const Numbers&) const = default;
};

Numbers numbers(const SmaaResult& r) {
  Numbers out;
  for (const SmaaBid& bid : r.bids) {
    out.acceptability.push_back(bid.acceptability);
    std::vector<double> central;
    if (bid.central_weights)
      for (const auto& [node, w] : *bid.central_weights) central.push_back(w);
    out.central.push_back(central);
  }
  return out;
}

SmaaOptions run(std::uint64_t seed, unsigned threads, SmaaOptions::Over over) {
  SmaaOptions o;
  o.samples = 50000;  // 7 chunks of 8192: the threads share them
  o.seed = seed;
  o.threads = threads;
  o.over = over;
  return o;
}

}  // namespace

TEST_CASE("smaa runs: the same bits for one seed whatever the threads; another seed differs") {
  const Grid g = six_criteria();
  const std::vector<Bid> bids = twenty_bids();
  for (SmaaOptions::Over over : {SmaaOptions::Over::top, SmaaOptions::Over::leaves}) {
    // Exact equality is the point here: the same doubles, bit for bit.
    const Numbers one = numbers(smaa(g, bids, run(1, 1, over)));
    CHECK(one == numbers(smaa(g, bids, run(1, 2, over))));
    CHECK(one == numbers(smaa(g, bids, run(1, 4, over))));
    CHECK(one == numbers(smaa(g, bids, run(1, 1, over))));
    const Numbers other = numbers(smaa(g, bids, run(2, 2, over)));
    CHECK_FALSE(one.acceptability == other.acceptability);
    CHECK_FALSE(one.central == other.central);
  }
}

TEST_CASE(
    "smaa runs: acceptabilities of each bid add up to 1, and of each rank to 1 without ties") {
  SmaaResult r = smaa(six_criteria(), twenty_bids(), run(3, 2, SmaaOptions::Over::top));
  REQUIRE(r.bids.size() == 20);
  CHECK(r.nodes == std::vector<std::string>{"k1", "g", "h", "k6"});
  std::vector<double> by_rank(20, 0);
  for (const SmaaBid& bid : r.bids) {
    double sum = 0;
    for (std::size_t k = 0; k < bid.acceptability.size(); ++k) {
      sum += bid.acceptability[k];
      by_rank[k] += bid.acceptability[k];
    }
    CHECK(sum == Approx(1));
    // Central weights are on the simplex, or absent with the confidence.
    if (bid.central_weights) {
      double w = 0;
      for (const auto& [node, share] : *bid.central_weights) w += share;
      CHECK(w == Approx(1));
      CHECK(bid.confidence == 1.0);
    } else {
      CHECK_FALSE(bid.confidence);
      CHECK(bid.acceptability[0] == 0);
    }
  }
  // These scores give some exactly tied totals (shared ranks): rank 1 may add up
  // to more than 1, and each bid's ranks still to 1.
  CHECK(by_rank[0] >= 1 - 1e-12);
}

TEST_CASE("smaa runs: tied totals share a rank (competition ranks, no tie_break)") {
  // a and b score the same everywhere: both rank 1 in every sample, none ranks 2.
  Grid g = grid({leaf("c1", 1, "c1", linear(0, 10)), leaf("c2", 1, "c2", linear(0, 10))});
  g.tie_break = {"id"};
  std::vector<Bid> bids = {bid("a", {{"c1", num(5)}, {"c2", num(5)}}),
                           bid("b", {{"c1", num(5)}, {"c2", num(5)}}),
                           bid("c", {{"c1", num(1)}, {"c2", num(1)}})};
  SmaaOptions o;
  o.samples = 1000;
  SmaaResult r = smaa(g, bids, o);
  REQUIRE(r.bids.size() == 3);
  CHECK(r.bids[0].acceptability == std::vector<double>{1, 0, 0});
  CHECK(r.bids[1].acceptability == std::vector<double>{1, 0, 0});
  CHECK(r.bids[2].acceptability == std::vector<double>{0, 0, 1});
}

TEST_CASE("smaa runs: confidence draws one evaluator's mark per panel") {
  // a: c1 0.6, c2 a panel [0, 10] (mean 5: 0.5); b: 0.5 and 0.5.
  // a − b = 0.1 w1 > 0: a always first, central weights the simplex's centre (1/2, 1/2).
  // There, with the mark 0: a = 0.3 < b = 0.5; with 10: a = 0.8 > 0.5. Confidence 1/2.
  Grid g = grid({leaf("c1", 1, "c1", linear(0, 10)), leaf("c2", 1, "c2", linear(0, 10))});
  std::vector<Bid> bids = {bid("a", {{"c1", num(6)}, {"c2", marks({0, 10})}}),
                           bid("b", {{"c1", num(5)}, {"c2", num(5)}})};
  SmaaOptions o;
  o.samples = 100000;
  SmaaResult r = smaa(g, bids, o);
  REQUIRE(r.bids.size() == 2);
  const SmaaBid& a = r.bids[0];
  CHECK(a.id == "a");
  CHECK(a.acceptability == std::vector<double>{1, 0});
  REQUIRE(a.central_weights);
  CHECK(a.central_weights->at("c1") == Approx(0.5).margin(4 * 0.2887 / std::sqrt(1e5)));
  REQUIRE(a.confidence);
  CHECK(std::fabs(*a.confidence - 0.5) <= 4 * std::sqrt(0.25 / 1e5));
  // b never ranks first: no central weights, no confidence.
  CHECK_FALSE(r.bids[1].central_weights);
  CHECK_FALSE(r.bids[1].confidence);
}

TEST_CASE("smaa runs: a panel on a relative rule is re-scored against the lot's references") {
  // Price by lowest_ratio: a's panel of prices [80, 120] (mean 100), b 100: the lot's
  // minimum is 100, held. Quality: a 1, b 0.9. In the evaluation a scores (1, 1), b (1, 0.9):
  // a always first, central weights (1/2, 1/2). Marks re-scored against the minimum 100:
  // 80 → min(1, 100/80) = 1: a = 1 > b = 0.95, first;
  // 120 → 100/120 = 0.8333: a = 0.4167 + 0.5 = 0.9167 < 0.95, second. Confidence 1/2.
  Grid g = grid({leaf("price", 1, "price", lowest_ratio()), leaf("q", 1, "q", linear(0, 10))});
  std::vector<Bid> bids = {bid("a", {{"price", marks({80, 120})}, {"q", num(10)}}),
                           bid("b", {{"price", num(100)}, {"q", num(9)}})};
  SmaaOptions o;
  o.samples = 100000;
  SmaaResult r = smaa(g, bids, o);
  REQUIRE(r.bids.at(0).id == "a");
  REQUIRE(r.bids[0].confidence);
  CHECK(r.bids[0].acceptability[0] == 1);
  CHECK(std::fabs(*r.bids[0].confidence - 0.5) <= 4 * std::sqrt(0.25 / 1e5));
}

TEST_CASE("smaa runs: usage errors") {
  Grid g = grid({leaf("c1", 3, "c1", linear(0, 10)), leaf("c2", 2, "c2", linear(0, 10)),
                 leaf("c3", 1, "c3", linear(0, 10))});
  std::vector<Bid> bids = {bid("a", {{"c1", num(1)}, {"c2", num(2)}, {"c3", num(3)}})};
  SmaaOptions o;
  o.samples = 0;
  CHECK(smaa(g, bids, o).error == "--samples expects a whole number of at least 1, got 0");
  o.samples = 100;
  o.around_pct = -5;
  CHECK(smaa(g, bids, o).error == "--around expects a percentage above 0, got -5");
  // ±0.01 % around (1/2, 1/3, 1/6): a window of area ~1e-9 of the simplex's.
  o.around_pct = 0.01;
  CHECK(smaa(g, bids, o).error ==
        "--around 0.01 accepts fewer than 1 weight sample in 10000 (none of the first 10000 "
        "drawn); widen it");
  // ±5 %: accepted often enough (about 1 in 130).
  o.around_pct = 5;
  SmaaResult fine = smaa(g, bids, o);
  CHECK(fine.error.empty());
  CHECK(fine.sampling == "around");
  CHECK(fine.bids.size() == 1);
}
