#include "analyze/analysis.hpp"

#include <cmath>

#include "analyze/decision_matrix.hpp"
#include "analyze/reversal.hpp"
#include "analyze/stability.hpp"

namespace aser {

LotAnalysis analyze_lot(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids,
                        const AnalysisParts& parts, const SmaaOptions& smaa) {
  LotAnalysis out;
  out.lot = lot.lot;
  if (parts.stability) out.stability = weight_stability(grid, stability_input(grid, lot));
  if (parts.reversal) out.reversal = rank_reversal(grid, lot, bids);
  if (parts.smaa) out.smaa = run_smaa(grid, lot, bids, smaa);
  return out;
}

std::optional<double> smallest_change_share(const Grid& grid, const Stability& stability) {
  if (!stability.smallest_change) return std::nullopt;
  const double by = std::fabs(stability.smallest_change->by);
  if (!stability.money) return by;
  const double total = DecisionMatrix(grid, LotResult{}).money;  // the sum of |values|
  return total > 0 ? by / total : by;
}

}  // namespace aser
