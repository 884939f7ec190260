#include "report/analysis_words.hpp"

namespace aser::report {

namespace {

// French typography: U+00A0 before ':', ';', '?', '%'.
const AnalysisWords kFrench = {
    "Analyse\u00a0: le lauréat resterait-il premier\u00a0?",
    "Lauréat",
    "Pas de lauréat unique\u00a0: la stabilité du lauréat est sans objet.",
    "Stabilité des poids",
    "Pour chaque poids, l'intervalle où le lauréat reste premier (les autres poids gardent "
    "leurs proportions)\u00a0; barre de 0 à 100\u00a0%, | = poids actuel.",
    "Pour chaque valeur en argent, l'intervalle où le lauréat reste premier (les autres "
    "valeurs sont inchangées).",
    "Nœud",
    "Poids",
    "Valeur",
    "Lauréat inchangé",
    "Ordre inchangé",
    "0\u00a0% … 100\u00a0%",
    "Le lauréat change si",
    "le poids de",
    "la valeur de",
    "passe de",
    "à",
    "passe devant",
    "Aucun changement d'un seul poids ne change le lauréat.",
    "Aucun poids à faire varier.",
    "illimité",
    "Inversion de rang",
    "Sans",
    "s'inversent",
    "et",
    "lauréat",
    "Aucune inversion\u00a0: retirer une offre ne change l'ordre d'aucune paire d'offres.",
    "Aucune inversion\u00a0: la grille n'a pas de règle relative, la note d'une offre ne "
    "dépend pas des autres (vérifié en retirant chaque offre).",
    "Acceptabilité des rangs (SMAA)",
    "tirages",
    "Confiance",
    "Poids centraux\u00a0: la moyenne des poids tirés sous lesquels l'offre est première.",
    "non calculé",
    "Fragile",
};

const AnalysisWords kEnglish = {
    "Analysis: would the winner still win?",
    "Winner",
    "No unique winner: the winner's stability does not apply.",
    "Weight stability",
    "For each weight, the interval over which the winner stays first (the other weights "
    "keep their proportions); bar from 0 to 100%, | = current weight.",
    "For each money value, the interval over which the winner stays first (the other "
    "values held).",
    "Node",
    "Weight",
    "Value",
    "Winner kept",
    "Order kept",
    "0% … 100%",
    "The winner changes if",
    "the weight of",
    "the value of",
    "goes from",
    "to",
    "takes the lead",
    "No change of a single weight changes the winner.",
    "No weight to vary.",
    "unbounded",
    "Rank reversal",
    "Without",
    "swap",
    "and",
    "winner",
    "No reversal: removing any one bid changes the order of no pair of bids.",
    "No reversal: the grid has no relative rule, so no bid's score depends on the others "
    "(checked by removing each bid).",
    "Rank acceptability (SMAA)",
    "samples",
    "Confidence",
    "Central weights: the mean of the sampled weights under which the bid ranks first.",
    "not run",
    "Fragile",
};

}  // namespace

const AnalysisWords& analysis_words(Language language) {
  return language == Language::fr ? kFrench : kEnglish;
}

}  // namespace aser::report
