// End-to-end: lots declared in the grid (issue 9, case 2). Before, `lots:`
// was an unknown key, and a bid's `lot: Lot 2` made a lot of its own, whose
// only bid "won" with full price points.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

const std::string kLots = "tests/fixtures/declared_lots";

}  // namespace

// tests/fixtures/declared_lots, by hand (price 60, social 40; lot 1 at 50/50):
// lot 1 (maternelles): a = 50 × 80/100 + 50 × 10/10 = 90; b = 50 × 80/80 + 0 = 50;
//   estimate 120: b at 80 < 0.8 × 120 = 96 → flagged; a at 100 is not.
// lot 2 (élémentaires): c = 60 × 80/100 + 40 × 5/10 = 48 + 20 = 68; d = 60 + 0 = 60;
//   estimate 100: d at 80 is not below 0.8 × 100 = 80 (strict).
// e names 'Lot 2': invalid, listed without a lot, never ranked.
TEST_CASE("declared lots: names, per-lot weights and estimates, an unknown lot is invalid") {
  auto run = run_aser("rank " + kLots + "/bids -c " + kLots + "/criteria.yaml -f json");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "tests/fixtures/declared_lots/bids/e.yaml:1:6: error: unknown lot 'Lot 2'; the grid's "
        "lots are '1' (maternelles), '2' (élémentaires)\n"
        "  lot: Lot 2\n"
        "       ^\n"
        "did you mean '2'?\n"
        "aser: error: 1 problem in the grid or the bids, nothing ranked; --keep-going ranks the "
        "readable bids and lists the others as invalid\n");

  run = run_aser("rank " + kLots + "/bids -c " + kLots + "/criteria.yaml -f json --keep-going");
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  const json& lots = report.at("lots");
  REQUIRE(lots.size() == 3);
  CHECK(lots[0].at("lot") == "1");
  CHECK(lots[0].at("name") == "maternelles");
  CHECK(lots[0].at("weights").at("price").get<double>() == Approx(0.5));
  CHECK(lots[0].at("bids")[0].at("id") == "a");
  CHECK(lots[0].at("bids")[0].at("total").get<double>() == Approx(90));
  CHECK(lots[0].at("bids")[1].at("total").get<double>() == Approx(50));
  CHECK(lots[0].at("bids")[1].at("flags") == json::array({"abnormally_low:below_estimate_pct"}));
  CHECK(lots[1].at("lot") == "2");
  CHECK(lots[1].at("name") == "élémentaires");
  CHECK_FALSE(lots[1].contains("weights"));  // the grid's: grid.weights
  CHECK(lots[1].at("bids")[0].at("total").get<double>() == Approx(68));
  CHECK(lots[1].at("bids")[1].at("flags") == json::array());
  CHECK(lots[2].at("lot") == nullptr);
  CHECK(lots[2].at("bids")[0].at("id") == "e");
  CHECK(lots[2].at("bids")[0].at("status") == "invalid");
  CHECK(report.at("grid").at("weights").at("price").get<double>() == Approx(0.6));
}

TEST_CASE("declared lots: the table and the CSV name each lot") {
  auto run = run_aser("rank " + kLots + "/bids -c " + kLots + "/criteria.yaml --keep-going");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("\nLot 1 — maternelles\n") != std::string::npos);
  CHECK(run.out.find("\nLot 2 — élémentaires\n") != std::string::npos);
  run = run_aser("rank " + kLots + "/bids -c " + kLots + "/criteria.yaml --keep-going -f csv");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.rfind("lot,lot_name,rank,id,", 0) == 0);
  CHECK(run.out.find("\r\n1,maternelles,1,a,") != std::string::npos);
  CHECK(run.out.find("\r\n2,élémentaires,1,c,") != std::string::npos);
}

TEST_CASE("declared lots: the form and the bid schema offer the lots") {
  auto run = run_aser("form -c " + kLots + "/criteria.yaml");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("\nlot:          # the lot you bid for, one of: \"1\" (maternelles), \"2\" "
                     "(élémentaires)\n") != std::string::npos);
  run = run_aser("schema bid -c " + kLots + "/criteria.yaml");
  REQUIRE(run.exit_code == 0);
  json schema = json::parse(run.out);
  CHECK(schema.at("properties").at("lot").at("enum") == json::array({"1", 1, "2", 2}));
  CHECK(std::find(schema.at("required").begin(), schema.at("required").end(), "lot") !=
        schema.at("required").end());
}
