// The whole pipeline: missing and wrong answers, references, invalid bids,
// the fields of every result, and independence from the input order.
#include <algorithm>
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"

using namespace aser;
using Strings = std::vector<std::string>;

TEST_CASE("missing: zero scores 0, warns, and takes no part in the references", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(100)}}), fx::bid("B", {}),
                              fx::bid("C", {{"price", fx::num(200)}})});
  const BidResult& b = fx::result(e, "B");
  CHECK(b.status == Status::ranked);
  CHECK(b.scores.at("price") == Approx(0));
  CHECK(b.warnings == Strings{"price is not answered: criterion price scores 0"});
  CHECK_FALSE(b.price);
  const Reference& ref = e.lots.at(0).references.at("price");
  CHECK(ref.min == Approx(100));
  CHECK(ref.min_bid == "A");
  CHECK(ref.max == Approx(200));
  CHECK(ref.max_bid == "C");  // not B
  CHECK(fx::result(e, "C").scores.at("price") == Approx(0.5));
}

TEST_CASE("references: the first bid by id sets a shared minimum", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  Evaluation e =
      evaluate(g, {fx::bid("Z", {{"price", fx::num(100)}}), fx::bid("M", {{"price", fx::num(100)}}),
                   fx::bid("Q", {{"price", fx::num(300)}})});
  CHECK(e.lots.at(0).references.at("price").min_bid == "M");
}

TEST_CASE("a wrong-typed answer scores 0 with a warning, never a crash", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10)),
                     fx::leaf("label", 1, "label", fx::scale({{"A+", 1}, {"B", 0.5}})),
                     fx::leaf("ok", 1, "ok", fx::boolean())});
  Evaluation e = evaluate(
      g, {fx::bid("X", {{"q", fx::text("two")}, {"label", fx::text("C")}, {"ok", fx::num(1)}})});
  const BidResult& x = fx::result(e, "X");
  CHECK(x.total == Approx(0));
  CHECK(x.warnings == Strings{"q = 'two' is not a number: criterion q scores 0",
                              "label = 'C' is not a label of criterion label "
                              "(expected one of 'A+', 'B'): it scores 0",
                              "ok = 1 is not true or false: criterion ok scores 0"});
}

TEST_CASE("every field of a result is filled", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("price", 60, "price", fx::lowest_ratio()),
                     fx::group("social", 40, {fx::leaf("ins", 1, "ins", fx::linear(0, 10))})});
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(100)}, {"ins", fx::num(5)}}, "1", "Atelier Solidaire")});
  CHECK(e.better == Better::higher);
  CHECK(e.weights.at("ins") == Approx(0.4));
  const BidResult& a = fx::result(e, "A");
  CHECK(a.supplier == "Atelier Solidaire");
  CHECK(*a.lot == "1");
  CHECK(a.file == "bids/A.yaml");
  CHECK(a.sha256 == std::string(64, '0'));
  CHECK(*a.price == Approx(100));
  CHECK(*a.cost == Approx(100));               // no cost section: the price
  CHECK(a.scores.size() == 3);                 // price, social, ins
  CHECK(a.points.at("social") == Approx(20));  // 0.5 x 0.4 x 100
  CHECK(a.total == Approx(80));                // 60 + 20
  CHECK_FALSE(a.quality_points);
}

TEST_CASE("invalid bids: status invalid, reasons from their problems, listed last in lot null",
          "[evaluate]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::lowest_ratio())});
  g.requirements = {fx::answer_at_least("signed", 1)};
  InvalidBid broken;
  broken.id = "broken";
  broken.file = "bids/broken.yaml";
  Diagnostic d;
  d.file = "bids/broken.yaml";
  d.pos = Position{14, 18};
  d.message = "'co2e_kg' expects a number, got 'two tonnes'";
  broken.problems = {d};
  Evaluation e = evaluate(g,
                          {fx::bid("A", {{"price", fx::num(100)}, {"signed", fx::num(1)}}),
                           fx::bid("B", {{"price", fx::num(90)}})},
                          {broken});
  REQUIRE(e.lots.size() == 1);
  CHECK(fx::order(e.lots[0]) == Strings{"A", "B", "broken"});  // ranked, excluded, invalid
  const BidResult& r = fx::result(e, "broken");
  CHECK(r.status == Status::invalid);
  CHECK_FALSE(r.rank);
  CHECK(r.reasons ==
        Strings{"bids/broken.yaml:14:18: 'co2e_kg' expects a number, got 'two tonnes'"});
  // An excluded bid that never entered the scoring has no scores.
  CHECK(fx::result(e, "B").scores.empty());
}

TEST_CASE("invalid bids open lot null when every other bid has a lot", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  InvalidBid broken;
  broken.id = "x";
  Evaluation e = evaluate(g, {fx::bid("A", {{"q", fx::num(1)}}, "1")}, {broken});
  REQUIRE(e.lots.size() == 2);
  CHECK_FALSE(e.lots[0].lot);
  CHECK(fx::order(e.lots[0]) == Strings{"x"});
}

// An invalid bid whose lot could be read is listed in that lot, with its supplier.
TEST_CASE("invalid bids are listed in their lot when it is known", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  InvalidBid broken;
  broken.id = "x";
  broken.supplier = "Xavier SARL";
  broken.lot = "2";
  Evaluation e =
      evaluate(g, {fx::bid("A", {{"q", fx::num(1)}}, "1"), fx::bid("B", {{"q", fx::num(2)}}, "2")},
               {broken});
  REQUIRE(e.lots.size() == 2);  // no lot null is opened for it
  CHECK(e.lots[1].lot == std::optional<std::string>("2"));
  CHECK(fx::order(e.lots[1]) == Strings{"B", "x"});
  CHECK(fx::result(e, "x").supplier == "Xavier SARL");
  CHECK(fx::result(e, "x").lot == std::optional<std::string>("2"));
}

TEST_CASE("a missing price under a price method excludes", "[evaluate]") {
  Grid g = fx::grid(
      {fx::leaf("price", 1, "price", fx::lowest_ratio()), fx::leaf("q", 1, "q", fx::linear(0, 10))},
      Method::price_per_point);
  Evaluation e = evaluate(g, {fx::bid("A", {{"q", fx::num(5)}})});
  CHECK(fx::result(e, "A").reasons ==
        Strings{"price (the price) is not answered; the method price_per_point needs it"});
}

TEST_CASE("the order of the bids changes nothing", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("price", 50, "price", fx::lowest_ratio()),
                     fx::leaf("q", 30, "q", fx::linear_range()),
                     fx::leaf("d", 20, "d", fx::deviation(2))});
  g.requirements = {fx::score_at_least("q", 0.1)};
  std::vector<Bid> bids;
  for (int i = 0; i < 7; ++i)
    bids.push_back(fx::bid("B" + std::to_string(i),
                           {{"price", fx::num(100 + 37 * ((i * 5) % 7))},
                            {"q", fx::num((i * 3) % 5)},
                            {"d", fx::num(10 + (i % 3))}},
                           i % 2 ? std::optional<std::string>("1") : std::nullopt));
  Evaluation first = evaluate(g, bids);
  std::reverse(bids.begin(), bids.end());
  std::rotate(bids.begin(), bids.begin() + 3, bids.end());
  Evaluation second = evaluate(g, bids);
  REQUIRE(first.lots.size() == second.lots.size());
  for (std::size_t l = 0; l < first.lots.size(); ++l) {
    CHECK(fx::order(first.lots[l]) == fx::order(second.lots[l]));
    for (std::size_t i = 0; i < first.lots[l].bids.size(); ++i) {
      CHECK(first.lots[l].bids[i].total == second.lots[l].bids[i].total);  // bit for bit
      CHECK(first.lots[l].bids[i].rank == second.lots[l].bids[i].rank);
      CHECK(first.lots[l].bids[i].reasons == second.lots[l].bids[i].reasons);
    }
  }
  CHECK(first.warnings == second.warnings);
}

TEST_CASE("highest_ratio and deviation through the pipeline", "[evaluate]") {
  Grid g = fx::grid(
      {fx::leaf("h", 1, "h", fx::highest_ratio()), fx::leaf("d", 1, "d", fx::deviation(2))});
  Evaluation e = evaluate(g, {fx::bid("A", {{"h", fx::num(30)}, {"d", fx::num(100)}}),
                              fx::bid("B", {{"h", fx::num(40)}, {"d", fx::num(150)}}),
                              fx::bid("C", {{"d", fx::num(250)}})});
  // h: max 40 (B; C has no answer): A 30/40 = 0.75, B 1, C 0.
  CHECK(fx::result(e, "A").scores.at("h") == Approx(0.75));
  CHECK(fx::result(e, "C").scores.at("h") == Approx(0));
  CHECK(e.lots.at(0).references.at("h").max_bid == "B");
  CHECK(e.lots.at(0).references.at("h").min_bid == "A");
  // d: min 100 (A), k = 2: B 1 - 50/100 = 0.5; C 1 - 150/100 < 0 -> 0.
  CHECK(fx::result(e, "B").scores.at("d") == Approx(0.5));
  CHECK(fx::result(e, "C").scores.at("d") == Approx(0));
  // Totals: A (0.75 + 1) / 2 x 100 = 87.5; B (1 + 0.5) / 2 x 100 = 75; C 0.
  CHECK(fx::result(e, "A").total == Approx(87.5));
  CHECK(fx::result(e, "B").total == Approx(75));
}

TEST_CASE("warnings in French when the grid is in French", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  g.language = "fr";
  Evaluation e = evaluate(g, {fx::bid("A", {}), fx::bid("B", {}, "1"), fx::bid("C", {}, "1")});
  CHECK(fx::result(e, "A").warnings == Strings{"q n'est pas renseigné\u00a0: le critère q vaut 0"});
  CHECK(e.warnings == Strings{"lot 1\u00a0: les offres B, C partagent le rang 1\u00a0; ajoutez un "
                              "tie_break à la grille pour les départager"});
}

// The loader refuses a mapping or a non-panel list where the grid reads a value;
// should one reach the scorer all the same, it counts as not answered.
TEST_CASE("a mapping or a list that is not a panel reads as absent", "[evaluate]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  Answer mapping;
  mapping.kind = Answer::Kind::mapping;
  Answer list;
  list.kind = Answer::Kind::list;
  list.text = "'x'";
  Evaluation e = evaluate(g, {fx::bid("A", {{"q", mapping}}), fx::bid("B", {{"q", list}}),
                              fx::bid("C", {{"q", fx::num(5)}})});
  CHECK(fx::result(e, "A").scores.at("q") == 0);
  CHECK(fx::result(e, "A").warnings == Strings{"q is not answered: criterion q scores 0"});
  CHECK(fx::result(e, "B").scores.at("q") == 0);
  CHECK(fx::result(e, "C").scores.at("q") == Approx(0.5));  // 5/10
}
