// Grids built by hand for the lint tests: each test changes one thing of a
// clean public grid (fixed-bounds price, an environment group, no label).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/grid.hpp"

namespace aser::test {

inline Criterion leaf(std::string id, double weight, std::string answer, Rule rule, int line = 0) {
  Criterion c;
  c.id = std::move(id);
  c.weight = weight;
  c.answer = std::move(answer);
  c.rule = std::move(rule);
  c.pos = {line, 5};
  return c;
}

inline Criterion group(std::string id, double weight, std::string theme,
                       std::vector<Criterion> children, int line = 0) {
  Criterion c;
  c.id = std::move(id);
  c.weight = weight;
  c.theme = theme;
  c.group = true;
  for (Criterion& child : children)
    if (child.theme.empty()) child.theme = theme;
  c.children = std::move(children);
  c.pos = {line, 5};
  return c;
}

inline Rule linear(double worst, double best) {
  Rule r;
  r.kind = RuleKind::linear;
  r.worst = worst;
  r.best = best;
  return r;
}

inline Rule relative(RuleKind kind) {
  Rule r;
  r.kind = kind;
  return r;
}

inline Rule scale(std::vector<std::pair<std::string, double>> labels) {
  Rule r;
  r.kind = RuleKind::scale;
  r.labels = std::move(labels);
  return r;
}

inline Rule boolean() {
  Rule r;
  r.kind = RuleKind::boolean;
  return r;
}

/// A public grid that no check warns about: price on fixed bounds (40),
/// social (30) and environment (30) groups, no named label.
inline Grid clean_grid() {
  Grid g;
  g.name = "clean";
  g.file = "clean.yaml";
  Criterion price = leaf("price", 40, "price", linear(200000, 100000), 10);
  price.theme = "price";
  g.criteria.push_back(price);
  g.criteria.push_back(group("social", 30, "social",
                             {leaf("insertion", 1, "social.insertion_pct", linear(0, 10), 20)},
                             18));
  g.criteria.push_back(group("environment", 30, "environment",
                             {leaf("co2", 1, "environment.co2_kg", linear(5000, 0), 30),
                              leaf("waste", 1, "environment.waste_plan",
                                   scale({{"5 streams", 1}, {"sorting", 0.5}, {"none", 0}}), 34)},
                             28));
  return g;
}

}  // namespace aser::test
