// Effective weights (shares of the whole) and the what-if --weight override.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "fixtures.hpp"
#include "score/evaluate.hpp"

using namespace aser;

namespace {

// The grid of DESIGN section 2.
Grid design_grid() {
  return fx::grid({
      fx::leaf("price", 40, "price", fx::lowest_ratio()),
      fx::group("social", 30,
                {fx::leaf("insertion", 2, "social.insertion_hours_pct", fx::linear(0, 10)),
                 fx::leaf("disability", 1, "social.disability_employment_pct",
                          fx::steps({fx::at_least(6, 1), fx::at_least(3, 0.5)}))}),
      fx::group("environment", 30,
                {fx::leaf("emissions", 1, "environment.co2e_kg", fx::linear(5000, 0)),
                 fx::group("circular", 3,
                           {fx::leaf("reuse", 1, "environment.reuse_pct", fx::linear(0, 100)),
                            fx::leaf("repair", 3, "environment.repair", fx::boolean())})}),
  });
}

}  // namespace

TEST_CASE("effective weights of nested groups", "[weights]") {
  auto w = effective_weights(design_grid());
  // Top: 40 + 30 + 30 = 100.
  CHECK(w.at("price") == Approx(0.4));
  CHECK(w.at("social") == Approx(0.3));
  CHECK(w.at("insertion") == Approx(0.2));   // 0.3 x 2/3
  CHECK(w.at("disability") == Approx(0.1));  // 0.3 x 1/3
  CHECK(w.at("environment") == Approx(0.3));
  CHECK(w.at("emissions") == Approx(0.075));  // 0.3 x 1/4
  CHECK(w.at("circular") == Approx(0.225));   // 0.3 x 3/4
  CHECK(w.at("reuse") == Approx(0.05625));    // 0.225 x 1/4
  CHECK(w.at("repair") == Approx(0.16875));   // 0.225 x 3/4
  // The leaves add up to 1: 0.4 + 0.2 + 0.1 + 0.075 + 0.05625 + 0.16875.
  double leaves = w.at("price") + w.at("insertion") + w.at("disability") + w.at("emissions") +
                  w.at("reuse") + w.at("repair");
  CHECK(leaves == Approx(1.0));
}

TEST_CASE("evaluate reports the effective weights", "[weights]") {
  Evaluation e = evaluate(design_grid(), {});
  CHECK(e.weights.at("insertion") == Approx(0.2));
  CHECK(e.lots.empty());
}

TEST_CASE("set_weight changes a raw weight", "[weights]") {
  Grid g = design_grid();
  CHECK_FALSE(set_weight(g, "social", 60));
  auto w = effective_weights(g);
  // Top: 40 + 60 + 30 = 130.
  CHECK(w.at("price") == Approx(40.0 / 130));      // 0.307692
  CHECK(w.at("social") == Approx(60.0 / 130));     // 0.461538
  CHECK(w.at("insertion") == Approx(40.0 / 130));  // 60/130 x 2/3
  CHECK(w.at("environment") == Approx(30.0 / 130));
}

TEST_CASE("set_weight refuses unknown ids, with a did-you-mean", "[weights]") {
  Grid g = design_grid();
  CHECK(set_weight(g, "soical", 10) ==
        std::optional<std::string>("unknown criterion or group 'soical'; did you mean 'social'?"));
  CHECK(set_weight(g, "xyz", 10) == std::optional<std::string>("unknown criterion or group 'xyz'"));
}

TEST_CASE("set_weight refuses a weight that is not finite and > 0", "[weights]") {
  Grid g = design_grid();
  CHECK(set_weight(g, "social", 0) ==
        std::optional<std::string>("the weight of 'social' must be a finite number > 0, got 0"));
  CHECK(set_weight(g, "social", -1.5) ==
        std::optional<std::string>("the weight of 'social' must be a finite number > 0, got -1.5"));
  CHECK(set_weight(g, "social", std::nan("")) ==
        std::optional<std::string>("the weight of 'social' must be a finite number > 0, got nan"));
  CHECK(find_node(g, "social")->weight == Approx(30));  // unchanged
}

TEST_CASE("set_weight under fictitious_price takes any finite number", "[weights]") {
  Grid g = design_grid();
  g.method.kind = Method::fictitious_price;
  CHECK_FALSE(set_weight(g, "repair", -500));  // a malus
  CHECK(find_node(g, "repair")->weight == Approx(-500));
  CHECK(set_weight(g, "repair", std::numeric_limits<double>::infinity()) ==
        std::optional<std::string>("the weight of 'repair' must be a finite number, got inf"));
}

// A Prozorro grid: price plus two features of raw weight 0.1 and 0.15 (Vmax 0.25).
TEST_CASE("set_weight under adjusted_price keeps coefficients in [0, 0.3] and Vmax under the cap",
          "[weights]") {
  Grid g = fx::grid(
      {fx::leaf("price", 1, "price", fx::lowest_ratio()),
       fx::leaf("f1", 0.1, "f1", fx::linear(0, 1)), fx::leaf("f2", 0.15, "f2", fx::linear(0, 1))},
      Method::adjusted_price);
  // 0.15 + 0.15 = 0.3: at the cap, allowed.
  CHECK_FALSE(set_weight(g, "f1", 0.15));
  // 0 is a valid coefficient (the feature no longer counts).
  CHECK_FALSE(set_weight(g, "f1", 0));
  CHECK(set_weight(g, "f1", 0.5) ==
        std::optional<std::string>(
            "under adjusted_price the weight of 'f1' is a coefficient between 0 and 0.3, got 0.5"));
  // 0.2 + 0.15 = 0.35 > 0.3: refused, and the weight is left as it was (0).
  CHECK(set_weight(g, "f1", 0.2) ==
        std::optional<std::string>(
            "under adjusted_price the coefficients would add up to 0.35, above the cap of 0.3"));
  CHECK(find_node(g, "f1")->weight == 0);
  // The price's own weight is no coefficient: any weight > 0 is accepted.
  CHECK_FALSE(set_weight(g, "price", 2));
}
