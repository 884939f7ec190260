// Ranks: competition ranks, equality within 1e-9, tie_break keys, lots.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"

using namespace aser;
using Strings = std::vector<std::string>;

namespace {

std::vector<int> ranks(const LotResult& lot) {
  std::vector<int> out;
  for (const BidResult& b : lot.bids) out.push_back(b.rank.value_or(0));
  return out;
}

// Two groups worth the same: equal totals from different answers.
Grid two_groups() {
  return fx::grid({fx::leaf("price", 1, "price", fx::steps({fx::at_most(1000, 1)})),
                   fx::group("social", 1, {fx::leaf("ins", 1, "ins", fx::linear(0, 10))}),
                   fx::group("environment", 1, {fx::leaf("co2", 1, "co2", fx::linear(0, 10))})});
}

Bid two_groups_bid(const std::string& id, double price, double ins, double co2,
                   const std::string& supplier = "") {
  return fx::bid(id, {{"price", fx::num(price)}, {"ins", fx::num(ins)}, {"co2", fx::num(co2)}},
                 std::nullopt, supplier);
}

}  // namespace

TEST_CASE("competition ranks 1, 1, 3 and a warning for the tie", "[ranking]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  // Given in reverse order: the input order changes nothing.
  Evaluation e = evaluate(g, {fx::bid("C", {{"q", fx::num(3)}}), fx::bid("B", {{"q", fx::num(5)}}),
                              fx::bid("A", {{"q", fx::num(5)}})});
  CHECK(fx::order(e.lots.at(0)) == Strings{"A", "B", "C"});  // within a rank, by id
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 1, 3});
  CHECK(e.warnings ==
        Strings{"bids A, B share rank 1; add a tie_break to the grid to separate them"});
}

TEST_CASE("totals within 1e-9 (relative) are equal", "[ranking]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 1))}, Method::weighted_sum, 1);
  // 0.3 and 0.1 + 0.2 = 0.30000000000000004 differ by 5.6e-17 <= 1e-9 x 1.
  Evaluation e =
      evaluate(g, {fx::bid("A", {{"q", fx::num(0.1 + 0.2)}}), fx::bid("B", {{"q", fx::num(0.3)}}),
                   fx::bid("C", {{"q", fx::num(0.3 - 2e-9)}})});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 1, 3});  // C: 2e-9 apart is not equal
}

TEST_CASE("tie_break: price, lower first", "[ranking]") {
  Grid g = two_groups();
  g.tie_break = {"price"};
  // Both: price score 1, social 0.5 or environment 0.5: totals (1 + 0.5) / 3 x 100 = 50.
  Evaluation e = evaluate(g, {two_groups_bid("A", 110, 5, 0), two_groups_bid("B", 100, 0, 5)});
  CHECK(fx::result(e, "A").total == Approx(fx::result(e, "B").total));
  CHECK(fx::order(e.lots.at(0)) == Strings{"B", "A"});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 2});
  CHECK(e.warnings.empty());
}

TEST_CASE("tie_break: cost, lower first", "[ranking]") {
  Grid g = two_groups();
  g.cost = CostModel{"price", 1, 0, {YearlyCost{"energy", 1, {}}}, {}};
  g.tie_break = {"cost"};
  Bid a = two_groups_bid("A", 100, 5, 0);
  a.answers["energy"] = fx::num(50);  // cost 100 + 50 = 150
  Bid b = two_groups_bid("B", 120, 0, 5);
  b.answers["energy"] = fx::num(10);  // cost 120 + 10 = 130
  Evaluation e = evaluate(g, {a, b});
  CHECK(fx::order(e.lots.at(0)) == Strings{"B", "A"});
  g.tie_break = {"price"};  // purchase prices 100 < 120
  CHECK(fx::order(evaluate(g, {a, b}).lots.at(0)) == Strings{"A", "B"});
}

TEST_CASE("tie_break: id and supplier by code point", "[ranking]") {
  Grid g = two_groups();
  g.tie_break = {"supplier"};
  // "Zeta" (Z = U+005A) comes before "Été" (É = U+00C9) by code point.
  Evaluation e =
      evaluate(g, {two_groups_bid("A", 100, 5, 0, "Été"), two_groups_bid("B", 100, 0, 5, "Zeta")});
  CHECK(fx::order(e.lots.at(0)) == Strings{"B", "A"});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 2});
  g.tie_break = {"id"};
  // "B" (U+0042) before "b" (U+0062).
  e = evaluate(g, {two_groups_bid("b", 100, 5, 0), two_groups_bid("B", 100, 0, 5)});
  CHECK(fx::order(e.lots.at(0)) == Strings{"B", "b"});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 2});
}

TEST_CASE("tie_break: a group id, higher score first", "[ranking]") {
  Grid g = two_groups();
  g.tie_break = {"environment"};
  Evaluation e = evaluate(g, {two_groups_bid("A", 100, 5, 0), two_groups_bid("B", 100, 0, 5)});
  CHECK(fx::order(e.lots.at(0)) == Strings{"B", "A"});  // environment 0.5 > 0
  g.tie_break = {"social"};
  e = evaluate(g, {two_groups_bid("A", 100, 5, 0), two_groups_bid("B", 100, 0, 5)});
  CHECK(fx::order(e.lots.at(0)) == Strings{"A", "B"});
}

TEST_CASE("tie_break keys in turn; a tie they cannot break is shared", "[ranking]") {
  Grid g = two_groups();
  g.tie_break = {"price", "id"};
  Evaluation e = evaluate(g, {two_groups_bid("B", 100, 5, 0), two_groups_bid("A", 100, 0, 5),
                              two_groups_bid("C", 90, 0, 0)});
  // A and B: equal totals 50 and equal prices; id separates them. C: 33.33, third.
  CHECK(fx::order(e.lots.at(0)) == Strings{"A", "B", "C"});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 2, 3});
  g.tie_break = {"price"};
  e = evaluate(g, {two_groups_bid("B", 100, 5, 0), two_groups_bid("A", 100, 0, 5)});
  CHECK(ranks(e.lots.at(0)) == std::vector<int>{1, 1});
  CHECK(e.warnings == Strings{"bids A, B share rank 1: tie_break does not separate them"});
}

TEST_CASE("lots are ranked separately, lot null first, then by text", "[ranking]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  Evaluation e = evaluate(
      g,
      {fx::bid("A", {{"price", fx::num(200)}}, "2"), fx::bid("B", {{"price", fx::num(100)}}, "10"),
       fx::bid("C", {{"price", fx::num(400)}}, "2"), fx::bid("D", {{"price", fx::num(300)}}),
       fx::bid("E", {{"price", fx::num(300)}}, "10")});
  REQUIRE(e.lots.size() == 3);
  CHECK_FALSE(e.lots[0].lot);
  CHECK(*e.lots[1].lot == "10");  // by text: "10" < "2"
  CHECK(*e.lots[2].lot == "2");
  // Lot 2: min 200 (A): A 1, C 200/400 = 0.5. Lot 10: min 100 (B): E 100/300.
  CHECK(fx::result(e, "C").scores.at("price") == Approx(0.5));
  CHECK(fx::result(e, "E").scores.at("price") == Approx(1.0 / 3));
  CHECK(fx::result(e, "D").scores.at("price") == Approx(1.0));  // alone in lot null
  CHECK(*fx::result(e, "A").rank == 1);
  CHECK(*fx::result(e, "B").rank == 1);
  CHECK(*fx::result(e, "D").rank == 1);
  CHECK(e.lots[2].references.at("price").min_bid == "A");
}

TEST_CASE("a tie warning names the lot", "[ranking]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  Evaluation e =
      evaluate(g, {fx::bid("A", {{"q", fx::num(5)}}, "1"), fx::bid("B", {{"q", fx::num(5)}}, "1")});
  CHECK(e.warnings ==
        Strings{"lot 1: bids A, B share rank 1; add a tie_break to the grid to separate them"});
}
