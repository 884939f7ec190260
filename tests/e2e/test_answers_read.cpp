// End-to-end: issue 9, cases 1, 7 and 8 — a bid without a price is never
// ranked; labels match after normalisation; implausible values are caught.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

const std::string kDir = "tests/fixtures/issue9_answers";

json bid_of(const json& report, const std::string& id) {
  for (const json& lot : report.at("lots"))
    for (const json& bid : lot.at("bids"))
      if (bid.at("id") == id) return bid;
  FAIL("no bid " << id);
  return {};
}

}  // namespace

// tests/fixtures/issue9_answers (price 60, plan 20, insertion 20; French grid):
// a: price 100, plan "Plan d’action" (Word's apostrophe, a capital) → the label
//    "plan d'action", score 1; insertion 1000 on linear 0..2000 → 0.5.
//    Alone in competition: 60 × 100/100 + 20 × 1 + 20 × 0.5 = 90.
// b: no price → excluded (before: missing: zero gave 0 price points and ranked it).
// c: heures_insertion 1.200 is 1.2, below valid.min 10 → invalid (before: read as 1.2).
TEST_CASE("issue 9: no price, labels after normalisation, implausible values") {
  auto run = run_aser("rank " + kDir + "/bids -c " + kDir + "/criteria.yaml -f json --keep-going");
  CHECK(run.err ==
        "tests/fixtures/issue9_answers/bids/c.yaml:4:21: error: 'social.heures_insertion' is "
        "1.200, outside the valid range 10 to 100000 of criterion 'insertion'\n"
        "    heures_insertion: 1.200\n"
        "                      ^\n"
        "hint: '1.200' was read as a decimal number; if it means 1200 (a dot between thousands, "
        "as in French), write 1200\n"
        "aser: 1 bid ranked, 1 excluded, 1 invalid\n");
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  json a = bid_of(report, "a");
  CHECK(a.at("rank") == 1);
  CHECK(a.at("scores").at("plan").get<double>() == Approx(1));
  CHECK(a.at("total").get<double>() == Approx(90));
  json b = bid_of(report, "b");
  CHECK(b.at("status") == "excluded");
  CHECK(b.at("rank") == nullptr);
  CHECK(b.at("reasons") ==
        json::array({"price (le prix) n'est pas renseigné\u00a0: une offre sans prix est "
                     "irrégulière"}));
  CHECK(bid_of(report, "c").at("status") == "invalid");
}

TEST_CASE("issue 9: missing: zero on the price criterion is a grid error") {
  std::string dir = aser::test::temp_dir() + "/zero";
  aser::test::write_file(dir + "/criteria.yaml",
                         "format: 1\n"
                         "criteria:\n"
                         "  - id: price\n"
                         "    answer: price\n"
                         "    rule: lowest_ratio\n"
                         "    missing: zero\n");
  auto run = run_aser("lint -c " + dir + "/criteria.yaml");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find(
            "/zero/criteria.yaml:6:14: error: 'missing: zero' on the price criterion would rank a "
            "bid without a price\n"
            "      missing: zero\n"
            "               ^\n"
            "hint: a bid without a price is irregular: write 'missing: exclude' (the default) or "
            "'missing: error'\n") != std::string::npos);
}

TEST_CASE("issue 9: two labels of one rule equal after normalisation are a grid error") {
  std::string dir = aser::test::temp_dir() + "/labels";
  aser::test::write_file(dir + "/criteria.yaml",
                         "format: 1\n"
                         "criteria:\n"
                         "  - id: plan\n"
                         "    answer: plan\n"
                         "    rule: { scale: { \"Plan d'action\": 1, \"plan d’action\": 0.5 } }\n");
  auto run = run_aser("lint -c " + dir + "/criteria.yaml");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("/labels/criteria.yaml:5:42: error: the labels 'Plan d'action' and 'plan "
                     "d’action' of one rule are the same label once case, accents' composition, "
                     "apostrophes and spaces are set aside\n") != std::string::npos);
}
