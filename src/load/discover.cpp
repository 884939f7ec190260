// discover_bids: paths given on the command line -> bid files, in a stable
// order. Folders are searched recursively; hidden entries and criteria.yaml are
// skipped; files are recognised by their extension, in any case.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <unordered_set>

#include "load/bid_loader.hpp"
#include "load/own_outputs.hpp"
#include "load/read_file.hpp"
#include "support/sort_once.hpp"

namespace aser {
namespace {

namespace fs = std::filesystem;

bool by_display_name(const BidSource& a, const BidSource& b) {
  return a.display_name < b.display_name;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return text;
}

// Tests on a walked entry's name as text, without making paths of it (the
// walk meets tens of thousands of files: a path per test was a tenth of it).
std::string_view file_name_of(const std::string& native) {
  const std::size_t slash = native.rfind('/');
  return slash == std::string::npos ? std::string_view(native)
                                    : std::string_view(native).substr(slash + 1);
}

bool is_bid_name(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;  // ".yaml" has no extension
  const std::string ext = lower(std::string(name.substr(dot)));
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".csv";
}

bool is_bid_extension(const fs::path& path) {
  return is_bid_name(path.filename().string());
}

bool is_grid_name(std::string_view name) {
  return name == "criteria.yaml";
}

bool is_grid_file(const fs::path& path) {
  return is_grid_name(path.filename().string());
}

bool is_decisions_name(std::string_view name) {
  return name == "decisions.yaml";
}

bool is_decisions_file(const fs::path& path) {
  return is_decisions_name(path.filename().string());
}

std::string reason(const std::error_code& ec) {
  std::string text = ec.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// What a file that is not a bid is, for the list of skipped files.
std::string why_skipped(const fs::path& path, const fs::directory_entry& entry) {
  struct stat info;
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISFIFO(info.st_mode)) return "a fifo, not a bid file";
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) return "a device, not a bid file";
    if (S_ISSOCK(info.st_mode)) return "a socket, not a bid file";
  } else if (std::error_code ec; entry.is_symlink(ec)) {
    return "a broken link, not a bid file";
  }
  const std::string ext = path.extension().string();
  return ext.empty() ? "not a bid file (no extension)"
                     : "not a bid file (" + printable_path(ext) + ")";
}

// Every bid file under `folder`, with its display name: the folder as given,
// then the path below it as walked (links are not resolved in names; bytes
// that are not UTF-8 are shown escaped). Links to folders are followed; one
// that leads back into a folder being walked is a loop, skipped with a
// warning. A file with a bid's extension is a bid even when it is not a
// regular file (a fifo, a device, a broken link): reading it fails with a
// message, so that it is listed as invalid, never dropped. Every other entry
// goes to `skipped`. The files come out sorted by display name.
void walk(const std::string& folder, std::vector<BidSource>& out, Diagnostics& all_diagnostics,
          std::vector<SkippedFile>& skipped) {
  Diagnostics diagnostics;  // sorted by file at the end: the walk's order is the disk's
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::follow_directory_symlink, ec);
  if (ec) {
    all_diagnostics.push_back(
        file_problem(printable_path(folder), "cannot read the folder: " + reason(ec)));
    return;
  }
  // Display names: the folder as given, made lexically normal once, then the
  // path below it as walked (the iterator joins names onto `folder`: no
  // lexically_relative and lexically_normal per file, a twentieth of a run).
  std::string prefix = fs::path(folder).lexically_normal().generic_string();
  while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
  if (prefix == ".")
    prefix.clear();
  else if (prefix != "/")
    prefix += '/';
  auto display_name = [&](const fs::path& path) {
    const std::string& native = path.native();
    if (native.size() > folder.size() && native.compare(0, folder.size(), folder) == 0) {
      std::size_t from = folder.size();
      while (from < native.size() && native[from] == '/') ++from;
      return printable_path(prefix + native.substr(from));
    }
    return printable_path(
        (fs::path(folder) / path.lexically_relative(folder)).lexically_normal().generic_string());
  };
  // chain[d]: the real path of the folder whose entries are at depth d.
  std::vector<fs::path> chain{fs::weakly_canonical(folder, ec)};
  // The same as text ending in '/', for the real paths of the files found.
  auto as_folder = [](const fs::path& real) {
    std::string text = real.string();
    if (!text.empty() && text.back() != '/') text += '/';
    return text;
  };
  std::vector<std::string> chain_text{as_folder(chain[0])};
  std::vector<BidSource> found;
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      diagnostics.push_back(
          file_problem(printable_path(folder), "cannot read the folder: " + reason(ec)));
      break;
    }
    const fs::path& path = it->path();
    const std::string_view file_name = file_name_of(path.native());
    std::string name = display_name(path);
    std::error_code type_ec;
    if (file_name.size() > 1 && file_name[0] == '.' && file_name != "..") {  // hidden
      const bool is_folder = it->is_directory(type_ec);
      if (is_folder) it.disable_recursion_pending();
      // `.aser/` holds the schemas `aser init` wrote: aser's own, not a
      // stray file the buyer should be told about on every run.
      if (!(is_folder && path.filename() == ".aser"))
        skipped.push_back({name, is_folder ? "a hidden folder" : "a hidden file"});
      continue;
    }
    if (it->is_directory(type_ec)) {
      chain.resize(static_cast<std::size_t>(it.depth()) + 1);
      chain_text.resize(chain.size());
      const fs::path real = fs::weakly_canonical(path, type_ec);
      if (std::find(chain.begin(), chain.end(), real) != chain.end()) {
        it.disable_recursion_pending();
        const std::string loop =
            "this folder link loops back to '" + printable_path(real.generic_string()) + "'";
        diagnostics.push_back(file_problem(name, "skipped: " + loop, {}, Severity::warning));
        skipped.push_back({name, loop});
      } else if (::access(path.c_str(), R_OK | X_OK) != 0) {
        // Not entered: the iterator would stop the whole walk on it. Its bids
        // cannot even be listed, so this is an error, not a skip.
        it.disable_recursion_pending();
        diagnostics.push_back(file_problem(name, "cannot read the folder: permission denied",
                                           "give aser read access to it (chmod a+rx), or move "
                                           "it out of the bids folder"));
      } else {
        chain.push_back(real);
        chain_text.push_back(as_folder(real));
      }
      continue;
    }
    if (is_grid_name(file_name)) {
      skipped.push_back({name, "the grid: a criteria.yaml is never a bid"});
      continue;
    }
    if (is_decisions_name(file_name)) {
      skipped.push_back({name, "the committee's decisions: a decisions.yaml is never a bid"});
      continue;
    }
    if (is_bid_name(file_name)) {
      // aser's own reports, blank forms, schemas and standard output (issue 9,
      // case 4) are told apart when read (read_bids), from the same bytes.
      BidSource source{path.string(), std::move(name), {}, true, {}};
      // Not a link: its real path is its folder's, which the walk knows.
      const auto depth = static_cast<std::size_t>(it.depth());
      if (!it->is_symlink(type_ec) && !type_ec && depth < chain.size() && !chain[depth].empty())
        source.real_path = chain_text[depth] + std::string(file_name);
      // (From the entry's type as the folder listing gave it: no system call.)
      source.seen_regular = !it->is_symlink(type_ec) && it->is_regular_file(type_ec) && !type_ec;
      found.push_back(std::move(source));
    } else
      skipped.push_back({name, why_skipped(path, *it)});
  }
  // Display names are unique in one walk: the stable sort gives sort's order,
  // moving each source once (std::sort moved them a third of the walk).
  stable_sort_once(found, by_display_name);
  out.insert(out.end(), std::make_move_iterator(found.begin()),
             std::make_move_iterator(found.end()));
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });
  all_diagnostics.insert(all_diagnostics.end(), diagnostics.begin(), diagnostics.end());
}

// The same file named twice (`b1` and `./b1/a.yaml`, or through a link) is read
// once, under the first name given: paths in command-line order, each folder's
// files by name.
void remove_repeats(std::vector<BidSource>& sources) {
  // Real paths are absolute and normal: equal paths are equal texts (a set of
  // fs::path compared them part by part, a tenth of a 10,000-file walk).
  std::unordered_set<std::string> seen;
  seen.reserve(sources.size());
  std::size_t kept = 0;  // kept in place, in order
  for (std::size_t i = 0; i < sources.size(); ++i) {
    BidSource& source = sources[i];
    std::string real;
    if (source.path == "-") {
      real = "-";
    } else if (!source.real_path.empty()) {
      real = source.real_path;  // known from the walk: no path made of it
    } else {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(source.path, ec);
      if (ec) canonical = fs::absolute(source.path, ec).lexically_normal();
      real = canonical.string();
    }
    if (!seen.insert(std::move(real)).second) continue;
    if (kept != i) sources[kept] = std::move(source);
    ++kept;
  }
  sources.erase(sources.begin() + static_cast<std::ptrdiff_t>(kept), sources.end());
}

// The error of a run with no bid: one per folder searched, or none given.
void nothing_found(const std::vector<std::string>& folders, Diagnostics& diagnostics) {
  if (folders.empty()) {
    diagnostics.push_back(file_problem("aser", "no bid files given", "name a folder or bid files"));
    return;
  }
  for (const std::string& folder : folders)
    diagnostics.push_back(file_problem(folder, "no bid files found in '" + folder + "'",
                                       "bid files end in .yaml, .yml, .json or .csv; hidden "
                                       "files and criteria.yaml are skipped"));
}

}  // namespace

void no_bids_in_folders(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  std::vector<std::string> folders;
  for (const std::string& given : paths) {
    std::error_code ec;
    if (given != "-" && fs::is_directory(given, ec)) folders.push_back(printable_path(given));
  }
  nothing_found(folders, diagnostics);
}

std::vector<BidSource> discover_bids(const std::vector<std::string>& paths,
                                     Diagnostics& diagnostics, std::vector<SkippedFile>* skipped) {
  std::vector<SkippedFile> skipped_here;
  std::vector<BidSource> sources;
  std::vector<std::string> folders;
  const std::size_t errors_before = diagnostics.size();
  bool stdin_named = false;
  for (const std::string& given : paths) {
    const std::string path = printable_path(given);
    if (given == "-") {
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
    const fs::file_status status = fs::status(given, ec);
    if (!fs::exists(status) && fs::is_symlink(fs::symlink_status(given, ec)) &&
        is_bid_extension(given)) {
      sources.push_back({given, path, {}});  // a broken link or a loop: reading it says which
    } else if (!fs::exists(status)) {
      diagnostics.push_back(file_problem(path, "no such file or folder"));
    } else if (fs::is_directory(status)) {
      folders.push_back(path);
      walk(given, sources, diagnostics, skipped_here);
    } else if (!is_bid_extension(path)) {
      diagnostics.push_back(
          file_problem(path, "not a bid file", "bid files end in .yaml, .yml, .json or .csv"));
    } else if (is_grid_file(path)) {
      diagnostics.push_back(file_problem(path, "skipped: a criteria.yaml is a grid, never a bid",
                                         "give a grid with -c", Severity::warning));
      skipped_here.push_back({path, "the grid: a criteria.yaml is never a bid"});
    } else if (is_decisions_file(path)) {
      diagnostics.push_back(file_problem(path,
                                         "skipped: a decisions.yaml holds the committee's "
                                         "decisions, never a bid",
                                         "give it with --decisions", Severity::warning));
      skipped_here.push_back({path, "the committee's decisions: a decisions.yaml is never a bid"});
    } else if (std::string why = own_output_file(given); !why.empty()) {
      diagnostics.push_back(file_problem(path, "skipped: " + why, {}, Severity::warning));
      skipped_here.push_back({path, why});
    } else {
      sources.push_back({given, path, {}});
    }
  }
  std::stable_sort(skipped_here.begin(), skipped_here.end(),
                   [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
  if (skipped) skipped->insert(skipped->end(), skipped_here.begin(), skipped_here.end());
  remove_repeats(sources);
  // One folder given (the usual run): its walk is sorted already.
  if (!std::is_sorted(sources.begin(), sources.end(), by_display_name))
    stable_sort_once(sources, by_display_name);
  // An empty set of bids is an invalid input (DESIGN section 10).
  if (sources.empty() &&
      !has_errors(Diagnostics(diagnostics.begin() + errors_before, diagnostics.end())))
    nothing_found(folders, diagnostics);
  return sources;
}

}  // namespace aser
