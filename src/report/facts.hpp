// What every report needs to know about a grid and an evaluation, in one
// place so that the formats agree: the nodes in grid order, which bids are
// shown under --top, the figures as text, the provenance.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/labels.hpp"
#include "report/report.hpp"

namespace aser::report {

/// Decimals of scores, points and weights in JSON and CSV (documented in
/// docs/report-formats.md): enough for any use, few enough that summation
/// noise (0.30000000000000004) never reaches the bytes.
inline constexpr int kFigureDecimals = 10;
/// Decimals of money in JSON and CSV (cents).
inline constexpr int kMoneyDecimals = 2;

/// A node of the grid with its depth (0 for the top level).
struct NodeAt {
  const Criterion* node;
  int depth;
};

/// Every node, depth first in the grid's order, parents before children.
std::vector<NodeAt> nodes_with_depth(const Grid& grid);

/// True when a leaf uses a relative rule (rank reversal is possible).
bool uses_relative_rules(const Grid& grid);

/// Lower-is-better methods rank by money: the total is shown as money.
bool total_is_money(const Grid& grid);

/// The first 12 hex digits of a SHA-256 ("" stays "").
std::string short_sha(const std::string& sha256);

/// "Lot 1" / "Sans lot"; nullopt when the evaluation has a single lot null
/// (nothing to say).
std::optional<std::string> lot_title(const Labels& labels, const Evaluation& evaluation,
                                     const LotResult& lot);

/// False for a ranked bid past --top.
bool shown(const BidResult& bid, const ReportOptions& options);
/// The ranked bids of a lot that --top hides.
int hidden_count(const LotResult& lot, const ReportOptions& options);

/// The effective share of a node under the grid's weights (0 when the
/// evaluation has none). A lot with weights of its own has other shares:
/// weight_in.
double weight_of(const Evaluation& evaluation, const std::string& id);
/// The effective share of a node in `lot`: the lot's own weights when it has
/// some (LotResult::weights), the grid's otherwise.
double weight_in(const Evaluation& evaluation, const LotResult& lot, const std::string& id);
/// The lots scored with weights of their own, in the report's order: the
/// reports that show the grid's weights once show theirs after.
std::vector<const LotResult*> lots_with_own_weights(const Evaluation& evaluation);
/// The top-level nodes and their shares, on one line: "Prix 40,0 %, Social 30,0 %".
std::string top_level_weights(const Grid& grid, const std::map<std::string, double>& shares,
                              Language language);

/// The total as the reports show it: points with 2 decimals, or money for the
/// lower-is-better methods; "" for a bid that is not ranked.
std::string total_text(const Grid& grid, const Labels& labels, const BidResult& bid);

/// An effective weight in % with 1 decimal, or up to 4 when 1 would hide part
/// of it (6.25 % stays "6,25 %", so that "1 × 6,25 % × 100 = 6,25" adds up).
std::string share_text(double share, Language language);

/// "Rang" → "rang", for a word inside a sentence (ASCII first letters only).
std::string lower_first(const std::string& word);

/// Money in the grid's currency and language; "" when absent.
std::string money_text(const Grid& grid, const Labels& labels, std::optional<double> value);

/// The lines of a text (a reason may be a whole diagnostic with a caret line).
std::vector<std::string> split_lines(const std::string& text);

}  // namespace aser::report
