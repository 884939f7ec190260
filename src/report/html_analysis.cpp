// The analysis in HTML: each weight's interval as an SVG bar around its
// value, the smallest change in a sentence, the reversals, and the rank
// acceptabilities as a heat map. Inline SVG and style attributes only: no
// script, nothing to fetch; the same bytes on every run.
#include <cmath>

#include "report/analysis_report.hpp"
#include "report/analysis_text.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"

namespace aser {

namespace report {

namespace {

using html::escape;

std::string fixed(double value) {
  return fixed_decimal(value, 1);
}

/// The interval [from, to] over [0, 1] as a bar 240 px wide, the current share a tick.
std::string interval_svg(double from, double to, double w) {
  const double width = 240;
  const double x0 = from * width, x1 = to * width, xw = w * width;
  return "<svg class=\"interval\" width=\"240\" height=\"14\" viewBox=\"0 0 240 14\" "
         "role=\"img\"><rect x=\"0\" y=\"4\" width=\"240\" height=\"6\" fill=\"#e5e5e5\"/>"
         "<rect x=\"" +
         fixed(x0) + "\" y=\"3\" width=\"" + fixed(std::max(x1 - x0, 1.0)) +
         "\" height=\"8\" fill=\"#0072B2\"/><rect x=\"" + fixed(std::max(xw - 1, 0.0)) +
         "\" y=\"0\" width=\"2\" height=\"14\" fill=\"#D55E00\"/></svg>";
}

std::string th(const std::string& text) {
  return "<th>" + escape(text) + "</th>";
}
std::string td(const std::string& html) {
  return "<td>" + html + "</td>";
}

std::string stability_html(const Grid& grid, const Labels& labels, const LotAnalysis& lot) {
  const AnalysisWords& words = analysis_words(labels.language);
  const Stability& stability = *lot.stability;
  std::string out = "<h3>" + escape(words.stability) + "</h3>\n<p class=\"note\">" +
                    escape(stability.money ? words.money_intro : words.stability_intro) + "</p>\n";
  if (stability.nodes.empty()) return out + "<p>" + escape(words.nothing_varied) + "</p>\n";
  out += "<table class=\"stability\">\n<thead><tr>" + th(words.node) +
         th(stability.money ? words.value : words.weight) + th(words.winner_kept) +
         th(words.order_kept) + (stability.money ? "" : th(words.bar)) + "</tr></thead>\n<tbody>\n";
  for (const NodeStability& node : stability.nodes) {
    out += "<tr>" + td(escape(node_label(grid, node.node))) +
           td(escape(bound_text(grid, labels, stability.money, node.weight))) +
           td(node.winner ? escape(interval_text(grid, labels, stability.money, node.winner->from,
                                                 node.winner->to))
                          : "—") +
           td(escape(interval_text(grid, labels, stability.money, node.order.from, node.order.to)));
    if (!stability.money)
      out += td(node.winner ? interval_svg(*node.winner->from, *node.winner->to, node.weight) : "");
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (std::string sentence = smallest_change_sentence(grid, labels, lot); !sentence.empty())
    out += "<p class=\"smallest-change\"><strong>" + escape(sentence) + "</strong></p>\n";
  return out;
}

std::string reversal_html(const Grid& grid, const Labels& labels, const Reversal& reversal) {
  const AnalysisWords& words = analysis_words(labels.language);
  std::string out = "<h3>" + escape(words.reversal) + "</h3>\n";
  std::string rows;
  for (const Removal& removal : reversal.removals)
    for (const Flip& flip : removal.flips)
      rows += "<tr>" + td(escape(removal.removed)) +
              td(escape(pair_text(words, flip.pair) + " " + words.swap)) +
              td(escape(total_figure(grid, labels, flip.before.first) + " / " +
                        total_figure(grid, labels, flip.before.second) + " → " +
                        total_figure(grid, labels, flip.after.first) + " / " +
                        total_figure(grid, labels, flip.after.second))) +
              td(escape(removal.winner.value_or("—"))) + "</tr>\n";
  if (rows.empty())
    return out + "<p>" + escape(reversal.relative ? words.none_relative : words.none_absolute) +
           "</p>\n";
  return out + "<table class=\"reversal\">\n<thead><tr>" + th(words.without) + th(labels.bid) +
         th(labels.total) + th(words.winner_then) + "</tr></thead>\n<tbody>\n" + rows +
         "</tbody>\n</table>\n";
}

/// A heat map cell: the share in %, on a blue whose opacity is the share.
std::string heat_cell(double share, Language language) {
  const std::string alpha = fixed_decimal(0.08 + 0.92 * share, 2);
  const char* ink = share > 0.55 ? "#fff" : "#000";
  return "<td class=\"num heat\" style=\"background:rgba(0,114,178," + alpha + ");color:" + ink +
         "\">" + escape(format_percent(share, 1, language)) + "</td>";
}

std::string smaa_html(const Grid& grid, const Labels& labels, const LotAnalysis& lot) {
  if (!lot.smaa) return "";
  const SmaaResult& smaa = *lot.smaa;
  const AnalysisWords& words = analysis_words(labels.language);
  std::string out = "<h3>" + escape(words.smaa) + "</h3>\n<p class=\"note\">" +
                    escape(smaa_intro(labels, smaa)) + "</p>\n";
  if (smaa.bids.empty()) return out;
  out += "<table class=\"acceptability\">\n<thead><tr>" + th(labels.bid);
  for (std::size_t r = 1; r <= smaa.bids.size(); ++r)
    out += th(std::string(labels.rank) + " " + std::to_string(r));
  out += th(words.confidence) + "</tr></thead>\n<tbody>\n";
  for (const SmaaBid& bid : smaa.bids) {
    out += "<tr>" + td(escape(bid.id));
    for (double share : bid.acceptability) out += heat_cell(share, labels.language);
    out += "<td class=\"num\">" +
           escape(bid.confidence ? format_percent(*bid.confidence, 1, labels.language) : "—") +
           "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
  std::string central;
  for (const SmaaBid& bid : smaa.bids) {
    if (!bid.central_weights) continue;
    central += "<tr>" + td(escape(bid.id));
    for (const std::string& node : smaa.nodes) {
      auto it = bid.central_weights->find(node);
      central += "<td class=\"num\">" +
                 (it == bid.central_weights->end()
                      ? std::string()
                      : escape(format_percent(it->second, 1, labels.language))) +
                 "</td>";
    }
    central += "</tr>\n";
  }
  if (central.empty()) return out;
  out += "<p class=\"note\">" + escape(words.central_weights) +
         "</p>\n<table class=\"central-weights\">\n<thead><tr>" + th(labels.bid);
  for (const std::string& node : smaa.nodes) out += th(node_label(grid, node));
  return out + "</tr></thead>\n<tbody>\n" + central + "</tbody>\n</table>\n";
}

}  // namespace

std::string analysis_html_section(const Grid& grid, const Labels& labels,
                                  const Evaluation& evaluation, const AnalysisView& view) {
  const AnalysisWords& words = analysis_words(labels.language);
  std::string out = "<section class=\"analysis\">\n<h2>" + escape(words.title) + "</h2>\n";
  for (std::size_t i = 0; i < view.lots->size() && i < evaluation.lots.size(); ++i) {
    const LotAnalysis& lot = (*view.lots)[i];
    const LotResult& result = evaluation.lots[i];
    if (std::optional<std::string> title = lot_title(labels, evaluation, result))
      out += "<h3>" + escape(*title) + "</h3>\n";
    const std::optional<std::string> winner = lot_winner(result);
    out += "<p>" +
           escape(winner ? std::string(words.winner) + labels.colon + *winner
                         : std::string(words.no_winner)) +
           "</p>\n";
    if (lot.stability) out += stability_html(grid, labels, lot);
    if (lot.reversal) out += reversal_html(grid, labels, *lot.reversal);
    out += smaa_html(grid, labels, lot);
  }
  return out + "</section>\n";
}

}  // namespace report

std::string render_analysis_html(const Grid& grid, const Evaluation& evaluation,
                                 const AnalysisView& view, const ReportOptions& options) {
  const report::Labels& labels = report::labels_for(grid.language);
  const report::AnalysisWords& words = report::analysis_words(labels.language);
  const std::string title = grid.name.empty() ? grid.file : grid.name;
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += labels.language == report::Language::fr ? "fr" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out +=
      "<meta name=\"generator\" content=\"aser " + report::html::escape(options.version) + "\">\n";
  out += "<title>" + report::html::escape(std::string(words.title) + " — " + title) + "</title>\n";
  out += "<style>" + report::html::style() + "</style>\n</head>\n<body>\n";
  out += "<header>\n<h1>" + report::html::escape(title) + "</h1>\n<p class=\"method\">" +
         report::html::escape(std::string(labels.grid) + labels.colon + grid.file + " — SHA-256 " +
                              grid.sha256) +
         "</p>\n</header>\n<main>\n";
  out += report::analysis_html_section(grid, labels, evaluation, view);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace aser
