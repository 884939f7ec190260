// The reasons and warnings the scorer writes, in the grid's language
// (English, or French when grid.language is "fr"). The texts live in the
// message catalogue (src/model/catalogue_score.cpp); these methods fill them.
#pragma once

#include <string>
#include <vector>

#include "model/catalogue.hpp"

namespace aser {

class Messages {
 public:
  explicit Messages(const std::string& language)
      : fr_(language == "fr"), language_(fr_ ? Language::fr : Language::en) {}

  // Reasons (exclusions).
  std::string below_minimum(const std::string& subject, const std::string& value,
                            const std::string& bound) const;
  std::string above_maximum(const std::string& subject, const std::string& value,
                            const std::string& bound) const;
  std::string not_equal(const std::string& subject, const std::string& value,
                        const std::string& expected) const;
  std::string not_answered(const std::string& path) const;
  std::string required_answer(const std::string& path, const std::string& criterion) const;
  std::string not_a_number(const std::string& path, const std::string& shown) const;
  std::string score_of(const std::string& id) const;
  std::string no_quality_points() const;
  /// A bid without a price (or without cost.purchase): never ranked.
  std::string price_required(const std::string& path) const;
  std::string no_price(const std::string& path, const std::string& method) const;

  // Warnings.
  std::string missing_scores_zero(const std::string& path, const std::string& criterion) const;
  /// expected: "number", "boolean" or "label".
  std::string wrong_kind(const std::string& path, const std::string& shown,
                         const std::string& expected, const std::string& criterion) const;
  std::string unknown_label(const std::string& path, const std::string& shown,
                            const std::string& criterion,
                            const std::vector<std::string>& labels) const;
  std::string yearly_cost_missing(const std::string& path) const;
  /// The life-cycle cost is too large for a number (answers near 1e308).
  std::string cost_overflow() const;
  /// The method's total is too large to represent: the bid is excluded.
  std::string total_overflow() const;
  std::string tie(const std::string& lot, const std::vector<std::string>& ids, int rank,
                  bool has_tie_break) const;
  std::string adjusted_price_cap(const std::string& vmax) const;

 private:
  bool fr_;
  Language language_;
};

}  // namespace aser
