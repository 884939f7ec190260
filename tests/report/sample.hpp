// A small grid and a hand-made evaluation for the report tests: three ranked
// bids (one supplier with accents, one in Japanese), one excluded, one
// invalid; figures chosen by hand so that every total adds up.
#pragma once

#include <string>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/report.hpp"

namespace aser::test {

inline Criterion leaf(std::string id, std::string label, double weight, RuleKind kind) {
  Criterion c;
  c.id = std::move(id);
  c.label = std::move(label);
  c.weight = weight;
  c.rule.kind = kind;
  return c;
}

inline Criterion group(std::string id, std::string label, double weight,
                       std::vector<Criterion> children) {
  Criterion c;
  c.id = std::move(id);
  c.label = std::move(label);
  c.weight = weight;
  c.group = true;
  c.children = std::move(children);
  return c;
}

/// price 40 (lowest_ratio), social 30 {insertion 2, disability 1},
/// environment 30 {emissions 1, label 1}.
inline Grid sample_grid(const std::string& language = "fr") {
  Grid g;
  g.name = "Nettoyage des locaux — grille ASER";
  g.language = language;
  g.currency = "EUR";
  g.scale = 100;
  g.file = "criteria.yaml";
  g.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  g.criteria.push_back(leaf("price", "Prix", 40, RuleKind::lowest_ratio));
  g.criteria.push_back(group("social", "Social", 30,
                             {leaf("insertion", "Insertion", 2, RuleKind::linear),
                              leaf("disability", "Handicap", 1, RuleKind::steps)}));
  g.criteria.push_back(group("environment", "Environnement", 30,
                             {leaf("emissions", "Émissions", 1, RuleKind::linear),
                              leaf("label", "Écolabel", 1, RuleKind::scale)}));
  g.abnormally_low.below_mean_of_others_pct = 20;
  return g;
}

inline BidResult ranked(std::string id, std::string supplier, int rank, double total,
                        double price) {
  BidResult b;
  b.id = std::move(id);
  b.supplier = std::move(supplier);
  b.status = Status::ranked;
  b.rank = rank;
  b.total = total;
  b.price = price;
  b.cost = price;
  b.file = "bids/" + b.id + ".yaml";
  b.sha256 = std::string(64, 'a');
  return b;
}

/// Effective weights: price .4, social .3 (insertion .2, disability .1),
/// environment .3 (emissions .15, label .15).
inline Evaluation sample_evaluation() {
  Evaluation e;
  e.better = Better::higher;
  e.weights = {{"price", 0.4},       {"social", 0.3},     {"insertion", 0.2}, {"disability", 0.1},
               {"environment", 0.3}, {"emissions", 0.15}, {"label", 0.15}};
  LotResult lot;

  // price .93 × 40 = 37.2; social (2 × .85 + .4) / 3 = .7 → 21 (insertion 17,
  // disability 4); environment (.62 + 1) / 2 = .81 → 24.3 (emissions 9.3,
  // label 15); total 37.2 + 21 + 24.3 = 82.5.
  BidResult a = ranked("B-014", "Atelier Solidaire du Sud", 1, 82.5, 118500);
  a.scores = {{"price", 0.93},       {"social", 0.7},     {"insertion", 0.85}, {"disability", 0.4},
              {"environment", 0.81}, {"emissions", 0.62}, {"label", 1}};
  a.points = {{"price", 37.2},       {"social", 21},     {"insertion", 17}, {"disability", 4},
              {"environment", 24.3}, {"emissions", 9.3}, {"label", 15}};
  lot.bids.push_back(a);

  // price 1 → 40; social .5 → 15; environment .775 → 23.25; total 78.25.
  BidResult b = ranked("B-007", "Nettoyage Éco-Propreté", 2, 78.25, 95000);
  b.scores = {{"price", 1}, {"social", 0.5}, {"environment", 0.775}};
  b.points = {{"price", 40}, {"social", 15}, {"environment", 23.25}};
  b.flags = {"abnormally_low:below_mean_of_others_pct"};
  lot.bids.push_back(b);

  // price .724 → 28.96; social .4055 → 12.165; environment 2/3 → 20;
  // total 61.125, shown 61,13 (half away from zero).
  BidResult c = ranked("B-021", "東京クリーン株式会社", 3, 61.125, 131250.5);
  c.scores = {{"price", 0.724}, {"social", 0.4055}, {"environment", 2.0 / 3}};
  c.points = {{"price", 28.96}, {"social", 12.165}, {"environment", 20}};
  c.warnings = {"missing answer 'environment.ecolabel': scored 0"};
  lot.bids.push_back(c);

  BidResult x;
  x.id = "B-003";
  x.supplier = "Propreté & Fils, \"Le Bon\"";
  x.status = Status::excluded;
  x.price = 99000;
  x.cost = 99000;
  x.reasons = {"Clause sociale — 5 % d'heures d'insertion au minimum"};
  x.file = "bids/B-003.yaml";
  x.sha256 = std::string(64, 'b');
  lot.bids.push_back(x);

  BidResult y;
  y.id = "B-009";
  y.status = Status::invalid;
  y.reasons = {
      "bids/B-009.yaml:3:8: error: 'price' expects a number, got 'cent mille'\n"
      "  price: cent mille\n"
      "         ^"};
  y.file = "bids/B-009.yaml";
  lot.bids.push_back(y);

  e.lots.push_back(lot);
  e.warnings = {"B-014 and B-021 share no answer 'social.insertion_hour_pct'"};
  return e;
}

inline ReportOptions sample_options() {
  ReportOptions o;
  o.version = "0.1.0";
  return o;
}

}  // namespace aser::test
