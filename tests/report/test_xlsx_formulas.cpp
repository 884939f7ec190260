// The formula text of each rule, method and cell reference of the XLSX report,
// written out by hand from DESIGN sections 3 and 4. (That LibreOffice computes
// aser's figures from them is tests/xlsx/check_xlsx.py.)
#include <catch2/catch.hpp>

#include "report/xlsx_formulas.hpp"

using namespace aser;
using namespace aser::xlsx;

namespace {

Rule rule_of(RuleKind kind) {
  Rule rule;
  rule.kind = kind;
  return rule;
}

}  // namespace

TEST_CASE("xlsx cell references", "[xlsx]") {
  CHECK(column_name(0) == "A");
  CHECK(column_name(25) == "Z");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(701) == "ZZ");  // 26 + 26 × 26 − 1
  CHECK(column_name(702) == "AAA");
  CHECK(cell(2, 1) == "B3");
  CHECK(absolute_cell(12, 3) == "$D$13");
  CHECK(column_range(6, 2, 6) == "G$3:G$7");
  CHECK(on_sheet("Réponses", "D3") == "'Réponses'!D3");
  CHECK(on_sheet("L'eau 1", "$A$1") == "'L''eau 1'!$A$1");
  CHECK(text_literal("ISO \"14001\"") == "\"ISO \"\"14001\"\"\"");
  CHECK(number_literal(0.6) == "0.6");
  CHECK(number_literal(-5) == "(-5)");
  CHECK(number_literal(118500) == "118500");
  CHECK(sum_of({}) == "0");
  CHECK(sum_of({"I3", "K3", "V3"}) == "I3+K3+V3");
}

TEST_CASE("xlsx linear: clamp((x − worst) / (best − worst), 0, 1), 0 unless a number", "[xlsx]") {
  Rule rule = rule_of(RuleKind::linear);
  rule.worst = 0;
  rule.best = 10;
  CHECK(rule_formula(rule, "G3", "G$3:G$7") == "IF(ISNUMBER(G3),MAX(0,MIN(1,(G3-0)/(10-0))),0)");
  rule.worst = 8000;  // lower is better
  rule.best = 0;
  CHECK(rule_formula(rule, "G3", "G$3:G$7") ==
        "IF(ISNUMBER(G3),MAX(0,MIN(1,(G3-8000)/(0-8000))),0)");
  rule.worst = -5;  // a negative bound stays a number
  rule.best = 15;
  CHECK(rule_formula(rule, "G3", "") == "IF(ISNUMBER(G3),MAX(0,MIN(1,(G3-(-5))/(15-(-5)))),0)");
}

TEST_CASE("xlsx curve: piecewise linear, flat beyond the ends", "[xlsx]") {
  Rule rule = rule_of(RuleKind::curve);
  rule.points = {{0, 0}, {20, 0.6}, {50, 1}};
  // x ≤ 0 → 0; x ≤ 20 → 0 + 0.6 (x − 0)/20; x ≤ 50 → 0.6 + 0.4 (x − 20)/30; else 1.
  CHECK(rule_formula(rule, "P3", "") ==
        "IF(ISNUMBER(P3),MAX(0,MIN(1,IF(P3<=0,0,IF(P3<=20,0+(0.6-0)*(P3-0)/(20-0),"
        "IF(P3<=50,0.6+(1-0.6)*(P3-20)/(50-20),1))))),0)");
}

TEST_CASE("xlsx steps: the first step that holds, else 0", "[xlsx]") {
  Rule rule = rule_of(RuleKind::steps);
  rule.steps = {{true, 80, 1}, {true, 50, 0.6}, {true, 20, 0.3}};
  CHECK(rule_formula(rule, "S3", "") ==
        "IF(ISNUMBER(S3),IF(S3>=80,1,IF(S3>=50,0.6,IF(S3>=20,0.3,0))),0)");
  rule.steps = {{false, 10, 1}, {false, 20, 0.4}};
  CHECK(rule_formula(rule, "S3", "") == "IF(ISNUMBER(S3),IF(S3<=10,1,IF(S3<=20,0.4,0)),0)");
}

TEST_CASE("xlsx scale: exact labels (EXACT is case-sensitive, as aser), else 0", "[xlsx]") {
  Rule rule = rule_of(RuleKind::scale);
  rule.labels = {{"EU Ecolabel", 1}, {"ISO \"14001\"", 0.6}, {"none", 0}};
  CHECK(rule_formula(rule, "Y3", "") ==
        "IF(EXACT(Y3,\"EU Ecolabel\"),1,IF(EXACT(Y3,\"ISO \"\"14001\"\"\"),0.6,"
        "IF(EXACT(Y3,\"none\"),0,0)))");
}

TEST_CASE("xlsx boolean: yes or no score, 0 for anything else", "[xlsx]") {
  Rule rule = rule_of(RuleKind::boolean);
  rule.yes = 1;
  rule.no = 0.2;
  CHECK(rule_formula(rule, "AB3", "") == "IF(AB3=TRUE(),1,IF(AB3=FALSE(),0.2,0))");
}

TEST_CASE("xlsx relative rules: MIN and MAX over the bids in competition", "[xlsx]") {
  const std::string range = "G$3:G$7";
  // lowest_ratio: min / x; a price ≤ 0 scores 1 when it is the minimum.
  CHECK(rule_formula(rule_of(RuleKind::lowest_ratio), "G3", range) ==
        "IF(ISNUMBER(G3),IF(G3<=0,IF(G3<=MIN(G$3:G$7),1,0),MAX(0,MIN(1,MIN(G$3:G$7)/G3))),0)");
  // highest_ratio: x / max; a maximum ≤ 0 gives 1 to the bids at it.
  CHECK(rule_formula(rule_of(RuleKind::highest_ratio), "G3", range) ==
        "IF(ISNUMBER(G3),IF(MAX(G$3:G$7)<=0,IF(G3>=MAX(G$3:G$7),1,0),"
        "MAX(0,MIN(1,G3/MAX(G$3:G$7)))),0)");
  // linear_range: (max − x) / (max − min); all equal → 1.
  CHECK(rule_formula(rule_of(RuleKind::linear_range), "G3", range) ==
        "IF(ISNUMBER(G3),IF(MAX(G$3:G$7)=MIN(G$3:G$7),1,"
        "MAX(0,MIN(1,(MAX(G$3:G$7)-G3)/(MAX(G$3:G$7)-MIN(G$3:G$7))))),0)");
  // deviation, k = 2: 1 − (x − min) / (min × (2 − 1)).
  Rule deviation = rule_of(RuleKind::deviation);
  deviation.zero_at = 2;
  CHECK(rule_formula(deviation, "G3", range) ==
        "IF(ISNUMBER(G3),IF(MIN(G$3:G$7)<=0,IF(G3<=MIN(G$3:G$7),1,0),"
        "MAX(0,MIN(1,1-(G3-MIN(G$3:G$7))/(MIN(G$3:G$7)*(2-1))))),0)");
}

TEST_CASE("xlsx answer values: blank is \"\", panels reduced", "[xlsx]") {
  CHECK(value_formula(Panel::mean, "'A'!D3", "'A'!D3:D3", 1) == "IF(ISBLANK('A'!D3),\"\",'A'!D3)");
  CHECK(value_formula(Panel::mean, "'A'!D3", "'A'!D3:F3", 3) ==
        "IF(COUNT('A'!D3:F3)=0,\"\",AVERAGE('A'!D3:F3))");
  CHECK(value_formula(Panel::median, "'A'!D3", "'A'!D3:F3", 3) ==
        "IF(COUNT('A'!D3:F3)=0,\"\",MEDIAN('A'!D3:F3))");
  CHECK(value_formula(Panel::min, "x", "r", 2) == "IF(COUNT(r)=0,\"\",MIN(r))");
  CHECK(value_formula(Panel::max, "x", "r", 2) == "IF(COUNT(r)=0,\"\",MAX(r))");
  CHECK(quantity_formula("'A'!G3", "'A'!G3:G3", 1) == "N('A'!G3)");
  CHECK(quantity_formula("x", "r", 2) == "IF(COUNT(r)=0,0,AVERAGE(r))");
}

TEST_CASE("xlsx life-cycle cost: purchase + yearly amounts over the years", "[xlsx]") {
  // No discounting: × 10 years.
  CHECK(cost_formula("E3", {{"N(a)", 0.081}, {"N(b)", 0.04}}, 10, 0) ==
        "IF(ISNUMBER(E3),E3+(N(a)*0.081+N(b)*0.04)*10,\"\")");
  // r = 0.035 over 6 years: Σ_{y=1..6} 1.035^−y = (1 − 1.035^−6) / 0.035.
  CHECK(cost_formula("E3", {{"N(a)", 0.19}}, 6, 0.035) ==
        "IF(ISNUMBER(E3),E3+(N(a)*0.19)*(1-(1+0.035)^(-6))/0.035,\"\")");
}

TEST_CASE("xlsx methods: adjusted price to the cent, price per point", "[xlsx]") {
  CHECK(adjusted_price_formula("G3", "K3+N3", "'Poids'!$D$10") ==
        "IF('Poids'!$D$10<1,ROUND(G3/(1+(K3+N3)/(1-'Poids'!$D$10)),2),ROUND(G3,2))");
  CHECK(price_per_point_formula("G3", "H3") == "IF(H3>0,G3/H3,0)");
}

TEST_CASE("xlsx sheet names: what Excel accepts, unique without case", "[xlsx]") {
  std::set<std::string> taken;
  CHECK(sheet_name("Notes 2: north/south [*]", taken) == "Notes 2_ north_south ___");
  CHECK(sheet_name("NOTES 2: NORTH/SOUTH [*]", taken) == "NOTES 2_ NORTH_SOUTH ___~2");
  CHECK(sheet_name("'quoted'", taken) == "_quoted_");
  // 29 x then "éé": 31 characters (33 bytes) stay whole; one more is cut.
  CHECK(sheet_name(std::string(29, 'x') + "éé", taken) == std::string(29, 'x') + "éé");
  CHECK(sheet_name(std::string(30, 'y') + "éé", taken) == std::string(30, 'y') + "é");
  // A clash at 31 characters: cut to 29, then "~2".
  CHECK(sheet_name(std::string(29, 'x') + "éé", taken) == std::string(29, 'x') + "~2");
}
