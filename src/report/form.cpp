// The bid form, in the grid's language (fr or en): each answer the grid reads,
// with its label, unit, type, labels, requirements, what a missing answer does
// and the evidence asked for. Generated from the Grid alone.
#include "report/form.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace aser {
namespace {

struct Words {
  bool fr;
  const char* text(const char* en, const char* french) const { return fr ? french : en; }
};

std::string number(double x) {
  return fmt::format("{}", x);
}

// One line: labels and descriptions may hold line breaks, a comment may not.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return text;
}

std::string better_of(const Criterion& leaf, const Words& w) {
  const Rule& rule = leaf.rule;
  switch (rule.kind) {
    case RuleKind::linear:
      return fmt::format(fmt::runtime(w.text("{}: no points, {}: full points",
                                             "{} : aucun point, {} : tous les points")),
                         number(rule.worst), number(rule.best));
    case RuleKind::lowest_ratio:
    case RuleKind::linear_range:
    case RuleKind::deviation:
      return w.text("lower is better (compared with the other bids)",
                    "le plus bas est le mieux (par rapport aux autres offres)");
    case RuleKind::highest_ratio:
      return w.text("higher is better (compared with the other bids)",
                    "le plus haut est le mieux (par rapport aux autres offres)");
    case RuleKind::steps: {
      std::string out;
      for (const Step& step : rule.steps) {
        if (!out.empty()) out += "; ";
        out += fmt::format(
            "{} {}{}{} %",
            step.at_least ? w.text("at least", "au moins") : w.text("at most", "au plus"),
            number(step.bound), w.text(": ", " : "), number(step.score * 100));
      }
      return out;
    }
    case RuleKind::curve:
      if (rule.points.size() >= 2)
        return rule.points.back().second >= rule.points.front().second
                   ? w.text("higher is better", "le plus haut est le mieux")
                   : w.text("lower is better", "le plus bas est le mieux");
      return {};
    case RuleKind::scale:
    case RuleKind::boolean:
      return {};
  }
  return {};
}

std::string requirement_text(const Requirement& r, const Words& w) {
  std::string out;
  if (r.at_least) out = std::string(w.text("at least ", "au moins ")) + number(*r.at_least);
  if (r.at_most)
    out += (out.empty() ? "" : w.text(" and ", " et ")) +
           std::string(w.text("at most ", "au plus ")) + number(*r.at_most);
  if (r.equals) {
    const Literal& v = *r.equals;
    out += std::string(w.text("must be ", "doit valoir ")) +
           (v.kind == Literal::Kind::number    ? number(v.number)
            : v.kind == Literal::Kind::boolean ? std::string(v.boolean ? "true" : "false")
                                               : "\"" + v.text + "\"");
  }
  if (!r.reason.empty()) out += " (" + one_line(r.reason) + ")";
  return out;
}

FormField& field_for(std::vector<FormField>& fields, const std::string& path) {
  for (FormField& field : fields)
    if (field.path == path) return field;
  fields.push_back({});
  fields.back().path = path;
  return fields.back();
}

Words words_of(const Grid& grid) {
  return Words{grid.language == "fr"};
}

}  // namespace

std::vector<FormField> form_fields(const Grid& grid) {
  const Words w = words_of(grid);
  std::vector<FormField> fields;
  auto computed = [&](const std::string& path) { return path == "cost" && grid.cost; };
  for (const Criterion* leaf : leaves(grid)) {
    if (computed(leaf->answer)) continue;
    FormField& field = field_for(fields, leaf->answer);
    if (!field.label.empty()) continue;  // read twice: the first criterion describes it
    field.label = one_line(leaf->display_label());
    field.unit = leaf->unit;
    field.evidence = one_line(leaf->evidence);
    if (leaf->rule.kind == RuleKind::scale) {
      field.type = FormField::Type::label;
      for (const auto& [label, score] : leaf->rule.labels) field.labels.push_back(label);
    } else if (leaf->rule.kind == RuleKind::boolean) {
      field.type = FormField::Type::boolean;
    }
    field.better = better_of(*leaf, w);
    switch (leaf->missing) {
      case Missing::zero:
        field.missing = w.text("no answer scores 0", "sans réponse, la note est 0");
        break;
      case Missing::exclude:
        field.missing = w.text("required: a bid without it is excluded",
                               "obligatoire : une offre sans réponse est exclue");
        field.required = true;
        break;
      case Missing::error:
        field.missing = w.text("required: a bid without it is invalid",
                               "obligatoire : une offre sans réponse est irrecevable");
        field.required = true;
        break;
    }
  }
  for (const Requirement& requirement : grid.requirements) {
    if (requirement.answer.empty() || computed(requirement.answer)) continue;
    FormField& field = field_for(fields, requirement.answer);
    if (field.label.empty()) field.label = requirement.answer;
    if (requirement.equals && requirement.equals->kind == Literal::Kind::boolean &&
        field.better.empty() && field.labels.empty())
      field.type = FormField::Type::boolean;
    else if (requirement.equals && requirement.equals->kind == Literal::Kind::text &&
             field.labels.empty() && field.better.empty())
      field.type = FormField::Type::label;
    field.requirements.push_back(requirement_text(requirement, w));
    field.required = true;
    if (field.missing.empty() || requirement.answer == field.path)
      field.missing = w.text("required: a bid without it is excluded",
                             "obligatoire : une offre sans réponse est exclue");
  }
  if (grid.cost) {
    FormField& purchase = field_for(fields, grid.cost->purchase);
    if (purchase.label.empty()) purchase.label = w.text("purchase price", "prix d'achat");
    for (const YearlyCost& yearly : grid.cost->yearly) {
      FormField& field = field_for(fields, yearly.answer);
      if (field.label.empty())
        field.label = fmt::format(fmt::runtime(w.text("per year, for {} years (life-cycle cost)",
                                                      "par an, sur {} ans (coût du cycle de vie)")),
                                  grid.cost->years);
    }
  }
  // id, supplier, lot and evidence are never answers (DESIGN section 10): a
  // bid cannot give them, so the form does not ask.
  fields.erase(std::remove_if(fields.begin(), fields.end(),
                              [](const FormField& field) {
                                return field.path == "id" || field.path == "supplier" ||
                                       field.path == "lot" || field.path == "evidence" ||
                                       field.path.rfind("evidence.", 0) == 0;
                              }),
               fields.end());
  return fields;
}

// ---- YAML -------------------------------------------------------------------

namespace {

// A key YAML reads back as the same text: letters, digits, _ - . only, not
// starting like a number or a sign, and not a word of the core schema.
bool plain_key(const std::string& key) {
  if (key.empty() || (key[0] >= '0' && key[0] <= '9') || key[0] == '-' || key[0] == '.')
    return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-' || c == '.'))
      return false;
  std::string lower = key;
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const char* word : {"true", "false", "null", "yes", "no", "on", "off"})
    if (lower == word) return false;
  return true;
}

std::string yaml_key(const std::string& key) {
  if (plain_key(key)) return key;
  std::string out = "\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string quoted_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (const std::string& label : labels) {
    if (!out.empty()) out += ", ";
    out += yaml_key(label) == label ? "\"" + label + "\"" : yaml_key(label);
  }
  return out;
}

std::string type_text(const FormField& field, const Words& w) {
  switch (field.type) {
    case FormField::Type::number:
      return field.unit.empty()
                 ? w.text("a number", "un nombre")
                 : fmt::format(fmt::runtime(w.text("a number, in {}", "un nombre, en {}")),
                               one_line(field.unit));
    case FormField::Type::boolean:
      return w.text("true or false", "true ou false");
    case FormField::Type::label:
      return std::string(w.text("one of ", "l'un de ")) + quoted_labels(field.labels);
  }
  return {};
}

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
  out += padded("lot", "", width) + "# " +
         w.text("the lot you bid for (leave empty without lots)",
                "le lot visé (vide s'il n'y a pas de lots)") +
         "\n";
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
  return bid_yaml(grid, header, example_values(grid, n), id, yaml_text_value(supplier));
}

// ---- CSV ----------------------------------------------------------------------

namespace {

std::string csv_cell(const std::string& text, char sep) {
  if (text.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string form_csv(const Grid& grid) {
  const char sep = grid.language == "fr" ? ';' : ',';
  std::vector<std::string> columns = {"id", "supplier", "lot"};
  const std::vector<FormField> fields = form_fields(grid);
  for (const FormField& field : fields) columns.push_back(field.path);
  for (const FormField& field : fields)
    if (!field.evidence.empty()) columns.push_back("evidence." + field.path);
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i)
    out += (i ? std::string(1, sep) : std::string()) + csv_cell(columns[i], sep);
  return out + "\r\n";
}

// ---- Markdown -----------------------------------------------------------------

namespace {

std::string md(std::string text) {
  std::string out;
  for (char c : one_line(std::move(text))) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '[')
      out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string form_markdown(const Grid& grid) {
  const Words w = words_of(grid);
  const std::vector<FormField> fields = form_fields(grid);
  std::string out;
  out += "# " + std::string(w.text("Bid form", "Formulaire de réponse")) + " — " + md(grid.name) +
         "\n\n";
  out += w.text(
      "Answer every line. Send your bid as a YAML file (`aser form -f yaml`) or as a row of the "
      "CSV table (`aser form -f csv`), with the column names below.\n\n",
      "Répondez à chaque ligne. Envoyez votre offre en fichier YAML (`aser form -f yaml`) ou en "
      "ligne du tableau CSV (`aser form -f csv`), avec les noms de colonnes ci-dessous.\n\n");
  for (const Requirement& requirement : grid.requirements)
    if (!requirement.group.empty())
      out += fmt::format(fmt::runtime(w.text("- Requirement on the score of `{}`: {}\n",
                                             "- Exigence sur la note de `{}` : {}\n")),
                         requirement.group, md(requirement_text(requirement, w)));
  out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", w.text("Answer", "Réponse"),
                     w.text("Question", "Question"), w.text("Expected", "Attendu"),
                     w.text("Unit", "Unité"), w.text("Required", "Obligatoire"),
                     w.text("Evidence", "Justificatif"), w.text("Your answer", "Votre réponse"));
  out += "| --- | --- | --- | --- | --- | --- | --- |\n";
  out += fmt::format("| `id` | {} | {} |  | {} |  |  |\n",
                     w.text("Your bid's id", "Identifiant de votre offre"),
                     w.text("a text", "un texte"), w.text("yes", "oui"));
  out += fmt::format("| `supplier` | {} | {} |  | {} |  |  |\n",
                     w.text("Your company's name", "Raison sociale"), w.text("a text", "un texte"),
                     w.text("yes", "oui"));
  out += fmt::format("| `lot` | {} | {} |  | {} |  |  |\n", w.text("The lot", "Le lot"),
                     w.text("a text", "un texte"), w.text("if lots", "s'il y a des lots"));
  for (const FormField& field : fields) {
    std::string expected = field.type == FormField::Type::number
                               ? std::string(w.text("a number", "un nombre"))
                               : type_text(field, w);
    if (!field.better.empty()) expected += " — " + field.better;
    std::string required = field.required ? w.text("yes", "oui") : w.text("no", "non");
    for (const std::string& requirement : field.requirements) required += "; " + requirement;
    if (!field.missing.empty() && !field.required) required += " (" + field.missing + ")";
    out += fmt::format("| `{}` | {} | {} | {} | {} | {} |  |\n", field.path, md(field.label),
                       md(expected), md(field.unit), md(required), md(field.evidence));
  }
  return out;
}

}  // namespace aser
