// The Markdown report: GitHub tables, escaping, sections and breakdowns.
#include <catch2/catch.hpp>

#include "report/report.hpp"
#include "sample.hpp"
#include "text_helpers.hpp"

using namespace aser;
using test::contains;

namespace {

const std::string nb = "\u00a0";

std::string sample_markdown(const std::string& language = "fr") {
  ReportOptions options = test::sample_options();
  options.changes = {"--weight price=50"};
  return render_markdown(test::sample_grid(language), test::sample_evaluation(), options);
}

// Unescaped '|' in a table row: the cells it makes.
std::size_t cells(const std::string& row) {
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++pipes;
  return pipes - 1;
}

}  // namespace

TEST_CASE("markdown: heading and ranking table in French", "[markdown]") {
  std::string out = sample_markdown();
  CHECK(out.rfind("# Nettoyage des locaux — grille ASER\n\nMéthode" + nb + ": somme pondérée — ",
                  0) == 0);
  CHECK(contains(
      out,
      "\n## Classement\n\n"
      "| Rang | Offre | Fournisseur | Prix | Prix (pts) | Social (pts) | Environnement (pts) | "
      "Total | Signalements |\n"
      "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
      "| 1 | B-014 | Atelier Solidaire du Sud | 118" +
          nb + "500,00" + nb + "€ | 37,20 | 21,00 | 24,30 | 82,50 |  |\n"));
  CHECK(contains(out, "\n| 2 | B-007 | Nettoyage Éco-Propreté | 95" + nb + "000,00" + nb +
                          "€ | 40,00 | 15,00 | 23,25 | 78,25 | offre anormalement basse (plus de "
                          "20" +
                          nb + "% sous la moyenne des autres offres) |\n"));
  CHECK(contains(out, "\n| 3 | B-021 | 東京クリーン株式会社 | 131" + nb + "250,50" + nb +
                          "€ | 28,96 | 12,17 | 20,00 | 61,13 |  |\n"));
  CHECK(out.back() == '\n');
  CHECK(out.substr(out.size() - 2) != "\n\n");
  CHECK_FALSE(contains(out, "\x1b"));
}

TEST_CASE("markdown: excluded and invalid bids, flags and warnings", "[markdown]") {
  std::string out = sample_markdown();
  CHECK(contains(out,
                 "\n### Offres exclues et invalides\n\n"
                 "| Statut | Offre | Fournisseur | Motifs |\n| --- | --- | --- | --- |\n"
                 "| exclu | B-003 | Propreté &amp; Fils, \"Le Bon\" | Clause sociale — 5 % "
                 "d'heures d'insertion au minimum |\n"
                 "| invalide | B-009 |  | bids/B-009.yaml:3:8: error: 'price' expects a "
                 "number, got 'cent mille'<br>  price: cent mille<br>         ^ |\n"));
  CHECK(contains(out, "\n## Signalements\n\n- B-007" + nb + ": offre anormalement basse"));
  // '_' is escaped so that it never starts emphasis.
  CHECK(contains(out, "\n## Alertes\n\n- B-021" + nb +
                          ": missing answer 'environment.ecolabel': scored 0\n"
                          "- B-014 and B-021 share no answer 'social.insertion\\_hour\\_pct'\n"));
}

TEST_CASE("markdown: pipes and other markup in names are escaped", "[markdown]") {
  Evaluation eval = test::sample_evaluation();
  eval.lots[0].bids[0].supplier = "Dupont | Fils *SA*";
  eval.lots[0].bids[3].reasons = {"a | b\nc"};
  std::string out = render_markdown(test::sample_grid(), eval, test::sample_options());
  CHECK(contains(out, "\n| 1 | B-014 | Dupont \\| Fils \\*SA\\* | 118"));
  CHECK(contains(out, "\n| exclu | B-003 | Propreté &amp; Fils, \"Le Bon\" | a \\| b<br>c |\n"));
  CHECK(contains(out, "\n### B-014 — Dupont \\| Fils \\*SA\\*\n"));
  for (const std::string& row : test::lines_of(out)) {
    if (row.rfind("| 1 |", 0) == 0) CHECK(cells(row) == 9);
    if (row.rfind("| exclu |", 0) == 0) CHECK(cells(row) == 4);
  }
}

TEST_CASE("markdown: grid, provenance and every effective weight", "[markdown]") {
  std::string out = sample_markdown();
  CHECK(contains(out, "\n## Grille\n\n- Grille" + nb +
                          ": Nettoyage des locaux — grille ASER\n"
                          "- Fichier" +
                          nb + ": criteria.yaml\n- SHA-256" + nb +
                          ": `0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef`\n"
                          "- Méthode" +
                          nb + ": `weighted_sum`, somme pondérée — "));
  CHECK(contains(out, "\n- aser" + nb + ": 0.1.0\n- Options" + nb + ": `--weight price=50`\n"));
  CHECK(contains(out, "\nRègles relatives" + nb + ": retirer une offre"));
  CHECK(contains(out,
                 "\n### Poids effectifs\n\n| Critère | Id | Poids | Poids effectif |\n"
                 "| --- | --- | ---: | ---: |\n"
                 "| Prix | price | 40,00 | 40,0" +
                     nb +
                     "% |\n"
                     "| **Social** | social | 30,00 | 30,0" +
                     nb +
                     "% |\n"
                     "| &emsp;Insertion | insertion | 2,00 | 20,0" +
                     nb +
                     "% |\n"
                     "| &emsp;Handicap | disability | 1,00 | 10,0" +
                     nb +
                     "% |\n"
                     "| **Environnement** | environment | 30,00 | 30,0" +
                     nb +
                     "% |\n"
                     "| &emsp;Émissions | emissions | 1,00 | 15,0" +
                     nb +
                     "% |\n"
                     "| &emsp;Écolabel | label | 1,00 | 15,0" +
                     nb + "% |\n"));
  CHECK(contains(out,
                 "\n### Fichiers des offres\n\n| Offre | Fichier | SHA-256 |\n"
                 "| --- | --- | --- |\n| B-014 | bids/B-014.yaml | `" +
                     std::string(64, 'a') + "` |\n"));
  CHECK(contains(out, "\n| B-009 | bids/B-009.yaml |  |\n"));
}

// B-014: 37.2 + 21 + 24.3 = 82.5; B-007 next with 78.25: 82.5 − 78.25 = 4.25 behind.
// The sample has no bids (ReportOptions::bids is null): no answers, no working
// of the rules, but the rules in words, the group sums, scores and points.
TEST_CASE("markdown: each bid's breakdown", "[markdown]") {
  std::string out = sample_markdown();
  CHECK(contains(out,
                 "\n## Détail par offre\n\n### B-014 — Atelier Solidaire du Sud\n\n"
                 "- Statut" +
                     nb +
                     ": classé, rang 1 sur 3\n"
                     "- Prix" +
                     nb + ": 118" + nb + "500,00" + nb +
                     "€\n"
                     "- Total" +
                     nb +
                     ": 82,50\n"
                     "- Calcul" +
                     nb +
                     ": 37,20 + 21,00 + 24,30 = 82,50\n"
                     "- Rang 2" +
                     nb +
                     ": B-007, derrière de 4,25 points\n\n"
                     "| Critère | Réponse | Règle | Calcul | Note | Poids effectif | Points |\n"
                     "| --- | --- | --- | --- | ---: | ---: | ---: |\n"
                     "| Prix |  | lowest\\_ratio" +
                     nb +
                     ": la plus basse des offres ÷ la réponse |  | "
                     "0,930 | 40,0" +
                     nb +
                     "% | 37,20 |\n"
                     "| **Social** |  |  | 17,00 + 4,00 = 21,00 | 0,700 | 30,0" +
                     nb + "% | 21,00 |\n"));
  // B-007 (rank 2) sits between B-014 (82.5 − 78.25 = 4.25) and B-021 (78.25 − 61.125 = 17.125).
  CHECK(contains(out, "- Rang 1" + nb + ": B-014, devant de 4,25 points\n- Rang 3" + nb +
                          ": B-021, derrière de 17,13 points\n"));
  CHECK(contains(out, "\n### B-003 — Propreté &amp; Fils, \"Le Bon\"\n\n- Statut" + nb +
                          ": exclu\n- Prix" + nb + ": 99" + nb + "000,00" + nb + "€\n- Motifs" +
                          nb + ": Clause sociale"));
  CHECK_FALSE(contains(out, "\n### B-009"));  // nothing to break down
}

TEST_CASE("markdown: English", "[markdown]") {
  std::string out = sample_markdown("en");
  CHECK(contains(out, "\n## Ranking\n\n| Rank | Bid | Supplier | Price |"));
  CHECK(contains(out, "| 1 | B-014 | Atelier Solidaire du Sud | €118,500.00 | 37.20 |"));
  CHECK(contains(out, "\n| **Social** | social | 30.00 | 30.0% |\n"));
  CHECK(contains(out, "\n## Breakdown by bid\n"));
}

TEST_CASE("markdown: --top", "[markdown]") {
  ReportOptions options = test::sample_options();
  options.top = 2;
  std::string out = render_markdown(test::sample_grid(), test::sample_evaluation(), options);
  CHECK(contains(out, "| 2 | B-007 |"));
  CHECK_FALSE(contains(out, "| 3 | B-021 |"));
  CHECK(contains(out, "\n1 autre offre classée non affichée.\n"));
  CHECK_FALSE(contains(out, "\n### B-021"));
  CHECK(contains(out, "\n| exclu | B-003 |"));
  CHECK(contains(out, "\n| invalide | B-009 |"));
}
