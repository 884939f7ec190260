#include "score/abnormally_low.hpp"

#include <algorithm>
#include <cmath>

#include "score/numbers.hpp"

namespace aser {
namespace {

bool below(double x, double threshold) {
  return x < threshold && !nearly_equal(x, threshold);
}

double mean(const std::vector<double>& values) {
  return values.empty() ? 0 : exact_sum(values) / static_cast<double>(values.size());
}

}  // namespace

std::map<std::string, std::vector<std::string>> abnormally_low_flags(
    const AbnormallyLow& checks, const std::vector<PricedBid>& bids) {
  std::map<std::string, std::vector<std::string>> flags;
  auto flag = [&](const std::string& id, const char* test) {
    flags[id].push_back(std::string("abnormally_low:") + test);
  };
  std::vector<double> prices;
  for (const PricedBid& bid : bids) prices.push_back(bid.price);
  const std::size_t n = bids.size();
  const bool enough = n >= 3;
  // Every mean is an exact sum rounded once: the flags never depend on the
  // order the bids come in.
  ExactSum total;
  for (double x : prices) total.add(x);
  const double mean_all = mean(prices);

  // below_mean_minus_sd: population standard deviation of all in competition.
  double sd = 0;
  if (enough && checks.below_mean_minus_sd) {
    std::vector<double> squares;
    for (double x : prices) squares.push_back((x - mean_all) * (x - mean_all));
    sd = std::sqrt(exact_sum(squares) / static_cast<double>(n));
  }

  // two_pass_mean: M2 is the mean of the prices <= a x M1.
  double m2 = 0;
  bool has_m2 = false;
  if (enough && checks.two_pass_drop_above && checks.two_pass_below) {
    std::vector<double> kept;
    for (double x : prices)
      if (x <= *checks.two_pass_drop_above * mean_all ||
          nearly_equal(x, *checks.two_pass_drop_above * mean_all))
        kept.push_back(x);
    has_m2 = !kept.empty();
    m2 = mean(kept);
  }

  // below_second_lowest_pct: the lowest bid (first by id on equal prices)
  // against the next lowest price.
  std::string lowest_id;
  double lowest = 0, second = 0;
  if (enough && checks.below_second_lowest_pct) {
    std::vector<PricedBid> sorted = bids;
    std::sort(sorted.begin(), sorted.end(), [](const PricedBid& a, const PricedBid& b) {
      return a.price != b.price ? a.price < b.price : a.id < b.id;
    });
    lowest_id = sorted[0].id;
    lowest = sorted[0].price;
    second = sorted[1].price;
  }

  for (const PricedBid& bid : bids) {
    const double x = bid.price;
    if (enough && checks.below_mean_of_others_pct) {
      ExactSum sum_of_others = total;
      sum_of_others.add(-x);  // exact: the others' sum, rounded once
      const double others = sum_of_others.value() / static_cast<double>(n - 1);
      if (below(x, (1 - *checks.below_mean_of_others_pct / 100) * others))
        flag(bid.id, "below_mean_of_others_pct");
    }
    if (enough && checks.below_mean_minus_sd &&
        below(x, mean_all - *checks.below_mean_minus_sd * sd))
      flag(bid.id, "below_mean_minus_sd");
    if (has_m2 && below(x, *checks.two_pass_below * m2)) flag(bid.id, "two_pass_mean");
    if (enough && checks.below_second_lowest_pct && bid.id == lowest_id &&
        below(lowest, (1 - *checks.below_second_lowest_pct / 100) * second))
      flag(bid.id, "below_second_lowest_pct");
    if (checks.below_estimate_pct && checks.estimate &&
        below(x, (1 - *checks.below_estimate_pct / 100) * *checks.estimate))
      flag(bid.id, "below_estimate_pct");
  }
  return flags;
}

}  // namespace aser
