// The scorer's reasons and warnings (src/score/messages.cpp writes them).
#include "model/catalogue.hpp"

namespace aser {

const std::vector<MessageText>& score_messages() {
  static const std::vector<MessageText> table = {
      {"score.below_minimum", "{subject} = {value} is below the minimum {bound}",
       "{subject} = {value}, sous le minimum {bound}"},
      {"score.above_maximum", "{subject} = {value} is above the maximum {bound}",
       "{subject} = {value}, au-dessus du maximum {bound}"},
      {"score.not_equal", "{subject} = {value}, expected {expected}",
       "{subject} = {value} au lieu de {expected}"},
      {"score.not_answered", "{path} is not answered", "{path} n'est pas renseigné"},
      {"score.required_answer", "{path} is not answered (criterion {criterion} requires an answer)",
       "{path} n'est pas renseigné (le critère {criterion} exige une réponse)"},
      {"score.not_a_number", "{path} = {shown} is not a number",
       "{path} = {shown} n'est pas un nombre"},
      {"word.score_of", "score of {id}", "note de {id}"},
      {"score.no_quality_points", "no quality points: price_per_point cannot divide the price by 0",
       "aucun point de qualité\u00a0: price_per_point ne peut pas diviser le prix par 0"},
      {"score.no_price", "{path} (the price) is not answered; the method {method} needs it",
       "{path} (le prix) n'est pas renseigné\u00a0; la méthode {method} en a besoin"},
      {"score.price_required",
       "{path} (the price) is not answered: a bid without a price is irregular",
       "{path} (le prix) n'est pas renseigné\u00a0: une offre sans prix est irrégulière"},
      {"score.missing_scores_zero", "{path} is not answered: criterion {criterion} scores 0",
       "{path} n'est pas renseigné\u00a0: le critère {criterion} vaut 0"},
      {"score.wrong_kind", "{path} = {shown} is not {expected}: criterion {criterion} scores 0",
       "{path} = {shown} n'est pas {expected}\u00a0: le critère {criterion} vaut 0"},
      {"score.unknown_label",
       "{path} = {shown} is not a label of criterion {criterion} (expected one of {labels}): it "
       "scores 0",
       "{path} = {shown} n'est pas une étiquette du critère {criterion} (attendu\u00a0: "
       "{labels})\u00a0: il vaut 0"},
      {"score.yearly_cost_missing", "{path} is not answered: it counts as 0 in the life-cycle cost",
       "{path} n'est pas renseigné\u00a0: il compte pour 0 dans le coût du cycle de vie"},
      {"score.cost_overflow",
       "the life-cycle cost is too large to represent: it is treated as not answered (check the "
       "price and the yearly quantities)",
       "le coût du cycle de vie dépasse les nombres représentables\u00a0: il est traité comme non "
       "renseigné (vérifier le prix et les quantités annuelles)"},
      {"score.total_overflow",
       "the total is too large to represent (an outsized price, quantity or weight)",
       "le total dépasse les nombres représentables (prix, quantités ou poids démesurés)"},
      {"score.tie_separated", "bids {ids} share rank {rank}: tie_break does not separate them",
       "les offres {ids} partagent le rang {rank}\u00a0: tie_break ne les départage pas"},
      {"score.tie", "bids {ids} share rank {rank}; add a tie_break to the grid to separate them",
       "les offres {ids} partagent le rang {rank}\u00a0; ajoutez un tie_break à la grille pour "
       "les départager"},
      {"score.tie_separated_in_lot",
       "lot {lot}: bids {ids} share rank {rank}: tie_break does not separate them",
       "lot {lot}\u00a0: les offres {ids} partagent le rang {rank}\u00a0: tie_break ne les "
       "départage pas"},
      {"score.tie_in_lot",
       "lot {lot}: bids {ids} share rank {rank}; add a tie_break to the grid to separate them",
       "lot {lot}\u00a0: les offres {ids} partagent le rang {rank}\u00a0; ajoutez un tie_break à "
       "la grille pour les départager"},
      {"score.adjusted_price_cap",
       "adjusted_price: the coefficients add up to {vmax}, which must stay below 1; prices are "
       "not adjusted",
       "adjusted_price\u00a0: les coefficients totalisent {vmax}, qui doit rester inférieur à "
       "1\u00a0; les prix ne sont pas ajustés"},
      {"word.a_number", "a number", "un nombre"},
      {"word.true_or_false", "true or false", "true ou false"},
      {"word.a_label", "a label", "une étiquette"},
  };
  return table;
}

}  // namespace aser
