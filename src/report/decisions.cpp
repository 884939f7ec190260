#include "report/decisions.hpp"

namespace aser::report {

std::string decision_text(const Grid& grid, const Decision& decision) {
  const bool fr = grid.language == "fr";
  std::string text;
  switch (decision.kind) {
    case DecisionKind::exclude:
      text = fr ? "écartée le " + decision.date : "excluded on " + decision.date;
      break;
    case DecisionKind::correct:
      text = fr ? decision.answer + " corrigé de " + decision.was + " en " + decision.value_text +
                      " le " + decision.date
                : decision.answer + " corrected from " + decision.was + " to " +
                      decision.value_text + " on " + decision.date;
      break;
    case DecisionKind::accept:
      text = fr ? "acceptée le " + decision.date : "accepted on " + decision.date;
      break;
  }
  return text + (fr ? " : " : ": ") + decision.reason;
}

std::vector<std::string> decision_lines(const Grid& grid, const Evaluation& evaluation) {
  std::vector<std::string> lines;
  const char* colon = grid.language == "fr" ? " : " : ": ";
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids)
      for (const Decision& decision : bid.decisions)
        lines.push_back(bid.id + colon + decision_text(grid, decision));
  return lines;
}

std::string excluded_by_decision(const Grid& grid, const BidResult& bid) {
  for (const Decision& decision : bid.decisions)
    if (decision.kind == DecisionKind::exclude)
      return grid.language == "fr" ? "exclue avant la notation (décision de la commission)"
                                   : "excluded before scoring (the committee's decision)";
  return {};
}

std::string decisions_title(const Grid& grid) {
  return grid.language == "fr" ? "Décisions de la commission" : "Committee's decisions";
}

std::string decisions_source(const ReportOptions& options) {
  if (options.decisions == nullptr) return {};
  return options.decisions->file + " (sha256 " + options.decisions->sha256 + ")";
}

}  // namespace aser::report
