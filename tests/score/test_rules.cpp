// Every rule of DESIGN section 3, with hand-worked expected values.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"
#include "score/rules.hpp"

using namespace aser;

TEST_CASE("linear: clamp((x - worst) / (best - worst))", "[rules]") {
  Rule r = fx::linear(0, 10);
  CHECK(score_number(r, 8.5) == Approx(0.85));  // (8.5 - 0) / (10 - 0)
  CHECK(score_number(r, 0) == Approx(0.0));
  CHECK(score_number(r, 12) == Approx(1.0));  // 1.2 clamped
  CHECK(score_number(r, -1) == Approx(0.0));  // -0.1 clamped
}

TEST_CASE("linear with best < worst: lower is better", "[rules]") {
  Rule r = fx::linear(5000, 0);
  CHECK(score_number(r, 3200) == Approx(0.36));  // (3200 - 5000) / (0 - 5000) = 1800 / 5000
  CHECK(score_number(r, 6000) == Approx(0.0));
  CHECK(score_number(r, 0) == Approx(1.0));
}

TEST_CASE("curve: piecewise-linear, flat beyond the ends", "[rules]") {
  Rule r = fx::curve({{0, 0}, {10, 0.5}, {20, 1}});
  CHECK(score_number(r, 5) == Approx(0.25));   // 0 + (0.5 - 0) x 5/10
  CHECK(score_number(r, 15) == Approx(0.75));  // 0.5 + 0.5 x 5/10
  CHECK(score_number(r, 10) == Approx(0.5));   // on a point
  CHECK(score_number(r, -5) == Approx(0.0));   // flat before the first point
  CHECK(score_number(r, 30) == Approx(1.0));   // flat after the last point
  Rule down = fx::curve({{0, 1}, {100, 0.2}});
  CHECK(score_number(down, 50) == Approx(0.6));  // 1 + (0.2 - 1) x 50/100
}

TEST_CASE("steps: the first that holds, limits inclusive, else 0", "[rules]") {
  Rule r = fx::steps({fx::at_least(6, 1), fx::at_least(3, 0.5)});
  CHECK(score_number(r, 7) == Approx(1.0));
  CHECK(score_number(r, 6) == Approx(1.0));  // at_least 6 keeps 6
  CHECK(score_number(r, 3) == Approx(0.5));
  CHECK(score_number(r, 2.9) == Approx(0.0));
  Rule most = fx::steps({fx::at_most(100, 1), fx::at_most(200, 0.4)});
  CHECK(score_number(most, 100) == Approx(1.0));  // at_most 100 keeps 100
  CHECK(score_number(most, 150) == Approx(0.4));
  CHECK(score_number(most, 201) == Approx(0.0));
}

TEST_CASE("scale: a label's score; an unknown label has none", "[rules]") {
  Rule r = fx::scale({{"EU Ecolabel", 1}, {"ISO 14001", 0.6}, {"none", 0}});
  CHECK(*score_label(r, "ISO 14001") == Approx(0.6));
  CHECK(*score_label(r, "EU Ecolabel") == Approx(1.0));
  CHECK_FALSE(score_label(r, "ISO 9001").has_value());
  // Issue 9, case 7: matched after case folding and space normalisation.
  CHECK(*score_label(r, " iso  14001 ") == Approx(0.6));
  // An exact match wins over a label equal only after normalisation.
  Rule both = fx::scale({{"none", 0}, {"None", 0.5}});
  CHECK(*score_label(both, "None") == Approx(0.5));
}

TEST_CASE("boolean: yes and no scores, defaults 1 and 0", "[rules]") {
  CHECK(score_boolean(fx::boolean(), true) == Approx(1.0));
  CHECK(score_boolean(fx::boolean(), false) == Approx(0.0));
  CHECK(score_boolean(fx::boolean(0.8, 0.2), false) == Approx(0.2));
}

TEST_CASE("lowest_ratio: the UK proportional price scores", "[rules]") {
  // Lowest price £10,000: 10,000 / 15,000 = 0.667; 10,000 / 10,000 = 1;
  // 10,000 / 30,000 = 0.333.
  Rule r = fx::lowest_ratio();
  Bounds lot{10000, 30000};
  CHECK(score_number(r, 15000, lot) == Approx(0.667).margin(0.0005));
  CHECK(score_number(r, 10000, lot) == Approx(1.0));
  CHECK(score_number(r, 30000, lot) == Approx(0.333).margin(0.0005));
}

TEST_CASE("lowest_ratio with a price of 0", "[rules]") {
  // Reading: a 0 price is the lowest there can be; it scores 1, and every
  // positive price against a minimum of 0 scores 0 / x = 0.
  CHECK(lowest_ratio(0, 0) == Approx(1.0));
  CHECK(lowest_ratio(100, 0) == Approx(0.0));
}

TEST_CASE("highest_ratio: x / max", "[rules]") {
  CHECK(score_number(fx::highest_ratio(), 30, Bounds{10, 40}) == Approx(0.75));  // 30 / 40
  CHECK(score_number(fx::highest_ratio(), 40, Bounds{10, 40}) == Approx(1.0));
  // Reading: a maximum of 0 scores 1 for the bids at it.
  CHECK(highest_ratio(0, 0) == Approx(1.0));
  CHECK(highest_ratio(-1, 0) == Approx(0.0));
}

TEST_CASE("linear_range: (max - x) / (max - min), all equal gives 1", "[rules]") {
  CHECK(score_number(fx::linear_range(), 150, Bounds{100, 300}) == Approx(0.75));  // 150 / 200
  CHECK(score_number(fx::linear_range(), 100, Bounds{100, 300}) == Approx(1.0));
  CHECK(score_number(fx::linear_range(), 300, Bounds{100, 300}) == Approx(0.0));
  CHECK(score_number(fx::linear_range(), 70, Bounds{70, 70}) == Approx(1.0));
}

TEST_CASE("deviation: 1 at the lowest, 0 at k x the lowest", "[rules]") {
  Rule two = fx::deviation(2);
  CHECK(score_number(two, 100, Bounds{100, 400}) == Approx(1.0));
  CHECK(score_number(two, 150, Bounds{100, 400}) == Approx(0.5));  // 1 - 50 / (100 x 1)
  CHECK(score_number(two, 200, Bounds{100, 400}) == Approx(0.0));  // 1 - 100 / 100
  CHECK(score_number(two, 250, Bounds{100, 400}) == Approx(0.0));  // -0.5 floored at 0
  Rule three = fx::deviation(3);
  CHECK(score_number(three, 150, Bounds{100, 400}) == Approx(0.75));  // 1 - 50 / (100 x 2)
  // Reading: a minimum of 0 puts the zero point at 0 too.
  CHECK(deviation(0, 0, 2) == Approx(1.0));
  CHECK(deviation(5, 0, 2) == Approx(0.0));
}

TEST_CASE("lowest_ratio through evaluate: the UK example over three bids", "[rules]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(15000)}}), fx::bid("B", {{"price", fx::num(10000)}}),
          fx::bid("C", {{"price", fx::num(30000)}})});
  CHECK(fx::result(e, "A").scores.at("price") == Approx(2.0 / 3));
  CHECK(fx::result(e, "B").scores.at("price") == Approx(1.0));
  CHECK(fx::result(e, "C").scores.at("price") == Approx(1.0 / 3));
  CHECK(fx::result(e, "A").total == Approx(66.6667).margin(1e-4));  // 2/3 x 100 points
  CHECK(fx::order(e.lots.at(0)) == std::vector<std::string>{"B", "A", "C"});
  const Reference& ref = e.lots.at(0).references.at("price");
  CHECK(ref.min == Approx(10000));
  CHECK(ref.min_bid == "B");
  CHECK(ref.max == Approx(30000));
  CHECK(ref.max_bid == "C");
}
