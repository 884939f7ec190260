#include "score/numbers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <utility>

namespace aser {

bool nearly_equal(double a, double b) {
  if (a == b) return true;
  double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
  return std::fabs(a - b) <= 1e-9 * scale;
}

double clamp01(double x) {
  if (!(x > 0)) return 0;  // also NaN
  return x > 1 ? 1 : x;
}

void ExactSum::add(double x) {
  overflow_ += x;
  if (!finite_) return;
  if (!std::isfinite(x)) {
    finite_ = false;
    return;
  }
  // Two-sum of x with each partial: hi + lo == x + y exactly (|x| >= |y|).
  std::size_t kept = 0;
  for (double y : partials_) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    const double hi = x + y;
    const double lo = y - (hi - x);
    if (!std::isfinite(hi)) {
      finite_ = false;  // beyond the doubles: the plain sum says inf or nan
      return;
    }
    if (lo != 0) partials_[kept++] = lo;
    x = hi;
  }
  partials_.resize(kept);
  partials_.push_back(x);
}

double ExactSum::value() const {
  if (!finite_) return overflow_;
  if (partials_.empty()) return 0;
  // Add the partials from the largest down, stopping at the first inexact
  // step; then correct a tie on the half (round-half-even on the exact value).
  std::size_t n = partials_.size() - 1;
  double hi = partials_[n];
  double lo = 0;
  while (n > 0) {
    const double x = hi;
    const double y = partials_[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0) break;
  }
  if (n > 0 && ((lo < 0 && partials_[n - 1] < 0) || (lo > 0 && partials_[n - 1] > 0))) {
    const double y = lo * 2;
    const double x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

double exact_sum(const std::vector<double>& values) {
  ExactSum sum;
  for (double v : values) sum.add(v);
  return sum.value();
}

double round_cents(double x) {
  double scaled = x * 100.0;
  // Near the largest double the cents overflow; such an amount has no cents to round.
  if (!std::isfinite(scaled)) return x;
  double floor = std::floor(std::fabs(scaled));
  double fraction = std::fabs(scaled) - floor;
  // A half cent stored just below (2.675 is 2.67499999…) still rounds up. The
  // slack is a few units in the last place of the cents, never a share of the
  // amount: 1e-9 × 5e8 cents would be half a cent, and round 5,000,000 up.
  double tolerance = std::max(1e-7, 8 * std::numeric_limits<double>::epsilon() * std::fabs(scaled));
  double magnitude = fraction + tolerance >= 0.5 ? floor + 1 : floor;
  return std::copysign(magnitude, x) / 100.0;
}

std::string format_number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (x == 0) return "0";  // also -0
  char buffer[512];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
  return std::string(buffer, result.ptr);
}

std::string format_score(double score, double bound) {
  char buffer[64];
  for (int decimals = 4; decimals <= 12; ++decimals) {
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, score);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    if (text == "-0") text = "0";
    if (text != format_number(bound) || score == bound) return text;
  }
  return format_number(score);
}

}  // namespace aser
