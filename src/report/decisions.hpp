// The committee's decisions in words, for every report (docs/decisions.md).
#pragma once

#include <string>
#include <vector>

#include "model/decision.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/report.hpp"

namespace aser::report {

/// One decision in the grid's language: "excluded on 2026-11-12: reason",
/// "price corrected from 42150 to 41250 on 2026-11-12: reason".
std::string decision_text(const Grid& grid, const Decision& decision);

/// Every decision of the evaluation as "id: text", in the report's bid order.
std::vector<std::string> decision_lines(const Grid& grid, const Evaluation& evaluation);

/// For a bid excluded by a decision (so never scored): "excluded before scoring
/// (the committee's decision)" in the grid's language; "" for any other bid.
std::string excluded_by_decision(const Grid& grid, const BidResult& bid);

/// "Committee's decisions" / "Décisions de la commission".
std::string decisions_title(const Grid& grid);

/// The provenance line: "decisions.yaml (sha256 …)"; "" when the run has none.
std::string decisions_source(const ReportOptions& options);

}  // namespace aser::report
