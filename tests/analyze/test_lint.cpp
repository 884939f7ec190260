// Each lint check on a grid built by hand to trigger it, and on one that does not.
#include <catch2/catch.hpp>

#include "analyze/grids.hpp"
#include "analyze/lint.hpp"

using namespace aser;
using namespace aser::test;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

Criterion& node(Grid& grid, const std::string& id) {
  Criterion* found = find_node(grid, id);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("a clean public grid has no lint warning") {
  CHECK(lint_grid(clean_grid()).empty());
}

TEST_CASE("lint runs the checks in a fixed order and names each warning's check") {
  Grid grid = clean_grid();
  grid.criteria.pop_back();  // no environment
  node(grid, "price").rule = relative(RuleKind::lowest_ratio);
  LintWarnings warnings = lint_grid(grid);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].check == "relative-rule");
  CHECK(warnings[1].check == "no-environment-criterion");
  CHECK(lint_checks().size() == 7);
  CHECK(lint_checks().front() == "relative-rule");
}

TEST_CASE("relative-rule: lowest_ratio on price warns at the criterion, citing the DAJ") {
  Grid grid = clean_grid();
  node(grid, "price").rule = relative(RuleKind::lowest_ratio);
  LintWarnings warnings = check_relative_rules(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].node == "price");
  CHECK(warnings[0].pos.line == 10);
  CHECK(warnings[0].pos.column == 5);
  CHECK(warnings[0].message ==
        "criterion 'price' uses the relative rule 'lowest_ratio': adding or removing a bid can "
        "reorder two others (rank reversal)");
  CHECK(contains(warnings[0].reason, "only when prices are homogeneous"));
  CHECK(contains(warnings[0].source, "DAJ"));
  CHECK_FALSE(contains(warnings[0].source, "15PA02953"));
}

TEST_CASE(
    "relative-rule: linear_range cites the min-max case; deviation and highest_ratio warn too") {
  Grid grid = clean_grid();
  node(grid, "price").rule = relative(RuleKind::linear_range);
  Rule deviation = relative(RuleKind::deviation);
  deviation.zero_at = 2;
  node(grid, "co2").rule = deviation;
  node(grid, "insertion").rule = relative(RuleKind::highest_ratio);
  LintWarnings warnings = check_relative_rules(grid);
  REQUIRE(warnings.size() == 3);  // in grid order: price, insertion, co2
  CHECK(warnings[0].node == "price");
  CHECK(contains(warnings[0].reason, "1 cent dearer"));
  CHECK(contains(warnings[0].source, "CAA Paris, 8 February 2016, n° 15PA02953, as reported"));
  CHECK(warnings[1].node == "insertion");
  CHECK(contains(warnings[1].message, "'highest_ratio'"));
  CHECK(warnings[2].node == "co2");
  CHECK(contains(warnings[2].message, "'deviation'"));
}

TEST_CASE("relative-rule: rules on fixed bounds do not warn") {
  Grid grid = clean_grid();
  Rule curve;
  curve.kind = RuleKind::curve;
  curve.points = {{0, 0}, {10, 1}};
  node(grid, "insertion").rule = curve;
  CHECK(check_relative_rules(grid).empty());
}

TEST_CASE("no-environment-criterion: a public grid without theme environment warns") {
  Grid grid = clean_grid();
  grid.criteria.pop_back();
  LintWarnings warnings = check_environment_criterion(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].node.empty());
  CHECK_FALSE(warnings[0].pos.known());
  CHECK(contains(warnings[0].source, "loi n° 2021-1104"));
  CHECK(contains(warnings[0].source, "art. 35"));
  CHECK(contains(warnings[0].source, "L2152-7"));
  CHECK(contains(warnings[0].reason, "22 August 2026"));
}

TEST_CASE("no-environment-criterion: a private grid, or one environmental leaf, does not warn") {
  Grid grid = clean_grid();
  grid.criteria.pop_back();
  grid.context = Context::private_buyer;
  CHECK(check_environment_criterion(grid).empty());

  // One leaf with the theme, inside a group of another theme.
  Grid mixed = clean_grid();
  mixed.criteria.pop_back();
  Criterion co2 = leaf("co2", 1, "environment.co2_kg", linear(5000, 0));
  co2.theme = "environment";
  mixed.criteria[1].children.push_back(co2);
  CHECK(check_environment_criterion(mixed).empty());
}

TEST_CASE("label-without-equivalent: points for a named label only") {
  Grid grid = clean_grid();
  node(grid, "waste").rule = scale({{"EU Ecolabel", 1}, {"ISO 14001", 0.6}, {"none", 0}});
  LintWarnings warnings = check_named_labels(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].node == "waste");
  CHECK(warnings[0].pos.line == 34);
  CHECK(warnings[0].message ==
        "criterion 'waste' gives points for the labels 'EU Ecolabel', 'ISO 14001' without 'or "
        "equivalent'");
  CHECK(contains(warnings[0].source, "C-368/10"));
  CHECK(contains(warnings[0].source, "art. 43"));
}

TEST_CASE(
    "label-without-equivalent: 'or equivalent' in a label, the evidence or French silences it") {
  Grid in_label = clean_grid();
  node(in_label, "waste").rule = scale({{"EU Ecolabel or equivalent", 1}, {"none", 0}});
  CHECK(check_named_labels(in_label).empty());

  Grid in_evidence = clean_grid();
  node(in_evidence, "waste").rule = scale({{"NF Environnement", 1}, {"aucun", 0}});
  node(in_evidence, "waste").evidence = "Certificat NF Environnement ou équivalent";
  CHECK(check_named_labels(in_evidence).empty());

  Grid capital = clean_grid();
  node(capital, "waste").rule = scale({{"AB", 1}, {"Équivalent AB", 1}, {"aucun", 0}});
  CHECK(check_named_labels(capital).empty());
}

TEST_CASE(
    "label-without-equivalent: a boolean on a named label warns; a label scoring 0 does not") {
  Grid boolean_grid = clean_grid();
  node(boolean_grid, "waste").rule = boolean();
  node(boolean_grid, "waste").label = "Certified ISO 14001";
  LintWarnings warnings = check_named_labels(boolean_grid);
  REQUIRE(warnings.size() == 1);
  CHECK(contains(warnings[0].message, "the label 'ISO 14001'"));

  Grid zero = clean_grid();
  node(zero, "waste").rule = scale({{"own plan", 1}, {"EU Ecolabel", 0}});
  CHECK(check_named_labels(zero).empty());
}

TEST_CASE("named_labels finds whole words, the longest name, and acronyms in capitals only") {
  CHECK(named_labels("EU Ecolabel") == std::vector<std::string>{"EU Ecolabel"});
  CHECK(named_labels("produits bio AB") == std::vector<std::string>{"AB"});
  CHECK(named_labels("tab, abc, ab").empty());
  CHECK(named_labels("Labels").empty());
  CHECK(named_labels("Fairtrade / Max Havelaar") ==
        std::vector<std::string>{"Fairtrade", "Max Havelaar"});
  CHECK(says_equivalent("ou ÉQUIVALENT"));
  CHECK(says_equivalent("or an equivalent licence"));
  CHECK_FALSE(says_equivalent("EU Ecolabel"));
}

TEST_CASE("company-wide-criterion: scope company in a public grid warns at the highest such node") {
  Grid grid = clean_grid();
  Criterion rating = leaf("ecovadis", 1, "company.ecovadis_score", linear(0, 100), 24);
  rating.scope = Scope::company;
  grid.criteria[1].children.push_back(rating);
  LintWarnings warnings = check_company_scope(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].node == "ecovadis");
  CHECK(warnings[0].pos.line == 24);
  CHECK(warnings[0].message ==
        "criterion 'ecovadis' is company-wide (scope: company) in a public grid");
  CHECK(contains(warnings[0].source, "art. 67(3)"));
  CHECK(contains(warnings[0].source, "C-448/01"));

  // A company-wide group: one warning, not one per child.
  Grid with_group = clean_grid();
  with_group.criteria[1].scope = Scope::company;
  with_group.criteria[1].children[0].scope = Scope::company;
  LintWarnings one = check_company_scope(with_group);
  REQUIRE(one.size() == 1);
  CHECK(one[0].message == "group 'social' is company-wide (scope: company) in a public grid");

  with_group.context = Context::private_buyer;
  CHECK(check_company_scope(with_group).empty());
}

TEST_CASE("negligible-weight: a node below 0.01 points cannot change a ranking shown apart") {
  // price 39998, environment 2, no social: environment's share is
  // 2 / (39998 + 2) = 0.00005, so it adds at most 0.00005 × 100 = 0.005 points.
  Grid grid = clean_grid();
  grid.criteria.erase(grid.criteria.begin() + 1);
  grid.criteria[0].weight = 39998;
  grid.criteria[1].weight = 2;
  LintWarnings warnings = check_negligible_weights(grid);
  REQUIRE(warnings.size() == 1);  // the group; its children are lighter still
  CHECK(warnings[0].node == "environment");
  CHECK(warnings[0].pos.line == 28);
  CHECK(warnings[0].message ==
        "group 'environment' can add at most 0.005 points out of 100: too little to change a "
        "ranking");

  // price 4998, environment 2: 2 / 5000 × 100 = 0.04 points for the group, and
  // 0.04 / 2 = 0.02 for each of its two equal children: all above 0.01.
  grid.criteria[0].weight = 4998;
  CHECK(check_negligible_weights(grid).empty());
}

TEST_CASE("negligible-weight: under price_per_point the quality points exclude price") {
  // Same weights as above, but quality points share 100 among the criteria
  // but price: environment alone has them all, co2 and waste 50 each.
  Grid grid = clean_grid();
  grid.criteria.erase(grid.criteria.begin() + 1);
  grid.criteria[0].weight = 39998;
  grid.criteria[1].weight = 2;
  grid.method.kind = Method::price_per_point;
  CHECK(check_negligible_weights(grid).empty());

  // co2 1, waste 19999 inside environment: co2 has 1 / 20000 of the quality
  // points, 100 / 20000 = 0.005 points.
  node(grid, "waste").weight = 19999;
  LintWarnings warnings = check_negligible_weights(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].node == "co2");
}

TEST_CASE(
    "negligible-weight: a zero coefficient under adjusted_price, less than a cent under "
    "fictitious_price") {
  Grid adjusted = clean_grid();
  adjusted.method.kind = Method::adjusted_price;
  adjusted.criteria[1].weight = 0.1;
  adjusted.criteria[2].weight = 0;  // co2 and waste: coefficient 0 × 1
  LintWarnings zero = check_negligible_weights(adjusted);
  REQUIRE(zero.size() == 2);
  CHECK(zero[0].message == "criterion 'co2' has a coefficient of 0 under adjusted_price");
  CHECK(zero[1].node == "waste");

  Grid fictitious = clean_grid();
  fictitious.method.kind = Method::fictitious_price;
  node(fictitious, "co2").weight = 0.004;  // × the group's 30: 0.12 EUR, above a cent
  CHECK(check_negligible_weights(fictitious).empty());
  fictitious.criteria[2].weight = 1;  // 0.004 × 1 = 0.004 EUR
  LintWarnings cent = check_negligible_weights(fictitious);
  REQUIRE(cent.size() == 1);
  CHECK(cent[0].message == "criterion 'co2' is worth 0.004 EUR at most under fictitious_price");
}

// Lot 2 sets environment to 0.004 beside price 40 and social 30: its share
// is 0.004 / 70.004 = 0.0000571, at most 0.00571 points out of 100 (the
// message's 3 significant digits). The grid's weights, and lot 1's, are fine;
// a lot that sets nothing is not looked at again.
TEST_CASE("negligible-weight: a lot's own weights are checked too, and named") {
  Grid grid = clean_grid();
  Lot one;
  one.id = "1";
  one.weights = {{"social", 40}};
  Lot two;
  two.id = "2";
  two.pos = {50, 5};
  two.weights = {{"environment", 0.004}};
  Lot three;
  three.id = "3";
  grid.lots = {one, two, three};
  LintWarnings warnings = lint_grid(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].check == "negligible-weight");
  CHECK(warnings[0].node == "environment");
  CHECK(warnings[0].pos.line == 50);  // at the lot, which sets the weight
  CHECK(warnings[0].message ==
        "in lot '2': group 'environment' can add at most 0.00571 points out of 100: too little "
        "to change a ranking");

  // Negligible in the grid already, and as much in lot 1 (which sets
  // environment only): social's 0.001 / 40028.001 × 100 = 0.0000025 points,
  // and 0.001 / 40029.001 × 100 in the lot, both "2.5e-06": said once.
  grid.criteria[0].weight = 39998;
  grid.criteria[1].weight = 0.001;
  one.weights = {{"environment", 31}};
  grid.lots = {one};
  warnings = lint_grid(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message ==
        "group 'social' can add at most 2.5e-06 points out of 100: too little to change a ranking");
}

TEST_CASE("equal-scale-scores: two labels with the same score warn once per score") {
  Grid grid = clean_grid();
  node(grid, "waste").rule =
      scale({{"sorting", 0.5}, {"partial sorting", 0.5}, {"none", 0}, {"unknown", 0}, {"n/a", 0}});
  LintWarnings warnings = check_equal_scale_scores(grid);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].message ==
        "the scale of criterion 'waste' gives the same score (0.5) to 'sorting' and 'partial "
        "sorting'");
  CHECK(warnings[1].message ==
        "the scale of criterion 'waste' gives the same score (0) to 'none', 'unknown' and 'n/a'");
  CHECK(warnings[0].pos.line == 34);
}

TEST_CASE("prozorro-cap: coefficients above 0.3 warn even when max_total allows them") {
  // price, then social 0.2 × insertion 1 = 0.2 and environment 0.15 × (co2 1 + waste 1) = 0.3:
  // Vmax = 0.5 (the loader allows it with max_total 0.6).
  Grid grid = clean_grid();
  grid.method.kind = Method::adjusted_price;
  grid.method.max_total = 0.6;
  grid.criteria[1].weight = 0.2;
  grid.criteria[2].weight = 0.15;
  LintWarnings warnings = check_prozorro_cap(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message ==
        "under adjusted_price the coefficients add up to 0.5, above Prozorro's cap of 0.3 "
        "(max_total: 0.6 allows it)");

  // 0.2 + 0.05 × 2 = 0.30000000000000004 in doubles: at the cap, not above it.
  grid.criteria[2].weight = 0.05;
  CHECK(check_prozorro_cap(grid).empty());
  grid.method.kind = Method::weighted_sum;
  grid.criteria[2].weight = 30;
  CHECK(check_prozorro_cap(grid).empty());
}

TEST_CASE("company-wide-criterion: a criterion that names a company rating warns without scope") {
  Grid grid = clean_grid();
  Criterion rating = leaf("csr", 1, "company.rating", linear(0, 100), 24);
  rating.label = "EcoVadis score";
  grid.criteria[1].children.push_back(rating);
  LintWarnings warnings = check_company_scope(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message ==
        "criterion 'csr' names 'EcoVadis', a rating of the whole company, in a public grid");

  // In a scale's labels too, in any case.
  Grid in_scale = clean_grid();
  node(in_scale, "waste").rule = scale({{"b corp certified", 1}, {"none", 0}});
  REQUIRE(check_company_scope(in_scale).size() == 1);
  CHECK(check_company_scope(in_scale)[0].message ==
        "criterion 'waste' names 'B Corp', a rating of the whole company, in a public grid");

  grid.context = Context::private_buyer;
  CHECK(check_company_scope(grid).empty());
}

TEST_CASE("lint speaks the grid's language: French findings, the same checks") {
  Grid grid = clean_grid();
  grid.language = "fr";
  grid.criteria.pop_back();  // no environment
  node(grid, "price").rule = relative(RuleKind::lowest_ratio);
  LintWarnings warnings = lint_grid(grid);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].check == "relative-rule");
  CHECK(warnings[0].message ==
        "le critère 'price' utilise la règle relative 'lowest_ratio'\u00a0: ajouter ou retirer "
        "une offre peut inverser l'ordre de deux autres (inversion de rang)");
  CHECK(contains(warnings[0].source, "fiche « Les méthodes de notation du critère prix"));
  CHECK(warnings[1].check == "no-environment-criterion");
  CHECK(contains(warnings[1].reason, "au plus tard le 22 août 2026"));
  CHECK(contains(warnings[1].source, "loi n° 2021-1104"));
}

TEST_CASE("equal-scale-scores in French: 'et' between the last two labels, a decimal comma") {
  Grid grid = clean_grid();
  grid.language = "fr";
  node(grid, "waste").rule = scale({{"A", 0.5}, {"B", 0.5}, {"C", 0.5}, {"none", 0}});
  LintWarnings warnings = check_equal_scale_scores(grid);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message ==
        "l'échelle du critère 'waste' donne la même note (0,5) à 'A', 'B' et 'C'");
}
