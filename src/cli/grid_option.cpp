#include "cli/grid_option.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/builtin_grids.hpp"
#include "load/document.hpp"
#include "load/grid_loader.hpp"
#include "load/read_file.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace fs = std::filesystem;

namespace {

// `inner` is `outer` or below it (both canonical).
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto mismatch = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return mismatch.first == outer.end();
}

std::string shown(const fs::path& folder) {
  std::string text = folder.generic_string();
  if (text.size() > 1 && text.back() == '/') text.pop_back();
  return text.empty() ? "." : text;
}

}  // namespace

FileSearch search_upwards(const std::string& name, const std::vector<std::string>& paths) {
  FileSearch search;
  std::error_code ec;
  const fs::path cwd = fs::weakly_canonical(fs::current_path(ec), ec);
  std::vector<std::string> starts;
  for (const std::string& path : paths)
    if (path != "-") starts.push_back(path);
  if (starts.empty()) starts.push_back(".");  // no PATH, or stdin only: the current folder
  for (const std::string& start : starts) {
    fs::path folder = fs::is_directory(start, ec) ? fs::path(start) : fs::path(start).parent_path();
    folder = folder.lexically_normal();
    if (folder.empty()) folder = ".";
    const bool below = is_within(fs::weakly_canonical(folder, ec), cwd);
    for (int depth = 0; depth < 256; ++depth) {
      const std::string display = shown(folder);
      if (std::find(search.looked_in.begin(), search.looked_in.end(), display) ==
          search.looked_in.end())
        search.looked_in.push_back(display);
      const fs::path candidate = (folder / name).lexically_normal();
      if (fs::is_regular_file(candidate, ec)) {
        search.found = candidate.generic_string();
        return search;
      }
      const fs::path real = fs::weakly_canonical(folder, ec);
      if (!below || real == cwd || real == real.parent_path()) break;
      folder = (folder / "..").lexically_normal();
      if (folder.empty()) folder = ".";
    }
  }
  return search;
}

Diagnostic no_grid_found(const std::vector<std::string>& looked_in) {
  std::string where;
  for (std::size_t i = 0; i < looked_in.size(); ++i)
    where += (i == 0                      ? ""
              : i + 1 == looked_in.size() ? " and "
                                          : ", ") +
             ("'" + looked_in[i] + "'");
  std::string names;
  for (const BuiltinGrid& grid : builtin_grids()) names += (names.empty() ? "" : ", ") + grid.name;
  return file_problem(
      "criteria.yaml", "no grid given with -c, and no criteria.yaml in " + where,
      "give a grid file (-c path/to/criteria.yaml) or a built-in grid by name (-c " + names + ")");
}

GridOption load_grid_option(const std::string& option) {
  GridOption out;
  std::string path = option;
  std::error_code ec;
  if (path.empty()) {
    FileSearch search = search_upwards("criteria.yaml", {});
    if (search.found.empty()) {
      out.diagnostics.push_back(no_grid_found(search.looked_in));
      return out;
    }
    path = search.found;
  }
  if (!fs::exists(path, ec)) {
    const BuiltinGrid* builtin = find_builtin_grid(path);
    if (builtin == nullptr) {
      std::vector<std::string> names;
      for (const BuiltinGrid& grid : builtin_grids()) names.push_back(grid.name);
      std::string hint = did_you_mean(path, names);
      if (hint.empty())
        hint = "give a grid file, or one of the built-in grids listed by 'aser grids'";
      out.diagnostics.push_back(
          file_problem(path, "no such grid file, and no built-in grid of that name", hint));
      return out;
    }
    out.text = std::string(builtin->text);
    out.display_name = "built-in:" + builtin->name;
  } else {
    FileRead file = read_file_limited(path, Limits{}.max_bytes);
    if (!file.text) {
      out.diagnostics.push_back(file_problem(path, file.error, file.hint));
      return out;
    }
    out.text = std::move(*file.text);
    out.display_name = path;
  }
  GridLoad loaded = load_grid(out.text, out.display_name);
  out.diagnostics = std::move(loaded.diagnostics);
  out.grid = std::move(loaded.grid);
  return out;
}

}  // namespace aser
