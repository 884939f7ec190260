// The scoring plan's slots: every bid's scores hold every node id in key
// order, read and written by position. The positions must be those of the ids,
// and a map without every id must still be read by id.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/scoring.hpp"

using namespace aser;

namespace {

// Ids in grid order z_price, social{b_insertion, a_training}, c_green: in key
// order a_training, b_insertion, c_green, social, z_price.
Grid slot_grid() {
  return fx::grid({fx::leaf("z_price", 40, "price", fx::lowest_ratio()),
                   fx::group("social", 40,
                             {fx::leaf("b_insertion", 1, "insertion", fx::linear(0, 10)),
                              fx::leaf("a_training", 3, "training", fx::linear(0, 20))}),
                   fx::leaf("c_green", 20, "green", fx::boolean())});
}

}  // namespace

TEST_CASE("plan: a node's slot is the place of its id in key order", "[plan]") {
  const Grid g = slot_grid();
  const Plan plan(g);
  REQUIRE(plan.all_nodes.size() == 5);
  const std::vector<std::string> order{"a_training", "b_insertion", "c_green", "social", "z_price"};
  for (std::size_t i = 0; i < order.size(); ++i) CHECK(plan.all_nodes.nth(i).first == order[i]);
  for (const Criterion* node : plan.nodes)
    CHECK(plan.all_nodes.nth(plan.slot(*node)).first == node->id);
  // Effective weights by slot: social's children share 40 % as 1 : 3.
  CHECK(plan.effective_at[0] == Approx(0.30));  // a_training: 0.4 × 3/4
  CHECK(plan.effective_at[1] == Approx(0.10));  // b_insertion: 0.4 × 1/4
  CHECK(plan.effective_at[2] == Approx(0.20));  // c_green
  CHECK(plan.effective_at[3] == Approx(0.40));  // social
  CHECK(plan.effective_at[4] == Approx(0.40));  // z_price
  CHECK(plan.relative_at[0] == Approx(0.75));   // a_training among social's children
  // Leaves in grid order: z_price, b_insertion, a_training, c_green.
  CHECK(plan.leaf_slot == std::vector<std::size_t>{4, 1, 0, 2});
  CHECK(plan.has_all_nodes(plan.all_nodes));
  NodeFigures partial{{"social", 1.0}};
  CHECK_FALSE(plan.has_all_nodes(partial));
}

TEST_CASE("plan: points of a map without every node are read by id", "[plan]") {
  const Grid g = slot_grid();
  const Plan plan(g);
  // Every node: points by slot; the same figures as by id.
  NodeFigures all{{"a_training", 0.5},
                  {"b_insertion", 1.0},
                  {"c_green", 0.0},
                  {"social", 0.625},
                  {"z_price", 1.0}};
  const NodeFigures points = points_of(plan, all);
  CHECK(points.at("a_training") == Approx(15));   // 0.5 × 0.30 × 100
  CHECK(points.at("b_insertion") == Approx(10));  // 1 × 0.10 × 100
  CHECK(points.at("social") == Approx(25));       // 0.625 × 0.40 × 100
  CHECK(points.at("z_price") == Approx(40));      // 1 × 0.40 × 100
  // Keys in another set (a misspelt id): no slot reading, at() says it is missing.
  NodeFigures other = all;
  other.erase("c_green");
  other["c_greem"] = 0.0;
  CHECK_THROWS_AS(points_of(plan, other), std::out_of_range);
}
