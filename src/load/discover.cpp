// discover_bids: paths given on the command line -> bid files, in a stable
// order. Folders are searched recursively; hidden entries and criteria.yaml are
// skipped; files are recognised by their extension, in any case.
#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "load/bid_loader.hpp"

namespace aser {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return text;
}

bool is_bid_extension(const fs::path& path) {
  const std::string ext = lower(path.extension().string());
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

bool is_grid_file(const fs::path& path) {
  return path.filename() == "criteria.yaml";
}

bool is_csv(const fs::path& path) {
  return lower(path.extension().string()) == ".csv";
}

std::string reason(const std::error_code& ec) {
  std::string text = ec.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// A bid is never dropped silently: a table of bids that cannot be read yet is an error.
Diagnostic csv_error(const std::string& name) {
  return file_problem(name, "CSV tables of bids are not supported by this version",
                      "write one YAML or JSON file per bid");
}

// Every bid file under `folder`, with its display name: the folder as given,
// then the path below it as walked (links are not resolved in names). Links to
// folders are followed; one that leads back into a folder being walked is a
// loop, skipped with a warning. The files come out sorted by display name.
void walk(const std::string& folder, std::vector<BidSource>& out, Diagnostics& all_diagnostics) {
  Diagnostics diagnostics;  // sorted by file at the end: the walk's order is the disk's
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::follow_directory_symlink, ec);
  if (ec) {
    all_diagnostics.push_back(file_problem(folder, "cannot read the folder: " + reason(ec)));
    return;
  }
  // chain[d]: the real path of the folder whose entries are at depth d.
  std::vector<fs::path> chain{fs::weakly_canonical(folder, ec)};
  std::vector<BidSource> found;
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      diagnostics.push_back(file_problem(folder, "cannot read the folder: " + reason(ec)));
      break;
    }
    const fs::path& path = it->path();
    const std::string name =
        (fs::path(folder) / path.lexically_relative(folder)).lexically_normal().generic_string();
    std::error_code type_ec;
    if (is_hidden(path)) {
      if (it->is_directory(type_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(type_ec)) {
      chain.resize(static_cast<std::size_t>(it.depth()) + 1);
      const fs::path real = fs::weakly_canonical(path, type_ec);
      if (std::find(chain.begin(), chain.end(), real) != chain.end()) {
        it.disable_recursion_pending();
        diagnostics.push_back(file_problem(
            name, "skipped: this folder link loops back to '" + real.generic_string() + "'", {},
            Severity::warning));
      } else {
        chain.push_back(real);
      }
      continue;
    }
    if (is_grid_file(path)) continue;
    if (!it->is_regular_file(type_ec)) {
      // Opening a fifo would block for ever; say what was skipped rather than hang.
      if (is_bid_extension(path) || is_csv(path)) {
        diagnostics.push_back(
            file_problem(name, "skipped: not a regular file (a fifo, a device or a broken link)",
                         {}, Severity::warning));
      }
      continue;
    }
    if (is_csv(path))
      diagnostics.push_back(csv_error(name));
    else if (is_bid_extension(path))
      found.push_back({path.string(), name, {}});
  }
  std::sort(found.begin(), found.end(),
            [](const BidSource& a, const BidSource& b) { return a.display_name < b.display_name; });
  out.insert(out.end(), found.begin(), found.end());
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });
  all_diagnostics.insert(all_diagnostics.end(), diagnostics.begin(), diagnostics.end());
}

// The same file named twice (`b1` and `./b1/a.yaml`, or through a link) is read
// once, under the first name given: paths in command-line order, each folder's
// files by name.
void remove_repeats(std::vector<BidSource>& sources) {
  std::set<fs::path> seen;
  std::vector<BidSource> kept;
  for (BidSource& source : sources) {
    std::error_code ec;
    fs::path real = source.path == "-" ? fs::path("-") : fs::weakly_canonical(source.path, ec);
    if (ec) real = fs::absolute(source.path, ec).lexically_normal();
    if (!seen.insert(real).second) continue;
    kept.push_back(std::move(source));
  }
  sources = std::move(kept);
}

}  // namespace

std::vector<BidSource> discover_bids(const std::vector<std::string>& paths,
                                     Diagnostics& diagnostics) {
  std::vector<BidSource> sources;
  std::vector<std::string> folders;
  const std::size_t errors_before = diagnostics.size();
  bool stdin_named = false;
  for (const std::string& path : paths) {
    if (path == "-") {
      // Standard input holds one bid and can be read once.
      if (stdin_named)
        diagnostics.push_back(file_problem("<stdin>", "'-' is given more than once",
                                           "standard input holds one bid: name it once"));
      else
        sources.push_back({"-", "<stdin>", {}});
      stdin_named = true;
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      diagnostics.push_back(file_problem(path, "no such file or folder"));
    } else if (fs::is_directory(status)) {
      folders.push_back(path);
      walk(path, sources, diagnostics);
    } else if (is_csv(path)) {
      diagnostics.push_back(csv_error(path));
    } else if (!is_bid_extension(path)) {
      diagnostics.push_back(
          file_problem(path, "not a bid file", "bid files end in .yaml, .yml or .json"));
    } else if (is_grid_file(path)) {
      diagnostics.push_back(file_problem(path, "skipped: a criteria.yaml is a grid, never a bid",
                                         "give a grid with -c", Severity::warning));
    } else {
      sources.push_back({path, path, {}});
    }
  }
  remove_repeats(sources);
  std::stable_sort(sources.begin(), sources.end(), [](const BidSource& a, const BidSource& b) {
    return a.display_name < b.display_name;
  });
  // An empty set of bids is an invalid input (DESIGN section 10).
  if (sources.empty() &&
      !has_errors(Diagnostics(diagnostics.begin() + errors_before, diagnostics.end()))) {
    if (folders.empty()) {
      diagnostics.push_back(
          file_problem("aser", "no bid files given", "name a folder or bid files"));
    } else {
      for (const std::string& folder : folders)
        diagnostics.push_back(file_problem(
            folder, "no bid files found in '" + folder + "'",
            "bid files end in .yaml, .yml or .json; hidden files and criteria.yaml are skipped"));
    }
  }
  return sources;
}

}  // namespace aser
