// Weight stability against a brute-force sweep (issue 12, item 1): for random
// grids and bid sets under each of the four methods, each varied node's share
// (its money under fictitious_price) is swept in 100,000 steps and the lot
// re-ranked at each step with the decision matrix's figures. The closed-form
// winner and order intervals must match the sweep within a step, and name the
// bids (and pairs) that the sweep finds first just past each end.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>

#include "analyze/decision_matrix.hpp"
#include "analyze/stability.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"
#include "score/numbers.hpp"

using namespace fx;

namespace {

constexpr int kSteps = 100000;

struct Random {
  std::mt19937_64 engine;
  explicit Random(std::uint64_t seed) : engine(seed) {}
  double uniform(double lo, double hi) {  // no std::uniform_real_distribution: same bits anywhere
    return lo + (hi - lo) * static_cast<double>(engine() >> 11) * 0x1.0p-53;
  }
  int below(int n) { return static_cast<int>(engine() % static_cast<std::uint64_t>(n)); }
};

/// A random grid: price, then 1 to 3 top-level nodes, each a leaf or a group of 1 to 3 leaves.
Grid random_grid(Random& rng, Method method) {
  auto weight = [&]() {
    switch (method) {
      case Method::adjusted_price:
        return rng.uniform(0.005, 0.03);  // coefficients: at most 9 × 0.03 = 0.27 < 0.3
      case Method::fictitious_price:
        return rng.uniform(-1500, 4000);  // money; negative is a malus
      default:
        return rng.uniform(1, 10);
    }
  };
  std::vector<Criterion> top;
  Rule price_rule = method == Method::weighted_sum ? lowest_ratio() : linear(30000, 0);
  top.push_back(
      leaf("price", method == Method::weighted_sum ? rng.uniform(1, 10) : 1, "price", price_rule));
  const int count = 1 + rng.below(3);
  int leaf_number = 0;
  for (int i = 0; i < count; ++i) {
    const int children = rng.below(4);  // 0: a leaf at the top
    auto new_leaf = [&](double w) {
      ++leaf_number;
      return fx::leaf("q" + std::to_string(leaf_number), w, "a" + std::to_string(leaf_number),
                      linear(0, 10));
    };
    if (children == 0) {
      top.push_back(new_leaf(weight()));
      continue;
    }
    std::vector<Criterion> kids;
    for (int c = 0; c < children; ++c) kids.push_back(new_leaf(weight()));
    const bool plain = method == Method::adjusted_price || method == Method::fictitious_price;
    top.push_back(group("g" + std::to_string(i), plain ? 1 : rng.uniform(1, 10), std::move(kids)));
  }
  Grid g = grid(std::move(top), method);
  g.tie_break = {"id"};
  return g;
}

std::vector<Bid> random_bids(Random& rng, const Grid& g) {
  std::vector<Bid> bids;
  const int count = 2 + rng.below(4);
  for (int b = 0; b < count; ++b) {
    std::map<std::string, Answer> answers{{"price", num(rng.uniform(8000, 20000))}};
    for (const Criterion* l : leaves(g))
      if (l->id != "price") answers[l->answer] = num(rng.uniform(0, 10));
    bids.push_back(bid("b" + std::to_string(b), answers));
  }
  return bids;
}

/// The lot re-ranked at one value of the varied parameter, from the matrix.
struct Sweep {
  const DecisionMatrix& m;
  std::vector<std::size_t> inside;
  double w = 0;      // the node's share, or its money (fictitious_price)
  double money = 0;  // fictitious_price: the money of W's leaves (Σ |value|)
  std::vector<double> in_dot, out_dot;

  Sweep(const DecisionMatrix& matrix, std::vector<std::size_t> leaves)
      : m(matrix), inside(std::move(leaves)) {
    const bool fict = m.method == Method::fictitious_price;
    std::vector<char> is_in(m.leaf_count(), 0);
    for (std::size_t l : inside) is_in[l] = 1;
    for (std::size_t l : inside) w += fict ? m.shares[l] * m.money * m.signs[l] : m.shares[l];
    for (std::size_t b = 0; b < m.bid_count(); ++b) {
      double in = 0, out = 0;
      for (std::size_t l = 0; l < m.leaf_count(); ++l)
        (is_in[l] ? in : out) += m.shares[l] * m.signs[l] * m.row(b)[l];
      in_dot.push_back(in);
      out_dot.push_back(out);
    }
  }
  /// Every bid's figure at t: inside leaves × t / w, outside × (1 − t) / (1 − w)
  /// (fictitious_price: inside values × t / w, outside held).
  mutable std::vector<double> buffer;
  const std::vector<double>& figures(double t) const {
    buffer.resize(m.bid_count());
    for (std::size_t b = 0; b < m.bid_count(); ++b) {
      const double dot = m.method == Method::fictitious_price
                             ? in_dot[b] * t / w + out_dot[b]
                             : in_dot[b] * t / w + out_dot[b] * (1 - t) / (1 - w);
      buffer[b] = m.total_from(b, dot, 1);
    }
    return buffer;
  }
  bool any_swapped(const std::vector<double>& f, const std::vector<int>& ranks) const {
    for (std::size_t a = 0; a < f.size(); ++a)
      for (std::size_t b = a + 1; b < f.size(); ++b)
        if (ranks[a] < ranks[b] && better(f[b], f[a])) return true;
    return false;
  }
  bool better(double a, double b) const {  // a strictly better than b
    if (nearly_equal(a, b)) return false;
    return m.better == Better::higher ? a > b : a < b;
  }
  bool winner_first(const std::vector<double>& f) const {
    for (std::size_t b = 1; b < f.size(); ++b)
      if (better(f[b], f[0])) return false;
    return true;
  }
  std::size_t first(const std::vector<double>& f) const {
    std::size_t best = 0;
    for (std::size_t b = 1; b < f.size(); ++b)
      if (better(f[b], f[best])) best = b;
    return best;
  }
  /// The swapped pairs (a before b in the report, different ranks), report order.
  std::vector<std::pair<std::size_t, std::size_t>> swapped(const std::vector<double>& f,
                                                           const std::vector<int>& ranks) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t a = 0; a < f.size(); ++a)
      for (std::size_t b = a + 1; b < f.size(); ++b)
        if (ranks[a] < ranks[b] && better(f[b], f[a])) out.push_back({a, b});
    return out;
  }
};

int sweeps = 0;

void check_lot(const Grid& g, const LotResult& lot) {
  const DecisionMatrix matrix(g, lot);
  if (matrix.bid_count() < 2) return;
  const StabilityInput input = stability_input(g, lot);
  const Stability stability = weight_stability(g, input);
  const bool fict = g.method.kind == Method::fictitious_price;
  for (const NodeStability& node : stability.nodes) {
    const Sweep sweep(matrix, matrix.leaves_of(node.node));
    INFO("method " << method_name(g.method.kind) << ", node " << node.node << ", w " << sweep.w);
    REQUIRE(sweep.w == Approx(node.weight));
    // The parameter's range and step: [0, 1]; money: w ± 3 × (money + 30000).
    const double span = 3 * (matrix.money + 30000);
    const double lo = fict ? sweep.w - span : 0, hi = fict ? sweep.w + span : 1;
    const double step = (hi - lo) / kSteps;
    auto t_at = [&](int i) { return lo + (hi - lo) * i / kSteps; };
    const int start = static_cast<int>(std::lround((sweep.w - lo) / step));
    ++sweeps;

    // The winner: the run of steps around w where bid 0 stays weakly first.
    if (node.winner) {
      REQUIRE(sweep.winner_first(sweep.figures(sweep.w)));
      int low = start, high = start;
      while (low > 0 && sweep.winner_first(sweep.figures(t_at(low - 1)))) --low;
      while (high < kSteps && sweep.winner_first(sweep.figures(t_at(high + 1)))) ++high;
      const WinnerInterval& win = *node.winner;
      if (low == 0) {
        CHECK((fict ? !win.from.has_value() || *win.from <= lo + step : *win.from <= step));
      } else {
        REQUIRE(win.from.has_value());
        CHECK(*win.from >= t_at(low - 1) - 1e-9);
        CHECK(*win.from <= t_at(low) + 1e-9);
        const std::size_t past = sweep.first(sweep.figures(t_at(low - 1)));
        CHECK(win.below == std::optional<std::string>(matrix.bids[past]));
      }
      if (high == kSteps) {
        CHECK((fict ? !win.to.has_value() || *win.to >= hi - step : *win.to >= 1 - step));
      } else {
        REQUIRE(win.to.has_value());
        CHECK(*win.to >= t_at(high) - 1e-9);
        CHECK(*win.to <= t_at(high + 1) + 1e-9);
        const std::size_t past = sweep.first(sweep.figures(t_at(high + 1)));
        CHECK(win.above == std::optional<std::string>(matrix.bids[past]));
      }
    }

    // The order: the run of steps where no pair of different ranks swaps.
    const OrderInterval& order = node.order;
    int low = start, high = start;
    while (low > 0 && !sweep.any_swapped(sweep.figures(t_at(low - 1)), input.ranks)) --low;
    while (high < kSteps && !sweep.any_swapped(sweep.figures(t_at(high + 1)), input.ranks)) ++high;
    if (low > 0) {
      REQUIRE(order.from.has_value());
      CHECK(*order.from >= t_at(low - 1) - 1e-9);
      CHECK(*order.from <= t_at(low) + 1e-9);
      auto pairs = sweep.swapped(sweep.figures(t_at(low - 1)), input.ranks);
      if (pairs.size() == 1)  // several within one step: the sweep cannot tell which was first
        CHECK(order.below == BidPair{matrix.bids[pairs[0].first], matrix.bids[pairs[0].second]});
    } else {
      CHECK((fict ? !order.from.has_value() || *order.from <= lo + step : *order.from <= step));
    }
    if (high < kSteps) {
      REQUIRE(order.to.has_value());
      CHECK(*order.to >= t_at(high) - 1e-9);
      CHECK(*order.to <= t_at(high + 1) + 1e-9);
      auto pairs = sweep.swapped(sweep.figures(t_at(high + 1)), input.ranks);
      if (pairs.size() == 1)
        CHECK(order.above == BidPair{matrix.bids[pairs[0].first], matrix.bids[pairs[0].second]});
    } else {
      CHECK((fict ? !order.to.has_value() || *order.to >= hi - step : *order.to >= 1 - step));
    }
  }
}

void sweep_method(Method method, std::uint64_t seed) {
  Random rng(seed);
  const int before = sweeps;
  for (int i = 0; i < 50; ++i) {
    const Grid g = random_grid(rng, method);
    const std::vector<Bid> bids = random_bids(rng, g);
    const Evaluation evaluation = evaluate(g, bids);
    check_lot(g, evaluation.lots.at(0));
  }
  CHECK(sweeps - before > 50);  // the nodes actually swept
}

}  // namespace

// One test per method (each well under 5 s in Release), 50 tenders each.
TEST_CASE("stability matches a sweep of 100001 steps: weighted_sum", "[stability]") {
  sweep_method(Method::weighted_sum, 1);
}
TEST_CASE("stability matches a sweep of 100001 steps: price_per_point", "[stability]") {
  sweep_method(Method::price_per_point, 2);
}
TEST_CASE("stability matches a sweep of 100001 steps: adjusted_price", "[stability]") {
  sweep_method(Method::adjusted_price, 3);
}
TEST_CASE("stability matches a sweep of 100001 steps: fictitious_price", "[stability]") {
  sweep_method(Method::fictitious_price, 4);
}
