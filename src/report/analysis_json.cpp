// The JSON of `aser analyze`: the grid object as `aser rank -f json` writes
// it, then per lot the keys of DESIGN section 7, numbers rounded as in rank.
#include <cmath>
#include <nlohmann/json.hpp>

#include "report/analysis_report.hpp"
#include "report/facts.hpp"

namespace aser {

namespace {

using Json = nlohmann::ordered_json;

Json figure(double value) {
  if (!std::isfinite(value)) return nullptr;
  double rounded = report::round_decimals(value, report::kFigureDecimals);
  if (std::fabs(rounded) < 9007199254740992.0 && rounded == std::floor(rounded))
    return static_cast<std::int64_t>(rounded);
  return rounded;
}
Json figure(std::optional<double> value) {
  return value ? figure(*value) : Json(nullptr);
}
Json text(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}
Json pair(const std::optional<BidPair>& value) {
  return value ? Json::array({value->first, value->second}) : Json(nullptr);
}

Json stability_json(const Stability& stability) {
  Json nodes = Json::array();
  for (const NodeStability& node : stability.nodes) {
    Json item = Json::object();
    item["node"] = node.node;
    item["weight"] = figure(node.weight);
    if (node.winner)
      item["winner"] = Json{{"from", figure(node.winner->from)},
                            {"to", figure(node.winner->to)},
                            {"below", text(node.winner->below)},
                            {"above", text(node.winner->above)}};
    else
      item["winner"] = nullptr;
    item["order"] = Json{{"from", figure(node.order.from)},
                         {"to", figure(node.order.to)},
                         {"below", pair(node.order.below)},
                         {"above", pair(node.order.above)}};
    nodes.push_back(std::move(item));
  }
  Json out = Json::object();
  out["varies"] = stability.money ? "money" : "share";
  out["nodes"] = std::move(nodes);
  if (stability.smallest_change) {
    const SmallestChange& change = *stability.smallest_change;
    out["smallest_change"] = Json{{"node", change.node},
                                  {"to", figure(change.to)},
                                  {"by", figure(change.by)},
                                  {"winner", change.winner}};
  } else {
    out["smallest_change"] = nullptr;
  }
  return out;
}

Json reversal_json(const Reversal& reversal) {
  Json removals = Json::array();
  for (const Removal& removal : reversal.removals) {
    Json flips = Json::array();
    for (const Flip& flip : removal.flips)
      flips.push_back(
          Json{{"pair", Json::array({flip.pair.first, flip.pair.second})},
               {"before", Json::array({figure(flip.before.first), figure(flip.before.second)})},
               {"after", Json::array({figure(flip.after.first), figure(flip.after.second)})}});
    removals.push_back(Json{{"removed", removal.removed},
                            {"winner", text(removal.winner)},
                            {"flips", std::move(flips)},
                            {"readmitted", removal.readmitted},
                            {"excluded_after", removal.excluded_after}});
  }
  return Json{{"relative", reversal.relative}, {"removals", std::move(removals)}};
}

Json smaa_json(const SmaaResult& smaa) {
  Json bids = Json::array();
  for (const SmaaBid& bid : smaa.bids) {
    Json acceptability = Json::array();
    for (double share : bid.acceptability) acceptability.push_back(figure(share));
    Json central = nullptr;
    if (bid.central_weights) {
      central = Json::object();
      for (const std::string& node : smaa.nodes) {
        auto it = bid.central_weights->find(node);
        if (it != bid.central_weights->end()) central[node] = figure(it->second);
      }
    }
    bids.push_back(Json{{"id", bid.id},
                        {"acceptability", std::move(acceptability)},
                        {"central_weights", std::move(central)},
                        {"confidence", figure(bid.confidence)}});
  }
  return Json{{"samples", smaa.samples},   {"seed", smaa.seed},   {"over", smaa.over},
              {"sampling", smaa.sampling}, {"nodes", smaa.nodes}, {"bids", std::move(bids)}};
}

}  // namespace

std::string render_analysis_json(const Grid& grid, const Evaluation& evaluation,
                                 const AnalysisView& view, const ReportOptions& options) {
  // The grid object exactly as `aser rank -f json` writes it.
  const Json rank = Json::parse(render_json(grid, evaluation, options));
  Json root = Json::object();
  root["aser"] = rank.at("aser");
  root["grid"] = rank.at("grid");
  root["options"] = rank.at("options");
  root["fragile"] = figure(view.fragile / 100);
  Json lots = Json::array();
  for (const LotAnalysis& lot : *view.lots) {
    Json item = Json::object();
    item["lot"] = text(lot.lot);
    item["stability"] = lot.stability ? stability_json(*lot.stability) : Json(nullptr);
    item["reversal"] = lot.reversal ? reversal_json(*lot.reversal) : Json(nullptr);
    item["smaa"] = lot.smaa ? smaa_json(*lot.smaa) : Json(nullptr);
    lots.push_back(std::move(item));
  }
  root["lots"] = std::move(lots);
  root["warnings"] = rank.at("warnings");
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace aser
