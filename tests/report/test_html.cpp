// The HTML report: a self-contained page (no URL to fetch, no script), every
// outside text escaped, one bar per ranked bid with segments proportional to
// the points, both languages, the same bytes on every run.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string html(const Grid& grid, const Evaluation& eval) {
  return render_html(grid, eval, test::sample_options());
}

}  // namespace

TEST_CASE("html: a whole page in the grid's language", "[html]") {
  std::string fr = html(test::sample_grid("fr"), test::sample_evaluation());
  CHECK(fr.rfind("<!DOCTYPE html>\n<html lang=\"fr\">\n", 0) == 0);
  CHECK(fr.size() > 100);
  CHECK(fr.substr(fr.size() - 8) == "</html>\n");
  CHECK(contains(fr, "<meta charset=\"utf-8\">"));
  CHECK(contains(fr, "<h1>Nettoyage des locaux — grille ASER</h1>"));
  CHECK(contains(fr, "<h2>Classement</h2>"));
  CHECK(contains(fr, "Offres exclues et invalides"));
  CHECK(contains(fr, "Points par groupe (points sur 100)"));
  CHECK(contains(fr, "Détail par offre"));

  std::string en = html(test::sample_grid("en"), test::sample_evaluation());
  CHECK(en.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0) == 0);
  CHECK(contains(en, "<h2>Ranking</h2>"));
  CHECK(contains(en, "Excluded and invalid bids"));
  CHECK(contains(en, "Points by group (points out of 100)"));
  CHECK(contains(en, "Breakdown by bid"));
  CHECK_FALSE(contains(en, "Classement"));
  // Money in each language: U+00A0 groups and before € in French.
  CHECK(contains(fr, "118\u00a0500,00\u00a0€"));
  CHECK(contains(en, "€118,500.00"));
}

TEST_CASE("html: nothing to fetch and nothing to run", "[html]") {
  std::string out = html(test::sample_grid(), test::sample_evaluation());
  CHECK_FALSE(contains(out, "http:"));
  CHECK_FALSE(contains(out, "https:"));
  CHECK_FALSE(contains(out, "<script"));
  CHECK_FALSE(contains(out, "<link"));
  CHECK_FALSE(contains(out, "<img"));
  CHECK_FALSE(contains(out, " src="));
  CHECK_FALSE(contains(out, "url("));
  CHECK_FALSE(contains(out, "@import"));
  CHECK_FALSE(contains(out, "@font-face"));
  // The one "http" is the Content-Security-Policy's attribute name, which
  // forbids any load should a text ever slip through.
  CHECK(count(out, "http") == 1);
  CHECK(contains(out,
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'\">"));
  // Links stay inside the page.
  CHECK(count(out, "href=\"") == count(out, "href=\"#"));
  // A supplier's URL is text: it shows, escaped, and is no link.
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[0].supplier = "Atelier https://example.org/x?a=1&b=2";
  std::string with_url = html(test::sample_grid(), eval);
  CHECK(contains(with_url, "Atelier https://example.org/x?a=1&amp;b=2"));
  CHECK_FALSE(contains(with_url, "href=\"http"));
}

TEST_CASE("html: every text from a bid is escaped", "[html]") {
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[0].supplier = "<script>alert(1)</script>";
  eval.lots[0].bids[1].id = "x\"y'<z>&";
  eval.lots[0].bids[2].supplier = "Caf\xE9 \x01";  // Latin-1 é and a control character
  eval.lots[0].bids[3].reasons = {"<b>bold</b>"};
  std::string out = html(test::sample_grid(), eval);
  CHECK_FALSE(contains(out, "<script"));
  CHECK(contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(out, "<b>bold"));
  CHECK(contains(out, "&lt;b&gt;bold&lt;/b&gt;"));
  // In attributes too: the quote cannot end data-bid.
  CHECK(contains(out, "data-bid=\"x&quot;y&#39;&lt;z&gt;&amp;\""));
  CHECK_FALSE(contains(out, "x\"y'"));
  // Bytes that are not UTF-8 and control characters become U+FFFD.
  CHECK(contains(out, "Caf\uFFFD \uFFFD"));
  CHECK_FALSE(contains(out, "\xE9 "));
}

TEST_CASE("html: one bar per ranked bid with segments proportional to the points", "[html]") {
  std::string out = html(test::sample_grid(), test::sample_evaluation());
  // Three ranked bids; B-003 (excluded) and B-009 (invalid) get no bar.
  CHECK(count(out, "<g class=\"bar\"") == 3);
  CHECK(count(out, "<rect class=\"segment\"") == 9);  // 3 groups each
  CHECK_FALSE(contains(out, "data-bid=\"B-003\" data-total"));
  CHECK(contains(out, "<g class=\"bar\" data-bid=\"B-014\" data-total=\"82.5\">"));
  CHECK(contains(out, "<g class=\"bar\" data-bid=\"B-021\" data-total=\"61.125\">"));
  // The bars are 460 units for the whole scale (100 points) after a label
  // column of 190: price 37.2 × 4.6 = 171.12 from x 190; social 21 × 4.6 =
  // 96.6 from 190 + 171.12 = 361.12; environment 24.3 × 4.6 = 111.78 from 457.72.
  CHECK(contains(out,
                 "<rect class=\"segment\" data-group=\"price\" data-points=\"37.2\" "
                 "x=\"190.000\" y=\"5.00\" width=\"171.120\""));
  CHECK(contains(out,
                 "<rect class=\"segment\" data-group=\"social\" data-points=\"21\" "
                 "x=\"361.120\" y=\"5.00\" width=\"96.600\""));
  CHECK(contains(out,
                 "<rect class=\"segment\" data-group=\"environment\" data-points=\"24.3\" "
                 "x=\"457.720\" y=\"5.00\" width=\"111.780\""));
  // A legend entry per group, with its effective weight.
  CHECK(contains(out, "<ul class=\"legend\""));
  CHECK(count(out, "<li data-group=\"") == 3);
  CHECK(contains(out, "Prix (40,0\u00a0%)</li>"));

  // --top 2: two bars.
  ReportOptions top = test::sample_options();
  top.top = 2;
  CHECK(count(render_html(test::sample_grid(), test::sample_evaluation(), top),
              "<g class=\"bar\"") == 2);
}

TEST_CASE("html: more than 20 bars are split into several SVGs", "[html]") {
  Evaluation eval = test::sample_evaluation();
  LotResult& lot = eval.lots[0];
  lot.bids.resize(3);
  for (int i = 4; i <= 25; ++i) {
    BidResult b = test::ranked("B-" + std::to_string(100 + i), "S", i, 50, 100000);
    b.points = {{"price", 20}, {"social", 15}, {"environment", 15}};
    lot.bids.push_back(b);
  }
  std::string out = html(test::sample_grid(), eval);
  CHECK(count(out, "<g class=\"bar\"") == 25);
  CHECK(count(out, "<svg class=\"bars\"") == 2);  // 20 + 5, each kept whole on a printed page
}

TEST_CASE("html: exclusions and flags and warnings and method and weights and provenance",
          "[html]") {
  Grid grid = test::sample_grid();
  ReportOptions options = test::sample_options();
  options.changes = {"--weight price=55"};
  std::string out = render_html(grid, test::sample_evaluation(), options);
  CHECK(contains(out, "Clause sociale — 5 % d&#39;heures d&#39;insertion au minimum"));
  // An invalid bid's diagnostic keeps its caret under the bad value.
  CHECK(contains(out,
                 "<pre>bids/B-009.yaml:3:8: error: &#39;price&#39; expects a number, got "
                 "&#39;cent mille&#39;\n  price: cent mille\n         ^</pre>"));
  CHECK(contains(out,
                 "offre anormalement basse (plus de 20\u00a0% sous la moyenne des autres "
                 "offres)"));
  CHECK(contains(out, "missing answer &#39;environment.ecolabel&#39;: scored 0"));
  CHECK(contains(out, "B-014 and B-021 share no answer"));
  CHECK(contains(out, "somme pondérée"));
  CHECK(contains(out, "<code>weighted_sum</code>"));
  CHECK(contains(out,
                 "<td class=\"label depth-1\">Insertion</td><td><code>insertion</code></td>"
                 "<td class=\"num\">2</td><td class=\"num\">20,0\u00a0%</td>"));
  CHECK(contains(out, grid.sha256));
  CHECK(contains(out, std::string(64, 'a')));
  CHECK(contains(out, "<code>--weight price=55</code>"));
  CHECK(contains(out, "0.1.0"));
}

TEST_CASE("html: the same bytes each run; a date only when given", "[html]") {
  Grid grid = test::sample_grid();
  ReportOptions options = test::sample_options();
  std::string first = render_html(grid, test::sample_evaluation(), options);
  std::string second = render_html(grid, test::sample_evaluation(), options);
  CHECK(first == second);
  CHECK_FALSE(contains(first, "Date"));
  options.date = "2026-11-28";
  std::string dated = render_html(grid, test::sample_evaluation(), options);
  CHECK(contains(dated, "<dt>Date</dt><dd>2026-11-28</dd>"));
  CHECK(count(dated, "2026-11-28") == 2);  // the title page and the appendix
}

TEST_CASE("html: a breakdown per bid shown", "[html]") {
  std::string out = html(test::sample_grid(), test::sample_evaluation());
  // Five bids: three ranked, one excluded, one invalid; each has its article,
  // and the ranking links to it.
  CHECK(count(out, "<article class=\"breakdown\"") == 5);
  CHECK(contains(out, "<article class=\"breakdown\" id=\"bid-1\" data-bid=\"B-014\">"));
  CHECK(contains(out, "<a href=\"#bid-1\">B-014</a>"));
  CHECK(contains(out, "<article class=\"breakdown\" id=\"bid-5\" data-bid=\"B-009\">"));
  // Without the bids read, the breakdowns say that answers are not shown.
  CHECK(contains(out, "Les réponses des offres n&#39;ont pas été transmises au rapport"));
}

TEST_CASE("html: the flags column only when a bid shown is flagged", "[html]") {
  Evaluation eval = test::sample_evaluation();
  std::string flagged = html(test::sample_grid(), eval);
  CHECK(contains(flagged, "<th scope=\"col\">Signalements</th></tr></thead>"));
  eval.lots[0].bids[1].flags.clear();  // B-007 was the only flagged bid
  std::string plain = html(test::sample_grid(), eval);
  CHECK(contains(plain, "<th scope=\"col\" class=\"num\">Total</th></tr></thead>"));
  CHECK_FALSE(contains(plain, ">Signalements</th>"));
}

TEST_CASE("html: printed on A4", "[html]") {
  std::string out = html(test::sample_grid(), test::sample_evaluation());
  CHECK(contains(out, "@page { size: A4;"));
  CHECK(contains(out, "@media print {"));
  CHECK(contains(out, "print-color-adjust: exact;"));
  // A chart is never cut across pages, the breakdowns and the appendix start
  // on a new one.
  CHECK(contains(out, "figure.chart svg, ul.legend { break-inside: avoid; }"));
  CHECK(contains(out, "section.breakdowns, section.appendix { break-before: page; }"));
}

TEST_CASE("html: a breakdown's status line", "[html]") {
  std::string fr = html(test::sample_grid(), test::sample_evaluation());
  // B-014 is first of the three ranked bids; its total 82.5 shows 82,50.
  CHECK(contains(fr,
                 "<p class=\"detail\">Statut\u00a0: classé, rang 1 sur 3 — Total\u00a0: "
                 "82,50</p>"));
  std::string en = html(test::sample_grid("en"), test::sample_evaluation());
  CHECK(contains(en, "<p class=\"detail\">Status: ranked, rank 2 out of 3 — Total: 78.25</p>"));
}
