// The scores sheet of a lot. For each ranked bid every figure is a formula:
// the value of each answer (a panel reduced, the life-cycle cost computed),
// each criterion's score by its rule (relative rules over the values of the
// bids in competition), each group's score as the weighted mean of its
// children, points, the method's total and the rank. aser's own values are
// cached in the cells, so the sheet reads right before any recalculation.
// Excluded and invalid bids follow as values, with their reasons.
#include "report/facts.hpp"
#include "report/labels.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formulas.hpp"
#include "score/numbers.hpp"
#include "score/scoring.hpp"

namespace aser::xlsx {
namespace {

struct Columns {
  static constexpr int kRank = 0, kId = 1, kSupplier = 2, kStatus = 3;
  int price = -1;  ///< the purchase price
  int cost = -1;   ///< the life-cycle cost
  int total = 0;
  int quality = -1;  ///< price_per_point: the quality points
  std::map<std::string, int> value, score, points;
  int flags = 0, reasons = 0, warnings = 0;
};

Columns plan_columns(const Grid& grid) {
  Columns c;
  int col = 4;
  if (grid.cost || price_criterion(grid)) c.price = col++;
  if (grid.cost) c.cost = col++;
  c.total = col++;
  if (grid.method.kind == Method::price_per_point) c.quality = col++;
  for (const Criterion* node : all_nodes(grid)) {
    if (!node->group) c.value[node->id] = col++;
    c.score[node->id] = col++;
    c.points[node->id] = col++;
  }
  c.flags = col++;
  c.reasons = col++;
  c.warnings = col++;
  return c;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

std::optional<double> found(const NodeFigures& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? std::nullopt : std::optional<double>(it->second);
}

class ScoresSheet {
 public:
  ScoresSheet(lxw_worksheet* sheet, const Formats& formats, const Grid& grid, const LotResult& lot,
              const AnswerColumns& answers, const WeightCells& weights)
      : sheet_(sheet),
        formats_(formats),
        grid_(grid),
        lot_(lot),
        answers_(answers),
        weights_(weights),
        plan_(grid),
        cols_(plan_columns(grid)),
        labels_(report::labels_for(grid.language)),
        words_(words_for(grid)) {
    for (const BidResult& bid : lot.bids) ranked_ += bid.status == Status::ranked;
  }

  void headers() {
    write_text(sheet_, 1, Columns::kRank, labels_.rank, formats_.header);
    write_text(sheet_, 1, Columns::kId, labels_.bid, formats_.header);
    write_text(sheet_, 1, Columns::kSupplier, labels_.supplier, formats_.header);
    write_text(sheet_, 1, Columns::kStatus, labels_.status, formats_.header);
    write_note(sheet_, 1, Columns::kStatus, words_.status_note);
    write_note(sheet_, 1, Columns::kRank, ties() ? words_.rank_note : words_.rank_formula);
    if (cols_.price >= 0) write_text(sheet_, 1, cols_.price, labels_.price, formats_.header);
    if (cols_.cost >= 0)
      write_text(sheet_, 1, cols_.cost, labels_.life_cycle_cost, formats_.header);
    write_text(sheet_, 1, cols_.total, report::total_label(labels_, grid_.method.kind),
               formats_.header);
    if (cols_.quality >= 0)
      write_text(sheet_, 1, cols_.quality, labels_.quality_points, formats_.header);
    for (const Criterion* node : plan_.nodes) {
      const int first = node->group ? cols_.score.at(node->id) : cols_.value.at(node->id);
      write_text(sheet_, 0, first, node->display_label(), formats_.header);
      if (!node->group) write_text(sheet_, 1, first, words_.value, formats_.header);
      write_text(sheet_, 1, cols_.score.at(node->id), labels_.score, formats_.header);
      write_text(sheet_, 1, cols_.points.at(node->id), labels_.points, formats_.header);
    }
    write_text(sheet_, 1, cols_.flags, labels_.flags, formats_.header);
    write_text(sheet_, 1, cols_.reasons, labels_.reasons, formats_.header);
    write_note(sheet_, 1, cols_.reasons, words_.reasons_note);
    write_text(sheet_, 1, cols_.warnings, labels_.warnings, formats_.header);
    worksheet_set_column(sheet_, 0, 0, 6, nullptr);
    worksheet_set_column(sheet_, 1, 1, 14, nullptr);
    worksheet_set_column(sheet_, 2, 2, 28, nullptr);
    worksheet_set_column(sheet_, 3, cols_.flags - 1, 12, nullptr);
    worksheet_set_column(sheet_, cols_.flags, cols_.warnings, 40, nullptr);
    worksheet_freeze_panes(sheet_, kFirstRow, 3);
  }

  void bid(int row, const BidResult& result, const Bid* bid) {
    write_text(sheet_, row, Columns::kId, result.id);
    write_text(sheet_, row, Columns::kSupplier, result.supplier);
    write_text(sheet_, row, Columns::kStatus, report::status_label(labels_, result.status));
    std::vector<std::string> flags;
    for (const std::string& flag : result.flags)
      flags.push_back(report::flag_text(labels_, grid_, flag, result.lot));
    write_text(sheet_, row, cols_.flags, joined(flags));
    write_text(sheet_, row, cols_.reasons, joined(result.reasons));
    write_text(sheet_, row, cols_.warnings, joined(result.warnings));
    std::optional<BidInput> input;
    if (bid) input = read_bid(plan_, *bid);
    if (result.status == Status::ranked && bid)
      formulas(row, result, *input);
    else
      values(row, result, input ? &*input : nullptr);
  }

 private:
  bool ties() const {
    for (int i = 0; i + 1 < ranked_; ++i)
      if (nearly_equal(lot_.bids[i].total, lot_.bids[i + 1].total)) return true;
    return false;
  }

  std::string answer_first(int row, const std::string& path) const {
    return on_sheet(answers_.sheet, cell(row, answers_.by_path.at(path).first));
  }
  std::string answer_range(int row, const std::string& path) const {
    const AnswerColumns::Span span = answers_.by_path.at(path);
    return on_sheet(answers_.sheet,
                    cell(row, span.first) + ":" + cell(row, span.first + span.width - 1));
  }
  int answer_width(const std::string& path) const { return answers_.by_path.at(path).width; }

  void formula(int row, int col, const std::string& text, lxw_format* format,
               std::optional<double> cached) {
    if (cached)
      worksheet_write_formula_num(sheet_, row, col, text.c_str(), format, *cached);
    else
      worksheet_write_formula_str(sheet_, row, col, text.c_str(), format, "");
  }

  void value_formula_cell(int row, int col, const std::string& text, const AnswerValue& value) {
    switch (value.kind) {
      case AnswerValue::Kind::number:
        formula(row, col, text, nullptr, value.number);
        return;
      case AnswerValue::Kind::boolean:
        formula(row, col, text, nullptr, value.boolean ? 1.0 : 0.0);
        return;
      case AnswerValue::Kind::text:
        worksheet_write_formula_str(sheet_, row, col, text.c_str(), nullptr, value.text().c_str());
        return;
      case AnswerValue::Kind::absent:
        formula(row, col, text, nullptr, std::nullopt);
        return;
    }
  }

  std::string points_formula(const Criterion& node, const std::string& score) const {
    const std::string scale = weights_.scale();
    const std::string effective = weights_.at(node.id, WeightCells::kEffective);
    switch (grid_.method.kind) {
      case Method::weighted_sum:
        return score + "*" + effective + "*" + scale;
      case Method::price_per_point:
        return score + "*" + effective + "/(1-" +
               weights_.at(plan_.price->id, WeightCells::kEffective) + ")*" + scale;
      case Method::adjusted_price:
      case Method::fictitious_price:
        return "";  // the sum of the children's (groups) or coefficient × score (leaves)
    }
    return "";
  }

  void formulas(int row, const BidResult& result, const BidInput& input) {
    const Method method = grid_.method.kind;
    const std::string price_value =
        plan_.price ? cell(row, cols_.value.at(plan_.price->id)) : std::string();
    if (cols_.price >= 0) {
      std::string text = grid_.cost
                             ? value_formula(Panel::mean, answer_first(row, grid_.cost->purchase),
                                             answer_range(row, grid_.cost->purchase),
                                             answer_width(grid_.cost->purchase))
                             : price_value;
      formula(row, cols_.price, text, formats_.money, result.price);
    }
    if (cols_.cost >= 0) {
      std::vector<std::pair<std::string, double>> yearly;
      for (const YearlyCost& item : grid_.cost->yearly)
        yearly.emplace_back(
            quantity_formula(answer_first(row, item.answer), answer_range(row, item.answer),
                             answer_width(item.answer)),
            item.unit_cost);
      formula(row, cols_.cost,
              cost_formula(cell(row, cols_.price), yearly, grid_.cost->years,
                           grid_.cost->discount_rate),
              formats_.money, input.life_cycle_cost);
    }

    // Leaves: value, score; then every node's points, children before parents.
    for (const Criterion* leaf : plan_.leaves) {
      const int v = cols_.value.at(leaf->id);
      std::string value =
          grid_.cost && leaf->answer == "cost"
              ? cell(row, cols_.cost)
              : value_formula(leaf->panel, answer_first(row, leaf->answer),
                              answer_range(row, leaf->answer), answer_width(leaf->answer));
      value_formula_cell(row, v, value, input.answers.at(leaf->id));
      const std::string range = column_range(v, kFirstRow, kFirstRow + ranked_ - 1);
      formula(row, cols_.score.at(leaf->id), rule_formula(leaf->rule, cell(row, v), range),
              formats_.score, found(result.scores, leaf->id).value_or(0));
    }
    for (auto it = plan_.nodes.rbegin(); it != plan_.nodes.rend(); ++it) {
      const Criterion& node = **it;
      const std::string score = cell(row, cols_.score.at(node.id));
      if (node.group) {
        std::vector<std::string> terms;
        for (const Criterion& child : node.children)
          terms.push_back(weights_.at(child.id, WeightCells::kShare) + "*" +
                          cell(row, cols_.score.at(child.id)));
        formula(row, cols_.score.at(node.id), sum_of(terms), formats_.score,
                found(result.scores, node.id).value_or(0));
      }
      if (&node == plan_.price && method != Method::weighted_sum) continue;  // no points
      std::string points = points_formula(node, score);
      if (points.empty()) {
        if (node.group) {
          std::vector<std::string> children;
          for (const Criterion& child : node.children)
            children.push_back(cell(row, cols_.points.at(child.id)));
          points = sum_of(children);
        } else {
          points = weights_.at(node.id, WeightCells::kProduct) + "*" + score;
        }
      }
      formula(row, cols_.points.at(node.id), points, formats_.points,
              found(result.points, node.id).value_or(0));
    }

    // The method's total over the top-level points.
    std::vector<std::string> top;
    for (const Criterion& node : grid_.criteria)
      if (method == Method::weighted_sum || &node != plan_.price)
        top.push_back(cell(row, cols_.points.at(node.id)));
    std::string total;
    switch (method) {
      case Method::weighted_sum:
        total = sum_of(top);
        break;
      case Method::price_per_point:
        formula(row, cols_.quality, sum_of(top), formats_.points, result.quality_points);
        total = price_per_point_formula(price_value, cell(row, cols_.quality));
        break;
      case Method::adjusted_price:
        total = adjusted_price_formula(price_value, sum_of(top), weights_.vmax());
        break;
      case Method::fictitious_price:
        total = price_value + "-(" + sum_of(top) + ")";
        break;
    }
    formula(row, cols_.total, total, formats_.total, result.total);

    const std::string rank_range = column_range(cols_.total, kFirstRow, kFirstRow + ranked_ - 1);
    const std::string order = method == Method::weighted_sum ? "0" : "1";
    if (ties() || !result.rank)
      worksheet_write_number(sheet_, row, Columns::kRank, result.rank.value_or(0), nullptr);
    else
      formula(row, Columns::kRank,
              "RANK(" + cell(row, cols_.total) + "," + rank_range + "," + order + ")", nullptr,
              static_cast<double>(*result.rank));
  }

  void number(int row, int col, std::optional<double> value, lxw_format* format) {
    if (value) worksheet_write_number(sheet_, row, col, *value, format);
  }

  // Excluded and invalid bids: what aser found, as values.
  void values(int row, const BidResult& result, const BidInput* input) {
    if (cols_.price >= 0) number(row, cols_.price, result.price, formats_.money);
    if (cols_.cost >= 0 && input) number(row, cols_.cost, input->life_cycle_cost, formats_.money);
    if (result.quality_points && cols_.quality >= 0)
      number(row, cols_.quality, result.quality_points, formats_.points);
    for (const Criterion* node : plan_.nodes) {
      if (!node->group && input) {
        const AnswerValue& value = input->answers.at(node->id);
        const int col = cols_.value.at(node->id);
        if (value.is_number())
          worksheet_write_number(sheet_, row, col, value.number, nullptr);
        else if (value.kind == AnswerValue::Kind::boolean)
          worksheet_write_boolean(sheet_, row, col, value.boolean, nullptr);
        else if (value.kind == AnswerValue::Kind::text)
          write_text(sheet_, row, col, value.text());
      }
      number(row, cols_.score.at(node->id), found(result.scores, node->id), formats_.score);
      number(row, cols_.points.at(node->id), found(result.points, node->id), formats_.points);
    }
  }

  lxw_worksheet* sheet_;
  const Formats& formats_;
  const Grid& grid_;
  const LotResult& lot_;
  const AnswerColumns& answers_;
  const WeightCells& weights_;
  Plan plan_;
  Columns cols_;
  const report::Labels& labels_;
  const Words& words_;
  int ranked_ = 0;
};

}  // namespace

void write_scores_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                        const LotResult& lot, const BidsById& bids, const AnswerColumns& answers,
                        const WeightCells& weights, const std::string& sheet) {
  lxw_worksheet* ws = add_sheet(book, sheet);
  ScoresSheet scores(ws, formats, grid, lot, answers, weights);
  scores.headers();
  int row = kFirstRow;
  for (const BidResult& result : lot.bids) {
    auto found = bids.find(result.id);
    scores.bid(row++, result, found == bids.end() ? nullptr : found->second);
  }
}

}  // namespace aser::xlsx
