// Requirements: knock-outs on answers (before scoring) and on scores (in rounds).
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "score/evaluate.hpp"

using namespace aser;
using Strings = std::vector<std::string>;

namespace {

Grid insertion_grid() {
  return fx::grid({fx::leaf("price", 60, "price", fx::lowest_ratio()),
                   fx::leaf("insertion", 40, "social.insertion_hours_pct", fx::linear(0, 10))});
}

std::vector<Bid> insertion_bids() {
  return {fx::bid("A", {{"price", fx::num(100)}, {"social.insertion_hours_pct", fx::num(5)}}),
          fx::bid("B", {{"price", fx::num(90)}, {"social.insertion_hours_pct", fx::num(3)}}),
          fx::bid("C", {{"price", fx::num(80)}})};
}

}  // namespace

TEST_CASE("answer at_least: inclusive; below or absent excludes", "[requirements]") {
  Grid g = insertion_grid();
  g.requirements = {fx::answer_at_least("social.insertion_hours_pct", 5)};
  Evaluation e = evaluate(g, insertion_bids());
  const BidResult& a = fx::result(e, "A");
  CHECK(a.status == Status::ranked);  // 5 >= 5
  CHECK(*a.rank == 1);
  // A is alone in competition: B (80 and 90) count nowhere, so A's price scores 100/100.
  CHECK(a.scores.at("price") == Approx(1.0));
  const BidResult& b = fx::result(e, "B");
  CHECK(b.status == Status::excluded);
  CHECK_FALSE(b.rank);
  CHECK(b.reasons == Strings{"social.insertion_hours_pct = 3 is below the minimum 5"});
  CHECK(fx::result(e, "C").reasons == Strings{"social.insertion_hours_pct is not answered"});
  CHECK(fx::order(e.lots.at(0)) == Strings{"A", "B", "C"});
  CHECK(e.lots.at(0).references.at("price").min_bid == "A");
}

// The grid's reason says why; the generated one, in brackets, what the bid answered.
TEST_CASE("a requirement's own reason comes first, the facts after it", "[requirements]") {
  Grid g = insertion_grid();
  g.requirements = {fx::answer_at_least("social.insertion_hours_pct", 5,
                                        "Clause sociale — 5 % d'heures d'insertion au minimum")};
  Evaluation e = evaluate(g, insertion_bids());
  CHECK(fx::result(e, "B").reasons ==
        Strings{"Clause sociale — 5 % d'heures d'insertion au minimum "
                "(social.insertion_hours_pct = 3 is below the minimum 5)"});
  CHECK(fx::result(e, "C").reasons ==
        Strings{"Clause sociale — 5 % d'heures d'insertion au minimum "
                "(social.insertion_hours_pct is not answered)"});
}

TEST_CASE("generated reasons in French when the grid is in French", "[requirements]") {
  Grid g = insertion_grid();
  g.language = "fr";
  g.requirements = {fx::answer_at_least("social.insertion_hours_pct", 5)};
  Evaluation e = evaluate(g, insertion_bids());
  CHECK(fx::result(e, "B").reasons == Strings{"social.insertion_hours_pct = 3, sous le minimum 5"});
  CHECK(fx::result(e, "C").reasons == Strings{"social.insertion_hours_pct n'est pas renseigné"});
}

TEST_CASE("answer at_most: inclusive", "[requirements]") {
  Grid g = fx::grid({fx::leaf("emissions", 1, "co2", fx::linear(5000, 0))});
  g.requirements = {fx::answer_at_most("co2", 1000)};
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"co2", fx::num(1000)}}), fx::bid("B", {{"co2", fx::num(1000.5)}})});
  CHECK(fx::result(e, "A").status == Status::ranked);
  CHECK(fx::result(e, "B").reasons == Strings{"co2 = 1000.5 is above the maximum 1000"});
}

TEST_CASE("answer equals: a label, a boolean, a number", "[requirements]") {
  Grid g = fx::grid(
      {fx::leaf("label", 1, "ecolabel", fx::scale({{"EU Ecolabel", 1}, {"ISO 14001", 0.6}}))});
  g.requirements = {fx::answer_equals("ecolabel", fx::lit_text("EU Ecolabel")),
                    fx::answer_equals("signed", fx::lit_bool(true)),
                    fx::answer_equals("sites", fx::lit_number(3))};
  Evaluation e = evaluate(g, {fx::bid("A", {{"ecolabel", fx::text("EU Ecolabel")},
                                            {"signed", fx::yes_no(true)},
                                            {"sites", fx::num(3)}}),
                              fx::bid("B", {{"ecolabel", fx::text("ISO 14001")},
                                            {"signed", fx::yes_no(false)},
                                            {"sites", fx::num(2)}})});
  CHECK(fx::result(e, "A").status == Status::ranked);
  // Every failing requirement gives its reason, in the grid's order.
  CHECK(fx::result(e, "B").reasons == Strings{"ecolabel = 'ISO 14001', expected 'EU Ecolabel'",
                                              "signed = false, expected true",
                                              "sites = 2, expected 3"});
}

TEST_CASE("a panel is reduced with the criterion's setting before a requirement",
          "[requirements]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10), Missing::zero, Panel::min)});
  g.requirements = {fx::answer_at_least("q", 5), fx::answer_at_least("other", 5)};
  Evaluation e =
      evaluate(g, {fx::bid("A", {{"q", fx::marks({7, 4})}, {"other", fx::marks({7, 4})}})});
  // q: min(7, 4) = 4 < 5. other: no criterion reads it, mean (7 + 4) / 2 = 5.5 >= 5.
  CHECK(fx::result(e, "A").reasons == Strings{"q = 4 is below the minimum 5"});
}

TEST_CASE("missing: exclude", "[requirements]") {
  Grid g = fx::grid(
      {fx::leaf("price", 1, "price", fx::lowest_ratio()),
       fx::leaf("emissions", 1, "environment.co2e_kg", fx::linear(5000, 0), Missing::exclude)});
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(100)}}),
          fx::bid("B", {{"price", fx::num(200)}, {"environment.co2e_kg", fx::num(2500)}})});
  const BidResult& a = fx::result(e, "A");
  CHECK(a.status == Status::excluded);
  CHECK(a.reasons ==
        Strings{"environment.co2e_kg is not answered (criterion emissions requires an answer)"});
  // A counts nowhere: B's price is the lowest in competition.
  CHECK(fx::result(e, "B").scores.at("price") == Approx(1.0));
  CHECK(fx::result(e, "B").total == Approx(75));  // 0.5 x 100 + 0.5 x 0.5 x 100
}

TEST_CASE("a group requirement excludes, and the lot is scored again", "[requirements]") {
  Grid g = fx::grid(
      {fx::leaf("price", 50, "price", fx::lowest_ratio()),
       fx::group("environment", 50, {fx::leaf("emissions", 1, "co2", fx::linear(5000, 0))})});
  g.requirements = {fx::score_at_least("environment", 0.3)};
  Evaluation e = evaluate(g, {fx::bid("A", {{"price", fx::num(80)}, {"co2", fx::num(4000)}}),
                              fx::bid("B", {{"price", fx::num(100)}, {"co2", fx::num(1000)}}),
                              fx::bid("C", {{"price", fx::num(120)}, {"co2", fx::num(0)}})});
  // Round 1 (min price 80): A's environment (4000 - 5000) / (0 - 5000) = 0.2 < 0.3: A leaves.
  const BidResult& a = fx::result(e, "A");
  CHECK(a.status == Status::excluded);
  CHECK(a.reasons == Strings{"score of environment = 0.2 is below the minimum 0.3"});
  CHECK(a.scores.at("price") == Approx(1.0));  // kept from the round it left: 80 / 80
  CHECK(a.total == Approx(60));                // 50 + 0.2 x 50
  // Round 2 (min price 100, set by B): B's price 100/100 = 1 (0.8 in round 1);
  // B = 50 + 0.8 x 50 = 90; C = 100/120 x 50 + 1 x 50 = 41.667 + 50 = 91.667.
  const BidResult& b = fx::result(e, "B");
  CHECK(b.scores.at("price") == Approx(1.0));
  CHECK(b.total == Approx(90));
  CHECK(fx::result(e, "C").total == Approx(91.666667));
  CHECK(fx::order(e.lots.at(0)) == Strings{"C", "B", "A"});
  const Reference& ref = e.lots.at(0).references.at("price");
  CHECK(ref.min == Approx(100));
  CHECK(ref.min_bid == "B");
}

TEST_CASE("exclusion rounds cascade until nobody leaves", "[requirements]") {
  Grid g = fx::grid({fx::leaf("price", 1, "price", fx::linear_range())});
  g.requirements = {fx::score_at_least("price", 0.4)};
  Evaluation e = evaluate(
      g, {fx::bid("A", {{"price", fx::num(100)}}), fx::bid("B", {{"price", fx::num(150)}}),
          fx::bid("C", {{"price", fx::num(190)}}), fx::bid("D", {{"price", fx::num(200)}})});
  // Round 1 (100..200): A 1, B 0.5, C (200 - 190) / 100 = 0.1, D 0: C and D leave together.
  // Round 2 (100..150): A 1, B 0: B leaves. Round 3: A alone, all equal: 1.
  CHECK(fx::result(e, "C").reasons == Strings{"score of price = 0.1 is below the minimum 0.4"});
  CHECK(fx::result(e, "D").reasons == Strings{"score of price = 0 is below the minimum 0.4"});
  CHECK(fx::result(e, "B").reasons == Strings{"score of price = 0 is below the minimum 0.4"});
  CHECK(fx::result(e, "A").scores.at("price") == Approx(1.0));
  CHECK(fx::order(e.lots.at(0)) == Strings{"A", "B", "C", "D"});
  CHECK(*fx::result(e, "A").rank == 1);
}

TEST_CASE("a score requirement at_most, and inclusive limits on scores", "[requirements]") {
  Grid g = fx::grid({fx::leaf("q", 1, "q", fx::linear(0, 10))});
  g.requirements = {fx::score_at_most("q", 0.9), fx::score_at_least("q", 0.3)};
  Evaluation e =
      evaluate(g, {fx::bid("A", {{"q", fx::num(9.5)}}), fx::bid("B", {{"q", fx::num(3)}}),
                   fx::bid("C", {{"q", fx::num(9)}})});
  CHECK(fx::result(e, "A").reasons == Strings{"score of q = 0.95 is above the maximum 0.9"});
  CHECK(fx::result(e, "B").status == Status::ranked);  // 3/10 = 0.3 >= 0.3 (inclusive)
  CHECK(fx::result(e, "C").status == Status::ranked);  // 0.9 <= 0.9
}

TEST_CASE("French reason for a group requirement", "[requirements]") {
  Grid g = fx::grid({fx::group("environment", 1, {fx::leaf("e", 1, "co2", fx::linear(5000, 0))})});
  g.language = "fr";
  g.requirements = {fx::score_at_least("environment", 0.3)};
  Evaluation e = evaluate(g, {fx::bid("A", {{"co2", fx::num(4000)}})});
  CHECK(fx::result(e, "A").reasons ==
        Strings{"note de environment = 0,2, sous le minimum 0,3"});  // (5000 − 4000) / 5000 = 0.2
}
