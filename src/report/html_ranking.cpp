// What the committee reads first in the HTML report: per lot the ranking
// (narrow enough for 1280 px and an A4 page: the bid's id and supplier share a
// cell, flags are named shortly and explained below, and the points by group
// move to a table of their own when they would not fit beside the totals),
// the chart, the excluded and invalid bids with their reasons; then the
// flags and warnings of every lot.
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"

namespace aser::report::html {

namespace {

// Past this many columns the ranking no longer fits an A4 page at a readable
// size: the points by group then get a table of their own.
constexpr std::size_t kMaxColumns = 9;

std::string figure(double value, const Labels& labels) {
  return escape(format_number(value, 2, labels.language));
}

// The id (a link to the breakdown) and, below it, the supplier.
std::string bid_cell(const Evaluation& evaluation, const BidResult& bid) {
  std::string html = "<a href=\"#" + anchor_of(evaluation, bid) + "\">" + escape(bid.id) + "</a>";
  if (!bid.supplier.empty())
    html += "<br><span class=\"supplier\">" + escape(bid.supplier) + "</span>";
  return td(html, "bid");
}

// A flag in a word or two ("abnormally low"); flags_and_decisions says why.
std::string short_flag(const Labels& labels, const std::string& flag) {
  return flag.rfind("abnormally_low:", 0) == 0 ? labels.abnormally_low : flag;
}

std::vector<const BidResult*> shown_ranked(const LotResult& lot, const ReportOptions& options) {
  std::vector<const BidResult*> out;
  for (const BidResult& bid : lot.bids)
    if (bid.status == Status::ranked && shown(bid, options)) out.push_back(&bid);
  return out;
}

std::string row_start(const BidResult& bid) {
  return bid.rank && *bid.rank == 1 ? "<tr class=\"winner\">" : "<tr>";
}

std::string rank_cell(const BidResult& bid) {
  return td(bid.rank ? std::to_string(*bid.rank) : "", "num");
}

std::string group_points(const Grid& grid, const Labels& labels, const BidResult& bid) {
  std::string out;
  for (const Criterion& node : grid.criteria) {
    auto it = bid.points.find(node.id);
    out += td(it == bid.points.end() ? "" : figure(it->second, labels), "num");
  }
  return out;
}

std::string group_heads(const Grid& grid) {
  std::string out;
  // Narrow columns whose long labels wrap, leaving room to the bid's names.
  for (const Criterion& node : grid.criteria)
    out += "<th scope=\"col\" class=\"num group\">" + escape(node.display_label() + " (pts)") +
           "</th>";
  return out;
}

std::string ranking(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                    const std::vector<const BidResult*>& bids, bool groups_beside) {
  const bool quality = grid.method.kind == Method::price_per_point;
  bool flagged = false;
  for (const BidResult* bid : bids) flagged = flagged || !bid->flags.empty();
  std::string head =
      "<thead><tr>" + th(labels.rank, true) + th(labels.bid) + th(labels.price, true);
  if (grid.cost) head += th(labels.cost, true);
  if (groups_beside) head += group_heads(grid);
  if (quality) head += th(labels.quality_points, true);
  head += th(total_label(labels, grid.method.kind), true);
  if (flagged) head += th(labels.flags);
  head += "</tr></thead>\n";

  std::string body;
  for (const BidResult* bid : bids) {
    body += row_start(*bid) + rank_cell(*bid) + bid_cell(evaluation, *bid);
    body += td(escape(money_text(grid, labels, bid->price)), "num");
    if (grid.cost) body += td(escape(money_text(grid, labels, bid->cost)), "num");
    if (groups_beside) body += group_points(grid, labels, *bid);
    if (quality) body += td(bid->quality_points ? figure(*bid->quality_points, labels) : "", "num");
    body += td(escape(total_text(grid, labels, *bid)), "num total");
    if (flagged) {
      std::string flags;
      for (const std::string& flag : bid->flags)
        flags += (flags.empty() ? "" : "<br>") + escape(short_flag(labels, flag));
      body += td(flags.empty() ? "" : "<a href=\"#flags\">" + flags + "</a>", "flag");
    }
    body += "</tr>\n";
  }
  return "<table class=\"ranking\">\n" + head + "<tbody>\n" + body + "</tbody>\n</table>\n";
}

// The points by group, for grids with too many groups to sit beside the totals.
std::string points_by_group(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                            const std::vector<const BidResult*>& bids) {
  const Words& w = words(labels.language);
  std::string out = "<h3>" + escape(w.points_by_group) + "</h3>\n<table class=\"groups\">\n";
  out += "<thead><tr>" + th(labels.rank, true) + th(labels.bid) + group_heads(grid) +
         "</tr></thead>\n<tbody>\n";
  for (const BidResult* bid : bids)
    out += row_start(*bid) + rank_cell(*bid) + bid_cell(evaluation, *bid) +
           group_points(grid, labels, *bid) + "</tr>\n";
  return out + "</tbody>\n</table>\n";
}

std::string not_ranked(const Labels& labels, const Evaluation& evaluation, const LotResult& lot) {
  std::string body;
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    std::string reasons;
    for (const std::string& reason : bid.reasons)
      reasons += (reasons.empty() ? "" : "<br>") + lines_html(reason);
    const char* cls = bid.status == Status::excluded ? "status-excluded" : "status-invalid";
    body += "<tr>" + td(escape(status_label(labels, bid.status)), cls) + bid_cell(evaluation, bid) +
            td(reasons, "reasons") + "</tr>\n";
  }
  if (body.empty()) return "";
  return "<h3>" + escape(labels.not_ranked) + "</h3>\n<table class=\"not-ranked\">\n<thead><tr>" +
         th(labels.status) + th(labels.bid) + th(labels.reasons) + "</tr></thead>\n<tbody>\n" +
         body + "</tbody>\n</table>\n";
}

}  // namespace

std::string lot_section(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                        const LotResult& lot, const Axis& axis, const ReportOptions& options) {
  std::optional<std::string> lot_name = lot_title(labels, evaluation, lot);
  std::string out = "<section class=\"lot\">\n<h2>" +
                    escape(std::string(labels.ranking) + (lot_name ? " — " + *lot_name : "")) +
                    "</h2>\n";
  const std::vector<const BidResult*> bids = shown_ranked(lot, options);
  std::size_t columns = 4 + grid.criteria.size() + (grid.cost ? 1 : 0) +
                        (grid.method.kind == Method::price_per_point ? 1 : 0);
  for (const BidResult* bid : bids)
    if (!bid->flags.empty()) {
      ++columns;
      break;
    }
  const bool groups_beside = columns <= kMaxColumns;
  const int hidden = hidden_count(lot, options);
  if (!bids.empty()) {
    out += ranking(grid, labels, evaluation, bids, groups_beside);
    if (!groups_beside) out += points_by_group(grid, labels, evaluation, bids);
  } else if (hidden == 0) {
    out += "<p>" + escape(labels.no_ranked) + "</p>\n";
  }
  if (hidden > 0) out += "<p class=\"note\">" + escape(more_not_shown(labels, hidden)) + ".</p>\n";
  out += chart(grid, labels, evaluation, lot, bars_of(grid, lot, options), axis);
  out += not_ranked(labels, evaluation, lot);
  return out + "</section>\n";
}

std::string flags_and_decisions(const Grid& grid, const Labels& labels,
                                const Evaluation& evaluation, const ReportOptions& /*options*/) {
  const Words& w = words(labels.language);
  std::string flags;
  std::string decisions;
  std::string warnings;
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) {
      const std::string who = "<strong>" + escape(bid.id) + "</strong>" +
                              (bid.supplier.empty() ? "" : " (" + escape(bid.supplier) + ")") +
                              escape(labels.colon);
      for (const std::string& flag : bid.flags)
        flags += "<li>" + who + escape(flag_text(labels, grid, flag, bid.lot)) + "</li>\n";
      for (const Decision& decision : bid.decisions)
        decisions += "<li>" + who + escape(decision_text(grid, decision)) + "</li>\n";
      for (const std::string& warning : bid.warnings)
        warnings += "<li>" + who + lines_html(warning) + "</li>\n";
    }
  for (const std::string& warning : evaluation.warnings)
    warnings += "<li>" + lines_html(warning) + "</li>\n";
  std::string out;
  if (!flags.empty() || !decisions.empty()) {
    out += "<section class=\"flags\" id=\"flags\">\n<h2>" + escape(w.flags_decisions) + "</h2>\n";
    if (!flags.empty())
      out += "<h3>" + escape(labels.flags) + "</h3>\n<ul class=\"flags\">\n" + flags + "</ul>\n";
    if (!decisions.empty()) {
      out += "<h3>" + escape(decisions_title(grid)) + "</h3>\n<ul class=\"decisions\">\n" +
             decisions + "</ul>\n";
    }
    out += "</section>\n";
  }
  if (!warnings.empty())
    out += "<section class=\"warnings\">\n<h2>" + escape(labels.warnings) +
           "</h2>\n<ul class=\"warnings\">\n" + warnings + "</ul>\n</section>\n";
  return out;
}

}  // namespace aser::report::html
