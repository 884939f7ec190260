// End-to-end: the aser binary on the example tender and on small fixtures.
// Expected figures are worked out by hand from the grid and the bids.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

const char* const example = "examples/nettoyage";

json bid_of(const json& report, const std::string& id) {
  for (const json& lot : report.at("lots"))
    for (const json& bid : lot.at("bids"))
      if (bid.at("id") == id) return bid;
  FAIL("no bid " << id << " in the report");
  return {};
}

}  // namespace

// The example tender (examples/nettoyage), by hand:
// Answer requirements: clair-services has 3 % insertion hours < 5 → excluded.
// nettoyeurs-reunis: environment = (2×10/100 + 1×(8000−7600)/8000 + 0 + 0)/5
//   = (0.2 + 0.05)/5 = 0.05 < 0.3 → excluded by the group requirement.
// In competition: min price 72,400 (hygiene-express).
//   price points = 40 × 72400 / price; social = (2×ins/10 + form/24 + steps(journee))/4 × 30;
//   environment = (2×eco/100 + (8000−co2)/8000 + waste + dosing)/5 × 30.
// ecobrillance:      40×72400/142000 = 20.394366; social 1 → 30;
//                    env (2 + 0.8125 + 1 + 1)/5 = 0.9625 → 28.875;          total 79.269366
// atelier-solidaire: 40×72400/118500 = 24.438819; social (1.7 + 0.875 + 0.6)/4 = 0.79375 → 23.8125;
//                    env (1.7 + 0.6 + 1 + 1)/5 = 0.86 → 25.8;                total 74.051319
// nettoyage-martin:  40×72400/131200 = 22.073171; social (1.2 + 0.666667 + 1)/4 → 21.5;
//                    env (1.9 + 0.7 + 1 + 1)/5 = 0.92 → 27.6;                total 71.173171
// proprete-plus:     40×72400/104900 = 27.607245; social (1.1 + 0.416667 + 0.3)/4 → 13.625;
//                    env (1.2 + 0.4875 + 0.5 + 1)/5 = 0.6375 → 19.125;       total 60.357245
// hygiene-express:   40; social (1.0 + 0.166667 + 0)/4 → 8.75; env (0.8 + 0.35 + 0.5 + 0)/5 = 0.33
// → 9.9;
//                    total 58.65; the mean of the others is (118500 + 104900 + 131200 + 142000)/4
//                    = 124,150 and 72,400 < 0.8 × 124,150 = 99,320 → flagged abnormally low.
TEST_CASE("rank the example tender as JSON") {
  auto run = run_aser(std::string("rank ") + example + " -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  REQUIRE(report.at("grid").at("method") == "weighted_sum");
  REQUIRE(report.at("grid").at("better") == "higher");
  REQUIRE(report.at("lots").size() == 1);
  const json& bids = report.at("lots")[0].at("bids");
  REQUIRE(bids.size() == 7);  // every bid given is listed

  std::vector<std::string> order;
  for (const json& bid : bids) order.push_back(bid.at("id"));
  CHECK(order == std::vector<std::string>{"ecobrillance", "atelier-solidaire", "nettoyage-martin",
                                          "proprete-plus", "hygiene-express", "clair-services",
                                          "nettoyeurs-reunis"});

  CHECK(bid_of(report, "ecobrillance").at("total").get<double>() ==
        Approx(79.269366).epsilon(1e-6));
  CHECK(bid_of(report, "atelier-solidaire").at("total").get<double>() ==
        Approx(74.051319).epsilon(1e-6));
  CHECK(bid_of(report, "nettoyage-martin").at("total").get<double>() ==
        Approx(71.173171).epsilon(1e-6));
  CHECK(bid_of(report, "proprete-plus").at("total").get<double>() ==
        Approx(60.357245).epsilon(1e-6));
  CHECK(bid_of(report, "hygiene-express").at("total").get<double>() == Approx(58.65).epsilon(1e-6));
  CHECK(bid_of(report, "atelier-solidaire").at("points").at("social").get<double>() ==
        Approx(23.8125));
  CHECK(bid_of(report, "atelier-solidaire").at("scores").at("environment").get<double>() ==
        Approx(0.86));
  CHECK(bid_of(report, "ecobrillance").at("rank") == 1);
  CHECK(bid_of(report, "hygiene-express").at("rank") == 5);

  json low = bid_of(report, "hygiene-express");
  REQUIRE(low.at("flags").size() == 1);
  CHECK(low.at("flags")[0] == "abnormally_low:below_mean_of_others_pct");
  CHECK(low.at("status") == "ranked");  // flagged, never excluded

  json clair = bid_of(report, "clair-services");
  CHECK(clair.at("status") == "excluded");
  CHECK(clair.at("rank").is_null());
  REQUIRE(clair.at("reasons").size() == 1);
  CHECK(clair.at("reasons")[0].get<std::string>().find("Clause sociale") != std::string::npos);
  CHECK(bid_of(report, "nettoyeurs-reunis").at("status") == "excluded");

  // Provenance: the SHA-256 of the grid and of each bid file (64 hex digits).
  CHECK(report.at("grid").at("sha256").get<std::string>().size() == 64);
  CHECK(bid_of(report, "ecobrillance").at("source").at("sha256").get<std::string>().size() == 64);
  // Effective weights: price 40/100; insertion 0.3 × 2/4 = 0.15; ecolabel 0.3 × 2/5 = 0.12.
  CHECK(report.at("grid").at("weights").at("price").get<double>() == Approx(0.4));
  CHECK(report.at("grid").at("weights").at("insertion").get<double>() == Approx(0.15));
  CHECK(report.at("grid").at("weights").at("ecolabel").get<double>() == Approx(0.12));
}

TEST_CASE("the JSON report of the example matches the golden file") {
  auto run = run_aser(std::string("rank ") + example + " -f json");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out == aser::test::read_file("tests/golden/nettoyage.json"));
}

TEST_CASE("the JSON report does not depend on file order or threads") {
  auto a = run_aser(std::string("rank ") + example + " -f json -j 1");
  auto b = run_aser(std::string("rank ") + example + " -f json -j 2");
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("each report format runs and carries the ranking") {
  for (const char* format : {"table", "json", "csv", "markdown"}) {
    auto run = run_aser(std::string("rank ") + example + " -f " + format);
    INFO(format << "\n" << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("ÉcoBrillance SCOP") != std::string::npos);
    CHECK(run.out.find("Clair Services") != std::string::npos);  // excluded bids are listed
    CHECK(run.out.find('\x1b') == std::string::npos);            // NO_COLOR: no escape codes
  }
}

TEST_CASE("the table shows French money") {
  auto run = run_aser(std::string("rank ") + example);
  REQUIRE(run.exit_code == 0);
  // 142000 in French: thousands separated by a no-break space, decimal comma, symbol after.
  CHECK(run.out.find("142\u00a0000,00\u00a0€") != std::string::npos);
}

TEST_CASE("option -o writes the report to a file and nothing to stdout") {
  std::string path = aser::test::temp_dir() + "/report.json";
  auto run = run_aser(std::string("rank ") + example + " -f json -o " + path);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(json::parse(aser::test::read_file(path)).at("lots").size() == 1);
}

// --weight price=60: shares 60/120 = 0.5, social 0.25, environment 0.25.
// hygiene-express: 50 + 0.291667×25 + 0.33×25 = 65.541667
// proprete-plus:   0.690181×50 + 0.454167×25 + 0.6375×25 = 34.509056 + 11.354167 + 15.9375
// = 61.800723 so hygiene-express overtakes proprete-plus; ecobrillance stays first:
//   0.509859×50 + 25 + 0.9625×25 = 74.555458.
TEST_CASE("option --weight changes the weights and is recorded") {
  auto run = run_aser(std::string("rank ") + example + " -f json --weight price=60");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  CHECK(report.at("grid").at("weights").at("price").get<double>() == Approx(0.5));
  CHECK(bid_of(report, "hygiene-express").at("total").get<double>() ==
        Approx(65.541667).epsilon(1e-6));
  CHECK(bid_of(report, "hygiene-express").at("rank") == 4);
  CHECK(bid_of(report, "proprete-plus").at("rank") == 5);
  CHECK(bid_of(report, "ecobrillance").at("total").get<double>() ==
        Approx(74.555458).epsilon(1e-6));
  CHECK(report.dump().find("--weight price=60") != std::string::npos);
}

TEST_CASE("option --weight with an unknown id is a usage error with a suggestion") {
  auto run = run_aser(std::string("rank ") + example + " --weight prise=60");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("did you mean 'price'?") != std::string::npos);
}

// tests/fixtures/lots: price 50 (lowest_ratio), quality 50 (linear 0..10).
// lot 1: a 100 → 50 + 5/10×50 = 75; b 200 → 100/200×50 = 25, + 9/10×50 = 45 → 70.
// lot 2: d 800 → 50 + 0 = 50; c 1000 → 800/1000×50 = 40, + 4/10×50 = 20 → 60.
// Were the lots mixed, c's price score would be 100/1000: ranking them apart matters.
TEST_CASE("lots are ranked separately, and --lot keeps one") {
  auto run = run_aser("rank tests/fixtures/lots -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  REQUIRE(report.at("lots").size() == 2);
  CHECK(report.at("lots")[0].at("lot") == "1");
  CHECK(report.at("lots")[1].at("lot") == "2");
  CHECK(bid_of(report, "a").at("total").get<double>() == Approx(75));
  CHECK(bid_of(report, "b").at("total").get<double>() == Approx(70));
  CHECK(bid_of(report, "c").at("total").get<double>() == Approx(60));
  CHECK(bid_of(report, "d").at("total").get<double>() == Approx(50));
  CHECK(bid_of(report, "c").at("rank") == 1);

  auto lot2 = run_aser("rank tests/fixtures/lots -f json --lot 2");
  REQUIRE(lot2.exit_code == 0);
  json only = json::parse(lot2.out);
  REQUIRE(only.at("lots").size() == 1);
  CHECK(only.at("lots")[0].at("lot") == "2");
  CHECK(only.at("lots")[0].at("bids").size() == 2);

  auto none = run_aser("rank tests/fixtures/lots --lot 9");
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("no bid is in lot '9'") != std::string::npos);
}

// One bid on stdin, lots grid: it is the lowest price of its lot → 50, + 7/10×50 = 35 → 85.
TEST_CASE("a bid read from stdin") {
  auto run = run_aser("rank - -c tests/fixtures/lots/criteria.yaml -f json",
                      "id: piped\nsupplier: Écho\nprice: 300\nquality: 7\n");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  CHECK(bid_of(report, "piped").at("total").get<double>() == Approx(85));
  CHECK(bid_of(report, "piped").at("supplier") == "Écho");
}

TEST_CASE("exit codes: 0 done, 1 invalid input, 2 usage") {
  CHECK(run_aser(std::string("rank ") + example).exit_code == 0);
  CHECK(run_aser("rank tests/fixtures/does-not-exist").exit_code == 1);
  CHECK(run_aser("rank --format pdf examples/nettoyage").exit_code == 2);
  CHECK(run_aser("frobnicate").exit_code == 2);
  auto bare = run_aser("");
  CHECK(bare.exit_code == 2);
  CHECK(bare.err.find("Examples:") != std::string::npos);  // the help, on stderr
  auto help = run_aser("rank --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
}

TEST_CASE("option --top shows the first ranked bids only") {
  auto run = run_aser(std::string("rank ") + example + " --top 2");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("ÉcoBrillance SCOP") != std::string::npos);
  CHECK(run.out.find("Atelier Solidaire du Sud") != std::string::npos);
  CHECK(run.out.find("Propreté Plus SAS") == std::string::npos);
}

TEST_CASE("validate reports the example as valid") {
  auto run = run_aser(std::string("validate ") + example);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("7 bids") != std::string::npos);
}

TEST_CASE("grids lists the built-in grids, which work from any folder") {
  auto list = run_aser("grids");
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("aser-default") != std::string::npos);
  auto show = run_aser("grids show aser-default");
  CHECK(show.exit_code == 0);
  CHECK(show.out == aser::test::read_file("criteria/aser-default.yaml"));
  auto typo = run_aser("grids show aser-defualt");
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("did you mean 'aser-default'?") != std::string::npos);
}

namespace {

std::string without_trailing_spaces(const std::string& text) {
  std::string out, line;
  for (char c : text) {
    if (c != '\n') {
      line += c;
      continue;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
    line.clear();
  }
  return out + line;
}

}  // namespace

TEST_CASE("the README shows the example's real output") {
  std::string readme = aser::test::read_file("README.md");
  const std::string prompt = "$ aser rank examples/nettoyage\n";
  auto start = readme.find(prompt);
  REQUIRE(start != std::string::npos);
  start += prompt.size();
  auto end = readme.find("```", start);
  REQUIRE(end != std::string::npos);
  auto run = run_aser(std::string("rank ") + example);
  REQUIRE(run.exit_code == 0);
  CHECK(readme.substr(start, end - start) == without_trailing_spaces(run.out));
}
