// check_answers: the bids' answers against what the grid reads.
#include <catch2/catch.hpp>
#include <string>

#include "load/bid_loader.hpp"
#include "load/grid_loader.hpp"

using namespace aser;

namespace {

Grid grid_of(const std::string& extra = "") {
  GridLoad load = load_grid(
      "format: 1\n"
      "criteria:\n"
      "  - id: price\n"
      "    answer: price\n"
      "    rule: lowest_ratio\n"
      "  - id: co2\n"
      "    answer: env.co2_kg\n"
      "    rule: { linear: { worst: 5000, best: 0 } }\n"
      "  - id: label\n"
      "    answer: env.label\n"
      "    rule: { scale: { \"EU Ecolabel\": 1, \"ISO 14001\": 0.6, none: 0 } }\n"
      "  - id: dosing\n"
      "    answer: env.dosing\n"
      "    rule: { boolean: {} }\n"
      "    missing: error\n" +
          extra,
      "grid.yaml");
  REQUIRE(load.diagnostics.empty());
  return *load.grid;
}

// Bids from texts, as read_bids would merge them.
BidSet bids_of(const std::vector<std::pair<std::string, std::string>>& files) {
  BidSet set;
  for (const auto& [name, text] : files) {
    BidSet one = load_bid_text(text, name, name.substr(0, name.find('.')), FileFormat::yaml);
    REQUIRE(one.diagnostics.empty());
    for (Bid& bid : one.bids) set.bids.push_back(bid);
  }
  return set;
}

std::string checked(const Grid& grid, BidSet& set) {
  check_answers(grid, set);
  std::string out;
  for (const Diagnostic& d : set.diagnostics) out += format_diagnostic(d);
  return out;
}

const std::string kGood = "price: 100\nenv:\n  co2_kg: 300\n  label: EU Ecolabel\n  dosing: true\n";

}  // namespace

TEST_CASE("good answers pass") {
  Grid grid = grid_of();
  BidSet set = bids_of({{"a.yaml", kGood}});
  CHECK(checked(grid, set) == "");
  CHECK(set.bids.size() == 1);
}

TEST_CASE("a quoted number where a number is needed") {
  Grid grid = grid_of();
  BidSet set = bids_of(
      {{"a.yaml", kGood}, {"b.yaml", "price: 90\nenv:\n  co2_kg: \"300\"\n  dosing: false\n"}});
  CHECK(checked(grid, set) ==
        "b.yaml:3:11: error: 'env.co2_kg' expects a number, got '300'\n"
        "    co2_kg: \"300\"\n"
        "            ^\n"
        "hint: remove the quotes: a quoted number is text\n");
  REQUIRE(set.bids.size() == 1);
  CHECK(set.bids[0].id == "a");
  REQUIRE(set.invalid.size() == 1);
  CHECK(set.invalid[0].id == "b");
  CHECK(set.invalid[0].sha256.size() == 64);
}

TEST_CASE("an unknown scale label lists the valid ones") {
  Grid grid = grid_of();
  BidSet set =
      bids_of({{"a.yaml", "price: 1\nenv:\n  co2_kg: 1\n  label: EU ecolabel\n  dosing: true\n"}});
  CHECK(checked(grid, set) ==
        "a.yaml:4:10: error: 'env.label' has an unknown label 'EU ecolabel'; the labels are 'EU "
        "Ecolabel', 'ISO 14001', 'none'\n"
        "    label: EU ecolabel\n"
        "           ^\n"
        "did you mean 'EU Ecolabel'?\n");
}

TEST_CASE("yes and no are text, not booleans") {
  Grid grid = grid_of();
  BidSet set = bids_of({{"a.yaml", "price: 1\nenv:\n  co2_kg: 1\n  dosing: yes\n  label: none\n"}});
  CHECK(checked(grid, set) ==
        "a.yaml:4:11: error: 'env.dosing' expects true or false, got 'yes'\n"
        "    dosing: yes\n"
        "            ^\n"
        "hint: yes, no, on and off are text in YAML 1.2: write true or false\n");
}

TEST_CASE("a path no bid answers is one grid error, with did-you-mean") {
  Grid grid = grid_of();
  BidSet set = bids_of({{"a.yaml", "price: 1\nenv:\n  co2kg: 1\n  dosing: true\n"},
                        {"b.yaml", "price: 2\nenv:\n  co2kg: 2\n  dosing: true\n"}});
  CHECK(checked(grid, set) ==
        "grid.yaml:6:5: error: no bid answers 'env.co2_kg', read by criterion 'co2'\n"
        "did you mean 'env.co2kg'?\n"
        "grid.yaml:9:5: error: no bid answers 'env.label', read by criterion 'label'\n"
        "a.yaml:3:10: warning: the answer 'env.co2kg' is not read by the grid (in 2 bids)\n"
        "    co2kg: 1\n"
        "           ^\n"
        "did you mean 'env.co2_kg'?\n");
  CHECK(set.bids.size() == 2);  // a grid error: the bids stay readable
}

TEST_CASE("missing: error excludes the bid that lacks the answer") {
  Grid grid = grid_of();
  BidSet set =
      bids_of({{"a.yaml", kGood}, {"b.yaml", "price: 1\nenv:\n  co2_kg: 1\n  label: none\n"}});
  CHECK(checked(grid, set) ==
        "b.yaml: error: no answer 'env.dosing', which criterion 'dosing' requires\n"
        "hint: the grid says 'missing: error' for this criterion\n");
  CHECK(set.invalid.size() == 1);
}

TEST_CASE("a negative purchase price under a cost section") {
  Grid grid = grid_of(
      "cost:\n  purchase: offer.amount\n  years: 2\n  yearly:\n    - { answer: env.kwh, unit_cost: "
      "0.2 }\n");
  BidSet set = bids_of({{"a.yaml", kGood + "offer:\n  amount: -5\n  other: 1\nenv.kwh: 10\n"}});
  CHECK(checked(grid, set) ==
        "a.yaml:7:11: error: 'offer.amount' is negative (-5)\n"
        "    amount: -5\n"
        "            ^\n"
        "hint: a price is 0 or more\n");
}

TEST_CASE("a requirement's path is read too") {
  Grid grid = grid_of("requirements:\n  - answer: social.insertion\n    at_least: 5\n");
  BidSet set = bids_of({{"a.yaml", kGood + "social:\n  insertoin: 6\n"}});
  CHECK(checked(grid, set) ==
        "grid.yaml:17:5: error: no bid answers 'social.insertion', read by a requirement\n"
        "did you mean 'social.insertoin'?\n"
        "a.yaml:7:14: warning: the answer 'social.insertoin' is not read by the grid (in 1 bid)\n"
        "    insertoin: 6\n"
        "               ^\n"
        "did you mean 'social.insertion'?\n");
}
