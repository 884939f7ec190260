// Each comparison of two bids a and b at share t is a line adv(t) = c0 + c1 t,
// positive when a is ahead:
//   weighted_sum     scale × (S_a(t) − S_b(t))
//   price_per_point  price_b × Q_a(t) − price_a × Q_b(t)    (Q = scale × S)
//   adjusted_price   price_b × D_a(t) − price_a × D_b(t)    (D = 1 + Vmax S / (1 − Vmax))
//   fictitious_price F_b(m) − F_a(m)                          (F = price − Σ value × score)
// where S(t) = t × (mean score inside the node) + (1 − t) × (mean score outside).
#include "analyze/stability.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "score/numbers.hpp"

namespace aser {
namespace {

struct Line {
  double c0 = 0;
  double c1 = 0;
  double at(double t) const { return c0 + c1 * t; }
};

/// The lines of one node: per bid, its figure's line (what the methods compare).
struct NodeLines {
  double w = 0;                 ///< the node's share (money under fictitious_price)
  std::vector<Line> figure;     ///< per bid: S(t) × scale, Q(t), D(t) or F(m)
  std::vector<double> current;  ///< per bid: the method's figure at w
};

bool is_money(Method method) {
  return method == Method::fictitious_price;
}

NodeLines lines_of(const StabilityInput& in, const std::vector<std::size_t>& node_leaves) {
  const std::size_t leaf_count = in.leaves.size();
  std::vector<char> inside(leaf_count, 0);
  for (std::size_t l : node_leaves) inside[l] = 1;
  NodeLines out;
  std::vector<double> in_terms;
  for (std::size_t l : node_leaves) in_terms.push_back(in.shares[l]);
  out.w = exact_sum(in_terms);
  const double w = out.w;
  const double k = in.vmax < 1 ? in.vmax / (1 - in.vmax) : 0;
  for (std::size_t b = 0; b < in.bids.size(); ++b) {
    std::vector<double> ins, outs;
    for (std::size_t l = 0; l < leaf_count; ++l)
      (inside[l] ? ins : outs).push_back(in.shares[l] * in.scores[b * leaf_count + l]);
    const double in_sum = exact_sum(ins), out_sum = exact_sum(outs);
    const double p = in.price[b];
    Line line;
    double current = 0;
    if (is_money(in.method)) {
      // F(m) = price − outside − m × (inside / w): the node's values scaled by m / w.
      line = {p - out_sum, -in_sum / w};
      current = p - out_sum - in_sum;
    } else {
      const Line s{out_sum / (1 - w), in_sum / w - out_sum / (1 - w)};
      const double s_now = in_sum + out_sum;
      switch (in.method) {
        case Method::weighted_sum:
          line = {in.scale * s.c0, in.scale * s.c1};
          current = in.scale * s_now;
          break;
        case Method::price_per_point:
          line = {in.scale * s.c0, in.scale * s.c1};
          current = s_now > 0 ? p / (in.scale * s_now) : HUGE_VAL;
          break;
        case Method::adjusted_price:
          line = {1 + k * s.c0, k * s.c1};
          current = p / (1 + k * s_now);
          break;
        case Method::fictitious_price:
          break;
      }
    }
    out.figure.push_back(line);
    out.current.push_back(current);
  }
  return out;
}

/// adv(t) of bid a over bid b: positive when a is ahead.
Line advantage(const StabilityInput& in, const NodeLines& lines, std::size_t a, std::size_t b) {
  const Line& fa = lines.figure[a];
  const Line& fb = lines.figure[b];
  switch (in.method) {
    case Method::weighted_sum:
      return {fa.c0 - fb.c0, fa.c1 - fb.c1};
    case Method::price_per_point:
    case Method::adjusted_price: {
      const double pa = in.price[a], pb = in.price[b];
      return {pb * fa.c0 - pa * fb.c0, pb * fa.c1 - pa * fb.c1};
    }
    case Method::fictitious_price:
      return {fb.c0 - fa.c0, fb.c1 - fa.c1};
  }
  return {};
}

/// The sign of a line's slope, 0 when it is flat within rounding.
int slope_sign(const Line& line) {
  const double noise = 1e-12 * std::max({1.0, std::fabs(line.c0), std::fabs(line.c1)});
  if (std::fabs(line.c1) <= noise) return 0;
  return line.c1 > 0 ? 1 : -1;
}

/// Where a stops being (weakly) ahead of b, a being ahead at w: a lower bound
/// (adv rises through 0) or an upper bound (adv falls through 0), or none.
struct Crossing {
  enum class Side { none, lower, upper } side = Side::none;
  double t = 0;
};

Crossing crossing(const StabilityInput& in, const NodeLines& lines, std::size_t a, std::size_t b) {
  const Line adv = advantage(in, lines, a, b);
  const int sign = slope_sign(adv);
  if (sign == 0) return {};
  Crossing out;
  out.side = sign > 0 ? Crossing::Side::lower : Crossing::Side::upper;
  if (nearly_equal(lines.current[a], lines.current[b])) {
    out.t = lines.w;  // a tie at w that tie_break settled
  } else {
    out.t = -adv.c0 / adv.c1;
    // a is ahead at w: the root lies on the far side of w (rounding aside).
    out.t = sign > 0 ? std::min(out.t, lines.w) : std::max(out.t, lines.w);
  }
  return out;
}

bool same_t(double a, double b) {
  return nearly_equal(a, b);
}

/// Of the bids crossing at one bound, the one ahead just past it: left of the
/// bound when `left`, else right; ties go to the first in the report's order.
std::size_t first_past(const StabilityInput& in, const NodeLines& lines,
                       const std::vector<std::size_t>& candidates, bool left) {
  std::size_t best = candidates.front();
  for (std::size_t c : candidates) {
    const int sign = slope_sign(advantage(in, lines, c, best));
    if (left ? sign < 0 : sign > 0) best = c;
  }
  return best;
}

struct Bounds {
  std::optional<double> from, to;
  bool from_named = false, to_named = false;
};

/// Clamps share bounds to [0, 1]: a bound within the tolerance of 0 or 1 is at it.
Bounds clamp_bounds(Method method, std::optional<double> lower, std::optional<double> upper) {
  Bounds out;
  out.from = lower;
  out.to = upper;
  out.from_named = lower.has_value();
  out.to_named = upper.has_value();
  if (is_money(method)) return out;
  if (!out.from || *out.from <= 1e-9) out.from = 0, out.from_named = false;
  if (!out.to || *out.to >= 1 - 1e-9) out.to = 1, out.to_named = false;
  return out;
}

std::optional<WinnerInterval> winner_interval(const StabilityInput& in, const NodeLines& lines) {
  const std::size_t n = in.bids.size();
  if (n == 0 || in.ranks[0] != 1 || (n > 1 && in.ranks[1] == 1) || in.winner_behind)
    return std::nullopt;
  std::optional<double> lower, upper;
  std::vector<Crossing> cross(n);
  for (std::size_t b = 1; b < n; ++b) {
    cross[b] = crossing(in, lines, 0, b);
    if (cross[b].side == Crossing::Side::lower && (!lower || cross[b].t > *lower))
      lower = cross[b].t;
    if (cross[b].side == Crossing::Side::upper && (!upper || cross[b].t < *upper))
      upper = cross[b].t;
  }
  const Bounds bounds = clamp_bounds(in.method, lower, upper);
  WinnerInterval out;
  out.from = bounds.from;
  out.to = bounds.to;
  std::vector<std::size_t> at_from, at_to;
  for (std::size_t b = 1; b < n; ++b) {
    if (bounds.from_named && cross[b].side == Crossing::Side::lower && same_t(cross[b].t, *lower))
      at_from.push_back(b);
    if (bounds.to_named && cross[b].side == Crossing::Side::upper && same_t(cross[b].t, *upper))
      at_to.push_back(b);
  }
  if (!at_from.empty()) out.below = in.bids[first_past(in, lines, at_from, true)];
  if (!at_to.empty()) out.above = in.bids[first_past(in, lines, at_to, false)];
  return out;
}

OrderInterval order_interval(const StabilityInput& in, const NodeLines& lines) {
  const std::size_t n = in.bids.size();
  std::optional<double> lower, upper;
  std::optional<BidPair> lower_pair, upper_pair;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b) {
      if (!(in.ranks[a] < in.ranks[b])) continue;
      const Crossing c = crossing(in, lines, a, b);
      // The first pair in the report's order wins a tie within the tolerance.
      if (c.side == Crossing::Side::lower && (!lower || (c.t > *lower && !same_t(c.t, *lower)))) {
        lower = c.t;
        lower_pair = BidPair{in.bids[a], in.bids[b]};
      }
      if (c.side == Crossing::Side::upper && (!upper || (c.t < *upper && !same_t(c.t, *upper)))) {
        upper = c.t;
        upper_pair = BidPair{in.bids[a], in.bids[b]};
      }
    }
  const Bounds bounds = clamp_bounds(in.method, lower, upper);
  OrderInterval out;
  out.from = bounds.from;
  out.to = bounds.to;
  if (bounds.from_named) out.below = lower_pair;
  if (bounds.to_named) out.above = upper_pair;
  return out;
}

void collect_leaves(const Criterion& node, std::vector<const Criterion*>& out) {
  if (!node.group) out.push_back(&node);
  for (const Criterion& child : node.children) collect_leaves(child, out);
}

}  // namespace

std::vector<VariedNode> varied_nodes(const Grid& grid, const StabilityInput& input) {
  std::vector<VariedNode> out;
  for (const Criterion* node : all_nodes(grid)) {
    std::vector<const Criterion*> under;
    collect_leaves(*node, under);
    VariedNode varied{node->id, {}};
    for (const Criterion* leaf : under)
      for (std::size_t l = 0; l < input.leaves.size(); ++l)
        if (input.leaves[l] == leaf->id) varied.leaves.push_back(l);
    if (varied.leaves.empty() || varied.leaves.size() == input.leaves.size()) continue;
    if (is_money(input.method)) {
      std::vector<double> values;
      for (std::size_t l : varied.leaves) values.push_back(input.shares[l]);
      if (nearly_equal(exact_sum(values), 0)) continue;  // no proportions to keep
    }
    out.push_back(std::move(varied));
  }
  return out;
}

Stability weight_stability(const Grid& grid, const StabilityInput& input) {
  Stability out;
  out.money = is_money(input.method);
  std::optional<double> nearest;
  for (const VariedNode& node : varied_nodes(grid, input)) {
    const NodeLines lines = lines_of(input, node.leaves);
    NodeStability result;
    result.node = node.id;
    result.weight = lines.w;
    result.winner = winner_interval(input, lines);
    result.order = order_interval(input, lines);
    if (result.winner) {
      // The smallest change: nearest bound naming a bid; ties to the first node, `from` first.
      const WinnerInterval& win = *result.winner;
      const std::pair<std::optional<double>, std::optional<std::string>> bounds[] = {
          {win.from, win.below}, {win.to, win.above}};
      for (const auto& [bound, bid] : bounds) {
        if (!bound || !bid) continue;
        const double distance = std::fabs(*bound - lines.w);
        if (nearest && (distance >= *nearest || same_t(distance, *nearest))) continue;
        nearest = distance;
        out.smallest_change = SmallestChange{node.id, *bound, *bound - lines.w, *bid};
      }
    }
    out.nodes.push_back(std::move(result));
  }
  return out;
}

}  // namespace aser
