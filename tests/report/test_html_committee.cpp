// The HTML report as a committee signs it: the title page, the weights as a
// tree, the ranking narrow enough for A4, flags, the breakdowns, and
// provenance (files, SHA-256, answers as written and where) in the appendix
// only. html-validate's rules that tests can state here too:
// every <th> has a scope, the <title> is at most 70 characters.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "score/evaluate.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

const std::string nbsp = "\u00a0";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string html(const Grid& grid, const Evaluation& eval) {
  return render_html(grid, eval, test::sample_options());
}

std::string title_of(const std::string& page) {
  const std::size_t from = page.find("<title>") + 7;
  return page.substr(from, page.find("</title>") - from);
}

// A grid scored by the real scorer, with answers written as a file writes
// them: price 50 (lowest_ratio), quality 50 (linear 0 → 10).
// A: 186400.00 (line 4, column 8), quality 8 (line 5) → price 1, quality 0.8:
//    50 + 40 = 90. B: 200000 → 186400 / 200000 = 0.932 → 46.6; quality 4 →
//    0.4 → 20; total 66.6.
Grid real_grid() {
  Grid g;
  g.name = "Marché de test";
  g.language = "fr";
  g.file = "tender/criteria.yaml";
  g.sha256 = std::string(64, 'c');
  Criterion price = test::leaf("price", "Prix", 50, RuleKind::lowest_ratio);
  price.answer = "prix";
  Criterion quality = test::leaf("quality", "Qualité", 50, RuleKind::linear);
  quality.answer = "qualite";
  quality.rule.worst = 0;
  quality.rule.best = 10;
  g.criteria = {price, quality};
  return g;
}

Answer number(double value, const std::string& text, int line) {
  Answer a;
  a.number = value;
  a.text = text;
  a.pos = {line, 8};
  return a;
}

std::vector<Bid> real_bids() {
  Bid a;
  a.id = "A";
  a.supplier = "Alpha";
  a.file = "tender/bids/a.yaml";
  a.sha256 = std::string(64, 'd');
  a.answers["prix"] = number(186400, "186400.00", 4);
  a.answers["qualite"] = number(8, "8", 5);
  Bid b = a;
  b.id = "B";
  b.supplier = "Bravo";
  b.file = "tender/bids/b.yaml";
  b.sha256 = std::string(64, 'e');
  b.answers["prix"] = number(200000, "200000", 4);
  b.answers["qualite"] = number(4, "4", 5);
  return {a, b};
}

}  // namespace

TEST_CASE("html: title page, weights, ranking, flags, breakdowns, then the appendix", "[html]") {
  const std::string out = html(test::sample_grid(), test::sample_evaluation());
  const std::vector<std::string> order = {"<dl class=\"facts\">",
                                          "<section class=\"weights\">",
                                          "<section class=\"lot\">",
                                          "<section class=\"flags\" id=\"flags\">",
                                          "<section class=\"warnings\">",
                                          "<section class=\"breakdowns\">",
                                          "<section class=\"appendix\" id=\"appendix\">"};
  std::size_t last = 0;
  for (const std::string& part : order) {
    INFO(part);
    const std::size_t at = out.find(part);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  // Five bids: B-014, B-007, B-021 ranked, B-003 excluded, B-009 invalid.
  CHECK(contains(out, "<dt>Offres reçues</dt><dd>5 (classées" + nbsp + ": 3, exclues" + nbsp +
                          ": 1, invalides" + nbsp + ": 1)</dd>"));
  CHECK(contains(out, "<dt>Méthode</dt><dd><strong>somme pondérée</strong> — "));
}

TEST_CASE("html: lots on the title page", "[html]") {
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].lot = "1";
  LotResult second;
  second.lot = "2";
  second.bids.push_back(test::ranked("B-100", "Lot two", 1, 50, 1000));
  eval.lots.push_back(second);
  const std::string out = html(test::sample_grid(), eval);
  CHECK(
      contains(out, "<dt>Lots</dt><dd><ul class=\"lots\"><li>Lot 1</li><li>Lot 2</li></ul></dd>"));
  CHECK(contains(out, "<h2>Classement — Lot 1</h2>"));
  CHECK(contains(out, "<h2>Classement — Lot 2</h2>"));
  // One lot without a name: nothing to say.
  CHECK_FALSE(contains(html(test::sample_grid(), test::sample_evaluation()), "<dt>Lots</dt>"));
}

TEST_CASE("html: the ranking names the bid and its supplier in one cell, flags in short",
          "[html]") {
  const std::string out = html(test::sample_grid(), test::sample_evaluation());
  CHECK(contains(out,
                 "<td class=\"bid\"><a href=\"#bid-1\">B-014</a><br><span "
                 "class=\"supplier\">Atelier Solidaire du Sud</span></td>"));
  // The supplier's quotes and ampersand stay text.
  CHECK(contains(out, "<span class=\"supplier\">Propreté &amp; Fils, &quot;Le Bon&quot;</span>"));
  // In the table a flag in two words, linked to the section that says why.
  CHECK(contains(out, "<td class=\"flag\"><a href=\"#flags\">offre anormalement basse</a></td>"));
  CHECK(contains(out, "<li><strong>B-007</strong> (Nettoyage Éco-Propreté)" + nbsp +
                          ": offre anormalement basse (plus de 20" + nbsp +
                          "% sous la moyenne des autres offres)</li>"));
  // Three groups beside the totals: 4 + 3 + 1 (flags) = 8 columns.
  CHECK(contains(out, ">Social (pts)</th>"));
  CHECK_FALSE(contains(out, "<table class=\"groups\">"));
}

TEST_CASE("html: past 9 columns the points by group get a table of their own", "[html]") {
  Grid grid = test::sample_grid();
  // 7 top-level nodes: 4 + 7 + 1 (flags) = 12 columns, too many for A4.
  for (const char* id : {"a", "b", "c", "d"})
    grid.criteria.push_back(test::leaf(id, id, 1, RuleKind::linear));
  const std::string out = html(grid, test::sample_evaluation());
  CHECK(contains(out, "<h3>Points par groupe</h3>\n<table class=\"groups\">"));
  const std::string ranking =
      out.substr(out.find("<table class=\"ranking\">"),
                 out.find("</table>", out.find("<table class=\"ranking\">")) -
                     out.find("<table class=\"ranking\">"));
  CHECK_FALSE(contains(ranking, "(pts)"));
  CHECK(contains(ranking, ">Total</th>"));
  // B-014's social points in the second table: 21.
  CHECK(contains(out, "<td class=\"num\">21,00</td>"));
}

TEST_CASE("html: the weights as a tree", "[html]") {
  Grid grid = test::sample_grid();
  grid.criteria[1].children[0] = test::group(
      "insertion", "Insertion", 2,
      {test::group("hours", "Heures", 1, {test::leaf("deep_leaf", "Profond", 1, RuleKind::linear)}),
       test::leaf("share", "Part", 1, RuleKind::linear)});
  const std::string out = html(grid, test::sample_evaluation());
  // Depths: social 0, insertion 1, hours 2, deep_leaf 3, share 2.
  CHECK(contains(out, "<tr class=\"group\"><td class=\"label\">Social</td>"));
  CHECK(contains(out, "<tr class=\"group\"><td class=\"label depth-1\">Insertion</td>"));
  CHECK(contains(out, "<tr class=\"group\"><td class=\"label depth-2\">Heures</td>"));
  CHECK(contains(out, "<tr><td class=\"label depth-3\">Profond</td>"));
  CHECK(contains(out, "<tr><td class=\"label depth-2\">Part</td>"));
  // Each depth is indented further, with a branch mark.
  CHECK(contains(out, "td.label.depth-1 { padding-left: 1.8em; }"));
  CHECK(contains(out, "td.label.depth-2 { padding-left: 3em; }"));
  CHECK(contains(out, "td.label.depth-3 { padding-left: 4.2em; }"));
  CHECK(contains(out, "content: \"└\""));
}

TEST_CASE("html: a group's subtotal once", "[html]") {
  const std::string out = html(test::sample_grid(), test::sample_evaluation());
  // B-014's social: insertion 17 + disability 4 = 21 points.
  CHECK(count(out, "17,00 + 4,00 = 21,00") == 1);
  CHECK(contains(out, "<div>Sous-total" + nbsp + ": 17,00 + 4,00 = 21,00</div>"));
  CHECK_FALSE(contains(out, "note 0,700, "));
}

TEST_CASE("html: provenance only in the appendix", "[html]") {
  const Grid grid = real_grid();
  const std::vector<Bid> bids = real_bids();
  const Evaluation eval = evaluate(grid, bids);
  ReportOptions options = test::sample_options();
  options.bids = &bids;
  const std::string out = render_html(grid, eval, options);
  const std::size_t appendix = out.find("<section class=\"appendix\"");
  REQUIRE(appendix != std::string::npos);
  for (const std::string& part :
       {std::string(64, 'c'), std::string(64, 'd'), std::string("tender/bids/a.yaml"),
        std::string("tender/criteria.yaml"), std::string("186400.00"), std::string("4:8")}) {
    INFO(part);
    CHECK(out.find(part) > appendix);
  }
  // The body shows the answer as the committee reads it: 186 400,00 €.
  CHECK(contains(out, "<div>Réponse" + nbsp + ": 186" + nbsp + "400,00" + nbsp + "€</div>"));
  // The appendix: the answer as written, at line 4, column 8 of the caption's file.
  CHECK(contains(out, "<caption>A — tender/bids/a.yaml</caption>"));
  CHECK(contains(out,
                 "<tr><td class=\"path\"><code>prix</code></td><td class=\"written\">186400.00</td>"
                 "<td class=\"pos\">4:8</td></tr>"));
  CHECK(contains(out, "<td class=\"sha\">" + std::string(64, 'e') + "</td>"));
}

TEST_CASE("html: every heading cell has a scope", "[html]") {
  for (const std::string language : {"fr", "en"}) {
    const std::string out = html(test::sample_grid(language), test::sample_evaluation());
    CHECK(count(out, "<th>") == 0);
    CHECK(count(out, "<th ") > 20);
    CHECK(count(out, "<th ") == count(out, "<th scope=\"col\""));
  }
}

TEST_CASE("html: a title of at most 70 characters as written in the file", "[html]") {
  Grid grid = test::sample_grid();
  // "Rapport de classement — " + the name: 24 + 34 = 58, whole.
  CHECK(title_of(html(grid, test::sample_evaluation())) ==
        "Rapport de classement — Nettoyage des locaux — grille ASER");
  // 24 + 100: cut after 45 letters, and "…": 24 + 45 + 1 = 70.
  grid.name = std::string(100, 'a');
  CHECK(title_of(html(grid, test::sample_evaluation())) ==
        "Rapport de classement — " + std::string(45, 'a') + "…");
  // An apostrophe is written &#39;, 5 characters: 24 + 1 + 5 + 39 + 1 = 70.
  grid.name = "d'" + std::string(100, 'b');
  CHECK(title_of(html(grid, test::sample_evaluation())) ==
        "Rapport de classement — d&#39;" + std::string(39, 'b') + "…");
  // Exactly 70: 24 + 46, whole.
  grid.name = std::string(46, 'c');
  CHECK(title_of(html(grid, test::sample_evaluation())) ==
        "Rapport de classement — " + std::string(46, 'c'));
}

TEST_CASE("html: the committee's decisions beside the flags and in the bid's breakdown", "[html]") {
  Evaluation eval = test::sample_evaluation();
  Decision accept;
  accept.kind = DecisionKind::accept;
  accept.bid = "B-007";
  accept.reason = "prix justifié par la réponse du 10/11";
  accept.date = "2026-11-12";
  eval.lots[0].bids[1].decisions = {accept};
  DecisionSet set;
  set.file = "tender/decisions.yaml";
  set.sha256 = std::string(64, 'f');
  ReportOptions options = test::sample_options();
  options.decisions = &set;
  const std::string out = render_html(test::sample_grid(), eval, options);
  const std::string line = "acceptée le 2026-11-12 : prix justifié par la réponse du 10/11";
  CHECK(contains(out,
                 "<h3>Décisions de la commission</h3>\n<ul class=\"decisions\">\n<li>"
                 "<strong>B-007</strong> (Nettoyage Éco-Propreté)" +
                     nbsp + ": " + line + "</li>"));
  CHECK(contains(out, "<ul class=\"decisions\">\n<li>" + line + "</li>"));  // the breakdown
  // The decisions file and its SHA-256: in the appendix only.
  const std::size_t appendix = out.find("<section class=\"appendix\"");
  CHECK(out.find("tender/decisions.yaml") > appendix);
  CHECK(out.find(std::string(64, 'f')) > appendix);
}

TEST_CASE("html: an answer the committee corrected shows as written, then corrected", "[html]") {
  const Grid grid = real_grid();
  // The bid read holds the corrected price (the decision is applied before
  // scoring); the file says 1864000.00.
  const std::vector<Bid> bids = real_bids();
  Evaluation eval = evaluate(grid, bids);
  Decision correct;
  correct.kind = DecisionKind::correct;
  correct.bid = "A";
  correct.answer = "prix";
  correct.was = "1864000.00";
  correct.value_text = "186400.00";
  for (BidResult& bid : eval.lots[0].bids)
    if (bid.id == "A") bid.decisions = {correct};
  ReportOptions options = test::sample_options();
  options.bids = &bids;
  const std::string out = render_html(grid, eval, options);
  CHECK(contains(out,
                 "<td class=\"written\">1864000.00 → 186400.00 (Décision du comité)</td>"
                 "<td class=\"pos\">4:8</td>"));
}
