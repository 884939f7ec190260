// One bid's breakdown, computed once for every renderer. The figures come from
// the evaluation (scores, points, totals, references); what the evaluation
// does not keep — the answers as written, the rule's working, the cost year
// by year, each requirement's outcome — is read again from the bids with the
// scorer's own functions, so that the words can never disagree with the ranking.
#include "report/breakdown.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "report/facts.hpp"
#include "report/labels.hpp"
#include "score/answers.hpp"
#include "score/numbers.hpp"
#include "score/requirements.hpp"
#include "score/rules.hpp"
#include "score/scoring.hpp"

namespace aser::report {

namespace {

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
std::string num(double value, const Words& w) {
  std::string shortest = shortest_decimal(value);
  std::size_t dot = shortest.find('.');
  int decimals = dot == std::string::npos ? 0 : static_cast<int>(shortest.size() - dot - 1);
  return format_number(value, std::min(decimals, 6), w.labels.language);
}
std::string score_text(double score, const Words& w) {
  return format_number(score, 3, w.labels.language);
}
std::string points_text(double points, const Words& w) {
  return format_number(points, w.point_decimals, w.labels.language);
}
std::string money(const Grid& grid, double value, const Words& w) {
  return format_money(value, grid.currency, w.labels.language);
}
std::string quote(const std::string& text) {
  return "'" + text + "'";
}

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

AnswerRead read_for(const Grid& grid, const Criterion& leaf, const Bid& bid,
                    const std::optional<CostBreakdown>& cost, const Words& w) {
  AnswerRead out;
  out.path = leaf.answer;
  if (leaf.answer == "cost" && grid.cost) {
    if (cost) {
      out.answered = true;
      out.value = cost->total;
      out.written = money(grid, cost->total, w);
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
      out.written = value.shown;
      if (value.is_number())
        out.panel = std::string(panel_word(leaf.panel, w)) + w(" des notes", " of the marks") +
                    w.labels.colon + num(value.number, w);
      break;
    case Answer::Kind::mapping:
    case Answer::Kind::list:
      out.written = value.shown;
      break;
  }
  if (value.is_number()) out.value = value.number;
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

// Money for the price leaf (and the cost), plain numbers for the others.
bool is_money(const Grid& grid, const Criterion& leaf) {
  const Criterion* price = price_criterion(grid);
  return &leaf == price || leaf.answer == "cost" ||
         (grid.cost && leaf.answer == grid.cost->purchase);
}

std::string value_text(const Grid& grid, const Criterion& leaf, double x, const Words& w) {
  return is_money(grid, leaf) ? money(grid, x, w) : num(x, w);
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

// How the score follows from the answer, for a leaf that was answered.
std::string working_of(const Grid& grid, const Criterion& leaf, const AnswerRead& answer,
                       const std::optional<RelativeReference>& ref, double score, const Words& w,
                       const Bid& bid) {
  const Rule& rule = leaf.rule;
  const std::string s = score_text(score, w);
  if (!answer.answered) return w.labels.not_answered + std::string(" → 0");
  if (rule.kind == RuleKind::scale || rule.kind == RuleKind::boolean) {
    AnswerValue value = read_answer(bid, leaf.answer, leaf.panel);
    std::string shown = value.kind == AnswerValue::Kind::text ? quote(value.text) : value.shown;
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

// What the lot knows once: the plan, the bids by id, and for each bid that
// left on a score requirement the references of the round it left in.
struct LotContext {
  int ranked = 0;  ///< ranked bids come first in LotResult::bids, by rank
  std::map<std::string, const Bid*> bids;
  std::map<std::string, std::map<std::string, Reference>> at_exclusion;
};

// `only`: the one bid a caller asks about (breakdown_of): then the work is
// for that bid alone — the report's other renderers may call it once per bid.
LotContext context_of(const Plan& plan, const LotResult& lot, const std::vector<Bid>* bids,
                      const BidResult* only = nullptr) {
  LotContext out;
  for (const BidResult& result : lot.bids)
    if (result.status == Status::ranked) ++out.ranked;
  if (!bids) return out;
  bool replay = false;
  if (only) {
    for (const Bid& bid : *bids)
      if (bid.lot == lot.lot && bid.id == only->id) {
        out.bids.emplace(bid.id, &bid);
        break;
      }
    replay = only->status == Status::excluded && !only->scores.empty();
  } else {
    for (const BidResult& result : lot.bids)
      replay = replay || (result.status == Status::excluded && !result.scores.empty());
  }
  if (only && !replay) return out;
  std::vector<const Bid*> mine;
  for (const Bid& bid : *bids)
    if (bid.lot == lot.lot) mine.push_back(&bid);
  // The scorer's order: by id, then file.
  std::sort(mine.begin(), mine.end(), [](const Bid* a, const Bid* b) {
    return a->id != b->id ? a->id < b->id : a->file < b->file;
  });
  if (!only)
    for (const Bid* bid : mine) out.bids.emplace(bid->id, bid);
  if (!replay) return out;

  // Replays the exclusion rounds of score/evaluate.cpp to know which bids were
  // in competition when a bid left.
  std::vector<BidInput> inputs;
  for (const Bid* bid : mine) inputs.push_back(read_bid(plan, *bid));
  std::vector<bool> in(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) in[i] = answer_failures(plan, inputs[i]).empty();
  std::vector<std::string> ignored;
  for (bool again = true; again;) {
    std::vector<const BidInput*> competing;
    for (std::size_t i = 0; i < inputs.size(); ++i)
      if (in[i]) competing.push_back(&inputs[i]);
    std::map<std::string, Reference> references = compute_references(plan, competing);
    std::vector<std::size_t> leaving;
    for (std::size_t i = 0; i < inputs.size(); ++i)
      if (in[i] && !score_failures(plan, score_bid(plan, inputs[i], references, ignored)).empty())
        leaving.push_back(i);
    for (std::size_t i : leaving) {
      in[i] = false;
      out.at_exclusion[inputs[i].bid->id] = references;
    }
    again = !leaving.empty();
  }
  return out;
}

// The factor that turns a node's score into its points, under the method.
double points_factor(const Plan& plan, const Criterion& node) {
  const Grid& grid = plan.grid;
  const double effective = plan.effective.at(node.id);
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return effective * grid.scale;
    case Method::price_per_point: {
      if (&node == plan.price) return 0;
      const double quality = 1 - (plan.price ? plan.effective.at(plan.price->id) : 0);
      return quality > 0 ? effective / quality * grid.scale : 0;
    }
    case Method::adjusted_price:
    case Method::fictitious_price: {
      if (&node == plan.price || node.group) return 0;
      auto it = plan.path_product.find(node.id);
      return it == plan.path_product.end() ? 0 : it->second;
    }
  }
  return 0;
}

std::string factor_text(const Grid& grid, double factor, double effective, const Words& w) {
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return share_text(effective, w.labels.language) + " × " + num(grid.scale, w);
    case Method::fictitious_price:
      return money(grid, factor, w);
    default:
      return num(round_decimals(factor, 4), w);
  }
}

std::string gap_text(const Grid& grid, double gap, const Words& w) {
  if (grid.method.kind == Method::weighted_sum)
    return points_text(gap, w) + " " + w.labels.points_word;
  if (grid.method.kind == Method::price_per_point)
    return format_number(gap, 4, w.labels.language) + w(" par point", " per point");
  return money(grid, gap, w);
}

std::string joined_points(const std::vector<double>& parts, const Words& w) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " + " : "") + points_text(parts[i], w);
  return out.empty() ? points_text(0, w) : out;
}

// How the total follows from the top-level points, in the method's terms.
std::string total_line(const Grid& grid, const Plan& plan, const BidResult& bid, const Words& w) {
  if (bid.status != Status::ranked) return "";
  std::vector<double> parts;
  for (const Criterion& node : grid.criteria) {
    if (grid.method.kind != Method::weighted_sum && &node == plan.price) continue;
    auto it = bid.points.find(node.id);
    parts.push_back(it == bid.points.end() ? 0 : it->second);
  }
  const std::string sum = joined_points(parts, w);
  const std::string price =
      bid.price ? money(grid, bid.cost && grid.cost ? *bid.cost : *bid.price, w) : "?";
  const std::string colon = w.labels.colon;
  switch (grid.method.kind) {
    case Method::weighted_sum:
      return sum + " = " + points_text(bid.total, w);
    case Method::price_per_point:
      return w("points qualité", "quality points") + colon + sum + " = " +
             points_text(bid.quality_points.value_or(0), w) + (w.fr ? "\u00a0; " : "; ") + price +
             " ÷ " + points_text(bid.quality_points.value_or(0), w) + " = " +
             total_text(grid, w.labels, bid);
    case Method::adjusted_price: {
      double vmax = 0;
      for (const Criterion* leaf : plan.leaves)
        if (leaf != plan.price) vmax += plan.path_product.at(leaf->id);
      return "V = " + sum + " = " + points_text(exact_sum(parts), w) + (w.fr ? "\u00a0; " : "; ") +
             price + " ÷ (1 + V ÷ (1 − " + num(round_decimals(vmax, 6), w) +
             ")) = " + total_text(grid, w.labels, bid);
    }
    case Method::fictitious_price: {
      std::string out = price;
      for (double part : parts) out += " − " + money(grid, part, w);
      return out + " = " + total_text(grid, w.labels, bid);
    }
  }
  return "";
}

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
                    : value.kind == AnswerValue::Kind::text ? quote(value.text)
                                                            : value.shown;
        bool ok = true;
        if (r.equals) {
          const Literal& lit = *r.equals;
          ok = lit.kind == Literal::Kind::number
                   ? value.is_number() && nearly_equal(value.number, lit.number)
               : lit.kind == Literal::Kind::text
                   ? value.kind == AnswerValue::Kind::text && value.text == lit.text
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

std::optional<Neighbour> neighbour(const Grid& grid, const BidResult& bid, const BidResult* other,
                                   const Words& w) {
  if (!other) return std::nullopt;
  Neighbour out;
  out.id = other->id;
  out.supplier = other->supplier;
  out.rank = other->rank.value_or(0);
  out.total = other->total;
  out.gap = std::fabs(other->total - bid.total);
  out.gap_text = gap_text(grid, out.gap, w);
  return out;
}

BidBreakdown build(const Grid& grid, const Plan& plan, const Evaluation& evaluation,
                   const LotResult& lot, const BidResult& result, const LotContext& context) {
  const Words w{labels_for(grid.language), grid.language == "fr",
                grid.method.kind == Method::adjusted_price ? 4 : 2};
  BidBreakdown out;
  out.result = &result;
  out.id = result.id;
  out.supplier = result.supplier;
  out.file = result.file;
  out.sha256 = result.sha256;
  out.lot = lot.lot;
  out.status = result.status;
  out.rank = result.status == Status::ranked ? result.rank : std::nullopt;
  out.total = result.total;
  out.total_text = total_text(grid, w.labels, result);
  out.price = result.price;
  out.cost_total = grid.cost ? result.cost : std::nullopt;
  out.quality_points = result.quality_points;
  out.ranked_count = context.ranked;
  for (const std::string& flag : result.flags) out.flags.push_back(flag_text(w.labels, grid, flag));
  out.reasons = result.reasons;
  out.warnings = result.warnings;

  const Bid* bid = nullptr;
  if (result.status != Status::invalid) {
    auto found = context.bids.find(result.id);
    if (found != context.bids.end()) bid = found->second;
  }
  out.answers_known = bid != nullptr;
  std::optional<CostBreakdown> cost;
  if (bid && grid.cost) cost = life_cycle_cost(*grid.cost, *bid);

  // The references this bid was scored against.
  const std::map<std::string, Reference>* references = &lot.references;
  bool at_exclusion = false;
  if (result.status == Status::excluded) {
    auto found = context.at_exclusion.find(result.id);
    references = found == context.at_exclusion.end() ? nullptr : &found->second;
    at_exclusion = references != nullptr;
  }

  if (result.status != Status::invalid) {
    for (const NodeAt& at : nodes_with_depth(grid)) {
      const Criterion& node = *at.node;
      NodeBreakdown n;
      n.node = &node;
      n.id = node.id;
      n.label = node.display_label();
      n.depth = at.depth;
      n.group = node.group;
      n.weight = node.weight;
      n.effective_weight = weight_of(evaluation, node.id);
      if (auto it = result.scores.find(node.id); it != result.scores.end()) n.score = it->second;
      if (auto it = result.points.find(node.id); it != result.points.end()) n.points = it->second;
      n.points_factor = points_factor(plan, node);
      if (n.points && n.score) {
        if (node.group || grid.method.kind == Method::adjusted_price ||
            grid.method.kind == Method::fictitious_price) {
          if (node.group) {
            std::vector<double> parts;
            for (const Criterion& child : node.children) {
              auto it = result.points.find(child.id);
              if (it != result.points.end()) parts.push_back(it->second);
            }
            n.points_working = joined_points(parts, w) + " = " + points_text(*n.points, w);
          } else {
            n.points_working = score_text(*n.score, w) + " × " +
                               factor_text(grid, n.points_factor, n.effective_weight, w) + " = " +
                               points_text(*n.points, w);
          }
        } else {
          n.points_working = score_text(*n.score, w) + " × " +
                             factor_text(grid, n.points_factor, n.effective_weight, w) + " = " +
                             points_text(*n.points, w);
        }
      }
      if (node.group) {
        if (n.score)
          n.subtotal = w("note ", "score ") + score_text(*n.score, w) +
                       (n.points ? ", " + n.points_working + " " + w.labels.points_word : "");
      } else {
        n.rule = rule_words(node.rule, w);
        n.evidence_asked = node.evidence;
        if (bid) {
          n.answer = read_for(grid, node, *bid, cost, w);
          if (auto it = bid->evidence.find(node.answer); it != bid->evidence.end())
            n.evidence_given = it->second;
        } else {
          n.answer.path = node.answer;
        }
        if (is_relative(node.rule.kind) && references)
          if (auto it = references->find(node.id); it != references->end())
            n.reference = reference_of(grid, node, it->second, at_exclusion, w);
        if (bid && n.score)
          n.working = working_of(grid, node, n.answer, n.reference, *n.score, w, *bid);
      }
      out.nodes.push_back(std::move(n));
    }
    out.total_line = total_line(grid, plan, result, w);
    out.cost = cost_of(grid, cost, w);
    for (const Requirement& r : grid.requirements)
      out.requirements.push_back(check_of(grid, r, result, bid, cost, w));
    if (bid)
      for (const auto& [path, text] : bid->evidence) out.evidence.emplace_back(path, text);
  }

  // Neighbours in O(1): ranked bids are the first `ranked` of the lot, by rank.
  if (result.status == Status::ranked && !lot.bids.empty()) {
    const BidResult* first = lot.bids.data();
    const BidResult* end = first + lot.bids.size();
    std::ptrdiff_t i = 0;
    // std::less orders any two pointers; a bid that is not the lot's own is found by id.
    if (!std::less<const BidResult*>()(&result, first) &&
        std::less<const BidResult*>()(&result, end))
      i = &result - first;
    else
      while (i < end - first && first[i].id != result.id) ++i;
    if (i > 0 && i < context.ranked) out.above = neighbour(grid, result, &lot.bids[i - 1], w);
    if (i + 1 < context.ranked) out.below = neighbour(grid, result, &lot.bids[i + 1], w);
  }
  return out;
}

}  // namespace

BidBreakdown breakdown_of(const Grid& grid, const Evaluation& evaluation, const LotResult& lot,
                          const BidResult& bid, const std::vector<Bid>* bids) {
  const Plan plan(grid);
  return build(grid, plan, evaluation, lot, bid, context_of(plan, lot, bids, &bid));
}

std::vector<BidBreakdown> breakdowns(const Grid& grid, const Evaluation& evaluation,
                                     const std::vector<Bid>* bids) {
  const Plan plan(grid);
  std::vector<BidBreakdown> out;
  for (const LotResult& lot : evaluation.lots) {
    LotContext context = context_of(plan, lot, bids);
    for (const BidResult& bid : lot.bids)
      out.push_back(build(grid, plan, evaluation, lot, bid, context));
  }
  return out;
}

}  // namespace aser::report
