// The YAML form (a bid file to fill in) and the example bids of `aser init`,
// written the same way: id, supplier, lot, then the answers nested by path,
// each after comment lines saying what to write.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "publish/form.hpp"
#include "publish/form_parts.hpp"

namespace aser {

using namespace form_parts;

namespace {

std::string yaml_text_value(const std::string& text);

// The comment lines above one answer.
std::vector<std::string> comments(const FormField& field, const Words& w) {
  std::vector<std::string> lines;
  lines.push_back(field.label + " — " + type_text(field, w));
  if (!field.better.empty()) lines.push_back(field.better);
  for (const std::string& requirement : field.requirements)
    lines.push_back(std::string(w.text("Requirement: ", "Exigence : ")) + requirement);
  if (!field.missing.empty() && field.requirements.empty()) lines.push_back(field.missing);
  if (!field.evidence.empty())
    lines.push_back(std::string(w.text("Evidence: ", "Justificatif : ")) + field.evidence);
  return lines;
}

// The answers as a tree of path segments, in the order first met.
struct Node {
  std::string key;
  const FormField* field = nullptr;
  std::vector<Node> children;
  Node& child(const std::string& key) {
    for (Node& node : children)
      if (node.key == key) return node;
    children.push_back({key, nullptr, {}});
    return children.back();
  }
};

// `values`: path -> the YAML text to write after the colon ("" for the form).
void write_node(const Node& node, int depth, const Words& w,
                const std::map<std::string, std::string>& values, std::string& out) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  if (node.field) {
    for (const std::string& line : comments(*node.field, w)) out += indent + "# " + line + "\n";
    auto it = values.find(node.field->path);
    out += indent + yaml_key(node.key) + ":" +
           (it == values.end() || it->second.empty() ? "" : " " + it->second) + "\n";
    return;
  }
  out += indent + yaml_key(node.key) + ":\n";
  for (const Node& child : node.children) write_node(child, depth + 1, w, values, out);
}

// The answers of `fields`, nested where the paths allow it; a path that is
// also the prefix of another one is written as a dotted key at the top level.
void write_answers(const std::vector<FormField>& fields, const Words& w,
                   const std::map<std::string, std::string>& values, std::string& out) {
  Node root;
  std::vector<const FormField*> dotted;
  for (const FormField& field : fields) {
    bool clash = false;
    for (const FormField& other : fields)
      if (other.path != field.path && (other.path.rfind(field.path + ".", 0) == 0)) clash = true;
    if (clash) {
      dotted.push_back(&field);
      continue;
    }
    Node* node = &root;
    std::size_t from = 0;
    for (;;) {
      const std::size_t dot = field.path.find('.', from);
      node = &node->child(field.path.substr(from, dot == std::string::npos ? dot : dot - from));
      if (dot == std::string::npos) break;
      from = dot + 1;
    }
    node->field = &field;
  }
  for (const Node& node : root.children) write_node(node, 0, w, values, out);
  for (const FormField* field : dotted) write_node({field->path, field, {}}, 0, w, values, out);
}

std::string padded(const std::string& key, const std::string& value, std::size_t width) {
  std::string line = key + ":" + (value.empty() ? "" : " " + value);
  return line + std::string(line.size() < width ? width - line.size() : 1, ' ');
}

std::string bid_yaml(const Grid& grid, const std::string& header,
                     const std::map<std::string, std::string>& values, const std::string& id,
                     const std::string& supplier) {
  const Words w = words_of(grid);
  const std::vector<FormField> fields = form_fields(grid);
  std::string out = header;
  for (const Requirement& requirement : grid.requirements)
    if (!requirement.group.empty())
      out += fmt::format(fmt::runtime(w.text("# Requirement on the score of '{}': {}\n",
                                             "# Exigence sur la note de « {} » : {}\n")),
                         requirement.group, requirement_text(requirement, w));
  const std::size_t width = std::max<std::size_t>(14, 11 + std::max(id.size(), supplier.size()));
  out += padded("id", id, width) + "# " +
         w.text("your bid's id, unique in the tender (a text)",
                "identifiant de votre offre, unique dans la consultation (un texte)") +
         "\n";
  out += padded("supplier", supplier, width) + "# " +
         w.text("your company's name", "raison sociale du candidat") + "\n";
  if (grid.lots.empty()) {
    out += padded("lot", "", width) + "# " +
           w.text("the lot you bid for (leave empty without lots)",
                  "le lot visé (vide s'il n'y a pas de lots)") +
           "\n";
  } else {
    // The grid declares its lots: the choices, by id, with their names.
    std::string choices;
    for (const Lot& lot : grid.lots)
      choices += (choices.empty() ? "" : ", ") + yaml_text_value(lot.id) +
                 (lot.name.empty() ? "" : " (" + one_line(lot.name) + ")");
    auto lot = values.find("lot");
    out += padded("lot", lot == values.end() ? "" : lot->second, width) + "# " +
           w.text("the lot you bid for, one of: ", "le lot visé, parmi : ") + choices + "\n";
  }
  write_answers(fields, w, values, out);
  bool any_evidence = false;
  for (const FormField& field : fields) any_evidence = any_evidence || !field.evidence.empty();
  if (any_evidence) {
    // "" rather than nothing: an evidence entry must be a text.
    out += w.text(
        "# The evidence you give for an answer (a document, a licence number),\n"
        "# between the quotes.\n",
        "# Les justificatifs de vos réponses (un document, un numéro de licence),\n"
        "# entre les guillemets.\n");
    out += "evidence:\n";
    for (const FormField& field : fields)
      if (!field.evidence.empty())
        out += "  # " + field.evidence + "\n  " + yaml_key(field.path) + ": \"\"\n";
  }
  return out;
}

}  // namespace

std::string form_yaml(const Grid& grid) {
  const Words w = words_of(grid);
  std::string header = "# " + std::string(w.text("Bid form", "Formulaire de réponse")) + " — " +
                       one_line(grid.name) + "\n";
  header += w.text(
      "# Write each answer after its colon; leave it empty if you do not answer.\n"
      "# Numbers use a decimal point (12.5); texts may be quoted (\"EU Ecolabel\").\n",
      "# Écrivez chaque réponse après les deux-points ; laissez vide si vous ne répondez pas.\n"
      "# Les nombres s'écrivent avec un point décimal (12.5) ; les textes peuvent être entre "
      "guillemets.\n");
  return bid_yaml(grid, header, {}, "", "");
}

// ---- Example bids (aser init) ---------------------------------------------------

namespace {

double rounded(double x) {
  return std::round(x * 100) / 100;
}

// Where bid n sits between the worst (0) and the best (1) answer of a rule:
// the first bid better on quality, the second cheaper.
double quality_share(int n) {
  return n == 1 ? 0.9 : 0.6;
}

std::optional<double> example_number(const Criterion& leaf, bool is_price, int n) {
  const Rule& rule = leaf.rule;
  const double q = quality_share(n);
  switch (rule.kind) {
    case RuleKind::linear:
      return rounded(rule.worst + q * (rule.best - rule.worst));
    case RuleKind::curve: {
      if (rule.points.empty()) return std::nullopt;
      // The x of the highest score, moved towards the lowest for the second bid.
      auto best = std::max_element(rule.points.begin(), rule.points.end(),
                                   [](auto& a, auto& b) { return a.second < b.second; });
      auto worst = std::min_element(rule.points.begin(), rule.points.end(),
                                    [](auto& a, auto& b) { return a.second < b.second; });
      return rounded(worst->first + q * (best->first - worst->first));
    }
    case RuleKind::steps: {
      if (rule.steps.empty()) return std::nullopt;
      // The bound of the best step for the first bid, of the next one for the second.
      std::vector<Step> steps = rule.steps;
      std::stable_sort(steps.begin(), steps.end(),
                       [](const Step& a, const Step& b) { return a.score > b.score; });
      const Step& step = steps[std::min<std::size_t>(n == 1 ? 0 : 1, steps.size() - 1)];
      return step.bound;
    }
    case RuleKind::lowest_ratio:
    case RuleKind::linear_range:
    case RuleKind::deviation:
      return is_price ? (n == 1 ? 100000.0 : 92000.0) : (n == 1 ? 40.0 : 60.0);
    case RuleKind::highest_ratio:
      return n == 1 ? 80.0 : 60.0;
    default:
      return std::nullopt;
  }
}

std::string yaml_text_value(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::map<std::string, std::string> example_values(const Grid& grid, int n) {
  std::map<std::string, std::string> values;
  std::map<std::string, double> numbers;
  const Criterion* price = price_criterion(grid);
  const std::string price_path =
      grid.cost ? grid.cost->purchase : (price ? price->answer : std::string("price"));
  for (const Criterion* leaf : leaves(grid)) {
    if (leaf->answer == "cost" && grid.cost) continue;
    if (values.count(leaf->answer) || numbers.count(leaf->answer)) continue;
    if (leaf->rule.kind == RuleKind::scale) {
      std::vector<std::pair<std::string, double>> labels = leaf->rule.labels;
      std::stable_sort(labels.begin(), labels.end(),
                       [](auto& a, auto& b) { return a.second > b.second; });
      if (!labels.empty())
        values[leaf->answer] =
            yaml_text_value(labels[std::min<std::size_t>(n == 1 ? 0 : 1, labels.size() - 1)].first);
    } else if (leaf->rule.kind == RuleKind::boolean) {
      const bool better = leaf->rule.yes >= leaf->rule.no;
      values[leaf->answer] = (n == 1) == better ? "true" : "false";
    } else if (std::optional<double> x = example_number(*leaf, leaf->answer == price_path, n)) {
      numbers[leaf->answer] = *x;
    }
  }
  if (grid.cost) {
    numbers.emplace(grid.cost->purchase, n == 1 ? 100000.0 : 92000.0);
    for (const YearlyCost& yearly : grid.cost->yearly)
      numbers.emplace(yearly.answer, n == 1 ? 1000.0 : 1300.0);
  }
  // Every requirement on an answer holds.
  for (const Requirement& requirement : grid.requirements) {
    if (requirement.answer.empty()) continue;
    if (requirement.equals) {
      const Literal& v = *requirement.equals;
      numbers.erase(requirement.answer);
      if (v.kind == Literal::Kind::number)
        numbers[requirement.answer] = v.number;
      else
        values[requirement.answer] = v.kind == Literal::Kind::boolean
                                         ? (v.boolean ? "true" : "false")
                                         : yaml_text_value(v.text);
      continue;
    }
    double& x = numbers[requirement.answer];  // 0 when no criterion reads it
    if (requirement.at_least && x < *requirement.at_least)
      x = *requirement.at_least + (n == 1 ? 1 : 0);
    if (requirement.at_most && x > *requirement.at_most) x = *requirement.at_most;
  }
  for (const auto& [path, x] : numbers) values[path] = number(x);
  return values;
}

}  // namespace

std::string example_bid_yaml(const Grid& grid, int n) {
  const Words w = words_of(grid);
  std::string header =
      fmt::format(fmt::runtime(w.text("# Example bid {} for the grid '{}', written by aser init:\n"
                                      "# replace it with real bids (aser form writes the form).\n",
                                      "# Offre d'exemple {} pour la grille « {} », écrite par aser "
                                      "init :\n# remplacez-la par de vraies offres (aser form "
                                      "écrit le formulaire).\n")),
                  n, one_line(grid.name));
  const std::string id = fmt::format("exemple-{}", n);
  const std::string supplier = n == 1 ? w.text("Example Services A", "Entreprise Exemple A")
                                      : w.text("Example Services B", "Entreprise Exemple B");
  std::map<std::string, std::string> values = example_values(grid, n);
  // Both examples bid for the first lot, so that they compete (`lot` is never an answer).
  if (!grid.lots.empty()) values["lot"] = yaml_text_value(grid.lots.front().id);
  return bid_yaml(grid, header, values, id, yaml_text_value(supplier));
}

}  // namespace aser
