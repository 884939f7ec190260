// The result of scoring: per lot, every bid with its status, scores, points,
// total, rank, flags, reasons and warnings. Reports print it; nothing changes it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/decision.hpp"
#include "model/flat_map.hpp"
#include "model/name.hpp"

namespace aser {

/// Figures by node id (scores, points): a few tens a bid, sorted by id.
using NodeFigures = FlatMap<Name, double>;

enum class Status { ranked, excluded, invalid };
const char* status_name(Status status);

enum class Better { higher, lower };

struct BidResult {
  std::string id;
  std::string supplier;
  std::optional<std::string> lot;
  Status status = Status::ranked;
  std::optional<int> rank;               ///< ranked bids only
  double total = 0;                      ///< the figure that ranks (see Evaluation::better)
  std::optional<double> price;           ///< purchase price
  std::optional<double> cost;            ///< life-cycle cost, or the price
  NodeFigures scores;                    ///< by criterion and group id, in [0, 1]
  NodeFigures points;                    ///< score x effective weight x scale
  std::optional<double> quality_points;  ///< price_per_point: the quality points
  std::vector<std::string> flags;        ///< "abnormally_low:<test>"
  std::vector<std::string> reasons;      ///< why excluded or invalid
  std::vector<std::string> warnings;
  std::vector<Decision> decisions;  ///< the committee's decisions on this bid, in file order
  std::string file;
  std::string sha256;
};

/// For a relative rule: the reference values of the lot and which bid set them.
struct Reference {
  double min = 0;
  double max = 0;
  std::string min_bid;  ///< id of the bid with the lowest value (first by id on ties)
  std::string max_bid;
};

struct LotResult {
  std::optional<std::string> lot;
  std::string name;  ///< the declared lot's name; empty when none
  /// Effective shares by node id when the lot's weights differ from the
  /// grid's (`lots: [{weights: ...}]`); empty when it uses Evaluation::weights.
  std::map<std::string, double> weights;
  /// Ranked bids by rank (then id), then excluded by id, then invalid by id.
  std::vector<BidResult> bids;
  std::map<std::string, Reference> references;  ///< by criterion id (relative rules)
};

struct Evaluation {
  Better better = Better::higher;
  std::map<std::string, double> weights;  ///< effective shares by node id; leaves sum to 1
  std::vector<LotResult> lots;            ///< lot null first, then by lot text
  std::vector<std::string> warnings;      ///< run-level warnings (ties, near-miss paths...)
};

}  // namespace aser
