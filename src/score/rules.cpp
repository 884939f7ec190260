#include "score/rules.hpp"

#include <cmath>

#include "score/numbers.hpp"
#include "support/normalize.hpp"

namespace aser {
namespace {

double linear(const Rule& rule, double x) {
  if (rule.best == rule.worst) return x == rule.best ? 1 : 0;  // refused by the loader
  return clamp01((x - rule.worst) / (rule.best - rule.worst));
}

double curve(const Rule& rule, double x) {
  const auto& p = rule.points;
  if (p.empty()) return 0;
  if (x <= p.front().first) return clamp01(p.front().second);
  if (x >= p.back().first) return clamp01(p.back().second);
  for (std::size_t i = 1; i < p.size(); ++i) {
    if (x > p[i].first) continue;
    double x0 = p[i - 1].first, s0 = p[i - 1].second;
    double x1 = p[i].first, s1 = p[i].second;
    if (x1 <= x0) return clamp01(s1);  // x not increasing: refused by the loader
    return clamp01(s0 + (s1 - s0) * (x - x0) / (x1 - x0));
  }
  return clamp01(p.back().second);
}

double steps(const Rule& rule, double x) {
  for (const Step& step : rule.steps) {
    bool holds = step.at_least ? x >= step.bound : x <= step.bound;
    if (holds) return clamp01(step.score);
  }
  return 0;
}

}  // namespace

// min / x. A price of 0 (or below) is the lowest there can be: it scores 1
// when it is the lot's minimum; any positive x against a minimum <= 0 scores 0
// (the limit of min / x as min falls to 0).
double lowest_ratio(double x, double min) {
  if (x <= 0) return x <= min ? 1 : 0;
  return clamp01(min / x);
}

// x / max. When the maximum is 0 or below, the bids at the maximum score 1
// (nobody did better) and the others 0.
double highest_ratio(double x, double max) {
  if (max <= 0) return x >= max ? 1 : 0;
  return clamp01(x / max);
}

// (max - x) / (max - min), lower is better; all equal -> 1.
double linear_range(double x, double min, double max) {
  if (max == min) return 1;
  return clamp01((max - x) / (max - min));
}

// max(0, 1 - (x - min) / (min (k - 1))). With a minimum of 0 or below the
// zero point k x min is the minimum itself: the lowest bids score 1, the rest 0.
double deviation(double x, double min, double zero_at) {
  if (min <= 0 || zero_at <= 1) return x <= min ? 1 : 0;
  return clamp01(1 - (x - min) / (min * (zero_at - 1)));
}

double score_number(const Rule& rule, double x, const std::optional<Bounds>& bounds) {
  if (!std::isfinite(x)) return 0;
  Bounds b = bounds ? *bounds : Bounds{x, x};
  switch (rule.kind) {
    case RuleKind::linear:
      return linear(rule, x);
    case RuleKind::curve:
      return curve(rule, x);
    case RuleKind::steps:
      return steps(rule, x);
    case RuleKind::lowest_ratio:
      return lowest_ratio(x, b.min);
    case RuleKind::highest_ratio:
      return highest_ratio(x, b.max);
    case RuleKind::linear_range:
      return linear_range(x, b.min, b.max);
    case RuleKind::deviation:
      return deviation(x, b.min, rule.zero_at);
    case RuleKind::scale:
    case RuleKind::boolean:
      return 0;  // these read no number
  }
  return 0;
}

std::optional<double> score_label(const Rule& rule, const std::string& label) {
  for (const auto& [name, score] : rule.labels)
    if (name == label) return clamp01(score);  // an exact match wins
  const std::string wanted = normalize_label(label);
  for (const auto& [name, score] : rule.labels)
    if (normalize_label(name) == wanted) return clamp01(score);
  return std::nullopt;
}

double score_boolean(const Rule& rule, bool answer) {
  return clamp01(answer ? rule.yes : rule.no);
}

}  // namespace aser
