// The fixed words of the reports, in the grid's language (fr or en). Every
// report takes its words from here, so both languages stay complete.
#pragma once

#include <optional>
#include <string>

#include "model/evaluation.hpp"
#include "model/grid.hpp"
#include "report/numbers.hpp"

namespace aser::report {

struct Labels {
  Language language;
  // Headings and columns.
  const char* ranking;            ///< "Classement" / "Ranking"
  const char* rank;               ///< "Rang" / "Rank"
  const char* bid;                ///< "Offre" / "Bid"
  const char* supplier;           ///< "Fournisseur" / "Supplier"
  const char* price;              ///< "Prix" / "Price"
  const char* cost;               ///< "Coût" / "Cost"
  const char* total;              ///< "Total"
  const char* quality_points;     ///< "Points qualité" / "Quality points"
  const char* status;             ///< "Statut" / "Status"
  const char* criterion;          ///< "Critère" / "Criterion"
  const char* id;                 ///< "Id"
  const char* score;              ///< "Note" / "Score"
  const char* points;             ///< "Points"
  const char* weight;             ///< "Poids" / "Weight"
  const char* effective_weight;   ///< "Poids effectif" / "Effective weight"
  const char* effective_weights;  ///< "Poids effectifs" / "Effective weights"
  const char* reasons;            ///< "Motifs" / "Reasons"
  const char* warnings;           ///< "Alertes" / "Warnings"
  const char* flags;              ///< "Signalements" / "Flags"
  const char* not_ranked;         ///< "Offres exclues et invalides" / "Excluded and invalid bids"
  const char* breakdown;          ///< "Détail par offre" / "Breakdown by bid"
  const char* grid;               ///< "Grille" / "Grid"
  const char* file;               ///< "Fichier" / "File"
  const char* bid_files;          ///< "Fichiers des offres" / "Bid files"
  const char* method;             ///< "Méthode" / "Method"
  const char* options;            ///< "Options"
  const char* version;            ///< "Version"
  const char* lot;                ///< "Lot"
  const char* no_lot;             ///< "Sans lot" / "No lot"
  const char* no_bids;            ///< "Aucune offre." / "No bids."
  const char* no_ranked;          ///< "Aucune offre classée." / "No bid ranked."
  // Statuses.
  const char* ranked;    ///< "classé" / "ranked"
  const char* excluded;  ///< "exclu" / "excluded"
  const char* invalid;   ///< "invalide" / "invalid"
  // Flags.
  const char* abnormally_low;  ///< "offre anormalement basse" / "abnormally low"
  // Notes.
  const char* relative_note;  ///< rank reversal under relative rules
  const char* colon;          ///< " : " (U+00A0 before the colon) / ": "
  // The per-bid breakdown (explain, Markdown, HTML).
  const char* explanation;      ///< "Explication de l'offre" / "Explanation of bid"
  const char* answer;           ///< "Réponse" / "Answer"
  const char* rule;             ///< "Règle" / "Rule"
  const char* working;          ///< "Calcul" / "Working"
  const char* reference;        ///< "Référence" / "Reference"
  const char* subtotal;         ///< "Sous-total" / "Subtotal"
  const char* requirements;     ///< "Exigences" / "Requirements"
  const char* met;              ///< "satisfaite" / "met"
  const char* not_met;          ///< "non satisfaite" / "not met"
  const char* not_checked;      ///< "non vérifiée" / "not checked"
  const char* evidence;         ///< "Justificatifs" / "Evidence"
  const char* evidence_asked;   ///< "Justificatif demandé" / "Evidence asked"
  const char* life_cycle_cost;  ///< "Coût du cycle de vie" / "Life-cycle cost"
  const char* year;             ///< "Année" / "Year"
  const char* purchase;         ///< "Achat" / "Purchase"
  const char* not_answered;     ///< "non répondu" / "not answered"
  const char* neighbours;       ///< "Rangs voisins" / "Neighbouring ranks"
  const char* ahead;            ///< "devant de" / "ahead by"
  const char* behind;           ///< "derrière de" / "behind by"
  const char* out_of;           ///< "sur" / "of" (rang 2 sur 5)
  const char* date;             ///< "Date"
  const char* points_word;      ///< "points"
  /// An excluded bid that never entered the scoring: "exclue avant la notation
  /// (exigence sur une réponse)" / "excluded before scoring (a requirement on an answer)".
  const char* not_scored;
};

/// The words of a grid's language: French for "fr", English otherwise.
const Labels& labels_for(const std::string& language);
const Labels& labels_for(Language language);

/// What the points mean under the grid's method: "points sur 100" / "points out
/// of 100" under weighted_sum, quality points, parts of V, or money otherwise.
std::string points_out_of(const Labels& labels, const Grid& grid);

/// "3 autres offres classées non affichées" / "3 more ranked bids not shown".
std::string more_not_shown(const Labels& labels, int count);

/// "classé" / "ranked", ... for a status.
const char* status_label(const Labels& labels, Status status);

/// The method's short name: "somme pondérée" / "weighted sum".
const char* method_label(const Labels& labels, Method method);

/// What the method ranks by, one sentence: "total = Σ poids effectif × note ×
/// barème ; le plus élevé l'emporte" / "total = Σ effective weight × score ×
/// scale; higher is better".
const char* method_explanation(const Labels& labels, Method method);

/// The heading of the total column: "Total" for weighted_sum, else what it is
/// ("Prix par point" / "Price per point", "Prix ajusté", "Prix fictif").
const char* total_label(const Labels& labels, Method method);

/// A flag in words: "abnormally_low:below_mean_of_others_pct" → "offre
/// anormalement basse (plus de 20 % sous la moyenne des autres offres)".
/// Unknown flags are returned as written. `lot` is the flagged bid's: a
/// declared lot's own estimate replaces the grid's.
std::string flag_text(const Labels& labels, const Grid& grid, const std::string& flag,
                      const std::optional<std::string>& lot);

}  // namespace aser::report
