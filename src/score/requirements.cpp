#include "score/requirements.hpp"

#include <algorithm>
#include <cmath>

#include "score/answers.hpp"
#include "score/numbers.hpp"
#include "support/normalize.hpp"

namespace aser {
namespace {

bool below(double x, double bound) {
  return x < bound && !nearly_equal(x, bound);
}
bool above(double x, double bound) {
  return x > bound && !nearly_equal(x, bound);
}

// The grid's reason says why the rule exists; the generated one says what the
// bid answered. A losing bidder is owed both.
std::string reason_for(const Requirement& requirement, const std::string& failure) {
  return requirement.reason.empty() ? failure : requirement.reason + " (" + failure + ")";
}

void add(std::vector<std::string>& reasons, const std::string& reason) {
  if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) reasons.push_back(reason);
}

std::string literal_text(const Literal& literal) {
  switch (literal.kind) {
    case Literal::Kind::number:
      return format_number(literal.number);
    case Literal::Kind::text:
      return "'" + literal.text + "'";
    case Literal::Kind::boolean:
      return literal.boolean ? "true" : "false";
  }
  return "";
}

bool matches(const AnswerValue& answer, const Literal& literal) {
  switch (literal.kind) {
    case Literal::Kind::number:
      return answer.is_number() && nearly_equal(answer.number, literal.number);
    case Literal::Kind::text:
      return answer.kind == AnswerValue::Kind::text &&
             (answer.text() == literal.text ||
              normalize_label(answer.text()) == normalize_label(literal.text));
    case Literal::Kind::boolean:
      return answer.kind == AnswerValue::Kind::boolean && answer.boolean == literal.boolean;
  }
  return false;
}

/// The generated reason when an answer fails `requirement`, or "" when it holds.
std::string check_answer(const Messages& m, const Requirement& requirement,
                         const AnswerValue& answer) {
  const std::string& path = requirement.answer;
  if (answer.absent()) return m.not_answered(path);
  if (requirement.equals && !matches(answer, *requirement.equals))
    return m.not_equal(path, answer.shown(), literal_text(*requirement.equals));
  if (!requirement.at_least && !requirement.at_most) return "";
  if (!answer.is_number()) return m.not_a_number(path, answer.shown());
  // A panel is quoted by the number compared, not by its marks.
  std::string shown =
      answer.from == AnswerValue::From::panel ? format_number(answer.number) : answer.shown();
  if (requirement.at_least && below(answer.number, *requirement.at_least))
    return m.below_minimum(path, shown, format_number(*requirement.at_least));
  if (requirement.at_most && above(answer.number, *requirement.at_most))
    return m.above_maximum(path, shown, format_number(*requirement.at_most));
  return "";
}

std::string check_score(const Messages& m, const Requirement& requirement, double score) {
  std::string subject = m.score_of(requirement.group);
  if (requirement.at_least && below(score, *requirement.at_least))
    return m.below_minimum(subject, format_score(score, *requirement.at_least),
                           format_number(*requirement.at_least));
  if (requirement.at_most && above(score, *requirement.at_most))
    return m.above_maximum(subject, format_score(score, *requirement.at_most),
                           format_number(*requirement.at_most));
  return "";
}

}  // namespace

std::vector<std::string> answer_failures(const Plan& plan, const BidInput& input) {
  const Grid& grid = plan.grid;
  const Messages& m = plan.messages;
  std::vector<std::string> reasons;
  const std::optional<double>* cost = grid.cost ? &input.life_cycle_cost : nullptr;
  for (const Requirement& requirement : grid.requirements) {
    if (requirement.answer.empty()) continue;
    AnswerValue answer =
        read_answer(*input.bid, requirement.answer, panel_for(grid, requirement.answer), cost);
    std::string failure = check_answer(m, requirement, answer);
    if (!failure.empty()) add(reasons, reason_for(requirement, failure));
  }
  // The price is required (DESIGN section 10): the purchase price under a
  // cost section, else the price criterion's answer.
  if (grid.cost && !input.purchase_price) add(reasons, m.price_required(grid.cost->purchase));
  for (const Criterion* leaf : plan.leaves)
    if (leaf->missing == Missing::exclude && input.answers.at(leaf->id).absent())
      add(reasons, leaf == plan.price && !grid.cost ? m.price_required(leaf->answer)
                                                    : m.required_answer(leaf->answer, leaf->id));
  if (grid.method.kind != Method::weighted_sum && plan.price && !input.price)
    add(reasons, m.no_price(plan.price->answer, method_name(grid.method.kind)));
  return reasons;
}

std::vector<std::string> score_failures(const Plan& plan, const BidScores& scores) {
  std::vector<std::string> reasons;
  for (const Requirement& requirement : plan.grid.requirements) {
    if (requirement.group.empty()) continue;
    auto found = scores.scores.find(requirement.group);
    if (found == scores.scores.end()) continue;  // an unknown id is a grid error
    std::string failure = check_score(plan.messages, requirement, found->second);
    if (!failure.empty()) add(reasons, reason_for(requirement, failure));
  }
  if (plan.grid.method.kind == Method::price_per_point && scores.quality_points &&
      !(*scores.quality_points > 0))
    add(reasons, plan.messages.no_quality_points());
  // Answers or weights near the largest number can overflow the method's
  // arithmetic (found by fuzzing): such a total cannot rank.
  if (!std::isfinite(scores.total)) add(reasons, plan.messages.total_overflow());
  return reasons;
}

}  // namespace aser
