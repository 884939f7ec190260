// Pieces of text the analysis reports share: intervals, bars, pairs, the
// smallest-change sentence. Internal to src/report.
#pragma once

#include <optional>
#include <string>

#include "analyze/analysis.hpp"
#include "model/grid.hpp"
#include "report/analysis_words.hpp"
#include "report/labels.hpp"

namespace aser::report {

/// A bound as text: a share in % (1 decimal, more when 1 hides it) or money;
/// "unbounded" when null.
std::string bound_text(const Grid& grid, const Labels& labels, bool money,
                       std::optional<double> bound);

/// "[12,3 % ; 55,0 %]" / "[12.3%, 55.0%]" (money under fictitious_price).
std::string interval_text(const Grid& grid, const Labels& labels, bool money,
                          std::optional<double> from, std::optional<double> to);

/// A text bar of `width` cells over [0, 1]: '=' inside [from, to], '.'
/// outside, '|' at the current share w.
std::string text_bar(double from, double to, double w, int width);

/// The display label of a node id (the id when the grid has no such node).
std::string node_label(const Grid& grid, const std::string& id);

/// The winner of a lot (the unique rank 1), or null.
std::optional<std::string> lot_winner(const LotResult& lot);

/// "b-02 et b-03" / "b-02 and b-03".
std::string pair_text(const AnalysisWords& words, const BidPair& pair);

/// The points or money of a total, as the ranking shows it.
std::string total_figure(const Grid& grid, const Labels& labels, double total);

/// "10 000 tirages, uniformes sur le simplexe, graine 1" / "10,000 samples, ...".
std::string smaa_intro(const Labels& labels, const SmaaResult& smaa);

}  // namespace aser::report
