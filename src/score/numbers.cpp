#include "score/numbers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

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

double exact_sum(const std::vector<double>& values) {
  double sum = 0;
  double compensation = 0;
  for (double v : values) {
    double t = sum + v;
    if (std::fabs(sum) >= std::fabs(v))
      compensation += (sum - t) + v;
    else
      compensation += (v - t) + sum;
    sum = t;
  }
  return sum + compensation;
}

double round_cents(double x) {
  double scaled = x * 100.0;
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
