// End-to-end, issue 9 case 9: the committee's decisions (docs/decisions.md).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "e2e/run.hpp"

using aser::test::run_aser;
using aser::test::temp_dir;
using aser::test::write_file;
using nlohmann::json;

// tests/fixtures/decisions: price 60 (lowest_ratio), quality 40 (linear 0..10).
// Bids: a 100 / 5, b 120 / 10, c 60 / 4, d 1500 / 8.
//
// Without decisions c sets the price reference (60):
//   c: 60 × 60/60 = 60 + 40 × 0.4 = 16 → 76 (rank 1)
//   b: 60 × 60/120 = 30 + 40 × 1 = 40 → 70;  a: 36 + 20 = 56;  d: 2.4 + 32 = 34.4
// With decisions.yaml: c excluded (leaves before scoring), d's price corrected
// to 150, a accepted. The reference is now a's 100:
//   b: 60 × 100/120 = 50 + 40 = 90 (rank 1)
//   a: 60 × 100/100 = 60 + 20 = 80 (rank 2), flagged: 100 < 0.8 × (120 + 150)/2 = 108
//   d: 60 × 100/150 = 40 + 32 = 72 (rank 3)
TEST_CASE("decisions.yaml beside the grid excludes, corrects and accepts before scoring") {
  auto run = run_aser("rank tests/fixtures/decisions -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  CHECK(report.at("decisions").at("file") == "tests/fixtures/decisions/decisions.yaml");
  CHECK(report.at("decisions").at("sha256").get<std::string>().size() == 64);
  const json& bids = report.at("lots")[0].at("bids");
  REQUIRE(bids.size() == 4);
  CHECK(bids[0].at("id") == "b");
  CHECK(bids[0].at("total").get<double>() == Approx(90));
  CHECK(bids[0].at("decisions") == json::array());
  CHECK(bids[1].at("id") == "a");
  CHECK(bids[1].at("total").get<double>() == Approx(80));
  CHECK(bids[1].at("flags") == json::array({"abnormally_low:below_mean_of_others_pct"}));
  CHECK(bids[1].at("decisions") == json::parse(R"([{"decision": "accept", "date": "2026-11-12",
                         "reason": "low price justified by the reply of 2026-11-10"}])"));
  CHECK(bids[2].at("id") == "d");
  CHECK(bids[2].at("price").get<double>() == Approx(150));
  CHECK(bids[2].at("total").get<double>() == Approx(72));
  CHECK(bids[2].at("decisions") == json::parse(R"([{"decision": "correct", "date": "2026-11-12",
                         "reason": "obvious arithmetic error: 10 meals x 15.00 = 150.00",
                         "answer": "price", "was": "1500", "value": 150}])"));
  CHECK(bids[3].at("id") == "c");
  CHECK(bids[3].at("status") == "excluded");
  CHECK(bids[3].at("rank").is_null());
  CHECK(bids[3].at("price").get<double>() == Approx(60));
  CHECK(bids[3].at("reasons") ==
        json::array({"excluded by the committee's decision of 2026-11-12: abnormally low price "
                     "not justified after inquiry"}));
  // decisions.yaml is accounted for as the decisions, not listed as skipped.
  CHECK(report.at("skipped") == json::array());

  // Without the decisions, c's price sets the reference and c ranks first.
  const std::string none = temp_dir() + "/none.yaml";
  write_file(none, "format: 1\ndecisions: []\n");
  auto before = run_aser("rank tests/fixtures/decisions -f json --decisions '" + none + "'");
  REQUIRE(before.exit_code == 0);
  const json before_report = json::parse(before.out);
  const json& plain = before_report.at("lots")[0].at("bids");
  CHECK(plain[0].at("id") == "c");
  CHECK(plain[0].at("total").get<double>() == Approx(76));
  CHECK(plain[3].at("id") == "d");
  CHECK(plain[3].at("total").get<double>() == Approx(34.4));
}

TEST_CASE("the table lists each decision beside its bid, and the file in the provenance") {
  auto run = run_aser("rank tests/fixtures/decisions");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("\nCommittee's decisions\n"
                     "  a: accepted on 2026-11-12: low price justified by the reply of 2026-11-10\n"
                     "  d: price corrected from 1500 to 150 on 2026-11-12: obvious arithmetic "
                     "error: 10 meals x 15.00 = 150.00\n"
                     "  c: excluded on 2026-11-12: abnormally low price not justified after "
                     "inquiry\n") != std::string::npos);
  CHECK(run.out.find("\nCommittee's decisions: tests/fixtures/decisions/decisions.yaml (sha256 ") !=
        std::string::npos);
  auto csv = run_aser("rank tests/fixtures/decisions -f csv");
  CHECK(csv.out.find(",accepted on 2026-11-12: low price justified by the reply of 2026-11-10,"
                     "tests/fixtures/decisions/decisions.yaml,") != std::string::npos);
  auto explain = run_aser("explain d tests/fixtures/decisions");
  CHECK(explain.out.find("\nCommittee's decisions\n  price corrected from 1500 to 150 on "
                         "2026-11-12: obvious arithmetic error: 10 meals x 15.00 = 150.00\n") !=
        std::string::npos);
  auto excluded = run_aser("explain c tests/fixtures/decisions");
  CHECK(excluded.out.find("\nStatus: excluded — excluded before scoring (the committee's "
                          "decision)\n") != std::string::npos);
  CHECK(excluded.out.find("\nReasons: excluded by the committee's decision of 2026-11-12: "
                          "abnormally low price not justified after inquiry\n") !=
        std::string::npos);
  auto markdown = run_aser("rank tests/fixtures/decisions -f markdown");
  CHECK(markdown.out.find("## Committee's decisions\n\n- a: accepted on 2026-11-12") !=
        std::string::npos);
  auto html = run_aser("rank tests/fixtures/decisions -f html");
  CHECK(html.out.find("<li><strong>c</strong> (Gamma): excluded on 2026-11-12: abnormally low "
                      "price not justified after inquiry</li>") != std::string::npos);
}

TEST_CASE("a decision on an unknown bid stops the run with a did-you-mean") {
  const std::string file = temp_dir() + "/decisions.yaml";
  write_file(file,
             "format: 1\ndecisions:\n  - bid: gama\n    decision: exclude\n    reason: "
             "not justified\n    date: 2026-11-12\n");
  auto run = run_aser("rank tests/fixtures/decisions --decisions '" + file + "'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err == file + ":3:10: error: no bid has the id 'gama'\n" +
                       "    - bid: gama\n"
                       "           ^\n"
                       "did you mean 'c'? (the bid of Gamma)\n"
                       "aser: error: 1 problem in the grid or the bids, nothing ranked\n");
  // validate checks the decisions too.
  CHECK(run_aser("validate tests/fixtures/decisions --decisions '" + file + "'").exit_code == 1);
}

TEST_CASE("a decisions.yaml named as a bid is skipped with a warning, never read as a bid") {
  const std::string d = " tests/fixtures/decisions/";
  auto run = run_aser("validate" + d + "a.yaml" + d + "b.yaml" + d + "c.yaml" + d + "d.yaml" + d +
                      "decisions.yaml");
  CHECK(run.exit_code == 0);
  CHECK(run.err ==
        "tests/fixtures/decisions/decisions.yaml: warning: skipped: a decisions.yaml holds the "
        "committee's decisions, never a bid\n"
        "hint: give it with --decisions\n");
}

// examples/restauration-scolaire: two lots, the committee's decisions applied.
// Price 60 (lowest_ratio in each lot), bio 20 (linear 20 → 50 %), gaspillage 20
// (linear 0 → 50 %).
// Lot maternelles, restoflash (61 000, flagged abnormally low) excluded by
// decision: the price reference is les-ptits-gourmets' 92 000.
//   cantine-verte: 60 × 92 000/98 000 = 56.3265 + 20 × (50 − 20)/30 = 20
//                  + 20 × 40/50 = 16 → 92.3265 (winner)
//   les-ptits-gourmets: 60 + 20 × 20/30 = 13.3333 + 20 × 30/50 = 12 → 85.3333
// Lot élémentaires, cuisine-centrale-du-lac's 149 460 corrected to 144 960
// (48 000 × 3.02), now the reference:
//   terroir-scolaire: 60 × 144 960/165 000 = 52.7127 + 20 + 20 → 92.7127 (winner)
//   bio-et-local: 60 × 144 960/158 000 = 55.0481 + 20 × 25/30 = 16.6667 + 14 → 85.7148
//   cuisine-centrale-du-lac: 60 + 10 + 12 → 82
TEST_CASE("the two-lot school-catering example ranks as worked by hand and matches its golden") {
  auto run = run_aser("rank examples/restauration-scolaire -f json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json report = json::parse(run.out);
  const json& lots = report.at("lots");
  REQUIRE(lots.size() == 2);
  CHECK(lots[0].at("lot") == "maternelles");
  CHECK(lots[0].at("bids")[0].at("id") == "cantine-verte");
  CHECK(lots[0].at("bids")[0].at("total").get<double>() == Approx(92.3265).epsilon(1e-5));
  CHECK(lots[0].at("bids")[1].at("total").get<double>() == Approx(85.3333).epsilon(1e-5));
  CHECK(lots[0].at("bids")[3].at("id") == "restoflash");
  CHECK(lots[0].at("bids")[3].at("status") == "excluded");
  CHECK(lots[1].at("lot") == "élémentaires");
  CHECK(lots[1].at("bids")[0].at("id") == "terroir-scolaire");
  CHECK(lots[1].at("bids")[0].at("total").get<double>() == Approx(92.7127).epsilon(1e-5));
  CHECK(lots[1].at("bids")[1].at("total").get<double>() == Approx(85.7148).epsilon(1e-5));
  CHECK(lots[1].at("bids")[2].at("id") == "cuisine-centrale-du-lac");
  CHECK(lots[1].at("bids")[2].at("price").get<double>() == Approx(144960));
  CHECK(lots[1].at("bids")[2].at("total").get<double>() == Approx(82));
  CHECK(run.out == aser::test::read_file("tests/golden/restauration-scolaire.json"));
}
