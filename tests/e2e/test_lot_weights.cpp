// End-to-end: a lot scored with weights of its own. The ranking always used
// them (JSON, CSV), but explain, the Markdown and HTML reports, the table, the
// letters, the workbook and the analysis showed or used the grid's weights:
// "Points: 0.650 × 50.0% × 100 = 32.50" was right, "Social — Effective
// weight 30.0%" beside 35.00 points was not.
//
// tests/fixtures/lot_weights, by hand. Grid: price 50, social 30 (insertion 1,
// training 1), environment 20. Lot 1 sets social 40, environment 10,
// insertion 3: shares price 50/100 = 0.5, social 0.4, environment 0.1,
// insertion 0.4 × 3/4 = 0.3, training 0.4 × 1/4 = 0.1. Lot 2 keeps the grid's:
// price 0.5, social 0.3, insertion 0.15, training 0.15, environment 0.2.
// Lot 1 (lowest price 65,000):
//   n-alpha: price 65/100 = 0.65 → 32.5; insertion 10/10 = 1 → 30;
//            training 10/20 = 0.5 → 5; environment (1000 − 500)/1000 = 0.5 → 5;
//            social 30 + 5 = 35; total 32.5 + 35 + 5 = 72.5
//   n-beta:  price 65/80 = 0.8125 → 40.625; insertion 0.5 → 15; training 1 → 10;
//            environment 0.8 → 8; total 40.625 + 25 + 8 = 73.625 (first)
//   n-gamma: price 1 → 50, the rest 0: total 50; 65,000 < 70% × 100,000 (the
//            lot's estimate; the grid has none): flagged
// With the grid's shares n-beta would have 79.125 and n-alpha 65.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::read_file;
using aser::test::run_aser;
using aser::test::temp_dir;
using nlohmann::json;

namespace {

const std::string kLots =
    "tests/fixtures/lot_weights/bids -c tests/fixtures/lot_weights/criteria.yaml";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("lot weights: explain shows the lot's shares, and its points add up with them") {
  auto run = run_aser("explain n-alpha " + kLots);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "Price [price] — Effective weight 50.0%\n"));
  CHECK(has(run.out, "  Points: 0.650 × 50.0% × 100 = 32.50\n"));
  CHECK(has(run.out, "Social [social] — Effective weight 40.0%\n"));
  CHECK(has(run.out, "  Subtotal: score 0.875, 30.00 + 5.00 = 35.00 points\n"));
  CHECK(has(run.out, "  Insertion hours [insertion] — Effective weight 30.0%\n"));
  CHECK(has(run.out, "    Points: 1.000 × 30.0% × 100 = 30.00\n"));
  CHECK(has(run.out, "    Points: 0.500 × 10.0% × 100 = 5.00\n"));
  CHECK(has(run.out, "Environment [environment] — Effective weight 10.0%\n"));
  CHECK(has(run.out, "Total: 32.50 + 35.00 + 5.00 = 72.50\n"));
  // The provenance: the grid's weights, then the lot's.
  CHECK(has(run.out,
            "Effective weights: Price 50.0%, Social 30.0%, Environment 20.0%\n"
            "Effective weights — Lot 1 — North: Price 50.0%, Social 40.0%, "
            "Environment 10.0%\n"));

  // A bid of lot 2 is explained with the grid's: environment 0.5 × 20% × 100 = 10.
  run = run_aser("explain s-beta " + kLots);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "Environment [environment] — Effective weight 20.0%\n"));
  CHECK(has(run.out, "  Points: 0.500 × 20.0% × 100 = 10.00\n"));
}

TEST_CASE("lot weights: the flag names the lot's estimate") {
  auto run = run_aser("rank " + kLots);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "n-gamma: abnormally low (more than 30% below the estimate (€100,000.00))\n"));
  CHECK(has(run.out,
            "Effective weights — Lot 1 — North: Price 50.0%, Social 40.0%, "
            "Environment 10.0%\n"));
}

TEST_CASE("lot weights: the Markdown and HTML reports give the lot's weights table") {
  auto run = run_aser("rank " + kLots + " -f markdown");
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out,
            "### Effective weights — Lot 1 — North\n\n"
            "| Criterion | Id | Weight | Effective weight |\n"
            "| --- | --- | ---: | ---: |\n"
            "| Price | price | 50.00 | 50.0% |\n"
            "| **Social** | social | 40.00 | 40.0% |\n"
            "| &emsp;Insertion hours | insertion | 3.00 | 30.0% |\n"
            "| &emsp;Training hours | training | 1.00 | 10.0% |\n"
            "| Environment | environment | 10.00 | 10.0% |\n"));
  // Lot 2 keeps the grid's weights: no table of its own.
  CHECK_FALSE(has(run.out, "### Effective weights — Lot 2"));

  run = run_aser("rank " + kLots + " -f html");
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "<h3>Lot 1 — North</h3>\n<table class=\"weights\">"));
  // Each lot's chart legend gives its own share of the bar.
  CHECK(has(run.out, "Social (40.0%)"));
  CHECK(has(run.out, "Social (30.0%)"));
}

TEST_CASE("lot weights: a letter gives the weights of the bidder's lot") {
  const std::string out = temp_dir() + "/letters";
  auto run = run_aser("letters " + kLots + " -o " + out);
  REQUIRE(run.exit_code == 0);
  const std::string north = read_file(out + "/n-alpha.md");
  CHECK(has(north, "| **Social** | 40.0% | 0.875 | 35.00 | 0.625 | 25.00 |\n"));
  CHECK(has(north, "| **Environment** | 10.0% | 0.500 | 5.00 | 0.800 | 8.00 |\n"));
  const std::string south = read_file(out + "/s-beta.md");
  // s-beta: social (0 + 0.5)/2 = 0.25 → 7.5; s-alpha: 1 → 30.
  CHECK(has(south, "| **Social** | 30.0% | 0.250 | 7.50 | 1.000 | 30.00 |\n"));
}

// Stability in lot 1, price varied as a share p, the others keeping their
// proportions (social 0.4 and environment 0.1 of the other 0.5):
//   n-beta  0.8125 p + 2(1 − p)(0.4 × 0.625 + 0.1 × 0.8) = 0.8125 p + 0.66 (1 − p)
//   n-alpha 0.65 p + 2(1 − p)(0.4 × 0.875 + 0.1 × 0.5) = 0.65 p + 0.8 (1 − p)
//   n-gamma p
// n-beta stays first from 0.14/0.3025 = 0.46281 (n-alpha) to 0.66/0.8475 =
// 0.77876 (n-gamma). With the grid's weights the bounds would differ.
TEST_CASE("lot weights: the analysis varies the lot's weights, not the grid's") {
  auto run = run_aser("analyze " + kLots + " -f json --only stability");
  REQUIRE(run.exit_code == 0);
  const json report = json::parse(run.out);
  const json& north = report.at("lots").at(0);
  REQUIRE(north.at("lot") == "1");
  const json& price = north.at("stability").at("nodes").at(0);
  REQUIRE(price.at("node") == "price");
  CHECK(price.at("weight").get<double>() == Approx(0.5));
  CHECK(price.at("winner").at("from").get<double>() == Approx(0.14 / 0.3025));
  CHECK(price.at("winner").at("to").get<double>() == Approx(0.66 / 0.8475));
  const json& social = north.at("stability").at("nodes").at(1);
  CHECK(social.at("node") == "social");
  CHECK(social.at("weight").get<double>() == Approx(0.4));
}
