// The JSON report: one stable object (docs/report-formats.md), keys in a
// fixed order, scores and points keyed in the grid's order, numbers rounded
// so that the bytes never depend on summation noise.
#include <cmath>
#include <nlohmann/json.hpp>

#include "model/catalogue.hpp"
#include "report/facts.hpp"
#include "report/report.hpp"

namespace aser {

namespace {

using Json = nlohmann::ordered_json;

// A figure rounded to `decimals`; integral values print without ".0".
Json number(double value, int decimals) {
  if (!std::isfinite(value)) return nullptr;
  double rounded = report::round_decimals(value, decimals);
  if (std::fabs(rounded) < 9007199254740992.0 && rounded == std::floor(rounded))
    return static_cast<std::int64_t>(rounded);
  return rounded;
}

Json figure(double value) {
  return number(value, report::kFigureDecimals);
}
Json money(double value) {
  return number(value, report::kMoneyDecimals);
}
Json money(std::optional<double> value) {
  return value ? money(*value) : Json(nullptr);
}
Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json strings(const std::vector<std::string>& items) {
  Json out = Json::array();
  for (const std::string& item : items) out.push_back(item);
  return out;
}

// Values of a map keyed by node id, in the grid's order; ids the grid does
// not know (none, normally) follow in code-point order.
Json by_node(const Grid& grid, const std::map<std::string, double>& values,
             Json (*convert)(double)) {
  Json out = Json::object();
  for (const Criterion* node : all_nodes(grid)) {
    auto it = values.find(node->id);
    if (it != values.end()) out[node->id] = convert(it->second);
  }
  for (const auto& [id, value] : values)
    if (!out.contains(id)) out[id] = convert(value);
  return out;
}

Json grid_json(const Grid& grid, const Evaluation& eval) {
  Json out = Json::object();
  out["name"] = grid.name;
  out["file"] = grid.file;
  out["sha256"] = grid.sha256;
  out["method"] = method_name(grid.method.kind);
  out["scale"] = figure(grid.scale);
  out["better"] = eval.better == Better::higher ? "higher" : "lower";
  out["language"] = grid.language;
  out["currency"] = grid.currency;
  out["relative_rules"] = report::uses_relative_rules(grid);
  out["weights"] = by_node(grid, eval.weights, figure);
  return out;
}

Json references_json(const Grid& grid, const LotResult& lot) {
  Json out = Json::object();
  auto add = [&](const std::string& id, const Reference& ref) {
    out[id] = Json{{"min", figure(ref.min)},
                   {"max", figure(ref.max)},
                   {"min_bid", ref.min_bid},
                   {"max_bid", ref.max_bid}};
  };
  for (const Criterion* node : all_nodes(grid)) {
    auto it = lot.references.find(node->id);
    if (it != lot.references.end()) add(it->first, it->second);
  }
  for (const auto& [id, ref] : lot.references)
    if (!out.contains(id)) add(id, ref);
  return out;
}

// The committee's decisions on one bid (docs/decisions.md), in file order.
Json decisions_json(const std::vector<Decision>& decisions) {
  Json out = Json::array();
  for (const Decision& decision : decisions) {
    Json item = Json::object();
    item["decision"] = decision_name(decision.kind);
    item["date"] = decision.date;
    item["reason"] = decision.reason;
    if (decision.kind == DecisionKind::correct) {
      item["answer"] = decision.answer;
      item["was"] = decision.was;
      item["value"] = figure(decision.value);
    }
    out.push_back(std::move(item));
  }
  return out;
}

// An answer as read: its value (typed as in the file) and where it is written.
Json answer_json(const Answer& answer, const std::string& file) {
  Json value;
  switch (answer.kind) {
    case Answer::Kind::number:
      value = figure(answer.number);
      break;
    case Answer::Kind::boolean:
      value = answer.boolean;
      break;
    case Answer::Kind::numbers:
      value = Json::array();
      for (double mark : answer.numbers) value.push_back(figure(mark));
      break;
    default:
      value = answer.text;
  }
  return Json{{"value", std::move(value)},
              {"file", file},
              {"line", answer.pos.known() ? Json(answer.pos.line) : Json(nullptr)},
              {"column", answer.pos.known() ? Json(answer.pos.column) : Json(nullptr)}};
}

// The bid's answers by path (mappings, which only hold other answers, left
// out) and its evidence; empty when the report was not given the bids.
void answers_and_evidence(Json& out, const BidResult& result, const ReportOptions& options) {
  Json answers = Json::object();
  Json evidence = Json::object();
  if (options.bids)
    for (const Bid& bid : *options.bids) {
      if (bid.id != result.id) continue;
      for (const auto& [path, answer] : bid.answers)
        if (answer.kind != Answer::Kind::mapping) answers[path] = answer_json(answer, bid.file);
      for (const auto& [path, text] : bid.evidence) evidence[path] = text;
      break;
    }
  out["answers"] = std::move(answers);
  out["evidence"] = std::move(evidence);
}

// The stable English codes of translated messages (docs/report-formats.md):
// a catalogue id, or null for text the catalogue does not know (a grid's own
// requirement reason).
Json codes(const std::vector<std::string>& items, Language language) {
  Json out = Json::array();
  for (const std::string& item : items) out.push_back(text_or_null(message_code(item, language)));
  return out;
}

Json bid_json(const Grid& grid, const BidResult& bid, const ReportOptions& options) {
  const bool ranked = bid.status == Status::ranked;
  Json out = Json::object();
  out["rank"] = ranked && bid.rank ? Json(*bid.rank) : Json(nullptr);
  out["id"] = bid.id;
  out["supplier"] = bid.supplier;
  out["lot"] = bid.lot ? Json(*bid.lot) : Json(nullptr);
  out["status"] = status_name(bid.status);
  // The figure that ranks, never cut to cents (see csv.cpp).
  out["total"] = ranked ? figure(bid.total) : Json(nullptr);
  out["price"] = money(bid.price);
  out["cost"] = money(bid.cost);
  out["scores"] = by_node(grid, bid.scores, figure);
  out["points"] = by_node(grid, bid.points, figure);
  if (grid.method.kind == Method::price_per_point)
    out["quality_points"] = bid.quality_points ? figure(*bid.quality_points) : Json(nullptr);
  out["flags"] = strings(bid.flags);
  out["reasons"] = strings(bid.reasons);
  out["warnings"] = strings(bid.warnings);
  out["decisions"] = decisions_json(bid.decisions);
  answers_and_evidence(out, bid, options);
  const Language language = language_of(grid.language);
  out["reason_codes"] = codes(bid.reasons, language);
  out["warning_codes"] = codes(bid.warnings, language);
  out["source"] = Json{{"file", bid.file}, {"sha256", text_or_null(bid.sha256)}};
  return out;
}

}  // namespace

std::string render_json(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options) {
  Json root = Json::object();
  // "kind" marks aser's own output: a report found among the bids is skipped.
  root["aser"] = Json{{"version", options.version}};
  // Only when asked (--date): by default two runs give the same bytes.
  if (options.date) root["aser"]["date"] = *options.date;
  root["aser"]["kind"] = "report";
  root["grid"] = grid_json(grid, evaluation);
  // The committee's decisions file, its SHA-256 with the grid's: provenance.
  root["decisions"] = options.decisions ? Json{{"file", options.decisions->file},
                                               {"sha256", options.decisions->sha256}}
                                        : Json(nullptr);
  root["options"] = strings(options.changes);
  Json lots = Json::array();
  for (const LotResult& lot : evaluation.lots) {
    Json bids = Json::array();
    for (const BidResult& bid : lot.bids) bids.push_back(bid_json(grid, bid, options));
    Json entry = Json{{"lot", lot.lot ? Json(*lot.lot) : Json(nullptr)},
                      {"references", references_json(grid, lot)},
                      {"bids", std::move(bids)}};
    // Declared lots (grid `lots:`): the name, and the weights when the lot has its own.
    if (!grid.lots.empty()) entry["name"] = lot.name.empty() ? Json(nullptr) : Json(lot.name);
    if (!lot.weights.empty()) entry["weights"] = by_node(grid, lot.weights, figure);
    lots.push_back(std::move(entry));
  }
  root["lots"] = std::move(lots);
  root["warnings"] = strings(evaluation.warnings);
  root["warning_codes"] = codes(evaluation.warnings, language_of(grid.language));
  // Files of the bid folders that are not bids: listed, so that none is lost silently.
  Json skipped = Json::array();
  if (options.skipped)
    for (const SkippedFile& file : *options.skipped)
      skipped.push_back(Json{{"file", file.file}, {"why", file.why}});
  root["skipped"] = std::move(skipped);
  // Invalid UTF-8 (yaml-cpp passes it through) becomes U+FFFD, never an exception.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace aser
