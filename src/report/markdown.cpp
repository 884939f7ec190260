// The Markdown report (GitHub tables): the ranking, the excluded and invalid
// bids, flags and warnings, the grid and the provenance, then each bid's
// breakdown node by node, in the grid's language.
#include <fmt/format.h>

#include "report/breakdown.hpp"
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/report.hpp"
#include "score/evaluate.hpp"

namespace aser {

namespace {

using report::Labels;

// Bidder text (ids, suppliers, answers, evidence) safe in Markdown: Markdown
// punctuation is backslash-escaped, so '|' cannot end a cell and '*', '_' or
// '`' cannot start emphasis or code; '&', '<' and '>' become entities, so no
// HTML and no entity gets through; a '-', '+', '=' or "1." that starts a line
// cannot start a list or a heading. Line breaks become `line_break`.
std::string escape_with(const std::string& text, const std::string& line_break) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    const bool at_start = line_start;
    line_start = false;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '#':
      case '~':
        out += '\\';
        out += c;
        break;
      case '-':
      case '+':
      case '=': {
        // "- x", "+ x" start a list, "---" or "===" a rule or a heading; "-5" nothing.
        const char next = i + 1 < text.size() ? text[i + 1] : ' ';
        if (at_start && (next == ' ' || next == '\t' || next == c || next == '\n')) out += '\\';
        out += c;
        break;
      }
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        out += line_break;
        line_start = true;
        break;
      case '\n':
        out += line_break;
        line_start = true;
        break;
      default:
        // "1. " or "1) " at the start of a line would start a numbered list.
        if (at_start && c >= '0' && c <= '9') {
          std::size_t end = i;
          while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
          out += text.substr(i, end - i);
          if (end < text.size() && (text[end] == '.' || text[end] == ')') &&
              (end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\t')) {
            out += '\\';
            out += text[end];
            ++end;
          }
          i = end - 1;
          break;
        }
        out += c;
    }
  }
  return out;
}

// In a table cell or a heading: line breaks become <br>.
std::string escape(const std::string& text) {
  return escape_with(text, "<br>");
}

// In a list item ("- text"): each line after the first is a hard line break
// (a backslash) and is indented under the item, so the item stays one item.
std::string escape_item(const std::string& text) {
  std::size_t size = text.size();  // a final line break (YAML's `|`) ends nothing
  while (size > 0 && (text[size - 1] == '\n' || text[size - 1] == '\r')) --size;
  return escape_with(text.substr(0, size), "\\\n  ");
}

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) out += " " + cell + " |";
  return out + '\n';
}

// The header row and its alignment row ("---" left, "---:" right).
std::string header(const std::vector<std::string>& cells, const std::vector<bool>& right) {
  std::vector<std::string> rule;
  for (std::size_t i = 0; i < cells.size(); ++i)
    rule.push_back(i < right.size() && right[i] ? "---:" : "---");
  return row(cells) + row(rule);
}

std::string figure(double value, const Labels& labels) {
  return report::format_number(value, 2, labels.language);
}

std::string ranking(const Grid& grid, const Labels& labels, const LotResult& lot,
                    const ReportOptions& options) {
  std::vector<std::string> head = {labels.rank, labels.bid, labels.supplier, labels.price};
  std::vector<bool> right = {true, false, false, true};
  if (grid.cost) head.push_back(labels.cost), right.push_back(true);
  for (const Criterion& node : grid.criteria)
    head.push_back(escape(node.display_label() + " (pts)")), right.push_back(true);
  const bool quality = grid.method.kind == Method::price_per_point;
  if (quality) head.push_back(labels.quality_points), right.push_back(true);
  head.push_back(report::total_label(labels, grid.method.kind)), right.push_back(true);
  head.push_back(labels.flags), right.push_back(false);

  std::string body;
  for (const BidResult& bid : lot.bids) {
    if (bid.status != Status::ranked || !report::shown(bid, options)) continue;
    std::vector<std::string> cells = {bid.rank ? std::to_string(*bid.rank) : "", escape(bid.id),
                                      escape(bid.supplier),
                                      report::money_text(grid, labels, bid.price)};
    if (grid.cost) cells.push_back(report::money_text(grid, labels, bid.cost));
    for (const Criterion& node : grid.criteria) {
      auto it = bid.points.find(node.id);
      cells.push_back(it == bid.points.end() ? "" : figure(it->second, labels));
    }
    if (quality) cells.push_back(bid.quality_points ? figure(*bid.quality_points, labels) : "");
    cells.push_back(report::total_text(grid, labels, bid));
    std::string flags;
    for (const std::string& flag : bid.flags)
      flags +=
          (flags.empty() ? "" : "<br>") + escape(report::flag_text(labels, grid, flag, bid.lot));
    cells.push_back(flags);
    body += row(cells);
  }
  const int hidden = report::hidden_count(lot, options);
  std::string out;
  if (!body.empty())
    out = header(head, right) + body + '\n';
  else if (hidden == 0)
    out = std::string(labels.no_ranked) + "\n\n";
  if (hidden > 0) out += report::more_not_shown(labels, hidden) + ".\n\n";
  return out;
}

std::string not_ranked(const Labels& labels, const LotResult& lot) {
  std::string body;
  for (const BidResult& bid : lot.bids) {
    if (bid.status == Status::ranked) continue;
    std::string reasons;
    for (const std::string& reason : bid.reasons)
      reasons += (reasons.empty() ? "" : "<br>") + escape(reason);
    body += row(
        {report::status_label(labels, bid.status), escape(bid.id), escape(bid.supplier), reasons});
  }
  if (body.empty()) return "";
  return "### " + std::string(labels.not_ranked) + "\n\n" +
         header({labels.status, labels.bid, labels.supplier, labels.reasons}, {}) + body + '\n';
}

std::string flags_and_warnings(const Grid& grid, const Labels& labels, const Evaluation& eval) {
  std::string flags;
  std::string warnings;
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids) {
      for (const std::string& flag : bid.flags)
        flags += "- " + escape(bid.id) + labels.colon +
                 escape_item(report::flag_text(labels, grid, flag, bid.lot)) + '\n';
      for (const std::string& warning : bid.warnings)
        warnings += "- " + escape(bid.id) + labels.colon + escape_item(warning) + '\n';
    }
  for (const std::string& warning : eval.warnings) warnings += "- " + escape_item(warning) + '\n';
  std::string out;
  if (!flags.empty()) out += "## " + std::string(labels.flags) + "\n\n" + flags + '\n';
  if (!warnings.empty()) out += "## " + std::string(labels.warnings) + "\n\n" + warnings + '\n';
  return out;
}

// "&emsp;" per level, so that children sit under their group.
std::string indented(const report::NodeAt& at) {
  std::string out;
  for (int i = 0; i < at.depth; ++i) out += "&emsp;";
  std::string label = escape(at.node->display_label());
  return out + (at.node->group ? "**" + label + "**" : label);
}

// The raw weights of `grid` and the effective `shares`, as a table under `title`.
std::string weights_table(const Grid& grid, const Labels& labels,
                          const std::map<std::string, double>& shares, const std::string& title) {
  std::string out = "\n### " + escape(title) + "\n\n";
  out += header({labels.criterion, labels.id, labels.weight, labels.effective_weight},
                {false, false, true, true});
  for (const report::NodeAt& at : report::nodes_with_depth(grid)) {
    auto share = shares.find(at.node->id);
    out += row(
        {indented(at), escape(at.node->id),
         report::format_number(at.node->weight, 2, labels.language),
         report::format_percent(share == shares.end() ? 0.0 : share->second, 1, labels.language)});
  }
  return out;
}

std::string provenance(const Grid& grid, const Labels& labels, const Evaluation& eval,
                       const ReportOptions& options) {
  std::string out = "## " + std::string(labels.grid) + "\n\n";
  out += "- " + std::string(labels.grid) + labels.colon + escape(grid.name) + '\n';
  out += "- " + std::string(labels.file) + labels.colon + escape(grid.file) + '\n';
  out += "- SHA-256" + std::string(labels.colon) + "`" + grid.sha256 + "`\n";
  if (options.decisions)
    out += "- " + report::decisions_title(grid) + labels.colon + escape(options.decisions->file) +
           ", SHA-256" + labels.colon + "`" + options.decisions->sha256 + "`\n";
  out += "- " + std::string(labels.method) + labels.colon + "`" + method_name(grid.method.kind) +
         "`, " + report::method_label(labels, grid.method.kind) + " — " +
         escape(report::method_explanation(labels, grid.method.kind)) + " (" +
         report::points_out_of(labels, grid) + ")\n";
  out += "- aser" + std::string(labels.colon) + escape(options.version) + '\n';
  if (options.date)
    out += "- " + std::string(labels.date) + labels.colon + escape(*options.date) + '\n';
  if (!options.changes.empty()) {
    std::string changes;
    for (const std::string& change : options.changes)
      changes += (changes.empty() ? "`" : ", `") + change + "`";
    out += "- " + std::string(labels.options) + labels.colon + changes + '\n';
  }
  if (report::uses_relative_rules(grid)) out += "\n" + escape(labels.relative_note) + '\n';

  out += weights_table(grid, labels, eval.weights, labels.effective_weights);
  // A lot scored with weights of its own: its weights and shares, not the grid's.
  for (const LotResult* lot : report::lots_with_own_weights(eval))
    out += weights_table(grid_in_lot(grid, lot->lot), labels, lot->weights,
                         std::string(labels.effective_weights) + " — " +
                             report::lot_title(labels, eval, *lot).value_or(""));

  out += "\n### " + std::string(labels.bid_files) + "\n\n";
  out += header({labels.bid, labels.file, "SHA-256"}, {});
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids)
      out +=
          row({escape(bid.id), escape(bid.file), bid.sha256.empty() ? "" : "`" + bid.sha256 + "`"});
  return out + '\n';
}

// One bid's breakdown: the facts of report/breakdown.hpp, as `aser explain`
// prints them, in a list and a table of every node.
std::string breakdown(const Grid& grid, const Labels& labels, const report::BidBreakdown& bid) {
  const std::string colon = labels.colon;
  std::string out = "### " + escape(bid.id);
  if (!bid.supplier.empty()) out += " — " + escape(bid.supplier);
  out += "\n\n";
  out += "- " + std::string(labels.status) + colon + report::status_label(labels, bid.status);
  if (bid.rank)
    out += ", " + report::lower_first(labels.rank) + " " + std::to_string(*bid.rank) + " " +
           labels.out_of + " " + std::to_string(bid.ranked_count);
  bool scored = false;
  for (const report::NodeBreakdown& n : bid.nodes) scored = scored || n.score.has_value();
  if (bid.status == Status::excluded && !scored && bid.answers_known) {
    const std::string decided = report::excluded_by_decision(grid, *bid.result);
    out += " — " + (decided.empty() ? std::string(labels.not_scored) : decided);
  }
  out += '\n';
  if (bid.price)
    out += "- " + std::string(labels.price) + colon + report::money_text(grid, labels, bid.price) +
           '\n';
  if (bid.cost_total)
    out += "- " + std::string(labels.cost) + colon +
           report::money_text(grid, labels, bid.cost_total) + '\n';
  if (bid.quality_points)
    out += "- " + std::string(labels.quality_points) + colon + figure(*bid.quality_points, labels) +
           '\n';
  if (bid.status == Status::ranked) {
    out += "- " + std::string(report::total_label(labels, grid.method.kind)) + colon +
           bid.total_text + '\n';
    if (!bid.total_line.empty())
      out += "- " + std::string(labels.working) + colon + escape(bid.total_line) + '\n';
  }
  for (const std::string& flag : bid.flags)
    out += "- " + std::string(labels.flags) + colon + escape_item(flag) + '\n';
  for (const std::string& reason : bid.reasons)
    out += "- " + std::string(labels.reasons) + colon + escape_item(reason) + '\n';
  for (const Decision& decision : bid.result->decisions)
    out += "- " + report::decisions_title(grid) + colon +
           escape_item(report::decision_text(grid, decision)) + '\n';
  for (const std::string& warning : bid.warnings)
    out += "- " + std::string(labels.warnings) + colon + escape_item(warning) + '\n';
  auto neighbour = [&](const report::Neighbour& n, const char* side) {
    out += "- " + std::string(labels.rank) + " " + std::to_string(n.rank) + colon + escape(n.id) +
           ", " + side + " " + n.gap_text + '\n';
  };
  if (bid.above) neighbour(*bid.above, labels.ahead);
  if (bid.below) neighbour(*bid.below, labels.behind);
  if (bid.nodes.empty()) return out + '\n';

  out += '\n' + header({labels.criterion, labels.answer, labels.rule, labels.working, labels.score,
                        labels.effective_weight, labels.points},
                       {false, false, false, false, true, true, true});
  for (const report::NodeBreakdown& n : bid.nodes) {
    std::string answer;
    if (!n.group && bid.answers_known) {
      answer = n.answer.answered ? escape(n.answer.written) : escape(labels.not_answered);
      if (!n.answer.location.empty()) answer += " (" + escape(n.answer.location) + ")";
      if (!n.answer.panel.empty()) answer += "<br>" + escape(n.answer.panel);
      if (!n.evidence_given.empty())
        answer += "<br>" + std::string(labels.evidence) + colon + escape(n.evidence_given);
    }
    std::string rule = escape(n.rule);
    if (n.reference) rule += "<br>" + escape(n.reference->text);
    std::string working = escape(n.group ? n.points_working : n.working);
    out += row({indented({n.node, n.depth}), answer, rule, working,
                n.score ? report::format_number(*n.score, 3, labels.language) : "",
                report::share_text(n.effective_weight, labels.language),
                n.points ? figure(*n.points, labels) : ""});
  }
  if (bid.cost) {
    out += "\n**" + std::string(labels.life_cycle_cost) + "**\n\n";
    for (const std::string& line : bid.cost->lines) out += "- " + escape_item(line) + '\n';
  }
  if (!bid.requirements.empty()) {
    out += "\n**" + std::string(labels.requirements) + "**\n\n";
    for (const report::RequirementCheck& r : bid.requirements)
      out += "- " + escape_item(r.text) + '\n';
  }
  if (!bid.evidence.empty()) {
    out += "\n**" + std::string(labels.evidence) + "**\n\n";
    for (const auto& [path, text] : bid.evidence)
      out += "- " + escape(path) + colon + escape_item(text) + '\n';
  }
  return out + '\n';
}

}  // namespace

std::string render_markdown(const Grid& grid, const Evaluation& evaluation,
                            const ReportOptions& options) {
  const Labels& labels = report::labels_for(grid.language);
  std::string out = "# " + escape(grid.name.empty() ? grid.file : grid.name) + "\n\n";
  out += std::string(labels.method) + labels.colon +
         report::method_label(labels, grid.method.kind) + " — " +
         escape(report::method_explanation(labels, grid.method.kind)) + " (" +
         report::points_out_of(labels, grid) + ").\n\n";
  if (evaluation.lots.empty()) out += std::string(labels.no_bids) + "\n\n";
  for (const LotResult& lot : evaluation.lots) {
    std::optional<std::string> title = report::lot_title(labels, evaluation, lot);
    out += "## " + std::string(labels.ranking) + (title ? " — " + escape(*title) : "") + "\n\n";
    out += ranking(grid, labels, lot, options);
    out += not_ranked(labels, lot);
  }
  out += flags_and_warnings(grid, labels, evaluation);
  if (std::vector<std::string> lines = report::decision_lines(grid, evaluation); !lines.empty()) {
    out += "## " + report::decisions_title(grid) + "\n\n";
    for (const std::string& line : lines) out += "- " + escape(line) + '\n';
    out += '\n';
  }
  out += provenance(grid, labels, evaluation, options);
  out += "## " + std::string(labels.breakdown) + "\n\n";
  for (const report::BidBreakdown& bid : report::breakdowns(grid, evaluation, options.bids))
    if (bid.status != Status::invalid && report::shown(*bid.result, options))
      out += breakdown(grid, labels, bid);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

}  // namespace aser
