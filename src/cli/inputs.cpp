#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/builtin_grids.hpp"
#include "cli/grid_option.hpp"
#include "load/decisions.hpp"
#include "load/document.hpp"
#include "load/grid_loader.hpp"
#include "load/read_file.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> builtin_names() {
  std::vector<std::string> names;
  for (const BuiltinGrid& grid : builtin_grids()) names.push_back(grid.name);
  return names;
}

struct GridText {
  std::string text;
  std::string display_name;
  bool found = false;
  std::string path;  ///< the file read, when the grid is a file
};

GridText locate_grid(const InputOptions& options, Diagnostics& diagnostics) {
  GridText grid;
  std::string path = options.grid;
  // DESIGN section 6: with no -c, the criteria.yaml in the PATH given or its
  // nearest parent up to the current folder; a built-in grid only when named.
  if (path.empty()) {
    FileSearch search = search_upwards("criteria.yaml", options.paths);
    if (search.found.empty()) {
      diagnostics.push_back(no_grid_found(search.looked_in));
      return grid;
    }
    path = search.found;
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (const BuiltinGrid* builtin = find_builtin_grid(path))
      return {std::string(builtin->text), "built-in:" + builtin->name, true, {}};
    std::string hint = did_you_mean(path, builtin_names());
    if (hint.empty())
      hint = "give a grid file, or one of the built-in grids listed by 'aser grids'";
    diagnostics.push_back(file_problem(
        printable_path(path), "no such grid file, and no built-in grid of that name", hint));
    return grid;
  }
  FileRead file = read_file_limited(path, options.limits.max_bytes);
  if (!file.text) {
    diagnostics.push_back(file_problem(printable_path(path), file.error, file.hint));
    return grid;
  }
  return {std::move(*file.text), printable_path(path), true, path};
}

// The decisions file: --decisions, else a decisions.yaml beside the grid file,
// else (a built-in grid) one found from the PATHs as a grid would be. "" if none.
std::string locate_decisions(const InputOptions& options, const GridText& grid) {
  if (!options.decisions.empty()) return options.decisions;
  std::error_code ec;
  if (!grid.path.empty()) {
    fs::path beside = fs::path(grid.path).parent_path() / "decisions.yaml";
    return fs::is_regular_file(beside, ec) ? beside.lexically_normal().generic_string() : "";
  }
  return search_upwards("decisions.yaml", options.paths).found;
}

void load_decisions_file(const std::string& path, const InputOptions& options, Inputs& inputs) {
  FileRead file = read_file_limited(path, options.limits.max_bytes);
  if (!file.text) {
    inputs.diagnostics.push_back(file_problem(printable_path(path), file.error, file.hint));
    return;
  }
  DecisionsLoad loaded =
      load_decisions(*file.text, printable_path(path), inputs.bids, options.limits);
  inputs.diagnostics.insert(inputs.diagnostics.end(), loaded.diagnostics.begin(),
                            loaded.diagnostics.end());
  inputs.decisions = std::move(loaded.decisions);
}

// A file of the bid folders that is the grid or the decisions in use is
// accounted for as such: not "skipped".
void not_skipped(std::vector<SkippedFile>& skipped, const std::string& path) {
  std::error_code ec;
  skipped.erase(
      std::remove_if(skipped.begin(), skipped.end(),
                     [&](const SkippedFile& file) { return fs::equivalent(file.file, path, ec); }),
      skipped.end());
}

}  // namespace

Inputs load_inputs(const InputOptions& options) {
  Inputs inputs;

  // With no PATH, the current folder: its criteria.yaml counts as "beside the bids".
  InputOptions resolved = options;
  if (resolved.paths.empty()) resolved.paths.push_back(".");

  // 1. The grid: -c, else the criteria.yaml of the bids' folder or a parent.
  GridText grid_text = locate_grid(resolved, inputs.diagnostics);
  if (grid_text.found) {
    inputs.grid_origin = grid_text.display_name;
    GridLoad loaded = load_grid(grid_text.text, grid_text.display_name, options.limits);
    inputs.diagnostics.insert(inputs.diagnostics.end(), loaded.diagnostics.begin(),
                              loaded.diagnostics.end());
    inputs.grid = std::move(loaded.grid);
  }

  // 2. The bid files: folders searched recursively, "-" read from stdin.
  const std::size_t found_from = inputs.diagnostics.size();
  std::vector<BidSource> sources =
      discover_bids(resolved.paths, inputs.diagnostics, &inputs.skipped);
  // The criteria.yaml in use is the grid, accounted for as such: not "skipped".
  if (grid_text.found && !grid_text.path.empty()) not_skipped(inputs.skipped, grid_text.path);
  // Standard input is read up to one byte past the size limit, so that an
  // endless or huge stream is refused, not kept.
  for (BidSource& source : sources)
    if (source.path == "-") source.text = read_stream_prefix(std::cin, options.limits.max_bytes);

  // 3. Read and parse them on every core, then check the answers against the grid.
  // CSV tables: a French grid implies a decimal comma (docs/bid-format.md).
  const CsvReadOptions csv{options.csv_sep,
                           options.decimal_comma || (inputs.grid && inputs.grid->language == "fr")};
  inputs.bids = read_bids(sources, options.jobs, options.limits, csv,
                          inputs.grid ? lines_for_checks(*inputs.grid) : LineNeeded());
  sources = {};  // the bids hold what they need of them: 2 MB less at 10,000 bids
  // aser's own outputs among the files found, told apart as they were read.
  if (!inputs.bids.skipped.empty()) {
    inputs.skipped.insert(inputs.skipped.end(), inputs.bids.skipped.begin(),
                          inputs.bids.skipped.end());
    std::stable_sort(inputs.skipped.begin(), inputs.skipped.end(),
                     [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
    const BidSet& read = inputs.bids;
    if (read.bids.empty() && read.invalid.empty() && read.shared_ids.empty() &&
        !has_errors(
            Diagnostics(inputs.diagnostics.begin() + static_cast<std::ptrdiff_t>(found_from),
                        inputs.diagnostics.end())))
      no_bids_in_folders(resolved.paths, inputs.diagnostics);
  }
  if (inputs.grid) check_answers(*inputs.grid, inputs.bids);
  inputs.diagnostics.insert(inputs.diagnostics.end(), inputs.bids.diagnostics.begin(),
                            inputs.bids.diagnostics.end());

  // 4. The committee's decisions, checked against the bids read.
  if (std::string path = locate_decisions(resolved, grid_text); !path.empty()) {
    load_decisions_file(path, options, inputs);
    not_skipped(inputs.skipped, path);
  }
  return inputs;
}

}  // namespace aser
