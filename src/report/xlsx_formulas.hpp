// The text of the XLSX report's formulas, kept apart from libxlsxwriter so that
// each rule's formula can be checked by hand (tests/report/test_xlsx_formulas.cpp).
// Formulas are written as the file format stores them: English function names,
// ',' between arguments, '.' in numbers, no leading '='. Spreadsheets show them
// in the reader's language (';' and ',' in a French LibreOffice).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/grid.hpp"

namespace aser::xlsx {

/// Column letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
std::string column_name(int col);
/// A cell of 0-based row and column: (2, 1) → "B3".
std::string cell(int row, int col);
/// The same, absolute: (2, 1) → "$B$3".
std::string absolute_cell(int row, int col);
/// A column's cells from row `first` to `last` with fixed rows: "H$3:H$7".
std::string column_range(int col, int first, int last);
/// A sheet name Excel accepts, unique in `taken` (compared without case, as
/// Excel does; the name is added): []:*?/\ become '_', a quote at either end
/// too, at most 31 characters (UTF-8 kept whole), "~2", "~3"... on a clash.
std::string sheet_name(const std::string& wanted, std::set<std::string>& taken);

/// A cell of another sheet: ('Réponses', "D3") → "'Réponses'!D3" (quotes doubled).
std::string on_sheet(const std::string& sheet, const std::string& ref);
/// A text literal: "EU Ecolabel" → "\"EU Ecolabel\"" (quotes doubled).
std::string text_literal(const std::string& text);
/// A number literal, shortest form, in parentheses when negative: "0.6", "(-5)".
std::string number_literal(double value);

/// The score of a leaf in [0, 1] from its value cell `x` (the answer as read,
/// a panel already reduced, "" when absent). `range` is the column of values of
/// the bids in competition, which relative rules take their min or max over.
std::string rule_formula(const Rule& rule, const std::string& x, const std::string& range);

/// The value of an answer written in `width` cells starting at `first` (a
/// cell reference; `range` spans all of them): "" when blank, else the cell;
/// a panel (width > 1) reduced by AVERAGE, MEDIAN, MIN or MAX.
std::string value_formula(Panel panel, const std::string& first, const std::string& range,
                          int width);

/// A yearly quantity for the life-cycle cost: 0 when not a number (N()), a
/// panel (width > 1) averaged.
std::string quantity_formula(const std::string& first, const std::string& range, int width);

/// The life-cycle cost (DESIGN section 4): purchase + Σ quantity × unit cost,
/// each year discounted: × years when the rate is 0, else × (1 − (1 + r)^−years) / r.
/// "" when the purchase price is not a number.
std::string cost_formula(const std::string& purchase,
                         const std::vector<std::pair<std::string, double>>& yearly, int years,
                         double discount_rate);

/// The sum of some cells: "H3+K3+N3" ("0" when none).
std::string sum_of(const std::vector<std::string>& cells);

/// The adjusted price (Prozorro): price ÷ (1 + V ÷ (1 − Vmax)) rounded to
/// cents; the price rounded when Vmax ≥ 1.
std::string adjusted_price_formula(const std::string& price, const std::string& v,
                                   const std::string& vmax);

/// Price per point: price ÷ quality points, 0 when there are none.
std::string price_per_point_formula(const std::string& price, const std::string& quality);

}  // namespace aser::xlsx
