// stable_sort_once: std::stable_sort for vectors of large objects, moving
// each object once.
//
// Why: a Bid is 296 bytes and a result 384; sorting 10,000 of them in place
// moved each one about log2(n) = 14 times, through a temporary buffer of the
// same size (fresh memory, page faults): 2% of a 10,000-bid run
// (docs/design-notes.md, "The third pass"). Here the order is found on
// indices, then applied in place along its cycles.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace aser {

/// Sorts `items` by `less` as std::stable_sort does (equal items keep their order).
template <typename T, typename Less>
void stable_sort_once(std::vector<T>& items, const Less& less) {
  std::vector<std::size_t> order(items.size());  // order[j]: the item that goes to j
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); });
  std::vector<bool> placed(items.size(), false);
  for (std::size_t start = 0; start < items.size(); ++start) {
    if (placed[start] || order[start] == start) continue;
    T held = std::move(items[start]);
    std::size_t j = start;
    for (;;) {
      placed[j] = true;
      const std::size_t from = order[j];
      if (from == start) {
        items[j] = std::move(held);
        break;
      }
      items[j] = std::move(items[from]);
      j = from;
    }
  }
}

}  // namespace aser
