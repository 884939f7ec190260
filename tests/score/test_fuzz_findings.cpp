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
