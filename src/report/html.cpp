// The HTML report: what an evaluation committee reads and signs, in one
// self-contained file. Inline CSS and SVG only, no script, no font, image or
// style sheet to fetch (a Content-Security-Policy forbids any, should a name
// slip through), every text from outside escaped, the same bytes on every run.
// Order: the title page (tender, lots, date, method, bids received) and the
// weights as a tree; per lot the ranking, its chart, the excluded and invalid
// bids with reasons; flags, decisions and warnings; the robustness analysis
// when asked (rank --analyze); the breakdowns; then an appendix with what
// only a checker needs (files, SHA-256, answers as written and where).
#include "report/analysis_report.hpp"
#include "report/breakdown.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"
#include "report/report.hpp"
#include "score/evaluate.hpp"

namespace aser {

namespace {

using report::Labels;
using report::html::escape;
using report::html::td;
using report::html::th;

// The longest <title> that html-validate accepts, counted as it counts: in
// UTF-16 units of the text as written in the file (an entity such as &#39;
// counts 5, a character past U+FFFF 2). Returns the escaped title.
constexpr std::size_t kMaxTitle = 70;

std::string short_title(const std::string& text) {
  std::string out;
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    const std::string escaped = escape(text.substr(i, next - i));
    const std::size_t cost = escaped.size() != next - i ? escaped.size() : (next - i == 4 ? 2 : 1);
    // Room for "…" unless this is the last character.
    if (units + cost > (next == text.size() ? kMaxTitle : kMaxTitle - 1)) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      return out + "…";
    }
    out += escaped;
    units += cost;
    i = next;
  }
  return out;
}

// A raw weight as the grid writes it, in the language's decimal mark ("0,5").
std::string raw_weight(double weight, const Labels& labels) {
  std::string text = report::shortest_decimal(weight);
  if (labels.language == report::Language::fr)
    for (char& c : text)
      if (c == '.') c = ',';
  return escape(text);
}

std::string fact(const std::string& name, const std::string& html) {
  return "<dt>" + escape(name) + "</dt><dd>" + html + "</dd>\n";
}

// The title page: what the committee signs for, before any figure.
std::string title_page(const Grid& grid, const Labels& labels, const Evaluation& eval,
                       const ReportOptions& options, const std::string& title) {
  const report::html::Words& w = report::html::words(labels.language);
  std::string out = "<header>\n<h1>" + escape(title) + "</h1>\n<dl class=\"facts\">\n";
  out += fact(labels.grid, escape(grid.name.empty() ? grid.file : grid.name));
  if (eval.lots.size() > 1 || (eval.lots.size() == 1 && eval.lots.front().lot)) {
    std::string lots;
    for (const LotResult& lot : eval.lots)
      if (auto name = report::lot_title(labels, eval, lot))
        lots += "<li>" + escape(*name) + "</li>";
    out += fact(w.lots, "<ul class=\"lots\">" + lots + "</ul>");
  }
  if (options.date) out += fact(w.date, escape(*options.date));
  out += fact(labels.method, "<strong>" + escape(report::method_label(labels, grid.method.kind)) +
                                 "</strong> — " +
                                 escape(report::method_explanation(labels, grid.method.kind)) +
                                 " (" + escape(report::points_out_of(labels, grid)) + ")");
  int counts[3] = {0, 0, 0};
  for (const LotResult& lot : eval.lots)
    for (const BidResult& bid : lot.bids) ++counts[static_cast<int>(bid.status)];
  // "7 (classées : 6, exclues : 1)": the count after the word, whatever the plural.
  std::string bids = std::to_string(counts[0] + counts[1] + counts[2]) + " (" + w.ranked_count +
                     labels.colon + std::to_string(counts[0]);
  if (counts[1] > 0)
    bids += ", " + std::string(w.excluded_count) + labels.colon + std::to_string(counts[1]);
  if (counts[2] > 0)
    bids += ", " + std::string(w.invalid_count) + labels.colon + std::to_string(counts[2]);
  bids += ")";
  out += fact(w.bids, escape(bids));
  if (!options.changes.empty()) {
    std::string changes;
    for (const std::string& change : options.changes)
      changes += (changes.empty() ? "" : " ") + std::string("<code>") + escape(change) + "</code>";
    out += fact(labels.options, changes);
  }
  out += "</dl>\n";
  if (report::uses_relative_rules(grid))
    out += "<p class=\"note\">" + escape(labels.relative_note) + "</p>\n";
  return out + "</header>\n";
}

// The weights as the grid publishes them, a tree: each node indented under
// its group, groups in bold, effective shares of the whole beside. A lot
// scored with weights of its own has its own table after the grid's.
std::string weights_table(const Labels& labels, const Grid& grid,
                          const std::map<std::string, double>& shares) {
  std::string out = "<table class=\"weights\">\n<thead><tr>" + th(labels.criterion) +
                    th(labels.id) + th(labels.weight, true) + th(labels.effective_weight, true) +
                    "</tr></thead>\n<tbody>\n";
  for (const report::NodeAt& at : report::nodes_with_depth(grid)) {
    const std::string cls =
        at.depth == 0 ? "label" : "label " + report::html::depth_class(at.depth);
    auto share = shares.find(at.node->id);
    out += at.node->group ? "<tr class=\"group\">" : "<tr>";
    out += td(escape(at.node->display_label()), cls.c_str()) +
           td("<code>" + escape(at.node->id) + "</code>") +
           td(raw_weight(at.node->weight, labels), "num") +
           td(escape(report::format_percent(share == shares.end() ? 0.0 : share->second, 1,
                                            labels.language)),
              "num") +
           "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string weights_tree(const Labels& labels, const Grid& grid, const Evaluation& eval) {
  const report::html::Words& w = report::html::words(labels.language);
  std::string out = "<section class=\"weights\">\n<h2>" + escape(w.weights_tree) + "</h2>\n";
  out += weights_table(labels, grid, eval.weights);
  for (const LotResult* lot : report::lots_with_own_weights(eval))
    out += "<h3>" + escape(report::lot_title(labels, eval, *lot).value_or("")) + "</h3>\n" +
           weights_table(labels, grid_in_lot(grid, lot->lot), lot->weights);
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
  out += "<title>" + short_title(std::string(w.report) + " — " + title) + "</title>\n";
  out += "<style>" + report::html::style() + "</style>\n</head>\n<body>\n";

  out += title_page(grid, labels, evaluation, options, title);
  out += "<main>\n";
  out += weights_tree(labels, grid, evaluation);
  if (evaluation.lots.empty()) out += "<p>" + escape(labels.no_bids) + "</p>\n";
  const report::Axis axis = report::axis_of(grid, evaluation, options);
  for (const LotResult& lot : evaluation.lots)
    out += report::html::lot_section(grid, labels, evaluation, lot, axis, options);
  out += report::html::flags_and_decisions(grid, labels, evaluation, options);
  // The robustness section of `rank -f html --analyze`, after the flags and
  // decisions, before the breakdowns.
  if (options.analysis)
    out += report::analysis_html_section(grid, labels, evaluation, *options.analysis);
  const std::vector<report::BidBreakdown> all = report::breakdowns(grid, evaluation, options.bids);
  out += report::html::breakdowns(grid, labels, evaluation, all, options);
  out += report::html::appendix(grid, labels, evaluation, all, options);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace aser
