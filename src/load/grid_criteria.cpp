// The criteria tree: groups (nodes with `criteria:`) and criteria (leaves with
// `answer` and `rule`), their ids, weights, themes and options.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "load/fields.hpp"
#include "load/grid_parts.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

const std::vector<std::string> kNodeKeys = {"id",     "label",    "description", "theme", "scope",
                                            "weight", "criteria", "answer",      "rule",  "missing",
                                            "panel",  "unit",     "evidence",    "valid"};
const std::vector<std::string> kLeafOnly = {"answer", "rule",     "missing", "panel",
                                            "unit",   "evidence", "valid"};

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

void read_id(const Fields& fields, Criterion& node, CriteriaContext& context, const Sink& sink) {
  const Value* value = fields.get("id");
  if (!value) {
    sink.error(fields.map().pos, "a group or criterion has no 'id'",
               "add 'id: name' (lower-case letters, digits and '_')");
    return;
  }
  std::optional<std::string> id = expect_text(*value, "id", sink);
  if (!id) return;
  if (!valid_id(*id)) {
    sink.error(value->pos, "invalid id '" + *id + "'",
               "ids use lower-case letters, digits and '_', such as 'co2_emissions'");
    return;
  }
  for (std::size_t i = 0; i < context.ids.size(); ++i) {
    if (context.ids[i] == *id) {
      sink.error(value->pos,
                 "duplicate id '" + *id + "' (first at line " +
                     std::to_string(context.id_positions[i].line) + ")",
                 "ids must be unique across the grid");
      return;
    }
  }
  node.id = *id;
  context.ids.push_back(*id);
  context.id_positions.push_back(value->pos);
}

// DESIGN section 4: weights are > 0, except under adjusted_price (coefficients
// in [0, 0.3]) and fictitious_price (money, any sign).
void read_weight(const Fields& fields, Criterion& node, bool is_price, CriteriaContext& context,
                 const Sink& sink) {
  const Value* value = fields.get("weight");
  if (!value) {
    if (context.method == Method::adjusted_price && !is_price)
      sink.error(fields.map().pos, "'" + node.id + "' has no 'weight'",
                 "under adjusted_price each weight is a coefficient between 0 and 0.3");
    if (context.method == Method::fictitious_price && !is_price && !node.group)
      sink.error(fields.map().pos, "'" + node.id + "' has no 'weight'",
                 "under fictitious_price a weight is the money a full score is worth");
    return;
  }
  std::optional<double> weight = expect_number(*value, "weight", sink);
  if (!weight) return;
  node.weight = *weight;
  if (context.method == Method::fictitious_price) return;
  if (context.method == Method::adjusted_price && !is_price) {
    if (*weight < 0 || *weight > 0.3)
      sink.error(
          value->pos,
          "under adjusted_price a weight must be between 0 and 0.3, got " + fmt_number(*weight),
          "each weight is a coefficient of the Prozorro formula");
    return;
  }
  if (*weight <= 0)
    sink.error(value->pos, "'weight' must be above 0, got " + fmt_number(*weight),
               "weights are relative among siblings; remove a criterion rather than weight it 0");
}

// `valid: {min, max}`: the plausible answers of a criterion that reads a
// number; `unit: %` implies 0 to 100 unless `valid` says otherwise.
void read_valid(const Fields& fields, Criterion& node, const Sink& sink) {
  const Value* valid = fields.get("valid");
  if (!valid) {
    if (node.unit == "%" && reads_number(node.rule.kind)) {
      node.valid_min = 0;
      node.valid_max = 100;
      node.valid_pos = fields.get("unit")->pos;
    }
    return;
  }
  Fields bounds(*valid, sink, "'valid'", {"min", "max"});
  if (!bounds.ok()) return;
  if (!bounds.has("min") && !bounds.has("max")) {
    sink.error(valid->pos, "'valid' needs 'min', 'max' or both", "write { min: 0, max: 100 }");
    return;
  }
  if (!reads_number(node.rule.kind)) {
    sink.error(valid->pos,
               "'valid' applies to a criterion that reads a number; '" + node.id + "' reads " +
                   (node.rule.kind == RuleKind::scale ? "a label" : "true or false"),
               "remove 'valid'");
    return;
  }
  node.valid_min = bounds.number("min");
  node.valid_max = bounds.number("max");
  node.valid_pos = valid->pos;
  if (node.valid_min && node.valid_max && *node.valid_min > *node.valid_max)
    sink.error(bounds.get("max")->pos, "'max' (" + fmt_number(*node.valid_max) +
                                           ") is below 'min' (" + fmt_number(*node.valid_min) +
                                           "): no answer can be valid");
}

void read_leaf(const Fields& fields, Criterion& node, CriteriaContext& context, const Sink& sink) {
  if (!fields.has("answer"))
    sink.error(fields.map().pos, "criterion '" + node.id + "' has no 'answer'",
               "add 'answer: path.in.the.bid'");
  if (!fields.has("rule"))
    sink.error(fields.map().pos, "criterion '" + node.id + "' has no 'rule'",
               "add a rule, such as 'rule: { linear: { worst: 0, best: 10 } }'");
  if (std::optional<std::string> answer = fields.text("answer")) {
    if (!valid_path(*answer))
      sink.error(fields.get("answer")->pos, "'answer' expects a dotted path, got '" + *answer + "'",
                 "write a path such as 'environment.co2e_kg'");
    else if (*answer == "cost" && !context.has_cost)
      sink.error(fields.get("answer")->pos,
                 "'" + node.id + "' reads 'cost' but the grid has no 'cost'",
                 "add a 'cost:' section, or read 'price'");
    node.answer = *answer;
  }
  if (const Value* rule = fields.get("rule"))
    if (std::optional<Rule> read = read_rule(*rule, sink)) node.rule = *read;
  if (std::optional<std::string> missing = fields.choice("missing", {"zero", "exclude", "error"}))
    node.missing = *missing == "zero"      ? Missing::zero
                   : *missing == "exclude" ? Missing::exclude
                                           : Missing::error;
  if (std::optional<std::string> panel = fields.choice("panel", {"mean", "median", "min", "max"}))
    node.panel = *panel == "mean"     ? Panel::mean
                 : *panel == "median" ? Panel::median
                 : *panel == "min"    ? Panel::min
                                      : Panel::max;
  if (std::optional<std::string> unit = fields.text("unit")) node.unit = *unit;
  if (std::optional<std::string> evidence = fields.text("evidence")) node.evidence = *evidence;
  read_valid(fields, node, sink);
}

// The price is required (DESIGN section 10): a bid without one is excluded
// (the default on the price criterion) or invalid, never scored 0 and ranked.
void read_price_missing(const Fields& fields, Criterion& node, const Sink& sink) {
  const Value* missing = fields.get("missing");
  if (!missing) {
    node.missing = Missing::exclude;
    return;
  }
  if (node.missing == Missing::zero && missing->kind == Value::Kind::string &&
      missing->text == "zero")
    sink.error(missing->pos,
               "'missing: zero' on the price criterion would rank a bid without a price",
               "a bid without a price is irregular: write 'missing: exclude' (the default) or "
               "'missing: error'");
}

// A group's children under another key than 'criteria' ('children:',
// 'subcriteria:'...): an unknown key whose value is a list of mappings with
// an id. Read as the group's children, with one error at that key, instead of
// "no 'answer'" and "no 'rule'" for what is plainly a group.
const MapEntry* misnamed_children(const Value& value) {
  if (value.kind != Value::Kind::map || value.find("criteria")) return nullptr;
  for (const MapEntry& entry : value.entries) {
    if (std::find(kNodeKeys.begin(), kNodeKeys.end(), entry.key) != kNodeKeys.end()) continue;
    const std::vector<Value>& items = entry.value.items;
    if (entry.value.kind != Value::Kind::list || items.empty()) continue;
    if (std::all_of(items.begin(), items.end(), [](const Value& item) {
          return item.kind == Value::Kind::map && item.find("id");
        }))
      return &entry;
  }
  return nullptr;
}

std::optional<Criterion> read_node(const Value& value, const std::string& inherited_theme,
                                   int depth, CriteriaContext& context, const Sink& sink) {
  const MapEntry* misnamed = misnamed_children(value);
  std::vector<std::pair<std::string, std::string>> hints;
  if (misnamed)
    hints.emplace_back(misnamed->key, "a group lists its children under 'criteria': rename '" +
                                          misnamed->key + "' to 'criteria'");
  Fields fields(value, sink, "a criterion", kNodeKeys, hints);
  if (!fields.ok()) return std::nullopt;
  Criterion node;
  node.pos = value.pos;
  node.group = fields.has("criteria") || misnamed;
  read_id(fields, node, context, sink);
  const bool is_price = depth == 0 && node.id == "price";
  if (std::optional<std::string> label = fields.text("label")) node.label = *label;
  if (std::optional<std::string> text = fields.text("description")) node.description = *text;
  node.theme = inherited_theme;
  if (is_price && node.theme.empty()) node.theme = "price";
  if (std::optional<std::string> theme =
          fields.choice("theme", {"price", "quality", "social", "environment"}))
    node.theme = *theme;
  if (std::optional<std::string> scope = fields.choice("scope", {"contract", "company"}))
    node.scope = *scope == "company" ? Scope::company : Scope::contract;
  read_weight(fields, node, is_price, context, sink);
  if (node.group) {
    for (const std::string& key : kLeafOnly)
      if (const MapEntry* entry = value.find_entry(key))
        sink.error(entry->key_pos, "group '" + node.id + "' takes no '" + key + "'",
                   "a group scores its children; '" + key + "' belongs on a criterion");
    node.children = read_criteria(misnamed ? misnamed->value : *fields.get("criteria"), node.theme,
                                  depth + 1, context, sink);
  } else {
    read_leaf(fields, node, context, sink);
    if (is_price) read_price_missing(fields, node, sink);
  }
  return node;
}

}  // namespace

bool valid_path(const std::string& path) {
  if (path.empty() || path.front() == '.' || path.back() == '.') return false;
  return path.find("..") == std::string::npos;
}

std::vector<Criterion> read_criteria(const Value& list, const std::string& inherited_theme,
                                     int depth, CriteriaContext& context, const Sink& sink) {
  std::vector<Criterion> nodes;
  if (list.kind != Value::Kind::list || list.items.empty()) {
    sink.error(list.pos,
               "'criteria' expects a list of criteria, got " +
                   (list.kind == Value::Kind::list ? std::string("an empty list") : describe(list)),
               "write '- id: name' items, each with a weight and an answer and rule");
    return nodes;
  }
  for (const Value& item : list.items)
    if (std::optional<Criterion> node = read_node(item, inherited_theme, depth, context, sink))
      nodes.push_back(std::move(*node));
  return nodes;
}

std::vector<std::string> node_ids(const Grid& grid) {
  std::vector<std::string> ids;
  for (const Criterion* node : all_nodes(grid)) ids.push_back(node->id);
  return ids;
}

}  // namespace aser
