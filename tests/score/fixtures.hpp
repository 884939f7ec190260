// Terse builders for grids and bids in the score tests: the scorer takes
// loaded structs, so the tests build them directly, no YAML involved.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"

namespace fx {

using namespace aser;

// Rules.
inline Rule linear(double worst, double best) {
  Rule r;
  r.kind = RuleKind::linear;
  r.worst = worst;
  r.best = best;
  return r;
}
inline Rule curve(std::vector<std::pair<double, double>> points) {
  Rule r;
  r.kind = RuleKind::curve;
  r.points = std::move(points);
  return r;
}
/// Steps as {at_least?, bound, score}.
inline Rule steps(std::vector<Step> list) {
  Rule r;
  r.kind = RuleKind::steps;
  r.steps = std::move(list);
  return r;
}
inline Step at_least(double bound, double score) {
  return Step{true, bound, score};
}
inline Step at_most(double bound, double score) {
  return Step{false, bound, score};
}
inline Rule scale(std::vector<std::pair<std::string, double>> labels) {
  Rule r;
  r.kind = RuleKind::scale;
  r.labels = std::move(labels);
  return r;
}
inline Rule boolean(double yes = 1, double no = 0) {
  Rule r;
  r.kind = RuleKind::boolean;
  r.yes = yes;
  r.no = no;
  return r;
}
inline Rule of_kind(RuleKind kind) {
  Rule r;
  r.kind = kind;
  return r;
}
inline Rule lowest_ratio() {
  return of_kind(RuleKind::lowest_ratio);
}
inline Rule highest_ratio() {
  return of_kind(RuleKind::highest_ratio);
}
inline Rule linear_range() {
  return of_kind(RuleKind::linear_range);
}
inline Rule deviation(double zero_at) {
  Rule r = of_kind(RuleKind::deviation);
  r.zero_at = zero_at;
  return r;
}

// Grid nodes.
inline Criterion leaf(const std::string& id, double weight, const std::string& answer, Rule rule,
                      Missing missing = Missing::zero, Panel panel = Panel::mean) {
  Criterion c;
  c.id = id;
  c.weight = weight;
  c.answer = answer;
  c.rule = std::move(rule);
  c.missing = missing;
  c.panel = panel;
  return c;
}
inline Criterion group(const std::string& id, double weight, std::vector<Criterion> children) {
  Criterion c;
  c.id = id;
  c.weight = weight;
  c.group = true;
  c.children = std::move(children);
  return c;
}
inline Grid grid(std::vector<Criterion> criteria, Method method = Method::weighted_sum,
                 double scale = 100) {
  Grid g;
  g.name = "test";
  g.criteria = std::move(criteria);
  g.method.kind = method;
  g.scale = scale;
  return g;
}

// Requirements.
inline Requirement answer_at_least(const std::string& path, double v, std::string reason = "") {
  Requirement r;
  r.answer = path;
  r.at_least = v;
  r.reason = std::move(reason);
  return r;
}
inline Requirement answer_at_most(const std::string& path, double v) {
  Requirement r;
  r.answer = path;
  r.at_most = v;
  return r;
}
inline Requirement answer_equals(const std::string& path, Literal literal) {
  Requirement r;
  r.answer = path;
  r.equals = std::move(literal);
  return r;
}
inline Literal lit_text(const std::string& text) {
  Literal l;
  l.kind = Literal::Kind::text;
  l.text = text;
  return l;
}
inline Literal lit_bool(bool b) {
  Literal l;
  l.kind = Literal::Kind::boolean;
  l.boolean = b;
  return l;
}
inline Literal lit_number(double n) {
  Literal l;
  l.number = n;
  return l;
}
inline Requirement score_at_least(const std::string& id, double v, std::string reason = "") {
  Requirement r;
  r.group = id;
  r.at_least = v;
  r.reason = std::move(reason);
  return r;
}
inline Requirement score_at_most(const std::string& id, double v) {
  Requirement r;
  r.group = id;
  r.at_most = v;
  return r;
}

// Answers and bids.
inline Answer num(double x) {
  Answer a;
  a.kind = Answer::Kind::number;
  a.number = x;
  return a;
}
inline Answer text(const std::string& t) {
  Answer a;
  a.kind = Answer::Kind::text;
  a.text = t;
  return a;
}
inline Answer yes_no(bool b) {
  Answer a;
  a.kind = Answer::Kind::boolean;
  a.boolean = b;
  return a;
}
inline Answer marks(std::vector<double> list) {
  Answer a;
  a.kind = Answer::Kind::numbers;
  a.numbers = std::move(list);
  return a;
}
inline Bid bid(const std::string& id, std::map<std::string, Answer> answers,
               std::optional<std::string> lot = std::nullopt, const std::string& supplier = "") {
  Bid b;
  b.id = id;
  b.supplier = supplier.empty() ? "Supplier " + id : supplier;
  b.lot = std::move(lot);
  for (auto& [path, answer] : answers) b.answers.emplace(path, std::move(answer));
  b.file = "bids/" + id + ".yaml";
  b.sha256 = std::string(64, '0');
  return b;
}

// Looking results up.
inline const BidResult& result(const Evaluation& e, const std::string& id) {
  for (const LotResult& lot : e.lots)
    for (const BidResult& b : lot.bids)
      if (b.id == id) return b;
  throw std::runtime_error("no bid " + id);
}
/// Ids of a lot's bids in listed order.
inline std::vector<std::string> order(const LotResult& lot) {
  std::vector<std::string> ids;
  for (const BidResult& b : lot.bids) ids.push_back(b.id);
  return ids;
}

}  // namespace fx
