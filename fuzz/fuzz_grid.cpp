// Fuzz target: a grid file's bytes -> load_grid. A grid that loads is
// consistent (ids unique, weights finite, rule scores in [0, 1]); one that
// does not says why.
#include <cmath>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.hpp"
#include "load/grid_loader.hpp"
#include "score/evaluate.hpp"

using namespace aser;

namespace {

bool unit(double x) {
  return x >= 0 && x <= 1;
}

void check_rule(const Criterion& leaf) {
  const Rule& rule = leaf.rule;
  const std::string who = "criterion '" + leaf.id + "': ";
  switch (rule.kind) {
    case RuleKind::linear:
      FUZZ_CHECK(std::isfinite(rule.worst) && std::isfinite(rule.best) && rule.worst != rule.best,
                 who + "linear bounds");
      break;
    case RuleKind::curve:
      FUZZ_CHECK(!rule.points.empty(), who + "a curve with no point");
      for (std::size_t i = 0; i < rule.points.size(); ++i) {
        FUZZ_CHECK(unit(rule.points[i].second), who + "a curve score outside [0, 1]");
        FUZZ_CHECK(i == 0 || rule.points[i - 1].first < rule.points[i].first,
                   who + "curve x values not increasing");
      }
      break;
    case RuleKind::steps:
      FUZZ_CHECK(!rule.steps.empty(), who + "steps with no step");
      for (const Step& step : rule.steps)
        FUZZ_CHECK(unit(step.score) && std::isfinite(step.bound), who + "a step out of range");
      break;
    case RuleKind::scale:
      FUZZ_CHECK(!rule.labels.empty(), who + "a scale with no label");
      for (const auto& [label, score] : rule.labels)
        FUZZ_CHECK(unit(score), who + "label '" + label + "' scores outside [0, 1]");
      break;
    case RuleKind::boolean:
      FUZZ_CHECK(unit(rule.yes) && unit(rule.no), who + "boolean scores outside [0, 1]");
      break;
    case RuleKind::deviation:
      FUZZ_CHECK(std::isfinite(rule.zero_at) && rule.zero_at > 1, who + "zero_at <= 1");
      break;
    default:
      break;
  }
}

void check_grid(const Grid& grid) {
  FUZZ_CHECK(grid.sha256.size() == 64, "the grid's SHA-256 is not 64 hex digits");
  FUZZ_CHECK(!grid.criteria.empty(), "a grid with no criterion");
  FUZZ_CHECK(std::isfinite(grid.scale) && grid.scale > 0, "a scale that is not > 0");
  std::set<std::string> ids;
  for (const Criterion* node : all_nodes(grid)) {
    FUZZ_CHECK(!node->id.empty(), "a node without an id");
    FUZZ_CHECK(ids.insert(node->id).second, "id '" + node->id + "' twice");
    FUZZ_CHECK(std::isfinite(node->weight), "weight of '" + node->id + "' not finite");
    if (grid.method.kind != Method::fictitious_price)
      FUZZ_CHECK(node->weight > 0, "weight of '" + node->id + "' is not > 0");
    FUZZ_CHECK(node->group == !node->children.empty(), "'" + node->id + "' group without children");
    if (!node->group) {
      FUZZ_CHECK(!node->answer.empty(), "criterion '" + node->id + "' reads no answer");
      check_rule(*node);
    }
  }
  for (const Requirement& r : grid.requirements)
    FUZZ_CHECK(r.answer.empty() != r.group.empty(), "a requirement on both or neither");
  for (const std::string& key : grid.tie_break)
    FUZZ_CHECK(
        key == "price" || key == "cost" || key == "id" || key == "supplier" || ids.count(key) == 1,
        "tie_break key '" + key + "' unknown");
  if (grid.method.kind != Method::weighted_sum)
    FUZZ_CHECK(price_criterion(grid) != nullptr, "a price method without a price criterion");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_fast_reader(text, FileFormat::yaml);
  GridLoad load = load_grid(text, "tender/criteria.yaml");
  fuzz::check_diagnostics(load.diagnostics);
  FUZZ_CHECK(load.grid.has_value() == !has_errors(load.diagnostics),
             "a grid is given if and only if there is no error");
  if (!load.grid) return 0;
  check_grid(*load.grid);
  // No bids: nothing to rank, but the weights are computed and must hold.
  const BidSet none;
  fuzz::check_evaluation(*load.grid, none, evaluate(*load.grid, {}, {}));
  return 0;
}
