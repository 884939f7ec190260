// A leaf's answer as the bid wrote it, the rule in words, the references of
// a relative rule and the working from the answer to the score: read again
// from the bid with the scorer's own functions (score/answers.hpp).
#include "report/breakdown_parts.hpp"
#include "report/facts.hpp"
#include "score/answers.hpp"
#include "score/numbers.hpp"
#include "score/rules.hpp"

namespace aser::report::breakdown_parts {

namespace {

std::string location(const Bid& bid, const Position& pos) {
  if (!pos.known()) return bid.file;
  std::string out = bid.file + ":" + std::to_string(pos.line);
  if (pos.column > 0) out += ":" + std::to_string(pos.column);
  return out;
}

const char* panel_word(Panel panel, const Words& w) {
  switch (panel) {
    case Panel::mean:
      return w("moyenne", "mean");
    case Panel::median:
      return w("médiane", "median");
    case Panel::min:
      return w("minimum", "minimum");
    case Panel::max:
      return w("maximum", "maximum");
  }
  return "";
}

// Money for the price leaf (and the cost), plain numbers for the others.
bool is_money(const Grid& grid, const Criterion& leaf) {
  const Criterion* price = price_criterion(grid);
  return &leaf == price || leaf.answer == "cost" ||
         (grid.cost && leaf.answer == grid.cost->purchase);
}

std::string value_text(const Grid& grid, const Criterion& leaf, double x, const Words& w) {
  return is_money(grid, leaf) ? money(grid, x, w) : num(x, w);
}

}  // namespace

AnswerRead read_for(const Grid& grid, const Criterion& leaf, const Bid& bid,
                    const std::optional<CostBreakdown>& cost, const Words& w) {
  AnswerRead out;
  out.path = leaf.answer;
  if (leaf.answer == "cost" && grid.cost) {
    if (cost) {
      out.answered = true;
      out.value = cost->total;
      out.written = money(grid, cost->total, w);
      out.shown = out.written;
    }
    return out;
  }
  auto found = bid.answers.find(leaf.answer);
  if (found == bid.answers.end()) return out;
  const Answer& answer = found->second;
  out.location = location(bid, answer.pos);
  AnswerValue value = read_answer(bid, leaf.answer, leaf.panel);
  out.answered = !value.absent();
  switch (answer.kind) {
    case Answer::Kind::number:
      out.written = answer.text.empty() ? shortest_decimal(answer.number) : answer.text;
      break;
    case Answer::Kind::text:
      out.written = answer.text;
      break;
    case Answer::Kind::boolean:
      out.written = answer.boolean ? "true" : "false";
      break;
    case Answer::Kind::numbers:
      out.marks = answer.numbers;
      out.written = value.shown();
      if (value.is_number())
        out.panel = std::string(panel_word(leaf.panel, w)) + w(" des notes", " of the marks") +
                    w.labels.colon + num(value.number, w);
      break;
    case Answer::Kind::mapping:
    case Answer::Kind::list:
      out.written = value.shown();
      break;
  }
  if (value.is_number()) out.value = value.number;
  out.shown = out.value && answer.kind == Answer::Kind::number
                  ? value_text(grid, leaf, *out.value, w)
                  : out.written;
  return out;
}

std::string rule_words(const Rule& rule, const Words& w) {
  const std::string colon = w.labels.colon;
  std::string out = rule_name(rule.kind);
  switch (rule.kind) {
    case RuleKind::linear:
      out += colon + w("note 0 à ", "score 0 at ") + num(rule.worst, w) +
             w(", note 1 à ", ", 1 at ") + num(rule.best, w);
      if (rule.best < rule.worst) out += w(" (le plus bas est le mieux)", " (lower is better)");
      break;
    case RuleKind::curve: {
      out += colon + w("courbe par ", "through ");
      for (std::size_t i = 0; i < rule.points.size(); ++i)
        out += (i ? ", " : "") + std::string("(") + num(rule.points[i].first, w) +
               (w.fr ? "\u00a0; " : ", ") + num(rule.points[i].second, w) + ")";
      break;
    }
    case RuleKind::steps: {
      out += colon;
      for (const Step& step : rule.steps)
        out += std::string(step.at_least ? "≥ " : "≤ ") + num(step.bound, w) + " → " +
               num(step.score, w) + (w.fr ? "\u00a0; " : "; ");
      out += w("sinon 0", "otherwise 0");
      break;
    }
    case RuleKind::scale: {
      out += colon;
      for (std::size_t i = 0; i < rule.labels.size(); ++i)
        out += (i ? (w.fr ? "\u00a0; " : "; ") : "") + quote(rule.labels[i].first) + " → " +
               num(rule.labels[i].second, w);
      break;
    }
    case RuleKind::boolean:
      out += colon + "true → " + num(rule.yes, w) + ", false → " + num(rule.no, w);
      break;
    case RuleKind::lowest_ratio:
      out +=
          colon + w("la plus basse des offres ÷ la réponse", "the lowest of the bids ÷ the answer");
      break;
    case RuleKind::highest_ratio:
      out += colon +
             w("la réponse ÷ la plus haute des offres", "the answer ÷ the highest of the bids");
      break;
    case RuleKind::linear_range:
      out += colon + w("(la plus haute − la réponse) ÷ (la plus haute − la plus basse)",
                       "(highest − answer) ÷ (highest − lowest)");
      break;
    case RuleKind::deviation:
      out += colon + w("1 à la plus basse, 0 à ", "1 at the lowest, 0 at ") + num(rule.zero_at, w) +
             w(" × la plus basse", " × the lowest");
      break;
  }
  return out;
}

RelativeReference reference_of(const Grid& grid, const Criterion& leaf, const Reference& ref,
                               bool at_exclusion, const Words& w) {
  RelativeReference out{ref.min, ref.max, ref.min_bid, ref.max_bid, "", at_exclusion};
  const std::string colon = w.labels.colon;
  std::string low = w("la plus basse", "lowest") + colon + value_text(grid, leaf, ref.min, w) +
                    " (" + ref.min_bid + ")";
  std::string high = w("la plus haute", "highest") + colon + value_text(grid, leaf, ref.max, w) +
                     " (" + ref.max_bid + ")";
  switch (leaf.rule.kind) {
    case RuleKind::lowest_ratio:
    case RuleKind::deviation:
      out.text = low;
      break;
    case RuleKind::highest_ratio:
      out.text = high;
      break;
    default:
      out.text = low + ", " + high;
  }
  if (at_exclusion)
    out.text += w(" — parmi les offres en lice au tour où celle-ci a été exclue",
                  " — among the bids in competition in the round this one left");
  return out;
}

std::string working_of(const Grid& grid, const Criterion& leaf, const AnswerRead& answer,
                       const std::optional<RelativeReference>& ref, double score, const Words& w,
                       const Bid& bid) {
  const Rule& rule = leaf.rule;
  const std::string s = score_text(score, w);
  if (!answer.answered) return w.labels.not_answered + std::string(" → 0");
  if (rule.kind == RuleKind::scale || rule.kind == RuleKind::boolean) {
    AnswerValue value = read_answer(bid, leaf.answer, leaf.panel);
    std::string shown = value.kind == AnswerValue::Kind::text ? quote(value.text()) : value.shown();
    return shown + " → " + s;
  }
  if (!answer.value) return answer.written + " → " + s;
  const double x = *answer.value;
  const std::string xs = value_text(grid, leaf, x, w);
  switch (rule.kind) {
    case RuleKind::linear: {
      double raw = (x - rule.worst) / (rule.best - rule.worst);
      std::string out = "(" + num(x, w) + " − " + num(rule.worst, w) + ") ÷ (" + num(rule.best, w) +
                        " − " + num(rule.worst, w) + ") = " + score_text(raw, w);
      if (raw < 0 || raw > 1)
        out += w(", ramenée dans [0\u00a0; 1] → ", ", clamped to [0, 1] → ") + s;
      return out;
    }
    case RuleKind::curve:
      return xs + w(" sur la courbe → ", " on the curve → ") + s;
    case RuleKind::steps:
      for (const Step& step : rule.steps) {
        bool holds = step.at_least ? (x >= step.bound || nearly_equal(x, step.bound))
                                   : (x <= step.bound || nearly_equal(x, step.bound));
        if (holds)
          return num(x, w) + (step.at_least ? " ≥ " : " ≤ ") + num(step.bound, w) + " → " + s;
      }
      return num(x, w) + w.labels.colon + w("aucun palier atteint → ", "no step holds → ") + s;
    case RuleKind::lowest_ratio:
      if (!ref) break;
      return value_text(grid, leaf, ref->min, w) + " ÷ " + xs + " = " + s;
    case RuleKind::highest_ratio:
      if (!ref) break;
      return xs + " ÷ " + value_text(grid, leaf, ref->max, w) + " = " + s;
    case RuleKind::linear_range:
      if (!ref) break;
      if (nearly_equal(ref->max, ref->min)) return w("toutes égales → ", "all equal → ") + s;
      return "(" + num(ref->max, w) + " − " + num(x, w) + ") ÷ (" + num(ref->max, w) + " − " +
             num(ref->min, w) + ") = " + s;
    case RuleKind::deviation:
      if (!ref) break;
      return "max(0, 1 − (" + num(x, w) + " − " + num(ref->min, w) + ") ÷ (" + num(ref->min, w) +
             " × (" + num(rule.zero_at, w) + " − 1))) = " + s;
    default:
      break;
  }
  return xs + " → " + s;
}

}  // namespace aser::report::breakdown_parts
