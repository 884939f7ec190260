// Fuzz target: the whole rank pipeline on a tender decoded from the input
// (fuzz_support.hpp, decode_tender): grid, bids read as files are, answers
// checked, evaluate, every report. Asserts that no bid is lost or repeated,
// scores stay in [0, 1], totals are finite, ranks are consistent, and every
// report renders (the JSON one parses, with every bid).
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "load/bid_loader.hpp"
#include "load/grid_loader.hpp"
#include "score/evaluate.hpp"

using namespace aser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::Tender tender = fuzz::decode_tender(data, size);
  GridLoad load = load_grid(tender.grid, "tender/criteria.yaml");
  fuzz::check_diagnostics(load.diagnostics);
  FUZZ_CHECK(load.grid.has_value() == !has_errors(load.diagnostics),
             "a grid is given if and only if there is no error");

  // Sources as "-" carry their text, so no file is written; display names differ.
  std::vector<BidSource> sources;
  for (std::size_t i = 0; i < tender.bids.size(); ++i)
    sources.push_back({"-", "tender/b" + std::to_string(i) + ".yaml", tender.bids[i]});
  BidSet set = read_bids(sources, 1);
  const std::size_t given = sources.size();
  FUZZ_CHECK(set.bids.size() + set.invalid.size() == given, "read_bids lost or added a bid");
  fuzz::check_diagnostics(set.diagnostics);
  if (!load.grid) return 0;

  check_answers(*load.grid, set);
  FUZZ_CHECK(set.bids.size() + set.invalid.size() == given, "check_answers lost or added a bid");
  fuzz::check_diagnostics(set.diagnostics);
  const Evaluation evaluation = evaluate(*load.grid, set.bids, set.invalid);
  fuzz::check_evaluation(*load.grid, set, evaluation);
  fuzz::check_reports(*load.grid, set, evaluation);
  return 0;
}
