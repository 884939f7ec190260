#include "score/methods.hpp"

#include <algorithm>

#include "score/numbers.hpp"
#include "score/scoring.hpp"

namespace aser {

Better better_of(Method method) {
  return method == Method::weighted_sum ? Better::higher : Better::lower;
}

double weighted_sum(const std::vector<double>& weights, const std::vector<double>& scores,
                    double scale) {
  std::vector<double> terms;
  for (std::size_t i = 0; i < weights.size() && i < scores.size(); ++i)
    terms.push_back(weights[i] * scores[i] * scale);
  return exact_sum(terms);
}

double quality_points(const std::vector<double>& weights, const std::vector<double>& scores,
                      double scale) {
  double sum = exact_sum(weights);
  if (!(sum > 0)) return 0;
  std::vector<double> normalised;
  for (double w : weights) normalised.push_back(w / sum);
  return weighted_sum(normalised, scores, scale);
}

double adjusted_price(double price, const std::vector<double>& coefficients,
                      const std::vector<double>& scores) {
  std::vector<double> terms;
  for (std::size_t i = 0; i < coefficients.size() && i < scores.size(); ++i)
    terms.push_back(coefficients[i] * scores[i]);
  double v = exact_sum(terms);
  double vmax = exact_sum(coefficients);
  if (!(vmax < 1)) return round_cents(price);
  return round_cents(price / (1 + v / (1 - vmax)));
}

double fictitious_price(double price, const std::vector<double>& values,
                        const std::vector<double>& scores) {
  std::vector<double> terms{price};
  for (std::size_t i = 0; i < values.size() && i < scores.size(); ++i)
    terms.push_back(-values[i] * scores[i]);
  return exact_sum(terms);
}

MethodResult method_total(const Plan& plan, const NodeFigures& scores, std::optional<double> price,
                          std::vector<std::string>& run_warnings) {
  const Method method = plan.grid.method.kind;
  std::vector<double> weights, products, leaf_scores;
  weights.reserve(plan.leaves.size());
  products.reserve(plan.leaves.size());
  leaf_scores.reserve(plan.leaves.size());
  const bool by_slot = plan.has_all_nodes(scores);  // a bid's scores (see Plan)
  for (std::size_t k = 0; k < plan.leaves.size(); ++k) {
    const Criterion* leaf = plan.leaves[k];
    if (method != Method::weighted_sum && leaf == plan.price) continue;
    const std::size_t slot = plan.leaf_slot[k];
    weights.push_back(plan.effective_at[slot]);
    products.push_back(plan.path_product_at[slot]);
    if (by_slot) {
      leaf_scores.push_back(scores.nth(slot).second);
    } else {
      auto found = scores.find(leaf->id);
      leaf_scores.push_back(found == scores.end() ? 0 : found->second);
    }
  }
  const double p = price.value_or(0);

  MethodResult out;
  switch (method) {
    case Method::weighted_sum:
      out.total = weighted_sum(weights, leaf_scores, plan.grid.scale);
      break;
    case Method::price_per_point: {
      double qp = quality_points(weights, leaf_scores, plan.grid.scale);
      out.quality_points = qp;
      out.total = qp > 0 ? p / qp : 0;
      break;
    }
    case Method::adjusted_price: {
      double vmax = exact_sum(products);
      if (!(vmax < 1)) {
        std::string warning = plan.messages.adjusted_price_cap(format_number(vmax));
        if (std::find(run_warnings.begin(), run_warnings.end(), warning) == run_warnings.end())
          run_warnings.push_back(warning);
      }
      out.total = adjusted_price(p, products, leaf_scores);
      break;
    }
    case Method::fictitious_price:
      out.total = fictitious_price(p, products, leaf_scores);
      break;
  }
  return out;
}

}  // namespace aser
