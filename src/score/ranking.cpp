#include "score/ranking.hpp"

#include <algorithm>

#include "score/numbers.hpp"
#include "support/sort_once.hpp"

namespace aser {
namespace {

int compare_numbers(const std::optional<double>& a, const std::optional<double>& b,
                    bool lower_first) {
  if (!a || !b) return a ? -1 : (b ? 1 : 0);  // a missing figure comes last
  if (nearly_equal(*a, *b)) return 0;
  bool a_first = lower_first ? *a < *b : *a > *b;
  return a_first ? -1 : 1;
}

int compare_text(const std::string& a, const std::string& b) {
  int c = a.compare(b);  // char_traits<char> compares as unsigned char: code point order
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::optional<double> score_of(const BidResult& bid, const std::string& id) {
  auto found = bid.scores.find(id);
  return found == bid.scores.end() ? std::optional<double>() : found->second;
}

int compare_keys(const BidResult& a, const BidResult& b, const std::vector<std::string>& keys) {
  for (const std::string& key : keys)
    if (int c = compare_on_key(a, b, key)) return c;
  return 0;
}

}  // namespace

int compare_on_key(const BidResult& a, const BidResult& b, const std::string& key) {
  if (key == "price") return compare_numbers(a.price, b.price, true);
  if (key == "cost") return compare_numbers(a.cost, b.cost, true);
  if (key == "id") return compare_text(a.id, b.id);
  if (key == "supplier") return compare_text(a.supplier, b.supplier);
  return compare_numbers(score_of(a, key), score_of(b, key), false);
}

void rank_bids(std::vector<BidResult>& bids, Better better,
               const std::vector<std::string>& tie_break, const std::string& lot,
               const Messages& messages, std::vector<std::string>& warnings) {
  // 1. By total (exactly), then id: a deterministic order to group from.
  stable_sort_once(bids, [&](const BidResult& a, const BidResult& b) {
    if (a.total != b.total) return better == Better::higher ? a.total > b.total : a.total < b.total;
    return a.id < b.id;
  });
  std::size_t start = 0;
  while (start < bids.size()) {
    // 2. Equal totals: those within 1e-9 of the first of the run.
    std::size_t end = start + 1;
    while (end < bids.size() && nearly_equal(bids[end].total, bids[start].total)) ++end;
    // 3. Order the run by the tie_break keys, then id.
    std::stable_sort(bids.begin() + static_cast<std::ptrdiff_t>(start),
                     bids.begin() + static_cast<std::ptrdiff_t>(end),
                     [&](const BidResult& a, const BidResult& b) {
                       int c = compare_keys(a, b, tie_break);
                       return c != 0 ? c < 0 : a.id < b.id;
                     });
    // 4. Bids equal on every key share the rank of the first of them.
    std::size_t group = start;
    while (group < end) {
      std::size_t next = group + 1;
      while (next < end && compare_keys(bids[group], bids[next], tie_break) == 0) ++next;
      const int rank = static_cast<int>(group) + 1;
      std::vector<std::string> ids;
      for (std::size_t i = group; i < next; ++i) {
        bids[i].rank = rank;
        ids.push_back(bids[i].id);
      }
      if (ids.size() > 1) warnings.push_back(messages.tie(lot, ids, rank, !tie_break.empty()));
      group = next;
    }
    start = end;
  }
}

}  // namespace aser
