// The pieces of the HTML report (html.cpp assembles them): escaping, the
// words only the HTML report uses, the style sheet, the SVG chart, the per-bid
// breakdowns. Internal to src/report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/bar_chart.hpp"
#include "report/labels.hpp"
#include "report/report.hpp"

namespace aser::report::html {

/// Text safe in an element and in a quoted attribute: & < > " ' become
/// entities; bytes that are not UTF-8 and control characters (but tab and
/// line feed) become U+FFFD, so that nothing from a bid file can open a tag.
std::string escape(std::string_view text);

/// Words of the HTML report that the other reports do not use.
struct Words {
  const char* report;           ///< "Rapport de classement" / "Ranking report"
  const char* method_weights;   ///< "Méthode et pondération" / "Method and weights"
  const char* provenance;       ///< "Provenance"
  const char* date;             ///< "Date"
  const char* aser_version;     ///< "Version d'aser" / "aser version"
  const char* sha256;           ///< "SHA-256"
  const char* answer;           ///< "Réponse" / "Answer"
  const char* rule;             ///< "Règle" / "Rule"
  const char* working;          ///< "Calcul" / "Working"
  const char* reference;        ///< "Référence" / "Reference"
  const char* requirements;     ///< "Exigences" / "Requirements"
  const char* satisfied;        ///< "satisfaite" / "met"
  const char* failed;           ///< "non satisfaite" / "not met"
  const char* not_checked;      ///< "non vérifiée" / "not checked"
  const char* life_cycle_cost;  ///< "Coût du cycle de vie" / "Life-cycle cost"
  const char* neighbours;       ///< "Voisins au classement" / "Neighbours in the ranking"
  const char* above;            ///< "Au-dessus" / "Above"
  const char* below;            ///< "En dessous" / "Below"
  const char* gap;              ///< "écart" / "gap"
  const char* evidence;         ///< "Justificatifs" / "Evidence"
  const char* out_of;           ///< "sur" / "out of" (rank 2 out of 5)
  const char* total_working;    ///< "Total"
  const char* no_answers;       ///< the answers were not given to the report
};
const Words& words(Language language);

/// The whole style sheet (screen and print on A4), inline in <head>.
std::string style();

/// The SVG chart of one lot's bars (several SVGs of at most `kBarsPerSvg`
/// bars each, so that printing never cuts a bar) and its legend; "" when no bar.
inline constexpr std::size_t kBarsPerSvg = 20;
std::string chart(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                  const std::vector<Bar>& bars, const Axis& axis);

/// The fill colour of a top-level node ("#0072B2").
const char* fill_of(const Grid& grid, const Criterion& node);

/// The anchor of a bid's breakdown ("bid-3"): by its place in the report, so
/// that any id (spaces, quotes) gives a valid one.
std::string anchor_of(const Evaluation& evaluation, const BidResult& bid);

/// Every shown bid's breakdown, from report/breakdown.hpp.
std::string breakdowns(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                       const ReportOptions& options);

/// Lines as HTML: one line as text, several (a diagnostic with a caret) in <pre>.
std::string lines_html(const std::string& text);

}  // namespace aser::report::html
