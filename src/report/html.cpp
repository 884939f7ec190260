// The HTML report: one self-contained file a buyer can attach to an award
// letter. Inline CSS and SVG only, no script, no font, image or style sheet to
// fetch (a Content-Security-Policy forbids any, should a name slip through),
// every text from outside escaped, the same bytes on every run.
// Sections: the ranking and its chart per lot, excluded and invalid bids,
// flags and warnings, method and weights, provenance, then the breakdowns.
#include "report/analysis_report.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"
#include "report/report.hpp"

namespace aser {

namespace {

using report::Labels;
using report::html::escape;

std::string th(const std::string& text, bool num = false) {
  return std::string(num ? "<th class=\"num\">" : "<th>") + escape(text) + "</th>";
}

std::string td(const std::string& html, const char* cls = nullptr) {
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + html +
         "</td>";
}

// A raw weight as the grid writes it, in the language's decimal mark ("0,5").
std::string raw_weight(double weight, const Labels& labels) {
  std::string text = report::shortest_decimal(weight);
  if (labels.language == report::Language::fr)
    for (char& c : text)
      if (c == '.') c = ',';
  return escape(text);
}

std::string figure(double value, const Labels& labels) {
  return escape(report::format_number(value, 2, labels.language));
}

std::string ranking(const Grid& grid, const Labels& labels, const Evaluation& eval,
                    const LotResult& lot, const ReportOptions& options) {
  const bool quality = grid.method.kind == Method::price_per_point;
  // The flags column only when a bid shown has one: the table must fit A4.
  bool flagged = false;
  for (const BidResult& bid : lot.bids)
    if (bid.status == Status::ranked && report::shown(bid, options) && !bid.flags.empty())
      flagged = true;
  std::string head = "<thead><tr>" + th(labels.rank, true) + th(labels.bid) + th(labels.supplier) +
                     th(labels.price, true);
  if (grid.cost) head += th(labels.cost, true);
  for (const Criterion& node : grid.criteria) head += th(node.display_label() + " (pts)", true);
  if (quality) head += th(labels.quality_points, true);
  head += th(report::total_label(labels, grid.method.kind), true);
  if (flagged) head += th(labels.flags);
  head += "</tr></thead>\n";

  std::string body;
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || !report::shown(bid, options)) continue;
    body += bid.rank && *bid.rank == 1 ? "<tr class=\"winner\">" : "<tr>";
    body += td(bid.rank ? std::to_string(*bid.rank) : "", "num");
    body += td("<a href=\"#" + report::html::anchor_of(eval, bid) + "\">" + escape(bid.id) + "</a>",
               "id");
    body += td(escape(bid.supplier));
    body += td(escape(report::money_text(grid, labels, bid.price)), "num");
    if (grid.cost) body += td(escape(report::money_text(grid, labels, bid.cost)), "num");
    for (const Criterion& node : grid.criteria) {
      auto it = bid.points.find(node.id);
      body += td(it == bid.points.end() ? "" : figure(it->second, labels), "num");
    }
    if (quality) body += td(bid.quality_points ? figure(*bid.quality_points, labels) : "", "num");
    body += td(escape(report::total_text(grid, labels, bid)), "num");
    std::string flags;
    for (const std::string& flag : bid.flags)
      flags += (flags.empty() ? "" : "<br>") + escape(report::flag_text(labels, grid, flag));
    if (flagged) body += td(flags, "flag");
    body += "</tr>\n";
  }
  const int hidden = report::hidden_count(lot, options);
  std::string out;
  if (!body.empty())
    out = "<div class=\"wide\">\n<table class=\"ranking\">\n" + head + "<tbody>\n" + body +
          "</tbody>\n</table>\n</div>\n";
  else if (hidden == 0)
    out = "<p>" + escape(labels.no_ranked) + "</p>\n";
  if (hidden > 0)
    out += "<p class=\"note\">" + escape(report::more_not_shown(labels, hidden)) + ".</p>\n";
  return out;
}

std::string not_ranked(const Labels& labels, const Evaluation& eval, const LotResult& lot) {
  std::string body;
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    std::string reasons;
    for (const std::string& reason : bid.reasons)
      reasons += (reasons.empty() ? "" : "<br>") + report::html::lines_html(reason);
    const char* cls = bid.status == Status::excluded ? "status-excluded" : "status-invalid";
    body += "<tr>" + td(escape(report::status_label(labels, bid.status)), cls) +
            td("<a href=\"#" + report::html::anchor_of(eval, bid) + "\">" + escape(bid.id) + "</a>",
               "id") +
            td(escape(bid.supplier)) + td(reasons) + "</tr>\n";
  }
  if (body.empty()) return "";
  return "<h3>" + escape(labels.not_ranked) + "</h3>\n<table class=\"not-ranked\">\n<thead><tr>" +
         th(labels.status) + th(labels.bid) + th(labels.supplier) + th(labels.reasons) +
         "</tr></thead>\n<tbody>\n" + body + "</tbody>\n</table>\n";
}

std::string flags_and_warnings(const Grid& grid, const Labels& labels, const Evaluation& eval) {
  std::string flags;
  std::string warnings;
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids) {
      for (const std::string& flag : bid.flags)
        flags += "<li><strong>" + escape(bid.id) + "</strong>" + escape(labels.colon) +
                 escape(report::flag_text(labels, grid, flag)) + "</li>\n";
      for (const std::string& warning : bid.warnings)
        warnings += "<li><strong>" + escape(bid.id) + "</strong>" + escape(labels.colon) +
                    report::html::lines_html(warning) + "</li>\n";
    }
  for (const std::string& warning : eval.warnings)
    warnings += "<li>" + report::html::lines_html(warning) + "</li>\n";
  std::string out;
  if (!flags.empty())
    out += "<section class=\"flags\">\n<h2>" + escape(labels.flags) +
           "</h2>\n<ul class=\"flags\">\n" + flags + "</ul>\n</section>\n";
  if (!warnings.empty())
    out += "<section class=\"warnings\">\n<h2>" + escape(labels.warnings) +
           "</h2>\n<ul class=\"warnings\">\n" + warnings + "</ul>\n</section>\n";
  return out;
}

std::string method_and_weights(const Grid& grid, const Labels& labels, const Evaluation& eval) {
  const report::html::Words& w = report::html::words(labels.language);
  std::string out = "<section class=\"method\">\n<h2>" + escape(w.method_weights) + "</h2>\n";
  out += "<p>" + escape(std::string(labels.method) + labels.colon) + "<strong>" +
         escape(report::method_label(labels, grid.method.kind)) + "</strong> (<code>" +
         escape(method_name(grid.method.kind)) + "</code>) — " +
         escape(report::method_explanation(labels, grid.method.kind)) + " (" +
         escape(report::points_out_of(labels, grid)) + ").</p>\n";
  if (report::uses_relative_rules(grid))
    out += "<p class=\"note\">" + escape(labels.relative_note) + "</p>\n";
  out += "<table class=\"weights\">\n<thead><tr>" + th(labels.criterion) + th(labels.id) +
         th(labels.weight, true) + th(labels.effective_weight, true) + "</tr></thead>\n<tbody>\n";
  for (const report::NodeAt& at : report::nodes_with_depth(grid)) {
    std::string cls = at.depth == 0   ? ""
                      : at.depth <= 3 ? "depth-" + std::to_string(at.depth)
                                      : "deep";
    out += at.node->group ? "<tr class=\"group\">" : "<tr>";
    out +=
        td(escape(at.node->display_label()), cls.empty() ? nullptr : cls.c_str()) +
        td("<code>" + escape(at.node->id) + "</code>") +
        td(raw_weight(at.node->weight, labels), "num") +
        td(escape(report::format_percent(report::weight_of(eval, at.node->id), 1, labels.language)),
           "num") +
        "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string provenance(const Grid& grid, const Labels& labels, const Evaluation& eval,
                       const ReportOptions& options) {
  const report::html::Words& w = report::html::words(labels.language);
  auto item = [](const std::string& name, const std::string& html) {
    return "<dt>" + escape(name) + "</dt><dd>" + html + "</dd>\n";
  };
  std::string out = "<section class=\"provenance\">\n<h2>" + escape(w.provenance) + "</h2>\n";
  out += "<dl class=\"provenance\">\n";
  out += item(w.aser_version, escape(options.version));
  out += item(labels.grid, escape(grid.name));
  out += item(labels.file, escape(grid.file));
  out += item(w.sha256, "<span class=\"sha\">" + escape(grid.sha256) + "</span>");
  out += item(labels.method, "<code>" + escape(method_name(grid.method.kind)) + "</code>");
  if (!options.changes.empty()) {
    std::string changes;
    for (const std::string& change : options.changes)
      changes += (changes.empty() ? "" : " ") + std::string("<code>") + escape(change) + "</code>";
    out += item(labels.options, changes);
  }
  if (options.date) out += item(w.date, escape(*options.date));
  out += "</dl>\n";

  std::string rows;
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids)
      if (report::shown(bid, options))
        rows += "<tr>" + td(escape(bid.id)) + td(escape(bid.file)) + td(escape(bid.sha256), "sha") +
                "</tr>\n";
  if (!rows.empty())
    out += "<h3>" + escape(labels.bid_files) + "</h3>\n<table class=\"files\">\n<thead><tr>" +
           th(labels.bid) + th(labels.file) + th(w.sha256) + "</tr></thead>\n<tbody>\n" + rows +
           "</tbody>\n</table>\n";
  return out + "</section>\n";
}

}  // namespace

std::string render_html(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options) {
  const Labels& labels = report::labels_for(grid.language);
  const report::html::Words& w = report::html::words(labels.language);
  const std::string title = grid.name.empty() ? grid.file : grid.name;

  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += labels.language == report::Language::fr ? "fr" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Defence in depth: nothing may load or run, whatever a bid file holds.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"aser " + escape(options.version) + "\">\n";
  out += "<title>" + escape(std::string(w.report) + " — " + title) + "</title>\n";
  out += "<style>" + report::html::style() + "</style>\n</head>\n<body>\n";

  out += "<header>\n<h1>" + escape(title) + "</h1>\n";
  out += "<p class=\"method\">" +
         escape(std::string(labels.method) + labels.colon +
                report::method_label(labels, grid.method.kind) + " — " +
                report::method_explanation(labels, grid.method.kind) + " (" +
                report::points_out_of(labels, grid) + ")") +
         "</p>\n";
  if (options.date)
    out += "<p class=\"date\">" + escape(std::string(w.date) + labels.colon + *options.date) +
           "</p>\n";
  out += "</header>\n<main>\n";

  if (evaluation.lots.empty()) out += "<p>" + escape(labels.no_bids) + "</p>\n";
  const report::Axis axis = report::axis_of(grid, evaluation, options);
  for (const LotResult& lot : evaluation.lots) {
    std::optional<std::string> lot_name = report::lot_title(labels, evaluation, lot);
    out += "<section class=\"lot\">\n<h2>" +
           escape(std::string(labels.ranking) + (lot_name ? " — " + *lot_name : "")) + "</h2>\n";
    out += ranking(grid, labels, evaluation, lot, options);
    out += report::html::chart(grid, labels, evaluation, report::bars_of(grid, lot, options), axis);
    out += not_ranked(labels, evaluation, lot);
    out += "</section>\n";
  }
  if (options.analysis)
    out += report::analysis_html_section(grid, labels, evaluation, *options.analysis);
  out += flags_and_warnings(grid, labels, evaluation);
  out += method_and_weights(grid, labels, evaluation);
  out += provenance(grid, labels, evaluation, options);
  out += report::html::breakdowns(grid, labels, evaluation, options);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace aser
