#include "score/panel.hpp"

#include <algorithm>

#include "score/numbers.hpp"

namespace aser {

double reduce_panel(const std::vector<double>& marks, Panel panel) {
  if (marks.empty()) return 0;
  switch (panel) {
    case Panel::mean:
      return exact_sum(marks) / static_cast<double>(marks.size());
    case Panel::min:
      return *std::min_element(marks.begin(), marks.end());
    case Panel::max:
      return *std::max_element(marks.begin(), marks.end());
    case Panel::median: {
      std::vector<double> sorted = marks;
      std::sort(sorted.begin(), sorted.end());
      std::size_t n = sorted.size();
      if (n % 2 == 1) return sorted[n / 2];
      return (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
  }
  return 0;
}

}  // namespace aser
