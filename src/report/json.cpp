// The JSON report: one stable object (docs/report-formats.md), keys in a
// fixed order, scores and points keyed in the grid's order, numbers rounded
// so that the bytes never depend on summation noise. Written straight into
// one string by JsonWriter (no tree of values): the bytes are those nlohmann's
// dump(2) gave, which tests/digests keeps.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "model/catalogue.hpp"
#include "report/facts.hpp"
#include "report/json_writer.hpp"
#include "report/report.hpp"
#include "support/workers.hpp"

namespace aser {

namespace {

using report::JsonWriter;

// A figure rounded to `decimals`; integral values print without ".0".
void number(JsonWriter& out, double value, int decimals) {
  if (!std::isfinite(value)) return out.null();
  double rounded = report::round_decimals(value, decimals);
  if (std::fabs(rounded) < 9007199254740992.0 && rounded == std::floor(rounded))
    return out.integer(static_cast<std::int64_t>(rounded));
  out.number(rounded);
}

void figure(JsonWriter& out, double value) {
  number(out, value, report::kFigureDecimals);
}
void money(JsonWriter& out, std::optional<double> value) {
  if (value)
    number(out, *value, report::kMoneyDecimals);
  else
    out.null();
}
void text_or_null(JsonWriter& out, const std::string& text) {
  if (text.empty())
    out.null();
  else
    out.string(text);
}
void text_or_null(JsonWriter& out, const std::optional<std::string>& text) {
  if (text)
    out.string(*text);
  else
    out.null();
}

void strings(JsonWriter& out, const std::vector<std::string>& items) {
  out.begin_array();
  for (const std::string& item : items) out.string(item);
  out.end_array();
}

// The grid's criteria and groups, in its order (all_nodes), listed once per report.
using Nodes = std::vector<const Criterion*>;

// The entries of a map keyed by node id, in the grid's order; ids the grid
// does not know (none, normally) follow in code-point order. A node id met
// twice is written once, where it first stands (as a JSON object would).
template <typename Map, typename Write>
void by_node(JsonWriter& out, const Nodes& nodes, const Map& values, Write write) {
  std::vector<std::string_view> written;
  auto seen = [&](std::string_view id) {
    for (std::string_view done : written)
      if (done == id) return true;
    return false;
  };
  out.begin_object();
  for (const Criterion* node : nodes) {
    auto it = values.find(node->id);
    if (it == values.end() || seen(it->first)) continue;
    written.push_back(it->first);
    write(out.key(it->first), it->second);
  }
  // Every key of the map written already (the usual case): nothing to look up.
  if (written.size() < values.size())
    for (const auto& [id, value] : values)
      if (!seen(id)) write(out.key(id), value);
  out.end_object();
}

// (Bids carry NodeFigures, the grid and lots a std::map of weights.)
template <typename Map>
void figures_by_node(JsonWriter& out, const Nodes& nodes, const Map& values) {
  by_node(out, nodes, values, figure);
}

void grid_json(JsonWriter& out, const Grid& grid, const Nodes& nodes, const Evaluation& eval) {
  out.begin_object();
  out.key("name").string(grid.name);
  out.key("file").string(grid.file);
  out.key("sha256").string(grid.sha256);
  out.key("method").string(method_name(grid.method.kind));
  figure(out.key("scale"), grid.scale);
  out.key("better").string(eval.better == Better::higher ? "higher" : "lower");
  out.key("language").string(grid.language);
  out.key("currency").string(grid.currency);
  out.key("relative_rules").boolean(report::uses_relative_rules(grid));
  figures_by_node(out.key("weights"), nodes, eval.weights);
  out.end_object();
}

void references_json(JsonWriter& out, const Nodes& nodes, const LotResult& lot) {
  by_node(out, nodes, lot.references, [](JsonWriter& w, const Reference& ref) {
    w.begin_object();
    figure(w.key("min"), ref.min);
    figure(w.key("max"), ref.max);
    w.key("min_bid").string(ref.min_bid);
    w.key("max_bid").string(ref.max_bid);
    w.end_object();
  });
}

// The committee's decisions on one bid (docs/decisions.md), in file order.
void decisions_json(JsonWriter& out, const std::vector<Decision>& decisions) {
  out.begin_array();
  for (const Decision& decision : decisions) {
    out.begin_object();
    out.key("decision").string(decision_name(decision.kind));
    out.key("date").string(decision.date);
    out.key("reason").string(decision.reason);
    if (decision.kind == DecisionKind::correct) {
      out.key("answer").string(decision.answer);
      out.key("was").string(decision.was);
      figure(out.key("value"), decision.value);
    }
    out.end_object();
  }
  out.end_array();
}

// An answer as read: its value (typed as in the file) and where it is written.
void answer_json(JsonWriter& out, const Answer& answer, const std::string& file) {
  out.begin_object();
  out.key("value");
  switch (answer.kind) {
    case Answer::Kind::number:
      figure(out, answer.number);
      break;
    case Answer::Kind::boolean:
      out.boolean(answer.boolean);
      break;
    case Answer::Kind::numbers:
      out.begin_array();
      for (double mark : answer.numbers) figure(out, mark);
      out.end_array();
      break;
    default:
      out.string(answer.text);
  }
  out.key("file").string(file);
  if (answer.pos.known()) {
    out.key("line").integer(answer.pos.line);
    out.key("column").integer(answer.pos.column);
  } else {
    out.key("line").null();
    out.key("column").null();
  }
  out.end_object();
}

// The bids read, by id: the first bid of an id is the one reported.
using BidIndex = std::unordered_map<std::string_view, const Bid*>;

// The bid's answers by path (mappings, which only hold other answers, left
// out) and its evidence; empty when the report was not given the bids.
void answers_and_evidence(JsonWriter& out, const BidResult& result, const BidIndex& bids) {
  auto it = bids.find(result.id);
  const Bid* bid = it == bids.end() ? nullptr : it->second;
  out.key("answers").begin_object();
  if (bid)
    for (const auto& [path, answer] : bid->answers)
      if (answer.kind != Answer::Kind::mapping) answer_json(out.key(path), answer, bid->file);
  out.end_object();
  out.key("evidence").begin_object();
  if (bid)
    for (const auto& [path, text] : bid->evidence) out.key(path).string(text);
  out.end_object();
}

// The stable English codes of translated messages (docs/report-formats.md):
// a catalogue id, or null for text the catalogue does not know (a grid's own
// requirement reason).
void codes(JsonWriter& out, const std::vector<std::string>& items, Language language) {
  out.begin_array();
  for (const std::string& item : items) text_or_null(out, message_code(item, language));
  out.end_array();
}

// What every bid's entry reads, worked out once per report.
struct ReportContext {
  const Grid& grid;
  Nodes nodes;        // all_nodes(grid)
  Language language;  // the grid's, for the message codes
  BidIndex bids;
};

void bid_json(JsonWriter& out, const ReportContext& context, const BidResult& bid) {
  const Grid& grid = context.grid;
  const bool ranked = bid.status == Status::ranked;
  out.begin_object();
  if (ranked && bid.rank)
    out.key("rank").integer(*bid.rank);
  else
    out.key("rank").null();
  out.key("id").string(bid.id);
  out.key("supplier").string(bid.supplier);
  text_or_null(out.key("lot"), bid.lot);
  out.key("status").string(status_name(bid.status));
  // The figure that ranks, never cut to cents (see csv.cpp).
  if (ranked)
    figure(out.key("total"), bid.total);
  else
    out.key("total").null();
  money(out.key("price"), bid.price);
  money(out.key("cost"), bid.cost);
  figures_by_node(out.key("scores"), context.nodes, bid.scores);
  figures_by_node(out.key("points"), context.nodes, bid.points);
  if (grid.method.kind == Method::price_per_point) {
    if (bid.quality_points)
      figure(out.key("quality_points"), *bid.quality_points);
    else
      out.key("quality_points").null();
  }
  strings(out.key("flags"), bid.flags);
  strings(out.key("reasons"), bid.reasons);
  strings(out.key("warnings"), bid.warnings);
  decisions_json(out.key("decisions"), bid.decisions);
  answers_and_evidence(out, bid, context.bids);
  codes(out.key("reason_codes"), bid.reasons, context.language);
  codes(out.key("warning_codes"), bid.warnings, context.language);
  out.key("source").begin_object();
  out.key("file").string(bid.file);
  text_or_null(out.key("sha256"), bid.sha256);
  out.end_object();
  out.end_object();
}

// The bids of a lot, in order, as JSON array items: one thread for a small
// lot; for a large one, chunks of bids rendered on `threads` cores into
// buffers of their own (a 10,000-bid report spent a sixth of its run here on
// one core). Each bid is one array item, so a chunk's writer starts as if the
// earlier chunks' items were written. Whichever thread finishes the chunk next
// in order hands it, and the ready ones after it, to `write`; at most
// `window` chunks wait, in buffers used again (run_together's kept threads and
// these buffers keep the report's memory flat: docs/design-notes.md).
// False when `write` failed.
template <typename Write>
bool bids_json(JsonWriter& out, const ReportContext& context, const std::vector<BidResult>& bids,
               unsigned threads, std::size_t piece, const Write& write) {
  constexpr std::size_t kChunk = 16;           // bids per buffer (~64 KB)
  constexpr std::size_t kParallelBids = 1024;  // below: one thread
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned workers = threads == 0 ? cores : std::min(threads, cores);
  if (workers < 2 || bids.size() < kParallelBids) {
    for (const BidResult& bid : bids) {
      bid_json(out, context, bid);
      if (out.text().size() >= piece && !out.hand_over(write)) return false;
    }
    return true;
  }
  if (!out.hand_over(write)) return false;
  const std::size_t chunks = (bids.size() + kChunk - 1) / kChunk;
  const std::size_t window = std::size_t{workers} * 2;    // chunks rendered ahead of the writing
  std::vector<std::optional<std::string>> ready(window);  // chunk c in slot c % window
  std::vector<std::string> spare;                         // written buffers, to use again
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t written = 0;  // chunks handed to `write`
  bool writing = false;     // a thread is handing chunks to `write`
  bool failed = false;      // `write` failed: every thread stops
  std::atomic<std::size_t> next{0};
  // Under the lock: the ready chunks from `written` on, in order, by one thread at a time.
  auto write_ready = [&](std::unique_lock<std::mutex>& lock) {
    if (writing) return;  // that thread will find this chunk too
    writing = true;
    while (!failed && ready[written % window]) {
      std::string text = std::move(*ready[written % window]);
      ready[written % window].reset();
      lock.unlock();
      const bool ok = write(std::string_view(text));
      lock.lock();
      failed = !ok;
      ++written;
      spare.push_back(std::move(text));
      changed.notify_all();
    }
    writing = false;
  };
  run_together(workers, [&] {
    for (std::size_t c = next++; c < chunks; c = next++) {
      std::string buffer;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return failed || c < written + window; });
        if (failed) return;
        if (!spare.empty()) {
          buffer = std::move(spare.back());
          spare.pop_back();
        }
      }
      const std::size_t from = c * kChunk;
      const std::size_t to = std::min(bids.size(), from + kChunk);
      JsonWriter part = out.branch(from, std::move(buffer));
      for (std::size_t i = from; i < to; ++i) bid_json(part, context, bids[i]);
      std::unique_lock lock(mutex);
      ready[c % window] = part.take();
      write_ready(lock);
    }
  });
  if (failed) return false;
  out.skip_items(bids.size());
  return true;
}

}  // namespace

void write_json(const Grid& grid, const Evaluation& evaluation, const ReportOptions& options,
                const std::function<bool(std::string_view)>& write) {
  ReportContext context{grid, all_nodes(grid), language_of(grid.language), {}};
  // Each result's bid found once, not by a scan of every bid for every result.
  if (options.bids) {
    context.bids.reserve(options.bids->size());
    for (const Bid& bid : *options.bids)
      context.bids.emplace(bid.id, &bid);  // the first bid of an id stays
  }
  // The pieces go out at bid boundaries past this size: memory stays flat
  // however many bids (the whole report was 39 MB, and 52 MB reserved, at
  // 10,000 bids).
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  JsonWriter out(kPiece + kPiece / 4);
  bool written = true;

  out.begin_object();
  // "kind" marks aser's own output: a report found among the bids is skipped.
  out.key("aser").begin_object();
  out.key("version").string(options.version);
  // Only when asked (--date): by default two runs give the same bytes.
  if (options.date) out.key("date").string(*options.date);
  out.key("kind").string("report");
  out.end_object();
  grid_json(out.key("grid"), grid, context.nodes, evaluation);
  // The committee's decisions file, its SHA-256 with the grid's: provenance.
  if (options.decisions) {
    out.key("decisions").begin_object();
    out.key("file").string(options.decisions->file);
    out.key("sha256").string(options.decisions->sha256);
    out.end_object();
  } else {
    out.key("decisions").null();
  }
  strings(out.key("options"), options.changes);
  out.key("lots").begin_array();
  for (const LotResult& lot : evaluation.lots) {
    out.begin_object();
    text_or_null(out.key("lot"), lot.lot);
    references_json(out.key("references"), context.nodes, lot);
    out.key("bids").begin_array();
    if (!(written = bids_json(out, context, lot.bids, options.threads, kPiece, write))) return;
    out.end_array();
    // Declared lots (grid `lots:`): the name, and the weights when the lot has its own.
    if (!grid.lots.empty()) text_or_null(out.key("name"), lot.name);
    if (!lot.weights.empty()) figures_by_node(out.key("weights"), context.nodes, lot.weights);
    out.end_object();
  }
  out.end_array();
  strings(out.key("warnings"), evaluation.warnings);
  codes(out.key("warning_codes"), evaluation.warnings, context.language);
  // Files of the bid folders that are not bids: listed, so that none is lost silently.
  out.key("skipped").begin_array();
  if (options.skipped)
    for (const SkippedFile& file : *options.skipped) {
      out.begin_object();
      out.key("file").string(file.file);
      out.key("why").string(file.why);
      out.end_object();
    }
  out.end_array();
  out.end_object();
  // Invalid UTF-8 (yaml-cpp passes it through) becomes U+FFFD, never an exception.
  out.append('\n');
  if (written) out.hand_over(write);
}

std::string render_json(const Grid& grid, const Evaluation& evaluation,
                        const ReportOptions& options) {
  std::string text;
  write_json(grid, evaluation, options, [&](std::string_view piece) {
    text += piece;
    return true;
  });
  return text;
}

}  // namespace aser
