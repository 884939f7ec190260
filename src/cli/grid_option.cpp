#include "cli/grid_option.hpp"

#include <filesystem>

#include "cli/builtin_grids.hpp"
#include "load/document.hpp"
#include "load/grid_loader.hpp"
#include "load/read_file.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace fs = std::filesystem;

GridOption load_grid_option(const std::string& option, bool fall_back_to_default) {
  GridOption out;
  std::string path = option;
  std::error_code ec;
  if (path.empty()) {
    if (fs::is_regular_file("criteria.yaml", ec)) {
      path = "criteria.yaml";
    } else if (fall_back_to_default) {
      path = std::string(default_grid_name);
    } else {
      out.diagnostics.push_back(file_problem(
          "criteria.yaml", "no such file in the current folder, and no grid given with -c",
          "give one with -c: a grid file (-c path/to/criteria.yaml) or a built-in grid "
          "(-c aser-default; 'aser grids' lists them)"));
      return out;
    }
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
