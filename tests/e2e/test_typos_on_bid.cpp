// Issue 9, case 5: a mistyped answer key (`egallim_pct` for `egalim_pct`).
// Before, the did-you-mean was only a run-level warning, and the bid showed
// only "not answered"; now it is in that bid's own warnings, first, in the
// JSON (with its code), the table and `explain`, in the report's language.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "e2e/run.hpp"

using aser::test::run_aser;
using nlohmann::json;

namespace {

// Bid a answers food.egalim_pct; bid b writes food.egallim_pct (one 'l' too many).
std::string typo_tender() {
  std::string dir = aser::test::temp_dir() + "/typo";
  aser::test::write_file(dir + "/criteria.yaml",
                         "format: 1\n"
                         "name: Typo test\n"
                         "language: en\n"
                         "criteria:\n"
                         "  - id: price\n"
                         "    answer: price\n"
                         "    rule: { lowest_ratio: {} }\n"
                         "  - id: egalim\n"
                         "    answer: food.egalim_pct\n"
                         "    rule: { linear: { worst: 0, best: 50 } }\n");
  aser::test::write_file(dir + "/bids/a.yaml",
                         "supplier: Alpha\nprice: 100\nfood:\n  egalim_pct: 50\n");
  aser::test::write_file(dir + "/bids/b.yaml",
                         "supplier: Bravo\nprice: 100\nfood:\n  egallim_pct: 40\n");
  return dir;
}

const json& bid_of(const json& report, const std::string& id) {
  for (const json& bid : report.at("lots").at(0).at("bids"))
    if (bid.at("id") == id) return bid;
  FAIL("no bid " << id);
  return report;
}

}  // namespace

TEST_CASE("issue 9 case 5: a near-miss answer path is in the bid's own warnings") {
  const std::string dir = typo_tender();
  const std::string args = dir + "/bids -c " + dir + "/criteria.yaml";
  auto run = run_aser("rank " + args + " -f json");
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  // The key `egallim_pct` is on line 4, column 3 of b.yaml.
  const json& b = bid_of(report, "b");
  CHECK(b.at("warnings") ==
        json::array({dir + "/bids/b.yaml:4:3: the answer 'food.egallim_pct' is not read by the "
                           "grid; did you mean 'food.egalim_pct'?",
                     "food.egalim_pct is not answered: criterion egalim scores 0"}));
  CHECK(b.at("warning_codes") == json::array({"bid.near_miss", "score.missing_scores_zero"}));
  CHECK(bid_of(report, "a").at("warnings").empty());

  auto table = run_aser("rank " + args + " --wide");  // long paths: no wrapping
  CHECK(table.out.find("  b: " + dir +
                       "/bids/b.yaml:4:3: the answer 'food.egallim_pct' is not read by the grid; "
                       "did you mean 'food.egalim_pct'?") != std::string::npos);

  auto explain = run_aser("explain b " + args);
  REQUIRE(explain.exit_code == 0);
  CHECK(explain.out.find("b.yaml:4:3: the answer 'food.egallim_pct' is not read by the grid; did "
                         "you mean 'food.egalim_pct'?") != std::string::npos);

  auto french = run_aser("rank " + args + " --lang fr -f json");
  CHECK(bid_of(json::parse(french.out), "b").at("warnings").at(0) ==
        dir +
            "/bids/b.yaml:4:3: la réponse 'food.egallim_pct' n'est pas lue par la "
            "grille\u00a0; vouliez-vous dire 'food.egalim_pct'\u00a0?");
}
