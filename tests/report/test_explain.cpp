// The text of `aser explain` (report/explain.hpp) on a small grid scored by
// the real scorer: the layout line by line, both languages, colour, the
// provenance. Figures worked out by hand.
#include <catch2/catch.hpp>
#include <tuple>

#include "report/explain.hpp"
#include "score/evaluate.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

const std::string nb = "\u00a0";

Answer number(double value, const std::string& text, int line) {
  Answer a;
  a.number = value;
  a.text = text;
  a.pos = {line, 8};
  return a;
}

// price 60 (lowest_ratio), quality 40 (linear 0 → 10); A: 200 and 10; B: 100 and 5.
// A: price 100/200 = 0.5 → 0.5 × 60 % × 100 = 30; quality 1 → 40; total 70.
// B: price 1 → 60; quality 0.5 → 20; total 80. B first, A 10 points behind.
struct Sample {
  Grid grid;
  std::vector<Bid> bids;
  Evaluation eval;
  std::vector<report::BidBreakdown> all;
};

Sample sample(const std::string& language) {
  Sample s;
  s.grid.name = "Explain test";
  s.grid.language = language;
  s.grid.file = "grid.yaml";
  s.grid.sha256 = std::string(64, 'f');
  Criterion price;
  price.id = "price";
  price.label = language == "fr" ? "Prix" : "Price";
  price.weight = 60;
  price.answer = "price";
  price.rule.kind = RuleKind::lowest_ratio;
  Criterion quality;
  quality.id = "quality";
  quality.weight = 40;
  quality.answer = "quality";
  quality.rule.worst = 0;
  quality.rule.best = 10;
  s.grid.criteria = {price, quality};
  for (auto [id, p, q] : {std::tuple{"A", 200, 10}, std::tuple{"B", 100, 5}}) {
    Bid b;
    b.id = id;
    b.supplier = std::string("Supplier ") + id;
    b.file = std::string("bids/") + id + ".yaml";
    b.sha256 = std::string(64, id[0] == 'A' ? 'a' : 'b');
    b.answers["price"] = number(p, std::to_string(p), 2);
    b.answers["quality"] = number(q, std::to_string(q), 3);
    s.bids.push_back(b);
  }
  s.eval = evaluate(s.grid, s.bids);
  s.all = report::breakdowns(s.grid, s.eval, &s.bids);
  return s;
}

ReportOptions options() {
  ReportOptions o;
  o.version = "1.2.3";
  return o;
}

}  // namespace

TEST_CASE("explain: one bid, line by line, in English", "[explain]") {
  Sample s = sample("en");
  REQUIRE(s.all.size() == 2);
  REQUIRE(s.all[1].id == "A");
  const std::string out = report::render_explanation(s.grid, s.all[1], options());
  CHECK(out ==
        "Explanation of bid A — Supplier A\n"
        "File: bids/A.yaml (sha256 " +
            std::string(64, 'a') +
            ")\n"
            "Status: ranked, rank 2 of 2\n"
            "Price: €200.00\n"
            "Total: 70.00 (points out of 100)\n"
            "\n"
            "Price [price] — Effective weight 60.0%\n"
            "  Answer: 200 (bids/A.yaml:2:8)\n"
            "  Rule: lowest_ratio: the lowest of the bids ÷ the answer\n"
            "  Reference: lowest: €100.00 (B)\n"
            "  Working: €100.00 ÷ €200.00 = 0.500\n"
            "  Score: 0.500\n"
            "  Points: 0.500 × 60.0% × 100 = 30.00\n"
            "quality [quality] — Effective weight 40.0%\n"
            "  Answer: 10 (bids/A.yaml:3:8)\n"
            "  Rule: linear: score 0 at 0, 1 at 10\n"
            "  Working: (10 − 0) ÷ (10 − 0) = 1.000\n"
            "  Score: 1.000\n"
            "  Points: 1.000 × 40.0% × 100 = 40.00\n"
            "\n"
            "Total: 30.00 + 40.00 = 70.00\n"
            "\n"
            "Neighbouring ranks\n"
            "  Rank 1: B (Supplier B), ahead by 10.00 points\n");
}

TEST_CASE("explain: French words and numbers", "[explain]") {
  Sample s = sample("fr");
  const std::string out = report::render_explanation(s.grid, s.all[0], options());
  CHECK(contains(out, "Explication de l'offre B — Supplier B\n"));
  CHECK(contains(out, "Statut" + nb + ": classé, rang 1 sur 2\n"));
  CHECK(contains(out, "  Référence" + nb + ": la plus basse" + nb + ": 100,00" + nb + "€ (B)\n"));
  CHECK(contains(out, "  Calcul" + nb + ": (5 − 0) ÷ (10 − 0) = 0,500\n"));
  CHECK(contains(out, "Total" + nb + ": 60,00 + 20,00 = 80,00\n"));
  CHECK(contains(out, "  Rang 2" + nb + ": A (Supplier A), derrière de 10,00 points\n"));
}

TEST_CASE("explain: colour only when asked", "[explain]") {
  Sample s = sample("en");
  ReportOptions o = options();
  CHECK_FALSE(contains(report::render_explanation(s.grid, s.all[0], o), "\x1b"));
  o.color = true;
  const std::string coloured = report::render_explanation(s.grid, s.all[0], o);
  CHECK(contains(coloured, "\x1b[1mExplanation of bid B — Supplier B\x1b[0m\n"));
  CHECK(contains(coloured, "Status: \x1b[32mranked, rank 1 of 2\x1b[0m\n"));  // the winner in green
  CHECK(test::strip_ansi(coloured) == report::render_explanation(s.grid, s.all[0], options()));
}

TEST_CASE("explain: the provenance closes the text, with the date only when given", "[explain]") {
  Sample s = sample("en");
  ReportOptions o = options();
  o.changes = {"--weight price=70"};
  std::string out = report::render_explanations(s.grid, s.eval, s.all, o);
  CHECK(contains(out, "\nGrid: Explain test (grid.yaml, sha256 " + std::string(64, 'f') + ")\n"));
  CHECK(contains(out, "\nMethod: weighted_sum, weighted sum — "));
  CHECK(contains(out, "\nEffective weights: Price 60.0%, quality 40.0%\n"));
  CHECK(contains(out, "\naser 1.2.3 — Options: --weight price=70\n"));
  CHECK(contains(out, "\nBid files\n  B: bids/B.yaml (sha256 " + std::string(64, 'b') + ")\n"));
  CHECK_FALSE(contains(out, "Date"));
  o.date = "2026-03-14";
  CHECK(contains(report::render_explanations(s.grid, s.eval, s.all, o), "\nDate: 2026-03-14\n"));
}
