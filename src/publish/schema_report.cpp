// The JSON Schema of `aser rank -f json` (src/report/json.cpp,
// docs/report-formats.md). Closed objects (additionalProperties: false): the
// schema comes from the same binary as the report, so a key added to the
// report without its place here fails the schema tests instead of drifting.
#include <algorithm>

#include "publish/schema.hpp"
#include "publish/schema_parts.hpp"

namespace aser {
namespace {

using schema::def_ref;
using schema::described;
using schema::Json;

Json object(Json properties) {
  Json required = Json::array();
  for (const auto& [key, value] : properties.items()) required.push_back(key);
  return Json{{"type", "object"},
              {"required", required},
              {"additionalProperties", false},
              {"properties", std::move(properties)}};
}

// A key that is not always there.
void optional(Json& schema, const char* key) {
  Json& required = schema["required"];
  required.erase(std::find(required.begin(), required.end(), Json(key)));
}

Json type(const char* name) {
  return Json{{"type", name}};
}

Json nullable(const char* name) {
  return Json{{"type", Json::array({name, "null"})}};
}

Json strings() {
  return Json{{"type", "array"}, {"items", type("string")}};
}

Json by_id(Json value) {
  return Json{{"type", "object"}, {"additionalProperties", std::move(value)}};
}

Json decision() {
  Json out = object(Json{
      {"decision", Json{{"enum", Json::array({"exclude", "correct", "accept"})}}},
      {"date", Json{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}},
      {"reason", type("string")},
      {"answer", described(type("string"), "correct: the path of the corrected answer.")},
      {"was", described(type("string"), "correct: the answer as the bid wrote it.")},
      {"value", described(type("number"), "correct: the corrected value.")},
  });
  for (const char* key : {"answer", "was", "value"}) optional(out, key);
  return out;
}

Json answer() {
  return object(Json{
      {"value", described(Json{{"type", Json::array({"number", "string", "boolean", "array"})}},
                          "As read: a number, a text, true/false, or a panel of marks.")},
      {"file", type("string")},
      {"line", nullable("integer")},
      {"column", nullable("integer")},
  });
}

Json bid() {
  Json properties{
      {"rank", described(Json{{"type", Json::array({"integer", "null"})}, {"minimum", 1}},
                         "Competition rank (1, 1, 3); null unless ranked.")},
      {"id", type("string")},
      {"supplier", described(type("string"), "May be empty.")},
      {"lot", described(nullable("string"), "The bid's lot (as its lot object says), or null.")},
      {"status", Json{{"enum", Json::array({"ranked", "excluded", "invalid"})}}},
      {"total", described(nullable("number"),
                          "The figure that ranks (as grid.better says); null unless ranked.")},
      {"price", described(nullable("number"), "The purchase price, to cents; null when unknown.")},
      {"cost", described(nullable("number"), "The life-cycle cost, or the price.")},
      {"scores", described(by_id(Json{{"type", "number"}, {"minimum", 0}, {"maximum", 1}}),
                           "Score in [0, 1] by node id, in grid order.")},
      {"points", described(by_id(type("number")), "Score × effective weight × scale by node id.")},
      {"quality_points", described(nullable("number"), "Only under price_per_point.")},
      {"flags",
       described(Json{{"type", "array"},
                      {"items", Json{{"type", "string"}, {"pattern", "^abnormally_low:"}}}},
                 "abnormally_low:<test>.")},
      {"reasons", described(strings(), "Why the bid is excluded or invalid.")},
      {"warnings", strings()},
      {"decisions", described(Json{{"type", "array"}, {"items", decision()}},
                              "The committee's decisions on this bid (docs/decisions.md).")},
      {"answers", described(by_id(answer()),
                            "Every answer of the bid by dotted path, with where it is written "
                            "(a corrected answer holds the corrected value).")},
      {"evidence", described(by_id(type("string")), "The bid's evidence by answer path.")},
      {"reason_codes", described(Json{{"type", "array"}, {"items", nullable("string")}},
                                 "The catalogue id of each reason, in order; null for the "
                                 "grid's own words.")},
      {"warning_codes", described(Json{{"type", "array"}, {"items", nullable("string")}},
                                  "The catalogue id of each warning, in order.")},
      {"source", object(Json{{"file", type("string")}, {"sha256", def_ref("sha256_or_null")}})},
  };
  Json out = object(properties);
  optional(out, "quality_points");  // under price_per_point only
  optional(out, "reason_codes");    // added with the message catalogue
  optional(out, "warning_codes");
  // A ranked bid has a rank and a total; the others have neither.
  out["if"] = Json{{"properties", Json{{"status", Json{{"const", "ranked"}}}}}};
  out["then"] = Json{{"properties", Json{{"rank", type("integer")}, {"total", type("number")}}}};
  out["else"] = Json{{"properties", Json{{"rank", type("null")}, {"total", type("null")}}}};
  return out;
}

Json grid() {
  return object(Json{
      {"name", type("string")},
      {"file", described(type("string"), "built-in:NAME for a built-in grid.")},
      {"sha256", def_ref("sha256")},
      {"method", Json{{"enum", Json::array({"weighted_sum", "price_per_point", "adjusted_price",
                                            "fictitious_price"})}}},
      {"scale", type("number")},
      {"better", described(Json{{"enum", Json::array({"higher", "lower"})}}, "Which totals win.")},
      {"language", type("string")},
      {"currency", type("string")},
      {"relative_rules",
       described(type("boolean"), "A leaf uses a relative rule: rank reversal is possible.")},
      {"weights", described(by_id(type("number")),
                            "Effective share of the whole of every node, by id, in grid order.")},
  });
}

Json lot() {
  Json reference = object(Json{{"min", type("number")},
                               {"max", type("number")},
                               {"min_bid", type("string")},
                               {"max_bid", type("string")}});
  Json out = object(Json{
      {"lot", described(nullable("string"), "The lot, null for bids without one.")},
      {"references",
       described(by_id(reference), "Per criterion with a relative rule: the lot's min and max.")},
      {"bids", described(Json{{"type", "array"}, {"items", bid()}},
                         "Ranked by rank then id, then excluded, then invalid.")},
      {"name", described(nullable("string"), "Declared lots (grid lots:): the lot's name.")},
      {"weights", described(by_id(type("number")), "A declared lot's own effective weights.")},
  });
  optional(out, "name");
  optional(out, "weights");
  return out;
}

}  // namespace

std::string report_schema_json() {
  Json defs{
      {"sha256", Json{{"type", "string"}, {"pattern", "^[0-9a-f]{64}$"}}},
      {"sha256_or_null",
       Json{{"type", Json::array({"string", "null"})}, {"pattern", "^[0-9a-f]{64}$"}}},
  };
  Json aser = object(Json{{"version", type("string")},
                          {"kind", described(Json{{"const", "report"}},
                                             "Marks aser's own output: never read as a bid.")},
                          {"date", described(type("string"), "Only with --date D: D as given.")}});
  optional(aser, "date");
  Json skipped = object(Json{{"file", type("string")}, {"why", type("string")}});
  Json body = object(Json{
      {"aser", aser},
      {"grid", grid()},
      {"decisions",
       described(Json{{"oneOf", Json::array({object(Json{{"file", type("string")},
                                                         {"sha256", def_ref("sha256")}}),
                                             type("null")})}},
                 "The committee's decisions file and its SHA-256, or null without one.")},
      {"options", described(strings(), "The options that changed the result, as given.")},
      {"lots",
       described(Json{{"type", "array"}, {"items", lot()}}, "Lot null first, then by lot text.")},
      {"warnings", described(strings(), "Run-level warnings.")},
      {"warning_codes", described(Json{{"type", "array"}, {"items", nullable("string")}},
                                  "The catalogue id of each run-level warning, in order.")},
      {"skipped", described(Json{{"type", "array"}, {"items", skipped}},
                            "Files found among the bids that are not bids (a criteria.yaml), "
                            "with why.")},
  });
  optional(body, "skipped");
  optional(body, "warning_codes");
  Json root{{"$schema", schema::kDialect},
            {"title", "aser report"},
            {"description",
             "The JSON report of 'aser rank -f json' (docs/report-formats.md): keys are only "
             "ever added, never renamed or removed."}};
  for (auto& [key, value] : body.items()) root[key] = value;
  root["$defs"] = defs;
  return schema::dump(root);
}

}  // namespace aser
