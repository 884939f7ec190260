// What `aser lint` says (src/analyze/lint_*.cpp): each check's message, its
// reason, its source (titles of cases and texts stay as published) and hint.
#include "model/catalogue.hpp"

namespace aser {

const std::vector<MessageText>& lint_messages() {
  static const std::vector<MessageText> table = {
      // relative-rule
      {"lint.relative_rule",
       "criterion '{id}' uses the relative rule '{rule}': adding or removing a bid can reorder two "
       "others (rank reversal)",
       "le critère '{id}' utilise la règle relative '{rule}'\u00a0: ajouter ou retirer une offre "
       "peut inverser l'ordre de deux autres (inversion de rang)"},
      {"lint.relative_rule.reason",
       "a bid's score depends on the other bids, not on its own value alone; {detail}",
       "la note d'une offre dépend des autres offres, pas de sa seule valeur\u00a0; {detail}"},
      {"lint.relative_rule.lowest_ratio",
       "the proportional rule (lowest / value) scores a bid against the lowest one; the DAJ "
       "advises it only when prices are homogeneous: with dispersed prices the gaps between the "
       "dearer bids are flattened",
       "la règle proportionnelle (plus bas / valeur) note une offre par rapport à la plus "
       "basse\u00a0; "
       "la DAJ ne la conseille que pour des prix homogènes\u00a0: avec des prix dispersés, les "
       "écarts "
       "entre les offres les plus chères sont écrasés"},
      {"lint.relative_rule.highest_ratio",
       "value / highest scores a bid against the highest one, which any new bid can move",
       "valeur / plus haute note une offre par rapport à la plus haute, que toute nouvelle offre "
       "peut déplacer"},
      {"lint.relative_rule.linear_range",
       "min-max grading gives 1 to the lowest and 0 to the highest, however close they are: a bid "
       "1 cent dearer than the only other bid gets 0 points; courts have struck such grading down, "
       "and the DAJ advises against the linear method when few bids are expected",
       "la notation min-max donne 1 à la plus basse et 0 à la plus haute, si proches "
       "soient-elles\u00a0: "
       "une offre plus chère d'un centime que la seule autre offre obtient 0 point\u00a0; le juge "
       "a "
       "censuré de telles notations, et la DAJ déconseille la méthode linéaire quand peu d'offres "
       "sont attendues"},
      {"lint.relative_rule.deviation",
       "the score falls to 0 at a multiple of the lowest value, so it depends on which bid is the "
       "lowest",
       "la note tombe à 0 à un multiple de la valeur la plus basse\u00a0: elle dépend de l'offre "
       "la "
       "plus basse"},
      {"lint.relative_rule.source",
       "DAJ (French Ministry of the Economy, legal department), fiche « Les méthodes de notation "
       "du critère prix dans les marchés publics » (2024); a grading method must not neutralise "
       "the weighting (CE, 3 November 2014, n° 373362, Commune de Belleville-sur-Loire, reported)",
       "DAJ (ministère de l'Économie, direction des affaires juridiques), fiche « Les méthodes de "
       "notation du critère prix dans les marchés publics » (2024)\u00a0; une méthode de notation "
       "ne "
       "doit pas neutraliser la pondération (CE, 3 novembre 2014, n° 373362, Commune de "
       "Belleville-sur-Loire, cité d'après une source secondaire)"},
      {"lint.relative_rule.source_min_max",
       "; min-max grading giving 0 to a bid 1 cent dearer struck down (CAA Paris, 8 February "
       "2016, n° 15PA02953, as reported; not checked against the decision)",
       "\u00a0; notation min-max donnant 0 à une offre plus chère d'un centime censurée (CAA "
       "Paris, "
       "8 février 2016, n° 15PA02953, cité d'après une source secondaire\u00a0; non vérifié sur la "
       "décision)"},
      {"lint.relative_rule.hint",
       "keep it if prices will be close and explain the choice in a comment; otherwise score "
       "against fixed bounds, e.g. { linear: { worst: <dear>, best: <cheap> } }",
       "gardez-la si les prix seront proches et justifiez ce choix en commentaire\u00a0; sinon "
       "notez "
       "par rapport à des bornes fixes, p. ex. { linear: { worst: <cher>, best: <bon marché> } }"},
      // prozorro-cap
      {"lint.prozorro_cap",
       "under adjusted_price the coefficients add up to {total}, above Prozorro's cap of {cap}",
       "avec adjusted_price, les coefficients totalisent {total}, au-dessus du plafond de Prozorro "
       "de {cap}"},
      {"lint.prozorro_cap_allowed",
       "under adjusted_price the coefficients add up to {total}, above Prozorro's cap of {cap} "
       "(max_total: {max_total} allows it)",
       "avec adjusted_price, les coefficients totalisent {total}, au-dessus du plafond de Prozorro "
       "de {cap} (max_total\u00a0: {max_total} le permet)"},
      {"lint.prozorro_cap.reason",
       "the Prozorro formula price / (1 + V / (1 - Vmax)) was designed with the non-price features "
       "capped at 30 %, so that price keeps most of the weight; above it a dear bid can win on "
       "features alone",
       "la formule de Prozorro prix / (1 + V / (1 - Vmax)) a été conçue avec les critères hors "
       "prix "
       "plafonnés à 30 %, pour que le prix garde l'essentiel du poids\u00a0; au-delà, une offre "
       "chère "
       "peut gagner sur ces seuls critères"},
      {"lint.prozorro_cap.source",
       "Prozorro's rules for non-price criteria (\"features\"): at most 30 % in total (Ukraine's "
       "public procurement system; reported, the article was not checked here)",
       "règles de Prozorro pour les critères hors prix (\"features\")\u00a0: au plus 30 % au total "
       "(système ukrainien de marchés publics\u00a0; cité d'après une source secondaire, l'article "
       "n'a pas été vérifié ici)"},
      {"lint.prozorro_cap.hint", "lower the coefficients so that they add up to 0.3 or less",
       "baissez les coefficients pour qu'ils totalisent 0,3 au plus"},
      // no-environment-criterion
      {"lint.no_environment",
       "a public grid with no environmental criterion (no group or criterion has theme: "
       "environment)",
       "une grille publique sans critère environnemental (aucun groupe ni critère n'a theme: "
       "environment)"},
      {"lint.no_environment.reason",
       "from 22 August 2026 at the latest, French public buyers must use at least one award "
       "criterion that takes the environmental characteristics of the offer into account",
       "au plus tard le 22 août 2026, les acheteurs publics français doivent retenir au moins un "
       "critère d'attribution qui prend en compte les caractéristiques environnementales de "
       "l'offre"},
      {"lint.no_environment.source",
       "loi n° 2021-1104 du 22 août 2021 (Climat et résilience), art. 35; code de la commande "
       "publique, art. L2152-7",
       "loi n° 2021-1104 du 22 août 2021 (Climat et résilience), art. 35\u00a0; code de la "
       "commande "
       "publique, art. L2152-7"},
      {"lint.no_environment.hint",
       "add a criterion (or group) with theme: environment; for a private buyer, set context: "
       "private",
       "ajoutez un critère (ou un groupe) avec theme: environment\u00a0; pour un acheteur privé, "
       "indiquez context: private"},
      // label-without-equivalent
      {"lint.named_label",
       "criterion '{id}' gives points for the label {labels} without 'or equivalent'",
       "le critère '{id}' donne des points pour le label {labels} sans «\u00a0ou "
       "équivalent\u00a0»"},
      {"lint.named_labels",
       "criterion '{id}' gives points for the labels {labels} without 'or equivalent'",
       "le critère '{id}' donne des points pour les labels {labels} sans «\u00a0ou "
       "équivalent\u00a0»"},
      {"lint.named_label.reason",
       "a buyer may ask for a specific label, but must accept equivalent labels and other "
       "appropriate means of proof; points reserved to a named label shut out bidders who prove "
       "the same characteristics otherwise",
       "un acheteur peut exiger un label précis, mais doit accepter les labels équivalents et les "
       "autres moyens de preuve appropriés\u00a0; des points réservés à un label nommé écartent "
       "les "
       "candidats qui prouvent autrement les mêmes caractéristiques"},
      {"lint.named_label.source",
       "CJEU, 10 May 2012, C-368/10, Commission v Netherlands (Max Havelaar, EKO); directive "
       "2014/24/EU, art. 43",
       "CJUE, 10 mai 2012, C-368/10, Commission c/ Pays-Bas (Max Havelaar, EKO)\u00a0; directive "
       "2014/24/UE, art. 43"},
      {"lint.named_label.hint",
       "write the label as \"EU Ecolabel or equivalent\" (\"ou équivalent\"), or say so in the "
       "criterion's evidence",
       "écrivez le label sous la forme \"Écolabel européen ou équivalent\", ou dites-le dans la "
       "preuve (evidence) du critère"},
      // company-wide-criterion
      {"lint.company_scope", "{node} is company-wide (scope: company) in a public grid",
       "{node} porte sur toute l'entreprise (scope: company) dans une grille publique"},
      {"lint.company_rating",
       "{node} names {ratings}, a rating of the whole company, in a public grid",
       "{node} nomme {ratings}, une notation de toute l'entreprise, dans une grille publique"},
      {"lint.company.reason",
       "award criteria must be linked to the subject-matter of the contract; a rating of the whole "
       "company (an EcoVadis score, B Corp status, the gender-equality index) assesses its general "
       "corporate policy, not the works, supplies or services bought",
       "les critères d'attribution doivent être liés à l'objet du marché\u00a0; une notation de "
       "toute "
       "l'entreprise (une note EcoVadis, le statut B Corp, l'index de l'égalité) évalue sa "
       "politique "
       "générale, pas les travaux, fournitures ou services achetés"},
      {"lint.company.source",
       "directive 2014/24/EU, art. 67(3) and recital 97; CJEU, 4 December 2003, C-448/01, EVN and "
       "Wienstrom; code de la commande publique, art. L2152-7",
       "directive 2014/24/UE, art. 67(3) et considérant 97\u00a0; CJUE, 4 décembre 2003, C-448/01, "
       "EVN et Wienstrom\u00a0; code de la commande publique, art. L2152-7"},
      {"lint.company.hint",
       "score what the bidder commits to for this contract (e.g. the training of the staff "
       "assigned to it); for a private buyer, set context: private",
       "notez ce à quoi le candidat s'engage pour ce marché (p. ex. la formation du personnel qui "
       "y "
       "est affecté)\u00a0; pour un acheteur privé, indiquez context: private"},
      // A check on weights, in a lot that sets its own.
      {"lint.in_lot", "in lot '{lot}': {message}", "dans le lot '{lot}'\u00a0: {message}"},
      // negligible-weight
      {"lint.negligible_points",
       "{node} can add at most {points} points out of {scale}: too little to change a ranking",
       "{node} peut ajouter au plus {points} points sur {scale}\u00a0: trop peu pour changer un "
       "classement"},
      {"lint.negligible_points.reason",
       "reports show points with 2 decimals: a node that can add less than 0.01 points can only "
       "reorder bids whose totals look the same, and bidders cannot see why",
       "les rapports montrent les points avec 2 décimales\u00a0: un nœud qui peut ajouter moins de "
       "0,01 point ne peut réordonner que des offres dont les totaux semblent égaux, et les "
       "candidats ne peuvent pas voir pourquoi"},
      {"lint.zero_coefficient", "criterion '{id}' has a coefficient of 0 under adjusted_price",
       "le critère '{id}' a un coefficient de 0 avec adjusted_price"},
      {"lint.zero_coefficient.reason",
       "its score is multiplied by 0: it can never change a price or a ranking",
       "sa note est multipliée par 0\u00a0: il ne peut jamais changer un prix ni un classement"},
      {"lint.negligible_value",
       "criterion '{id}' is worth {value} {currency} at most under fictitious_price",
       "le critère '{id}' vaut au plus {value} {currency} avec fictitious_price"},
      {"lint.negligible_value.reason",
       "reports show money to the cent: less than a cent can only reorder bids whose fictitious "
       "prices look the same",
       "les rapports montrent les montants au centime\u00a0: moins d'un centime ne peut réordonner "
       "que des offres dont les prix fictifs semblent égaux"},
      {"lint.negligible.hint", "give it a weight that can matter, or remove it",
       "donnez-lui un poids qui puisse compter, ou retirez-le"},
      // equal-scale-scores
      {"lint.equal_scale_scores",
       "the scale of criterion '{id}' gives the same score ({score}) to {labels}",
       "l'échelle du critère '{id}' donne la même note ({score}) à {labels}"},
      {"lint.equal_scale_scores.reason",
       "labels that score the same cannot be told apart by the grid: bidders read a distinction "
       "that does not count",
       "des étiquettes de même note ne se distinguent pas dans la grille\u00a0: les candidats "
       "lisent "
       "une distinction qui ne compte pas"},
      {"lint.equal_scale_scores.hint", "merge them into one label, or give each its own score",
       "fusionnez-les en une seule étiquette, ou donnez à chacune sa propre note"},
      // The grid loader's own warning, which lint prints too (grid_sections.cpp).
      {"grid.unused_estimate", "'estimate' is not used without 'below_estimate_pct'",
       "'estimate' n'est pas utilisé sans 'below_estimate_pct'"},
      // Words of the lint report (src/cli/cmd_lint.cpp).
      {"word.group", "group '{id}'", "le groupe '{id}'"},
      {"word.and", " and ", " et "},
      {"lint.warning", "warning", "avertissement"},
      {"lint.reason", "reason: {text}", "raison\u00a0: {text}"},
      {"lint.source", "source: {text}", "source\u00a0: {text}"},
      {"lint.hint", "hint: {text}", "conseil\u00a0: {text}"},
      {"lint.no_warnings", "no warnings ({count} checks)",
       "aucun avertissement ({count} contrôles)"},
      {"lint.one_warning", "1 warning", "1 avertissement"},
      {"lint.warnings", "{count} warnings", "{count} avertissements"},
  };
  return table;
}

}  // namespace aser
