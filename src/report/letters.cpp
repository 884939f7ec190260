// The facts of each letter as placeholder values (Markdown, bidder text
// escaped), the template filled with them, and the same letter as an HTML page.
#include "report/letters.hpp"

#include <algorithm>
#include <cmath>

#include "report/facts.hpp"
#include "report/html_parts.hpp"
#include "report/labels.hpp"
#include "report/letter_template.hpp"
#include "report/markdown_html.hpp"

namespace aser {

namespace {

using report::Labels;
using report::Language;
using report::markdown_text;

// The words only letters use.
struct LetterWords {
  const char* letter_title;  // the HTML <title>, before the supplier
  const char* you_ranked;    // "Votre offre est classée au rang"
  const char* out_of;        // "sur"
  const char* with;          // "avec"
  const char* winner_is;     // "L'offre retenue est celle du soumissionnaire"
  const char*
      winners_are;  // "Les offres classées premières ex aequo sont celles des soumissionnaires"
  const char* bid_word;      // "offre"
  const char* and_word;      // "et"
  const char* no_winner;     // "Aucune offre n'a été classée dans ce lot."
  const char* excluded_one;  // "Votre offre a été exclue, et n'a donc pas été classée, pour le
                             // motif suivant :"
  const char* excluded_many;
  const char* invalid_one;  // "Votre offre n'a pas pu être évaluée (offre irrégulière), pour le
                            // motif suivant :"
  const char* invalid_many;
  const char* your_score;        // "Votre note"
  const char* your_points;       // "Vos points"
  const char* winner_score;      // "Note de l'offre retenue"
  const char* winner_points;     // "Points de l'offre retenue"
  const char* against;           // "contre"
  const char* for_yours;         // "pour votre offre"
  const char* no_advantage;      // when the winner is ahead on no criterion
  const char* not_scored;        // the bid was never scored: the winner's points alone
  const char* date_placeholder;  // "[date]"
  const char* price_bid;         // "Prix proposé"
  const char* cost_bid;          // "Coût du cycle de vie"
};

const LetterWords& words_for(Language language) {
  static const LetterWords fr{
      "Lettre aux soumissionnaires",
      "Votre offre est classée au rang",
      "sur",
      "avec",
      "L'offre retenue est celle du soumissionnaire",
      "Les offres classées premières ex aequo sont celles des soumissionnaires",
      "offre",
      "et",
      "Aucune offre n'a été classée dans ce lot.",
      "Votre offre a été exclue, et n'a donc pas été classée, pour le motif suivant\u00a0:",
      "Votre offre a été exclue, et n'a donc pas été classée, pour les motifs suivants\u00a0:",
      "Votre offre n'a pas pu être évaluée (offre irrégulière), pour le motif suivant\u00a0:",
      "Votre offre n'a pas pu être évaluée (offre irrégulière), pour les motifs suivants\u00a0:",
      "Votre note",
      "Vos points",
      "Note de l'offre retenue",
      "Points de l'offre retenue",
      "contre",
      "pour votre offre",
      "L'offre retenue ne devance la vôtre sur aucun critère pris isolément\u00a0: elle l'emporte "
      "par "
      "son résultat d'ensemble.",
      "Votre offre n'ayant pas été notée, voici les points obtenus par l'offre retenue\u00a0:",
      "[date]",
      "Prix proposé",
      "Coût du cycle de vie",
  };
  static const LetterWords en{
      "Letter to bidders",
      "Your bid is ranked",
      "of",
      "with",
      "The successful bid is that of",
      "The bids ranked first ex aequo are those of",
      "bid",
      "and",
      "No bid was ranked in this lot.",
      "Your bid was excluded, and so not ranked, for the following reason:",
      "Your bid was excluded, and so not ranked, for the following reasons:",
      "Your bid could not be evaluated (irregular bid), for the following reason:",
      "Your bid could not be evaluated (irregular bid), for the following reasons:",
      "Your score",
      "Your points",
      "Successful bid's score",
      "Successful bid's points",
      "against",
      "for your bid",
      "The successful bid is ahead of yours on no single criterion: it wins on the whole.",
      "As your bid was not scored, here are the points of the successful bid:",
      "[date]",
      "Price bid",
      "Life-cycle cost",
  };
  return language == Language::fr ? fr : en;
}

const std::vector<std::string>& placeholder_names() {
  static const std::vector<std::string> names = {
      "tender",          "lot",          "bid",  "supplier",     "outcome", "reasons",
      "scores",          "advantages",   "rank", "ranked_count", "total",   "winner",
      "winner_supplier", "winner_total", "date", "version",      "grid",    "grid_sha256",
      "method"};
  return names;
}

struct LotContext {
  const Grid& grid;
  const Labels& labels;
  const LetterWords& words;
  const Evaluation& evaluation;
  const LotResult& lot;
  std::vector<const BidResult*> winners;  // the bids at rank 1 (several when tied)
  int ranked = 0;
};

std::string supplier_of(const BidResult& bid) {
  return bid.supplier.empty() ? bid.id : bid.supplier;
}

// "Nettoyage Martin \& Fils (offre nettoyage-martin)"
std::string named(const LotContext& c, const BidResult& bid) {
  return markdown_text(supplier_of(bid)) + " (" + c.words.bid_word + " " + markdown_text(bid.id) +
         ")";
}

// The ranking figure with what it counts: "74,05 points sur 100", "118 500,00 €".
std::string figure(const LotContext& c, const BidResult& bid) {
  std::string total = report::total_text(c.grid, c.labels, bid);
  if (c.grid.method.kind != Method::weighted_sum) return total;
  const char* out_of = c.labels.language == Language::fr ? "sur" : "out of";
  return total + " " + c.labels.points_word + " " + out_of + " " +
         report::format_number(c.grid.scale, c.grid.scale == std::floor(c.grid.scale) ? 0 : 2,
                               c.labels.language);
}

// "un total de", "a price per point of", "an adjusted price of".
std::string figure_intro(const LotContext& c) {
  std::string what = report::lower_first(report::total_label(c.labels, c.grid.method.kind));
  if (c.labels.language == Language::fr) return "un " + what + " de";
  bool vowel = !what.empty() && std::string("aeiou").find(what[0]) != std::string::npos;
  return std::string(vowel ? "an " : "a ") + what + " of";
}

std::string winner_sentence(const LotContext& c) {
  if (c.winners.empty()) return c.words.no_winner;
  std::string names;
  for (std::size_t i = 0; i < c.winners.size(); ++i)
    names += (i == 0                      ? ""
              : i + 1 == c.winners.size() ? std::string(" ") + c.words.and_word + " "
                                          : ", ") +
             named(c, *c.winners[i]);
  return std::string(c.winners.size() == 1 ? c.words.winner_is : c.words.winners_are) + " " +
         names + ", " + c.words.with + " " + figure_intro(c) + " " + figure(c, *c.winners[0]) + ".";
}

// The first line of each reason (an invalid bid's problems carry a source
// line and a caret, which a letter does not need).
std::vector<std::string> reason_lines(const BidResult& bid) {
  std::vector<std::string> lines;
  for (const std::string& reason : bid.reasons) {
    std::vector<std::string> split = report::split_lines(reason);
    if (!split.empty()) lines.push_back(split.front());
  }
  return lines;
}

std::string outcome(const LotContext& c, const BidResult& bid) {
  if (bid.status == Status::ranked && bid.rank)
    return std::string(c.words.you_ranked) + " " + std::to_string(*bid.rank) + " " +
           c.words.out_of + " " + std::to_string(c.ranked) + ", " + c.words.with + " " +
           figure_intro(c) + " " + figure(c, bid) + ". " + winner_sentence(c);
  std::size_t count = reason_lines(bid).size();
  const char* intro = bid.status == Status::invalid
                          ? (count > 1 ? c.words.invalid_many : c.words.invalid_one)
                          : (count > 1 ? c.words.excluded_many : c.words.excluded_one);
  return intro;
}

// Excluded and invalid bids: the reasons as a list, then who won.
std::string reasons(const LotContext& c, const BidResult& bid) {
  if (bid.status == Status::ranked) return "";
  std::string out;
  for (const std::string& line : reason_lines(bid)) out += "- " + markdown_text(line) + "\n";
  return out + "\n" + winner_sentence(c);
}

std::string score_cell(const BidResult* bid, const std::string& id, Language language) {
  if (!bid) return "—";
  auto found = bid->scores.find(id);
  return found == bid->scores.end() ? "—" : report::format_number(found->second, 3, language);
}

std::string points_cell(const BidResult* bid, const std::string& id, Language language) {
  if (!bid) return "—";
  auto found = bid->points.find(id);
  return found == bid->points.end() ? "—" : report::format_number(found->second, 2, language);
}

std::string money_cell(const LotContext& c, std::optional<double> value) {
  return value ? report::money_text(c.grid, c.labels, value) : "—";
}

// Every node of the grid, the bid's score and points beside the winner's.
std::string scores(const LotContext& c, const BidResult& bid) {
  const BidResult* winner = c.winners.empty() ? nullptr : c.winners.front();
  const Language language = c.labels.language;
  std::string out = std::string("| ") + c.labels.criterion + " | " + c.labels.effective_weight +
                    " | " + c.words.your_score + " | " + c.words.your_points + " | " +
                    c.words.winner_score + " | " + c.words.winner_points + " |\n" +
                    "| --- | ---: | ---: | ---: | ---: | ---: |\n";
  for (const report::NodeAt& at : report::nodes_with_depth(c.grid)) {
    std::string indent;
    for (int i = 0; i < at.depth; ++i) indent += "\u2003";
    const std::string& id = at.node->id;
    std::string label = markdown_text(at.node->display_label());
    if (at.depth == 0) label = "**" + label + "**";
    out += "| " + indent + label + " | " +
           report::share_text(report::weight_in(c.evaluation, c.lot, id), language) + " |";
    out += " " + score_cell(&bid, id, language) + " | " + points_cell(&bid, id, language) + " | " +
           score_cell(winner, id, language) + " | " + points_cell(winner, id, language) + " |\n";
  }
  if (c.grid.method.kind != Method::weighted_sum || price_criterion(c.grid))
    out += std::string("| ") + c.words.price_bid + " | | " + money_cell(c, bid.price) + " | | " +
           (winner ? money_cell(c, winner->price) : "—") + " | |\n";
  if (c.grid.cost)
    out += std::string("| ") + c.words.cost_bid + " | | " + money_cell(c, bid.cost) + " | | " +
           (winner ? money_cell(c, winner->cost) : "—") + " | |\n";
  std::string own_total = report::total_text(c.grid, c.labels, bid);
  out += "| **" + std::string(report::total_label(c.labels, c.grid.method.kind)) + "** | | | " +
         (own_total.empty() ? "—" : own_total) + " | | " +
         (winner ? report::total_text(c.grid, c.labels, *winner) : "—") + " |\n";
  return out;
}

// The criteria on which the winner took more points, the largest gap first
// (gaps as the reports round them, to two decimals).
std::string advantages(const LotContext& c, const BidResult& bid) {
  if (c.winners.empty()) return c.words.no_winner;
  const BidResult& winner = *c.winners.front();
  const Language language = c.labels.language;
  struct Gap {
    const Criterion* node;
    double winner_points;
    double bid_points;
    double gap;
  };
  if (bid.points.empty()) {
    std::string out = std::string(c.words.not_scored) + "\n\n";
    for (const Criterion& node : c.grid.criteria) {
      auto found = winner.points.find(node.id);
      if (found == winner.points.end()) continue;
      out += "- **" + markdown_text(node.display_label()) + "**" + c.labels.colon +
             report::format_number(found->second, 2, language) + " " + c.labels.points_word + "\n";
    }
    return out;
  }
  std::vector<Gap> gaps;
  for (const Criterion* leaf : leaves(c.grid)) {
    auto w = winner.points.find(leaf->id);
    auto b = bid.points.find(leaf->id);
    if (w == winner.points.end() || b == bid.points.end()) continue;
    double gap = report::round_decimals(w->second, 2) - report::round_decimals(b->second, 2);
    if (gap > 0.005) gaps.push_back({leaf, w->second, b->second, gap});
  }
  if (gaps.empty()) return c.words.no_advantage;
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const Gap& a, const Gap& b) { return a.gap > b.gap; });
  std::string out;
  for (const Gap& g : gaps)
    out += "- **" + markdown_text(g.node->display_label()) + "**" + c.labels.colon +
           report::format_number(g.winner_points, 2, language) + " " + c.labels.points_word + " " +
           c.words.against + " " + report::format_number(g.bid_points, 2, language) + " " +
           c.words.for_yours + " (+" + report::format_number(g.gap, 2, language) + ")\n";
  return out;
}

// Placeholders that are empty for this bid (no lot, no reasons) leave runs of
// blank lines: one blank line is enough; the text ends with one line break.
std::string tidy(const std::string& text) {
  std::string out;
  int newlines = 0;
  for (char c : text) {
    newlines = c == '\n' ? newlines + 1 : 0;
    if (newlines <= 2) out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out + '\n';
}

std::string html_page(const Labels& labels, const LetterWords& words, const BidResult& bid,
                      const std::string& body) {
  const char* lang = labels.language == Language::fr ? "fr" : "en";
  return std::string("<!DOCTYPE html>\n<html lang=\"") + lang +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         report::html::escape(std::string(words.letter_title) + " — " + supplier_of(bid)) +
         "</title>\n<style>\n"
         "body { font: 11pt/1.45 Georgia, 'DejaVu Serif', serif; color: #111; margin: 0; }\n"
         "main { max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }\n"
         "h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }\n"
         "table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }\n"
         "th, td { border-bottom: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; "
         "vertical-align: top; }\n"
         "th[align=right] { text-align: right; }\n"
         "td[align=right] { text-align: right; white-space: nowrap; }\n"
         "hr { border: 0; border-top: 1px solid #999; margin-top: 2rem; }\n"
         "@page { size: A4; margin: 2cm; }\n"
         "@media print { main { margin: 0; padding: 0; max-width: none; } }\n"
         "</style>\n</head>\n<body>\n<main>\n" +
         body + "</main>\n</body>\n</html>\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> letter_placeholders() {
  return {
      {"tender", "the grid's name"},
      {"lot", "the lot (\"Lot 2\"), empty when the tender has no lots"},
      {"bid", "the bid's id"},
      {"supplier", "the bidder's name"},
      {"outcome", "its rank and total, or why it was excluded, and who won"},
      {"reasons", "excluded or invalid bids: the reasons as a list, and who won"},
      {"scores", "a table of every criterion: the bid's score and points, the winner's"},
      {"advantages", "the criteria on which the winner took more points, largest gap first"},
      {"rank", "the bid's rank (empty when not ranked)"},
      {"ranked_count", "the number of ranked bids in the lot"},
      {"total", "the bid's total (empty when not ranked)"},
      {"winner", "the winning bid's id"},
      {"winner_supplier", "the winning bidder's name"},
      {"winner_total", "the winning bid's total"},
      {"date", "--date, else the placeholder [date]"},
      {"version", "aser's version"},
      {"grid", "the grid's name"},
      {"grid_sha256", "the grid file's SHA-256"},
      {"method", "the method in words"},
  };
}

Letters render_letters(const Grid& grid, const Evaluation& evaluation,
                       const LetterOptions& options) {
  Letters result;
  const Labels& labels = report::labels_for(grid.language);
  const LetterWords& words = words_for(labels.language);
  std::string default_text(report::default_letter_template(labels.language));
  report::LetterTemplate form = report::parse_letter_template(
      options.template_text ? *options.template_text : default_text,
      options.template_text ? options.template_name : "<built-in template>", placeholder_names(),
      result.diagnostics);
  if (has_errors(result.diagnostics)) return result;

  for (const LotResult& lot : evaluation.lots) {
    LotContext c{grid, labels, words, evaluation, lot, {}, 0};
    for (const BidResult& bid : lot.bids) {
      if (bid.status != Status::ranked) continue;
      ++c.ranked;
      if (bid.rank && *bid.rank == 1) c.winners.push_back(&bid);
    }
    std::optional<std::string> lot_heading = report::lot_title(labels, evaluation, lot);
    for (const BidResult& bid : lot.bids) {
      if (bid.status == Status::ranked && bid.rank && *bid.rank == 1) continue;
      const BidResult* winner = c.winners.empty() ? nullptr : c.winners.front();
      std::map<std::string, std::string> values = {
          {"tender", markdown_text(grid.name)},
          {"lot", lot_heading ? "**" + markdown_text(*lot_heading) + "**" : ""},
          {"bid", markdown_text(bid.id)},
          {"supplier", markdown_text(supplier_of(bid))},
          {"outcome", outcome(c, bid)},
          {"reasons", reasons(c, bid)},
          {"scores", scores(c, bid)},
          {"advantages", advantages(c, bid)},
          {"rank", bid.rank ? std::to_string(*bid.rank) : ""},
          {"ranked_count", std::to_string(c.ranked)},
          {"total", report::total_text(grid, labels, bid)},
          {"winner", winner ? markdown_text(winner->id) : ""},
          {"winner_supplier", winner ? markdown_text(supplier_of(*winner)) : ""},
          {"winner_total", winner ? report::total_text(grid, labels, *winner) : ""},
          {"date", options.date ? markdown_text(*options.date) : words.date_placeholder},
          {"version", options.version},
          {"grid", markdown_text(grid.name)},
          {"grid_sha256", grid.sha256},
          {"method", report::method_label(labels, grid.method.kind)},
      };
      Letter letter;
      letter.bid = bid.id;
      letter.lot = lot.lot;
      letter.markdown = tidy(report::fill_letter_template(form, values));
      letter.html = html_page(labels, words, bid, report::markdown_to_html(letter.markdown));
      result.letters.push_back(std::move(letter));
    }
  }
  return result;
}

}  // namespace aser
