// Reports of `aser analyze` (DESIGN section 7): JSON, table, Markdown and
// HTML, each carrying the same facts, in the grid's language.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/labels.hpp"
#include "report/report.hpp"

namespace aser {

/// What the analysis reports need besides the evaluation.
struct AnalysisView {
  const std::vector<LotAnalysis>* lots = nullptr;  ///< one per lot of the evaluation
  double fragile = 5;  ///< --fragile P: points of share under which the winner is fragile
};

std::string render_analysis_json(const Grid& grid, const Evaluation& evaluation,
                                 const AnalysisView& view, const ReportOptions& options);
std::string render_analysis_table(const Grid& grid, const Evaluation& evaluation,
                                  const AnalysisView& view, const ReportOptions& options);
std::string render_analysis_markdown(const Grid& grid, const Evaluation& evaluation,
                                     const AnalysisView& view, const ReportOptions& options);
/// A whole self-contained page: the analysis of every lot.
std::string render_analysis_html(const Grid& grid, const Evaluation& evaluation,
                                 const AnalysisView& view, const ReportOptions& options);

namespace report {

/// The analysis as a section of the HTML report (`aser rank -f html
/// --analyze` and `aser analyze -f html`): the acceptabilities as a heat
/// map, each weight's intervals as bars around it. No script.
std::string analysis_html_section(const Grid& grid, const Labels& labels,
                                  const Evaluation& evaluation, const AnalysisView& view);

/// The sentence of the smallest change: "le lauréat change si le poids du prix
/// passe de 40 % à 52,3 % : atelier-solidaire passe devant" / "the winner
/// changes if the weight of Price goes from 40% to 52.3%: atelier-solidaire
/// takes the lead"; or that no weight changes it; "" without a winner.
std::string smallest_change_sentence(const Grid& grid, const Labels& labels,
                                     const LotAnalysis& lot);

/// The fragility warning of a lot, or "" (English, for stderr).
std::string fragility_warning(const Grid& grid, const Evaluation& evaluation,
                              const LotAnalysis& lot, double fragile);

}  // namespace report
}  // namespace aser
