// The legal checks of a public grid: an environmental criterion (mandatory in
// France from August 2026), labels "or equivalent", and award criteria linked
// to the subject-matter of the contract (no company-wide ratings).
#include <algorithm>
#include <cctype>

#include "analyze/lint.hpp"
#include "model/catalogue.hpp"

namespace aser {

namespace {

struct LabelName {
  const char* text;
  bool exact_case;  ///< short acronyms ("AB") are labels in capitals only
};

// Labels buyers name in grids: ecolabels, management systems, fair trade,
// organic, CSR certifications. Matched as whole words.
const LabelName kLabels[] = {
    {"EU Ecolabel", false},
    {"Ecolabel", false},
    {"Écolabel", false},
    {"NF Environnement", false},
    {"Nordic Swan", false},
    {"Nordic Ecolabel", false},
    {"Cygne blanc", false},
    {"Blue Angel", false},
    {"Blauer Engel", false},
    {"Ange bleu", false},
    {"ISO 14001", false},
    {"ISO 50001", false},
    {"ISO 26000", false},
    {"EMAS", true},
    {"Fairtrade", false},
    {"Max Havelaar", false},
    {"Agriculture biologique", false},
    {"AB", true},
    {"Label Rouge", false},
    {"B Corp", false},
    {"FSC", true},
    {"PEFC", true},
    {"MSC", true},
    {"Energy Star", false},
    {"EPEAT", true},
    {"TCO Certified", false},
    {"Imprim'Vert", false},
    {"Clef verte", false},
    {"Green Key", false},
    {"Cradle to Cradle", false},
    {"OEKO-TEX", false},
    {"GOTS", true},
    {"HVE", true},
    {"Demeter", false},
    {"Bio Cohérence", false},
    {"Lucie", false},
    {"EcoVadis", false},
};

// Ratings of a whole company, whatever the contract: a criterion that names
// one is company-wide even without `scope: company`.
const char* const kCompanyRatings[] = {
    "EcoVadis",
    "B Corp",
    "ISO 26000",
    "Engagé RSE",
    "Label Lucie",
    "index égalité",
    "index de l'égalité",
    "gender equality index",
    "gender-equality index",
};

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// A letter or digit (any byte of a multi-byte UTF-8 character counts as one).
bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

bool contains_word(const std::string& text, const std::string& word, bool exact_case) {
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k)
      same = exact_case ? text[at + k] == word[k] : lower(text[at + k]) == lower(word[k]);
    if (!same) continue;
    const bool starts = at == 0 || !word_char(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !word_char(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

std::string lower_text(std::string text) {
  for (char& c : text) c = lower(c);
  return text;
}

std::string quoted(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", '" : "'") + names[i] + "'";
  return out;
}

// The company-wide ratings a node names in its label, description, answer
// path or scale labels.
std::vector<std::string> company_ratings(const Criterion& node) {
  std::string text = node.label + "\n" + node.description + "\n" + node.answer;
  for (const auto& [label, score] : node.rule.labels) text += "\n" + label;
  std::vector<std::string> found;
  for (const char* rating : kCompanyRatings)
    if (contains_word(text, rating, false)) found.push_back(rating);
  return found;
}

LintWarning label_warning(const Criterion& leaf, const std::vector<std::string>& names,
                          Language language) {
  LintWarning w;
  w.node = leaf.id;
  w.pos = leaf.pos;
  w.message = message(names.size() == 1 ? "lint.named_label" : "lint.named_labels", language,
                      {{"id", leaf.id}, {"labels", quoted(names)}});
  w.reason = message("lint.named_label.reason", language);
  w.source = message("lint.named_label.source", language);
  w.hint = message("lint.named_label.hint", language);
  return w;
}

}  // namespace

std::vector<std::string> named_labels(const std::string& text) {
  std::vector<std::string> found;
  for (const LabelName& label : kLabels) {
    if (!contains_word(text, label.text, label.exact_case)) continue;
    // "EU Ecolabel" already says "Ecolabel": name the longer one only.
    bool inside = false;
    for (const std::string& longer : found)
      inside = inside || contains_word(longer, label.text, false);
    if (!inside) found.push_back(label.text);
  }
  return found;
}

bool says_equivalent(const std::string& text) {
  const std::string low = lower_text(text);
  return low.find("equivalent") != std::string::npos ||
         low.find("équivalent") != std::string::npos ||
         low.find("Équivalent") != std::string::npos;  // tolower leaves UTF-8 alone
}

LintWarnings check_environment_criterion(const Grid& grid) {
  LintWarnings out;
  if (grid.context != Context::public_buyer) return out;
  for (const Criterion* node : all_nodes(grid))
    if (node->theme == "environment") return out;
  const Language language = language_of(grid.language);
  LintWarning w;
  w.message = message("lint.no_environment", language);
  w.reason = message("lint.no_environment.reason", language);
  w.source = message("lint.no_environment.source", language);
  w.hint = message("lint.no_environment.hint", language);
  out.push_back(std::move(w));
  return out;
}

LintWarnings check_named_labels(const Grid& grid) {
  LintWarnings out;
  for (const Criterion* leaf : leaves(grid)) {
    std::string context = leaf->label + "\n" + leaf->description + "\n" + leaf->evidence;
    std::vector<std::string> names;
    if (leaf->rule.kind == RuleKind::scale) {
      for (const auto& [label, score] : leaf->rule.labels) {
        context += "\n" + label;
        if (score <= 0) continue;  // no points for it: nothing reserved
        for (const std::string& name : named_labels(label))
          if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      }
    } else if (leaf->rule.kind == RuleKind::boolean && leaf->rule.yes > leaf->rule.no) {
      // "EU Ecolabel licence: true/false" gives points for one label.
      names = named_labels(leaf->label + "\n" + leaf->answer);
    }
    if (names.empty() || says_equivalent(context)) continue;
    out.push_back(label_warning(*leaf, names, language_of(grid.language)));
  }
  return out;
}

LintWarnings check_company_scope(const Grid& grid) {
  LintWarnings out;
  if (grid.context != Context::public_buyer) return out;
  // The highest company-wide node only: its children are company-wide with it.
  std::vector<const Criterion*> stack;
  for (auto it = grid.criteria.rbegin(); it != grid.criteria.rend(); ++it) stack.push_back(&*it);
  while (!stack.empty()) {
    const Criterion* node = stack.back();
    stack.pop_back();
    const std::vector<std::string> ratings =
        node->scope == Scope::company ? std::vector<std::string>{} : company_ratings(*node);
    if (node->scope == Scope::company || !ratings.empty()) {
      const Language language = language_of(grid.language);
      LintWarning w;
      w.node = node->id;
      w.pos = node->pos;
      const std::string what =
          message(node->group ? "word.group" : "word.criterion", language, {{"id", node->id}});
      w.message = ratings.empty() ? message("lint.company_scope", language, {{"node", what}})
                                  : message("lint.company_rating", language,
                                            {{"node", what}, {"ratings", quoted(ratings)}});
      w.reason = message("lint.company.reason", language);
      w.source = message("lint.company.source", language);
      w.hint = message("lint.company.hint", language);
      out.push_back(std::move(w));
      continue;
    }
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
      stack.push_back(&*it);
  }
  return out;
}

}  // namespace aser
