// Life-cycle cost: purchase + sum over years of the yearly lines, discounted.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/cost.hpp"
#include "score/evaluate.hpp"

using namespace aser;

namespace {

CostModel model(int years, double rate) {
  CostModel m;
  m.purchase = "price";
  m.years = years;
  m.discount_rate = rate;
  m.yearly = {YearlyCost{"operation.energy_kwh", 0.21, {}},
              YearlyCost{"operation.co2_kg", 0.1, {}}};
  return m;
}

Bid bid_a() {
  return fx::bid("A", {{"price", fx::num(100000)},
                       {"operation.energy_kwh", fx::num(10000)},
                       {"operation.co2_kg", fx::num(2000)}});
}

}  // namespace

TEST_CASE("cost: discounted yearly lines, year by year", "[cost]") {
  // A year: 10,000 kWh x 0.21 + 2,000 kg x 0.1 = 2,100 + 200 = 2,300.
  // Factors 1/1.04 = 0.961538, 1/1.0816 = 0.924556, 1/1.124864 = 0.888996;
  // sum 2.775091; 2,300 x 2.775091 = 6,382.709; cost = 106,382.709.
  auto cost = life_cycle_cost(model(3, 0.04), bid_a());
  REQUIRE(cost);
  CHECK(cost->purchase == Approx(100000));
  REQUIRE(cost->lines.size() == 2);
  CHECK(cost->lines[0].amount == Approx(2100));
  CHECK(cost->lines[1].amount == Approx(200));
  REQUIRE(cost->years.size() == 3);
  CHECK(cost->years[0].discount_factor == Approx(0.961538).epsilon(1e-6));
  CHECK(cost->years[1].discounted == Approx(2300 * 0.924556).epsilon(1e-6));
  CHECK(cost->years[2].undiscounted == Approx(2300));
  CHECK(cost->years[2].discounted == Approx(2300 * 0.888996).epsilon(1e-6));
  CHECK(cost->total == Approx(106382.709).epsilon(1e-8));
}

TEST_CASE("cost: no discounting when the rate is 0", "[cost]") {
  // 100,000 + 8 x 2,300 = 118,400
  auto cost = life_cycle_cost(model(8, 0), bid_a());
  REQUIRE(cost);
  CHECK(cost->total == Approx(118400));
}

TEST_CASE("cost: an absent purchase price gives no cost; an absent yearly line counts 0",
          "[cost]") {
  CHECK_FALSE(life_cycle_cost(model(3, 0), fx::bid("X", {{"operation.co2_kg", fx::num(1)}})));
  auto cost = life_cycle_cost(
      model(2, 0), fx::bid("Y", {{"price", fx::num(500)}, {"operation.co2_kg", fx::num(100)}}));
  REQUIRE(cost);
  CHECK_FALSE(cost->lines[0].answered);
  CHECK(cost->total == Approx(520));  // 500 + 2 x (0 x 0.21 + 100 x 0.1)
}

TEST_CASE("cost: a criterion reads `cost`; price and cost in the results", "[cost]") {
  Grid g = fx::grid({fx::leaf("price", 1, "cost", fx::lowest_ratio())});
  g.cost = model(3, 0.04);
  Bid b = fx::bid("B", {{"price", fx::num(104000)},
                        {"operation.energy_kwh", fx::num(20000)},
                        {"operation.co2_kg", fx::num(1000)}});
  Bid c = fx::bid("C", {{"price", fx::num(90000)}, {"operation.co2_kg", fx::num(1000)}});
  Evaluation e = evaluate(g, {bid_a(), b, c});
  // A: 106,382.709 (above). B: a year 20,000 x 0.21 + 1,000 x 0.1 = 4,300;
  // 4,300 x 2.775091 = 11,932.891; cost 115,932.891.
  // C: energy not answered (0); a year 100; 100 x 2.775091 = 277.509; cost 90,277.509.
  const BidResult& a = fx::result(e, "A");
  CHECK(*a.price == Approx(100000));  // the purchase price
  CHECK(*a.cost == Approx(106382.709).epsilon(1e-8));
  CHECK(*fx::result(e, "B").cost == Approx(115932.891).epsilon(1e-8));
  CHECK(*fx::result(e, "C").cost == Approx(90277.509).epsilon(1e-8));
  // lowest_ratio on cost: C is the lowest; A = 90,277.509 / 106,382.709 = 0.848609
  CHECK(fx::result(e, "C").scores.at("price") == Approx(1.0));
  CHECK(a.scores.at("price") == Approx(0.848609).epsilon(1e-5));
  CHECK(fx::result(e, "C").warnings ==
        std::vector<std::string>{
            "operation.energy_kwh is not answered: it counts as 0 in the life-cycle cost"});
  CHECK(e.lots.at(0).references.at("price").min_bid == "C");
  CHECK(e.lots.at(0).references.at("price").max_bid == "B");
}

TEST_CASE("cost: a requirement may read `cost`", "[cost]") {
  Grid g = fx::grid({fx::leaf("price", 1, "cost", fx::lowest_ratio())});
  g.cost = model(3, 0.04);
  g.requirements = {fx::answer_at_most("cost", 110000)};
  Bid b = fx::bid("B", {{"price", fx::num(104000)},
                        {"operation.energy_kwh", fx::num(20000)},
                        {"operation.co2_kg", fx::num(1000)}});
  Evaluation e = evaluate(g, {bid_a(), b});
  CHECK(fx::result(e, "A").status == Status::ranked);
  const BidResult& excluded = fx::result(e, "B");
  CHECK(excluded.status == Status::excluded);
  // The cost is quoted to the cent: 115,932.891 -> 115932.89.
  CHECK(excluded.reasons ==
        std::vector<std::string>{"cost = 115932.89 is above the maximum 110000"});
}

// Found by fuzzing: a yearly quantity near the largest number made the cost
// infinite, and an infinite cost was ranked.
TEST_CASE("cost: a cost that overflows is no cost and a warning", "[cost]") {
  Grid g = fx::grid({fx::leaf("price", 1, "cost", fx::lowest_ratio())});
  g.cost = model(3, 0);
  Bid huge = fx::bid("H", {{"price", fx::num(100000)},
                           {"operation.energy_kwh", fx::num(1e308)},
                           {"operation.co2_kg", fx::num(0)}});
  // 1e308 kWh x 0.21 = 2.1e307 a year; 3 years = 6.3e307, finite: no overflow.
  // 1e308 x 0.21 x 10 years = 2.1e308 > 1.797e308: infinite.
  g.cost->years = 10;
  Evaluation e = evaluate(g, {huge, bid_a()});
  const BidResult& h = fx::result(e, "H");
  CHECK(!h.cost);
  bool warned = false;
  for (const std::string& w : h.warnings)
    warned = warned || w.find("too large") != std::string::npos;
  CHECK(warned);
  // H has no cost: its price criterion scores 0 (missing: zero), A ranks first.
  CHECK(*fx::result(e, "A").rank == 1);
}
