// Sanity checks on weights and scales: a node too light to change any ranking
// a report shows apart, and a scale that scores two labels the same.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "analyze/lint.hpp"
#include "model/catalogue.hpp"
#include "score/evaluate.hpp"
#include "score/weights.hpp"

namespace aser {

namespace {

// A short number, with a decimal comma in French.
std::string fmt_number(double x, Language language) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", x);
  std::string out = buffer;
  if (language == Language::fr)
    for (char& c : out)
      if (c == '.') c = ',';
  return out;
}

LintWarning light(const Criterion& node, std::string text, std::string reason, Language language) {
  LintWarning w;
  w.node = node.id;
  w.pos = node.pos;
  w.message = std::move(text);
  w.reason = std::move(reason);
  w.hint = message("lint.negligible.hint", language);
  return w;
}

// "group 'x'" / "le groupe 'x'", "criterion 'x'" / "le critère 'x'".
std::string node_name(const Criterion& node, Language language) {
  return message(node.group ? "word.group" : "word.criterion", language, {{"id", node.id}});
}

// Depth first; below a warned node, its children are lighter still: one warning.
void walk_points(const std::vector<Criterion>& nodes, const Grid& grid,
                 const std::map<std::string, double>& effective, double share_of, bool top,
                 LintWarnings& out) {
  for (const Criterion& node : nodes) {
    if (top && !node.group && node.id == "price" && grid.method.kind == Method::price_per_point)
      continue;  // price divides the quality points: it has no points of its own
    auto it = effective.find(node.id);
    if (it == effective.end()) continue;
    const double points = it->second / share_of * grid.scale;
    if (points < kSmallestPoints) {
      const Language language = language_of(grid.language);
      out.push_back(light(node,
                          message("lint.negligible_points", language,
                                  {{"node", node_name(node, language)},
                                   {"points", fmt_number(points, language)},
                                   {"scale", fmt_number(grid.scale, language)}}),
                          message("lint.negligible_points.reason", language), language));
      continue;
    }
    walk_points(node.children, grid, effective, share_of, false, out);
  }
}

}  // namespace

LintWarnings check_negligible_weights(const Grid& grid) {
  const Language language = language_of(grid.language);
  LintWarnings out;
  switch (grid.method.kind) {
    case Method::weighted_sum:
      walk_points(grid.criteria, grid, effective_weights(grid), 1.0, true, out);
      break;
    case Method::price_per_point: {
      // Quality points: the weights but price's, normalised among themselves.
      const std::map<std::string, double> effective = effective_weights(grid);
      const Criterion* price = price_criterion(grid);
      const auto found = price ? effective.find(price->id) : effective.end();
      const double price_share = found != effective.end() ? found->second : 0.0;
      if (price_share < 1) walk_points(grid.criteria, grid, effective, 1 - price_share, true, out);
      break;
    }
    case Method::adjusted_price:
      // A zero coefficient (allowed here) multiplies the score by nothing.
      for (const auto& [id, coefficient] : path_products(grid)) {
        const Criterion* leaf = find_node(grid, id);
        if (!leaf || leaf == price_criterion(grid) || coefficient != 0) continue;
        out.push_back(light(*leaf, message("lint.zero_coefficient", language, {{"id", id}}),
                            message("lint.zero_coefficient.reason", language), language));
      }
      break;
    case Method::fictitious_price:
      // A weight is money: below a cent, it moves a fictitious price by less than a report shows.
      for (const auto& [id, value] : path_products(grid)) {
        const Criterion* leaf = find_node(grid, id);
        if (!leaf || leaf == price_criterion(grid) || std::fabs(value) >= kSmallestPoints) continue;
        out.push_back(light(
            *leaf,
            message(
                "lint.negligible_value", language,
                {{"id", id}, {"value", fmt_number(value, language)}, {"currency", grid.currency}}),
            message("lint.negligible_value.reason", language), language));
      }
      break;
  }
  // path_products is keyed by id: back to the grid's order.
  std::map<std::string, std::size_t> order;
  for (const Criterion* node : all_nodes(grid)) order.emplace(node->id, order.size());
  std::stable_sort(out.begin(), out.end(), [&](const LintWarning& a, const LintWarning& b) {
    return order[a.node] < order[b.node];
  });
  return out;
}

LintWarnings check_equal_scale_scores(const Grid& grid) {
  const Language language = language_of(grid.language);
  LintWarnings out;
  for (const Criterion* leaf : leaves(grid)) {
    if (leaf->rule.kind != RuleKind::scale) continue;
    const auto& labels = leaf->rule.labels;
    std::vector<bool> reported(labels.size(), false);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (reported[i]) continue;
      std::vector<std::string> same = {labels[i].first};
      for (std::size_t j = i + 1; j < labels.size(); ++j)
        if (std::fabs(labels[i].second - labels[j].second) <= 1e-12) {
          same.push_back(labels[j].first);
          reported[j] = true;
        }
      if (same.size() < 2) continue;
      std::string names;
      for (std::size_t k = 0; k < same.size(); ++k)
        names += (k == 0                 ? "'"
                  : k + 1 == same.size() ? message("word.and", language) + "'"
                                         : ", '") +
                 same[k] + "'";
      LintWarning w;
      w.node = leaf->id;
      w.pos = leaf->pos;
      w.message = message(
          "lint.equal_scale_scores", language,
          {{"id", leaf->id}, {"score", fmt_number(labels[i].second, language)}, {"labels", names}});
      w.reason = message("lint.equal_scale_scores.reason", language);
      w.hint = message("lint.equal_scale_scores.hint", language);
      out.push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace aser
