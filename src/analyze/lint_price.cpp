// The price checks: relative rules (rank reversal; the DAJ's advice; min-max
// grading struck down) and Prozorro's cap on the non-price coefficients.
#include <cstdio>

#include "analyze/lint.hpp"
#include "model/catalogue.hpp"

namespace aser {

namespace {

// A short number, with a decimal comma in French.
std::string fmt_number(double x, Language language) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  std::string out = buffer;
  if (language == Language::fr)
    for (char& c : out)
      if (c == '.') c = ',';
  return out;
}

// What each relative rule does to close or dispersed bids.
const char* rule_reason(RuleKind kind) {
  switch (kind) {
    case RuleKind::lowest_ratio:
      return "lint.relative_rule.lowest_ratio";
    case RuleKind::highest_ratio:
      return "lint.relative_rule.highest_ratio";
    case RuleKind::linear_range:
      return "lint.relative_rule.linear_range";
    case RuleKind::deviation:
      return "lint.relative_rule.deviation";
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
  const Language language = language_of(grid.language);
  LintWarnings out;
  for (const Criterion* leaf : leaves(grid)) {
    if (!is_relative(leaf->rule.kind)) continue;
    LintWarning w;
    w.node = leaf->id;
    w.pos = leaf->pos;
    w.message = message("lint.relative_rule", language,
                        {{"id", leaf->id}, {"rule", rule_name(leaf->rule.kind)}});
    w.reason = message("lint.relative_rule.reason", language,
                       {{"detail", message(rule_reason(leaf->rule.kind), language)}});
    w.source = message("lint.relative_rule.source", language);
    if (leaf->rule.kind == RuleKind::linear_range)
      w.source += message("lint.relative_rule.source_min_max", language);
    w.hint = message("lint.relative_rule.hint", language);
    out.push_back(std::move(w));
  }
  return out;
}

LintWarnings check_prozorro_cap(const Grid& grid) {
  LintWarnings out;
  if (grid.method.kind != Method::adjusted_price) return out;
  const double total = vmax(grid.criteria, 1, true);
  if (total <= kProzorroCap + 1e-12) return out;
  const Language language = language_of(grid.language);
  LintWarning w;
  const MessageArgs args = {{"total", fmt_number(total, language)},
                            {"cap", fmt_number(kProzorroCap, language)},
                            {"max_total", fmt_number(grid.method.max_total, language)}};
  w.message = message(
      grid.method.max_total > kProzorroCap ? "lint.prozorro_cap_allowed" : "lint.prozorro_cap",
      language, args);
  w.reason = message("lint.prozorro_cap.reason", language);
  w.source = message("lint.prozorro_cap.source", language);
  w.hint = message("lint.prozorro_cap.hint", language);
  out.push_back(std::move(w));
  return out;
}

}  // namespace aser
