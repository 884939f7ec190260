// discover_bids: paths given on the command line -> bid files, in a stable
// order. Folders are searched recursively; hidden entries and criteria.yaml are
// skipped; files are recognised by their extension, in any case.
#include <algorithm>
#include <filesystem>
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

Diagnostic path_error(const std::string& path, std::string message, std::string hint = {}) {
  Diagnostic d;
  d.file = path;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

std::string reason(const std::error_code& ec) {
  std::string text = ec.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// A bid is never dropped silently: a table of bids that cannot be read yet is an error.
Diagnostic csv_error(const std::string& name) {
  return path_error(name, "CSV tables of bids are not supported by this version",
                    "write one YAML or JSON file per bid");
}

// Every bid file under `folder`, with its display name (the folder as given, then the relative
// path).
void walk(const std::string& folder, std::vector<BidSource>& out, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
  if (ec) {
    diagnostics.push_back(path_error(folder, "cannot read the folder: " + reason(ec)));
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      diagnostics.push_back(path_error(folder, "cannot read the folder: " + reason(ec)));
      return;
    }
    const fs::path& path = it->path();
    std::error_code type_ec;
    if (is_hidden(path)) {
      if (it->is_directory(type_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(type_ec) || is_grid_file(path)) continue;
    const std::string name = (fs::path(folder) / fs::relative(path, folder, type_ec))
                                 .lexically_normal()
                                 .generic_string();
    if (!it->is_regular_file(type_ec)) {
      // Opening a fifo would block for ever; say what was skipped rather than hang.
      if (is_bid_extension(path) || is_csv(path)) {
        Diagnostic skipped =
            path_error(name, "skipped: not a regular file (a fifo, a device or a broken link)");
        skipped.severity = Severity::warning;
        diagnostics.push_back(std::move(skipped));
      }
      continue;
    }
    if (is_csv(path))
      diagnostics.push_back(csv_error(name));
    else if (is_bid_extension(path))
      out.push_back({path.string(), name, {}});
  }
}

}  // namespace

std::vector<BidSource> discover_bids(const std::vector<std::string>& paths,
                                     Diagnostics& diagnostics) {
  std::vector<BidSource> sources;
  std::vector<std::string> folders;
  const std::size_t errors_before = diagnostics.size();
  for (const std::string& path : paths) {
    if (path == "-") {
      sources.push_back({"-", "<stdin>", {}});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      diagnostics.push_back(path_error(path, "no such file or folder"));
    } else if (fs::is_directory(status)) {
      folders.push_back(path);
      walk(path, sources, diagnostics);
    } else if (is_csv(path)) {
      diagnostics.push_back(csv_error(path));
    } else if (!is_bid_extension(path)) {
      diagnostics.push_back(
          path_error(path, "not a bid file", "bid files end in .yaml, .yml or .json"));
    } else if (is_grid_file(path)) {
      Diagnostic skipped = path_error(path, "skipped: a criteria.yaml is a grid, never a bid",
                                      "give a grid with -c");
      skipped.severity = Severity::warning;
      diagnostics.push_back(std::move(skipped));
    } else {
      sources.push_back({path, path, {}});
    }
  }
  std::sort(sources.begin(), sources.end(),
            [](const BidSource& a, const BidSource& b) { return a.display_name < b.display_name; });
  sources.erase(std::unique(sources.begin(), sources.end(),
                            [](const BidSource& a, const BidSource& b) {
                              return a.display_name == b.display_name;
                            }),
                sources.end());
  // An empty set of bids is an invalid input (DESIGN section 10).
  if (sources.empty() &&
      !has_errors(Diagnostics(diagnostics.begin() + errors_before, diagnostics.end()))) {
    if (folders.empty()) {
      diagnostics.push_back(path_error("aser", "no bid files given", "name a folder or bid files"));
    } else {
      for (const std::string& folder : folders)
        diagnostics.push_back(path_error(
            folder, "no bid files found in '" + folder + "'",
            "bid files end in .yaml, .yml or .json; hidden files and criteria.yaml are skipped"));
    }
  }
  return sources;
}

}  // namespace aser
