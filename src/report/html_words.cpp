// The words only the HTML report uses, in French and English (the shared
// ones are in labels.cpp). French typography: U+00A0 before ':'.
#include "report/html_parts.hpp"

namespace aser::report::html {

namespace {

const Words kFrench = {
    "Rapport de classement",
    "Méthode et pondération",
    "Provenance",
    "Date",
    "Version d'aser",
    "SHA-256",
    "Réponse",
    "Règle",
    "Calcul",
    "Référence",
    "Exigences",
    "satisfaite",
    "non satisfaite",
    "non vérifiée",
    "Coût du cycle de vie",
    "Voisins au classement",
    "Au-dessus",
    "En dessous",
    "écart",
    "Justificatifs",
    "sur",
    "Total",
    "Les réponses des offres n'ont pas été transmises au rapport\u00a0: notes et points "
    "seulement.",
    "Offres reçues",
    "classées",
    "exclues",
    "invalides",
    "Lots",
    "Barème",
    "Pondération",
    "Signalements et décisions",
    "Décision du comité",
    "Points par groupe",
    "Annexe — provenance",
    "Pour la vérification\u00a0: les fichiers lus et leur empreinte SHA-256, et les réponses "
    "telles que les offres les écrivent, avec leur position (fichier\u00a0:ligne\u00a0:colonne).",
    "Réponses telles que lues",
    "Chemin",
    "Texte écrit",
    "Position",
    "Fichier de la grille",
};

const Words kEnglish = {
    "Ranking report",
    "Method and weights",
    "Provenance",
    "Date",
    "aser version",
    "SHA-256",
    "Answer",
    "Rule",
    "Working",
    "Reference",
    "Requirements",
    "met",
    "not met",
    "not checked",
    "Life-cycle cost",
    "Neighbours in the ranking",
    "Above",
    "Below",
    "gap",
    "Evidence",
    "out of",
    "Total",
    "The bids' answers were not given to the report: scores and points only.",
    "Bids received",
    "ranked",
    "excluded",
    "invalid",
    "Lots",
    "Scale",
    "Weights",
    "Flags and decisions",
    "Committee decision",
    "Points by group",
    "Appendix — provenance",
    "For checking: the files read and their SHA-256, and the answers as the bids write them, "
    "with their position (file:line:column).",
    "Answers as read",
    "Path",
    "As written",
    "Position",
    "Grid file",
};

}  // namespace

const Words& words(Language language) {
  return language == Language::fr ? kFrench : kEnglish;
}

}  // namespace aser::report::html
