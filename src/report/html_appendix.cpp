// The appendix of the HTML report: what a checker needs and a committee
// member reading the ranking does not — aser's version, the grid's and every
// bid's file with its full SHA-256, the options, and each bid's answers as
// the bid writes them ("prix = 186400.00") with their file:line:col, for
// every path the grid reads (the cost's and the requirements' too).
#include <map>

#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/html_parts.hpp"

namespace aser::report::html {

namespace {

std::string item(const std::string& name, const std::string& html) {
  return "<dt>" + escape(name) + "</dt><dd>" + html + "</dd>\n";
}

// Every answer path the grid reads, once, in the grid's order: the leaves'
// answers, the cost's purchase and yearly quantities, the requirements'.
std::vector<std::string> paths_read(const Grid& grid) {
  std::vector<std::string> out;
  auto add = [&out](const std::string& path) {
    if (path.empty() || path == "cost") return;
    for (const std::string& p : out)
      if (p == path) return;
    out.push_back(path);
  };
  for (const NodeAt& at : nodes_with_depth(grid))
    if (!at.node->group) add(at.node->answer);
  if (grid.cost) {
    add(grid.cost->purchase);
    for (const YearlyCost& line : grid.cost->yearly) add(line.answer);
  }
  for (const Requirement& r : grid.requirements) add(r.answer);
  return out;
}

// An answer as the file writes it: "186400.00", "tri 5 flux", "true", "[7, 6.5]".
std::string written(const Answer& answer) {
  switch (answer.kind) {
    case Answer::Kind::boolean:
      return answer.boolean ? "true" : "false";
    case Answer::Kind::numbers: {
      std::string out;
      for (double mark : answer.numbers) out += (out.empty() ? "" : ", ") + shortest_decimal(mark);
      return "[" + out + "]";
    }
    case Answer::Kind::number:
      return answer.text.empty() ? shortest_decimal(answer.number) : answer.text;
    default:
      return answer.text;
  }
}

// An answer the committee corrected shows as the file writes it, then the
// corrected value: the bid read has the corrected value in place.
std::string answers_of(const Labels& labels, const Words& w, const std::vector<std::string>& paths,
                       const Bid& bid, const std::vector<Decision>& decisions) {
  std::string rows;
  for (const std::string& path : paths) {
    auto found = bid.answers.find(path);
    std::string pos;
    if (found != bid.answers.end() && found->second.pos.known()) {
      pos = std::to_string(found->second.pos.line);
      if (found->second.pos.column > 0) pos += ":" + std::to_string(found->second.pos.column);
    }
    std::string text =
        found == bid.answers.end() ? escape(labels.not_answered) : escape(written(found->second));
    for (const Decision& d : decisions)
      if (d.kind == DecisionKind::correct && d.answer == path)
        text = escape(d.was) + " → " + escape(d.value_text) + " (" + escape(w.decision) + ")";
    rows += "<tr>" + td("<code>" + escape(path) + "</code>", "path") + td(text, "written") +
            td(escape(pos), "pos") + "</tr>\n";
  }
  if (rows.empty()) return "";
  return "<table class=\"answers\">\n<caption>" + escape(bid.id) +
         (bid.file.empty() ? "" : " — " + escape(bid.file)) + "</caption>\n<thead><tr>" +
         th(w.path) + th(w.written) + th(w.position) + "</tr></thead>\n<tbody>\n" + rows +
         "</tbody>\n</table>\n";
}

}  // namespace

std::string appendix(const Grid& grid, const Labels& labels, const Evaluation& evaluation,
                     const std::vector<BidBreakdown>& all, const ReportOptions& options) {
  const Words& w = words(labels.language);
  std::string out = "<section class=\"appendix\" id=\"appendix\">\n<h2>" + escape(w.appendix) +
                    "</h2>\n<p class=\"note\">" + escape(w.appendix_note) + "</p>\n";
  out += "<dl class=\"provenance\">\n";
  out += item(w.aser_version, escape(options.version));
  out += item(labels.grid, escape(grid.name));
  out += item(w.grid_file, escape(grid.file));
  out += item(w.sha256, "<span class=\"sha\">" + escape(grid.sha256) + "</span>");
  out += item(labels.method, "<code>" + escape(method_name(grid.method.kind)) + "</code>");
  if (!options.changes.empty()) {
    std::string changes;
    for (const std::string& change : options.changes)
      changes += (changes.empty() ? "" : " ") + std::string("<code>") + escape(change) + "</code>";
    out += item(labels.options, changes);
  }
  if (options.decisions) {
    out += item(decisions_title(grid), escape(options.decisions->file));
    out += item(w.sha256, "<span class=\"sha\">" + escape(options.decisions->sha256) + "</span>");
  }
  if (options.date) out += item(w.date, escape(*options.date));
  out += "</dl>\n";

  std::string rows;
  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids)
      if (shown(bid, options))
        rows += "<tr>" + td(escape(bid.id), "id") + td(escape(bid.file), "file") +
                td(escape(bid.sha256), "sha") + "</tr>\n";
  if (!rows.empty())
    out += "<h3>" + escape(labels.bid_files) + "</h3>\n<table class=\"files\">\n<thead><tr>" +
           th(labels.bid) + th(labels.file) + th(w.sha256) + "</tr></thead>\n<tbody>\n" + rows +
           "</tbody>\n</table>\n";

  // The answers of the bids shown, as written, with their line:column in
  // the file the table's caption names.
  std::string answers;
  if (options.bids) {
    std::map<std::string, const Bid*> by_id;
    for (const Bid& bid : *options.bids) by_id.emplace(bid.id, &bid);
    const std::vector<std::string> paths = paths_read(grid);
    for (const BidBreakdown& b : all)
      if (b.status != Status::invalid && shown(*b.result, options))
        if (auto it = by_id.find(b.id); it != by_id.end())
          answers += answers_of(labels, w, paths, *it->second, b.result->decisions);
  }
  if (!answers.empty()) out += "<h3>" + escape(w.answers_read) + "</h3>\n" + answers;
  return out + "</section>\n";
}

}  // namespace aser::report::html
