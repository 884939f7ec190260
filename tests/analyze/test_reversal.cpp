// Rank reversal: the lot scored afresh without each bid (DESIGN section 7).
// Figures worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "analyze/reversal.hpp"
#include "score/evaluate.hpp"
#include "score/fixtures.hpp"

using namespace fx;

namespace {

const aser::Removal& removal_of(const aser::Reversal& reversal, const std::string& id) {
  for (const aser::Removal& removal : reversal.removals)
    if (removal.removed == id) return removal;
  throw std::runtime_error("no removal of " + id);
}

// price 50 %, quality 50 % (linear 0..10 on q).
//   w: price 100, q 10;  c: price 50, q 0;  y: price 200, q 4;  x: price 100, q 0.
std::vector<Bid> four_bids() {
  return {bid("w", {{"price", num(100)}, {"q", num(10)}}),
          bid("c", {{"price", num(50)}, {"q", num(0)}}),
          bid("y", {{"price", num(200)}, {"q", num(4)}}),
          bid("x", {{"price", num(100)}, {"q", num(0)}})};
}

}  // namespace

// lowest_ratio, min = 50 (c): w = 50×50/100 + 50 = 75; c = 50; y = 50×50/200 + 50×0.4 = 32.5;
// x = 50×50/100 = 25. Ranks w, c, y, x.
// Without c, min = 100 (w and x): w = 50 + 50 = 100; y = 25 + 20 = 45; x = 50: x passes y.
// Without w, y or x the min stays 50 (c): no score changes, no flip.
TEST_CASE("removing a losing bid swaps two others under lowest_ratio", "[reversal]") {
  Grid g =
      grid({leaf("price", 50, "price", lowest_ratio()), leaf("quality", 50, "q", linear(0, 10))});
  const std::vector<Bid> bids = four_bids();
  const Evaluation before = evaluate(g, bids);
  REQUIRE(order(before.lots[0]) == std::vector<std::string>{"w", "c", "y", "x"});

  const Reversal reversal = rank_reversal(g, before.lots[0], bids);
  CHECK(reversal.relative);
  REQUIRE(reversal.removals.size() == 4);
  CHECK(reversal.removals[0].removed == "w");  // the report's order
  CHECK(reversal.removals[3].removed == "x");

  const Removal& without_c = removal_of(reversal, "c");
  REQUIRE(without_c.flips.size() == 1);
  CHECK(without_c.flips[0].pair == BidPair{"y", "x"});
  CHECK(without_c.flips[0].before.first == Approx(32.5));
  CHECK(without_c.flips[0].before.second == Approx(25));
  CHECK(without_c.flips[0].after.first == Approx(45));
  CHECK(without_c.flips[0].after.second == Approx(50));
  CHECK(without_c.winner == std::optional<std::string>("w"));
  for (const char* id : {"w", "y", "x"}) CHECK(removal_of(reversal, id).flips.empty());
  // Without w the winner is c (50 against 32.5 and 25).
  CHECK(removal_of(reversal, "w").winner == std::optional<std::string>("c"));
}

// The same bids with the price on fixed bounds (linear 250 → 0): every score
// stands alone, so no removal can flip a pair: w = 50×0.6 + 50 = 80, c = 40,
// y = 10 + 20 = 30, x = 30 — y and x tie; tie_break price puts x (100) first.
TEST_CASE("fixed price bounds: no removal flips a pair", "[reversal]") {
  Grid g =
      grid({leaf("price", 50, "price", linear(250, 0)), leaf("quality", 50, "q", linear(0, 10))});
  g.tie_break = {"price"};
  const std::vector<Bid> bids = four_bids();
  const Evaluation before = evaluate(g, bids);
  REQUIRE(order(before.lots[0]) == std::vector<std::string>{"w", "c", "x", "y"});
  const Reversal reversal = rank_reversal(g, before.lots[0], bids);
  CHECK_FALSE(reversal.relative);
  REQUIRE(reversal.removals.size() == 4);
  for (const Removal& removal : reversal.removals) CHECK(removal.flips.empty());
  CHECK(removal_of(reversal, "w").winner == std::optional<std::string>("c"));
  CHECK(removal_of(reversal, "c").winner == std::optional<std::string>("w"));
}

// Requirements: price score >= 0.6, quality score >= 0.5; price lowest_ratio.
//   e: price 50, q 0;  f: price 100, q 10;  g: price 80, q 10.
// Round 1 (min 50, set by e): e fails quality (0); f's price scores 50/100 = 0.5 < 0.6:
//   e and f leave together. Round 2 (min 80): g alone, 1 → ranked; e, f excluded.
// Without e: round 1 min = 80: f's price 0.8 passes; f = 50×0.8 + 50 = 90, g = 100.
//   f is readmitted: the removal of an excluded bid changed the rounds.
// Without f: e still fails quality in round 1, g alone after: nothing changes.
TEST_CASE("removing an excluded bid changes the exclusion rounds", "[reversal]") {
  Grid gr =
      grid({leaf("price", 50, "price", lowest_ratio()), leaf("quality", 50, "q", linear(0, 10))});
  gr.requirements = {score_at_least("price", 0.6), score_at_least("quality", 0.5)};
  const std::vector<Bid> bids = {bid("e", {{"price", num(50)}, {"q", num(0)}}),
                                 bid("f", {{"price", num(100)}, {"q", num(10)}}),
                                 bid("g", {{"price", num(80)}, {"q", num(10)}})};
  const Evaluation before = evaluate(gr, bids);
  REQUIRE(order(before.lots[0]) == std::vector<std::string>{"g", "e", "f"});
  CHECK(result(before, "f").status == Status::excluded);

  const Reversal reversal = rank_reversal(gr, before.lots[0], bids);
  REQUIRE(reversal.removals.size() == 3);  // g, e and f: every valid bid, excluded ones too
  const Removal& without_e = removal_of(reversal, "e");
  CHECK(without_e.readmitted == std::vector<std::string>{"f"});
  CHECK(without_e.excluded_after.empty());
  CHECK(without_e.winner == std::optional<std::string>("g"));
  CHECK(without_e.flips.empty());
  CHECK(removal_of(reversal, "f").readmitted.empty());
  // Without g, the only ranked bid: e still fails quality, f's price 50/100 still fails.
  const Removal& without_g = removal_of(reversal, "g");
  CHECK(without_g.readmitted.empty());
  CHECK_FALSE(without_g.winner.has_value());
}

// Invalid bids are never removed; other lots' bids are left out of the lot.
TEST_CASE("reversal skips invalid bids and other lots", "[reversal]") {
  Grid g =
      grid({leaf("price", 50, "price", lowest_ratio()), leaf("quality", 50, "q", linear(0, 10))});
  std::vector<Bid> bids = four_bids();
  bids.push_back(bid("other-lot", {{"price", num(1)}, {"q", num(10)}}, "2"));
  InvalidBid broken;
  broken.id = "broken";
  broken.file = "bids/broken.yaml";
  const Evaluation before = evaluate(g, bids, {broken});
  REQUIRE(before.lots.size() == 2);
  const Reversal reversal = rank_reversal(g, before.lots[0], bids);
  REQUIRE(reversal.removals.size() == 4);              // not "broken", not "other-lot"
  CHECK(removal_of(reversal, "c").flips.size() == 1);  // the cheap bid of lot 2 changes nothing
}
