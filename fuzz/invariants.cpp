// What must hold of any evaluation and its reports, whatever the input.
#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "fuzz_support.hpp"
#include "report/report.hpp"
#include "support/utf8.hpp"

namespace aser::fuzz {
namespace {

// DESIGN section 10: two figures are equal within 1e-9, relative.
bool same(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

void check_lot(const Evaluation& evaluation, const LotResult& lot) {
  const BidResult* previous = nullptr;
  std::size_t index = 0;
  bool past_ranked = false;
  for (const BidResult& bid : lot.bids) {
    const std::string who = "bid '" + bid.id + "': ";
    FUZZ_CHECK(bid.lot == lot.lot, who + "listed in another lot than its own");
    for (const auto& [id, score] : bid.scores)
      FUZZ_CHECK(score >= 0 && score <= 1,
                 who + "score of '" + id + "' outside [0, 1]: " + std::to_string(score));
    for (const auto& [id, points] : bid.points)
      FUZZ_CHECK(std::isfinite(points), who + "points of '" + id + "' not finite");
    if (bid.quality_points)
      FUZZ_CHECK(std::isfinite(*bid.quality_points), who + "quality points not finite");
    if (bid.price) FUZZ_CHECK(std::isfinite(*bid.price), who + "price not finite");
    if (bid.cost) FUZZ_CHECK(std::isfinite(*bid.cost), who + "cost not finite");
    for (const std::string& text : bid.reasons)
      FUZZ_CHECK(utf8_or_known_bug(text), who + "a reason not UTF-8");
    for (const std::string& text : bid.warnings)
      FUZZ_CHECK(utf8_or_known_bug(text), who + "a warning not UTF-8");

    if (bid.status != Status::ranked) {
      FUZZ_CHECK(!bid.rank, who + "has a rank but is " + status_name(bid.status));
      FUZZ_CHECK(!bid.reasons.empty(), who + status_name(bid.status) + " with no reason");
      past_ranked = true;
      continue;
    }
    // Ranked bids come first, by rank: competition ranks 1, 1, 3.
    FUZZ_CHECK(!past_ranked, who + "ranked, but listed after an excluded or invalid bid");
    FUZZ_CHECK(bid.rank.has_value(), who + "ranked without a rank");
    FUZZ_CHECK(std::isfinite(bid.total), who + "total not finite");
    const int rank = *bid.rank;
    if (previous == nullptr) {
      FUZZ_CHECK(rank == 1, who + "the first ranked bid has rank " + std::to_string(rank));
    } else {
      const int before = *previous->rank;
      FUZZ_CHECK(rank == before || rank == static_cast<int>(index) + 1,
                 who + "rank " + std::to_string(rank) + " after rank " + std::to_string(before) +
                     " at position " + std::to_string(index + 1));
      const bool better = evaluation.better == Better::higher ? bid.total > previous->total
                                                              : bid.total < previous->total;
      FUZZ_CHECK(!better || same(bid.total, previous->total),
                 who + "total " + std::to_string(bid.total) + " ranked after a worse total " +
                     std::to_string(previous->total));
      if (rank == before)
        FUZZ_CHECK(same(bid.total, previous->total), who + "shares a rank with a different total");
    }
    previous = &bid;
    ++index;
  }
}

}  // namespace

void check_evaluation(const Grid& grid, const BidSet& bids, const Evaluation& evaluation) {
  // Every bid given is listed exactly once: ranked, excluded or invalid.
  std::map<std::pair<std::string, std::string>, int> expected;
  for (const Bid& bid : bids.bids) ++expected[{bid.id, bid.file}];
  for (const InvalidBid& bid : bids.invalid) ++expected[{bid.id, bid.file}];
  std::map<std::pair<std::string, std::string>, int> listed;
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) ++listed[{bid.id, bid.file}];
  for (const auto& [key, n] : expected)
    FUZZ_CHECK(listed[key] == n, "bid '" + key.first + "' (" + key.second + ") listed " +
                                     std::to_string(listed[key]) + " times, given " +
                                     std::to_string(n));
  FUZZ_CHECK(listed.size() == expected.size(), "the evaluation lists a bid nobody gave");
  // Lots once each, in order: by text (no lot first) when the grid declares
  // none; else the declared lots in the grid's order, then the others by text
  // (docs/design-notes.md, issue 9: "lots are reported in the grid's order").
  auto place = [&](const std::optional<std::string>& lot) {
    std::size_t declared = grid.lots.size();
    for (std::size_t i = 0; i < grid.lots.size(); ++i)
      if (lot && grid.lots[i].id == *lot) declared = i;
    return std::make_pair(declared, lot);
  };
  for (std::size_t i = 1; i < evaluation.lots.size(); ++i)
    FUZZ_CHECK(place(evaluation.lots[i - 1].lot) < place(evaluation.lots[i].lot),
               "lots not sorted or repeated");

  // Effective weights: the leaves share the whole.
  std::vector<double> leaf_weights;
  for (const Criterion* leaf : leaves(grid)) {
    auto found = evaluation.weights.find(leaf->id);
    FUZZ_CHECK(found != evaluation.weights.end(), "no effective weight for '" + leaf->id + "'");
    FUZZ_CHECK(std::isfinite(found->second) && found->second >= 0,
               "effective weight of '" + leaf->id + "' is " + std::to_string(found->second));
    leaf_weights.push_back(found->second);
  }
  double sum = 0;
  for (double w : leaf_weights) sum += w;
  FUZZ_CHECK(leaf_weights.empty() || std::fabs(sum - 1) < 1e-6,
             "effective weights of the leaves add up to " + std::to_string(sum));

  for (const LotResult& lot : evaluation.lots) check_lot(evaluation, lot);
  for (const std::string& text : evaluation.warnings)
    FUZZ_CHECK(utf8_or_known_bug(text), "a run warning not UTF-8");
}

void check_reports(const Grid& grid, const BidSet& bids, const Evaluation& evaluation) {
  ReportOptions options;
  options.version = "0.0.0-fuzz";
  options.bids = &bids.bids;
  std::size_t listed = 0;
  for (const LotResult& lot : evaluation.lots) listed += lot.bids.size();

  const std::string json_text = render_json(grid, evaluation, options);
  const nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
  FUZZ_CHECK(!json.is_discarded(), "the JSON report does not parse");
  std::size_t in_json = 0;
  for (const auto& lot : json.at("lots")) in_json += lot.at("bids").size();
  FUZZ_CHECK(in_json == listed, "the JSON report lists " + std::to_string(in_json) + " of " +
                                    std::to_string(listed) + " bids");

  const std::string reports[] = {
      render_table(grid, evaluation, options),
      render_csv(grid, evaluation, options),
      render_csv(grid, evaluation, options, CsvOptions{';', true, true}),
      render_markdown(grid, evaluation, options),
      render_html(grid, evaluation, options),
  };
  for (const std::string& report : reports) {
    FUZZ_CHECK(!report.empty(), "a report rendered empty");
    FUZZ_CHECK(utf8_or_known_bug(report), "a report that is not UTF-8");
  }
  options.color = true;
  options.top = 1;
  options.date = "2026-11-28";
  FUZZ_CHECK(!render_table(grid, evaluation, options).empty(), "the table rendered empty");
  FUZZ_CHECK(!render_markdown(grid, evaluation, options).empty(), "markdown rendered empty");
}

}  // namespace aser::fuzz
