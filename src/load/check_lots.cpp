#include "load/check_lots.hpp"

#include <algorithm>

#include "model/catalogue.hpp"
#include "support/normalize.hpp"
#include "support/suggest.hpp"

namespace aser {
namespace {

// "Lot 01", "lot n° 1", " 1 " -> "1": the id a person meant, when written otherwise.
std::string lot_key(const std::string& text) {
  std::string key = normalize_label(text);
  for (const char* prefix : {"lot ", "lot"})
    if (key.rfind(prefix, 0) == 0) key = key.substr(std::string(prefix).size());
  for (const char* mark : {"n° ", "n°", "no ", "no. ", "#"})
    if (key.rfind(mark, 0) == 0) key = key.substr(std::string(mark).size());
  const bool digits = !key.empty() && std::all_of(key.begin(), key.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    const std::size_t first = key.find_first_not_of('0');
    key = first == std::string::npos ? "0" : key.substr(first);
  }
  return key;
}

std::string lot_list(const Grid& grid) {
  std::string out;
  for (std::size_t i = 0; i < grid.lots.size(); ++i) {
    const Lot& lot = grid.lots[i];
    out += (i ? ", '" : "'") + lot.id + "'" + (lot.name.empty() ? "" : " (" + lot.name + ")");
  }
  return out;
}

Diagnostic problem(const Grid& grid, const Bid& bid) {
  Diagnostic d;
  d.file = bid.file;
  if (!bid.lot) {
    if (bid.pos.line > 1) d.pos = bid.pos;  // a row of a CSV table: name the row
    d.message = message("bid.no_lot", Language::en, {{"lots", lot_list(grid)}});
    d.hint = "add 'lot: \"" + grid.lots.front().id + "\"' (the id of the lot it is for)";
    return d;
  }
  d.pos = bid.lot_pos;
  d.source_line = bid.lot_line;
  d.message =
      message("bid.unknown_lot", Language::en, {{"lot", *bid.lot}, {"lots", lot_list(grid)}});
  d.hint = lot_hint(grid, *bid.lot);
  if (d.hint.empty()) d.hint = "give the id of one of the grid's lots";
  return d;
}

}  // namespace

std::string lot_hint(const Grid& grid, const std::string& given) {
  const std::string key = lot_key(given);
  for (const Lot& lot : grid.lots)
    if (lot_key(lot.id) == key) return "did you mean '" + lot.id + "'?";
  const std::string name = normalize_label(given);
  for (const Lot& lot : grid.lots)
    if (!lot.name.empty() && normalize_label(lot.name) == name)
      return "did you mean '" + lot.id + "'? ('" + lot.name + "' is its name; bids give its id)";
  std::vector<std::string> ids;
  for (const Lot& lot : grid.lots) ids.push_back(lot.id);
  return did_you_mean(given, ids);
}

std::optional<Diagnostic> lot_problem(const Grid& grid, const Bid& bid) {
  if (grid.lots.empty() || (bid.lot && find_lot(grid, *bid.lot))) return std::nullopt;
  return problem(grid, bid);
}

}  // namespace aser
