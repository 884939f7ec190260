// The committee's decisions file. A flat list, one decision per item, so that
// it reads as the minutes of a meeting:
//
//   format: 1
//   decisions:
//     - bid: restobio
//       decision: exclude
//       reason: prix anormalement bas non justifié après demande de précisions
//       date: 2026-11-12
#include "load/decisions.hpp"

#include <map>
#include <set>

#include "load/fields.hpp"
#include "load/sink.hpp"
#include "support/sha256.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace {

const std::vector<std::string> kRootKeys = {"format", "decisions"};
const std::vector<std::string> kDecisionKeys = {"bid",  "decision", "reason",
                                                "date", "answer",   "value"};
const std::vector<std::string> kKinds = {"exclude", "correct", "accept"};

bool is_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The bids a decision may name: readable ones with their answers, and invalid ones.
struct KnownBids {
  std::map<std::string, const Bid*> readable;
  std::set<std::string> all;
  std::vector<std::string> ids;
  std::vector<std::pair<std::string, std::string>> suppliers;  ///< (id, supplier)
};

// A near id; else the bid of a supplier whose name is near (a committee
// writes "Gamma" for the bid "c").
std::string suggest_bid(const std::string& id, const KnownBids& known) {
  std::string hint = did_you_mean(id, known.ids);
  if (!hint.empty()) return hint;
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return text;
  };
  for (const auto& [bid_id, supplier] : known.suppliers)
    if (lower(id) == lower(supplier) || closest(lower(id), {lower(supplier)}))
      return "did you mean '" + bid_id + "'? (the bid of " + supplier + ")";
  return {};
}

KnownBids known_bids(const BidSet& bids) {
  KnownBids known;
  for (const Bid& bid : bids.bids) {
    known.readable[bid.id] = &bid;
    known.all.insert(bid.id);
    if (!bid.supplier.empty()) known.suppliers.emplace_back(bid.id, bid.supplier);
  }
  for (const InvalidBid& bid : bids.invalid) known.all.insert(bid.id);
  known.ids.assign(known.all.begin(), known.all.end());
  return known;
}

std::optional<Decision> read_decision(const Value& item, const KnownBids& known, const Sink& sink) {
  Fields fields(item, sink, "a decision", kDecisionKeys);
  if (!fields.ok()) return std::nullopt;
  const std::size_t errors_before = sink.out->size();
  Decision decision;
  decision.pos = item.pos;
  auto required = [&](std::string_view key) -> const Value* {
    const Value* value = fields.get(key);
    if (value == nullptr)
      sink.error(item.pos, "a decision needs '" + std::string(key) + "'",
                 "each decision has bid, decision, reason and date (docs/decisions.md)");
    return value;
  };
  const Value* bid = required("bid");
  const Value* kind = required("decision");
  required("reason");
  const Value* date = required("date");
  if (auto text = fields.text("reason")) decision.reason = *text;
  if (date) {
    if (auto text = fields.text("date")) {
      decision.date = *text;
      if (!is_date(*text))
        sink.error(date->pos, "'date' expects a date written YYYY-MM-DD, got '" + *text + "'");
    }
  }
  if (kind) {
    if (auto choice = fields.choice("decision", kKinds))
      decision.kind = *choice == "exclude"   ? DecisionKind::exclude
                      : *choice == "correct" ? DecisionKind::correct
                                             : DecisionKind::accept;
    else
      return std::nullopt;
  }
  if (bid) {
    if (auto id = fields.text("bid")) {
      decision.bid = *id;
      if (!known.all.count(*id))
        sink.error(bid->pos, "no bid has the id '" + *id + "'", suggest_bid(*id, known));
    }
  }
  // A correction names the answer and its corrected value; the others neither.
  const Value* answer = fields.get("answer");
  const Value* value = fields.get("value");
  if (decision.kind == DecisionKind::correct) {
    if (required("answer") && required("value")) {
      if (auto path = fields.text("answer")) decision.answer = *path;
      if (auto number = fields.number("value")) {
        decision.value = *number;
        decision.value_text = value->text;
      }
      auto it = known.readable.find(decision.bid);
      if (it != known.readable.end() && !decision.answer.empty()) {
        auto found = it->second->answers.find(decision.answer);
        if (found == it->second->answers.end() || found->second.kind != Answer::Kind::number) {
          std::vector<std::string> paths;
          for (const auto& [path, a] : it->second->answers)
            if (a.kind == Answer::Kind::number) paths.push_back(path);
          sink.error(
              answer->pos,
              "bid '" + decision.bid + "' gives no number at '" + decision.answer + "' to correct",
              did_you_mean(decision.answer, paths));
        } else {
          decision.was = found->second.text;
        }
      }
    }
  } else {
    for (const Value* extra : {answer, value})
      if (extra)
        sink.error(extra->pos, "'answer' and 'value' belong to a 'correct' decision, not to '" +
                                   std::string(decision_name(decision.kind)) + "'");
  }
  if (sink.out->size() > errors_before) return std::nullopt;
  return decision;
}

}  // namespace

DecisionsLoad load_decisions(std::string_view text, const std::string& display_name,
                             const BidSet& bids, const Limits& limits) {
  DecisionsLoad result;
  Document doc = parse_document(text, display_name, FileFormat::yaml, limits);
  result.diagnostics = doc.diagnostics;
  if (!doc.ok()) return result;
  const Sink sink{display_name, &doc.lines, &result.diagnostics};
  Fields fields(doc.root, sink, "the decisions file", kRootKeys);
  if (!fields.ok()) return result;
  if (const Value* format = fields.get("format")) {
    auto number = fields.integer("format", 1);
    if (number && *number != 1)
      sink.error(format->pos, "unknown decisions format " + std::to_string(*number),
                 "this aser reads 'format: 1'");
  } else {
    sink.error(doc.root.pos, "the decisions file needs 'format: 1'");
  }
  const Value* list = fields.get("decisions");
  if (list == nullptr) {
    sink.error(doc.root.pos, "the decisions file needs 'decisions', a list");
    return result;
  }
  if (list->kind != Value::Kind::list) {
    sink.error(list->pos, std::string("'decisions' expects a list, got ") + describe(*list));
    return result;
  }
  const KnownBids known = known_bids(bids);
  DecisionSet set;
  set.file = display_name;
  set.sha256 = sha256_hex(text);
  std::map<std::string, DecisionKind> verdict;  // exclude or accept, by bid
  std::set<std::pair<std::string, std::string>> corrected;
  for (const Value& item : list->items) {
    std::optional<Decision> decision = read_decision(item, known, sink);
    if (!decision) continue;
    if (decision->kind == DecisionKind::correct) {
      if (!corrected.insert({decision->bid, decision->answer}).second)
        sink.error(
            item.pos,
            "a second correction of '" + decision->answer + "' for bid '" + decision->bid + "'",
            "keep one: the last value decided");
    } else {
      auto [it, fresh] = verdict.emplace(decision->bid, decision->kind);
      if (!fresh)
        sink.error(item.pos,
                   it->second == decision->kind
                       ? "a second '" + std::string(decision_name(decision->kind)) +
                             "' decision for bid '" + decision->bid + "'"
                       : "bid '" + decision->bid + "' is both excluded and accepted",
                   "keep one decision per bid, the last one taken");
    }
    set.decisions.push_back(std::move(*decision));
  }
  if (!has_errors(result.diagnostics)) result.decisions = std::move(set);
  return result;
}

}  // namespace aser
