// Bid files -> Bids: one bid per YAML/JSON file; finding files in folders;
// reading many files in parallel; checking the answers against the grid.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/csv_options.hpp"
#include "load/document.hpp"
#include "model/bid.hpp"
#include "model/diagnostic.hpp"
#include "model/grid.hpp"

namespace aser {

/// A bid source: a file on disk, or "-" (standard input, already read into `text`).
struct BidSource {
  std::string path;          ///< path to open; "-" for stdin
  std::string display_name;  ///< shown in messages and reports (the path as given)
  std::string text;          ///< stdin's bytes when path is "-"
  /// Found in a folder: aser's own outputs there (reports, blank forms) are
  /// recognised on the bytes read and skipped (a file named on the command
  /// line was checked by discover_bids, with a warning).
  bool found_in_folder = false;
  /// The file's real path when the folder walk knows it (no link in the
  /// last step): spares discover_bids a canonical() per file.
  std::string real_path{};
  /// The walk saw a regular file (not a link): no stat() before opening it.
  bool seen_regular = false;
};

struct BidSet {
  std::vector<Bid> bids;            ///< readable bids, sorted by id
  std::vector<InvalidBid> invalid;  ///< unreadable bids, sorted by id then file, never dropped
  Diagnostics diagnostics;          ///< every error and warning, in a stable order
  /// Readable bids whose id another bid also has: already in `invalid` (by file),
  /// kept so that check_answers lists their other problems too (DESIGN section 6).
  std::vector<Bid> shared_ids;
  /// Files found in folders that are aser's own outputs, in the sources' order.
  std::vector<SkippedFile> skipped;
};

/// Which answers keep the text of their line (Answer::source_line), for a
/// caret under a message about them; empty: every answer. Called from the
/// reading threads, so it must be safe to call from several at once.
using LineNeeded = std::function<bool(const std::string& path)>;

/// The answers check_answers may write a message about: those the grid reads,
/// and unread ones whose path is a near miss of a read one. The other lines
/// (contact details, notes) are not kept: 10,000 bids kept 7 MB of them.
LineNeeded lines_for_checks(const Grid& grid);

/// Parses one bid from text. `fallback_id` is the file stem.
BidSet load_bid_text(std::string_view text, const std::string& display_name,
                     const std::string& fallback_id, FileFormat format, const Limits& limits = {},
                     const LineNeeded& keep_line = {});

/// Expands paths (files, folders searched recursively, "-") into bid sources,
/// sorted by display name. Hidden files/folders and criteria.yaml are skipped;
/// files are found by extension (.yaml .yml .json .csv, any case). Problems
/// (missing path, unreadable folder, nothing found) go to `diagnostics`; the
/// other files found in the folders (not bid files, hidden, the grid, link
/// loops) go to `skipped`, by name, when it is given. Names that are not
/// UTF-8 are shown escaped (printable_path).
std::vector<BidSource> discover_bids(const std::vector<std::string>& paths,
                                     Diagnostics& diagnostics,
                                     std::vector<SkippedFile>* skipped = nullptr);

/// The error discover_bids gives when it finds no bid file, for the folders
/// among `paths`: for when every file found there was aser's own output
/// (known only once read_bids has read them).
void no_bids_in_folders(const std::vector<std::string>& paths, Diagnostics& diagnostics);

/// Reads and parses every source on `threads` threads (0: hardware concurrency).
/// The result does not depend on the number of threads. Duplicate ids are errors,
/// between readable bids and invalid ones alike (an invalid bid's id is its `id`
/// when it could be read, else its file stem).
BidSet read_bids(const std::vector<BidSource>& sources, unsigned threads = 0,
                 const Limits& limits = {}, const CsvReadOptions& csv = {},
                 const LineNeeded& keep_line = {});

/// Checks the answers against the grid: types a rule needs, scale labels,
/// paths no bid answers (error with did-you-mean), near-miss unused paths
/// (one warning per path with the bid count), missing answers with
/// `missing: error`. Bids with errors move from `bids` to `invalid`; the
/// problems of `shared_ids` bids join their entry in `invalid`.
void check_answers(const Grid& grid, BidSet& set);

}  // namespace aser
