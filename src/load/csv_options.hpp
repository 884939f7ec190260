// How CSV tables of bids are read (load/csv_bids.hpp; docs/bid-format.md).
#pragma once

#include <optional>

namespace aser {

struct CsvReadOptions {
  std::optional<char> separator;  ///< `--sep`; unset: detected from the header row
  bool decimal_comma = false;     ///< `--decimal-comma`, or a French grid: `12,5`, `1 234,50`
};

}  // namespace aser
