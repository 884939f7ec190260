// The grid's sections besides criteria: method, requirements, cost, checks,
// tie_break (DESIGN sections 2, 4 and 10).
#include <cstdio>

#include "load/fields.hpp"
#include "load/grid_parts.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

const std::vector<std::string> kMethods = {"weighted_sum", "price_per_point", "adjusted_price",
                                           "fictitious_price"};

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

Method method_of(const std::string& name) {
  if (name == "price_per_point") return Method::price_per_point;
  if (name == "adjusted_price") return Method::adjusted_price;
  if (name == "fictitious_price") return Method::fictitious_price;
  return Method::weighted_sum;
}

std::optional<double> percent(const Fields& fields, const char* key, const Sink& sink) {
  std::optional<double> p = fields.number(key);
  if (p && (*p <= 0 || *p >= 100)) {
    sink.error(fields.get(key)->pos,
               "'" + std::string(key) + "' must be between 0 and 100, got " + fmt_number(*p),
               "a percentage such as 20");
    return std::nullopt;
  }
  return p;
}

std::optional<double> positive(const Fields& fields, const char* key, const Sink& sink) {
  std::optional<double> x = fields.number(key);
  if (x && *x <= 0) {
    sink.error(fields.get(key)->pos,
               "'" + std::string(key) + "' must be above 0, got " + fmt_number(*x));
    return std::nullopt;
  }
  return x;
}

std::optional<Literal> read_literal(const Value& value, const Sink& sink) {
  Literal literal;
  switch (value.kind) {
    case Value::Kind::number:
      literal.kind = Literal::Kind::number;
      literal.number = value.number;
      break;
    case Value::Kind::boolean:
      literal.kind = Literal::Kind::boolean;
      literal.boolean = value.boolean;
      break;
    case Value::Kind::string:
      literal.kind = Literal::Kind::text;
      literal.text = value.text;
      break;
    default:
      sink.error(value.pos,
                 "'equals' expects a number, a text or true/false, got " + describe(value));
      return std::nullopt;
  }
  return literal;
}

std::optional<Requirement> read_requirement(const Value& value, const Grid& grid,
                                            const Sink& sink) {
  Fields fields(value, sink, "a requirement",
                {"answer", "group", "at_least", "at_most", "equals", "reason"});
  if (!fields.ok()) return std::nullopt;
  Requirement requirement;
  requirement.pos = value.pos;
  const std::size_t errors = sink.out->size();
  if (fields.has("answer") == fields.has("group")) {
    sink.error(value.pos, "a requirement needs one of 'answer' and 'group'",
               "write 'answer: path.in.the.bid' or 'group: id'");
  } else if (fields.has("answer")) {
    if (std::optional<std::string> answer = fields.text("answer")) {
      if (!valid_path(*answer))
        sink.error(fields.get("answer")->pos,
                   "'answer' expects a dotted path, got '" + *answer + "'");
      else if (*answer == "cost" && !grid.cost)
        sink.error(fields.get("answer")->pos,
                   "this requirement reads 'cost' but the grid has no 'cost'",
                   "add a 'cost:' section, or read 'price'");
      requirement.answer = *answer;
    }
  } else if (std::optional<std::string> group = fields.text("group")) {
    if (!find_node(grid, *group)) {
      std::string hint = did_you_mean(*group, node_ids(grid));
      sink.error(fields.get("group")->pos, "unknown group '" + *group + "' in a requirement",
                 hint.empty() ? "give the id of a group or criterion of this grid" : hint);
    }
    requirement.group = *group;
  }
  requirement.at_least = fields.number("at_least");
  requirement.at_most = fields.number("at_most");
  if (const Value* equals = fields.get("equals")) {
    requirement.equals = read_literal(*equals, sink);
    if (!requirement.group.empty())
      sink.error(equals->pos, "'equals' applies to answers, not to a group's score",
                 "use at_least or at_most");
  }
  if (!fields.has("at_least") && !fields.has("at_most") && !fields.has("equals"))
    sink.error(value.pos, "a requirement needs 'at_least', 'at_most' or 'equals'",
               "write 'at_least: 5'");
  if (requirement.at_least && requirement.at_most && *requirement.at_least > *requirement.at_most)
    sink.error(fields.get("at_most")->pos, "'at_most' is below 'at_least': no bid can pass");
  if (!requirement.group.empty()) {
    const std::pair<const char*, std::optional<double>> bounds[] = {
        {"at_least", requirement.at_least}, {"at_most", requirement.at_most}};
    for (const auto& [key, bound] : bounds)
      if (bound && (*bound < 0 || *bound > 1))
        sink.error(fields.get(key)->pos,
                   "a limit on a score must be between 0 and 1, got " + fmt_number(*bound),
                   "scores are in [0, 1]: write 0.3 for 30 %");
  }
  if (std::optional<std::string> reason = fields.text("reason")) requirement.reason = *reason;
  if (sink.out->size() != errors) return std::nullopt;
  return requirement;
}

}  // namespace

MethodSpec read_method(const Value& value, const Sink& sink) {
  MethodSpec spec;
  if (value.kind == Value::Kind::string) {
    if (std::optional<std::string> name = expect_choice(value, "method", kMethods, sink))
      spec.kind = method_of(*name);
    return spec;
  }
  if (value.kind != Value::Kind::map || value.entries.size() != 1) {
    sink.error(value.pos, "'method' expects " + join_or(kMethods) + ", got " + describe(value));
    return spec;
  }
  const MapEntry& entry = value.entries[0];
  Value name;
  name.kind = Value::Kind::string;
  name.text = entry.key;
  name.pos = entry.key_pos;
  std::optional<std::string> method = expect_choice(name, "method", kMethods, sink);
  if (!method) return spec;
  spec.kind = method_of(*method);
  if (entry.value.kind == Value::Kind::null) return spec;
  if (spec.kind != Method::adjusted_price) {
    if (!(entry.value.kind == Value::Kind::map && entry.value.entries.empty()))
      sink.error(entry.value.pos, "method '" + *method + "' takes no parameters",
                 "write 'method: " + *method + "'");
    return spec;
  }
  Fields fields(entry.value, sink, "method 'adjusted_price'", {"max_total"});
  if (std::optional<double> max_total = fields.number("max_total")) {
    if (*max_total <= 0 || *max_total >= 1)
      sink.error(fields.get("max_total")->pos,
                 "'max_total' must be above 0 and below 1, got " + fmt_number(*max_total),
                 "the formula divides by 1 - max_total");
    else
      spec.max_total = *max_total;
  }
  return spec;
}

std::vector<Requirement> read_requirements(const Value& value, const Grid& grid, const Sink& sink) {
  std::vector<Requirement> requirements;
  if (value.kind != Value::Kind::list) {
    sink.error(value.pos, "'requirements' expects a list, got " + describe(value),
               "write '- answer: path' items with at_least, at_most or equals");
    return requirements;
  }
  for (const Value& item : value.items)
    if (std::optional<Requirement> requirement = read_requirement(item, grid, sink))
      requirements.push_back(std::move(*requirement));
  return requirements;
}

std::optional<CostModel> read_cost(const Value& value, const Sink& sink) {
  Fields fields(value, sink, "'cost'", {"purchase", "years", "discount_rate", "yearly"});
  if (!fields.ok()) return std::nullopt;
  CostModel cost;
  cost.pos = value.pos;
  if (std::optional<std::string> purchase = fields.text("purchase")) {
    if (!valid_path(*purchase) || *purchase == "cost")
      sink.error(fields.get("purchase")->pos,
                 "'purchase' expects the dotted path of the price, got '" + *purchase + "'");
    cost.purchase = *purchase;
  }
  if (std::optional<int> years = fields.integer("years", 1)) cost.years = *years;
  if (std::optional<double> rate = fields.number("discount_rate")) {
    if (*rate < 0)
      sink.error(fields.get("discount_rate")->pos,
                 "'discount_rate' must be 0 or more, got " + fmt_number(*rate),
                 "0.04 is 4 % a year");
    cost.discount_rate = *rate;
  }
  if (const Value* yearly = fields.get("yearly")) {
    if (yearly->kind != Value::Kind::list) {
      sink.error(yearly->pos, "'yearly' expects a list, got " + describe(*yearly),
                 "write '- { answer: operation.energy_kwh, unit_cost: 0.21 }'");
    } else {
      for (const Value& item : yearly->items) {
        Fields line(item, sink, "a yearly cost", {"answer", "unit_cost"});
        if (!line.ok()) continue;
        YearlyCost entry;
        entry.pos = item.pos;
        if (!line.has("answer") || !line.has("unit_cost")) {
          sink.error(item.pos, "a yearly cost needs 'answer' and 'unit_cost'",
                     "write '{ answer: operation.energy_kwh, unit_cost: 0.21 }'");
          continue;
        }
        std::optional<std::string> answer = line.text("answer");
        std::optional<double> unit_cost = line.number("unit_cost");
        if (answer && !valid_path(*answer))
          sink.error(line.get("answer")->pos,
                     "'answer' expects a dotted path, got '" + *answer + "'");
        if (!answer || !unit_cost) continue;
        entry.answer = *answer;
        entry.unit_cost = *unit_cost;
        cost.yearly.push_back(entry);
      }
    }
  }
  return cost;
}

AbnormallyLow read_checks(const Value& value, const Sink& sink) {
  AbnormallyLow checks;
  Fields fields(value, sink, "'checks'", {"abnormally_low"});
  const Value* low = fields.get("abnormally_low");
  if (!low) return checks;
  Fields tests(*low, sink, "'abnormally_low'",
               {"below_mean_of_others_pct", "below_mean_minus_sd", "two_pass_mean",
                "below_second_lowest_pct", "below_estimate_pct", "estimate"});
  if (!tests.ok()) return checks;
  checks.below_mean_of_others_pct = percent(tests, "below_mean_of_others_pct", sink);
  checks.below_mean_minus_sd = positive(tests, "below_mean_minus_sd", sink);
  checks.below_second_lowest_pct = percent(tests, "below_second_lowest_pct", sink);
  checks.below_estimate_pct = percent(tests, "below_estimate_pct", sink);
  checks.estimate = positive(tests, "estimate", sink);
  if (const Value* two_pass = tests.get("two_pass_mean")) {
    Fields pass(*two_pass, sink, "'two_pass_mean'", {"drop_above", "below"});
    if (pass.ok() && (!pass.has("drop_above") || !pass.has("below")))
      sink.error(two_pass->pos, "'two_pass_mean' needs 'drop_above' and 'below'",
                 "write { drop_above: 1.2, below: 0.8 }");
    checks.two_pass_drop_above = positive(pass, "drop_above", sink);
    checks.two_pass_below = positive(pass, "below", sink);
  }
  return checks;
}

std::vector<std::string> read_tie_break(const Value& value, const Grid& grid, const Sink& sink) {
  std::vector<std::string> keys;
  std::vector<const Value*> items;
  if (value.kind == Value::Kind::list) {
    for (const Value& item : value.items) items.push_back(&item);
  } else {
    items.push_back(&value);
  }
  std::vector<std::string> known = {"price", "cost", "id", "supplier"};
  for (const std::string& id : node_ids(grid)) known.push_back(id);
  for (const Value* item : items) {
    std::optional<std::string> key = expect_text(*item, "tie_break", sink);
    if (!key) continue;
    bool found = false;
    for (const std::string& k : known) found = found || k == *key;
    if (!found) {
      std::string hint = did_you_mean(*key, known);
      sink.error(item->pos, "unknown tie-break key '" + *key + "'",
                 hint.empty() ? "use price, cost, id, supplier or a criterion or group id" : hint);
      continue;
    }
    if ((*key == "price" || *key == "cost") && !price_criterion(grid) && !grid.cost)
      sink.error(item->pos, "tie-break key '" + *key + "' but the grid has no criterion 'price'",
                 "add a top-level criterion 'price', or break ties by id");
    keys.push_back(*key);
  }
  return keys;
}

}  // namespace aser
