// The JSON Schema of a grid file. src/load/grid_*.cpp is the truth: every key
// it reads is here, and no other (it refuses unknown keys, hence
// additionalProperties: false everywhere). What a schema cannot say (unique
// ids, best != worst, weights by method, ids that requirements name) stays
// with the loader and `aser validate`. Descriptions follow docs/grid-format.md,
// so that editors show them as help.
#include "publish/schema.hpp"
#include "publish/schema_parts.hpp"

namespace aser {
namespace {

using schema::def_ref;
using schema::described;
using schema::Json;

Json object(Json properties, Json required = Json::array()) {
  Json out{{"type", "object"}};
  if (!required.empty()) out["required"] = std::move(required);
  out["additionalProperties"] = false;
  out["properties"] = std::move(properties);
  return out;
}

Json number() {
  return Json{{"type", "number"}};
}

Json choice(std::initializer_list<const char*> names) {
  Json out{{"enum", Json::array()}};
  for (const char* name : names) out["enum"].push_back(name);
  return out;
}

// `rule: { name: params }`: one key, the rule's name.
Json rule_form(const char* name, Json params, const std::string& description) {
  return described(object(Json{{name, std::move(params)}}, Json::array({name})), description);
}

// The loader reads `{}` and an empty value alike for rules without parameters.
Json no_parameters() {
  return Json{{"anyOf", Json::array({Json{{"type", "null"}},
                                     Json{{"type", "object"}, {"maxProperties", 0}}})}};
}

Json rule_defs(Json& defs) {
  defs["score"] = described(Json{{"type", "number"}, {"minimum", 0}, {"maximum", 1}},
                            "A score in [0, 1]: no rule may give a score outside it.");
  Json linear = object(
      Json{{"worst", described(number(), "The value that scores 0.")},
           {"best", described(number(), "The value that scores 1; below worst: lower is better.")}},
      Json::array({"worst", "best"}));
  Json point{{"type", "array"},
             {"prefixItems", Json::array({described(number(), "x"), def_ref("score")})},
             {"items", false},
             {"minItems", 2}};
  Json curve{{"type", "array"}, {"minItems", 2}, {"items", point}};
  Json step_at_least =
      object(Json{{"at_least", described(number(), "The step holds when the answer >= this.")},
                  {"score", def_ref("score")}},
             Json::array({"at_least", "score"}));
  Json step_at_most =
      object(Json{{"at_most", described(number(), "The step holds when the answer <= this.")},
                  {"score", def_ref("score")}},
             Json::array({"at_most", "score"}));
  Json steps{{"type", "array"},
             {"minItems", 1},
             {"items", Json{{"oneOf", Json::array({step_at_least, step_at_most})}}}};
  Json scale{{"type", "object"}, {"minProperties", 1}, {"additionalProperties", def_ref("score")}};
  Json boolean{
      {"anyOf",
       Json::array(
           {Json{{"type", "null"}},
            object(
                Json{{"yes", described(def_ref("score"), "The score of true (default 1).")},
                     {"no", described(def_ref("score"), "The score of false (default 0).")}})})}};
  Json deviation{
      {"anyOf",
       Json::array(
           {Json{{"type", "null"}},
            object(Json{{"zero_at", described(Json{{"type", "number"}, {"exclusiveMinimum", 1}},
                                              "k > 1: 0 points at k times the lowest value "
                                              "(default 2).")}})})}};

  Json forms = Json::array();
  forms.push_back(
      described(choice({"boolean", "deviation", "lowest_ratio", "highest_ratio", "linear_range"}),
                "A rule without parameters, by name."));
  forms.push_back(rule_form("linear", linear, "clamp((x - worst) / (best - worst), 0, 1)."));
  forms.push_back(rule_form("curve", curve,
                            "Piecewise-linear through [x, score] points, x increasing; flat "
                            "beyond the ends."));
  forms.push_back(rule_form("steps", steps,
                            "The score of the first step that holds, else 0: "
                            "[{ at_least: 6, score: 1 }, { at_least: 3, score: 0.5 }]."));
  forms.push_back(rule_form("scale", scale,
                            "A score per label; the bid's answer must be one of the labels "
                            "(matched exactly)."));
  forms.push_back(rule_form("boolean", boolean, "For true/false answers."));
  forms.push_back(rule_form("lowest_ratio", no_parameters(),
                            "min(x over the bids of the lot) / x: lower is better (relative)."));
  forms.push_back(rule_form("highest_ratio", no_parameters(),
                            "x / max(x over the bids of the lot) (relative)."));
  forms.push_back(rule_form("linear_range", no_parameters(),
                            "(max - x) / (max - min) over the bids of the lot (relative)."));
  forms.push_back(rule_form("deviation", deviation,
                            "max(0, 1 - (x - min) / (min x (k - 1))): 1 at the lowest, 0 at k "
                            "times the lowest (relative)."));
  return described(Json{{"oneOf", forms}}, "How the answer becomes a score in [0, 1].");
}

// The keys groups and criteria share.
Json node_properties() {
  return Json{
      {"id", def_ref("id")},
      {"label", described(def_ref("text"), "Shown in reports (default: the id).")},
      {"description", described(def_ref("text"), "Free text.")},
      {"theme", described(choice({"price", "quality", "social", "environment"}),
                          "Inherited by the children; the top-level 'price' defaults to price.")},
      {"scope",
       described(choice({"contract", "company"}),
                 "contract (default), or company: a company-wide attribute such as a CSR rating.")},
      {"weight", described(number(),
                           "Relative to the siblings (> 0); under adjusted_price a coefficient "
                           "in [0, 0.3]; under fictitious_price the money a full score is "
                           "worth (default 1).")},
  };
}

Json node_defs(Json& defs) {
  Json group = node_properties();
  group["criteria"] = def_ref("criteria");
  defs["group"] = described(object(group, Json::array({"id", "criteria"})),
                            "A group: its score is the weighted mean of its children's.");
  Json criterion = node_properties();
  criterion["answer"] = described(def_ref("path"),
                                  "The dotted path of the answer in the bid "
                                  "(environment.co2e_kg), or cost when the grid has a cost "
                                  "section.");
  criterion["rule"] = def_ref("rule");
  criterion["missing"] =
      described(choice({"zero", "exclude", "error"}),
                "A missing answer: zero (default; score 0 and a warning), exclude the bid, or "
                "error (the bid is invalid). On the top-level criterion price: exclude (default "
                "there) or error only: a bid without a price is never ranked.");
  criterion["valid"] = described(
      object(Json{{"min", described(number(), "The lowest plausible answer (inclusive).")},
                  {"max", described(number(), "The highest plausible answer (inclusive).")}}),
      "The plausible answers: outside them the bid is invalid, with the bounds in the message. "
      "unit: % implies min 0 and max 100 unless valid says otherwise.");
  criterion["panel"] = described(choice({"mean", "median", "min", "max"}),
                                 "How a list of evaluators' marks is reduced (default mean).");
  criterion["unit"] = described(def_ref("text"), "%, kg CO2e, €… for reports and forms.");
  criterion["evidence"] = described(def_ref("text"), "The proof a bidder must give.");
  defs["criterion"] = described(object(criterion, Json::array({"id", "answer", "rule"})),
                                "A criterion: reads one answer of a bid and scores it in [0, 1].");
  defs["node"] = Json{{"oneOf", Json::array({def_ref("group"), def_ref("criterion")})}};
  return described(Json{{"type", "array"}, {"minItems", 1}, {"items", def_ref("node")}},
                   "Groups (with criteria of their own) and criteria (with answer and rule).");
}

Json requirement() {
  Json properties{
      {"answer", described(def_ref("path"), "A dotted path in the bid, or cost.")},
      {"group",
       described(def_ref("id"), "The id of a group or criterion: a minimum on its score.")},
      {"at_least", described(number(), "Inclusive lower limit.")},
      {"at_most", described(number(), "Inclusive upper limit.")},
      {"equals", described(Json{{"type", Json::array({"number", "string", "boolean"})}},
                           "The answer must equal this label, number or boolean.")},
      {"reason", described(def_ref("text"), "Shown to the excluded bidder.")},
  };
  Json out = object(properties);
  // Exactly one of answer and group; on a group, limits are scores and no `equals`.
  out["oneOf"] = Json::array({Json{{"required", Json::array({"answer"})}},
                              Json{{"required", Json::array({"group"})},
                                   {"properties", Json{{"at_least", def_ref("score")},
                                                       {"at_most", def_ref("score")},
                                                       {"equals", false}}}}});
  out["anyOf"] = Json::array({Json{{"required", Json::array({"at_least"})}},
                              Json{{"required", Json::array({"at_most"})}},
                              Json{{"required", Json::array({"equals"})}}});
  return described(out, "A knock-out rule: a bid that fails it is excluded, with the reason.");
}

Json cost() {
  Json yearly = object(Json{{"answer", def_ref("path")},
                            {"unit_cost", described(number(), "Cost per unit of the answer.")}},
                       Json::array({"answer", "unit_cost"}));
  Json purchase = def_ref("path");
  purchase["not"] = Json{{"const", "cost"}};
  return described(
      object(Json{
          {"purchase", described(purchase, "The path of the purchase price (default price).")},
          {"years", described(Json{{"type", "integer"}, {"minimum", 1}, {"maximum", 1000000}},
                              "Whole years (default 1).")},
          {"discount_rate",
           described(Json{{"type", "number"}, {"minimum", 0}}, "0.04 is 4 % a year (default 0).")},
          {"yearly", described(Json{{"type", "array"}, {"items", yearly}},
                               "Per-year quantities times unit costs.")}}),
      "Life-cycle cost (directive 2014/24/EU art. 68): purchase + the discounted yearly costs.");
}

Json checks() {
  Json percent{{"type", "number"}, {"exclusiveMinimum", 0}, {"exclusiveMaximum", 100}};
  Json positive{{"type", "number"}, {"exclusiveMinimum", 0}};
  Json two_pass = object(Json{{"drop_above", positive}, {"below", positive}},
                         Json::array({"drop_above", "below"}));
  Json low = object(
      Json{{"below_mean_of_others_pct",
            described(percent, "Flag below (1 - p/100) x the mean of the others.")},
           {"below_mean_minus_sd", described(positive, "Flag below mean - k standard deviations.")},
           {"two_pass_mean",
            described(two_pass, "Flag below b x M2, M2 the mean of the bids <= a x M1.")},
           {"below_second_lowest_pct",
            described(percent, "Flag the lowest bid below (1 - p/100) x the next lowest.")},
           {"below_estimate_pct", described(percent, "Flag below (1 - p/100) x the estimate.")},
           {"estimate", described(positive, "The buyer's estimate of the price.")}});
  low["dependentRequired"] = Json{{"below_estimate_pct", Json::array({"estimate"})}};
  return described(object(Json{{"abnormally_low", described(low, "Flags, never exclusions.")}}),
                   "Abnormally-low price tests; they need a top-level criterion price.");
}

Json method() {
  Json names = choice({"weighted_sum", "price_per_point", "adjusted_price", "fictitious_price"});
  Json adjusted{
      {"anyOf",
       Json::array({Json{{"type", "null"}},
                    object(Json{{"max_total", described(Json{{"type", "number"},
                                                             {"exclusiveMinimum", 0},
                                                             {"exclusiveMaximum", 1}},
                                                        "The cap on the sum of the coefficients "
                                                        "(default 0.3).")}})})}};
  Json with_parameters = object(Json{{"weighted_sum", no_parameters()},
                                     {"price_per_point", no_parameters()},
                                     {"adjusted_price", adjusted},
                                     {"fictitious_price", no_parameters()}});
  with_parameters["minProperties"] = 1;
  with_parameters["maxProperties"] = 1;
  return described(Json{{"oneOf", Json::array({names, with_parameters})}},
                   "How price and quality combine (default weighted_sum).");
}

// `lots:` (src/load/grid_lots.cpp).
Json lots() {
  Json weights{{"type", "object"},
               {"propertyNames", Json{{"pattern", "^[a-z0-9_]+$"}}},
               {"additionalProperties", number()}};
  Json lot = object(
      Json{{"id",
            described(def_ref("text"), "What bids write as 'lot' (text; id: 1 is \"1\"), unique.")},
           {"name", described(def_ref("text"), "Shown in reports, forms and starter bids.")},
           {"estimate", described(Json{{"type", "number"}, {"exclusiveMinimum", 0}},
                                  "The buyer's estimate of this lot's price, for the "
                                  "below_estimate_pct test (replaces the grid's).")},
           {"weights", described(weights,
                                 "Raw weights by criterion or group id that replace the grid's "
                                 "in this lot (relative to the siblings, as 'weight').")}},
      Json::array({"id"}));
  return described(Json{{"type", "array"}, {"minItems", 1}, {"items", lot}},
                   "The lots of the tender: with lots declared, every bid names one of them "
                   "by its id, and a bid naming another is invalid.");
}

}  // namespace

std::string grid_schema_json() {
  Json defs = Json::object();
  // Texts: the loader reads a number where a text goes as written (name: 2024).
  defs["text"] = Json{{"type", Json::array({"string", "number"})}};
  defs["id"] = described(Json{{"type", Json::array({"string", "integer"})},
                              {"pattern", "^[a-z0-9_]+$"},
                              {"minimum", 0}},
                         "Lower-case letters, digits and _, unique across the grid.");
  defs["path"] = described(
      Json{{"type", Json::array({"string", "number"})}, {"pattern", "^[^.]+(\\.[^.]+)*$"}},
      "A dotted answer path: non-empty parts separated by dots.");
  Json criteria = node_defs(defs);
  defs["criteria"] = criteria;
  defs["rule"] = rule_defs(defs);

  Json properties{
      {"format", described(Json{{"const", 1}}, "The version of the grid format: 1.")},
      {"name", described(def_ref("text"), "Shown in every report.")},
      {"description", described(def_ref("text"), "Free text.")},
      {"language", described(choice({"fr", "en"}),
                             "Labels, number and money formats of reports (default en).")},
      {"currency", described(def_ref("text"), "An ISO 4217 code such as EUR (default EUR).")},
      {"scale", described(Json{{"type", "number"}, {"exclusiveMinimum", 0}},
                          "Total points, such as 100 or 20 (default 100).")},
      {"method", method()},
      {"context",
       described(choice({"public", "private"}),
                 "public (default) or private: the linter's legal checks depend on it.")},
      {"criteria", def_ref("criteria")},
      {"requirements", described(Json{{"type", "array"}, {"items", requirement()}},
                                 "Knock-out rules on answers or on scores.")},
      {"cost", cost()},
      {"checks", checks()},
      {"lots", lots()},
      {"tie_break",
       described(Json{{"anyOf", Json::array({def_ref("text"), Json{{"type", "array"},
                                                                   {"items", def_ref("text")}}})}},
                 "After equal totals: price, cost (lower first), id, supplier, or a group or "
                 "criterion id (higher score first).")},
  };
  Json root{{"$schema", schema::kDialect},
            {"title", "aser grid"},
            {"description",
             "A grid of criteria for aser (docs/grid-format.md): the weighting a buyer "
             "publishes with a tender."}};
  Json body = object(properties, Json::array({"format", "criteria"}));
  for (auto& [key, value] : body.items()) root[key] = value;
  root["$defs"] = defs;
  return schema::dump(root);
}

}  // namespace aser
