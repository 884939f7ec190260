// The breakdown of one bid (report/breakdown.hpp), on a small grid scored by
// the real scorer: answers and where they are written, rules and their
// working, references and the bids that set them, points, subtotals, the
// total, requirements and neighbours. Figures worked out by hand.
#include <catch2/catch.hpp>
#include <tuple>

#include "report/breakdown.hpp"
#include "report/facts.hpp"
#include "score/evaluate.hpp"

using namespace aser;
using report::BidBreakdown;
using report::NodeBreakdown;

namespace {

const std::string nbsp = "\u00a0";

Criterion leaf(std::string id, std::string answer, double weight, Rule rule) {
  Criterion c;
  c.id = std::move(id);
  c.answer = std::move(answer);
  c.weight = weight;
  c.rule = std::move(rule);
  return c;
}

// price 50 (lowest_ratio), quality 50 {delivery (steps, at most 5 days → 1,
// at most 10 → 0.5), label (scale gold 1, silver 0.5)}; price at most 1000.
Grid grid(const std::string& language) {
  Grid g;
  g.name = "Breakdown test";
  g.language = language;
  g.file = "grid.yaml";
  Rule lowest;
  lowest.kind = RuleKind::lowest_ratio;
  Criterion price = leaf("price", "price", 50, lowest);
  price.label = "Price";
  Rule steps;
  steps.kind = RuleKind::steps;
  steps.steps = {{false, 5, 1}, {false, 10, 0.5}};
  Rule scale;
  scale.kind = RuleKind::scale;
  scale.labels = {{"gold", 1}, {"silver", 0.5}};
  Criterion quality;
  quality.id = "quality";
  quality.weight = 50;
  quality.group = true;
  quality.children = {leaf("delivery", "delivery_days", 1, steps),
                      leaf("label", "label", 1, scale)};
  g.criteria = {price, quality};
  Requirement cap;
  cap.answer = "price";
  cap.at_most = 1000;
  g.requirements = {cap};
  return g;
}

// The scalar as written in a file ("800").
std::string fixed(double value) {
  return std::to_string(static_cast<int>(value));
}

Answer number(double value, const std::string& text, int line) {
  Answer a;
  a.kind = Answer::Kind::number;
  a.number = value;
  a.text = text;
  a.pos = {line, 8};
  return a;
}

Answer label(const std::string& text, int line) {
  Answer a;
  a.kind = Answer::Kind::text;
  a.text = text;
  a.pos = {line, 8};
  return a;
}

Bid bid(const std::string& id, double price, double days, const std::string& grade) {
  Bid b;
  b.id = id;
  b.supplier = "Supplier " + id;
  b.file = "bids/" + id + ".yaml";
  b.sha256 = std::string(64, id[0] == 'A' ? 'a' : 'b');
  b.answers["price"] = number(price, fixed(price), 2);
  b.answers["delivery_days"] = number(days, fixed(days), 3);
  b.answers["label"] = label(grade, 4);
  return b;
}

// A: price 800, delivery 4 days, gold. B: price 400, delivery 12 days, silver.
// C: price 1200 > 1000 → excluded before scoring.
// Lowest price in competition: B's 400.
// A: price 400/800 = 0.5 → 0.5 × 50 % × 100 = 25; delivery 4 ≤ 5 → 1; label gold → 1;
//    quality (1 + 1)/2 = 1 → 50; total 75.
// B: price 1 → 50; delivery 12: no step holds → 0; label silver 0.5; quality 0.25 → 12.5;
//    total 62.5. A is 75 − 62.5 = 12.5 points ahead.
std::vector<Bid> bids() {
  return {bid("A", 800, 4, "gold"), bid("B", 400, 12, "silver"), bid("C", 1200, 1, "gold")};
}

const NodeBreakdown& node(const BidBreakdown& b, const std::string& id) {
  for (const NodeBreakdown& n : b.nodes)
    if (n.id == id) return n;
  FAIL("no node " << id);
  return b.nodes.front();
}

const BidBreakdown& find(const std::vector<BidBreakdown>& all, const std::string& id) {
  for (const BidBreakdown& b : all)
    if (b.id == id) return b;
  FAIL("no bid " << id);
  return all.front();
}

}  // namespace

TEST_CASE("breakdown: nodes, answers, rules, references and points in English", "[breakdown]") {
  const Grid g = grid("en");
  const std::vector<Bid> given = bids();
  const Evaluation eval = evaluate(g, given);
  const std::vector<BidBreakdown> all = report::breakdowns(g, eval, &given);
  REQUIRE(all.size() == 3);
  const BidBreakdown& a = find(all, "A");

  CHECK(a.status == Status::ranked);
  CHECK(a.rank == 1);
  CHECK(a.ranked_count == 2);
  CHECK(a.total == Approx(75));
  CHECK(a.answers_known);
  REQUIRE(a.nodes.size() == 4);
  CHECK(a.nodes[0].id == "price");
  CHECK(a.nodes[1].id == "quality");
  CHECK(a.nodes[2].depth == 1);
  CHECK(a.nodes[3].id == "label");

  const NodeBreakdown& price = node(a, "price");
  CHECK(price.answer.written == "800");
  CHECK(price.answer.location == "bids/A.yaml:2:8");
  CHECK(price.rule == "lowest_ratio: the lowest of the bids ÷ the answer");
  REQUIRE(price.reference);
  CHECK(price.reference->min == Approx(400));
  CHECK(price.reference->min_bid == "B");
  CHECK(price.reference->text == "lowest: €400.00 (B)");
  CHECK(price.working == "€400.00 ÷ €800.00 = 0.500");
  CHECK(*price.points == Approx(25));
  CHECK(price.points_working == "0.500 × 50.0% × 100 = 25.00");

  CHECK(node(a, "delivery").rule == "steps: ≤ 5 → 1; ≤ 10 → 0.5; otherwise 0");
  CHECK(node(a, "delivery").working == "4 ≤ 5 → 1.000");
  CHECK(node(a, "label").working == "'gold' → 1.000");
  CHECK(node(a, "quality").subtotal == "score 1.000, 25.00 + 25.00 = 50.00 points");
  CHECK(a.total_line == "25.00 + 50.00 = 75.00");

  REQUIRE(a.requirements.size() == 1);
  CHECK(a.requirements[0].passed);
  CHECK(a.requirements[0].text == "price: 800, required ≤ 1,000 → met");
  CHECK_FALSE(a.above);
  REQUIRE(a.below);
  CHECK(a.below->id == "B");
  CHECK(a.below->gap == Approx(12.5));
  CHECK(a.below->gap_text == "12.50 points");

  const BidBreakdown& b = find(all, "B");
  CHECK(node(b, "delivery").working == "12: no step holds → 0.000");
  CHECK(node(b, "price").working == "€400.00 ÷ €400.00 = 1.000");
  REQUIRE(b.above);
  CHECK(b.above->id == "A");
  CHECK(b.total_line == "50.00 + 12.50 = 62.50");
}

TEST_CASE("breakdown: an excluded bid has its reasons and failed requirement", "[breakdown]") {
  const Grid g = grid("en");
  const std::vector<Bid> given = bids();
  const Evaluation eval = evaluate(g, given);
  const std::vector<BidBreakdown> all = report::breakdowns(g, eval, &given);
  const BidBreakdown& c = find(all, "C");
  CHECK(c.status == Status::excluded);
  CHECK_FALSE(c.rank);
  CHECK(c.total_line.empty());
  CHECK_FALSE(c.reasons.empty());
  REQUIRE(c.requirements.size() == 1);
  CHECK_FALSE(c.requirements[0].passed);
  CHECK(c.requirements[0].text == "price: 1,200, required ≤ 1,000 → not met");
  CHECK_FALSE(node(c, "price").score);  // left before scoring
  CHECK(node(c, "price").answer.written == "1200");
}

TEST_CASE("breakdown: French words and numbers", "[breakdown]") {
  const Grid g = grid("fr");
  const std::vector<Bid> given = bids();
  const Evaluation eval = evaluate(g, given);
  const std::vector<BidBreakdown> all = report::breakdowns(g, eval, &given);
  const BidBreakdown& a = find(all, "A");
  CHECK(node(a, "price").reference->text == "la plus basse" + nbsp + ": 400,00" + nbsp + "€ (B)");
  CHECK(node(a, "price").points_working == "0,500 × 50,0" + nbsp + "% × 100 = 25,00");
  CHECK(node(a, "delivery").rule ==
        "steps" + nbsp + ": ≤ 5 → 1" + nbsp + "; ≤ 10 → 0,5" + nbsp + "; sinon 0");
  CHECK(a.requirements[0].text == "price" + nbsp + ": 800, exigé ≤ 1" + nbsp + "000 → satisfaite");
  CHECK(a.below->gap_text == "12,50 points");
}

TEST_CASE("breakdown: without the bids, the figures still come from the evaluation",
          "[breakdown]") {
  const Grid g = grid("en");
  const std::vector<Bid> given = bids();
  const Evaluation eval = evaluate(g, given);
  const std::vector<BidBreakdown> all = report::breakdowns(g, eval, nullptr);
  const BidBreakdown& a = find(all, "A");
  CHECK_FALSE(a.answers_known);
  CHECK(node(a, "price").answer.written.empty());
  CHECK(node(a, "price").working.empty());
  CHECK(*node(a, "price").score == Approx(0.5));
  CHECK(node(a, "price").reference->min_bid == "B");  // from the evaluation
  CHECK(a.total_line == "25.00 + 50.00 = 75.00");
  CHECK_FALSE(a.requirements[0].checked);
}

namespace {

// price (lowest_ratio) and quality (linear 0 → 10) under `method`, with raw
// weights 40 and 60; A: price 100, quality 8; B: price 50, quality 2.
struct TwoBids {
  Grid grid;
  std::vector<Bid> bids;
  Evaluation eval;
  std::vector<BidBreakdown> all;
};

TwoBids two_bids(Method method, double quality_weight, double price_b) {
  TwoBids t;
  t.grid.language = "en";
  t.grid.method.kind = method;
  Rule lowest;
  lowest.kind = RuleKind::lowest_ratio;
  Rule linear;
  linear.worst = 0;
  linear.best = 10;
  t.grid.criteria = {leaf("price", "price", 40, lowest),
                     leaf("quality", "quality", quality_weight, linear)};
  for (auto [id, price, quality] : {std::tuple{"A", 100.0, 8.0}, std::tuple{"B", price_b, 2.0}}) {
    Bid b;
    b.id = id;
    b.file = std::string(id) + ".yaml";
    b.answers["price"] = number(price, fixed(price), 1);
    b.answers["quality"] = number(quality, fixed(quality), 2);
    t.bids.push_back(b);
  }
  t.eval = evaluate(t.grid, t.bids);
  t.all = report::breakdowns(t.grid, t.eval, &t.bids);
  return t;
}

}  // namespace

// price_per_point: the quality points are quality's score × 60 % / 60 % × 100:
// A 0.8 → 80, B 0.2 → 20; A: 100 ÷ 80 = 1.25, B: 50 ÷ 20 = 2.5 (lower wins);
// B is 2.5 − 1.25 = 1.25 per point behind A.
TEST_CASE("breakdown: price per point, money per point between neighbours", "[breakdown]") {
  TwoBids t = two_bids(Method::price_per_point, 60, 50);
  const BidBreakdown& a = find(t.all, "A");
  CHECK(a.rank == 1);
  CHECK(a.total_line == "quality points: 80.00 = 80.00; €100.00 ÷ 80.00 = 1.2500");
  CHECK(node(a, "price").points_working.empty());  // price has no quality points
  // quality's share among the quality criteria is 60 % / 60 % = 1: × 100.
  CHECK(node(a, "quality").points_working == "0.800 × 100 = 80.00");
  REQUIRE(a.below);
  CHECK(a.below->gap == Approx(1.25));
  CHECK(a.below->gap_text == "1.2500 per point");
}

// fictitious_price: quality's weight 30 is money: A 100 − 30 × 0.8 = 76,
// B 90 − 30 × 0.2 = 84; A first, €8.00 ahead.
TEST_CASE("breakdown: fictitious price, the money each criterion takes off", "[breakdown]") {
  TwoBids t = two_bids(Method::fictitious_price, 30, 90);
  const BidBreakdown& a = find(t.all, "A");
  CHECK(a.rank == 1);
  CHECK(a.total == Approx(76));
  CHECK(a.total_line == "€100.00 − €24.00 = €76.00");
  CHECK(node(a, "quality").points_working == "0.800 × €30.00 = 24.00");
  const BidBreakdown& b = find(t.all, "B");
  REQUIRE(b.above);
  CHECK(b.above->gap_text == "€8.00");
}

TEST_CASE("breakdown: effective weights keep the decimals they need", "[breakdown]") {
  CHECK(report::share_text(0.4, report::Language::fr) == "40,0" + nbsp + "%");
  CHECK(report::share_text(0.075, report::Language::en) == "7.5%");
  CHECK(report::share_text(0.0625, report::Language::en) == "6.25%");      // 1/16
  CHECK(report::share_text(1.0 / 3, report::Language::en) == "33.3333%");  // 4 decimals at most
}

// adjusted_price: quality's coefficient is its raw weight 0.2 = Vmax.
// A: V = 0.2 × 0.8 = 0.16 → 100 ÷ (1 + 0.16 ÷ (1 − 0.2)) = 100 ÷ 1.2 = 83.33;
// B: V = 0.2 × 0.2 = 0.04 → 90 ÷ (1 + 0.05) = 85.714… → 85.71; A is €2.38 ahead.
TEST_CASE("breakdown: adjusted price, V with 4 decimals", "[breakdown]") {
  TwoBids t = two_bids(Method::adjusted_price, 0.2, 90);
  const BidBreakdown& a = find(t.all, "A");
  CHECK(a.rank == 1);
  CHECK(a.total_line == "V = 0.1600 = 0.1600; €100.00 ÷ (1 + V ÷ (1 − 0.2)) = €83.33");
  CHECK(node(a, "quality").points_working == "0.800 × 0.2 = 0.1600");
  REQUIRE(a.below);
  CHECK(a.below->gap_text == "€2.38");
}

TEST_CASE("breakdown_of: a copy of a bid's result finds its neighbours by id", "[breakdown]") {
  const Grid g = grid("en");
  const std::vector<Bid> given = bids();
  const Evaluation eval = evaluate(g, given);
  REQUIRE(eval.lots.at(0).bids.at(1).id == "B");  // A 75, then B 62.5 (see above)
  const BidResult copy = eval.lots[0].bids[1];
  const BidBreakdown b = report::breakdown_of(g, eval.lots[0], copy, &given);
  REQUIRE(b.above);
  CHECK(b.above->id == "A");
  CHECK_FALSE(b.below);
  CHECK(node(b, "price").answer.location == "bids/B.yaml:2:8");
}

// A declared lot with weights of its own (price 50, quality 150: shares 0.25
// and 0.75; delivery and label 0.375 each). A and B in it, C left out:
// A: price 400/800 = 0.5 → 0.5 × 25% × 100 = 12.5; quality 1 → 75; total 87.5.
// B: price 1 → 25; quality (0 + 0.5)/2 = 0.25 → 18.75; total 43.75.
TEST_CASE("breakdown: a lot's own weights, not the grid's", "[breakdown]") {
  Grid g = grid("en");
  Lot lot;
  lot.id = "1";
  lot.weights = {{"quality", 150}};
  g.lots = {lot};
  std::vector<Bid> given = {bid("A", 800, 4, "gold"), bid("B", 400, 12, "silver")};
  for (Bid& b : given) b.lot = "1";
  const Evaluation eval = evaluate(g, given);
  const std::vector<BidBreakdown> all = report::breakdowns(g, eval, &given);
  const BidBreakdown& a = find(all, "A");
  CHECK(a.total == Approx(87.5));
  CHECK(node(a, "price").effective_weight == Approx(0.25));
  CHECK(node(a, "price").points_working == "0.500 × 25.0% × 100 = 12.50");
  CHECK(node(a, "quality").weight == Approx(150));
  CHECK(node(a, "quality").effective_weight == Approx(0.75));
  CHECK(node(a, "delivery").points_working == "1.000 × 37.5% × 100 = 37.50");
  CHECK(a.total_line == "12.50 + 75.00 = 87.50");
  // breakdown_of gives the same figures, bid by bid.
  const BidResult& b_result = eval.lots[0].bids[1];
  REQUIRE(b_result.id == "B");
  const BidBreakdown b = report::breakdown_of(g, eval.lots[0], b_result, &given);
  CHECK(node(b, "quality").points_working == "0.00 + 18.75 = 18.75");  // delivery 12 days: 0
  CHECK(node(b, "label").points_working == "0.500 × 37.5% × 100 = 18.75");
  CHECK(b.total_line == "25.00 + 18.75 = 43.75");
}

// price_per_point in a lot with its own weights (quality 60 for the grid's
// 30): the price still has no quality points, though the lot's plan is made
// from a copy of the grid (nodes matched by id, not by address).
// A: quality 8/10 = 0.8 → 0.8 × 100 = 80; €100 ÷ 80 = 1.25 per point.
TEST_CASE("breakdown: price per point in a lot with its own weights", "[breakdown]") {
  TwoBids t = two_bids(Method::price_per_point, 30, 50);
  Lot lot;
  lot.id = "1";
  lot.weights = {{"quality", 60}};
  t.grid.lots = {lot};
  for (Bid& b : t.bids) b.lot = "1";
  t.eval = evaluate(t.grid, t.bids);
  t.all = report::breakdowns(t.grid, t.eval, &t.bids);
  const BidBreakdown& a = find(t.all, "A");
  CHECK(node(a, "price").points_factor == 0);
  CHECK(node(a, "price").effective_weight == Approx(0.4));  // 40 / (40 + 60)
  CHECK(node(a, "quality").weight == Approx(60));
  CHECK(a.total_line == "quality points: 80.00 = 80.00; €100.00 ÷ 80.00 = 1.2500");
}
