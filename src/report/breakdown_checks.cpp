// The life-cycle cost year by year, and each requirement checked against the
// bid with the value, the limit and the outcome in words.
#include "report/breakdown_parts.hpp"
#include "report/facts.hpp"
#include "score/answers.hpp"
#include "score/numbers.hpp"
#include "score/requirements.hpp"

namespace aser::report::breakdown_parts {

std::optional<CostExplained> cost_of(const Grid& grid, const std::optional<CostBreakdown>& cost,
                                     const Words& w) {
  if (!grid.cost || !cost) return std::nullopt;
  CostExplained out;
  out.figures = *cost;
  out.discount_rate = grid.cost->discount_rate;
  const std::string colon = w.labels.colon;
  out.lines.push_back(w.labels.purchase + colon + money(grid, cost->purchase, w));
  for (const CostLine& line : cost->lines)
    out.lines.push_back(
        line.answer + colon +
        (line.answered ? num(line.quantity, w) : std::string(w.labels.not_answered) + " → 0") +
        " × " + num(line.unit_cost, w) + " = " + money(grid, line.amount, w) +
        w(" par an", " a year"));
  for (const CostYear& year : cost->years) {
    std::string text = std::string(w.labels.year) + " " + std::to_string(year.year) + colon +
                       money(grid, year.undiscounted, w);
    if (grid.cost->discount_rate != 0)
      text += " ÷ (1 + " + num(grid.cost->discount_rate, w) + ")^" + std::to_string(year.year) +
              " = " + money(grid, year.discounted, w);
    out.lines.push_back(text);
  }
  out.lines.push_back(std::string(w.labels.total) + colon + money(grid, cost->total, w));
  return out;
}

namespace {

std::string limit_text(const Requirement& r, const Words& w) {
  std::string out;
  if (r.at_least) out += "≥ " + num(*r.at_least, w);
  if (r.at_most) out += std::string(out.empty() ? "" : ", ") + "≤ " + num(*r.at_most, w);
  if (r.equals) {
    std::string v = r.equals->kind == Literal::Kind::number ? num(r.equals->number, w)
                    : r.equals->kind == Literal::Kind::text
                        ? quote(r.equals->text)
                        : (r.equals->boolean ? "true" : "false");
    out += std::string(out.empty() ? "" : ", ") + "= " + v;
  }
  return out;
}

bool within(const Requirement& r, double x) {
  if (r.at_least && x < *r.at_least && !nearly_equal(x, *r.at_least)) return false;
  if (r.at_most && x > *r.at_most && !nearly_equal(x, *r.at_most)) return false;
  return true;
}

}  // namespace

RequirementCheck check_of(const Grid& grid, const Requirement& r, const BidResult& result,
                          const Bid* bid, const std::optional<CostBreakdown>& cost,
                          const Words& w) {
  RequirementCheck out;
  out.requirement = &r;
  out.reason = r.reason;
  out.limit = limit_text(r, w);
  if (!r.answer.empty()) {
    out.subject = r.answer;
    if (!bid) {
      out.checked = false;
    } else {
      std::optional<double> lcc = cost ? std::optional<double>(cost->total) : std::nullopt;
      AnswerValue value =
          read_answer(*bid, r.answer, panel_for(grid, r.answer), grid.cost ? &lcc : nullptr);
      if (value.absent()) {
        out.passed = false;
        out.value = w.labels.not_answered;
      } else {
        out.value = value.is_number()                       ? num(value.number, w)
                    : value.kind == AnswerValue::Kind::text ? quote(value.text())
                                                            : value.shown();
        bool ok = true;
        if (r.equals) {
          const Literal& lit = *r.equals;
          ok = lit.kind == Literal::Kind::number
                   ? value.is_number() && nearly_equal(value.number, lit.number)
               : lit.kind == Literal::Kind::text
                   ? value.kind == AnswerValue::Kind::text && value.text() == lit.text
                   : value.kind == AnswerValue::Kind::boolean && value.boolean == lit.boolean;
        }
        if (ok && (r.at_least || r.at_most)) ok = value.is_number() && within(r, value.number);
        out.passed = ok;
      }
    }
  } else {
    const Criterion* node = find_node(grid, r.group);
    out.subject = node ? node->display_label() : r.group;
    auto it = result.scores.find(r.group);
    if (it == result.scores.end()) {
      out.checked = false;
    } else {
      out.value = w("note ", "score ") + score_text(it->second, w);
      out.passed = within(r, it->second);
    }
  }
  const std::string colon = w.labels.colon;
  out.text = out.subject + colon + (out.value.empty() ? "?" : out.value) + ", " +
             w("exigé ", "required ") + out.limit + " → " +
             (!out.checked ? w.labels.not_checked
              : out.passed ? w.labels.met
                           : w.labels.not_met);
  if (!r.reason.empty()) out.text += " (" + r.reason + ")";
  return out;
}

}  // namespace aser::report::breakdown_parts
