#include "score/messages.hpp"

namespace aser {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& quote) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quote + items[i] + quote;
  return out;
}

// "0.05" → "0,05" in French; text that is not a plain number is left alone.
std::string decimal(const std::string& number, bool fr) {
  if (!fr || number.find_first_not_of("0123456789.-+eE") != std::string::npos) return number;
  std::string out = number;
  for (char& c : out)
    if (c == '.') c = ',';
  return out;
}

}  // namespace

std::string Messages::below_minimum(const std::string& subject, const std::string& value,
                                    const std::string& bound) const {
  return fr_ ? subject + " = " + decimal(value, fr_) + ", sous le minimum " + decimal(bound, fr_)
             : subject + " = " + value + " is below the minimum " + bound;
}

std::string Messages::above_maximum(const std::string& subject, const std::string& value,
                                    const std::string& bound) const {
  return fr_ ? subject + " = " + decimal(value, fr_) + ", au-dessus du maximum " +
                   decimal(bound, fr_)
             : subject + " = " + value + " is above the maximum " + bound;
}

std::string Messages::not_equal(const std::string& subject, const std::string& value,
                                const std::string& expected) const {
  return fr_ ? subject + " = " + value + " au lieu de " + expected
             : subject + " = " + value + ", expected " + expected;
}

std::string Messages::not_answered(const std::string& path) const {
  return fr_ ? path + " n'est pas renseigné" : path + " is not answered";
}

std::string Messages::required_answer(const std::string& path, const std::string& criterion) const {
  return fr_ ? path + " n'est pas renseigné (le critère " + criterion + " exige une réponse)"
             : path + " is not answered (criterion " + criterion + " requires an answer)";
}

std::string Messages::not_a_number(const std::string& path, const std::string& shown) const {
  return fr_ ? path + " = " + shown + " n'est pas un nombre"
             : path + " = " + shown + " is not a number";
}

std::string Messages::score_of(const std::string& id) const {
  return fr_ ? "note de " + id : "score of " + id;
}

std::string Messages::no_quality_points() const {
  return fr_ ? "aucun point de qualité\u00a0: price_per_point ne peut pas diviser le prix par 0"
             : "no quality points: price_per_point cannot divide the price by 0";
}

std::string Messages::price_required(const std::string& path) const {
  return fr_ ? path + " (le prix) n'est pas renseigné\u00a0: une offre sans prix est irrégulière"
             : path + " (the price) is not answered: a bid without a price is irregular";
}

std::string Messages::no_price(const std::string& path, const std::string& method) const {
  return fr_ ? path + " (le prix) n'est pas renseigné\u00a0; la méthode " + method + " en a besoin"
             : path + " (the price) is not answered; the method " + method + " needs it";
}

std::string Messages::missing_scores_zero(const std::string& path,
                                          const std::string& criterion) const {
  return fr_ ? path + " n'est pas renseigné\u00a0: le critère " + criterion + " vaut 0"
             : path + " is not answered: criterion " + criterion + " scores 0";
}

std::string Messages::wrong_kind(const std::string& path, const std::string& shown,
                                 const std::string& expected, const std::string& criterion) const {
  if (fr_) {
    std::string what = expected == "number"    ? "un nombre"
                       : expected == "boolean" ? "true ou false"
                                               : "une étiquette";
    return path + " = " + shown + " n'est pas " + what + "\u00a0: le critère " + criterion +
           " vaut 0";
  }
  std::string what = expected == "number"    ? "a number"
                     : expected == "boolean" ? "true or false"
                                             : "a label";
  return path + " = " + shown + " is not " + what + ": criterion " + criterion + " scores 0";
}

std::string Messages::unknown_label(const std::string& path, const std::string& shown,
                                    const std::string& criterion,
                                    const std::vector<std::string>& labels) const {
  return fr_ ? path + " = " + shown + " n'est pas une étiquette du critère " + criterion +
                   " (attendu\u00a0: " + join(labels, "'") + ")\u00a0: il vaut 0"
             : path + " = " + shown + " is not a label of criterion " + criterion +
                   " (expected one of " + join(labels, "'") + "): it scores 0";
}

std::string Messages::yearly_cost_missing(const std::string& path) const {
  return fr_ ? path + " n'est pas renseigné\u00a0: il compte pour 0 dans le coût du cycle de vie"
             : path + " is not answered: it counts as 0 in the life-cycle cost";
}

std::string Messages::cost_overflow() const {
  return fr_ ? "le coût du cycle de vie dépasse les nombres représentables : il est traité comme "
               "non renseigné (vérifier le prix et les quantités annuelles)"
             : "the life-cycle cost is too large to represent: it is treated as not answered "
               "(check the price and the yearly quantities)";
}

std::string Messages::total_overflow() const {
  return fr_ ? "le total dépasse les nombres représentables (prix, quantités ou poids démesurés)"
             : "the total is too large to represent (an outsized price, quantity or weight)";
}

std::string Messages::tie(const std::string& lot, const std::vector<std::string>& ids, int rank,
                          bool has_tie_break) const {
  std::string prefix = lot.empty() ? "" : (fr_ ? "lot " + lot + "\u00a0: " : "lot " + lot + ": ");
  std::string r = std::to_string(rank);
  if (fr_)
    return prefix + "les offres " + join(ids, "") + " partagent le rang " + r +
           (has_tie_break ? "\u00a0: tie_break ne les départage pas"
                          : "\u00a0; ajoutez un tie_break à la grille pour les départager");
  return prefix + "bids " + join(ids, "") + " share rank " + r +
         (has_tie_break ? ": tie_break does not separate them"
                        : "; add a tie_break to the grid to separate them");
}

std::string Messages::adjusted_price_cap(const std::string& vmax) const {
  return fr_ ? "adjusted_price\u00a0: les coefficients totalisent " + vmax +
                   ", qui doit rester inférieur à 1\u00a0; les prix ne sont pas ajustés"
             : "adjusted_price: the coefficients add up to " + vmax +
                   ", which must stay below 1; prices are not adjusted";
}

}  // namespace aser
