// `aser init [DIR] [--grid NAME] [--force]`: a tender to start from. Writes
// DIR/criteria.yaml (a built-in grid, with a schema line for editors), the
// JSON Schemas it points at in DIR/.aser/, and two example bids in
// DIR/offres/, so that `cd DIR && aser rank` works at once. Existing files
// are never overwritten without --force, and then nothing at all is written.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/builtin_grids.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "load/grid_loader.hpp"
#include "publish/form.hpp"
#include "publish/schema.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace fs = std::filesystem;

namespace {

struct File {
  fs::path path;
  std::string text;
};

}  // namespace

int run_init(const InitOptions& options) {
  // 1. The built-in grid, by name.
  const BuiltinGrid* builtin = find_builtin_grid(options.grid);
  if (builtin == nullptr) {
    std::vector<std::string> names;
    for (const BuiltinGrid& grid : builtin_grids()) names.push_back(grid.name);
    print_error("no built-in grid named '" + options.grid + "'");
    std::string hint = did_you_mean(options.grid, names);
    if (hint.empty()) hint = "hint: 'aser grids' lists the built-in grids";
    std::cerr << hint << "\n";
    return exit_usage;
  }
  GridLoad loaded = load_grid(builtin->text, "built-in:" + builtin->name);
  if (!loaded.grid) {  // a built-in grid always loads: its tests say so
    print_diagnostics(loaded.diagnostics);
    print_error("the built-in grid '" + builtin->name + "' does not load");
    return exit_internal;
  }
  const Grid& grid = *loaded.grid;

  // 2. What to write: the grid with a schema line, the schemas, two example bids.
  const fs::path dir(options.dir);
  std::vector<File> files;
  files.push_back(
      {dir / "criteria.yaml",
       "# yaml-language-server: $schema=.aser/grid.schema.json\n" + std::string(builtin->text)});
  files.push_back({dir / ".aser" / "grid.schema.json", grid_schema_json()});
  files.push_back({dir / ".aser" / "bid.schema.json", bid_schema_json(grid)});
  for (int n = 1; n <= 2; ++n)
    files.push_back(
        {dir / "offres" / ("exemple-" + std::to_string(n) + ".yaml"),
         "# yaml-language-server: $schema=../.aser/bid.schema.json\n" + example_bid_yaml(grid, n)});

  // 3. Nothing is overwritten without --force: every file in the way is named.
  if (!options.force) {
    bool blocked = false;
    for (const File& file : files) {
      std::error_code ec;
      if (fs::exists(fs::symlink_status(file.path, ec))) {
        print_error("'" + file.path.generic_string() + "' exists");
        blocked = true;
      }
    }
    if (blocked) {
      std::cerr << "hint: nothing was written; give --force to overwrite, or choose another "
                   "folder ('aser init DIR')\n";
      return exit_invalid_input;
    }
  }

  // 4. The folders, then each file atomically.
  for (const File& file : files) {
    std::error_code ec;
    fs::create_directories(
        file.path.parent_path().empty() ? fs::path(".") : file.path.parent_path(), ec);
    if (ec) {
      print_error("cannot create the folder '" + file.path.parent_path().generic_string() +
                  "': " + ec.message());
      return exit_invalid_input;
    }
    if (std::string error = write_file_atomically(file.path.string(), file.text); !error.empty()) {
      print_error(error);
      return exit_invalid_input;
    }
  }

  // 5. What was written, and what to do next.
  std::cout << "aser init: a tender from the grid '" << builtin->name << "'\n";
  for (const File& file : files) std::cout << "  wrote " << file.path.generic_string() << "\n";
  const std::string cd = dir == fs::path(".") ? "" : "cd " + dir.generic_string() + " && ";
  std::cout << "next: " << cd << "aser rank\n"
            << "      edit criteria.yaml, then send the bid form: aser form -f markdown\n";
  return finish_stdout(exit_ok);
}

}  // namespace aser
