// End-to-end: `aser explain` on the example tender (French) and on a small
// English fixture with a life-cycle cost. The output is parsed back: the
// points of the top-level nodes must add up to the total printed, and every
// relative rule must name the bid that sets its reference. Expected figures
// are worked out by hand from the bid files.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "e2e/run.hpp"

using aser::test::run_aser;

namespace {

const char* const example = "examples/nettoyage";
const char* const english = "tests/fixtures/explain_en";
const std::string nbsp = "\u00a0";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

// "1 234,56" (fr, U+00A0 groups) or "1,234.56" (en) → 1234.56; money symbols dropped.
double number_of(std::string text, bool fr) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (fr && c == ',')
      out += '.';
    else if ((c >= '0' && c <= '9') || c == '.' || c == '-')
      out += c;
  }
  return std::stod(out);
}

// The figure after the last "= " of a line ("… = 24,44 points" → 24.44).
double after_last_equals(const std::string& line, bool fr) {
  std::size_t at = line.rfind("= ");
  REQUIRE(at != std::string::npos);
  std::string rest = line.substr(at + 2);
  std::size_t space = rest.find(' ');
  return number_of(rest.substr(0, space), fr);
}

struct Explained {
  std::string id;
  std::string status;
  std::optional<double> total;          ///< from the "Total : …" header line
  std::vector<double> top_points;       ///< the points line of each top-level node
  std::optional<double> total_line;     ///< "Total : a + b + c = t" after the nodes
  std::vector<std::string> references;  ///< every "Référence : …" line
  std::vector<std::string> lines;
};

// Splits `aser explain --all` into bids and reads the figures of each.
std::vector<Explained> parse(const std::string& out, bool fr) {
  const std::string title = fr ? "Explication de l'offre " : "Explanation of bid ";
  const std::string colon = fr ? nbsp + ": " : ": ";
  const std::string total = "Total" + colon;
  const std::string points = std::string(fr ? "Points" : "Points") + colon;
  const std::string subtotal = std::string(fr ? "Sous-total" : "Subtotal") + colon;
  const std::string reference = std::string(fr ? "Référence" : "Reference") + colon;
  std::vector<Explained> bids;
  bool in_nodes = false;
  bool top_level_node = false;
  for (const std::string& line : lines_of(out)) {
    if (starts_with(line, title)) {
      Explained e;
      std::string rest = line.substr(title.size());
      e.id = rest.substr(0, rest.find(' '));
      bids.push_back(e);
      in_nodes = false;
      continue;
    }
    if (bids.empty()) continue;
    Explained& e = bids.back();
    e.lines.push_back(line);
    if (starts_with(line, "Statut" + colon) || starts_with(line, "Status" + colon))
      e.status = line.substr(line.find(colon) + colon.size());
    if (starts_with(line, total) && !in_nodes && !e.total) {
      e.total = number_of(line.substr(total.size(), line.find(" (") - total.size()), fr);
      continue;
    }
    if (starts_with(line, total) && in_nodes) {
      e.total_line = after_last_equals(line, fr);
      in_nodes = false;
      continue;
    }
    // A top-level node: "Label [id] — poids effectif 40,0 %" at column 0.
    if (!line.empty() && line[0] != ' ' && line.find("] — ") != std::string::npos) {
      in_nodes = true;
      top_level_node = true;
      continue;
    }
    if (!line.empty() && line[0] == ' ' && line.find("] — ") != std::string::npos) {
      top_level_node = false;  // a child: its points are in the group's subtotal
      continue;
    }
    if (in_nodes && top_level_node &&
        (starts_with(line, "  " + points) || starts_with(line, "  " + subtotal)))
      e.top_points.push_back(after_last_equals(line, fr));
    if (line.find(reference) != std::string::npos) e.references.push_back(line);
  }
  return bids;
}

double sum(const std::vector<double>& values) {
  double out = 0;
  for (double v : values) out += v;
  return out;
}

}  // namespace

// The example tender by hand (same arithmetic as test_rank.cpp):
// clair-services is excluded (3 % insertion hours < 5), nettoyeurs-reunis too
// (environment (2×0.1 + 400/8000 + 0 + 0)/5 = 0.05 < 0.3). The prices of the
// five bids left: atelier-solidaire 118,500, ecobrillance 142,000,
// hygiene-express 72,400, nettoyage-martin 131,200, proprete-plus 104,900:
// the lowest, which sets the price reference, is hygiene-express's 72,400
// (ecobrillance's is the highest).
// Totals: ecobrillance 20.394366 + 30 + 28.875 = 79.269366 → 79,27;
// atelier-solidaire 24.438819 + 23.8125 + 25.8 = 74.051319 → 74,05;
// nettoyage-martin 22.073171 + 21.5 + 27.6 = 71.173171 → 71,17;
// proprete-plus 27.607245 + 13.625 + 19.125 = 60.357245 → 60,36;
// hygiene-express 40 + 8.75 + 9.9 = 58.65 → 58,65.
TEST_CASE("explain --all: the points add up to the total and the price reference is named") {
  auto run = run_aser(std::string("explain --all ") + example);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::vector<Explained> bids = parse(run.out, true);
  REQUIRE(bids.size() == 7);  // five ranked, two excluded

  const std::map<std::string, double> totals = {{"ecobrillance", 79.27},
                                                {"atelier-solidaire", 74.05},
                                                {"nettoyage-martin", 71.17},
                                                {"proprete-plus", 60.36},
                                                {"hygiene-express", 58.65}};
  int ranked = 0;
  for (const Explained& bid : bids) {
    INFO(bid.id);
    if (!starts_with(bid.status, "classé")) continue;
    ++ranked;
    REQUIRE(bid.total);
    REQUIRE(totals.count(bid.id) == 1);
    CHECK(*bid.total == Approx(totals.at(bid.id)).margin(1e-9));
    // Price, social, environment: three top-level nodes, each printed with 2
    // decimals, so their sum may differ from the total by 3 half-cents at most.
    REQUIRE(bid.top_points.size() == 3);
    CHECK(sum(bid.top_points) == Approx(*bid.total).margin(0.015));
    REQUIRE(bid.total_line);
    CHECK(*bid.total_line == Approx(*bid.total).margin(1e-9));
    // The price rule (lowest_ratio) names hygiene-express and its 72 400,00 €.
    REQUIRE(bid.references.size() == 1);
    CHECK(bid.references[0].find("(hygiene-express)") != std::string::npos);
    CHECK(bid.references[0].find("72" + nbsp + "400,00" + nbsp + "€") != std::string::npos);
  }
  CHECK(ranked == 5);
}

TEST_CASE("explain one bid: status, rank, neighbours, requirements and flags in French") {
  auto run = run_aser(std::string("explain hygiene-express ") + example);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::vector<Explained> bids = parse(run.out, true);
  REQUIRE(bids.size() == 1);
  CHECK(bids[0].id == "hygiene-express");
  CHECK(bids[0].status == "classé, rang 5 sur 5");
  // Its price is its own reference: 72 400 ÷ 72 400 = 1 → 1 × 40 % × 100 = 40.
  CHECK(run.out.find("Calcul" + nbsp + ": 72" + nbsp + "400,00" + nbsp + "€ ÷ 72" + nbsp +
                     "400,00" + nbsp + "€ = 1,000") != std::string::npos);
  CHECK(run.out.find("Points" + nbsp + ": 1,000 × 40,0" + nbsp + "% × 100 = 40,00") !=
        std::string::npos);
  // Daytime cleaning 0 %: below every step (80, 50, 20) → 0.
  CHECK(run.out.find("0" + nbsp + ": aucun palier atteint → 0,000") != std::string::npos);
  // The answer is quoted as written, with its file, line and column.
  CHECK(run.out.find("Réponse" + nbsp +
                     ": 72400.00 (examples/nettoyage/offres/hygiene-express.yaml:2:8)") !=
        std::string::npos);
  // proprete-plus is just above: 60.357245 − 58.65 = 1.707245 → 1,71 points.
  CHECK(run.out.find("Rang 4" + nbsp +
                     ": proprete-plus (Propreté Plus SAS), devant de 1,71 points") !=
        std::string::npos);
  // Requirements: insertion 5 ≥ 5 holds (limits are inclusive); environment 0.33 ≥ 0.3.
  CHECK(run.out.find("social.insertion_hours_pct" + nbsp + ": 5, exigé ≥ 5 → satisfaite") !=
        std::string::npos);
  CHECK(run.out.find("Performance environnementale" + nbsp +
                     ": note 0,330, exigé ≥ 0,3 → satisfaite") != std::string::npos);
  // Flag: 72,400 < 0.8 × 124,150 = 99,320.
  CHECK(run.out.find("offre anormalement basse (plus de 20" + nbsp +
                     "% sous la moyenne des autres offres)") != std::string::npos);
  // The provenance closes the explanation.
  CHECK(run.out.find(
            "Nettoyage des locaux — grille ASER (examples/nettoyage/criteria.yaml, sha256 ") !=
        std::string::npos);
}

TEST_CASE("explain an excluded bid says why") {
  // clair-services: 3 % insertion hours, the grid asks 5 % at least.
  auto run = run_aser(std::string("explain clair-services ") + example);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("Statut" + nbsp +
                     ": exclu — exclue avant la notation (exigence sur une réponse)\n") !=
        std::string::npos);
  CHECK(run.out.find("Motifs" + nbsp + ": Clause sociale — 5 % d'heures d'insertion au minimum") !=
        std::string::npos);
  CHECK(run.out.find("social.insertion_hours_pct" + nbsp + ": 3, exigé ≥ 5 → non satisfaite") !=
        std::string::npos);

  // nettoyeurs-reunis left on its environment score, 0.05 < 0.3; its price was
  // scored in that round, against the same lowest price (hygiene-express).
  auto other = run_aser(std::string("explain nettoyeurs-reunis ") + example);
  REQUIRE(other.exit_code == 0);
  CHECK(other.out.find("Statut" + nbsp + ": exclu\n") != std::string::npos);  // it was scored
  CHECK(other.out.find("Performance environnementale" + nbsp +
                       ": note 0,050, exigé ≥ 0,3 → non satisfaite") != std::string::npos);
  CHECK(other.out.find("(hygiene-express) — parmi les offres en lice au tour où celle-ci a été "
                       "exclue") != std::string::npos);
}

TEST_CASE("explain an unknown bid: did you mean, the ids, exit 1") {
  auto run = run_aser(std::string("explain ecobrilance ") + example);
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "aser: error: no bid 'ecobrilance'; did you mean 'ecobrillance'?\n"
        "hint: the bids are ecobrillance, atelier-solidaire, nettoyage-martin, proprete-plus, "
        "hygiene-express, clair-services, nettoyeurs-reunis\n");
}

TEST_CASE("explain without a bid id or --all is a usage error") {
  auto run = run_aser("explain");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("explain needs a bid id, or --all") != std::string::npos);
}

TEST_CASE("explain an invalid bid with --keep-going lists its problems") {
  auto run = run_aser("explain broken tests/fixtures/keep_going --keep-going");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("Status: invalid\n") != std::string::npos);
  CHECK(run.out.find("Reasons: tests/fixtures/keep_going/broken.yaml:") != std::string::npos);
  // Without --keep-going nothing is explained.
  auto strict = run_aser("explain broken tests/fixtures/keep_going");
  CHECK(strict.exit_code == 1);
  CHECK(strict.out.empty());
}

// The English fixture (tests/fixtures/explain_en), by hand:
// van-c: range 80 < 100 → excluded. Life-cycle costs, 2 years at 10 %:
//   van-a: 10000 + 1000×0.2/1.1 + 1000×0.2/1.21 = 10000 + 181.818182 + 165.289256 = 10347.107438
//   van-b:  9000 + 5000×0.2/1.1 + 5000×0.2/1.21 =  9000 + 909.090909 + 826.446281 = 10735.537190
// The lowest cost is van-a's (though van-b's purchase price is lower); the
// highest range is van-b's 300.
//   van-a: cost 1 → 1 × 50 % × 20 = 10; range 200/300; panel median(6, 8, 9) = 8 → 0.8;
//          quality (0.666667 + 0.8)/2 = 0.733333 → 7.333333; total 17.333333 → 17.33
//   van-b: cost 10347.107438/10735.537190 = 0.963818 → 9.638183; range 1; panel
//          median(5, 7) = 6 → 0.6; quality 0.8 → 8; total 17.638183 → 17.64
TEST_CASE("explain --all in English, with a life-cycle cost year by year") {
  auto run = run_aser(std::string("explain --all ") + english);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::vector<Explained> bids = parse(run.out, false);
  REQUIRE(bids.size() == 3);
  CHECK(bids[0].id == "van-b");
  CHECK(bids[0].status == "ranked, rank 1 of 2");
  CHECK(bids[1].id == "van-a");
  CHECK(bids[2].id == "van-c");
  CHECK(bids[2].status == "excluded — excluded before scoring (a requirement on an answer)");

  const std::map<std::string, double> totals = {{"van-b", 17.64}, {"van-a", 17.33}};
  for (const Explained& bid : std::vector<Explained>{bids[0], bids[1]}) {
    INFO(bid.id);
    REQUIRE(bid.total);
    CHECK(*bid.total == Approx(totals.at(bid.id)).margin(1e-9));
    REQUIRE(bid.top_points.size() == 2);
    CHECK(sum(bid.top_points) == Approx(*bid.total).margin(0.01));
    // Two relative rules: the cost names van-a (lowest), the range van-b (highest).
    REQUIRE(bid.references.size() == 2);
    CHECK(bid.references[0].find("lowest: €10,347.11 (van-a)") != std::string::npos);
    CHECK(bid.references[1].find("highest: 300 (van-b)") != std::string::npos);
  }
  // van-a's cost, year by year, and its panel.
  CHECK(run.out.find("  Purchase: €10,000.00\n"
                     "  energy_kwh: 1,000 × 0.2 = €200.00 a year\n"
                     "  Year 1: €200.00 ÷ (1 + 0.1)^1 = €181.82\n"
                     "  Year 2: €200.00 ÷ (1 + 0.1)^2 = €165.29\n"
                     "  Total: €10,347.11\n") != std::string::npos);
  CHECK(run.out.find("Answer: [6, 8, 9] (tests/fixtures/explain_en/van-a.yaml:5:14), median of the "
                     "marks: 8") != std::string::npos);
  CHECK(run.out.find("Working: (8 − 0) ÷ (10 − 0) = 0.800") != std::string::npos);
  // van-a is 17.638183 − 17.333333 = 0.30485 → 0.30 points behind van-b.
  CHECK(run.out.find("Rank 1: van-b (Bravo Motors), ahead by 0.30 points") != std::string::npos);
  CHECK(run.out.find("  range_km: certificate e4*2007/46*1234\n") != std::string::npos);
  CHECK(run.out.find("range_km: 80, required ≥ 100 → not met (A range of 100 km at least)") !=
        std::string::npos);
}

TEST_CASE("explain --weight and --lot are recorded; -o writes the file") {
  std::string path = aser::test::temp_dir() + "/explain.txt";
  auto run = run_aser(std::string("explain van-a ") + english + " --weight price=30 -o " + path);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  std::string text = aser::test::read_file(path);
  // price 30, quality 50: price's share is 30/80 = 37.5 %.
  CHECK(text.find("Effective weight 37.5%") != std::string::npos);
  CHECK(text.find("Options: --weight price=30") != std::string::npos);
}

// tests/fixtures/lots, lot 2: c (price 1000, quality 4) and d (800, 0). The
// lowest price of lot 2 is d's 800 — lot 1's 100 (a) takes no part.
// c: 800/1000 = 0.8 → 0.8 × 50 % × 100 = 40; quality 4/10 → 20; total 60.
// d: price 1 → 50; quality 0 → 0; total 50; 60 − 50 = 10 points behind c.
TEST_CASE("explain --lot: the references and neighbours of that lot only") {
  auto run = run_aser("explain --all tests/fixtures/lots --lot 2");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::vector<Explained> bids = parse(run.out, false);
  REQUIRE(bids.size() == 2);
  CHECK(bids[0].id == "c");
  CHECK(bids[1].id == "d");
  CHECK(*bids[0].total == Approx(60).margin(1e-9));
  CHECK(*bids[1].total == Approx(50).margin(1e-9));
  CHECK(bids[0].references.at(0).find("lowest: €800.00 (d)") != std::string::npos);
  CHECK(run.out.find("Lot: 2\n") != std::string::npos);
  CHECK(run.out.find("Rank 1: c (Charlie), ahead by 10.00 points") != std::string::npos);
  CHECK(run.out.find("Options: --lot 2") != std::string::npos);
}

TEST_CASE("explain: colour only when asked or on a terminal") {
  auto plain = run_aser(std::string("explain hygiene-express ") + example);
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find('\x1b') == std::string::npos);  // NO_COLOR, and not a terminal
  auto colour = run_aser(std::string("explain hygiene-express ") + example + " --color always");
  REQUIRE(colour.exit_code == 0);
  CHECK(colour.out.find("\x1b[1mExplication de l'offre hygiene-express") != std::string::npos);
}

// hygiene-express: 40 + 8.75 + 9.9 = 58.65 (see above); the Markdown report
// carries the same facts as explain, from the same breakdown.
TEST_CASE("rank -f markdown: each bid's breakdown has the facts of explain") {
  auto run = run_aser(std::string("rank ") + example + " -f markdown");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::size_t at = run.out.find("\n### hygiene-express — Hygiène Express\n");
  REQUIRE(at != std::string::npos);
  std::string section = run.out.substr(at, run.out.find("\n### ", at + 1) - at);
  CHECK(section.find("- Statut" + nbsp + ": classé, rang 5 sur 5\n") != std::string::npos);
  CHECK(section.find("- Calcul" + nbsp + ": 40,00 + 8,75 + 9,90 = 58,65\n") != std::string::npos);
  CHECK(section.find("la plus basse" + nbsp + ": 72" + nbsp + "400,00" + nbsp +
                     "€ (hygiene-express)") != std::string::npos);
  CHECK(section.find("| 72400.00 (examples/nettoyage/offres/hygiene-express.yaml:2:8) |") !=
        std::string::npos);
  CHECK(section.find("\n**Exigences**\n\n- social.insertion\\_hours\\_pct" + nbsp +
                     ": 5, exigé ≥ 5 → satisfaite") != std::string::npos);
  CHECK(section.find("- Signalements" + nbsp + ": offre anormalement basse") != std::string::npos);
}

TEST_CASE("explain: every bid file of the run and its SHA-256 close the explanation") {
  auto run = run_aser(std::string("explain atelier-solidaire ") + example);
  REQUIRE(run.exit_code == 0);
  auto json_run = run_aser(std::string("rank ") + example + " -f json");
  REQUIRE(json_run.exit_code == 0);
  std::size_t at = run.out.find("\nFichiers des offres\n");
  REQUIRE(at != std::string::npos);
  // The 7 bids, each with the SHA-256 the JSON report gives its file.
  for (const char* id : {"ecobrillance", "atelier-solidaire", "nettoyage-martin", "proprete-plus",
                         "hygiene-express", "clair-services", "nettoyeurs-reunis"}) {
    INFO(id);
    std::size_t key = json_run.out.find(std::string("\"id\": \"") + id + "\"");
    REQUIRE(key != std::string::npos);
    std::size_t sha = json_run.out.find("\"sha256\": \"", json_run.out.find("\"source\"", key));
    std::string hash = json_run.out.substr(sha + 11, 64);
    CHECK(run.out.find(std::string("  ") + id + nbsp + ": ", at) != std::string::npos);
    CHECK(run.out.find("(sha256 " + hash + ")\n", at) != std::string::npos);
  }
}

TEST_CASE("explain an unknown bid among many: the first 30 ids, then a count") {
  // 35 bids b01..b35 (b01 cheapest): the list stops after b30 and counts 5 more.
  std::string dir = aser::test::temp_dir();
  aser::test::write_file(dir + "/criteria.yaml",
                         aser::test::read_file(std::string(english) + "/../lots/criteria.yaml"));
  for (int i = 1; i <= 35; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "b%02d", i);
    aser::test::write_file(dir + "/" + id + ".yaml",
                           "price: " + std::to_string(100 + i) + "\nquality: 5\n");
  }
  auto run = run_aser("explain zzz " + dir);
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("hint: the bids are b01, b02, ") != std::string::npos);
  CHECK(run.err.find(", b30, … (5 more)\n") != std::string::npos);
  CHECK(run.err.find("b31") == std::string::npos);
}

TEST_CASE("explain with a bad grid or a bad --weight explains nothing") {
  auto grid =
      run_aser("explain a tests/bad_inputs/good -c tests/bad_inputs/grids/unknown_key.yaml");
  CHECK(grid.exit_code == 1);
  CHECK(grid.out.empty());
  CHECK(grid.err.find("unknown_key.yaml:5:1: error: unknown key 'curency' in the grid") !=
        std::string::npos);
  CHECK(grid.err.find("aser: error: 1 problem in the grid or the bids, nothing explained\n") !=
        std::string::npos);
  auto weight = run_aser(std::string("explain --all ") + example + " --weight socail=3");
  CHECK(weight.exit_code == 2);
  CHECK(weight.out.empty());
  CHECK(weight.err.find("did you mean 'social'?") != std::string::npos);
}
