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
  return message(
      "score.below_minimum", language_,
      {{"subject", subject}, {"value", decimal(value, fr_)}, {"bound", decimal(bound, fr_)}});
}

std::string Messages::above_maximum(const std::string& subject, const std::string& value,
                                    const std::string& bound) const {
  return message(
      "score.above_maximum", language_,
      {{"subject", subject}, {"value", decimal(value, fr_)}, {"bound", decimal(bound, fr_)}});
}

std::string Messages::not_equal(const std::string& subject, const std::string& value,
                                const std::string& expected) const {
  return message("score.not_equal", language_,
                 {{"subject", subject}, {"value", value}, {"expected", expected}});
}

std::string Messages::not_answered(const std::string& path) const {
  return message("score.not_answered", language_, {{"path", path}});
}

std::string Messages::required_answer(const std::string& path, const std::string& criterion) const {
  return message("score.required_answer", language_, {{"path", path}, {"criterion", criterion}});
}

std::string Messages::not_a_number(const std::string& path, const std::string& shown) const {
  return message("score.not_a_number", language_, {{"path", path}, {"shown", shown}});
}

std::string Messages::score_of(const std::string& id) const {
  return message("word.score_of", language_, {{"id", id}});
}

std::string Messages::no_quality_points() const {
  return message("score.no_quality_points", language_);
}

std::string Messages::price_required(const std::string& path) const {
  return message("score.price_required", language_, {{"path", path}});
}

std::string Messages::no_price(const std::string& path, const std::string& method) const {
  return message("score.no_price", language_, {{"path", path}, {"method", method}});
}

std::string Messages::missing_scores_zero(const std::string& path,
                                          const std::string& criterion) const {
  return message("score.missing_scores_zero", language_,
                 {{"path", path}, {"criterion", criterion}});
}

std::string Messages::wrong_kind(const std::string& path, const std::string& shown,
                                 const std::string& expected, const std::string& criterion) const {
  const char* what = expected == "number"    ? "word.a_number"
                     : expected == "boolean" ? "word.true_or_false"
                                             : "word.a_label";
  return message("score.wrong_kind", language_,
                 {{"path", path},
                  {"shown", shown},
                  {"expected", message(what, language_)},
                  {"criterion", criterion}});
}

std::string Messages::unknown_label(const std::string& path, const std::string& shown,
                                    const std::string& criterion,
                                    const std::vector<std::string>& labels) const {
  return message(
      "score.unknown_label", language_,
      {{"path", path}, {"shown", shown}, {"criterion", criterion}, {"labels", join(labels, "'")}});
}

std::string Messages::yearly_cost_missing(const std::string& path) const {
  return message("score.yearly_cost_missing", language_, {{"path", path}});
}

std::string Messages::cost_overflow() const {
  return message("score.cost_overflow", language_);
}

std::string Messages::total_overflow() const {
  return message("score.total_overflow", language_);
}

std::string Messages::tie(const std::string& lot, const std::vector<std::string>& ids, int rank,
                          bool has_tie_break) const {
  const char* id = lot.empty()
                       ? (has_tie_break ? "score.tie_separated" : "score.tie")
                       : (has_tie_break ? "score.tie_separated_in_lot" : "score.tie_in_lot");
  return message(id, language_,
                 {{"lot", lot}, {"ids", join(ids, "")}, {"rank", std::to_string(rank)}});
}

std::string Messages::adjusted_price_cap(const std::string& vmax) const {
  return message("score.adjusted_price_cap", language_, {{"vmax", vmax}});
}

}  // namespace aser
