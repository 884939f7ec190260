// Rules (DESIGN section 3): the name, then each rule's parameters and checks.
#include <cmath>

#include "load/fields.hpp"
#include "load/grid_parts.hpp"
#include "support/normalize.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

const std::vector<std::string>& rule_names() {
  static const std::vector<std::string> names = {"linear",        "curve",        "steps",
                                                 "scale",         "boolean",      "lowest_ratio",
                                                 "highest_ratio", "linear_range", "deviation"};
  return names;
}

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

bool is_empty(const Value& value) {
  return value.kind == Value::Kind::null ||
         (value.kind == Value::Kind::map && value.entries.empty());
}

bool read_linear(const Value& params, Rule& rule, const Sink& sink) {
  Fields fields(params, sink, "rule 'linear'", {"worst", "best"});
  if (!fields.ok()) return false;
  if (!fields.has("worst") || !fields.has("best")) {
    sink.error(params.pos, "rule 'linear' needs 'worst' and 'best'",
               "write { linear: { worst: 0, best: 10 } }");
    return false;
  }
  std::optional<double> worst = fields.number("worst");
  std::optional<double> best = fields.number("best");
  if (!worst || !best) return false;
  if (*worst == *best) {
    sink.error(
        fields.get("best")->pos,
        "'best' and 'worst' are equal (" + fmt_number(*best) + "): the rule cannot tell bids apart",
        "give two different values; best < worst means lower is better");
    return false;
  }
  rule.worst = *worst;
  rule.best = *best;
  return true;
}

bool read_curve(const Value& params, Rule& rule, const Sink& sink) {
  if (params.kind != Value::Kind::list || params.items.size() < 2) {
    sink.error(params.pos,
               "rule 'curve' expects a list of at least two [x, score] points, got " +
                   (params.kind == Value::Kind::list ? std::string("one point") : describe(params)),
               "write { curve: [[0, 0], [30, 0.6], [60, 1]] }");
    return false;
  }
  bool ok = true;
  for (const Value& point : params.items) {
    if (point.kind != Value::Kind::list || point.items.size() != 2) {
      sink.error(point.pos, "a curve point expects [x, score], got " + describe(point),
                 "write [30, 0.6]");
      ok = false;
      continue;
    }
    std::optional<double> x = expect_number(point.items[0], "x", sink);
    std::optional<double> score = read_score(point.items[1], "score", sink);
    if (!x || !score) {
      ok = false;
      continue;
    }
    if (!rule.points.empty() && *x <= rule.points.back().first) {
      sink.error(point.items[0].pos,
                 "the x values of a curve must increase: " + fmt_number(*x) + " comes after " +
                     fmt_number(rule.points.back().first),
                 "list the points from the lowest x to the highest");
      ok = false;
    }
    rule.points.emplace_back(*x, *score);
  }
  return ok;
}

bool read_steps(const Value& params, Rule& rule, const Sink& sink) {
  if (params.kind != Value::Kind::list || params.items.empty()) {
    sink.error(params.pos, "rule 'steps' expects a list of steps, got " + describe(params),
               "write { steps: [ { at_least: 6, score: 1 }, { at_least: 3, score: 0.5 } ] }");
    return false;
  }
  bool ok = true;
  for (const Value& item : params.items) {
    Fields fields(item, sink, "a step", {"at_least", "at_most", "score"});
    if (!fields.ok()) {
      ok = false;
      continue;
    }
    if (fields.has("at_least") == fields.has("at_most")) {
      sink.error(item.pos, "a step needs one of 'at_least' and 'at_most'",
                 "write { at_least: 6, score: 1 }");
      ok = false;
      continue;
    }
    if (!fields.has("score")) {
      sink.error(item.pos, "a step needs a 'score'", "write { at_least: 6, score: 1 }");
      ok = false;
      continue;
    }
    Step step;
    step.at_least = fields.has("at_least");
    std::optional<double> bound = fields.number(step.at_least ? "at_least" : "at_most");
    std::optional<double> score = read_score(*fields.get("score"), "score", sink);
    if (!bound || !score) {
      ok = false;
      continue;
    }
    step.bound = *bound;
    step.score = *score;
    rule.steps.push_back(step);
  }
  return ok;
}

bool read_scale(const Value& params, Rule& rule, const Sink& sink) {
  if (params.kind != Value::Kind::map || params.entries.empty()) {
    sink.error(params.pos, "rule 'scale' expects labels with their scores, got " + describe(params),
               "write { scale: { \"EU Ecolabel\": 1, none: 0 } }");
    return false;
  }
  bool ok = true;
  for (const MapEntry& entry : params.entries) {
    std::optional<double> score = read_score(entry.value, entry.key, sink);
    if (!score) {
      ok = false;
      continue;
    }
    // Labels match after normalisation (NFC, case, apostrophes, spaces):
    // two that then read the same cannot be told apart.
    for (const auto& [label, other] : rule.labels)
      if (normalize_label(label) == normalize_label(entry.key)) {
        sink.error(entry.key_pos,
                   "the labels '" + label + "' and '" + entry.key +
                       "' of one rule are the same label once case, accents' composition, "
                       "apostrophes and spaces are set aside",
                   "keep one of them");
        ok = false;
      }
    rule.labels.emplace_back(entry.key, *score);
  }
  return ok;
}

bool read_boolean(const Value& params, Rule& rule, const Sink& sink) {
  if (params.kind == Value::Kind::null) return true;
  Fields fields(params, sink, "rule 'boolean'", {"yes", "no"});
  if (!fields.ok()) return false;
  bool ok = true;
  if (const Value* yes = fields.get("yes")) {
    std::optional<double> score = read_score(*yes, "yes", sink);
    ok = ok && score;
    if (score) rule.yes = *score;
  }
  if (const Value* no = fields.get("no")) {
    std::optional<double> score = read_score(*no, "no", sink);
    ok = ok && score;
    if (score) rule.no = *score;
  }
  return ok;
}

bool read_deviation(const Value& params, Rule& rule, const Sink& sink) {
  if (params.kind == Value::Kind::null) return true;
  Fields fields(params, sink, "rule 'deviation'", {"zero_at"});
  if (!fields.ok()) return false;
  if (!fields.has("zero_at")) return true;
  std::optional<double> zero_at = fields.number("zero_at");
  if (!zero_at) return false;
  if (*zero_at <= 1) {
    sink.error(fields.get("zero_at")->pos, "'zero_at' must be above 1, got " + fmt_number(*zero_at),
               "zero_at: 2 gives 0 points at twice the lowest value");
    return false;
  }
  rule.zero_at = *zero_at;
  return true;
}

}  // namespace

std::optional<double> read_score(const Value& value, const std::string& name, const Sink& sink) {
  std::optional<double> score = expect_number(value, name, sink);
  if (!score) return std::nullopt;
  if (*score < 0 || *score > 1) {
    sink.error(value.pos, "the score '" + name + "' must be between 0 and 1, got " + value.text,
               "no rule may give a score outside [0, 1]");
    return std::nullopt;
  }
  return score;
}

std::optional<Rule> read_rule(const Value& value, const Sink& sink) {
  std::string name;
  const Value* params = nullptr;
  static const Value none;
  Position name_pos = value.pos;
  if (value.kind == Value::Kind::string) {
    name = value.text;
    params = &none;
  } else if (value.kind == Value::Kind::map && value.entries.size() == 1) {
    name = value.entries[0].key;
    name_pos = value.entries[0].key_pos;
    params = &value.entries[0].value;
  } else {
    sink.error(value.pos, "'rule' expects one rule, got " + describe(value),
               "write { linear: { worst: 0, best: 10 } }; the rules are " + join_or(rule_names()));
    return std::nullopt;
  }
  Rule rule;
  bool ok = false;
  if (name == "linear") {
    rule.kind = RuleKind::linear;
    ok = read_linear(*params, rule, sink);
  } else if (name == "curve") {
    rule.kind = RuleKind::curve;
    ok = read_curve(*params, rule, sink);
  } else if (name == "steps") {
    rule.kind = RuleKind::steps;
    ok = read_steps(*params, rule, sink);
  } else if (name == "scale") {
    rule.kind = RuleKind::scale;
    ok = read_scale(*params, rule, sink);
  } else if (name == "boolean") {
    rule.kind = RuleKind::boolean;
    ok = read_boolean(*params, rule, sink);
  } else if (name == "deviation") {
    rule.kind = RuleKind::deviation;
    ok = read_deviation(*params, rule, sink);
  } else if (name == "lowest_ratio" || name == "highest_ratio" || name == "linear_range") {
    rule.kind = name == "lowest_ratio"    ? RuleKind::lowest_ratio
                : name == "highest_ratio" ? RuleKind::highest_ratio
                                          : RuleKind::linear_range;
    ok = is_empty(*params);
    if (!ok)
      sink.error(params->pos, "rule '" + name + "' takes no parameters, got " + describe(*params),
                 "write { " + name + ": {} }");
  } else {
    std::string hint = did_you_mean(name, rule_names());
    if (hint.empty()) hint = "the rules are " + join_or(rule_names());
    sink.error(name_pos, "unknown rule '" + name + "'", hint);
  }
  if (!ok) return std::nullopt;
  return rule;
}

}  // namespace aser
