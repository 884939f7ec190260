#include "report/labels.hpp"

#include <fmt/format.h>

#include <optional>

namespace aser::report {

namespace {

// French typography: a no-break space (U+00A0) before ':', ';', '%' and '€'.
const Labels kFrench = {
    Language::fr,
    "Classement",
    "Rang",
    "Offre",
    "Fournisseur",
    "Prix",
    "Coût",
    "Total",
    "Points qualité",
    "Statut",
    "Critère",
    "Id",
    "Note",
    "Points",
    "Poids",
    "Poids effectif",
    "Poids effectifs",
    "Motifs",
    "Alertes",
    "Signalements",
    "Offres exclues et invalides",
    "Détail par offre",
    "Grille",
    "Fichier",
    "Fichiers des offres",
    "Méthode",
    "Options",
    "Version",
    "Lot",
    "Sans lot",
    "Aucune offre.",
    "Aucune offre classée.",
    "classé",
    "exclu",
    "invalide",
    "offre anormalement basse",
    "Règles relatives\u00a0: retirer une offre peut changer l'ordre des autres (inversion "
    "de rang).",
    "\u00a0: ",
    "Explication de l'offre",
    "Réponse",
    "Règle",
    "Calcul",
    "Référence",
    "Sous-total",
    "Exigences",
    "satisfaite",
    "non satisfaite",
    "non vérifiée",
    "Justificatifs",
    "Justificatif demandé",
    "Coût du cycle de vie",
    "Année",
    "Achat",
    "non répondu",
    "Rangs voisins",
    "devant de",
    "derrière de",
    "sur",
    "Date",
    "points",
    "exclue avant la notation (exigence sur une réponse)",
};

const Labels kEnglish = {
    Language::en,
    "Ranking",
    "Rank",
    "Bid",
    "Supplier",
    "Price",
    "Cost",
    "Total",
    "Quality points",
    "Status",
    "Criterion",
    "Id",
    "Score",
    "Points",
    "Weight",
    "Effective weight",
    "Effective weights",
    "Reasons",
    "Warnings",
    "Flags",
    "Excluded and invalid bids",
    "Breakdown by bid",
    "Grid",
    "File",
    "Bid files",
    "Method",
    "Options",
    "Version",
    "Lot",
    "No lot",
    "No bids.",
    "No bid ranked.",
    "ranked",
    "excluded",
    "invalid",
    "abnormally low",
    "Relative rules: removing a bid can reorder others (rank reversal).",
    ": ",
    "Explanation of bid",
    "Answer",
    "Rule",
    "Working",
    "Reference",
    "Subtotal",
    "Requirements",
    "met",
    "not met",
    "not checked",
    "Evidence",
    "Evidence asked",
    "Life-cycle cost",
    "Year",
    "Purchase",
    "not answered",
    "Neighbouring ranks",
    "ahead by",
    "behind by",
    "of",
    "Date",
    "points",
    "excluded before scoring (a requirement on an answer)",
};

bool is_fr(const Labels& labels) {
  return labels.language == Language::fr;
}

// A grid parameter as written, in the language's decimal mark ("0,8", "20").
std::string plain(double value, const Labels& labels) {
  std::string text = shortest_decimal(value);
  if (is_fr(labels))
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

std::string percent(std::optional<double> p, const Labels& labels) {
  if (!p) return "";
  return is_fr(labels) ? "plus de " + plain(*p, labels) + "\u00a0% "
                       : "more than " + plain(*p, labels) + "% ";
}

std::string test_text(const Labels& labels, const Grid& grid, const std::string& test,
                      const std::optional<double>& estimate) {
  const AbnormallyLow& a = grid.abnormally_low;
  const bool fr = is_fr(labels);
  if (test == "below_mean_of_others_pct")
    return percent(a.below_mean_of_others_pct, labels) +
           (fr ? "sous la moyenne des autres offres" : "below the mean of the other bids");
  if (test == "below_mean_minus_sd") {
    std::string k = a.below_mean_minus_sd ? plain(*a.below_mean_minus_sd, labels) : "k";
    return fr ? "sous la moyenne moins " + k + " × l'écart-type"
              : "below the mean minus " + k + " × the standard deviation";
  }
  if (test == "two_pass_mean") {
    std::string b = a.two_pass_below ? plain(*a.two_pass_below, labels) + " × " : "";
    return fr ? "sous " + b + "la moyenne en deux passes" : "below " + b + "the two-pass mean";
  }
  if (test == "below_second_lowest_pct")
    return percent(a.below_second_lowest_pct, labels) +
           (fr ? "sous la deuxième offre la plus basse" : "below the second-lowest bid");
  if (test == "below_estimate_pct") {
    std::string text =
        percent(a.below_estimate_pct, labels) + (fr ? "sous l'estimation" : "below the estimate");
    if (estimate) text += " (" + format_money(*estimate, grid.currency, labels.language) + ")";
    return text;
  }
  return test;
}

}  // namespace

const Labels& labels_for(Language language) {
  return language == Language::fr ? kFrench : kEnglish;
}

const Labels& labels_for(const std::string& language) {
  return labels_for(language == "fr" ? Language::fr : Language::en);
}

std::string points_out_of(const Labels& labels, const Grid& grid) {
  const bool fr = is_fr(labels);
  switch (grid.method.kind) {
    case Method::weighted_sum:
      break;
    case Method::price_per_point:
      return (fr ? "points de qualité sur " : "quality points out of ") + plain(grid.scale, labels);
    case Method::adjusted_price:
      return fr ? "points\u00a0: la part de V de chaque critère"
                : "points: each criterion's part of V";
    case Method::fictitious_price:
      return fr ? "points\u00a0: la somme que chaque critère retire du prix"
                : "points: the money each criterion takes off the price";
  }
  return (fr ? "points sur " : "points out of ") + plain(grid.scale, labels);
}

std::string more_not_shown(const Labels& labels, int count) {
  if (is_fr(labels))
    return count == 1 ? "1 autre offre classée non affichée"
                      : fmt::format("{} autres offres classées non affichées", count);
  return count == 1 ? "1 more ranked bid not shown"
                    : fmt::format("{} more ranked bids not shown", count);
}

const char* status_label(const Labels& labels, Status status) {
  switch (status) {
    case Status::ranked:
      return labels.ranked;
    case Status::excluded:
      return labels.excluded;
    case Status::invalid:
      return labels.invalid;
  }
  return "?";
}

const char* method_label(const Labels& labels, Method method) {
  const bool fr = is_fr(labels);
  switch (method) {
    case Method::weighted_sum:
      return fr ? "somme pondérée" : "weighted sum";
    case Method::price_per_point:
      return fr ? "prix par point" : "price per point";
    case Method::adjusted_price:
      return fr ? "prix ajusté" : "adjusted price";
    case Method::fictitious_price:
      return fr ? "prix fictif (attribution sur la valeur)" : "fictitious price (award on value)";
  }
  return "?";
}

const char* method_explanation(const Labels& labels, Method method) {
  const bool fr = is_fr(labels);
  switch (method) {
    case Method::weighted_sum:
      return fr ? "total = Σ poids effectif × note × barème\u00a0; le plus élevé l'emporte"
                : "total = Σ effective weight × score × scale; higher is better";
    case Method::price_per_point:
      return fr ? "prix ÷ points qualité (tous les critères sauf le prix)\u00a0; le plus bas "
                  "l'emporte"
                : "price ÷ quality points (every criterion but price); lower is better";
    case Method::adjusted_price:
      return fr ? "prix ÷ (1 + V ÷ (1 − Vmax)), V = Σ coefficient × note hors prix\u00a0; le "
                  "plus bas l'emporte"
                : "price ÷ (1 + V ÷ (1 − Vmax)), V = Σ coefficient × score but price; lower "
                  "is better";
    case Method::fictitious_price:
      return fr ? "prix − Σ valeur × note hors prix\u00a0; le plus bas l'emporte"
                : "price − Σ value × score but price; lower is better";
  }
  return "?";
}

const char* total_label(const Labels& labels, Method method) {
  const bool fr = is_fr(labels);
  switch (method) {
    case Method::weighted_sum:
      return labels.total;
    case Method::price_per_point:
      return fr ? "Prix par point" : "Price per point";
    case Method::adjusted_price:
      return fr ? "Prix ajusté" : "Adjusted price";
    case Method::fictitious_price:
      return fr ? "Prix fictif" : "Fictitious price";
  }
  return labels.total;
}

std::string flag_text(const Labels& labels, const Grid& grid, const std::string& flag,
                      const std::optional<std::string>& lot) {
  const std::string prefix = "abnormally_low:";
  if (flag.rfind(prefix, 0) != 0) return flag;
  const Lot* declared = lot ? find_lot(grid, *lot) : nullptr;
  const std::optional<double>& estimate =
      declared && declared->estimate ? declared->estimate : grid.abnormally_low.estimate;
  return std::string(labels.abnormally_low) + " (" +
         test_text(labels, grid, flag.substr(prefix.size()), estimate) + ")";
}

}  // namespace aser::report
