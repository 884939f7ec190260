// Small numeric helpers shared by the scorer: the equality of DESIGN section
// 10, clamping, an order-independent sum, rounding to cents, and the shortest
// text of a number for generated reasons and warnings.
#pragma once

#include <string>
#include <vector>

namespace aser {

/// |a - b| <= 1e-9 * max(1, |a|, |b|) (DESIGN section 10).
bool nearly_equal(double a, double b);

/// x clamped into [0, 1]; NaN gives 0.
double clamp01(double x);

/// An exact running sum (Shewchuk's non-overlapping partials, as Python's
/// math.fsum): value() is the exact sum of every term added, rounded once to
/// the nearest double. So the result never depends on the order of the terms:
/// any permutation of the bids or criteria gives the same bits.
class ExactSum {
 public:
  void add(double x);
  double value() const;

 private:
  std::vector<double> partials_;  ///< non-overlapping, increasing magnitude
  double overflow_ = 0;           ///< the plain sum, used once a partial is not finite
  bool finite_ = true;
};

/// The exact sum of the values, rounded once (ExactSum): independent of their order.
double exact_sum(const std::vector<double>& values);

/// Rounded to cents, half away from zero (Prozorro). Values within 1e-9
/// (relative) of a half cent count as the half.
double round_cents(double x);

/// The shortest text that reads back as the same double, never in exponent
/// form: 3, 0.1, 118500, -2.5.
std::string format_number(double x);

/// A score for messages: at most 4 decimals ("0.2833"), more when 4 decimals
/// would hide the difference from `bound` (so "0.3 is below 0.3" never shows).
std::string format_score(double score, double bound);

}  // namespace aser
