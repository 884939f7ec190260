// The price checks: relative rules (rank reversal; the DAJ's advice; min-max
// grading struck down) and Prozorro's cap on the non-price coefficients.
#include <cstdio>

#include "analyze/lint.hpp"

namespace aser {

namespace {

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

const char* const kDaj =
    "DAJ (French Ministry of the Economy, legal department), fiche « Les méthodes de notation "
    "du critère prix dans les marchés publics » (2024)";

// What each relative rule does to close or dispersed bids.
std::string rule_reason(RuleKind kind) {
  switch (kind) {
    case RuleKind::lowest_ratio:
      return "the proportional rule (lowest / value) scores a bid against the lowest one; the "
             "DAJ advises it only when prices are homogeneous: with dispersed prices the gaps "
             "between the dearer bids are flattened";
    case RuleKind::highest_ratio:
      return "value / highest scores a bid against the highest one, which any new bid can move";
    case RuleKind::linear_range:
      return "min-max grading gives 1 to the lowest and 0 to the highest, however close they "
             "are: a bid 1 cent dearer than the only other bid gets 0 points; courts have "
             "struck such grading down, and the DAJ advises against the linear method when few "
             "bids are expected";
    case RuleKind::deviation:
      return "the score falls to 0 at a multiple of the lowest value, so it depends on which "
             "bid is the lowest";
    default:
      return "";
  }
}

double vmax(const std::vector<Criterion>& nodes, double product, bool top) {
  double total = 0;
  for (const Criterion& node : nodes) {
    if (top && node.id == "price" && !node.group) continue;
    const double coefficient = product * node.weight;
    total += node.group ? vmax(node.children, coefficient, false) : coefficient;
  }
  return total;
}

}  // namespace

LintWarnings check_relative_rules(const Grid& grid) {
  LintWarnings out;
  for (const Criterion* leaf : leaves(grid)) {
    if (!is_relative(leaf->rule.kind)) continue;
    LintWarning w;
    w.node = leaf->id;
    w.pos = leaf->pos;
    w.message = "criterion '" + leaf->id + "' uses the relative rule '" +
                rule_name(leaf->rule.kind) +
                "': adding or removing a bid can reorder two others (rank reversal)";
    w.reason = "a bid's score depends on the other bids, not on its own value alone; " +
               rule_reason(leaf->rule.kind);
    w.source = std::string(kDaj) +
               "; a grading method must not neutralise the weighting (CE, 3 November 2014, "
               "n° 373362, Commune de Belleville-sur-Loire, reported)";
    if (leaf->rule.kind == RuleKind::linear_range)
      w.source +=
          "; min-max grading giving 0 to a bid 1 cent dearer struck down (CAA Paris, "
          "8 February 2016, n° 15PA02953, as reported; not checked against the decision)";
    w.hint =
        "keep it if prices will be close and explain the choice in a comment; otherwise "
        "score against fixed bounds, e.g. { linear: { worst: <dear>, best: <cheap> } }";
    out.push_back(std::move(w));
  }
  return out;
}

LintWarnings check_prozorro_cap(const Grid& grid) {
  LintWarnings out;
  if (grid.method.kind != Method::adjusted_price) return out;
  const double total = vmax(grid.criteria, 1, true);
  if (total <= kProzorroCap + 1e-12) return out;
  LintWarning w;
  w.message = "under adjusted_price the coefficients add up to " + fmt_number(total) +
              ", above Prozorro's cap of " + fmt_number(kProzorroCap) +
              (grid.method.max_total > kProzorroCap
                   ? " (max_total: " + fmt_number(grid.method.max_total) + " allows it)"
                   : std::string());
  w.reason =
      "the Prozorro formula price / (1 + V / (1 - Vmax)) was designed with the non-price "
      "features capped at 30 %, so that price keeps most of the weight; above it a "
      "dear bid can win on features alone";
  w.source =
      "Prozorro's rules for non-price criteria (\"features\"): at most 30 % in total "
      "(Ukraine's public procurement system; reported, the article was not checked here)";
  w.hint = "lower the coefficients so that they add up to 0.3 or less";
  out.push_back(std::move(w));
  return out;
}

}  // namespace aser
