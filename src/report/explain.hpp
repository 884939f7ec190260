// `aser explain`: one bid's arithmetic as text, line by line, in the grid's
// language (the facts of breakdown.hpp, which the Markdown and HTML share).
#pragma once

#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/breakdown.hpp"
#include "report/report.hpp"

namespace aser::report {

/// One bid's explanation (ends with a newline). Colour when options.color.
std::string render_explanation(const Grid& grid, const BidBreakdown& bid,
                               const ReportOptions& options);

/// The explanations of `bids`, one after the other, then the provenance
/// (grid, SHA-256, method, version, options that changed the result).
std::string render_explanations(const Grid& grid, const Evaluation& evaluation,
                                const std::vector<BidBreakdown>& bids,
                                const ReportOptions& options);

}  // namespace aser::report
