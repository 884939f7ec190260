// The four methods of DESIGN section 4, with published worked examples.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"
#include "score/methods.hpp"
#include "score/numbers.hpp"

using namespace aser;

TEST_CASE("weighted_sum: points per node, group scores, total", "[methods]") {
  Grid g = fx::grid({fx::leaf("price", 40, "price", fx::lowest_ratio()),
                     fx::group("social", 60,
                               {fx::leaf("insertion", 2, "insertion", fx::linear(0, 10)),
                                fx::leaf("disability", 1, "disability", fx::boolean())})});
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(100)},
                                            {"insertion", fx::num(5)},
                                            {"disability", fx::yes_no(true)}}),
                              fx::bid("B", {{"price", fx::num(125)},
                                            {"insertion", fx::num(10)},
                                            {"disability", fx::yes_no(false)}})});
  CHECK(e.better == Better::higher);
  const BidResult& a = fx::result(e, "A");
  // A: price 100/100 = 1; insertion 5/10 = 0.5; disability 1;
  // social = 2/3 x 0.5 + 1/3 x 1 = 2/3.
  CHECK(a.scores.at("social") == Approx(2.0 / 3));
  CHECK(a.points.at("price") == Approx(40));       // 1 x 0.4 x 100
  CHECK(a.points.at("insertion") == Approx(20));   // 0.5 x 0.4 x 100
  CHECK(a.points.at("disability") == Approx(20));  // 1 x 0.2 x 100
  CHECK(a.points.at("social") == Approx(40));      // 2/3 x 0.6 x 100
  CHECK(a.total == Approx(80));                    // 40 + 20 + 20
  const BidResult& b = fx::result(e, "B");
  // B: price 100/125 = 0.8 -> 32; insertion 1 -> 40; disability 0 -> 0.
  CHECK(b.scores.at("price") == Approx(0.8));
  CHECK(b.total == Approx(72));
  CHECK(*a.rank == 1);
  CHECK(*b.rank == 2);
}

TEST_CASE("weighted_sum honours the grid's scale", "[methods]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))}, Method::weighted_sum, 20);
  Evaluation e = evaluate(g, {fx::bid("A", {{"q", fx::num(7)}})});
  CHECK(fx::result(e, "A").total == Approx(14));  // 0.7 x 1 x 20: "note sur 20"
}

TEST_CASE("price_per_point: price / quality points; no quality points excludes", "[methods]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::group("quality", 1,
                               {fx::leaf("tech", 3, "tech", fx::linear(0, 10)),
                                fx::leaf("env", 1, "env", fx::linear(0, 10))})},
                    Method::price_per_point);
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(1000)}, {"tech", fx::num(8)}, {"env", fx::num(4)}}),
          fx::bid("B", {{"price", fx::num(1200)}, {"tech", fx::num(10)}, {"env", fx::num(10)}}),
          fx::bid("C", {{"price", fx::num(500)}, {"tech", fx::num(0)}, {"env", fx::num(0)}})});
  CHECK(e.better == Better::lower);
  // Quality weights among themselves: tech 3/4, env 1/4.
  // A: (0.75 x 0.8 + 0.25 x 0.4) x 100 = 70 points; 1000 / 70 = 14.285714
  // B: 100 points; 1200 / 100 = 12
  const BidResult& a = fx::result(e, "A");
  CHECK(*a.quality_points == Approx(70));
  CHECK(a.total == Approx(14.285714));
  CHECK(fx::result(e, "B").total == Approx(12));
  CHECK(*fx::result(e, "B").rank == 1);
  CHECK(*a.rank == 2);
  const BidResult& c = fx::result(e, "C");
  CHECK(c.status == Status::excluded);
  CHECK_FALSE(c.rank);
  CHECK(*c.quality_points == Approx(0));
  CHECK(c.reasons == std::vector<std::string>{
                         "no quality points: price_per_point cannot divide the price by 0"});
  CHECK(fx::order(e.lots.at(0)) == std::vector<std::string>{"B", "A", "C"});
  // C left: the lowest price is now A's 1000, so B's price score is 1000/1200.
  CHECK(fx::result(e, "B").scores.at("price") == Approx(1000.0 / 1200));
}

TEST_CASE("adjusted_price: the Prozorro worked example", "[methods]") {
  // Price 499.00; two features worth 0.1 each out of maxima 0.15 + 0.15:
  // V = 0.15 x (0.1/0.15) x 2 = 0.2, Vmax = 0.3;
  // 499 / (1 + 0.2 / (1 - 0.3)) = 499 / 1.285714 = 388.111 -> 388.11.
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("f1", 0.15, "f1", fx::linear(0, 0.15)),
                     fx::leaf("f2", 0.15, "f2", fx::linear(0, 0.15))},
                    Method::adjusted_price);
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(499)}, {"f1", fx::num(0.1)}, {"f2", fx::num(0.1)}}),
          fx::bid("B", {{"price", fx::num(420)}, {"f1", fx::num(0)}, {"f2", fx::num(0)}})});
  CHECK(e.better == Better::lower);
  CHECK(fx::result(e, "A").total == Approx(388.11).margin(1e-9));
  CHECK(fx::result(e, "B").total == Approx(420).margin(1e-9));  // V = 0: the price itself
  CHECK(*fx::result(e, "A").rank == 1);
}

TEST_CASE("adjusted_price: a coefficient is the product of raw weights on the path", "[methods]") {
  // f's coefficient = 0.5 x 0.2 = 0.1; score 1: V = Vmax = 0.1;
  // 1000 / (1 + 0.1 / 0.9) = 1000 / 1.111111 = 900.00
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::group("g", 0.5, {fx::leaf("f", 0.2, "f", fx::boolean())})},
                    Method::adjusted_price);
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(1000)}, {"f", fx::yes_no(true)}})});
  CHECK(fx::result(e, "A").total == Approx(900).margin(1e-9));
}

TEST_CASE("fictitious_price: the Dutch award on value", "[methods]") {
  // Price 80,000 with quality worth 1,500 -> fictitious price 78,500.
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("quality", 1500, "quality", fx::linear(0, 10))},
                    Method::fictitious_price);
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(80000)}, {"quality", fx::num(10)}}),
                              fx::bid("B", {{"price", fx::num(79000)}, {"quality", fx::num(0)}}),
                              fx::bid("C", {{"price", fx::num(80000)}, {"quality", fx::num(4)}})});
  CHECK(e.better == Better::lower);
  CHECK(fx::result(e, "A").total == Approx(78500));  // 80,000 - 1,500 x 1
  CHECK(fx::result(e, "B").total == Approx(79000));  // 79,000 - 1,500 x 0
  CHECK(fx::result(e, "C").total == Approx(79400));  // 80,000 - 1,500 x 0.4
  CHECK(fx::order(e.lots.at(0)) == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("fictitious_price: a negative value is a malus; group weights multiply", "[methods]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("late", -1000, "late", fx::boolean()),
                     fx::group("env", 2, {fx::leaf("label", 500, "label", fx::linear(0, 1))})},
                    Method::fictitious_price);
  Evaluation e = evaluate(
      g,
      {fx::bid("A",
               {{"price", fx::num(50000)}, {"late", fx::yes_no(true)}, {"label", fx::num(0.5)}})});
  // 50,000 - (-1,000 x 1) - (2 x 500 x 0.5) = 50,000 + 1,000 - 500 = 50,500
  CHECK(fx::result(e, "A").total == Approx(50500));
}

TEST_CASE("method kernels on plain vectors", "[methods]") {
  CHECK(weighted_sum({0.5, 0.5}, {1, 0.2}, 100) == Approx(60));    // (0.5 + 0.1) x 100
  CHECK(quality_points({2, 6}, {1, 0.5}, 20) == Approx(12.5));     // (0.25 + 0.375) x 20
  CHECK(adjusted_price(100, {0.1, 0.2}, {1, 0}) == Approx(87.5));  // 100 / (1 + 0.1/0.7)
  CHECK(fictitious_price(100, {10, -5}, {1, 1}) == Approx(95));    // 100 - 10 + 5
}

TEST_CASE("round_cents: half away from zero", "[methods]") {
  CHECK(round_cents(388.1111) == Approx(388.11).margin(1e-12));
  CHECK(round_cents(2.675) == Approx(2.68).margin(1e-12));  // 2.675 is stored just below
  CHECK(round_cents(-1.005) == Approx(-1.01).margin(1e-12));
  CHECK(round_cents(0.004) == Approx(0).margin(1e-12));
  // Large amounts keep their cents: no slack proportional to the amount.
  CHECK(round_cents(5000000.0) == 5000000.0);
  CHECK(round_cents(25000000.001) == Approx(25000000.00).margin(1e-9));
  CHECK(round_cents(1234567.894) == Approx(1234567.89).margin(1e-9));
  // 12,000,000 / (1 + 0.09 / 0.7) = 10,632,911.392… → 10,632,911.39
  CHECK(round_cents(12000000.0 / (1 + 0.09 / 0.7)) == Approx(10632911.39).margin(1e-9));
}

// Points in each method's own terms (scoring.hpp, points_of).
TEST_CASE("points under price_per_point add up to the quality points; price has none",
          "[methods]") {
  // Effective weights: price 0.4, social 0.3 (a 0.2, b 0.1), c 0.3; without price: 0.6.
  // A: a = 10/10 = 1, b = 0, c = 5/10 = 0.5; social = (2×1 + 1×0)/3 = 0.666667.
  // a: 1 × 0.2/0.6 × 100 = 33.333333; social: 0.666667 × 0.3/0.6 × 100 = 33.333333;
  // c: 0.5 × 0.3/0.6 × 100 = 25; quality points 33.333333 + 25 = 58.333333;
  // total: 100 / 58.333333 = 1.7142857.
  Grid g = fx::grid({fx::leaf("price", 40, "price", fx::lowest_ratio()),
                     fx::group("social", 30,
                               {fx::leaf("a", 2, "a", fx::linear(0, 10)),
                                fx::leaf("b", 1, "b", fx::linear(0, 10))}),
                     fx::leaf("c", 30, "c", fx::linear(0, 10))},
                    Method::price_per_point);
  Evaluation e = evaluate(
      g, {fx::bid(
             "A",
             {{"price", fx::num(100)}, {"a", fx::num(10)}, {"b", fx::num(0)}, {"c", fx::num(5)}})});
  const BidResult& r = fx::result(e, "A");
  CHECK(r.points.count("price") == 0);
  CHECK(r.points.at("a") == Approx(33.333333));
  CHECK(r.points.at("b") == Approx(0).margin(1e-12));
  CHECK(r.points.at("social") == Approx(33.333333));
  CHECK(r.points.at("c") == Approx(25));
  CHECK(*r.quality_points == Approx(r.points.at("social") + r.points.at("c")));
  CHECK(r.total == Approx(1.7142857));
}

TEST_CASE("points under adjusted_price are each criterion's part of V", "[methods]") {
  // f1: coefficient 0.1, score 1 → 0.1; g (0.5) > f2 (0.3): coefficient 0.15, score
  // 5/10 = 0.5 → 0.075; g's points: 0.075. V = 0.175.
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("f1", 0.1, "f1", fx::linear(0, 1)),
                     fx::group("g", 0.5, {fx::leaf("f2", 0.3, "f2", fx::linear(0, 10))})},
                    Method::adjusted_price);
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(1000)}, {"f1", fx::num(1)}, {"f2", fx::num(5)}})});
  const BidResult& r = fx::result(e, "A");
  CHECK(r.points.count("price") == 0);
  CHECK(r.points.at("f1") == Approx(0.1));
  CHECK(r.points.at("f2") == Approx(0.075));
  CHECK(r.points.at("g") == Approx(0.075));
}

TEST_CASE("points under fictitious_price are the money taken off the price", "[methods]") {
  // quality worth 1,500 at score 1 → 1,500; late deliveries a malus of −500 at
  // score 10/10 = 1 → −500; 79,000 − (1,500 − 500) = 78,000.
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio()),
                     fx::leaf("quality", 1500, "quality", fx::linear(0, 10)),
                     fx::leaf("late", -500, "late", fx::linear(0, 10))},
                    Method::fictitious_price);
  Evaluation e = evaluate(
      g,
      {fx::bid("B", {{"price", fx::num(79000)}, {"quality", fx::num(10)}, {"late", fx::num(10)}})});
  const BidResult& r = fx::result(e, "B");
  CHECK(r.points.count("price") == 0);
  CHECK(r.points.at("quality") == Approx(1500));
  CHECK(r.points.at("late") == Approx(-500));
  CHECK(r.total == Approx(78000));
}
