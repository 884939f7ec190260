// The weights sheet: every node's raw weight as the grid gives it (a value the
// committee may change), and as formulas over it its share among its
// siblings, its effective share of the whole and, for adjusted_price and
// fictitious_price, its coefficient (the product of the raw weights on its
// path). The scale, Vmax and the provenance follow.
#include <algorithm>
#include <cmath>

#include "report/facts.hpp"
#include "report/labels.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formulas.hpp"
#include "score/numbers.hpp"
#include "score/weights.hpp"

namespace aser::xlsx {
namespace {

bool uses_products(const Grid& grid) {
  return grid.method.kind == Method::adjusted_price || grid.method.kind == Method::fictitious_price;
}

struct Writer {
  lxw_worksheet* sheet;
  const Formats& formats;
  const Grid& grid;
  const WeightCells& cells;
  // A lot's own sheet: the weights the lot sets are values; the others read
  // the grid's sheet, so that a weight changed there changes every lot that
  // does not set its own (null on the grid's sheet).
  const Lot* lot = nullptr;
  const WeightCells* grid_cells = nullptr;

  bool set_by_lot(const Criterion& node) const {
    return std::any_of(lot->weights.begin(), lot->weights.end(),
                       [&](const auto& weight) { return weight.first == node.id; });
  }

  void raw_weight(int r, const Criterion& node) {
    if (lot && grid_cells && !set_by_lot(node)) {
      const std::string formula = grid_cells->at(node.id, WeightCells::kRaw);
      worksheet_write_formula_num(sheet, r, WeightCells::kRaw, formula.c_str(), nullptr,
                                  node.weight);
    } else {
      worksheet_write_number(sheet, r, WeightCells::kRaw, node.weight, nullptr);
    }
  }

  // Rows of a node and its descendants; `parent` null at the top level.
  void nodes(const std::vector<Criterion>& siblings, const Criterion* parent, double parent_share,
             double parent_product) {
    const std::vector<double> shares = relative_weights(siblings, grid.method.kind);
    const bool magnitudes = grid.method.kind == Method::fictitious_price;
    std::vector<std::string> raw;
    for (const Criterion& node : siblings) {
      std::string ref = cell(cells.row.at(node.id), WeightCells::kRaw);
      raw.push_back(magnitudes ? "ABS(" + ref + ")" : ref);
    }
    for (std::size_t i = 0; i < siblings.size(); ++i) {
      const Criterion& node = siblings[i];
      const int r = cells.row.at(node.id);
      write_text(sheet, r, 0, node.id);
      write_text(sheet, r, 1, node.display_label());
      if (parent) write_text(sheet, r, 2, parent->id);
      raw_weight(r, node);
      worksheet_write_formula_num(sheet, r, WeightCells::kShare,
                                  (raw[i] + "/(" + sum_of(raw) + ")").c_str(), formats.share,
                                  shares[i]);
      const double effective = parent_share * shares[i];
      std::string effective_formula = cell(r, WeightCells::kShare);
      if (parent)
        effective_formula += "*" + cell(cells.row.at(parent->id), WeightCells::kEffective);
      worksheet_write_formula_num(sheet, r, WeightCells::kEffective, effective_formula.c_str(),
                                  formats.share, effective);
      const double product = parent_product * node.weight;
      if (uses_products(grid)) {
        std::string product_formula = cell(r, WeightCells::kRaw);
        if (parent) product_formula += "*" + cell(cells.row.at(parent->id), WeightCells::kProduct);
        worksheet_write_formula_num(sheet, r, WeightCells::kProduct, product_formula.c_str(),
                                    nullptr, product);
      }
      nodes(node.children, &node, effective, product);
    }
  }
};

}  // namespace

std::string WeightCells::at(const std::string& id, int col) const {
  return on_sheet(sheet, absolute_cell(row.at(id), col));
}
std::string WeightCells::scale() const {
  return on_sheet(sheet, absolute_cell(scale_row, kRaw));
}
std::string WeightCells::vmax() const {
  return on_sheet(sheet, absolute_cell(vmax_row, kRaw));
}

WeightCells weight_layout(const Grid& grid, const std::string& sheet) {
  WeightCells cells;
  cells.sheet = sheet;
  int r = 1;
  for (const Criterion* node : all_nodes(grid)) cells.row[node->id] = r++;
  cells.scale_row = r + 1;
  if (grid.method.kind == Method::adjusted_price) cells.vmax_row = r + 2;
  return cells;
}

void write_weights_sheet(lxw_workbook* book, const Formats& formats, const Grid& grid,
                         const Evaluation& evaluation, const ReportOptions& options,
                         const WeightCells& cells, const LotWeights* lot) {
  const Words& words = words_for(grid);
  const report::Labels& labels = report::labels_for(grid.language);
  lxw_worksheet* sheet = add_sheet(book, cells.sheet);
  const std::vector<std::string> headers{
      labels.id,        labels.criterion,        words.parent,
      words.raw_weight, words.share_of_siblings, labels.effective_weight,
      words.coefficient};
  const std::size_t columns = uses_products(grid) ? headers.size() : headers.size() - 1;
  for (std::size_t c = 0; c < columns; ++c)
    write_text(sheet, 0, static_cast<int>(c), headers[c], formats.header);
  write_note(sheet, 0, WeightCells::kRaw, words.weights_note);
  worksheet_set_column(sheet, 0, 0, 18, nullptr);
  worksheet_set_column(sheet, 1, 1, 40, nullptr);
  worksheet_set_column(sheet, 2, 6, 14, nullptr);
  worksheet_freeze_panes(sheet, 1, 1);

  Writer writer{sheet, formats, grid, cells};
  if (lot) {
    writer.lot = lot->lot;
    writer.grid_cells = lot->grid_cells;
  }
  writer.nodes(grid.criteria, nullptr, 1.0, 1.0);

  write_text(sheet, cells.scale_row, 0, words.scale);
  worksheet_write_number(sheet, cells.scale_row, WeightCells::kRaw, grid.scale, nullptr);
  if (cells.vmax_row >= 0) {
    // Vmax: the sum of the coefficients of every leaf but price.
    std::vector<std::string> terms;
    std::vector<double> values;
    const std::map<std::string, double> products = path_products(grid);
    const Criterion* price = price_criterion(grid);
    for (const Criterion* leaf : leaves(grid)) {
      if (leaf == price) continue;
      terms.push_back(cell(cells.row.at(leaf->id), WeightCells::kProduct));
      values.push_back(products.at(leaf->id));
    }
    const double vmax = exact_sum(values);
    write_text(sheet, cells.vmax_row, 0, words.vmax);
    worksheet_write_formula_num(sheet, cells.vmax_row, WeightCells::kRaw, sum_of(terms).c_str(),
                                nullptr, vmax);
  }

  // Provenance: what the other reports print in their header.
  int r = (cells.vmax_row >= 0 ? cells.vmax_row : cells.scale_row) + 2;
  auto fact = [&](const std::string& name, const std::string& value) {
    write_text(sheet, r, 0, name, formats.header);
    write_text(sheet, r++, 1, value);
  };
  fact(labels.grid, grid.name);
  fact(labels.file, grid.file);
  fact(words.grid_sha256, grid.sha256);
  fact(labels.method, report::method_label(labels, grid.method.kind));
  fact(words.version, options.version);
  if (!options.changes.empty()) {
    std::string changes;
    for (const std::string& change : options.changes)
      changes += (changes.empty() ? "" : " ") + change;
    fact(words.options, changes);
  }
  if (options.date) fact(labels.date, *options.date);
  for (const std::string& warning : evaluation.warnings) fact(labels.warnings, warning);
}

}  // namespace aser::xlsx
