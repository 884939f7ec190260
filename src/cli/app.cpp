// Wires the subcommands with CLI11 (kept to this one file: CLI11 is slow to
// compile) and maps every failure to an exit code.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "support/suggest.hpp"

namespace aser {

namespace {

const char* const main_help = R"(aser ranks supplier bids for a tender on price and on social and
environmental criteria, by a published grid, and reports every score and point.

Examples:
  aser rank examples/nettoyage                  rank the bids of a folder (criteria.yaml beside them)
  aser rank bids/ -c grid.yaml -f json -o r.json  a JSON report, written atomically
  aser rank bids/ --weight price=50 --lot 2     what-if: another weight, one lot
  aser validate bids/ -c grid.yaml              check the grid and every bid; rank nothing
  aser grids                                    the built-in grids)";

const char* const rank_help = R"(Score and rank the bids by the grid.

Examples:
  aser rank examples/nettoyage
  aser rank bids/ -c grid.yaml -f csv -o ranking.csv
  aser rank bids/ --weight environment=40 --top 3
  cat bid.yaml | aser rank - -c grid.yaml

PATH is a bid file (.yaml, .yml, .json), a folder searched recursively, or '-'
for one bid on standard input. Without -c, the criteria.yaml beside the bids is
used, else the built-in grid 'aser-default'. Exit codes: 0 done, 1 invalid grid
or bid (every problem is listed on stderr), 2 usage error, 3 internal error.)";

const char* const validate_help = R"(Check the grid and every bid, list every problem; rank nothing.

Examples:
  aser validate examples/nettoyage
  aser validate bids/ -c grid.yaml --strict     warnings fail too)";

const char* const grids_help = R"(List the built-in grids, or print one.

Examples:
  aser grids
  aser grids show aser-default > criteria.yaml)";

// The subcommand list of `aser --help` shows the first line of each
// description only; `aser rank --help` shows the whole, examples first.
class Formatter : public CLI::Formatter {
 public:
  std::string make_subcommand(const CLI::App* sub) const override {
    std::string description = sub->get_description();
    description = description.substr(0, description.find('\n'));
    std::ostringstream out;
    CLI::detail::format_help(out, sub->get_name(), description, column_width_);
    return out.str();
  }
};

void add_input_options(CLI::App& command, InputOptions& input) {
  command.add_option("paths", input.paths, "Bid files, folders, or - for stdin (default: .)");
  command.add_option("-c,--grid", input.grid, "Grid file, or the name of a built-in grid");
  command.add_option("-j,--jobs", input.jobs, "Threads reading bids (default: one per core)")
      ->check(CLI::Range(0u, 256u));
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{main_help, "aser"};
  app.formatter(std::make_shared<Formatter>());
  app.set_version_flag("--version", std::string("aser ") + ASER_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  RankOptions rank;
  CLI::App* rank_command = app.add_subcommand("rank", rank_help);
  add_input_options(*rank_command, rank.input);
  rank_command->add_option("-f,--format", rank.format, "Report format")
      ->check(CLI::IsMember({"table", "json", "csv", "markdown"}))
      ->capture_default_str();
  rank_command->add_option("-o,--output", rank.output, "Write the report to FILE (atomically)");
  rank_command->add_option("--lot", rank.lot, "Rank only this lot");
  rank_command->add_option("--weight", rank.weights,
                           "What-if: give node ID the raw weight W (ID=W, repeatable)");
  rank_command->add_flag("--keep-going", rank.keep_going,
                         "Rank the readable bids; list the others as invalid");
  rank_command->add_option("--top", rank.top, "Show only the first N ranked bids")
      ->check(CLI::Validator(
          [](std::string& text) {
            bool whole = !text.empty() && text.size() < 10 &&
                         text.find_first_not_of("0123456789") == std::string::npos;
            return whole && std::stoi(text) >= 1
                       ? std::string()
                       : "expects a whole number of at least 1, got '" + text + "'";
          },
          "N >= 1"));
  rank_command->add_flag("--strict", rank.strict, "Exit 1 when there is any warning");
  rank_command->add_option("--color", rank.color, "Colour: auto, always or never")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, ColorMode>{{"auto", ColorMode::automatic},
                                                                   {"always", ColorMode::always},
                                                                   {"never", ColorMode::never}},
                                  CLI::ignore_case));

  ValidateOptions validate;
  CLI::App* validate_command = app.add_subcommand("validate", validate_help);
  add_input_options(*validate_command, validate.input);
  validate_command->add_flag("--strict", validate.strict, "Exit 1 when there is any warning");

  CLI::App* grids_command = app.add_subcommand("grids", grids_help);
  std::string grid_name;
  CLI::App* show_command = grids_command->add_subcommand("show", "Print a built-in grid's YAML");
  show_command->add_option("name", grid_name, "The grid's name")->required();

  // No command at all: the help teaches more than "A subcommand is required".
  if (argc == 1) {
    std::cerr << app.help();
    return exit_usage;
  }

  // CLI11 says "A subcommand is required" for a mistyped one: name it instead.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      std::string hint = did_you_mean(argv[1], names);
      print_error(std::string("unknown command '") + argv[1] + "'");
      std::cerr << (hint.empty()
                        ? "hint: the commands are rank, validate and grids; see 'aser --help'"
                        : hint)
                << '\n';
      return exit_usage;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? exit_ok : exit_usage;
  }

  try {
    if (rank_command->parsed()) return run_rank(rank);
    if (validate_command->parsed()) return run_validate(validate);
    if (show_command->parsed()) return run_grids_show(grid_name);
    if (grids_command->parsed()) return run_grids_list();
  } catch (const std::exception& error) {
    print_error(std::string("internal error: ") + error.what());
    return exit_internal;
  }
  return exit_usage;
}

}  // namespace aser
