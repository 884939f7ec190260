// The pieces of the grid loader (one file each), shared by grid_loader.cpp.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/document.hpp"
#include "load/sink.hpp"
#include "model/grid.hpp"

namespace aser {

/// What reading the criteria needs to know about the rest of the grid.
struct CriteriaContext {
  Method method = Method::weighted_sum;
  bool has_cost = false;
  std::vector<std::string> ids;        ///< every node id seen, in file order
  std::vector<Position> id_positions;  ///< same order
};

/// `rule: { name: { params } }` (or `rule: lowest_ratio` for rules without parameters).
std::optional<Rule> read_rule(const Value& value, const Sink& sink);

/// A score in [0, 1] (`name` names it in messages).
std::optional<double> read_score(const Value& value, const std::string& name, const Sink& sink);

/// The `criteria:` list of the grid or of a group. `depth` is 0 at the top.
std::vector<Criterion> read_criteria(const Value& list, const std::string& inherited_theme,
                                     int depth, CriteriaContext& context, const Sink& sink);

/// `method: name` or `method: { adjusted_price: { max_total: x } }`.
MethodSpec read_method(const Value& value, const Sink& sink);

std::vector<Requirement> read_requirements(const Value& value, const Grid& grid, const Sink& sink);
std::optional<CostModel> read_cost(const Value& value, const Sink& sink);
AbnormallyLow read_checks(const Value& value, const Sink& sink);
std::vector<std::string> read_tie_break(const Value& value, const Grid& grid, const Sink& sink);

/// `lots:` (after the criteria: lot weights name their nodes).
std::vector<Lot> read_lots(const Value& value, const Grid& grid, const Sink& sink);
/// below_estimate_pct needs an estimate: the grid's, or every lot's; an
/// estimate without the test is a warning.
void check_estimates(const Grid& grid, const Value& root, const Sink& sink);

/// A dotted answer path: non-empty parts separated by dots.
bool valid_path(const std::string& path);

/// Every node id of the grid, depth first (for did-you-mean).
std::vector<std::string> node_ids(const Grid& grid);

}  // namespace aser
