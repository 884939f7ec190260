// The breakdown of one bid: every fact `aser explain` prints, as data, so that
// the text (explain.cpp), the Markdown (markdown.cpp) and the HTML (html.cpp)
// reports show the same facts from one computation.
//
// Shape, for renderers:
//   BidBreakdown
//     id, supplier, file, sha256, lot, status, rank, ranked_count, total, total_text
//     nodes[]        every node of the grid in grid order (depth first, parents first):
//                    NodeBreakdown: depth, group, label, weights, score, points, and for
//                    leaves the answer read (AnswerRead), the rule in words, the
//                    reference of a relative rule (RelativeReference) and the working
//     total_line     how the total follows from the top-level points ("a + b + c = t")
//     cost           the life-cycle cost year by year (grids with `cost`)
//     requirements[] each requirement checked, with the value, the limit and the outcome
//     flags[]        in words; reasons[] (excluded: why; invalid: the problems); warnings[]
//     above, below   the bids ranked just above and below, and the gap in points or money
//     evidence[]     what the bid gave as proof, by answer path
// Every text field is already in the grid's language (labels.hpp); the numbers
// are there too, for renderers that format their own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/report.hpp"
#include "score/cost.hpp"

namespace aser::report {

/// A leaf's answer as the bid wrote it, and where.
struct AnswerRead {
  std::string path;             ///< the dotted path read ("social.insertion_hours_pct", "cost")
  bool answered = false;        ///< false: absent or null (the leaf scores 0 or the bid left)
  std::string written;          ///< as written: "8.5", "tri 5 flux et suivi", "true", "[7, 6.5]"
  std::string location;         ///< "offres/a.yaml:4:24"; "" when unknown (cost, no bids given)
  std::vector<double> marks;    ///< a panel's marks (empty otherwise)
  std::string panel;            ///< a panel's reduction in words: "moyenne des notes : 6,75"
  std::optional<double> value;  ///< the number the rule read (after the panel, or the cost)
  /// The answer in the report's language, for readers: "142 000,00 €" for a
  /// price, "8,5", "tri 5 flux"; `written` keeps the bid's own text.
  std::string shown;
};

/// The reference values of a relative rule, and the bids that set them.
struct RelativeReference {
  double min = 0;
  double max = 0;
  std::string min_bid;  ///< the bid with the lowest value in the lot
  std::string max_bid;  ///< the bid with the highest value in the lot
  /// In words, naming the bid(s) the rule reads: "le plus bas : 72 400,00 € (hygiene-express)".
  std::string text;
  /// True when these are the references of the round in which an excluded bid
  /// left (the bids then in competition), not those of the final ranking.
  bool at_exclusion = false;
};

/// One node of the grid for one bid.
struct NodeBreakdown {
  const Criterion* node = nullptr;
  std::string id;
  std::string label;  ///< display label (the id when the grid gives none)
  int depth = 0;      ///< 0 for the top level
  bool group = false;
  double weight = 0;             ///< raw weight in the bid's lot (the lot's own, or the grid's)
  double effective_weight = 0;   ///< share of the whole in the bid's lot (0.4)
  std::optional<double> score;   ///< in [0, 1]; absent when the bid was not scored
  std::optional<double> points;  ///< in the method's terms (BidResult::points)
  /// points = score × points_factor: effective weight × scale under weighted_sum,
  /// the renormalised share × scale under price_per_point, the coefficient or the
  /// money value under adjusted_price / fictitious_price; 0 for price there.
  double points_factor = 0;
  std::string points_working;  ///< "0,850 × 20,0 % × 100 = 17,00"; "" when no points

  // Leaves only.
  AnswerRead answer;
  std::string rule;     ///< the rule with its parameters in words
  std::string working;  ///< how the score follows: "(8,5 − 0) ÷ (10 − 0) = 0,850"
  std::optional<RelativeReference> reference;  ///< relative rules only
  std::string evidence_asked;  ///< the proof the grid asks for (Criterion::evidence)
  std::string evidence_given;  ///< the bid's `evidence` for this answer path
  // Groups only.
  std::string subtotal;  ///< "Σ parts = 0,700 → 21,00 points"
};

/// One requirement checked against the bid.
struct RequirementCheck {
  const Requirement* requirement = nullptr;
  std::string subject;  ///< the answer path, or the group's label
  std::string value;    ///< what the bid had ("8,5", "note 0,330"); "" when not answered
  std::string limit;    ///< "≥ 5", "≤ 3", "= 'oui'"
  bool checked = true;  ///< false: not reached (a group requirement for a bid that left before)
  bool passed = true;
  std::string reason;  ///< the grid's reason (may be empty)
  std::string text;    ///< one line in words: "social.insertion_hours_pct = 8,5 ≥ 5 : satisfaite"
};

/// A neighbour in the ranking, and what separates it from the bid.
struct Neighbour {
  std::string id;
  std::string supplier;
  int rank = 0;
  double total = 0;
  double gap = 0;        ///< |its total − the bid's total|, in points or money
  std::string gap_text;  ///< "4,52 points" / "1 234,00 €"
};

/// The life-cycle cost, year by year (grids with a `cost` section).
struct CostExplained {
  CostBreakdown figures;  ///< purchase, yearly lines, years, total
  double discount_rate = 0;
  std::vector<std::string> lines;  ///< in words, one per line and per year, then the total
};

struct BidBreakdown {
  const BidResult* result = nullptr;
  std::string id;
  std::string supplier;
  std::string file;
  std::string sha256;
  std::optional<std::string> lot;
  Status status = Status::ranked;
  std::optional<int> rank;
  int ranked_count = 0;    ///< bids ranked in the lot
  double total = 0;        ///< the figure that ranks (ranked bids)
  std::string total_text;  ///< as the reports show it ("82,50", "1 886,9427", "388,11 €")
  std::optional<double> price;
  std::optional<double> cost_total;
  std::optional<double> quality_points;

  std::vector<NodeBreakdown> nodes;  ///< grid order
  /// How the total follows from the top-level points, in the method's terms:
  /// "37,20 + 21,00 + 24,30 = 82,50"; "" when the bid is not ranked.
  std::string total_line;
  std::optional<CostExplained> cost;
  std::vector<RequirementCheck> requirements;
  std::vector<std::string> flags;    ///< in words (flag_text)
  std::vector<std::string> reasons;  ///< why excluded; an invalid bid's problems
  std::vector<std::string> warnings;
  std::optional<Neighbour> above;  ///< the bid ranked just before (ranked bids only)
  std::optional<Neighbour> below;  ///< the bid ranked just after
  std::vector<std::pair<std::string, std::string>> evidence;  ///< path → text, as given
  bool answers_known = false;  ///< false when ReportOptions::bids was null
};

/// The breakdown of `bid` (a member of `lot`), with the weights and estimate
/// of that lot (grid_in_lot).
/// Each call looks the bid up among `bids` (linear), and for a bid excluded on
/// a score replays the lot's exclusion rounds: for every bid of a large report,
/// breakdowns() does that once per lot and is faster.
/// `bids` are the bids read (ReportOptions::bids, may be null: then answers,
/// rules' working, cost and requirements on answers are left out).
BidBreakdown breakdown_of(const Grid& grid, const LotResult& lot, const BidResult& bid,
                          const std::vector<Bid>* bids);

/// Every bid of every lot, in the report's order (ranked, excluded, invalid).
std::vector<BidBreakdown> breakdowns(const Grid& grid, const Evaluation& evaluation,
                                     const std::vector<Bid>* bids);

}  // namespace aser::report
