// The grid's `lots:` (docs/grid-format.md, "Lots"): each lot an id that bids
// name, a name for reports, an optional estimate for the abnormally-low test
// and optional weights that replace the grid's raw weights in that lot.
#include <cstdio>

#include "load/fields.hpp"
#include "load/grid_parts.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

// A lot's weight for node `id` obeys the rules of the node's own `weight`
// (grid_criteria.cpp): > 0, or a coefficient in [0, 0.3] under adjusted_price,
// or any money value under fictitious_price.
void check_weight(const Grid& grid, const std::string& id, double weight, const Value& at,
                  const Sink& sink) {
  const Criterion* node = find_node(grid, id);
  const bool is_price = node && node == price_criterion(grid);
  if (grid.method.kind == Method::fictitious_price) return;
  if (grid.method.kind == Method::adjusted_price && !is_price) {
    if (weight < 0 || weight > 0.3)
      sink.error(
          at.pos,
          "under adjusted_price a weight must be between 0 and 0.3, got " + fmt_number(weight),
          "each weight is a coefficient of the Prozorro formula");
    return;
  }
  if (weight <= 0)
    sink.error(at.pos, "'weight' must be above 0, got " + fmt_number(weight),
               "weights are relative among siblings, as the criterion's own 'weight'");
}

std::size_t error_count(const Diagnostics& diagnostics) {
  std::size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Severity::error;
  return n;
}

void read_lot_weights(const Value& value, const Grid& grid, Lot& lot, const Sink& sink) {
  if (value.kind != Value::Kind::map) {
    sink.error(
        value.pos,
        "'weights' expects criterion and group ids with their weights, got " + describe(value),
        "write { price: 50, social: 30 }");
    return;
  }
  const std::vector<std::string> ids = node_ids(grid);
  for (const MapEntry& entry : value.entries) {
    if (!find_node(grid, entry.key)) {
      std::string hint = did_you_mean(entry.key, ids);
      sink.error(entry.key_pos,
                 "unknown criterion or group '" + entry.key + "' in lot '" + lot.id + "'",
                 hint.empty() ? "give the id of a criterion or group of this grid" : hint);
      continue;
    }
    std::optional<double> weight = expect_number(entry.value, entry.key, sink);
    if (!weight) continue;
    check_weight(grid, entry.key, *weight, entry.value, sink);
    lot.weights.emplace_back(entry.key, *weight);
  }
}

std::optional<Lot> read_lot(const Value& value, const Grid& grid, const Sink& sink) {
  Fields fields(value, sink, "a lot", {"id", "name", "estimate", "weights"});
  if (!fields.ok()) return std::nullopt;
  Lot lot;
  lot.pos = value.pos;
  const std::size_t errors = error_count(*sink.out);
  if (!fields.has("id")) {
    sink.error(value.pos, "a lot has no 'id'", "add 'id: \"1\"', the text bids give as 'lot'");
    return std::nullopt;
  }
  std::optional<std::string> id = fields.text("id");
  if (!id) return std::nullopt;
  if (id->empty()) {
    sink.error(fields.get("id")->pos, "the id of a lot is empty", "write 'id: \"1\"'");
    return std::nullopt;
  }
  lot.id = *id;
  if (std::optional<std::string> name = fields.text("name")) lot.name = *name;
  if (std::optional<double> estimate = fields.number("estimate")) {
    if (*estimate <= 0)
      sink.error(fields.get("estimate")->pos,
                 "'estimate' must be above 0, got " + fmt_number(*estimate),
                 "the buyer's estimate of this lot's price");
    else
      lot.estimate = *estimate;
  }
  if (const Value* weights = fields.get("weights")) read_lot_weights(*weights, grid, lot, sink);
  if (error_count(*sink.out) != errors) return std::nullopt;
  return lot;
}

}  // namespace

std::vector<Lot> read_lots(const Value& value, const Grid& grid, const Sink& sink) {
  std::vector<Lot> lots;
  if (value.kind != Value::Kind::list || value.items.empty()) {
    sink.error(
        value.pos,
        "'lots' expects a list of lots, got " +
            (value.kind == Value::Kind::list ? std::string("an empty list") : describe(value)),
        "write '- { id: \"1\", name: Écoles maternelles }' items, or remove 'lots'");
    return lots;
  }
  std::vector<std::pair<std::string, Position>> seen;
  for (const Value& item : value.items) {
    std::optional<Lot> lot = read_lot(item, grid, sink);
    if (!lot) continue;
    bool duplicate = false;
    for (const auto& [id, pos] : seen) {
      if (id != lot->id) continue;
      const MapEntry* key = item.find_entry("id");
      sink.error(
          key ? key->value.pos : item.pos,
          "duplicate lot id '" + lot->id + "' (first at line " + std::to_string(pos.line) + ")",
          "lot ids must be unique");
      duplicate = true;
    }
    if (duplicate) continue;
    seen.emplace_back(lot->id, item.pos);
    lots.push_back(std::move(*lot));
  }
  return lots;
}

void check_estimates(const Grid& grid, const Value& root, const Sink& sink) {
  const MapEntry* checks = root.find_entry("checks");
  const MapEntry* low = checks ? checks->value.find_entry("abnormally_low") : nullptr;
  const MapEntry* pct = low ? low->value.find_entry("below_estimate_pct") : nullptr;
  const MapEntry* estimate = low ? low->value.find_entry("estimate") : nullptr;
  if (pct && !estimate) {
    if (grid.lots.empty())
      sink.error(pct->value.pos, "'below_estimate_pct' needs an 'estimate'",
                 "add 'estimate: 120000', the buyer's estimate of the price");
    for (const Lot& lot : grid.lots)
      if (!lot.estimate)
        sink.error(lot.pos,
                   "lot '" + lot.id + "' has no 'estimate', which 'below_estimate_pct' needs",
                   "add 'estimate: 120000' to the lot, or one 'estimate' under abnormally_low");
  }
  if (estimate && !pct)
    sink.warning(estimate->value.pos, "'estimate' is not used without 'below_estimate_pct'");
  if (!pct)
    for (const Lot& lot : grid.lots)
      if (lot.estimate) {
        sink.warning(
            lot.pos,
            "the estimate of lot '" + lot.id + "' is not used without 'below_estimate_pct'",
            "add 'checks: { abnormally_low: { below_estimate_pct: 20 } }'");
      }
}

}  // namespace aser
