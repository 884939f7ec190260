// read_bids: every source read and parsed on a pool of threads. Results are
// placed by index and merged in the sources' order, so the output does not
// depend on the number of threads; then duplicate ids are found.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <tuple>

#include "load/bid_loader.hpp"
#include "load/csv_bids.hpp"
#include "load/own_outputs.hpp"
#include "load/read_file.hpp"
#include "support/sha256.hpp"
#include "support/sort_once.hpp"
#include "support/workers.hpp"

namespace aser {
namespace {

namespace fs = std::filesystem;

BidSet unreadable(const BidSource& source, const std::string& id, Diagnostic problem) {
  BidSet set;
  set.diagnostics.push_back(problem);
  set.invalid.push_back({id, source.display_name, {}, {std::move(problem)}, {}, std::nullopt});
  return set;
}

std::string extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// `out_id`: the device and inode of aser's standard output (stdout_file_id).
BidSet read_one(const BidSource& source, const Limits& limits, const CsvReadOptions& csv,
                std::pair<unsigned long, unsigned long> out_id, const LineNeeded& keep_line) {
  if (source.path == "-") {
    // Read up to one byte past the limit (load_inputs): say so, not "the file".
    if (source.text.size() > limits.max_bytes) {
      FileRead over = stream_too_large(limits.max_bytes);
      return unreadable(source, "stdin", file_problem(source.display_name, over.error, over.hint));
    }
    return load_bid_text(source.text, source.display_name, "stdin", FileFormat::yaml, limits,
                         keep_line);
  }
  // The id from the name as shown: a file name that is not UTF-8 gives a printable id.
  const std::string id = fs::path(source.display_name).stem().string();
  FileRead file = read_file_limited(source.path, limits.max_bytes, source.seen_regular);
  const std::string ext = extension(source.path);
  if (!file.text)
    return unreadable(source, id, file_problem(source.display_name, file.error, file.hint));
  // aser's own outputs in a bid folder (issue 9, case 4), told from the bytes
  // just read: no second open and read of every file.
  if (source.found_in_folder) {
    const bool is_stdout =
        out_id.second != 0 && file.device == out_id.first && file.inode == out_id.second;
    if (std::string why = own_output_in(*file.text, ext, is_stdout); !why.empty()) {
      BidSet set;
      set.skipped.push_back({source.display_name, std::move(why)});
      return set;
    }
  }
  if (ext == ".csv")  // a table: one bid per row
    return load_bid_table(*file.text, source.display_name, id, csv, limits);
  return load_bid_text(*file.text, source.display_name, id,
                       ext == ".json" ? FileFormat::json : FileFormat::yaml, limits, keep_line);
}

Diagnostic duplicate(const std::string& id, const std::string& file, Position pos,
                     const std::string& other) {
  Diagnostic d = file_problem(file, "duplicate bid id '" + id + "' (also in '" + other + "')",
                              "ids must be unique across all lots; set 'id:' in one of the files");
  d.pos = pos;
  return d;
}

// Bids sharing an id all become invalid: aser cannot tell which one is meant.
// Invalid bids count too (their id is their `id`, or their file stem). A
// readable bid with a shared id is kept in `shared_ids` so that check_answers
// can still list its other problems.
void move_duplicates(BidSet& set) {
  // Nearly always every id is unique: told by sorting the ids, with no map of
  // 10,000 entries and no second vector of bids.
  std::vector<std::string_view> ids;
  ids.reserve(set.bids.size() + set.invalid.size());
  for (const Bid& bid : set.bids) ids.push_back(bid.id);
  for (const InvalidBid& bid : set.invalid) ids.push_back(bid.id);
  std::sort(ids.begin(), ids.end());
  if (std::adjacent_find(ids.begin(), ids.end()) == ids.end()) return;
  struct Holder {
    std::string file;
    Position pos;
    std::optional<std::size_t> bid;      // index in set.bids
    std::optional<std::size_t> invalid;  // index in set.invalid
  };
  std::map<std::string, std::vector<Holder>> by_id;
  for (std::size_t i = 0; i < set.bids.size(); ++i)
    by_id[set.bids[i].id].push_back({set.bids[i].file, set.bids[i].id_pos, i, std::nullopt});
  for (std::size_t i = 0; i < set.invalid.size(); ++i)
    by_id[set.invalid[i].id].push_back({set.invalid[i].file, {}, std::nullopt, i});
  std::vector<bool> moved(set.bids.size(), false);
  std::vector<InvalidBid> added;
  for (auto& [id, holders] : by_id) {
    if (holders.size() < 2) continue;
    std::stable_sort(holders.begin(), holders.end(),
                     [](const Holder& a, const Holder& b) { return a.file < b.file; });
    for (std::size_t k = 0; k < holders.size(); ++k) {
      const Holder& holder = holders[k];
      // Two rows of one CSV table: the other one's row tells them apart.
      const Holder& other = holders[k == 0 ? 1 : 0];
      const std::string where = other.file == holder.file && other.pos.known()
                                    ? other.file + ":" + std::to_string(other.pos.line)
                                    : other.file;
      Diagnostic d = duplicate(id, holder.file, holder.pos, where);
      set.diagnostics.push_back(d);
      if (holder.invalid) {
        set.invalid[*holder.invalid].problems.push_back(std::move(d));
      } else {
        Bid& bid = set.bids[*holder.bid];
        added.push_back({bid.id, bid.file, bid.sha256, {std::move(d)}, bid.supplier, bid.lot});
        moved[*holder.bid] = true;
      }
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < set.bids.size(); ++i) {
    if (moved[i])
      set.shared_ids.push_back(std::move(set.bids[i]));
    else if (kept++ != i)
      set.bids[kept - 1] = std::move(set.bids[i]);
  }
  set.bids.resize(kept);
  for (InvalidBid& bid : added) set.invalid.push_back(std::move(bid));
}

}  // namespace

BidSet read_bids(const std::vector<BidSource>& sources, unsigned threads, const Limits& limits,
                 const CsvReadOptions& csv, const LineNeeded& keep_line) {
  // Most files hold one bid and nothing else: it goes straight to its place
  // in `single`, and the file's set is dropped on the spot. Only the other
  // files (a CSV table, a problem, a skipped file) keep their set. A set per
  // file (4 MB at 10,000 files) and the bids gathered from them into a new
  // vector (3 MB more) were the peak of a run on JSON bids.
  std::vector<Bid> single(sources.size());
  std::vector<char> has_single(sources.size(), 0);
  std::vector<std::unique_ptr<BidSet>> others(sources.size());
  unsigned count = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
  count = static_cast<unsigned>(std::min<std::size_t>(count, sources.size()));
  std::atomic<std::size_t> next{0};
  const std::pair<unsigned long, unsigned long> out_id = stdout_file_id();
  auto work = [&] {
    for (std::size_t i = next++; i < sources.size(); i = next++) {
      BidSet one = read_one(sources[i], limits, csv, out_id, keep_line);
      if (one.bids.size() == 1 && one.invalid.empty() && one.diagnostics.empty() &&
          one.shared_ids.empty() && one.skipped.empty()) {
        single[i] = std::move(one.bids.front());
        has_single[i] = 1;
      } else {
        others[i] = std::make_unique<BidSet>(std::move(one));
      }
    }
  };
  run_together(count, work);

  // In the sources' order, as before: the files of one bid where they are,
  // the others' bids between them (then a new vector, sized once).
  BidSet set;
  bool in_place = true;
  std::size_t bids = 0;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (has_single[i]) ++bids;
    if (others[i]) {
      bids += others[i]->bids.size();
      in_place = in_place && others[i]->bids.empty();
    }
  }
  if (in_place) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < single.size(); ++i)
      if (has_single[i] && kept++ != i) single[kept - 1] = std::move(single[i]);
    single.resize(kept);
    set.bids = std::move(single);
  } else {
    set.bids.reserve(bids);
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (has_single[i]) set.bids.push_back(std::move(single[i]));
      if (others[i])
        for (Bid& bid : others[i]->bids) set.bids.push_back(std::move(bid));
    }
    single = {};
  }
  for (std::unique_ptr<BidSet>& one : others) {
    if (!one) continue;
    for (InvalidBid& bid : one->invalid) set.invalid.push_back(std::move(bid));
    for (Diagnostic& d : one->diagnostics) set.diagnostics.push_back(std::move(d));
    for (SkippedFile& file : one->skipped) set.skipped.push_back(std::move(file));
    one.reset();
  }
  std::vector<std::unique_ptr<BidSet>>().swap(others);
  move_duplicates(set);
  stable_sort_once(set.bids, [](const Bid& a, const Bid& b) { return a.id < b.id; });
  std::stable_sort(set.invalid.begin(), set.invalid.end(),
                   [](const InvalidBid& a, const InvalidBid& b) {
                     return std::tie(a.id, a.file) < std::tie(b.id, b.file);
                   });
  return set;
}

}  // namespace aser
