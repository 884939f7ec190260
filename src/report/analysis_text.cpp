#include "report/analysis_text.hpp"

#include <cmath>

#include "report/analysis_report.hpp"
#include "report/facts.hpp"
#include "score/evaluate.hpp"

namespace aser::report {

std::string bound_text(const Grid& grid, const Labels& labels, bool money,
                       std::optional<double> bound) {
  const AnalysisWords& words = analysis_words(labels.language);
  if (!bound) return words.unbounded;
  if (money) return format_money(*bound, grid.currency, labels.language);
  return format_percent(*bound, 1, labels.language);
}

std::string interval_text(const Grid& grid, const Labels& labels, bool money,
                          std::optional<double> from, std::optional<double> to) {
  const char* sep = labels.language == Language::fr ? "\u00a0; " : ", ";
  return "[" + bound_text(grid, labels, money, from) + sep + bound_text(grid, labels, money, to) +
         "]";
}

std::string text_bar(double from, double to, double w, int width) {
  std::string out = "[";
  int mark = static_cast<int>(std::floor(w * width));
  if (mark >= width) mark = width - 1;
  if (mark < 0) mark = 0;
  for (int i = 0; i < width; ++i) {
    const double centre = (i + 0.5) / width;
    out += i == mark ? '|' : centre >= from && centre <= to ? '=' : '.';
  }
  return out + "]";
}

std::string node_label(const Grid& grid, const std::string& id) {
  const Criterion* node = find_node(grid, id);
  return node ? node->display_label() : id;
}

std::optional<std::string> lot_winner(const LotResult& lot) {
  std::optional<std::string> winner;
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || bid.rank != 1) continue;
    if (winner) return std::nullopt;
    winner = bid.id;
  }
  return winner;
}

std::string pair_text(const AnalysisWords& words, const BidPair& pair) {
  return pair.first + " " + words.and_word + " " + pair.second;
}

std::string total_figure(const Grid& grid, const Labels& labels, double total) {
  if (total_is_money(grid)) return format_money(total, grid.currency, labels.language);
  return format_number(total, 2, labels.language);
}

std::string smaa_intro(const Labels& labels, const SmaaResult& smaa) {
  const bool fr = labels.language == Language::fr;
  std::string sampling = smaa.sampling;
  if (fr) {
    sampling = smaa.sampling == "uniform"      ? "uniformes sur le simplexe"
               : smaa.sampling == "around"     ? "autour des poids de la grille (--around)"
               : smaa.sampling == "keep_order" ? "dans l'ordre des poids de la grille"
                                               : "autour des poids, dans leur ordre";
  } else {
    sampling = smaa.sampling == "uniform"      ? "uniform on the simplex"
               : smaa.sampling == "around"     ? "around the grid's weights (--around)"
               : smaa.sampling == "keep_order" ? "in the grid's order of weights"
                                               : "around the weights, in their order";
  }
  const std::string count = format_number(static_cast<double>(smaa.samples), 0, labels.language);
  const std::string over =
      fr ? (smaa.over == "top" ? "poids du premier niveau" : "poids des critères")
         : (smaa.over == "top" ? "top-level weights" : "criterion weights");
  return fr ? count + " tirages des " + over + ", " + sampling + ", graine " +
                  std::to_string(smaa.seed) +
                  " ; part des tirages où chaque offre prend chaque rang."
            : count + " samples of the " + over + ", " + sampling + ", seed " +
                  std::to_string(smaa.seed) + "; the share of samples giving each bid each rank.";
}

std::string smallest_change_sentence(const Grid& grid, const Labels& labels,
                                     const LotAnalysis& lot) {
  const AnalysisWords& words = analysis_words(labels.language);
  if (!lot.stability) return "";
  const Stability& stability = *lot.stability;
  const bool has_winner = !stability.nodes.empty() && stability.nodes.front().winner;
  if (!stability.smallest_change) return has_winner ? words.no_change : "";
  const SmallestChange& change = *stability.smallest_change;
  const double from = change.to - change.by;
  const bool fr = labels.language == Language::fr;
  const std::string label = fr ? "«\u00a0" + node_label(grid, change.node) + "\u00a0»"
                               : "'" + node_label(grid, change.node) + "'";
  return std::string(words.changes_if) + " " +
         (stability.money ? words.value_of : words.weight_of) + " " + label + " " +
         words.goes_from + " " + bound_text(grid, labels, stability.money, from) + " " + words.to +
         " " + bound_text(grid, labels, stability.money, change.to) + labels.colon + change.winner +
         " " + words.takes_lead + ".";
}

std::string fragility_warning(const Grid& grid, const Evaluation& evaluation,
                              const LotAnalysis& lot, double fragile) {
  if (!lot.stability) return "";
  const std::optional<double> share =
      smallest_change_share(grid_in_lot(grid, lot.lot), *lot.stability);
  if (!share || !(*share * 100 < fragile)) return "";
  const SmallestChange& change = *lot.stability->smallest_change;
  const Labels& english = labels_for(Language::en);
  const bool money = lot.stability->money;
  std::string where;
  if (evaluation.lots.size() > 1 || lot.lot) where = "lot " + lot.lot.value_or("(none)") + ": ";
  std::string winner;
  for (const LotResult& result : evaluation.lots)
    if (result.lot == lot.lot) winner = lot_winner(result).value_or("");
  return where + "the winner " + winner + " depends on a change of " +
         fixed_decimal(*share * 100, 1) + " points of share, below --fragile " +
         shortest_decimal(fragile) + ": " + (money ? "the value of '" : "the weight of '") +
         change.node + "' from " + bound_text(grid, english, money, change.to - change.by) +
         " to " + bound_text(grid, english, money, change.to) + " puts " + change.winner + " first";
}

}  // namespace aser::report
