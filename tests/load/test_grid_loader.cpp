// load_grid: a good grid read in full, then each check with its whole message.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "load/grid_loader.hpp"

using namespace aser;

namespace {

std::string errors_of(const std::string& text, const std::string& name = "grid.yaml") {
  GridLoad load = load_grid(text, name);
  std::string out;
  for (const Diagnostic& d : load.diagnostics) out += format_diagnostic(d);
  return out;
}

// A small valid grid; tests append or replace lines.
const std::string kHeader = "format: 1\nname: Test\nlanguage: fr\n";
const std::string kCriteria =
    "criteria:\n"
    "  - id: price\n"
    "    weight: 40\n"
    "    answer: price\n"
    "    rule: { lowest_ratio: {} }\n"
    "  - id: social\n"
    "    weight: 60\n"
    "    theme: social\n"
    "    criteria:\n"
    "      - id: insertion\n"
    "        weight: 2\n"
    "        answer: social.insertion_pct\n"
    "        rule: { linear: { worst: 0, best: 10 } }\n"
    "      - id: label\n"
    "        answer: social.label\n"
    "        rule: { scale: { gold: 1, silver: 0.5, none: 0 } }\n";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("a good grid is read in full") {
  const std::string text = kHeader + "scale: 20\ncontext: private\n" + kCriteria +
                           "requirements:\n"
                           "  - answer: social.insertion_pct\n"
                           "    at_least: 5\n"
                           "    reason: clause\n"
                           "  - group: social\n"
                           "    at_least: 0.3\n"
                           "checks:\n"
                           "  abnormally_low: { below_mean_of_others_pct: 20, two_pass_mean: "
                           "{ drop_above: 1.2, below: 0.8 } }\n"
                           "tie_break: [price, insertion, id]\n";
  GridLoad load = load_grid(text, "grid.yaml");
  REQUIRE(load.diagnostics.empty());
  REQUIRE(load.grid);
  const Grid& grid = *load.grid;
  CHECK(grid.file == "grid.yaml");
  CHECK(grid.sha256.size() == 64);
  CHECK(grid.language == "fr");
  CHECK(grid.scale == Approx(20));
  CHECK(grid.context == Context::private_buyer);
  REQUIRE(grid.criteria.size() == 2);
  CHECK(grid.criteria[0].theme == "price");  // the price criterion's default theme
  CHECK(grid.criteria[0].rule.kind == RuleKind::lowest_ratio);
  const Criterion& social = grid.criteria[1];
  CHECK(social.group);
  REQUIRE(social.children.size() == 2);
  CHECK(social.children[0].theme == "social");  // inherited
  CHECK(social.children[0].weight == Approx(2));
  CHECK(social.children[1].weight == Approx(1));  // default
  CHECK(social.children[0].pos.line == 15);       // 5 header lines, "criteria:" at 6
  CHECK(social.children[0].rule.best == Approx(10));
  REQUIRE(social.children[1].rule.labels.size() == 3);
  CHECK(social.children[1].rule.labels[1].first == "silver");
  CHECK(social.children[1].rule.labels[1].second == Approx(0.5));
  REQUIRE(grid.requirements.size() == 2);
  CHECK(*grid.requirements[0].at_least == Approx(5));
  CHECK(grid.requirements[1].group == "social");
  CHECK(*grid.abnormally_low.below_mean_of_others_pct == Approx(20));
  CHECK(*grid.abnormally_low.two_pass_below == Approx(0.8));
  CHECK(grid.tie_break == std::vector<std::string>{"price", "insertion", "id"});
}

TEST_CASE("the shipped grids load") {
  for (const char* path : {"/criteria/aser-default.yaml", "/examples/nettoyage/criteria.yaml"}) {
    std::string text = read_file(std::string(ASER_SOURCE_DIR) + path);
    REQUIRE_FALSE(text.empty());
    INFO(path);
    CHECK(errors_of(text) == "");
  }
}

TEST_CASE("every rule and its parameters") {
  const std::string text =
      kHeader +
      "criteria:\n"
      "  - id: a\n    answer: a\n    rule: { curve: [[0, 0], [30, 0.6], [60, 1]] }\n"
      "  - id: b\n    answer: b\n    rule: { steps: [ { at_least: 6, score: 1 }, { at_most: 3, "
      "score: 0.5 } ] }\n"
      "  - id: c\n    answer: c\n    rule: { boolean: { yes: 0.8 } }\n"
      "  - id: d\n    answer: d\n    rule: { deviation: { zero_at: 3 } }\n"
      "  - id: e\n    answer: e\n    rule: highest_ratio\n"
      "  - id: f\n    answer: f\n    rule: { linear_range: {} }\n"
      "    missing: exclude\n    panel: median\n";
  GridLoad load = load_grid(text, "grid.yaml");
  REQUIRE(load.diagnostics.empty());
  const std::vector<Criterion>& c = load.grid->criteria;
  CHECK(c[0].rule.points.size() == 3);
  CHECK(c[0].rule.points[1].second == Approx(0.6));
  REQUIRE(c[1].rule.steps.size() == 2);
  CHECK_FALSE(c[1].rule.steps[1].at_least);
  CHECK(c[1].rule.steps[1].bound == Approx(3));
  CHECK(c[2].rule.yes == Approx(0.8));
  CHECK(c[2].rule.no == Approx(0));
  CHECK(c[3].rule.zero_at == Approx(3));
  CHECK(c[4].rule.kind == RuleKind::highest_ratio);
  CHECK(c[5].missing == Missing::exclude);
  CHECK(c[5].panel == Panel::median);
}

TEST_CASE("a missing format") {
  CHECK(errors_of("name: x\n" + kCriteria) ==
        "grid.yaml:1:1: error: the grid has no 'format'\n"
        "  name: x\n"
        "  ^\n"
        "hint: add 'format: 1' at the top\n");
}

TEST_CASE("an unknown key in the grid") {
  CHECK(errors_of(kHeader + "currancy: EUR\n" + kCriteria) ==
        "grid.yaml:4:1: error: unknown key 'currancy' in the grid\n"
        "  currancy: EUR\n"
        "  ^\n"
        "did you mean 'currency'?\n");
}

// A group whose children are under 'children:': one error, at that key, that
// says what to rename (not also "no 'answer'" and "no 'rule'" for the group);
// the children are read all the same, so their own mistakes are reported too.
TEST_CASE("a group's children under another key than 'criteria'") {
  std::string text = kHeader + kCriteria;
  text.replace(text.find("    criteria:\n      - id: insertion"), 13, "    children:");
  text.replace(text.find("weight: 2"), 9, "weight: two");
  CHECK(errors_of(text) ==
        "grid.yaml:12:5: error: unknown key 'children' in a criterion\n"
        "      children:\n"
        "      ^\n"
        "hint: a group lists its children under 'criteria': rename 'children' to 'criteria'\n"
        "grid.yaml:14:17: error: 'weight' expects a number, got 'two'\n"
        "          weight: two\n"
        "                  ^\n"
        "hint: write a plain number, such as 12 or 0.5\n");
  // A list of plain values under an unknown key is no group: the usual errors.
  std::string leaf = kHeader + kCriteria;
  leaf.replace(leaf.find("    answer: price\n"), 18, "    sources: [a, b]\n");
  CHECK(errors_of(leaf).find("criterion 'price' has no 'answer'") != std::string::npos);
}

TEST_CASE("wrong types, all reported") {
  std::string text = kHeader + kCriteria;
  text.replace(text.find("weight: 40"), 10, "weight: heavy");
  text.replace(text.find("weight: 2"), 9, "weight: \"2\"");
  CHECK(errors_of(text) ==
        "grid.yaml:6:13: error: 'weight' expects a number, got 'heavy'\n"
        "      weight: heavy\n"
        "              ^\n"
        "hint: write a plain number, such as 12 or 0.5\n"
        "grid.yaml:14:17: error: 'weight' expects a number, got '2'\n"
        "          weight: \"2\"\n"
        "                  ^\n"
        "hint: remove the quotes: a quoted number is text\n");
}

TEST_CASE("zero and negative weights") {
  std::string text = kHeader + kCriteria;
  text.replace(text.find("weight: 40"), 10, "weight: 0");
  text.replace(text.find("weight: 60"), 10, "weight: -5");
  CHECK(errors_of(text) ==
        "grid.yaml:6:13: error: 'weight' must be above 0, got 0\n"
        "      weight: 0\n"
        "              ^\n"
        "hint: weights are relative among siblings; remove a criterion rather than weight it 0\n"
        "grid.yaml:10:13: error: 'weight' must be above 0, got -5\n"
        "      weight: -5\n"
        "              ^\n"
        "hint: weights are relative among siblings; remove a criterion rather than weight it 0\n");
}

TEST_CASE("an unknown rule") {
  std::string text = kHeader + kCriteria;
  text.replace(text.find("linear:"), 7, "liner:");
  CHECK(errors_of(text) ==
        "grid.yaml:16:17: error: unknown rule 'liner'\n"
        "          rule: { liner: { worst: 0, best: 10 } }\n"
        "                  ^\n"
        "did you mean 'linear'?\n");
}

TEST_CASE("rule parameter checks") {
  const std::string head = kHeader + "criteria:\n  - id: a\n    answer: a\n    rule: ";
  CHECK(errors_of(head + "{ linear: { worst: 5, best: 5 } }\n") ==
        "grid.yaml:7:39: error: 'best' and 'worst' are equal (5): the rule cannot tell bids apart\n"
        "      rule: { linear: { worst: 5, best: 5 } }\n"
        "                                        ^\n"
        "hint: give two different values; best < worst means lower is better\n");
  CHECK(errors_of(head + "{ curve: [[0, 0], [60, 1], [30, 0.5]] }\n") ==
        "grid.yaml:7:39: error: the x values of a curve must increase: 30 comes after 60\n"
        "      rule: { curve: [[0, 0], [60, 1], [30, 0.5]] }\n"
        "                                        ^\n"
        "hint: list the points from the lowest x to the highest\n");
  CHECK(errors_of(head + "{ deviation: { zero_at: 1 } }\n") ==
        "grid.yaml:7:35: error: 'zero_at' must be above 1, got 1\n"
        "      rule: { deviation: { zero_at: 1 } }\n"
        "                                    ^\n"
        "hint: zero_at: 2 gives 0 points at twice the lowest value\n");
  CHECK(errors_of(head + "{ scale: { a: 1.5 } }\n") ==
        "grid.yaml:7:25: error: the score 'a' must be between 0 and 1, got 1.5\n"
        "      rule: { scale: { a: 1.5 } }\n"
        "                          ^\n"
        "hint: no rule may give a score outside [0, 1]\n");
  CHECK(errors_of(head + "{ steps: [ { at_least: 3 } ] }\n") ==
        "grid.yaml:7:22: error: a step needs a 'score'\n"
        "      rule: { steps: [ { at_least: 3 } ] }\n"
        "                       ^\n"
        "hint: write { at_least: 6, score: 1 }\n");
  CHECK(errors_of(head + "{ lowest_ratio: { x: 1 } }\n") ==
        "grid.yaml:7:27: error: rule 'lowest_ratio' takes no parameters, got a mapping\n"
        "      rule: { lowest_ratio: { x: 1 } }\n"
        "                            ^\n"
        "hint: write { lowest_ratio: {} }\n");
}

TEST_CASE("ids: required, well-formed, unique") {
  CHECK(errors_of(kHeader + "criteria:\n  - weight: 1\n    answer: a\n    rule: linear_range\n") ==
        "grid.yaml:5:5: error: a group or criterion has no 'id'\n"
        "    - weight: 1\n"
        "      ^\n"
        "hint: add 'id: name' (lower-case letters, digits and '_')\n");
  CHECK(errors_of(kHeader + "criteria:\n  - id: Co2\n    answer: a\n    rule: linear_range\n"
                            "  - id: b\n    answer: a\n    rule: linear_range\n"
                            "  - id: b\n    answer: a\n    rule: linear_range\n") ==
        "grid.yaml:5:9: error: invalid id 'Co2'\n"
        "    - id: Co2\n"
        "          ^\n"
        "hint: ids use lower-case letters, digits and '_', such as 'co2_emissions'\n"
        "grid.yaml:11:9: error: duplicate id 'b' (first at line 8)\n"
        "    - id: b\n"
        "          ^\n"
        "hint: ids must be unique across the grid\n");
}

TEST_CASE("a criterion needs an answer and a rule; a group takes neither") {
  CHECK(errors_of(kHeader + "criteria:\n  - id: a\n    weight: 1\n") ==
        "grid.yaml:5:5: error: criterion 'a' has no 'answer'\n"
        "    - id: a\n"
        "      ^\n"
        "hint: add 'answer: path.in.the.bid'\n"
        "grid.yaml:5:5: error: criterion 'a' has no 'rule'\n"
        "    - id: a\n"
        "      ^\n"
        "hint: add a rule, such as 'rule: { linear: { worst: 0, best: 10 } }'\n");
  CHECK(errors_of(kHeader + "criteria:\n  - id: g\n    rule: linear_range\n    criteria:\n"
                            "      - { id: a, answer: a, rule: linear_range }\n") ==
        "grid.yaml:6:5: error: group 'g' takes no 'rule'\n"
        "      rule: linear_range\n"
        "      ^\n"
        "hint: a group scores its children; 'rule' belongs on a criterion\n");
}

TEST_CASE("requirements name known groups") {
  CHECK(errors_of(kHeader + kCriteria + "requirements:\n  - group: socail\n    at_least: 0.3\n") ==
        "grid.yaml:21:12: error: unknown group 'socail' in a requirement\n"
        "    - group: socail\n"
        "             ^\n"
        "did you mean 'social'?\n");
  CHECK(errors_of(kHeader + kCriteria + "requirements:\n  - answer: x\n    reason: r\n") ==
        "grid.yaml:21:5: error: a requirement needs 'at_least', 'at_most' or 'equals'\n"
        "    - answer: x\n"
        "      ^\n"
        "hint: write 'at_least: 5'\n");
}

TEST_CASE("tie-break keys") {
  CHECK(errors_of(kHeader + kCriteria + "tie_break: [price, insertoin]\n") ==
        "grid.yaml:20:20: error: unknown tie-break key 'insertoin'\n"
        "  tie_break: [price, insertoin]\n"
        "                     ^\n"
        "did you mean 'insertion'?\n");
}

TEST_CASE("methods and checks need a price criterion") {
  const std::string no_price =
      "criteria:\n  - id: a\n    answer: a\n    rule: { linear: { worst: 0, best: 1 } }\n";
  CHECK(errors_of(kHeader + "method: price_per_point\n" + no_price +
                  "checks: { abnormally_low: { below_mean_minus_sd: 1 } }\n") ==
        "grid.yaml:4:9: error: method 'price_per_point' needs a top-level criterion 'price'\n"
        "  method: price_per_point\n"
        "          ^\n"
        "hint: add '- id: price' with 'answer: price' to the criteria\n"
        "grid.yaml:9:1: error: 'checks' needs a top-level criterion 'price'\n"
        "  checks: { abnormally_low: { below_mean_minus_sd: 1 } }\n"
        "  ^\n"
        "hint: the abnormally-low tests read the price criterion's answer\n");
}

TEST_CASE("adjusted_price: coefficients in [0, 0.3], their sum within the cap") {
  const std::string criteria =
      "criteria:\n"
      "  - { id: price, answer: price, rule: lowest_ratio }\n"
      "  - { id: a, weight: 0.2, answer: a, rule: { linear: { worst: 0, best: 1 } } }\n"
      "  - { id: b, weight: 0.15, answer: b, rule: { linear: { worst: 0, best: 1 } } }\n";
  // 0.2 + 0.15 = 0.35 > 0.3
  CHECK(errors_of(kHeader + "method: adjusted_price\n" + criteria) ==
        "grid.yaml:4:9: error: under adjusted_price the coefficients add up to 0.35, above the cap "
        "of 0.3\n"
        "  method: adjusted_price\n"
        "          ^\n"
        "hint: lower the weights, or raise the cap: { adjusted_price: { max_total: 0.5 } }\n");
  GridLoad load = load_grid(kHeader + "method: { adjusted_price: { max_total: 0.4 } }\n" + criteria,
                            "grid.yaml");
  REQUIRE(load.grid);
  CHECK(load.grid->method.kind == Method::adjusted_price);
  CHECK(load.grid->method.max_total == Approx(0.4));
  std::string heavy = criteria;
  heavy.replace(heavy.find("0.15"), 4, "0.5");
  CHECK(errors_of(kHeader + "method: { adjusted_price: { max_total: 1 } }\n" + heavy) ==
        "grid.yaml:4:40: error: 'max_total' must be above 0 and below 1, got 1\n"
        "  method: { adjusted_price: { max_total: 1 } }\n"
        "                                         ^\n"
        "hint: the formula divides by 1 - max_total\n"
        "grid.yaml:8:22: error: under adjusted_price a weight must be between 0 and 0.3, got 0.5\n"
        "    - { id: b, weight: 0.5, answer: b, rule: { linear: { worst: 0, best: 1 } } }\n"
        "                       ^\n"
        "hint: each weight is a coefficient of the Prozorro formula\n"
        // 0.2 + 0.5 = 0.7, checked against the default cap since max_total is refused
        "grid.yaml:4:9: error: under adjusted_price the coefficients add up to 0.7, above the cap "
        "of 0.3\n"
        "  method: { adjusted_price: { max_total: 1 } }\n"
        "          ^\n"
        "hint: lower the weights, or raise the cap: { adjusted_price: { max_total: 0.5 } }\n");
}

TEST_CASE("fictitious_price accepts negative weights (a malus)") {
  GridLoad load = load_grid(kHeader +
                                "method: fictitious_price\n"
                                "criteria:\n"
                                "  - { id: price, answer: price, rule: lowest_ratio }\n"
                                "  - { id: a, weight: -500, answer: a, rule: { boolean: {} } }\n",
                            "grid.yaml");
  REQUIRE(load.grid);
  CHECK(load.grid->criteria[1].weight == Approx(-500));
}

TEST_CASE("cost: the life-cycle cost section") {
  GridLoad load =
      load_grid(kHeader + kCriteria +
                    "cost:\n  purchase: price\n  years: 8\n  discount_rate: 0.04\n"
                    "  yearly:\n    - { answer: operation.energy_kwh, unit_cost: 0.21 }\n",
                "grid.yaml");
  REQUIRE(load.grid);
  REQUIRE(load.grid->cost);
  CHECK(load.grid->cost->years == 8);
  CHECK(load.grid->cost->discount_rate == Approx(0.04));
  REQUIRE(load.grid->cost->yearly.size() == 1);
  CHECK(load.grid->cost->yearly[0].answer == "operation.energy_kwh");
  CHECK(errors_of(kHeader + kCriteria + "cost:\n  years: 2.5\n") ==
        "grid.yaml:21:10: error: 'years' expects a whole number of at least 1, got '2.5'\n"
        "    years: 2.5\n"
        "           ^\n");
}

TEST_CASE("a criterion reading cost needs a cost section") {
  std::string text = kHeader + kCriteria;
  text.replace(text.find("answer: price"), 13, "answer: cost");
  CHECK(errors_of(text) ==
        "grid.yaml:7:13: error: 'price' reads 'cost' but the grid has no 'cost'\n"
        "      answer: cost\n"
        "              ^\n"
        "hint: add a 'cost:' section, or read 'price'\n");
}

TEST_CASE("a grid that is not a mapping, or empty") {
  CHECK(errors_of("- a\n- b\n") ==
        "grid.yaml:1:1: error: the grid must be a mapping of keys, got a list\n"
        "  - a\n"
        "  ^\n"
        "hint: write 'key: value' lines\n");
  CHECK(errors_of("") ==
        "grid.yaml: error: the grid file is empty\n"
        "hint: start with 'format: 1', a name and 'criteria:'\n");
}

TEST_CASE("language and other choices suggest the closest") {
  CHECK(errors_of("format: 1\nlanguage: fre\n" + kCriteria) ==
        "grid.yaml:2:11: error: 'language' expects fr or en, got 'fre'\n"
        "  language: fre\n"
        "            ^\n"
        "did you mean 'fr'?\n");
}
