// `aser explain BID_ID [PATH...]` or `--all`: the pipeline of `rank`, then
// the arithmetic of one bid (or of each) instead of the ranking.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/evaluated_run.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_checks.hpp"
#include "report/breakdown.hpp"
#include "report/explain.hpp"
#include "score/evaluate.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace {

// "no bid 'x'" with a did-you-mean and the ids there are.
std::string unknown_bid(const std::string& id, const Evaluation& evaluation) {
  std::vector<std::string> ids;
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) ids.push_back(bid.id);
  std::string message = "no bid '" + id + "'";
  if (std::string hint = did_you_mean(id, ids); !hint.empty()) message += "; " + hint;
  // A few dozen ids help; ten thousand would bury the message.
  constexpr std::size_t shown = 30;
  std::string list;
  for (std::size_t i = 0; i < ids.size() && i < shown; ++i)
    list += (list.empty() ? "" : ", ") + ids[i];
  if (ids.size() > shown) list += ", … (" + std::to_string(ids.size() - shown) + " more)";
  return message + "\nhint: the bids are " + (list.empty() ? "(none)" : list);
}

}  // namespace

int run_explain(const ExplainOptions& given) {
  // 0. With --all, the first positional (parsed as BID_ID) is a path too.
  ExplainOptions options = given;
  if (options.all && !options.bid.empty()) {
    options.input.paths.insert(options.input.paths.begin(), options.bid);
    options.bid.clear();
  }
  if (!options.all && options.bid.empty()) {
    print_error("explain needs a bid id, or --all\nhint: aser explain BID_ID [PATH...]");
    return exit_usage;
  }

  // 1-4. Load, stop on errors, --weight and --lot, score and rank every bid:
  // a bid's explanation needs the whole lot.
  RunRequest request{options.input,      options.lot, options.weights,
                     options.keep_going, "explained", "explains"};
  EvaluatedRun run = evaluate_run(request);
  if (!run.ok) return run.exit_code;
  const Inputs& inputs = run.inputs;
  const Grid& grid = run.grid;
  const Evaluation& evaluation = run.evaluation;
  const std::vector<std::string>& changes = run.changes;

  // 5. The breakdowns asked for.
  std::vector<report::BidBreakdown> explained;
  if (options.all) {
    explained = report::breakdowns(grid, evaluation, &inputs.bids.bids);
  } else {
    for (const LotResult& lot : evaluation.lots)
      for (const BidResult& bid : lot.bids)
        if (bid.id == options.bid && explained.empty())
          explained.push_back(report::breakdown_of(grid, lot, bid, &inputs.bids.bids));
    if (explained.empty()) {
      print_error(unknown_bid(options.bid, evaluation));
      return exit_invalid_input;
    }
  }

  // 6. Render and write (atomically with -o).
  ReportOptions report;
  report.version = ASER_VERSION;
  report.changes = changes;
  report.bids = &inputs.bids.bids;
  report.decisions = inputs.decisions ? &*inputs.decisions : nullptr;
  report.color = options.output.empty() && use_color(options.color);
  std::string text = report::render_explanations(grid, evaluation, explained, report);
  if (std::string error = emit(options.output, text); !error.empty()) {
    print_error(error);
    return exit_invalid_input;
  }
  return exit_ok;
}

}  // namespace aser
