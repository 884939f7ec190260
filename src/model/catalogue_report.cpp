// Words of the reports that the catalogue holds (most headings are in
// src/report/labels.cpp): statuses as CSV cells and JSON codes, the legend
// of abbreviated group names.
#include "model/catalogue.hpp"

namespace aser {

const std::vector<MessageText>& report_messages() {
  static const std::vector<MessageText> table = {
      {"status.ranked", "ranked", "classé"},
      {"status.excluded", "excluded", "exclu"},
      {"status.invalid", "invalid", "invalide"},
      {"report.points_legend", "Points columns: {items}", "Colonnes de points\u00a0: {items}"},
  };
  return table;
}

}  // namespace aser
