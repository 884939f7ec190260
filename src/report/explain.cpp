// The text of `aser explain`: for each node the answer read and where, the
// rule, the reference of a relative rule and the bid that sets it, the
// working, the score and the points; group subtotals; the total as the sum of
// the top-level points; cost, requirements, flags, neighbours, evidence.
#include "report/explain.hpp"

#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/labels.hpp"
#include "report/text_table.hpp"
#include "support/utf8.hpp"

namespace aser::report {

namespace {

// A text of several lines (evidence written over lines), each line after the
// first indented by `width` columns so that it sits under the first.
std::string hang(const std::string& text, std::size_t width) {
  std::string out;
  std::size_t size = text.size();  // a final line break (YAML's `|`) ends nothing
  while (size > 0 && (text[size - 1] == '\n' || text[size - 1] == '\r')) --size;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < size && text[i + 1] == '\n') ++i;
      out += '\n' + std::string(width, ' ');
    } else {
      out += c;
    }
  }
  return out;
}

struct Out {
  std::string text;
  const Labels& labels;
  bool color;
  void line(int indent, const std::string& key, const std::string& value,
            const char* style = nullptr) {
    const std::string head = std::string(indent, ' ') + key + labels.colon;
    text += head + paint(hang(value, display_width(head)), style, color) + '\n';
  }
  /// "  text", its continuation lines under its first.
  void item(const std::string& value, const char* style = nullptr) {
    text += "  " + paint(hang(value, 2), style, color) + '\n';
  }
  void title(int indent, const std::string& value) {
    text += std::string(indent, ' ') + paint(value, ansi::bold, color) + '\n';
  }
};

std::string answer_line(const AnswerRead& answer, const Labels& labels) {
  if (!answer.answered) return std::string(labels.not_answered) + " (" + answer.path + ")";
  std::string out = answer.written;
  if (!answer.location.empty())
    out += " (" + answer.location + ")";
  else
    out += " (" + answer.path + ")";
  if (!answer.panel.empty()) out += ", " + answer.panel;
  return out;
}

void node_lines(Out& out, const Grid& grid, const NodeBreakdown& n) {
  const Labels& labels = out.labels;
  const int indent = 2 * n.depth;
  out.title(indent, n.label + " [" + n.id + "] — " + labels.effective_weight + " " +
                        share_text(n.effective_weight, labels.language));
  const int in = indent + 2;
  if (n.group) {
    if (!n.subtotal.empty()) out.line(in, labels.subtotal, n.subtotal);
    return;
  }
  out.line(in, labels.answer, answer_line(n.answer, labels));
  out.line(in, labels.rule, n.rule);
  if (n.reference) out.line(in, labels.reference, n.reference->text);
  if (!n.working.empty()) out.line(in, labels.working, n.working);
  if (n.score) out.line(in, labels.score, format_number(*n.score, 3, labels.language));
  if (!n.points_working.empty()) out.line(in, labels.points, n.points_working);
  if (!n.evidence_asked.empty()) out.line(in, labels.evidence_asked, n.evidence_asked);
  if (!n.evidence_given.empty()) out.line(in, labels.evidence, n.evidence_given);
  (void)grid;
}

}  // namespace

std::string render_explanation(const Grid& grid, const BidBreakdown& bid,
                               const ReportOptions& options) {
  const Labels& labels = labels_for(grid.language);
  Out out{"", labels, options.color};
  out.title(0, std::string(labels.explanation) + " " + bid.id +
                   (bid.supplier.empty() ? "" : " — " + bid.supplier));
  out.line(0, labels.file, bid.file + (bid.sha256.empty() ? "" : " (sha256 " + bid.sha256 + ")"));
  if (bid.lot) out.line(0, labels.lot, *bid.lot);
  std::string status = status_label(labels, bid.status);
  if (bid.rank)
    status += ", " + lower_first(labels.rank) + " " + std::to_string(*bid.rank) + " " +
              labels.out_of + " " + std::to_string(bid.ranked_count);
  bool scored = false;
  for (const NodeBreakdown& n : bid.nodes) scored = scored || n.score.has_value();
  if (bid.status == Status::excluded && !scored) {
    const std::string decided = excluded_by_decision(grid, *bid.result);
    status += " — " + (decided.empty() ? std::string(labels.not_scored) : decided);
  }
  out.line(0, labels.status, status,
           bid.status == Status::ranked ? (bid.rank == 1 ? ansi::green : nullptr) : ansi::red);
  if (bid.price) out.line(0, labels.price, money_text(grid, labels, bid.price));
  if (bid.cost_total) out.line(0, labels.cost, money_text(grid, labels, bid.cost_total));
  if (bid.status == Status::ranked)
    out.line(0, total_label(labels, grid.method.kind),
             bid.total_text + " (" + points_out_of(labels, grid) + ")");
  for (const std::string& reason : bid.reasons) {
    std::vector<std::string> lines = split_lines(reason);
    out.line(0, labels.reasons, lines.front(), ansi::red);
    for (std::size_t i = 1; i < lines.size(); ++i) out.text += "  " + lines[i] + '\n';
  }

  if (!bid.nodes.empty()) {
    out.text += '\n';
    for (const NodeBreakdown& n : bid.nodes) node_lines(out, grid, n);
  }
  if (!bid.total_line.empty()) {
    out.text += '\n';
    out.line(0, total_label(labels, grid.method.kind), bid.total_line, ansi::bold);
  }
  if (bid.cost) {
    out.text += '\n';
    out.title(0, labels.life_cycle_cost);
    for (const std::string& line : bid.cost->lines) out.text += "  " + line + '\n';
  }
  if (!bid.requirements.empty()) {
    out.text += '\n';
    out.title(0, labels.requirements);
    for (const RequirementCheck& r : bid.requirements)
      out.text += "  " +
                  paint(r.text,
                        !r.checked ? nullptr
                        : r.passed ? ansi::green
                                   : ansi::red,
                        options.color) +
                  '\n';
  }
  if (!bid.flags.empty()) {
    out.text += '\n';
    out.title(0, labels.flags);
    for (const std::string& flag : bid.flags)
      out.text += "  " + paint(flag, ansi::yellow, options.color) + '\n';
  }
  if (!bid.result->decisions.empty()) {
    out.text += '\n';
    out.title(0, decisions_title(grid).c_str());
    for (const Decision& decision : bid.result->decisions)
      out.text += "  " + decision_text(grid, decision) + '\n';
  }
  if (bid.above || bid.below) {
    out.text += '\n';
    out.title(0, labels.neighbours);
    auto show = [&](const Neighbour& n, const char* side) {
      out.text += "  " + std::string(labels.rank) + " " + std::to_string(n.rank) + labels.colon +
                  n.id + (n.supplier.empty() ? "" : " (" + n.supplier + ")") + ", " + side + " " +
                  n.gap_text + '\n';
    };
    if (bid.above) show(*bid.above, labels.ahead);
    if (bid.below) show(*bid.below, labels.behind);
  }
  if (!bid.evidence.empty()) {
    out.text += '\n';
    out.title(0, labels.evidence);
    for (const auto& [path, text] : bid.evidence) {
      const std::string head = "  " + path + labels.colon;
      out.text += head + hang(text, display_width(head)) + '\n';
    }
  }
  if (!bid.warnings.empty()) {
    out.text += '\n';
    out.title(0, labels.warnings);
    for (const std::string& warning : bid.warnings) out.item(warning, ansi::yellow);
  }
  return out.text;
}

std::string render_explanations(const Grid& grid, const Evaluation& evaluation,
                                const std::vector<BidBreakdown>& bids,
                                const ReportOptions& options) {
  const Labels& labels = labels_for(grid.language);
  std::string out;
  for (const BidBreakdown& bid : bids) out += render_explanation(grid, bid, options) + '\n';
  // The provenance, as in every report.
  out += std::string(labels.grid) + labels.colon + grid.name + " (" + grid.file + ", sha256 " +
         grid.sha256 + ")\n";
  if (!decisions_source(options).empty())
    out += decisions_title(grid) + labels.colon + decisions_source(options) + '\n';
  out += std::string(labels.method) + labels.colon + method_name(grid.method.kind) + ", " +
         method_label(labels, grid.method.kind) + " — " +
         method_explanation(labels, grid.method.kind) + '\n';
  out += std::string(labels.effective_weights) + labels.colon +
         top_level_weights(grid, evaluation.weights, labels.language) + '\n';
  // A lot scored with weights of its own: its shares, not the grid's.
  for (const LotResult* lot : lots_with_own_weights(evaluation))
    out += std::string(labels.effective_weights) + " — " +
           lot_title(labels, evaluation, *lot).value_or("") + labels.colon +
           top_level_weights(grid, lot->weights, labels.language) + '\n';
  if (uses_relative_rules(grid)) out += std::string(labels.relative_note) + '\n';
  out += "aser " + options.version;
  if (!options.changes.empty()) {
    out += " — " + std::string(labels.options) + labels.colon;
    for (std::size_t i = 0; i < options.changes.size(); ++i)
      out += (i ? " " : "") + options.changes[i];
  }
  out += '\n';
  if (options.date) out += std::string(labels.date) + labels.colon + *options.date + '\n';
  // Every bid file of the run: a bid's explanation depends on the others
  // (relative rules, exclusion rounds), so all of them are its provenance.
  out += std::string(labels.bid_files) + '\n';
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids)
      out += "  " + bid.id + labels.colon + bid.file +
             (bid.sha256.empty() ? "" : " (sha256 " + bid.sha256 + ")") + '\n';
  return out;
}

}  // namespace aser::report
