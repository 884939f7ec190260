// The CSV report (RFC 4180): one row per bid, every node a pair of columns,
// the provenance repeated on each row so that any row stands on its own.
// Columns are documented in docs/report-formats.md.
#include <algorithm>

#include "model/catalogue.hpp"
#include "report/decisions.hpp"
#include "report/facts.hpp"
#include "report/report.hpp"
#include "report/spreadsheet_text.hpp"

namespace aser {

namespace {

class CsvWriter {
 public:
  explicit CsvWriter(const CsvOptions& options) : options_(options) {}

  void field(const std::string& raw) {
    if (!first_) line_ += options_.sep;
    first_ = false;
    // Text that a spreadsheet would run as a formula gets an apostrophe
    // (report/spreadsheet_text.hpp); numbers, negative ones too, stay numbers.
    const std::string text = report::neutralise_formula(raw);
    if (text.find_first_of(std::string("\"\r\n") + options_.sep) == std::string::npos) {
      line_ += text;
      return;
    }
    line_ += '"';
    for (char c : text) {
      if (c == '"') line_ += '"';
      line_ += c;
    }
    line_ += '"';
  }

  /// A figure rounded to `decimals` places at most, shortest form ("0.93", "37.2").
  void figure(double value, int decimals) {
    field(decimal(report::shortest_decimal(report::round_decimals(value, decimals))));
  }
  void figure(std::optional<double> value, int decimals) {
    if (value)
      figure(*value, decimals);
    else
      field("");
  }
  /// Money with exactly two decimals ("118500.00").
  void money(std::optional<double> value) {
    field(value ? decimal(report::fixed_decimal(*value, report::kMoneyDecimals)) : "");
  }

  /// Ends a record with CRLF, as RFC 4180 says.
  void end_row() {
    out_ += line_ + "\r\n";
    line_.clear();
    first_ = true;
  }

  std::string take() { return std::move(out_); }

 private:
  std::string decimal(std::string text) const {
    if (options_.decimal_comma)
      for (char& c : text)
        if (c == '.') c = ',';
    return text;
  }

  CsvOptions options_;
  std::string out_;
  std::string line_;
  bool first_ = true;
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? " | " : "") + items[i];
  return out;
}

// The answer paths the grid's criteria read, in grid order, once each.
std::vector<std::string> answer_paths(const Grid& grid) {
  std::vector<std::string> paths;
  for (const Criterion* leaf : leaves(grid))
    if (!leaf->answer.empty() && leaf->answer != "cost" &&
        std::find(paths.begin(), paths.end(), leaf->answer) == paths.end())
      paths.push_back(leaf->answer);
  return paths;
}

const Bid* bid_read(const ReportOptions& options, const std::string& id) {
  if (options.bids)
    for (const Bid& bid : *options.bids)
      if (bid.id == id) return &bid;
  return nullptr;
}

// An answer as written in the bid (a panel: its marks joined by " | ").
std::string answer_text(const Bid& bid, const std::string& path) {
  auto it = bid.answers.find(path);
  if (it == bid.answers.end()) return "";
  const Answer& answer = it->second;
  if (answer.kind == Answer::Kind::boolean) return answer.boolean ? "true" : "false";
  if (answer.kind == Answer::Kind::numbers) {
    std::vector<std::string> marks;
    for (double mark : answer.numbers) marks.push_back(report::shortest_decimal(mark));
    return joined(marks);
  }
  return answer.text;
}

}  // namespace

std::string render_csv(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options,
                       const CsvOptions& csv_options) {
  const std::vector<const Criterion*> nodes = all_nodes(grid);
  const bool quality = grid.method.kind == Method::price_per_point;
  CsvWriter csv(csv_options);

  const bool named_lots = !grid.lots.empty();  // grid `lots:`: a lot_name column after lot
  for (const char* name : {"lot", "rank", "id", "supplier", "status", "price", "cost", "total"}) {
    csv.field(name);
    if (named_lots && std::string(name) == "lot") csv.field("lot_name");
  }
  if (quality) csv.field("quality_points");
  for (const Criterion* node : nodes) {
    csv.field(node->id + ".score");
    csv.field(node->id + ".points");
  }
  for (const char* name : {"flags", "reasons", "warnings", "file", "sha256", "grid", "grid_sha256",
                           "method", "aser_version", "options", "run_warnings"})
    csv.field(name);
  for (const Criterion* node : nodes) csv.field(node->id + ".weight");
  for (const char* name : {"decisions", "decisions_file", "decisions_sha256"}) csv.field(name);
  const std::vector<std::string> paths = answer_paths(grid);
  for (const std::string& path : paths) csv.field("answer:" + path);
  // The status as a stable English code, beside `status` in the report's language.
  csv.field("status_code");
  // Only when asked (--date): by default two runs give the same bytes.
  if (options.date) csv.field("date");
  csv.end_row();

  for (const LotResult& lot : evaluation.lots)
    for (const BidResult& bid : lot.bids) {
      const bool ranked = bid.status == Status::ranked;
      csv.field(lot.lot.value_or(""));
      if (named_lots) csv.field(lot.name);
      csv.field(ranked && bid.rank ? std::to_string(*bid.rank) : "");
      csv.field(bid.id);
      csv.field(bid.supplier);
      csv.field(
          message(std::string("status.") + status_name(bid.status), language_of(grid.language)));
      csv.money(bid.price);
      csv.money(bid.cost);
      // The total is the figure that ranks: never cut to cents here, or two bids a
      // fraction of a cent per point apart would look tied (adjusted_price is
      // already rounded to cents by its method).
      if (!ranked)
        csv.field("");
      else
        csv.figure(bid.total, report::kFigureDecimals);
      if (quality) csv.figure(bid.quality_points, report::kFigureDecimals);
      for (const Criterion* node : nodes) {
        auto score = bid.scores.find(node->id);
        auto points = bid.points.find(node->id);
        csv.figure(score == bid.scores.end() ? std::nullopt : std::optional(score->second),
                   report::kFigureDecimals);
        csv.figure(points == bid.points.end() ? std::nullopt : std::optional(points->second),
                   report::kFigureDecimals);
      }
      csv.field(joined(bid.flags));
      csv.field(joined(bid.reasons));
      csv.field(joined(bid.warnings));
      csv.field(bid.file);
      csv.field(bid.sha256);
      csv.field(grid.name);
      csv.field(grid.sha256);
      csv.field(method_name(grid.method.kind));
      csv.field(options.version);
      csv.field(joined(options.changes));
      // Run-level warnings (ties, near-miss answer paths) repeat on every row, as
      // the provenance does: a CSV has no other place for them.
      csv.field(joined(evaluation.warnings));
      for (const Criterion* node : nodes)  // a lot with its own weights has its own
        csv.figure(report::weight_in(evaluation, lot, node->id), report::kFigureDecimals);
      std::vector<std::string> decisions;
      for (const Decision& decision : bid.decisions)
        decisions.push_back(report::decision_text(grid, decision));
      csv.field(joined(decisions));
      csv.field(options.decisions ? options.decisions->file : "");
      csv.field(options.decisions ? options.decisions->sha256 : "");
      const Bid* read = bid_read(options, bid.id);
      for (const std::string& path : paths) csv.field(read ? answer_text(*read, path) : "");
      csv.field(status_name(bid.status));
      if (options.date) csv.field(*options.date);
      csv.end_row();
    }

  std::string out = csv.take();
  return csv_options.bom ? "\xEF\xBB\xBF" + out : out;
}

std::string render_csv(const Grid& grid, const Evaluation& evaluation,
                       const ReportOptions& options) {
  return render_csv(grid, evaluation, options, CsvOptions{});
}

}  // namespace aser
