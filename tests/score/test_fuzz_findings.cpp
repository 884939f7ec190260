// Inputs the fuzz targets found (fuzz/regressions/, docs/fuzzing.md), kept as
// unit tests.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "fixtures.hpp"
#include "score/evaluate.hpp"
#include "score/numbers.hpp"

using namespace aser;

// The largest price a bid may write: x 100 overflowed to infinity in the
// cents, and the bid was ranked with an infinite total.
TEST_CASE("round_cents keeps the largest amounts finite", "[fuzz]") {
  const double largest = std::numeric_limits<double>::max();
  CHECK(round_cents(largest) == largest);
  CHECK(round_cents(-largest) == -largest);
  CHECK(round_cents(1e306) == 1e306);  // 1e308 cents: finite, no cents to round
}

TEST_CASE("adjusted_price ranks the largest price with a finite total", "[fuzz]") {
  const double largest = std::numeric_limits<double>::max();
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("quality", 0.1, "quality", fx::linear(0, 10))},
                    Method::adjusted_price);
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(largest)}, {"quality", fx::num(0)}}),
                              fx::bid("B", {{"price", fx::num(100)}, {"quality", fx::num(0)}})});
  // Quality 0 in both: V = 0, so each total is its price, to the cent.
  const BidResult& a = fx::result(e, "A");
  CHECK(std::isfinite(a.total));
  CHECK(a.total == largest);
  CHECK(*a.rank == 2);
  CHECK(*fx::result(e, "B").rank == 1);
}

// price_per_point: the largest price divided by a quality score below 1
// overflowed to an infinite total, which was ranked.
TEST_CASE("a total that overflows excludes the bid with a reason", "[fuzz]") {
  const double largest = std::numeric_limits<double>::max();
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("quality", 1, "quality", fx::linear(0, 10))},
                    Method::price_per_point);
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(largest)}, {"quality", fx::num(5)}}),
                              fx::bid("B", {{"price", fx::num(100)}, {"quality", fx::num(5)}})});
  // A: quality points = 0.5 x 100 = 50; max / 50 is finite. To overflow, the
  // quality must be below 1 point: quality 0.05 -> 0.005 x 100 = 0.5 points.
  Evaluation f =
      evaluate(g, {fx::bid("A", {{"price", fx::num(largest)}, {"quality", fx::num(0.05)}}),
                   fx::bid("B", {{"price", fx::num(100)}, {"quality", fx::num(5)}})});
  CHECK(fx::result(e, "A").status == Status::ranked);
  const BidResult& a = fx::result(f, "A");
  CHECK(a.status == Status::excluded);
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].find("too large to represent") != std::string::npos);
  // B alone in competition: 100 / 50 points = 2 per point, rank 1.
  CHECK(*fx::result(f, "B").rank == 1);
  CHECK(fx::result(f, "B").total == Approx(2.0));
}
