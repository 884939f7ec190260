// Numeric helpers: equality, clamping, exact sums, number texts in messages.
#include <catch2/catch.hpp>
#include <cmath>

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
