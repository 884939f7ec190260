// `lots:` in the grid (issue 9, case 2): read in full, then each error with
// its whole message; a bid naming an undeclared lot is invalid with a hint.
#include <catch2/catch.hpp>
#include <string>

#include "load/bid_loader.hpp"
#include "load/check_lots.hpp"
#include "load/grid_loader.hpp"

using namespace aser;

namespace {

const std::string kGrid =
    "format: 1\n"
    "criteria:\n"
    "  - id: price\n"
    "    weight: 60\n"
    "    answer: price\n"
    "    rule: lowest_ratio\n"
    "  - id: social\n"
    "    weight: 40\n"
    "    answer: social.insertion_pct\n"
    "    rule: { linear: { worst: 0, best: 10 } }\n";

std::string errors_of(const std::string& text) {
  GridLoad load = load_grid(text, "grid.yaml");
  std::string out;
  for (const Diagnostic& d : load.diagnostics) out += format_diagnostic(d);
  return out;
}

Grid grid_with(const std::string& lots) {
  GridLoad load = load_grid(kGrid + lots, "grid.yaml");
  INFO(errors_of(kGrid + lots));
  REQUIRE(load.grid);
  return *load.grid;
}

}  // namespace

TEST_CASE("lots are read with their names, estimates and weights") {
  Grid grid = grid_with(
      "lots:\n"
      "  - { id: 1, name: maternelles, estimate: 120000, weights: { price: 50, social: 50 } }\n"
      "  - id: \"2\"\n"
      "    name: élémentaires\n");
  REQUIRE(grid.lots.size() == 2);
  CHECK(grid.lots[0].id == "1");  // id: 1 is the text "1"
  CHECK(grid.lots[0].name == "maternelles");
  CHECK(grid.lots[0].estimate == Approx(120000));
  REQUIRE(grid.lots[0].weights.size() == 2);
  CHECK(grid.lots[0].weights[0].first == "price");
  CHECK(grid.lots[0].weights[0].second == Approx(50));
  CHECK(grid.lots[1].id == "2");
  CHECK_FALSE(grid.lots[1].estimate);
  CHECK(find_lot(grid, "2") == &grid.lots[1]);
  CHECK(find_lot(grid, "02") == nullptr);
}

TEST_CASE("lot errors") {
  CHECK(errors_of(kGrid + "lots: []\n") ==
        "grid.yaml:11:7: error: 'lots' expects a list of lots, got an empty list\n"
        "  lots: []\n"
        "        ^\n"
        "hint: write '- { id: \"1\", name: Écoles maternelles }' items, or remove 'lots'\n");
  CHECK(errors_of(kGrid + "lots:\n  - { name: a }\n") ==
        "grid.yaml:12:5: error: a lot has no 'id'\n"
        "    - { name: a }\n"
        "      ^\n"
        "hint: add 'id: \"1\"', the text bids give as 'lot'\n");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1 }\n  - { id: \"1\" }\n") ==
        "grid.yaml:13:11: error: duplicate lot id '1' (first at line 12)\n"
        "    - { id: \"1\" }\n"
        "            ^\n"
        "hint: lot ids must be unique\n");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1, weights: { prise: 50 } }\n") ==
        "grid.yaml:12:25: error: unknown criterion or group 'prise' in lot '1'\n"
        "    - { id: 1, weights: { prise: 50 } }\n"
        "                          ^\n"
        "did you mean 'price'?\n");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1, weights: { price: 0 } }\n") ==
        "grid.yaml:12:32: error: 'weight' must be above 0, got 0\n"
        "    - { id: 1, weights: { price: 0 } }\n"
        "                                 ^\n"
        "hint: weights are relative among siblings, as the criterion's own 'weight'\n");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1, estimate: -5 }\n") ==
        "grid.yaml:12:24: error: 'estimate' must be above 0, got -5\n"
        "    - { id: 1, estimate: -5 }\n"
        "                         ^\n"
        "hint: the buyer's estimate of this lot's price\n");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1, nom: a }\n").find("unknown key 'nom'") !=
        std::string::npos);
}

TEST_CASE("below_estimate_pct needs an estimate in every lot without the grid's") {
  const std::string checks = "checks: { abnormally_low: { below_estimate_pct: 20 } }\n";
  CHECK(errors_of(kGrid + checks + "lots:\n  - { id: 1, estimate: 100 }\n  - { id: 2 }\n") ==
        "grid.yaml:14:5: error: lot '2' has no 'estimate', which 'below_estimate_pct' needs\n"
        "    - { id: 2 }\n"
        "      ^\n"
        "hint: add 'estimate: 120000' to the lot, or one 'estimate' under abnormally_low\n");
  CHECK(errors_of(kGrid + checks +
                  "lots:\n  - { id: 1, estimate: 100 }\n  - { id: 2, estimate: 90 }\n") == "");
  CHECK(errors_of(kGrid + "lots:\n  - { id: 1, estimate: 100 }\n") ==
        "grid.yaml:12:5: warning: the estimate of lot '1' is not used without "
        "'below_estimate_pct'\n"
        "    - { id: 1, estimate: 100 }\n"
        "      ^\n"
        "hint: add 'checks: { abnormally_low: { below_estimate_pct: 20 } }'\n");
}

TEST_CASE("a bid naming an undeclared lot is invalid, with a did-you-mean") {
  Grid grid =
      grid_with("lots:\n  - { id: 1, name: maternelles }\n  - { id: 2, name: élémentaires }\n");
  CHECK(lot_hint(grid, "01") == "did you mean '1'?");
  CHECK(lot_hint(grid, "Lot 2") == "did you mean '2'?");
  CHECK(lot_hint(grid, "lot n° 02") == "did you mean '2'?");
  CHECK(lot_hint(grid, "Maternelles") ==
        "did you mean '1'? ('maternelles' is its name; bids give its id)");
  CHECK(lot_hint(grid, "7") == "did you mean '1'?");  // one edit from "1"
  CHECK(lot_hint(grid, "viande") == "");

  BidSet set;
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"a.yaml", "lot: 1\nprice: 10\nsocial: { insertion_pct: 1 }\n"},
           {"b.yaml", "lot: \"01\"\nprice: 10\nsocial: { insertion_pct: 1 }\n"},
           {"c.yaml", "price: 10\nsocial: { insertion_pct: 1 }\n"}}) {
    BidSet one = load_bid_text(text, name, name.substr(0, 1), FileFormat::yaml);
    for (Bid& bid : one.bids) set.bids.push_back(bid);
  }
  check_answers(grid, set);
  std::string out;
  for (const Diagnostic& d : set.diagnostics) out += format_diagnostic(d);
  CHECK(out ==
        "b.yaml:1:6: error: unknown lot '01'; the grid's lots are '1' (maternelles), '2' "
        "(élémentaires)\n"
        "  lot: \"01\"\n"
        "       ^\n"
        "did you mean '1'?\n"
        "c.yaml: error: the bid names no lot; the grid's lots are '1' (maternelles), '2' "
        "(élémentaires)\n"
        "hint: add 'lot: \"1\"' (the id of the lot it is for)\n");
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].id == "a");
  REQUIRE(set.invalid.size() == 2);
  CHECK_FALSE(set.invalid[0].lot);  // listed without a lot, not in a lot '01' of its own
}
