#include "report/facts.hpp"

namespace aser::report {

namespace {

void walk(const std::vector<Criterion>& nodes, int depth, std::vector<NodeAt>& out) {
  for (const Criterion& node : nodes) {
    out.push_back({&node, depth});
    walk(node.children, depth + 1, out);
  }
}

}  // namespace

std::vector<NodeAt> nodes_with_depth(const Grid& grid) {
  std::vector<NodeAt> out;
  walk(grid.criteria, 0, out);
  return out;
}

bool uses_relative_rules(const Grid& grid) {
  for (const Criterion* leaf : leaves(grid))
    if (is_relative(leaf->rule.kind)) return true;
  return false;
}

bool total_is_money(const Grid& grid) {
  return grid.method.kind != Method::weighted_sum;
}

std::string short_sha(const std::string& sha256) {
  return sha256.substr(0, 12);
}

std::optional<std::string> lot_title(const Labels& labels, const Evaluation& evaluation,
                                     const LotResult& lot) {
  if (lot.lot)
    return std::string(labels.lot) + " " + *lot.lot + (lot.name.empty() ? "" : " — " + lot.name);
  if (evaluation.lots.size() == 1) return std::nullopt;
  return std::string(labels.no_lot);
}

bool shown(const BidResult& bid, const ReportOptions& options) {
  if (!options.top || bid.status != Status::ranked) return true;
  return bid.rank && *bid.rank <= *options.top;
}

int hidden_count(const LotResult& lot, const ReportOptions& options) {
  int count = 0;
  for (const BidResult& bid : lot.bids)
    if (!shown(bid, options)) ++count;
  return count;
}

double weight_of(const Evaluation& evaluation, const std::string& id) {
  auto it = evaluation.weights.find(id);
  return it == evaluation.weights.end() ? 0.0 : it->second;
}

double weight_in(const Evaluation& evaluation, const LotResult& lot, const std::string& id) {
  if (lot.weights.empty()) return weight_of(evaluation, id);
  auto it = lot.weights.find(id);
  return it == lot.weights.end() ? 0.0 : it->second;
}

std::vector<const LotResult*> lots_with_own_weights(const Evaluation& evaluation) {
  std::vector<const LotResult*> out;
  for (const LotResult& lot : evaluation.lots)
    if (!lot.weights.empty()) out.push_back(&lot);
  return out;
}

std::string top_level_weights(const Grid& grid, const std::map<std::string, double>& shares,
                              Language language) {
  std::string out;
  for (const Criterion& node : grid.criteria) {
    auto it = shares.find(node.id);
    out += (out.empty() ? "" : ", ") + node.display_label() + " " +
           format_percent(it == shares.end() ? 0.0 : it->second, 1, language);
  }
  return out;
}

std::string total_text(const Grid& grid, const Labels& labels, const BidResult& bid) {
  if (bid.status != Status::ranked) return "";
  // Price per point is money per point: 4 decimals, so that bids of different
  // ranks do not show the same figure.
  if (grid.method.kind == Method::price_per_point)
    return format_number(bid.total, 4, labels.language);
  if (total_is_money(grid)) return format_money(bid.total, grid.currency, labels.language);
  return format_number(bid.total, 2, labels.language);
}

std::string lower_first(const std::string& word) {
  std::string out = word;
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

std::string share_text(double share, Language language) {
  const double percent = share * 100;
  int decimals = 1;
  while (decimals < 4 && round_decimals(percent, decimals) != round_decimals(percent, 6))
    ++decimals;
  return format_percent(share, decimals, language);
}

std::string money_text(const Grid& grid, const Labels& labels, std::optional<double> value) {
  return value ? format_money(*value, grid.currency, labels.language) : "";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? end : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  while (out.size() > 1 && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace aser::report
