// The words of the analysis reports, in French and English (kept apart from
// labels.cpp: only `aser analyze` and `rank --analyze` use them).
#pragma once

#include "report/numbers.hpp"

namespace aser::report {

struct AnalysisWords {
  const char* title;      ///< "Analyse : le lauréat resterait-il premier ?"
  const char* winner;     ///< "Lauréat"
  const char* no_winner;  ///< "Pas de lauréat unique : la stabilité du lauréat est sans objet."
  const char* stability;  ///< "Stabilité des poids"
  const char* stability_intro;  ///< how to read the bars
  const char* money_intro;      ///< the same under fictitious_price
  const char* node;             ///< "Nœud"
  const char* weight;           ///< "Poids"
  const char* value;            ///< "Valeur"
  const char* winner_kept;      ///< "Lauréat inchangé"
  const char* order_kept;       ///< "Ordre inchangé"
  const char* bar;              ///< "0 % … 100 %"
  const char* changes_if;       ///< "Le lauréat change si"
  const char* weight_of;        ///< "le poids de"
  const char* value_of;         ///< "la valeur de"
  const char* goes_from;        ///< "passe de"
  const char* to;               ///< "à"
  const char* takes_lead;       ///< "passe devant"
  const char* no_change;        ///< no single weight changes the winner
  const char* nothing_varied;   ///< no node to vary
  const char* unbounded;        ///< "illimité" / "unbounded"
  const char* reversal;         ///< "Inversion de rang"
  const char* without;          ///< "Sans" / "Without"
  const char* swap;             ///< "s'inversent" / "swap"
  const char* and_word;         ///< "et" / "and"
  const char* winner_then;      ///< "lauréat" / "winner"
  const char* none_relative;    ///< no flip, relative rules
  const char* none_absolute;    ///< no flip, and why: no relative rule
  const char* smaa;             ///< "Acceptabilité des rangs (SMAA)"
  const char* samples;          ///< "tirages" / "samples"
  const char* confidence;       ///< "Confiance" / "Confidence"
  const char* central_weights;  ///< "Poids centraux : la moyenne…" / "Central weights: the mean…"
  const char* not_run;          ///< "non calculé" (a part left out by --only)
  const char* fragile;          ///< "Fragile"
};

const AnalysisWords& analysis_words(Language language);

}  // namespace aser::report
