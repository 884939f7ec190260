#include "analyze/smaa_confidence.hpp"

#include <algorithm>
#include <atomic>
#include <limits>
#include <map>
#include <thread>

#include "analyze/smaa_random.hpp"
#include "score/rules.hpp"

namespace aser {
namespace {

constexpr std::uint64_t confidence_stream = 2;

/// One bid's panels at fixed weights: the weighted change each mark makes to its dot product.
struct BidPanels {
  std::size_t bid = 0;
  double dot = 0;  ///< at the central weights, with the panels reduced as in the evaluation
  std::vector<std::vector<double>>
      deltas;  ///< per panel, per mark: w × sign × (mark's score − score)
};

}  // namespace

std::vector<PanelDraw> panel_draws(const Grid& grid, const LotResult& lot,
                                   const DecisionMatrix& matrix, const std::vector<Bid>& bids) {
  std::map<std::string, const Bid*> by_id;
  for (const Bid& bid : bids) by_id.emplace(bid.id, &bid);
  std::vector<const Criterion*> leaves;
  for (const std::string& id : matrix.leaves) leaves.push_back(find_node(grid, id));

  std::vector<PanelDraw> out;
  for (std::size_t b = 0; b < matrix.bid_count(); ++b) {
    auto found = by_id.find(matrix.bids[b]);
    if (found == by_id.end()) continue;
    for (std::size_t j = 0; j < leaves.size(); ++j) {
      const Criterion* leaf = leaves[j];
      if (!leaf || !reads_number(leaf->rule.kind) || leaf->answer == "cost") continue;
      auto answer = found->second->answers.find(leaf->answer);
      if (answer == found->second->answers.end() || answer->second.kind != Answer::Kind::numbers ||
          answer->second.numbers.size() < 2)
        continue;
      std::optional<Bounds> bounds;
      auto reference = lot.references.find(leaf->id);
      if (is_relative(leaf->rule.kind) && reference != lot.references.end())
        bounds = Bounds{reference->second.min, reference->second.max};
      PanelDraw draw{b, j, {}};
      bool varies = false;
      for (double mark : answer->second.numbers) {
        draw.scores.push_back(score_number(leaf->rule, mark, bounds));
        varies = varies || draw.scores.back() != draw.scores.front();
      }
      if (varies) out.push_back(std::move(draw));
    }
  }
  return out;
}

double confidence(const SmaaModel& model, const std::vector<PanelDraw>& panels, std::size_t bid,
                  const std::vector<double>& central, std::size_t samples, std::uint64_t seed,
                  std::size_t chunk, unsigned threads) {
  const std::size_t n = model.bids;
  const bool higher = model.matrix.better == Better::higher;
  auto key = [&](double total) { return higher ? -total : total; };

  // 1. Every bid at the central weights, panels reduced as in the evaluation.
  std::vector<double> base(n);
  model.totals(central.data(), base.data());
  std::vector<BidPanels> drawn;
  for (const PanelDraw& panel : panels) {
    if (drawn.empty() || drawn.back().bid != panel.bid) {
      double dot = 0;
      for (std::size_t k = 0; k < model.dims; ++k) dot += central[k] * model.y[k * n + panel.bid];
      drawn.push_back(BidPanels{panel.bid, dot, {}});
    }
    const std::size_t j = panel.leaf;
    const double w = central[model.node_of[j]] * model.proportion[j] * model.matrix.signs[j];
    const double held = model.matrix.row(panel.bid)[j];
    std::vector<double> deltas;
    for (double score : panel.scores) deltas.push_back(w * (score - held));
    drawn.back().deltas.push_back(std::move(deltas));
  }
  if (drawn.empty()) return 1;  // no panel: nothing is drawn
  // 2. The best of the bids whose totals do not move.
  std::vector<bool> moves(n, false);
  for (const BidPanels& p : drawn) moves[p.bid] = true;
  double fixed_best = std::numeric_limits<double>::infinity();
  for (std::size_t b = 0; b < n; ++b)
    if (!moves[b] && key(base[b]) < fixed_best) fixed_best = key(base[b]);

  // 3. Draw, chunk by chunk: one evaluator's mark per panel.
  const std::size_t chunks = (samples + chunk - 1) / chunk;
  std::atomic<std::size_t> next{0};
  std::vector<std::uint64_t> firsts(chunks, 0);
  auto work = [&] {
    for (std::size_t c; (c = next.fetch_add(1)) < chunks;) {
      SmaaRandom random(seed, confidence_stream, (static_cast<std::uint64_t>(bid) << 32) | c);
      const std::size_t count = std::min(chunk, samples - c * chunk);
      std::uint64_t first = 0;
      for (std::size_t s = 0; s < count; ++s) {
        double best = fixed_best, mine = key(base[bid]);
        for (const BidPanels& p : drawn) {
          double dot = p.dot;
          for (const std::vector<double>& deltas : p.deltas)
            dot += deltas[random.below(deltas.size())];
          const double k = key(model.total_from(p.bid, dot));
          if (k < best) best = k;
          if (p.bid == bid) mine = k;
        }
        first += near_total(mine, best) ? 1 : 0;  // best includes mine
      }
      firsts[c] = first;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < chunks; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  std::uint64_t total = 0;
  for (std::uint64_t f : firsts) total += f;
  return static_cast<double>(total) / static_cast<double>(samples);
}

}  // namespace aser
