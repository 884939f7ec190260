// The terminal table: alignment with accents and wide characters, colour only
// when asked, --top, the sections after the ranking. Expected rows are built
// by hand from the column widths, which are worked out in the comments.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "support/utf8.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::block;
using test::contains;
using test::lines_of;

namespace {

const std::string nb = "\u00a0";

// Column widths of the sample in French: Rang 4, Offre 5, Fournisseur 24
// ("Atelier Solidaire du Sud"; the Japanese name is 10 wide characters = 20),
// Prix 12 ("118 500,00 €"), then the points of each top-level node under its label
// and "(pts)": "Prix (pts)" 10, "Social (pts)" 12, "Environnement (pts)" 19; Total 5, flag 1.
// Columns are separated by two spaces.

}  // namespace

TEST_CASE("table: header, title and rows in French", "[table]") {
  std::string out =
      render_table(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  std::vector<std::string> lines = lines_of(out);
  REQUIRE(lines.size() > 3);
  CHECK(lines[0] == "Nettoyage des locaux — grille ASER");
  CHECK(lines[1] == "Méthode" + nb + ": somme pondérée — total = Σ poids effectif × note × barème" +
                        nb + "; le plus élevé l'emporte (points sur 100)");

  std::vector<std::string> ranking = block(out, "Rang");
  REQUIRE(ranking.size() == 5);  // header, rule, three bids
  // "Fournisseur" (11) + 13 spaces = 24; then 2 + 8 spaces before "Prix" (12).
  CHECK(ranking[0] == "Rang  Offre  Fournisseur" + std::string(13 + 2 + 8, ' ') +
                          "Prix  Prix (pts)  Social (pts)  Environnement (pts)  Total   ");
  CHECK(ranking[1] ==
        "----  -----  ------------------------  ------------  ----------  ------------  "
        "-------------------  -----  -");
  CHECK(ranking[2] == "   1  B-014  Atelier Solidaire du Sud  118" + nb + "500,00" + nb +
                          "€       37,20         21,00                24,30  82,50   ");
  // "Nettoyage Éco-Propreté" is 22 columns: 2 spaces of padding.
  CHECK(ranking[3] == "   2  B-007  Nettoyage Éco-Propreté     95" + nb + "000,00" + nb +
                          "€       40,00         15,00                23,25  78,25  !");
  // 12.165 → 12,17 and 61.125 → 61,13: half away from zero.
  CHECK(ranking[4] == "   3  B-021  東京クリーン株式会社      131" + nb + "250,50" + nb +
                          "€       28,96         12,17                20,00  61,13   ");
}

TEST_CASE("table: every row has the same display width", "[table]") {
  std::string out =
      render_table(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  for (const char* first : {"Rang", "Statut"}) {
    std::vector<std::string> rows = block(out, first);
    REQUIRE(rows.size() >= 3);
    for (const std::string& row : rows) CHECK(display_width(row) == display_width(rows[0]));
  }
  // The Japanese supplier takes 20 columns but 30 bytes: byte counts differ.
  std::vector<std::string> ranking = block(out, "Rang");
  CHECK(ranking[4].size() != ranking[2].size());
  CHECK(display_width(ranking[4]) ==
        4 + 2 + 5 + 2 + 24 + 2 + 12 + 2 + 10 + 2 + 12 + 2 + 19 + 2 + 5 + 2 + 1);
}

TEST_CASE("table: money in English", "[table]") {
  std::string out =
      render_table(test::sample_grid("en"), test::sample_evaluation(), test::sample_options());
  std::vector<std::string> ranking = block(out, "Rank");
  REQUIRE(ranking.size() == 5);
  // Price column: "€118,500.00" and "€131,250.50" are 11 wide.
  CHECK(ranking[2] ==
        "   1  B-014  Atelier Solidaire du Sud  €118,500.00       37.20         21.00"
        "                24.30  82.50   ");
  CHECK(contains(out, "Effective weights: Prix 40.0%, Social 30.0%, Environnement 30.0%\n"));
}

TEST_CASE("table: excluded and invalid bids with every line of their reasons", "[table]") {
  std::string out =
      render_table(test::sample_grid(), test::sample_evaluation(), test::sample_options());
  CHECK(contains(out, "\nOffres exclues et invalides\nStatut "));
  std::vector<std::string> rows = block(out, "Statut");
  REQUIRE(rows.size() == 6);  // header, rule, excluded, invalid on three lines
  // Statut 8 ("invalide"), Offre 5, Fournisseur 25, Motifs 70 (the error line).
  CHECK(rows[2].rfind("exclu     B-003  Propreté & Fils, \"Le Bon\"  Clause sociale — 5 % d'", 0) ==
        0);
  CHECK(rows[3] == "invalide  B-009  " + std::string(25, ' ') +
                       "  bids/B-009.yaml:3:8: error: 'price' expects a number, got 'cent mille'");
  const std::string indent(8 + 2 + 5 + 2 + 25 + 2, ' ');
  CHECK(rows[4] == indent + test::pad("  price: cent mille", 70));
  CHECK(rows[5] == indent + test::pad("         ^", 70));
}

TEST_CASE("table: flags, warnings, grid, weights and provenance", "[table]") {
  ReportOptions options = test::sample_options();
  options.changes = {"--weight price=50", "--weight social=20"};
  std::string out = render_table(test::sample_grid(), test::sample_evaluation(), options);
  CHECK(contains(out, "\nSignalements (!)\n  B-007" + nb +
                          ": offre anormalement basse (plus de 20" + nb +
                          "% sous la moyenne des autres offres)\n"));
  CHECK(contains(out, "\nAlertes\n  B-021" + nb +
                          ": missing answer 'environment.ecolabel': scored 0\n"
                          "  B-014 and B-021 share no answer 'social.insertion_hour_pct'\n"));
  CHECK(contains(out, "\nGrille" + nb +
                          ": Nettoyage des locaux — grille ASER (sha256 0123456789ab, "
                          "criteria.yaml)\n"));
  CHECK(contains(out, "\nPoids effectifs" + nb + ": Prix 40,0" + nb + "%, Social 30,0" + nb +
                          "%, Environnement 30,0" + nb + "%\n"));
  CHECK(contains(out, "\nRègles relatives" + nb + ": retirer une offre"));
  CHECK(contains(out, "\naser 0.1.0 — Options" + nb + ": --weight price=50 --weight social=20\n"));
  // Each bid file with the first 12 hex digits of its SHA-256.
  CHECK(contains(out, "\nFichiers des offres\nOffre  Fichier          SHA-256     \n"));
  CHECK(contains(out, "\nB-003  bids/B-003.yaml  bbbbbbbbbbbb\n"));
  CHECK(contains(out, "\nB-009  bids/B-009.yaml              \n"));
}

TEST_CASE("table: no relative-rules note without relative rules", "[table]") {
  Grid grid = test::sample_grid("en");
  grid.criteria[0].rule.kind = RuleKind::linear;
  std::string out = render_table(grid, test::sample_evaluation(), test::sample_options());
  CHECK_FALSE(contains(out, "Relative rules"));
  CHECK(contains(
      render_table(test::sample_grid("en"), test::sample_evaluation(), test::sample_options()),
      "\nRelative rules: removing a bid can reorder others (rank reversal).\n"));
}

TEST_CASE("table: escape codes only with colour", "[table]") {
  ReportOptions options = test::sample_options();
  std::string plain = render_table(test::sample_grid(), test::sample_evaluation(), options);
  CHECK_FALSE(contains(plain, "\x1b"));

  options.color = true;
  std::string colored = render_table(test::sample_grid(), test::sample_evaluation(), options);
  CHECK(contains(colored, "\x1b[1mNettoyage des locaux — grille ASER\x1b[0m\n"));
  CHECK(contains(colored, "\x1b[1mRang  Offre"));                         // bold header
  CHECK(contains(colored, "\n\x1b[32m   1\x1b[0m  \x1b[32mB-014"));       // green winner
  CHECK(contains(colored, "\x1b[33m!\x1b[0m\n"));                         // yellow flag
  CHECK(contains(colored, "\n\x1b[31mexclu   \x1b[0m  B-003"));           // red status
  CHECK(contains(colored, "\x1b[33m  B-021" + nb + ": missing answer"));  // yellow warning
  // Colour changes no character and no alignment.
  CHECK(test::strip_ansi(colored) == plain);
}

TEST_CASE("table: --top shows the first ranks, counts the others, lists every exclusion",
          "[table]") {
  ReportOptions options = test::sample_options();
  options.top = 2;
  std::string out = render_table(test::sample_grid(), test::sample_evaluation(), options);
  std::vector<std::string> ranking = block(out, "Rang");
  REQUIRE(ranking.size() == 5);  // header, rule, two bids, the count
  CHECK(ranking[2].rfind("   1  B-014", 0) == 0);
  CHECK(ranking[3].rfind("   2  B-007", 0) == 0);
  CHECK(ranking[4] == "1 autre offre classée non affichée");
  // Without the Japanese name the supplier column is 24 wide all the same.
  CHECK(display_width(ranking[2]) == display_width(ranking[0]));
  CHECK(contains(out, "\nexclu     B-003"));
  CHECK(contains(out, "\ninvalide  B-009"));

  options.top = 1;
  out = render_table(test::sample_grid("en"), test::sample_evaluation(), options);
  CHECK(contains(out, "\n2 more ranked bids not shown\n"));
  options.top = 3;
  out = render_table(test::sample_grid("en"), test::sample_evaluation(), options);
  CHECK_FALSE(contains(out, "not shown"));
}

TEST_CASE("table: price per point shows 4 decimals", "[table]") {
  Grid grid = test::sample_grid();
  grid.method.kind = Method::price_per_point;
  Evaluation eval = test::sample_evaluation();
  eval.better = Better::lower;
  // B-014: 118 500 € ÷ 62.8 quality points = 1 886.942675… € per point → 1 886,9427
  // (4 decimals: bids a fraction of a cent per point apart must not look tied).
  eval.lots[0].bids[0].total = 118500.0 / 62.8;
  eval.lots[0].bids[0].quality_points = 62.8;
  std::string out = render_table(grid, eval, test::sample_options());
  std::vector<std::string> ranking = block(out, "Rang");
  REQUIRE(ranking.size() == 5);
  CHECK(contains(ranking[0], "  Points qualité  Prix par point  "));
  // Both headers are 14 wide: "62,80" takes 9 spaces, "1 886,9427" 4.
  CHECK(contains(ranking[2], "  " + std::string(9, ' ') + "62,80  " + std::string(4, ' ') + "1" +
                                 nb + "886,9427  "));
  CHECK(contains(out, "Méthode" + nb + ": prix par point — "));
}

TEST_CASE("table: one section per lot", "[table]") {
  Evaluation eval = test::sample_evaluation();
  LotResult second = eval.lots[0];
  eval.lots[0].lot = "1";
  second.lot = "2";
  second.bids.resize(1);
  eval.lots.push_back(second);
  std::string out = render_table(test::sample_grid(), eval, test::sample_options());
  CHECK(contains(out, "\n\nLot 1\nRang  "));
  CHECK(contains(out, "\n\nLot 2\nRang  "));

  eval.lots[0].lot.reset();
  out = render_table(test::sample_grid("en"), eval, test::sample_options());
  CHECK(contains(out, "\n\nNo lot\nRank  "));
}

TEST_CASE("table: no bids at all", "[table]") {
  std::string out = render_table(test::sample_grid("en"), Evaluation{}, test::sample_options());
  CHECK(contains(out, "\nNo bids.\n"));
}

TEST_CASE("table: --top 0 hides every ranked bid but says how many", "[table]") {
  ReportOptions options = test::sample_options();
  options.top = 0;
  std::string out = render_table(test::sample_grid("en"), test::sample_evaluation(), options);
  CHECK(contains(out, "\n\n3 more ranked bids not shown\n\nExcluded and invalid bids\n"));
  CHECK_FALSE(contains(out, "No bid ranked."));
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids.erase(eval.lots[0].bids.begin(), eval.lots[0].bids.begin() + 3);
  out = render_table(test::sample_grid("en"), eval, test::sample_options());
  CHECK(contains(out, "\n\nNo bid ranked.\n\nExcluded and invalid bids\n"));
}

TEST_CASE("table: combining accents take no column", "[table]") {
  Evaluation eval = test::sample_evaluation();
  // "Société Générale" with decomposed accents (e + U+0301): 16 columns; then 8
  // spaces to 24, 2 between columns, 1 before "95 000,00 €" (11 of 12).
  eval.lots[0].bids[1].supplier = "Socie\u0301te\u0301 Ge\u0301ne\u0301rale";
  std::string out = render_table(test::sample_grid(), eval, test::sample_options());
  std::vector<std::string> ranking = block(out, "Rang");
  REQUIRE(ranking.size() == 5);
  CHECK(ranking[3] == "   2  B-007  Socie\u0301te\u0301 Ge\u0301ne\u0301rale" +
                          std::string(24 - 16 + 2 + 1, ' ') + "95" + nb + "000,00" + nb +
                          "€       40,00         15,00                23,25  78,25  !");
  for (const std::string& row : ranking) CHECK(display_width(row) == display_width(ranking[0]));
}
