// Numeric helpers: equality, clamping, exact sums, number texts in messages.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <random>

#include "score/numbers.hpp"

using namespace aser;

TEST_CASE("nearly_equal: 1e-9 relative, 1e-9 absolute below 1", "[numbers]") {
  CHECK(nearly_equal(0.1 + 0.2, 0.3));
  CHECK(nearly_equal(1e6, 1e6 + 1e-4));  // 1e-4 <= 1e-9 x 1e6 = 1e-3
  CHECK_FALSE(nearly_equal(1e6, 1e6 + 1e-2));
  CHECK_FALSE(nearly_equal(0, 2e-9));
}

TEST_CASE("clamp01", "[numbers]") {
  CHECK(clamp01(-0.5) == 0);
  CHECK(clamp01(1.5) == 1);
  CHECK(clamp01(0.25) == 0.25);
  CHECK(clamp01(std::nan("")) == 0);
}

TEST_CASE("exact_sum does not lose small terms", "[numbers]") {
  // A plain running sum gives 0 here: 1e16 + 1 rounds back to 1e16.
  CHECK(exact_sum({1e16, 1, -1e16}) == 1);
  CHECK(exact_sum({}) == 0);
}

namespace {

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

// The doubles 0.1, 0.2 and 0.3 are 0.1000000000000000055511151231257827,
// 0.2000000000000000111022302462515654 and 0.2999999999999999888977697537484346:
// their exact sum is 0.6000000000000000055511151231257827. The nearest double
// is 0.59999999999999997779553950749686919 (the literal 0.6, 2.8e-17 away), not
// 0.60000000000000008881784197001252323 (8.3e-17 away), which is what a running
// sum gives: (0.1 + 0.2) + 0.3.
TEST_CASE("exact_sum: the exact sum rounded once, in any order", "[numbers]") {
  CHECK((0.1 + 0.2) + 0.3 != 0.6);  // the running sum's error this test is about
  std::vector<double> values{0.1, 0.2, 0.3};
  std::sort(values.begin(), values.end());
  do {
    CHECK(same_bits(exact_sum(values), 0.6));
  } while (std::next_permutation(values.begin(), values.end()));
}

// 1 + 2^-53 lies exactly halfway between 1 and 1 + 2^-52: the tie goes to the
// even one, 1. A further 2^-80 puts it above the half: 1 + 2^-52.
TEST_CASE("exact_sum: ties to even on the exact value", "[numbers]") {
  CHECK(same_bits(exact_sum({1, std::ldexp(1, -53)}), 1.0));
  CHECK(same_bits(exact_sum({1, std::ldexp(1, -53), std::ldexp(1, -80)}), 1 + std::ldexp(1, -52)));
  CHECK(same_bits(exact_sum({std::ldexp(1, -80), std::ldexp(1, -53), 1}), 1 + std::ldexp(1, -52)));
}

// Prices from a few cents to hundreds of millions, with cents: whatever order
// the bids come in, the same bits. The plain running sum is checked to differ
// between orders, so that the test shows something.
TEST_CASE("exact_sum: 2,000 prices in 50 orders give the same bits", "[numbers]") {
  std::mt19937_64 random(20261128);
  std::vector<double> prices;
  for (int i = 0; i < 2000; ++i) {
    const double magnitude = std::pow(10.0, static_cast<double>(random() % 9));
    prices.push_back(std::round(static_cast<double>(random() % 100000) * magnitude) / 100.0);
  }
  const double reference = exact_sum(prices);
  bool running_sums_differ = false;
  double first_running = 0;
  for (double p : prices) first_running += p;
  for (int order = 0; order < 50; ++order) {
    std::shuffle(prices.begin(), prices.end(), random);
    CHECK(same_bits(exact_sum(prices), reference));
    double running = 0;
    for (double p : prices) running += p;
    running_sums_differ = running_sums_differ || !same_bits(running, first_running);
  }
  CHECK(running_sums_differ);
}

TEST_CASE("ExactSum: taking a term out again is exact", "[numbers]") {
  // 1e16 + 1 + 0.5 - 1e16 = 1.5 exactly: the partials keep the 1 and the 0.5
  // that doubles near 1e16 (2 apart) cannot hold.
  ExactSum sum;
  for (double x : {1e16, 1.0, 0.5}) sum.add(x);
  ExactSum without = sum;
  without.add(-1e16);
  CHECK(without.value() == 1.5);
  CHECK(sum.value() == 1e16 + 2);  // 10000000000000001.5: nearest double 10000000000000002
}

TEST_CASE("exact_sum: beyond the largest double, infinity as a plain sum says", "[numbers]") {
  CHECK(exact_sum({1e308, 1e308}) == INFINITY);
  CHECK(std::isnan(exact_sum({INFINITY, -INFINITY})));
}

TEST_CASE("format_number: shortest text, never in exponent form", "[numbers]") {
  CHECK(format_number(3) == "3");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(118500) == "118500");
  CHECK(format_number(-2.5) == "-2.5");
  CHECK(format_number(1e-7) == "0.0000001");
  CHECK(format_number(-0.0) == "0");
}

TEST_CASE("format_score: 4 decimals unless that hides the difference from the limit", "[numbers]") {
  CHECK(format_score(0.28333333, 0.3) == "0.2833");
  CHECK(format_score(0.2, 0.3) == "0.2");
  CHECK(format_score(0.29999, 0.3) == "0.29999");  // "0.3" would read as equal
}
