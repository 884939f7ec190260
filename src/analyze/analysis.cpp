#include "analyze/analysis.hpp"

#include <cmath>

#include "analyze/decision_matrix.hpp"
#include "analyze/reversal.hpp"
#include "analyze/stability.hpp"
#include "score/evaluate.hpp"

namespace aser {

LotAnalysis analyze_lot(const Grid& grid, const LotResult& lot, const std::vector<Bid>& bids,
                        const AnalysisParts& parts, const SmaaOptions& smaa) {
  LotAnalysis out;
  out.lot = lot.lot;
  // A lot with weights of its own is analysed around them, not the grid's.
  const Grid in_lot = grid_in_lot(grid, lot.lot);
  if (parts.stability) out.stability = weight_stability(in_lot, stability_input(in_lot, lot));
  if (parts.reversal) out.reversal = rank_reversal(in_lot, lot, bids);
  if (parts.smaa) out.smaa = run_smaa(in_lot, lot, bids, smaa);
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
