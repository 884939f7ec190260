// A CSV table as spreadsheets write it (RFC 4180: quoted cells with
// separators, doubled quotes and line breaks inside), split into rows of
// cells by libcsv. Rows are numbered as a spreadsheet numbers them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/sink.hpp"

namespace aser {

struct CsvRow {
  int row = 0;                     ///< 1-based, the header is row 1; blank lines count
  std::vector<std::string> cells;  ///< as written, without quotes; spaces around trimmed
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRow> rows;  ///< the header first; blank rows left out
  bool ok = false;           ///< false after an error (reported to the sink)
};

/// The separator of a table: `,` `;` tab or `|`, whichever the header line
/// (up to its first line break outside quotes) holds most often outside
/// quotes; `,` when it holds none.
char detect_separator(std::string_view text);

/// Splits `text` (UTF-8; a leading BOM is skipped) into rows. Errors go to
/// `sink` at row:column (the column counts cells, A = 1): a stray quote, an
/// unclosed quote, more than `max_cells` cells.
CsvTable parse_csv(std::string_view text, std::optional<char> separator, const Sink& sink,
                   std::size_t max_cells);

}  // namespace aser
