// The per-bid breakdowns of the HTML report: the same facts as `aser explain`,
// taken from report/breakdown.hpp (one computation for every renderer), laid
// out as a table per bid that prints on A4. Answers show as the committee
// reads them ("142 000,00 €"); as written, with their file:line:col, they are
// in the appendix (html_appendix.cpp), as are the files and their SHA-256.
#include "report/breakdown.hpp"
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"

namespace aser::report::html {

namespace {

std::string cell(const std::string& html, const char* cls = nullptr) {
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + html +
         "</td>";
}

// "Label : text" as one line of a detail cell (text escaped here).
std::string detail(const Labels& labels, const char* name, const std::string& text) {
  return "<div>" + escape(std::string(name) + labels.colon + text) + "</div>";
}

// "rang" / "rank" inside a sentence (the label is a column heading, "Rang").
std::string rank_word(const Labels& labels) {
  std::string word = labels.rank;
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z')
    word[0] = static_cast<char>(word[0] - 'A' + 'a');
  return word;
}

std::string node_row(const Labels& labels, const Words& w, const NodeBreakdown& node,
                     bool answers_known) {
  std::string details;
  if (!node.group) {
    const AnswerRead& a = node.answer;
    if (answers_known)
      details += detail(labels, w.answer, a.answered ? a.shown : labels.not_answered);
    if (!a.panel.empty()) details += "<div>" + escape(a.panel) + "</div>";
    if (!node.rule.empty()) details += detail(labels, w.rule, node.rule);
    if (node.reference) details += detail(labels, w.reference, node.reference->text);
    if (!node.working.empty()) details += detail(labels, w.working, node.working);
    if (!node.evidence_given.empty()) details += detail(labels, w.evidence, node.evidence_given);
    if (!node.points_working.empty()) details += detail(labels, labels.points, node.points_working);
  } else if (!node.points_working.empty()) {
    // The group's points once, as the sum of its parts (its score is a column).
    details += detail(labels, labels.subtotal, node.points_working);
  }

  const std::string cls = node.depth == 0 ? "label" : "label " + depth_class(node.depth);
  std::string row = node.group ? "<tr class=\"group\">" : "<tr>";
  row += cell(escape(node.label), cls.c_str());
  row += cell(details, "detail");
  row += cell(node.score ? escape(format_number(*node.score, 3, labels.language)) : "", "num");
  row += cell(escape(format_percent(node.effective_weight, 1, labels.language)), "num");
  row += cell(node.points ? escape(format_number(*node.points, 2, labels.language)) : "", "num");
  return row + "</tr>\n";
}

std::string list(const char* title, const std::vector<std::string>& items,
                 const char* cls = nullptr) {
  if (items.empty()) return "";
  std::string out = "<p><strong>" + escape(title) + "</strong></p>\n<ul";
  if (cls) out += std::string(" class=\"") + cls + "\"";
  out += ">\n";
  for (const std::string& item : items) out += "<li>" + lines_html(item) + "</li>\n";
  return out + "</ul>\n";
}

std::string neighbour(const Labels& labels, const Words& w, const char* side, const Neighbour& n) {
  std::string text = std::string(side) + labels.colon + n.id;
  if (!n.supplier.empty()) text += " (" + n.supplier + ")";
  text += ", " + rank_word(labels) + " " + std::to_string(n.rank) + ", " + w.gap + " " + n.gap_text;
  return "<li>" + escape(text) + "</li>\n";
}

std::string article(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                    const BidBreakdown& b) {
  const Words& w = words(labels.language);
  std::string out = "<article class=\"breakdown\" id=\"" + anchor_of(evaluation, *b.result) +
                    "\" data-bid=\"" + escape(b.id) + "\">\n";
  out += "<h3>" + escape(b.id) + (b.supplier.empty() ? "" : " — " + escape(b.supplier)) + "</h3>\n";

  std::string status = std::string(labels.status) + labels.colon + status_label(labels, b.status);
  if (b.status == Status::ranked && b.rank)
    status += ", " + rank_word(labels) + " " + std::to_string(*b.rank) + " " + w.out_of + " " +
              std::to_string(b.ranked_count);
  if (b.status == Status::ranked)
    status +=
        " — " + std::string(total_label(labels, grid.method.kind)) + labels.colon + b.total_text;
  out += "<p class=\"detail\">" + escape(status) + "</p>\n";
  std::string money;
  if (b.price)
    money += std::string(labels.price) + labels.colon + money_text(grid, labels, b.price);
  if (grid.cost && b.cost_total)
    money += (money.empty() ? "" : " — ") + std::string(labels.cost) + labels.colon +
             money_text(grid, labels, b.cost_total);
  if (b.quality_points)
    money += (money.empty() ? "" : " — ") + std::string(labels.quality_points) + labels.colon +
             format_number(*b.quality_points, 2, labels.language);
  if (!money.empty()) out += "<p class=\"detail\">" + escape(money) + "</p>\n";
  if (!b.answers_known && b.status != Status::invalid)
    out += "<p class=\"note\">" + escape(w.no_answers) + "</p>\n";

  if (!b.nodes.empty() && b.status != Status::invalid) {
    out += "<table class=\"nodes\">\n<thead><tr>" + th(labels.criterion) + th(w.working) +
           th(labels.score, true) + th(labels.effective_weight, true) + th(labels.points, true) +
           "</tr></thead>\n<tbody>\n";
    for (const NodeBreakdown& node : b.nodes) out += node_row(labels, w, node, b.answers_known);
    out += "</tbody>\n</table>\n";
  }
  if (!b.total_line.empty())
    out += "<p><strong>" + escape(w.total_working) + "</strong>" + escape(labels.colon) +
           escape(b.total_line) + "</p>\n";
  if (b.cost) out += list(w.life_cycle_cost, b.cost->lines, "cost");

  if (!b.requirements.empty()) {
    out += "<p><strong>" + escape(w.requirements) + "</strong></p>\n<ul class=\"requirements\">\n";
    for (const RequirementCheck& r : b.requirements) {
      const char* cls = !r.checked ? "" : r.passed ? "" : " class=\"failed\"";
      out += "<li" + std::string(cls) + ">" + escape(r.text) + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += list(labels.flags, b.flags, "flags");
  std::vector<std::string> decided;
  for (const Decision& decision : b.result->decisions)
    decided.push_back(decision_text(grid, decision));
  out += list(w.decision, decided, "decisions");
  out += list(labels.reasons, b.reasons, "reasons");
  out += list(labels.warnings, b.warnings, "warnings");
  if (b.above || b.below) {
    out += "<p><strong>" + escape(w.neighbours) + "</strong></p>\n<ul class=\"neighbours\">\n";
    if (b.above) out += neighbour(labels, w, w.above, *b.above);
    if (b.below) out += neighbour(labels, w, w.below, *b.below);
    out += "</ul>\n";
  }
  if (!b.evidence.empty()) {
    std::vector<std::string> items;
    for (const auto& [path, text] : b.evidence) items.push_back(path + labels.colon + text);
    out += list(w.evidence, items, "evidence");
  }
  return out + "</article>\n";
}

}  // namespace

std::string depth_class(int depth) {
  if (depth <= 0) return "";
  return depth <= 3 ? "depth-" + std::to_string(depth) : "deep";
}

std::string breakdowns(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                       const std::vector<BidBreakdown>& all, const ReportOptions& options) {
  std::string out;
  for (const BidBreakdown& b : all)
    if (shown(*b.result, options)) out += article(grid, labels, evaluation, b);
  if (out.empty()) return "";
  return "<section class=\"breakdowns\">\n<h2>" + escape(labels.breakdown) + "</h2>\n" + out +
         "</section>\n";
}

}  // namespace aser::report::html
