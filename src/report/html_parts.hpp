// The pieces of the HTML report (html.cpp assembles them): escaping, the
// words only the HTML report uses, the style sheet, table cells, the ranking
// and what follows it (html_ranking.cpp), the SVG chart, the per-bid
// breakdowns, the appendix of provenance. Internal to src/report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/bar_chart.hpp"
#include "report/breakdown.hpp"
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
  const char* bids;             ///< "Offres reçues" / "Bids received"
  const char* ranked_count;     ///< "classées" / "ranked" (after a count)
  const char* excluded_count;   ///< "exclues" / "excluded"
  const char* invalid_count;    ///< "invalides" / "invalid"
  const char* lots;             ///< "Lots"
  const char* scale;            ///< "Barème" / "Scale"
  const char* weights_tree;     ///< "Pondération" / "Weights"
  const char* flags_decisions;  ///< "Signalements et décisions" / "Flags and decisions"
  const char* decision;         ///< "Décision du comité" / "Committee decision"
  const char* points_by_group;  ///< "Points par groupe" / "Points by group"
  const char* appendix;         ///< "Annexe — provenance" / "Appendix — provenance"
  const char* appendix_note;    ///< one sentence: what the appendix is for
  const char* answers_read;     ///< "Réponses telles que lues" / "Answers as read"
  const char* path;             ///< "Chemin" / "Path"
  const char* written;          ///< "Texte écrit" / "As written"
  const char* position;         ///< "Position" ("fichier:ligne:colonne")
  const char* grid_file;        ///< "Fichier de la grille" / "Grid file"
};
const Words& words(Language language);

/// The whole style sheet (screen and print on A4), inline in <head>.
std::string style();

/// The SVG chart of one lot's bars (several SVGs of at most `kBarsPerSvg`
/// bars each, so that printing never cuts a bar) and its legend, with the
/// lot's effective weights; "" when no bar.
inline constexpr std::size_t kBarsPerSvg = 20;
std::string chart(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                  const LotResult& lot, const std::vector<Bar>& bars, const Axis& axis);

/// The fill colour of a top-level node ("#0072B2").
const char* fill_of(const Grid& grid, const Criterion& node);

/// The anchor of a bid's breakdown ("bid-3"): by its place in the report, so
/// that any id (spaces, quotes) gives a valid one.
std::string anchor_of(const Evaluation& evaluation, const BidResult& bid);

/// Every shown bid's breakdown; `all`: report::breakdowns() of the evaluation.
std::string breakdowns(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                       const std::vector<BidBreakdown>& all, const ReportOptions& options);

/// Lines as HTML: one line as text, several (a diagnostic with a caret) in <pre>.
std::string lines_html(const std::string& text);

/// A heading cell of a column (scope="col"), its text escaped; `num`: right-aligned.
inline std::string th(const std::string& text, bool num = false) {
  return std::string(num ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") +
         escape(text) + "</th>";
}
/// A data cell holding `html` (already escaped), with an optional class.
inline std::string td(const std::string& html, const char* cls = nullptr) {
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + html +
         "</td>";
}
/// "depth-1", "depth-2", "depth-3", "deep" (past 3); "" at the top level.
std::string depth_class(int depth);

/// One lot's ranking table (and the points by group when they do not fit
/// beside it), the chart, then its excluded and invalid bids with reasons.
std::string lot_section(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                        const LotResult& lot, const Axis& axis, const ReportOptions& options);

/// The flags and the committee's decisions of every lot, then the warnings;
/// "" when there are none.
std::string flags_and_decisions(const Grid& grid, const Labels& labels,
                                const Evaluation& evaluation, const ReportOptions& options);

/// The appendix: aser's version, the grid's and every bid's file and full
/// SHA-256, the options, and each bid's answers as written with their
/// file:line:col.
std::string appendix(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                     const std::vector<BidBreakdown>& all, const ReportOptions& options);

}  // namespace aser::report::html
