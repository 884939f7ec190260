// The XLSX report's parts, shared by its files: the cell formats, the words,
// where the weights and the answers sit (so that formulas can point at them),
// and one function per kind of sheet. Only src/report/xlsx*.cpp include it.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/bid.hpp"
#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/report.hpp"

namespace aser::xlsx {

/// The first row of bids on the scores and answers sheets: two header rows
/// above (the node or answer, then what the column holds).
inline constexpr int kFirstRow = 2;

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* money = nullptr;   ///< in the grid's currency, the reader's separators
  lxw_format* score = nullptr;   ///< 0.0000
  lxw_format* points = nullptr;  ///< 0.00
  lxw_format* share = nullptr;   ///< 0.00 %
  lxw_format* total = nullptr;   ///< money for the lower-is-better methods, else points
};
Formats make_formats(lxw_workbook* book, const Grid& grid);

/// The words of the workbook that the other reports do not use, fr or en.
struct Words {
  const char* scores_sheet;
  const char* answers_sheet;
  const char* weights_sheet;
  const char* no_lot;
  const char* value;
  const char* path;
  const char* parent;
  const char* raw_weight;
  const char* share_of_siblings;
  const char* coefficient;  ///< adjusted_price: coefficient; fictitious_price: value
  const char* scale;
  const char* vmax;
  const char* status_note;   ///< why the status and exclusions are values
  const char* rank_note;     ///< why ranks are values when tie_break settled a tie
  const char* rank_formula;  ///< what the rank formula does
  const char* reasons_note;  ///< excluded and invalid bids: values, out of every min/max
  const char* grid_sha256;
  const char* version;
  const char* options;
  const char* weights_note;  ///< change a raw weight: the shares and totals follow
};
const Words& words_for(const Grid& grid);

/// Where the weights sheet holds each node's raw weight, share among its
/// siblings, effective share and coefficient (path product), the scale and Vmax.
struct WeightCells {
  std::string sheet;
  std::map<std::string, int> row;  ///< by node id
  int scale_row = 0;
  int vmax_row = -1;  ///< adjusted_price only
  static constexpr int kRaw = 3, kShare = 4, kEffective = 5, kProduct = 6;

  std::string at(const std::string& id, int col) const;  ///< 'Poids'!$D$3
  std::string scale() const;
  std::string vmax() const;
};
WeightCells weight_layout(const Grid& grid, const std::string& sheet);
/// A lot scored with weights of its own (its sheet follows the grid's).
struct LotWeights {
  const Lot* lot;                 ///< the declared lot: its `weights` are the ones it sets
  const WeightCells* grid_cells;  ///< the grid's sheet, which its other weights read
};
/// The weights sheet of `grid`: the grid's own (lot null), or, for a lot with
/// weights of its own, the grid as it applies there (grid_in_lot).
void write_weights_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                         const Evaluation& evaluation, const ReportOptions& options,
                         const WeightCells& cells, const LotWeights* lot = nullptr);

/// The answers of one lot: one column per answer the grid reads (as many as
/// the longest panel), in the grid's order, then the cost section's answers.
struct AnswerColumns {
  struct Span {
    int first = 0;
    int width = 1;
  };
  std::string sheet;
  std::map<std::string, Span> by_path;
  std::vector<std::string> paths;  ///< in column order
};
/// The bids read, by id (invalid bids have none).
using BidsById = std::map<std::string, const Bid*>;
AnswerColumns answer_layout(const Grid& grid, const LotResult& lot, const BidsById& bids,
                            const std::string& sheet);
void write_answers_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                         const LotResult& lot, const BidsById& bids, const AnswerColumns& cols);

/// The scores and points of one lot, every figure of a ranked bid a formula.
void write_scores_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                        const LotResult& lot, const BidsById& bids, const AnswerColumns& answers,
                        const WeightCells& weights, const std::string& sheet);

/// A new sheet; throws std::runtime_error when libxlsxwriter refuses the name
/// (sheet_name() makes names it accepts: an internal error).
lxw_worksheet* add_sheet(lxw_workbook* book, const std::string& name);

/// Text as a string cell (never a formula), cut to Excel's 32,767 characters.
void write_text(lxw_worksheet* sheet, int row, int col, const std::string& text,
                lxw_format* format = nullptr);
/// A note on a cell, cut likewise.
void write_note(lxw_worksheet* sheet, int row, int col, const std::string& text);

}  // namespace aser::xlsx
