// The pieces of one bid's breakdown (breakdown.cpp assembles them), shared by
// the files that compute them: the words of the grid's language, the answers
// and the rules' working (breakdown_answers.cpp), points and totals
// (breakdown_totals.cpp), the life-cycle cost and the requirements
// (breakdown_checks.cpp). Internal to src/report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/breakdown.hpp"
#include "report/labels.hpp"
#include "report/numbers.hpp"
#include "score/scoring.hpp"

namespace aser::report::breakdown_parts {

// Words of one language: the fixed ones in Labels, the phrases with
// parameters here (each in both languages side by side).
struct Words {
  const Labels& labels;
  bool fr;
  /// Decimals of points: 4 under adjusted_price, whose parts of V are small
  /// fractions (0.1600 + 0.0667), 2 otherwise.
  int point_decimals = 2;
  const char* operator()(const char* french, const char* english) const {
    return fr ? french : english;
  }
};

// A number as the grid writes it, in the language: "118 500", "8,5", "0,25".
inline std::string num(double value, const Words& w) {
  std::string shortest = shortest_decimal(value);
  std::size_t dot = shortest.find('.');
  int decimals = dot == std::string::npos ? 0 : static_cast<int>(shortest.size() - dot - 1);
  return format_number(value, std::min(decimals, 6), w.labels.language);
}
inline std::string score_text(double score, const Words& w) {
  return format_number(score, 3, w.labels.language);
}
inline std::string points_text(double points, const Words& w) {
  return format_number(points, w.point_decimals, w.labels.language);
}
inline std::string money(const Grid& grid, double value, const Words& w) {
  return format_money(value, grid.currency, w.labels.language);
}
inline std::string quote(const std::string& text) {
  return "'" + text + "'";
}

// Answers and rules (breakdown_answers.cpp).

/// A leaf's answer as written, where, and the number the rule read.
AnswerRead read_for(const Grid& grid, const Criterion& leaf, const Bid& bid,
                    const std::optional<CostBreakdown>& cost, const Words& w);
/// The rule with its parameters in words.
std::string rule_words(const Rule& rule, const Words& w);
/// The references of a relative rule in words, naming the bids that set them.
RelativeReference reference_of(const Grid& grid, const Criterion& leaf, const Reference& ref,
                               bool at_exclusion, const Words& w);
/// How the score follows from the answer, for a leaf that was answered.
std::string working_of(const Grid& grid, const Criterion& leaf, const AnswerRead& answer,
                       const std::optional<RelativeReference>& ref, double score, const Words& w,
                       const Bid& bid);

// Points and totals (breakdown_totals.cpp).

/// The factor that turns a node's score into its points, under the method.
double points_factor(const Plan& plan, const Criterion& node);
/// "0,850 × 20,0 % × 100 = 17,00" for a leaf, "8,60 + 2,50 = 11,10" for a group.
std::string points_working(const Grid& grid, const NodeBreakdown& node, const BidResult& result,
                           const Words& w);
/// How the total follows from the top-level points, in the method's terms.
std::string total_line(const Grid& grid, const Plan& plan, const BidResult& bid, const Words& w);
/// The bid `other` (null: none) as a neighbour of `bid`, with the gap between them.
std::optional<Neighbour> neighbour(const Grid& grid, const BidResult& bid, const BidResult* other,
                                   const Words& w);

// Cost and requirements (breakdown_checks.cpp).

/// The life-cycle cost year by year; nullopt without a `cost` section or a cost.
std::optional<CostExplained> cost_of(const Grid& grid, const std::optional<CostBreakdown>& cost,
                                     const Words& w);
/// One requirement checked against the bid (`bid` null: answers unknown).
RequirementCheck check_of(const Grid& grid, const Requirement& r, const BidResult& result,
                          const Bid* bid, const std::optional<CostBreakdown>& cost, const Words& w);

}  // namespace aser::report::breakdown_parts
