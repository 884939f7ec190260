// The JSON Schemas: their shape, key by key against the docs and the loader.
// Whether real files validate is tests/schema/validate.sh's job (ajv).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "publish/schema.hpp"

using namespace aser;
using nlohmann::json;

namespace {

std::set<std::string> keys(const json& object) {
  std::set<std::string> out;
  for (const auto& [key, value] : object.items()) out.insert(key);
  return out;
}

Criterion leaf(std::string id, std::string answer, RuleKind kind) {
  Criterion c;
  c.id = std::move(id);
  c.answer = std::move(answer);
  c.rule.kind = kind;
  return c;
}

// price (lowest_ratio), social.insertion_pct (linear, missing: exclude),
// environment.waste.plan (a scale with a numeric label), environment.dosing
// (boolean); a requirement on social.training_h.
Grid sample_grid() {
  Grid grid;
  grid.name = "Sample";
  grid.sha256 = std::string(64, 'a');
  grid.criteria.push_back(leaf("price", "price", RuleKind::lowest_ratio));
  Criterion social;
  social.id = "social";
  social.group = true;
  Criterion insertion = leaf("insertion", "social.insertion_pct", RuleKind::linear);
  insertion.missing = Missing::exclude;
  insertion.label = "Insertion hours";
  insertion.unit = "%";
  social.children.push_back(insertion);
  grid.criteria.push_back(social);
  Criterion waste = leaf("waste", "environment.waste.plan", RuleKind::scale);
  waste.rule.labels = {{"full", 1}, {"3", 0.5}, {"none", 0}};
  grid.criteria.push_back(waste);
  grid.criteria.push_back(leaf("dosing", "environment.dosing", RuleKind::boolean));
  Requirement training;
  training.answer = "social.training_h";
  training.at_least = 10;
  grid.requirements.push_back(training);
  return grid;
}

}  // namespace

TEST_CASE("the grid schema is draft 2020-12, closed, with every top-level key of the loader") {
  const json schema = json::parse(grid_schema_json());
  CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
  CHECK(schema.at("type") == "object");
  CHECK(schema.at("additionalProperties") == false);
  CHECK(schema.at("required") == json::array({"format", "criteria"}));
  // The keys of docs/grid-format.md's table (kGridKeys in src/load/grid_loader.cpp).
  CHECK(keys(schema.at("properties")) ==
        std::set<std::string>{"format", "name", "language", "currency", "scale", "method",
                              "context", "description", "criteria", "requirements", "cost",
                              "checks", "tie_break", "lots"});
  CHECK(schema.at("properties").at("format").at("const") == 1);
  CHECK(schema.at("properties").at("context").at("enum") == json::array({"public", "private"}));
}

TEST_CASE("the grid schema's criteria are recursive, groups and criteria as oneOf") {
  const json schema = json::parse(grid_schema_json());
  const json& defs = schema.at("$defs");
  CHECK(schema.at("properties").at("criteria").at("$ref") == "#/$defs/criteria");
  CHECK(defs.at("criteria").at("items").at("$ref") == "#/$defs/node");
  CHECK(defs.at("node").at("oneOf") ==
        json::array({{{"$ref", "#/$defs/group"}}, {{"$ref", "#/$defs/criterion"}}}));
  CHECK(defs.at("group").at("properties").at("criteria").at("$ref") == "#/$defs/criteria");
  CHECK(defs.at("group").at("additionalProperties") == false);
  CHECK(defs.at("criterion").at("additionalProperties") == false);
  // kNodeKeys of src/load/grid_criteria.cpp, the leaf-only ones on criteria only.
  CHECK(keys(defs.at("criterion").at("properties")) ==
        std::set<std::string>{"id", "label", "description", "theme", "scope", "weight", "answer",
                              "rule", "missing", "panel", "unit", "evidence", "valid"});
  CHECK(
      keys(defs.at("group").at("properties")) ==
      std::set<std::string>{"id", "label", "description", "theme", "scope", "weight", "criteria"});
  CHECK(defs.at("id").at("pattern") == "^[a-z0-9_]+$");
  CHECK_FALSE(defs.at("criterion").at("properties").at("missing").at("description").empty());
}

TEST_CASE("the grid schema's rules are a oneOf of the nine rules and the bare names") {
  const json rules = json::parse(grid_schema_json()).at("$defs").at("rule").at("oneOf");
  REQUIRE(rules.size() == 10);  // the names without parameters, then one form per rule
  CHECK(rules[0].at("enum") ==
        json::array({"boolean", "deviation", "lowest_ratio", "highest_ratio", "linear_range"}));
  std::set<std::string> names;
  for (std::size_t i = 1; i < rules.size(); ++i) {
    CHECK(rules[i].at("additionalProperties") == false);
    names.insert(rules[i].at("required")[0].get<std::string>());
  }
  CHECK(names == std::set<std::string>{"linear", "curve", "steps", "scale", "boolean",
                                       "lowest_ratio", "highest_ratio", "linear_range",
                                       "deviation"});
  CHECK(rules[1].at("properties").at("linear").at("required") == json::array({"worst", "best"}));
}

TEST_CASE("a schema is the same bytes every time") {
  CHECK(grid_schema_json() == grid_schema_json());
  CHECK(bid_schema_json(sample_grid()) == bid_schema_json(sample_grid()));
  CHECK(report_schema_json() == report_schema_json());
  CHECK(grid_schema_json().back() == '\n');
}

TEST_CASE("the bid schema types each answer the grid reads, nested and dotted") {
  const json schema = json::parse(bid_schema_json(sample_grid()));
  const json& properties = schema.at("properties");
  const json& defs = schema.at("$defs");
  CHECK(schema.at("title") == "aser bid: Sample");
  CHECK(schema.at("additionalProperties") == true);
  // The bid's own keys, the top-level answer, the first segments, and every dotted path.
  CHECK(keys(properties) ==
        std::set<std::string>{"id", "supplier", "lot", "evidence", "price", "social",
                              "social.insertion_pct", "social.training_h", "environment",
                              "environment.waste", "environment.waste.plan", "environment.dosing"});
  // Under "environment", the rest of the paths, nested or dotted.
  CHECK(properties.at("environment").at("$ref") == "#/$defs/object:environment");
  CHECK(keys(defs.at("object:environment").at("properties")) ==
        std::set<std::string>{"waste", "waste.plan", "dosing"});

  // price: a number >= 0 or a panel of them, optional (null allowed).
  const json& price = defs.at("answer:price");
  CHECK(price.at("type") == json::array({"number", "array", "null"}));
  CHECK(price.at("minimum") == 0);
  CHECK(price.at("items") == json({{"type", "number"}, {"minimum", 0}}));
  // A scale: its labels, the numeric one also as a number, and null.
  CHECK(defs.at("answer:environment.waste.plan").at("enum") ==
        json::array({"full", "3", 3, "none", nullptr}));
  CHECK(defs.at("answer:environment.dosing").at("type") == json::array({"boolean", "null"}));
  // Required (missing: exclude): no null; the description says so.
  const json& insertion = defs.at("answer:social.insertion_pct");
  CHECK(insertion.at("type") == json::array({"number", "array"}));
  const std::string description = insertion.at("description");
  CHECK(description.find("Insertion hours (%)") == 0);
  CHECK(description.find("Required") != std::string::npos);
}

TEST_CASE("the bid schema requires an answer nested or as a dotted key") {
  const json schema = json::parse(bid_schema_json(sample_grid()));
  CHECK_FALSE(schema.contains("required"));  // no required answer at the top level
  // social.insertion_pct (missing: exclude) and social.training_h (a requirement).
  const json expected = json::array(
      {{{"anyOf",
         json::array(
             {{{"required", {"social"}},
               {"properties", {{"social", {{"required", {"insertion_pct"}}, {"type", "object"}}}}}},
              {{"required", {"social.insertion_pct"}}}})}},
       {{"anyOf", json::array({{{"required", {"social"}},
                                {"properties",
                                 {{"social", {{"required", {"training_h"}}, {"type", "object"}}}}}},
                               {{"required", {"social.training_h"}}}})}}});
  CHECK(schema.at("allOf") == expected);
}

TEST_CASE("the bid schema puts a required top-level answer in required") {
  Grid grid = sample_grid();
  grid.criteria[0].missing = Missing::error;
  const json schema = json::parse(bid_schema_json(grid));
  CHECK(schema.at("required") == json::array({"price"}));
  CHECK(schema.at("$defs").at("answer:price").at("type") == json::array({"number", "array"}));
}

TEST_CASE("the bid schema never takes id, supplier, lot or evidence for answers") {
  Grid grid = sample_grid();
  grid.criteria.push_back(leaf("odd", "supplier.rating", RuleKind::linear));
  const json schema = json::parse(bid_schema_json(grid));
  CHECK_FALSE(schema.at("properties").contains("supplier.rating"));
  CHECK(schema.at("properties").at("supplier").at("type") ==
        json::array({"string", "number", "null"}));
  CHECK(schema.at("properties").at("evidence").at("properties").contains("price"));
}

TEST_CASE("the report schema has the keys of docs/report-formats.md, closed") {
  const json schema = json::parse(report_schema_json());
  CHECK(schema.at("required") ==
        json::array({"aser", "grid", "decisions", "options", "lots", "warnings"}));
  CHECK(schema.at("additionalProperties") == false);
  const json& grid = schema.at("properties").at("grid");
  CHECK(keys(grid.at("properties")) ==
        std::set<std::string>{"name", "file", "sha256", "method", "scale", "better", "language",
                              "currency", "relative_rules", "weights"});
  const json& bid =
      schema.at("properties").at("lots").at("items").at("properties").at("bids").at("items");
  CHECK(keys(bid.at("properties")) ==
        std::set<std::string>{"rank",      "id",      "supplier", "status",       "total",
                              "price",     "cost",    "scores",   "points",       "quality_points",
                              "flags",     "reasons", "warnings", "reason_codes", "warning_codes",
                              "decisions", "answers", "evidence", "source",       "lot"});
  // quality_points appears under price_per_point only.
  const json& required = bid.at("required");
  CHECK(std::find(required.begin(), required.end(), "quality_points") == required.end());
  CHECK(required.size() == 17);  // issue 9: lot, decisions, answers, evidence
  CHECK(bid.at("then").at("properties").at("rank").at("type") == "integer");
  CHECK(bid.at("else").at("properties").at("rank").at("type") == "null");
}

TEST_CASE("the bid schema reads the cost section's answers as single numbers") {
  // cost = purchase (price.purchase) + yearly energy.kwh × 0.2; a criterion reads cost.
  Grid grid;
  grid.name = "Cost";
  grid.criteria.push_back(leaf("price", "cost", RuleKind::lowest_ratio));
  CostModel cost;
  cost.purchase = "price.purchase";
  cost.yearly.push_back({"energy.kwh", 0.2, {}});
  grid.cost = cost;
  const json schema = json::parse(bid_schema_json(grid));
  const json& defs = schema.at("$defs");
  CHECK_FALSE(defs.contains("answer:cost"));  // computed, not answered
  CHECK(defs.at("answer:price.purchase").at("type") == json::array({"number", "null"}));
  CHECK(defs.at("answer:price.purchase").at("minimum") == 0);
  CHECK(defs.at("answer:energy.kwh").at("type") == json::array({"number", "null"}));
  CHECK_FALSE(defs.at("answer:energy.kwh").contains("minimum"));
  CHECK(defs.at("answer:energy.kwh").at("description") ==
        "Read by a yearly quantity of the life-cycle cost (× 0.2 a year). Answer: a single "
        "number.");
}
