// The JSON Schema of a bid file for one grid: every answer path the grid
// reads (criteria, requirements, cost), typed as src/load/check_answers.cpp
// checks it, both nested (environment: { co2e_kg: 3200 }) and as a dotted key
// (environment.co2e_kg: 3200), since the loader accepts both. Other answers
// are allowed: bids may carry contacts and notes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <vector>

#include "publish/schema.hpp"
#include "publish/schema_parts.hpp"

namespace aser {
namespace {

using schema::def_ref;
using schema::described;
using schema::Json;

const std::set<std::string> kReserved = {"id", "supplier", "lot", "evidence"};

std::string fmt_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

std::vector<std::string> split(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', start)) {
    parts.push_back(path.substr(start, dot - start));
    start = dot + 1;
  }
  parts.push_back(path.substr(start));
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (i > from ? "." : "") + parts[i];
  return out;
}

// A label that YAML 1.2 reads as a number when written plain: the bid may
// answer 3 for the label "3" (the loader compares the text as written).
std::optional<double> numeric_label(const std::string& label) {
  static const std::regex number(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  if (!std::regex_match(label, number)) return std::nullopt;
  const double value = std::strtod(label.c_str(), nullptr);
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

Json number_json(double value) {
  if (std::fabs(value) < 9007199254740992.0 && value == std::floor(value))
    return static_cast<std::int64_t>(value);
  return value;
}

std::string rule_text(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::linear:
      return "linear: " + fmt_number(rule.worst) + " scores 0, " + fmt_number(rule.best) +
             " scores 1";
    case RuleKind::curve: {
      std::string out = "curve:";
      for (const auto& [x, s] : rule.points)
        out += " " + fmt_number(x) + " → " + fmt_number(s) + ";";
      out.pop_back();
      return out;
    }
    case RuleKind::steps: {
      std::string out = "steps:";
      for (const Step& step : rule.steps)
        out += std::string(step.at_least ? " ≥ " : " ≤ ") + fmt_number(step.bound) + " → " +
               fmt_number(step.score) + ";";
      out.pop_back();
      return out;
    }
    case RuleKind::scale: {
      std::string out = "labels:";
      for (const auto& [label, s] : rule.labels) out += " '" + label + "' → " + fmt_number(s) + ";";
      out.pop_back();
      return out;
    }
    case RuleKind::boolean:
      return "true → " + fmt_number(rule.yes) + ", false → " + fmt_number(rule.no);
    default:
      return std::string(rule_name(rule.kind)) + ", relative to the other bids";
  }
}

// One path the grid reads and what it needs there.
struct Read {
  enum class Need { number, single_number, label, boolean, scalar } need = Need::scalar;
  bool non_negative = false;  ///< a price
  const Criterion* criterion = nullptr;
  std::string text;  ///< what reads it, for the description
};

struct PathInfo {
  std::vector<Read> reads;
  bool required = false;
};

Json value_schema(const Read& read, bool nullable) {
  Json out;
  auto types = [&](std::vector<std::string> names) {
    if (nullable) names.push_back("null");
    return names.size() == 1 ? Json(names[0]) : Json(names);
  };
  // `valid: {min, max}` (unit % implies 0..100): the plausible answers.
  auto bounds = [&](Json& schema) {
    const Criterion* c = read.criterion;
    if (!c) return;
    if (c->valid_min)
      schema["minimum"] =
          number_json(read.non_negative ? std::max(0.0, *c->valid_min) : *c->valid_min);
    if (c->valid_max) schema["maximum"] = number_json(*c->valid_max);
  };
  switch (read.need) {
    case Read::Need::number:
      out["type"] = types({"number", "array"});
      if (read.non_negative) out["minimum"] = 0;
      out["minItems"] = 1;
      out["items"] =
          read.non_negative ? Json{{"type", "number"}, {"minimum", 0}} : Json{{"type", "number"}};
      bounds(out);
      bounds(out["items"]);
      break;
    case Read::Need::single_number:
      out["type"] = types({"number"});
      if (read.non_negative) out["minimum"] = 0;
      break;
    case Read::Need::label:
      out["enum"] = Json::array();
      for (const auto& [label, score] : read.criterion->rule.labels) {
        out["enum"].push_back(label);
        if (std::optional<double> value = numeric_label(label))
          out["enum"].push_back(number_json(*value));
      }
      if (nullable) out["enum"].push_back(nullptr);
      break;
    case Read::Need::boolean:
      out["type"] = types({"boolean"});
      break;
    case Read::Need::scalar:
      out["type"] = types({"number", "string", "boolean"});
      break;
  }
  return out;
}

std::string need_text(const Read& read) {
  switch (read.need) {
    case Read::Need::number:
      return read.non_negative ? "a number ≥ 0, or a list of marks (a panel)"
                               : "a number, or a list of marks (a panel)";
    case Read::Need::single_number:
      return read.non_negative ? "a single number ≥ 0" : "a single number";
    case Read::Need::label:
      return "one of the labels";
    case Read::Need::boolean:
      return "true or false";
    case Read::Need::scalar:
      return "a single value";
  }
  return "";
}

std::string describe_path(const PathInfo& info) {
  std::string out;
  for (const Read& read : info.reads) {
    if (!out.empty()) out += "\n";
    if (read.criterion) {
      const Criterion& c = *read.criterion;
      out += c.display_label();
      if (!c.unit.empty()) out += " (" + c.unit + ")";
      out +=
          ". Answer: " + need_text(read) + ". Criterion '" + c.id + "': " + rule_text(c.rule) + ".";
      if (!c.description.empty()) out += " " + c.description;
      if (!c.evidence.empty()) out += " Evidence: " + c.evidence + ".";
    } else {
      out += "Read by " + read.text + ". Answer: " + need_text(read) + ".";
    }
  }
  if (info.required) out += "\nRequired: a bid without it is excluded or invalid.";
  return out;
}

std::map<std::string, PathInfo> read_paths(const Grid& grid) {
  std::map<std::string, PathInfo> paths;
  const Criterion* price = price_criterion(grid);
  auto computed = [&](const std::string& path) { return path == "cost" && grid.cost; };
  for (const Criterion* leaf : leaves(grid)) {
    if (computed(leaf->answer)) continue;
    Read read;
    read.need = leaf->rule.kind == RuleKind::scale     ? Read::Need::label
                : leaf->rule.kind == RuleKind::boolean ? Read::Need::boolean
                                                       : Read::Need::number;
    read.non_negative = leaf == price;
    read.criterion = leaf;
    PathInfo& info = paths[leaf->answer];
    info.reads.push_back(read);
    info.required = info.required || leaf->missing != Missing::zero;
  }
  for (const Requirement& requirement : grid.requirements) {
    if (requirement.answer.empty() || computed(requirement.answer)) continue;
    Read read;
    // A limit reads a number, or a panel reduced as for a criterion.
    read.need =
        requirement.at_least || requirement.at_most ? Read::Need::number : Read::Need::scalar;
    read.text =
        "a requirement" + (requirement.reason.empty() ? "" : " (" + requirement.reason + ")");
    PathInfo& info = paths[requirement.answer];
    info.reads.push_back(read);
    info.required = true;  // a requirement on an absent answer excludes the bid
  }
  if (grid.cost) {
    Read purchase;
    purchase.need = Read::Need::single_number;
    purchase.non_negative = true;
    purchase.text = "the purchase price of the life-cycle cost";
    paths[grid.cost->purchase].reads.push_back(purchase);
    for (const YearlyCost& yearly : grid.cost->yearly) {
      Read read;
      read.need = Read::Need::single_number;
      read.text = "a yearly quantity of the life-cycle cost (× " + fmt_number(yearly.unit_cost) +
                  " a year)";
      paths[yearly.answer].reads.push_back(read);
    }
  }
  // `id`, `supplier`, `lot` and `evidence` are never answers.
  for (auto it = paths.begin(); it != paths.end();)
    it = kReserved.count(split(it->first).front()) ? paths.erase(it) : std::next(it);
  return paths;
}

// The answer paths as a tree of their segments.
struct Node {
  std::map<std::string, std::unique_ptr<Node>> children;
  std::string path;  ///< the full dotted path to here
  bool leaf = false;
};

class BidSchema {
 public:
  explicit BidSchema(const Grid& grid) : paths_(read_paths(grid)) {
    for (const auto& [path, info] : paths_) {
      Node* node = &root_;
      std::vector<std::string> parts = split(path);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        std::unique_ptr<Node>& child = node->children[parts[i]];
        if (!child) {
          child = std::make_unique<Node>();
          child->path = join(parts, 0, i + 1);
        }
        node = child.get();
      }
      node->leaf = true;
    }
    for (const auto& [path, info] : paths_) {
      Json value;
      if (info.reads.size() == 1) {
        value = value_schema(info.reads[0], !info.required);
      } else {
        value["allOf"] = Json::array();
        for (const Read& read : info.reads)
          value["allOf"].push_back(value_schema(read, !info.required));
      }
      defs_[def_name(path, false)] = described(value, describe_path(info));
    }
    add_objects(root_);
  }

  /// The properties of an object at `node`: each child by its segment, and
  /// every deeper path by its dotted rest (the loader joins keys with dots).
  Json properties(const Node& node) const {
    Json out = Json::object();
    collect(node, node, out);
    return out;
  }

  /// Required answers below `node`: one segment in `required`, deeper ones
  /// as an `anyOf` of where they may be written (nested or dotted).
  void add_required(const Node& node, Json& schema) const {
    Json required = Json::array();
    Json all_of = Json::array();
    for (const auto& [path, info] : paths_) {
      if (!info.required) continue;
      std::vector<std::string> parts = split(path);
      std::vector<std::string> base =
          node.path.empty() ? std::vector<std::string>{} : split(node.path);
      if (parts.size() <= base.size() || !std::equal(base.begin(), base.end(), parts.begin()))
        continue;
      std::vector<std::string> rest(parts.begin() + static_cast<long>(base.size()), parts.end());
      if (rest.size() == 1)
        required.push_back(rest[0]);
      else
        all_of.push_back(requirement(rest, 0));
    }
    if (!required.empty()) schema["required"] = required;
    if (!all_of.empty()) schema["allOf"] = all_of;
  }

  Json defs() const { return defs_; }
  const Node& root() const { return root_; }

 private:
  static std::string def_name(const std::string& path, bool object) {
    return (object ? "object:" : "answer:") + path;
  }

  Json member(const Node& node) const {
    if (node.leaf && node.children.empty()) return def_ref(def_name(node.path, false));
    if (!node.leaf) return def_ref(def_name(node.path, true));
    // Read as a value and below it: no bid can satisfy both, as for the loader.
    return Json{{"allOf", Json::array({def_ref(def_name(node.path, false)),
                                       def_ref(def_name(node.path, true))})}};
  }

  void collect(const Node& top, const Node& node, Json& out) const {
    for (const auto& [segment, child] : node.children) {
      std::string key = top.path.empty() ? child->path : child->path.substr(top.path.size() + 1);
      out[key] = member(*child);
      collect(top, *child, out);
    }
  }

  // One of: the dotted key rest[from..k] present, with rest[k..] below it.
  static Json requirement(const std::vector<std::string>& rest, std::size_t from) {
    if (rest.size() - from == 1) return Json{{"required", Json::array({rest[from]})}};
    Json any = Json::array();
    for (std::size_t k = from + 1; k <= rest.size(); ++k) {
      const std::string key = join(rest, from, k);
      Json option{{"required", Json::array({key})}};
      if (k < rest.size()) {
        Json below = requirement(rest, k);
        below["type"] = "object";  // `required` alone would let a null pass
        option["properties"] = Json{{key, below}};
      }
      any.push_back(option);
    }
    return Json{{"anyOf", any}};
  }

  void add_objects(const Node& node) {
    for (const auto& [segment, child] : node.children) {
      if (child->children.empty()) continue;
      // No `required` here: a required answer below may be written as a dotted
      // key higher up; the root's anyOf says where it may be.
      Json object{{"type", Json::array({"object", "null"})}};
      object["properties"] = properties(*child);
      defs_[def_name(child->path, true)] = object;
      add_objects(*child);
    }
  }

  std::map<std::string, PathInfo> paths_;
  Node root_;
  Json defs_ = Json::object();
};

Json evidence_schema(const Grid& grid, Json& defs) {
  defs["evidence_value"] = Json{{"type", Json::array({"string", "number", "object"})},
                                {"additionalProperties", def_ref("evidence_value")}};
  Json properties = Json::object();
  for (const Criterion* leaf : leaves(grid)) {
    if (leaf->answer == "cost" || properties.contains(leaf->answer)) continue;
    std::string text = "Evidence for '" + leaf->display_label() + "'";
    if (!leaf->evidence.empty()) text += ": " + leaf->evidence;
    properties[leaf->answer] =
        described(Json{{"type", Json::array({"string", "number"})}}, text + ".");
  }
  Json out{{"type", Json::array({"object", "null"})},
           {"properties", properties},
           {"additionalProperties", def_ref("evidence_value")}};
  return described(out,
                   "The proof of each answer, by answer path (nested mappings are joined with "
                   "dots); shown in explanations.");
}

// The grid's `lots:`: one of their ids (`lot: 1` is the text "1", so a plain
// integer id may be written as a number).
Json declared_lots(const Grid& grid) {
  Json choices = Json::array();
  std::string names;
  for (const Lot& lot : grid.lots) {
    choices.push_back(lot.id);
    const bool integer = lot.id.find_first_not_of("0123456789") == std::string::npos &&
                         (lot.id == "0" || lot.id[0] != '0') && lot.id.size() < 16;
    if (integer) choices.push_back(std::stoll(lot.id));
    names += (names.empty() ? "" : ", ") + lot.id + (lot.name.empty() ? "" : " (" + lot.name + ")");
  }
  return described(Json{{"enum", choices}}, "The lot the bid is for, one of: " + names + ".");
}

}  // namespace

std::string bid_schema_json(const Grid& grid) {
  BidSchema answers(grid);
  Json defs = answers.defs();
  Json properties{
      {"id", described(Json{{"type", Json::array({"string", "number", "null"})}, {"minLength", 1}},
                       "The bid's id (default: the file name's stem); unique across all lots.")},
      {"supplier", described(Json{{"type", Json::array({"string", "number", "null"})}},
                             "The supplier's name.")},
      {"lot", described(Json{{"type", Json::array({"string", "number", "null"})}},
                        "The lot (lot: 1 is the text \"1\"); none: lot null.")},
      {"evidence", evidence_schema(grid, defs)},
  };
  const Json paths = answers.properties(answers.root());
  for (const auto& [key, value] : paths.items()) properties[key] = value;
  if (!grid.lots.empty()) properties["lot"] = declared_lots(grid);

  Json root{{"$schema", schema::kDialect},
            {"title", "aser bid: " + grid.name},
            {"description", "A bid file for the grid '" + grid.name + "' (SHA-256 " + grid.sha256 +
                                "), docs/bid-format.md. Answers the grid does not read are "
                                "allowed (contacts, notes)."},
            {"type", "object"}};
  answers.add_required(answers.root(), root);
  if (!grid.lots.empty()) {  // with declared lots every bid names one
    if (!root.contains("required")) root["required"] = Json::array();
    root["required"].push_back("lot");
  }
  root["properties"] = properties;
  root["additionalProperties"] = true;
  root["$defs"] = defs;
  return schema::dump(root);
}

}  // namespace aser
