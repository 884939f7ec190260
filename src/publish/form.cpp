// The bid form, in the grid's language (fr or en): each answer the grid reads,
// with its label, unit, type, labels, requirements, what a missing answer does
// and the evidence asked for; the CSV header and the Markdown page. The YAML
// form and the example bids are in form_yaml.cpp. Generated from the Grid alone.
#include "publish/form.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "publish/form_parts.hpp"

namespace aser {
namespace form_parts {

Words words_of(const Grid& grid) {
  return Words{grid.language == "fr"};
}

std::string number(double x) {
  return fmt::format("{}", x);
}

// One line: labels and descriptions may hold line breaks, a comment may not.
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return text;
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

// A key YAML reads back as the same text: letters, digits, _ - . only, not
// starting like a number or a sign, and not a word of the core schema.
static bool plain_key(const std::string& key) {
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

static std::string quoted_labels(const std::vector<std::string>& labels) {
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

}  // namespace form_parts

using namespace form_parts;

namespace {

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

FormField& field_for(std::vector<FormField>& fields, const std::string& path) {
  for (FormField& field : fields)
    if (field.path == path) return field;
  fields.push_back({});
  fields.back().path = path;
  return fields.back();
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
    if (leaf->valid_min || leaf->valid_max) {  // `valid:` (or unit %): the plausible answers
      std::string range =
          leaf->valid_min && leaf->valid_max
              ? std::string(w.text("valid from ", "valide de ")) + number(*leaf->valid_min) +
                    w.text(" to ", " à ") + number(*leaf->valid_max)
          : leaf->valid_min
              ? w.text("valid from ", "valide à partir de ") + number(*leaf->valid_min)
              : w.text("valid up to ", "valide jusqu'à ") + number(*leaf->valid_max);
      field.better += (field.better.empty() ? "" : "; ") + range;
    }
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
  if (grid.lots.empty()) {
    out += fmt::format("| `lot` | {} | {} |  | {} |  |  |\n", w.text("The lot", "Le lot"),
                       w.text("a text", "un texte"), w.text("if lots", "s'il y a des lots"));
  } else {
    std::string choices;  // the declared lots: `1` (maternelles), `2` (élémentaires)
    for (const Lot& lot : grid.lots)
      choices += (choices.empty() ? "" : ", ") + ("`" + lot.id + "`") +
                 (lot.name.empty() ? "" : " (" + lot.name + ")");
    out += fmt::format("| `lot` | {} | {} |  | {} |  |  |\n", w.text("The lot", "Le lot"),
                       w.text("one of ", "parmi ") + choices, w.text("yes", "oui"));
  }
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
