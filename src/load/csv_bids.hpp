// CSV tables of bids (DESIGN section 5; docs/bid-format.md, "CSV tables"):
// one bid per row, the header row naming the columns with dotted answer paths.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/bid_loader.hpp"
#include "load/csv_options.hpp"
#include "load/document.hpp"

namespace aser {

/// Parses a table: one Bid per row that holds anything, with `pos` = its row and
/// each answer's `pos` = row:column (column A = 1); a row with errors becomes an
/// InvalidBid (never dropped). A problem with the whole table (size, encoding,
/// quoting, header) makes the file one InvalidBid with id `fallback_id`.
/// At most 2 × `limits.max_nodes` cells.
BidSet load_bid_table(std::string_view text, const std::string& display_name,
                      const std::string& fallback_id, const CsvReadOptions& options,
                      const Limits& limits = {});

}  // namespace aser
