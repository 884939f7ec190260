// Panels of evaluators: a list of marks reduced before the rule reads it.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"
#include "score/panel.hpp"

using namespace aser;

TEST_CASE("panel: mean, median, min, max", "[panel]") {
  std::vector<double> marks{7, 4, 9, 6};
  CHECK(reduce_panel(marks, Panel::mean) == Approx(6.5));    // 26 / 4
  CHECK(reduce_panel(marks, Panel::median) == Approx(6.5));  // even count: (6 + 7) / 2
  CHECK(reduce_panel(marks, Panel::min) == Approx(4));
  CHECK(reduce_panel(marks, Panel::max) == Approx(9));
  CHECK(reduce_panel({3, 1, 2}, Panel::median) == Approx(2));  // odd count: the middle
}

TEST_CASE("panel: a criterion reduces the marks with its setting", "[panel]") {
  Grid g = fx::grid(
      {fx::leaf("quality", 1, "quality.marks", fx::linear(0, 10), Missing::zero, Panel::median)});
  Evaluation e = evaluate(g, {fx::bid("A", {{"quality.marks", fx::marks({2, 8, 9, 10})}})});
  // median of 2, 8, 9, 10 = (8 + 9) / 2 = 8.5 -> linear 0..10 -> 0.85
  CHECK(fx::result(e, "A").scores.at("quality") == Approx(0.85));
}
