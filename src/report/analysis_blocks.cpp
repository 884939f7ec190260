#include "report/analysis_blocks.hpp"

#include "report/analysis_text.hpp"
#include "report/facts.hpp"

namespace aser::report {

namespace {

constexpr int kBarWidth = 30;

Block text_block(Block::Kind kind, std::string text) {
  Block block;
  block.kind = kind;
  block.text = std::move(text);
  return block;
}

void stability_blocks(const Grid& grid, const Labels& labels, const Stability& stability,
                      const LotAnalysis& lot, std::vector<Block>& out) {
  const AnalysisWords& words = analysis_words(labels.language);
  out.push_back(text_block(Block::Kind::subheading, words.stability));
  out.push_back(text_block(Block::Kind::paragraph,
                           stability.money ? words.money_intro : words.stability_intro));
  if (stability.nodes.empty()) {
    out.push_back(text_block(Block::Kind::paragraph, words.nothing_varied));
    return;
  }
  Block table;
  table.kind = Block::Kind::table;
  table.headers = {words.node, stability.money ? words.value : words.weight, words.winner_kept,
                   words.order_kept};
  table.right = {false, true, false, false};
  if (!stability.money) {
    table.headers.push_back(words.bar);
    table.right.push_back(false);
    table.code = true;
  }
  for (const NodeStability& node : stability.nodes) {
    std::vector<std::string> row{node_label(grid, node.node),
                                 bound_text(grid, labels, stability.money, node.weight)};
    row.push_back(node.winner ? interval_text(grid, labels, stability.money, node.winner->from,
                                              node.winner->to)
                              : "—");
    row.push_back(interval_text(grid, labels, stability.money, node.order.from, node.order.to));
    if (!stability.money)
      row.push_back(node.winner
                        ? text_bar(*node.winner->from, *node.winner->to, node.weight, kBarWidth)
                        : "");
    table.rows.push_back(std::move(row));
  }
  out.push_back(std::move(table));
  if (std::string sentence = smallest_change_sentence(grid, labels, lot); !sentence.empty())
    out.push_back(text_block(Block::Kind::paragraph, sentence));
}

void reversal_blocks(const Grid& grid, const Labels& labels, const Reversal& reversal,
                     std::vector<Block>& out) {
  const AnalysisWords& words = analysis_words(labels.language);
  out.push_back(text_block(Block::Kind::subheading, words.reversal));
  Block table;
  table.kind = Block::Kind::table;
  table.headers = {words.without, labels.bid, labels.total, words.winner_then};
  table.right = {false, false, false, false};
  for (const Removal& removal : reversal.removals)
    for (const Flip& flip : removal.flips) {
      const std::string before = total_figure(grid, labels, flip.before.first) + " / " +
                                 total_figure(grid, labels, flip.before.second);
      const std::string after = total_figure(grid, labels, flip.after.first) + " / " +
                                total_figure(grid, labels, flip.after.second);
      table.rows.push_back({removal.removed, pair_text(words, flip.pair) + " " + words.swap,
                            before + " → " + after, removal.winner.value_or("—")});
    }
  if (table.rows.empty()) {
    out.push_back(text_block(Block::Kind::paragraph,
                             reversal.relative ? words.none_relative : words.none_absolute));
    return;
  }
  out.push_back(std::move(table));
}

void smaa_blocks(const Grid& grid, const Labels& labels, const LotAnalysis& lot,
                 std::vector<Block>& out) {
  if (!lot.smaa) return;
  const SmaaResult& smaa = *lot.smaa;
  const AnalysisWords& words = analysis_words(labels.language);
  out.push_back(text_block(Block::Kind::subheading, words.smaa));
  out.push_back(text_block(Block::Kind::paragraph, smaa_intro(labels, smaa)));
  if (smaa.bids.empty()) return;
  Block table;
  table.kind = Block::Kind::table;
  table.headers = {labels.bid};
  table.right = {false};
  for (std::size_t r = 1; r <= smaa.bids.size(); ++r) {
    table.headers.push_back(std::string(labels.rank) + " " + std::to_string(r));
    table.right.push_back(true);
  }
  table.headers.push_back(words.confidence);
  table.right.push_back(true);
  for (const SmaaBid& bid : smaa.bids) {
    std::vector<std::string> row{bid.id};
    for (double share : bid.acceptability) row.push_back(format_percent(share, 1, labels.language));
    row.push_back(bid.confidence ? format_percent(*bid.confidence, 1, labels.language) : "—");
    table.rows.push_back(std::move(row));
  }
  out.push_back(std::move(table));

  Block central;
  central.kind = Block::Kind::table;
  central.headers = {labels.bid};
  central.right = {false};
  for (const std::string& node : smaa.nodes) {
    central.headers.push_back(node_label(grid, node));
    central.right.push_back(true);
  }
  for (const SmaaBid& bid : smaa.bids) {
    if (!bid.central_weights) continue;
    std::vector<std::string> row{bid.id};
    for (const std::string& node : smaa.nodes) {
      auto it = bid.central_weights->find(node);
      row.push_back(
          it == bid.central_weights->end() ? "" : format_percent(it->second, 1, labels.language));
    }
    central.rows.push_back(std::move(row));
  }
  if (central.rows.empty()) return;
  out.push_back(text_block(Block::Kind::paragraph, words.central_weights));
  out.push_back(std::move(central));
}

}  // namespace

std::vector<Block> analysis_blocks(const Grid& grid, const Evaluation& evaluation,
                                   const AnalysisView& view) {
  const Labels& labels = labels_for(grid.language);
  const AnalysisWords& words = analysis_words(labels.language);
  std::vector<Block> out;
  out.push_back(text_block(Block::Kind::title, words.title));
  out.push_back(text_block(Block::Kind::paragraph, std::string(labels.grid) + labels.colon +
                                                       grid.name + " (" + grid.file + ", SHA-256 " +
                                                       short_sha(grid.sha256) + ")"));
  for (std::size_t i = 0; i < view.lots->size() && i < evaluation.lots.size(); ++i) {
    const LotAnalysis& lot = (*view.lots)[i];
    const LotResult& result = evaluation.lots[i];
    if (std::optional<std::string> title = lot_title(labels, evaluation, result))
      out.push_back(text_block(Block::Kind::heading, *title));
    const std::optional<std::string> winner = lot_winner(result);
    out.push_back(text_block(Block::Kind::paragraph,
                             winner ? std::string(words.winner) + labels.colon + *winner
                                    : std::string(words.no_winner)));
    if (lot.stability) stability_blocks(grid, labels, *lot.stability, lot, out);
    if (lot.reversal) reversal_blocks(grid, labels, *lot.reversal, out);
    smaa_blocks(grid, labels, lot, out);
  }
  return out;
}

}  // namespace aser::report
