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
  CHECK(set.bids[0].answer_lines.line_of("env.co2_kg") == "  co2_kg: 300");  // kept for carets...
  // The five lines of kGood's answers, "env:" included: 66 characters with
  // their breaks (11 + 5 + 14 + 21 + 15), far past a short string's room.
  CHECK(set.bids[0].answer_lines.capacity() >= 66);
  CHECK(checked(grid, set) == "");
  CHECK(set.bids.size() == 1);
  CHECK(set.bids[0].answer_lines.empty());  // ...until the answers are checked,
  // and their memory is given back: no more room than an empty string's.
  CHECK(set.bids[0].answer_lines.capacity() == std::string().capacity());
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
      bids_of({{"a.yaml", "price: 1\nenv:\n  co2_kg: 1\n  label: EU Ecolabell\n  dosing: true\n"}});
  CHECK(checked(grid, set) ==
        "a.yaml:4:10: error: 'env.label' has an unknown label 'EU Ecolabell'; the labels are 'EU "
        "Ecolabel', 'ISO 14001', 'none'\n"
        "    label: EU Ecolabell\n"
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
        "a.yaml:3:3: warning: the answer 'env.co2kg' is not read by the grid (in 2 bids)\n"
        "    co2kg: 1\n"
        "    ^\n"
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
        "a.yaml:7:3: warning: the answer 'social.insertoin' is not read by the grid (in 1 bid)\n"
        "    insertoin: 6\n"
        "    ^\n"
        "did you mean 'social.insertion'?\n");
}

TEST_CASE("a list or a mapping where the grid reads one value") {
  Grid grid = grid_of();
  BidSet set = bids_of(
      {{"a.yaml", kGood},
       {"b.yaml", "price: {amount: 10}\nenv:\n  co2_kg: [1, x]\n  label: []\n  dosing: true\n"},
       {"c.yaml", "price: 5\nenv:\n  co2_kg: []\n  label: [a, b]\n  dosing: {x: 1}\n"}});
  // The mapping at its '{' (1:8); the list of marks at its first bad item, 'x'
  // (3:15); the empty list at its '[' (4:10).
  CHECK(checked(grid, set) ==
        "b.yaml:1:8: error: 'price' expects a number, got a mapping\n"
        "  price: {amount: 10}\n"
        "         ^\n"
        "hint: write the value on the key itself, not nested below it\n"
        "b.yaml:3:15: error: 'env.co2_kg' is a list of marks, but this item is 'x'\n"
        "    co2_kg: [1, x]\n"
        "                ^\n"
        "hint: only a list of numbers is an answer (a panel of evaluators' marks)\n"
        "b.yaml:4:10: error: 'env.label' expects a label, got an empty list\n"
        "    label: []\n"
        "           ^\n"
        "hint: write a single value, or remove the answer\n"
        "c.yaml:3:11: error: 'env.co2_kg' expects a number, got an empty list\n"
        "    co2_kg: []\n"
        "            ^\n"
        "hint: give the evaluators' marks, or remove the answer\n"
        "c.yaml:4:11: error: 'env.label' expects a label, got a list\n"
        "    label: [a, b]\n"
        "            ^\n"
        "hint: write a single value\n"
        "c.yaml:5:11: error: 'env.dosing' expects true or false, got a mapping\n"
        "    dosing: {x: 1}\n"
        "            ^\n"
        "hint: write the value on the key itself, not nested below it\n");
  REQUIRE(set.bids.size() == 1);
  CHECK(set.invalid.size() == 2);
}

TEST_CASE("unread lists of texts are ignored") {
  Grid grid = grid_of();
  BidSet set = bids_of({{"a.yaml", kGood + "notes: [call back on Monday]\ncontacts: [{a: 1}]\n"}});
  CHECK(checked(grid, set) == "");
  CHECK(set.bids.size() == 1);
}

TEST_CASE("a negative mark in a panel read as the price") {
  Grid grid = grid_of(
      "cost:\n  purchase: offer.amount\n  years: 2\n  yearly:\n    - { answer: env.kwh, unit_cost: "
      "0.2 }\n");
  BidSet set = bids_of({{"a.yaml", kGood + "offer:\n  amount: 5\nenv.kwh: 10\n"}});
  set.bids[0].answers.erase("price");
  set.bids[0].answers["price"] = set.bids[0].answers.at("offer.amount");
  set.bids[0].answers["price"].kind = Answer::Kind::numbers;
  set.bids[0].answers["price"].numbers = {3, -2.5};
  AnswerLines lines;  // the caret of 'price': the line it was moved from
  lines.add(Name("price"), set.bids[0].answer_lines.line_of("offer.amount"));
  set.bids[0].answer_lines = lines;
  // The price criterion reads 'price': each mark must be 0 or more; the
  // message sits at the answer's position (line 7, column 11 of 'amount: 5').
  CHECK(checked(grid, set) ==
        "a.yaml:7:11: error: 'price' has a negative mark (-2.5)\n"
        "    amount: 5\n"
        "            ^\n"
        "hint: a price is 0 or more\n");
}

TEST_CASE("a list where the cost reads a single number") {
  Grid grid = grid_of(
      "cost:\n  purchase: offer.amount\n  years: 2\n  yearly:\n    - { answer: env.kwh, unit_cost: "
      "0.2 }\n");
  BidSet set = bids_of({{"a.yaml", kGood + "offer:\n  amount: [-5, 3]\nenv.kwh: 10\n"}});
  CHECK(checked(grid, set) ==
        "a.yaml:7:11: error: 'offer.amount' expects a single number, got a list of marks\n"
        "    amount: [-5, 3]\n"
        "            ^\n"
        "hint: write a plain number, such as 12 or 0.5\n");
}

TEST_CASE("near misses: the last segment, or the whole path within 2 edits") {
  Grid grid = grid_of(
      "  - id: insertion\n    answer: social.insertion_hours_pct\n    rule: { linear: { worst: "
      "0, best: 10 } }\n"
      "  - id: quality\n    answer: quality\n    rule: { linear: { worst: 0, best: 10 } }\n");
  BidSet set = bids_of(
      {{"a.yaml", kGood + "env.notes: call back\n"              // 'notes' vs 'co2_kg', 'label': far
                          "social:\n  insertion_hour_pct: 5\n"  // one edit on the last segment
                          "  insertion_hours_pct: 6\n"
                          "qualty: 3\nquality: 4\n"}});  // one edit on the whole path
  CHECK(checked(grid, set) ==
        "a.yaml:10:1: warning: the answer 'qualty' is not read by the grid (in 1 bid)\n"
        "  qualty: 3\n"
        "  ^\n"
        "did you mean 'quality'?\n"
        "a.yaml:8:3: warning: the answer 'social.insertion_hour_pct' is not read by the grid (in 1 "
        "bid)\n"
        "    insertion_hour_pct: 5\n"
        "    ^\n"
        "did you mean 'social.insertion_hours_pct'?\n");
}

// Issue 9, case 7: Word's apostrophe, a capital, extra spaces still match.
TEST_CASE("labels match after NFC, case folding, apostrophes and spaces") {
  Grid grid = grid_of();
  BidSet set = bids_of(
      {{"a.yaml", "price: 1\nenv:\n  co2_kg: 1\n  label: \"  eu   ECOLABEL \"\n  dosing: true\n"}});
  CHECK(checked(grid, set) == "");
  CHECK(set.bids.size() == 1);
}

// Suppliers' editors quote numbers written the French way: the quotes do not
// hide the form from the hint.
TEST_CASE("a quoted number in a French form gets the form's hint") {
  Grid grid = grid_of();
  BidSet set = bids_of({{"a.yaml",
                         "price: \"210 000,00\"\nenv:\n  co2_kg: 300\n  label: EU "
                         "Ecolabel\n  dosing: true\n"}});
  // By hand: spaces between the digits and a decimal comma, so 210000.00.
  CHECK(checked(grid, set) ==
        "a.yaml:1:8: error: 'price' expects a number, got '210 000,00'\n"
        "  price: \"210 000,00\"\n"
        "         ^\n"
        "hint: '210 000,00' is text: a number has no spaces between its digits and a decimal "
        "point, not a comma: write 210000.00\n");
}
