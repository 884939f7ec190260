// Wires the subcommands with CLI11 (kept to this one file: CLI11 is slow to
// compile) and maps every failure to an exit code.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <iostream>
#include <limits>
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
  aser explain atelier-solidaire examples/nettoyage   the arithmetic of one bid, line by line
  aser analyze examples/nettoyage               would the winner still win? (weights, reversal, SMAA)
  aser rank examples/nettoyage -f html -o report.html  a report to attach to an award letter
  aser validate bids/ -c grid.yaml              check the grid and every bid; rank nothing
  aser init tender --grid cleaning-services     start a tender from a built-in grid
  aser form -c grid.yaml -f csv                 the bid form bidders fill in
  aser lint -c grid.yaml                        legal and sanity checks before publishing
  aser grids                                    the built-in grids)";

const char* const rank_help = R"(Score and rank the bids by the grid.

Examples:
  aser rank examples/nettoyage
  aser rank bids/ -c grid.yaml -f csv -o ranking.csv
  aser rank bids/ --weight environment=40 --top 3
  aser rank examples/nettoyage -f xlsx -o analyse.xlsx   a workbook whose figures are formulas
  aser rank bids/ --weight price=60%
  cat bid.yaml | aser rank - -c grid.yaml

PATH is a bid file (.yaml, .yml, .json), a folder searched recursively, or '-'
for one bid on standard input. Without -c, the criteria.yaml of the bids' folder
or of a parent up to the current folder; a built-in grid only when named (-c
NAME). The committee's decisions: decisions.yaml beside the grid, or
--decisions FILE. Exit codes: 0 done, 1 invalid grid
or bid (every problem is listed on stderr), 2 usage error, 3 internal error.)";

const char* const analyze_help =
    R"(Would the winner still win? Weight stability, rank reversal and SMAA, per lot.

Examples:
  aser analyze examples/nettoyage
  aser analyze bids/ -c grid.yaml -f json -o analysis.json
  aser analyze bids/ --only stability --fragile 3 --strict   for pipelines
  aser analyze bids/ --only smaa --samples 100000 --around 20

Stability: for each group and criterion, the interval of its share over which
the winner stays first, and the smallest change that changes the winner.
Reversal: the lot scored again without each bid, and the pairs whose order
flips. SMAA: the share of random weightings that give each bid each rank.
docs/analysis.md explains each part. Exit codes: 0 done, 1 invalid input (or,
with --strict, a warning such as a fragile winner), 2 usage error.)";

const char* const validate_help = R"(Check the grid and every bid, list every problem; rank nothing.

Examples:
  aser validate examples/nettoyage
  aser validate bids/ -c grid.yaml --strict     warnings fail too)";

const char* const explain_help = R"(Print the arithmetic of one bid, line by line.

Examples:
  aser explain atelier-solidaire examples/nettoyage
  aser explain --all examples/nettoyage -o explanations.txt
  aser explain B-014 bids/ -c grid.yaml --weight price=50

For each criterion: the answer read and where, the rule and its parameters, the
reference values of relative rules and the bid that sets them, the score, the
effective weight and the points; group subtotals; the life-cycle cost year by
year; the requirements and their outcome; the flags; the rank and the points to
the bids just above and below.)";

const char* const init_help = R"(Write a starter criteria.yaml and two example bids.

Examples:
  aser init tender                              from the default grid
  aser init tender --grid collective-catering   from a built-in grid ('aser grids')
  cd tender && aser rank)";

const char* const form_help = R"(Write the bid form bidders fill in, generated from the grid.

Examples:
  aser form -c grid.yaml > bid.yaml             a YAML form: filled in, it is a bid file
  aser form -c grid.yaml -f csv -o bids.csv     a CSV header: one row per bid
  aser form -c cleaning-services -f markdown    to publish with the tender)";

const char* const schema_help = R"(Print a JSON Schema (draft 2020-12) for editors and validators.

Examples:
  aser schema grid > grid.schema.json
  aser schema bid -c grid.yaml > bid.schema.json   the answers this grid expects
  aser schema report > report.schema.json          the shape of 'aser rank -f json')";

const char* const lint_help = R"(Check a grid before it is published: legal and sanity warnings.

Examples:
  aser lint -c grid.yaml
  aser lint -c grid.yaml --strict               warnings fail (exit 1)

Each warning gives its reason and, where one exists, its source (case or article).)";

const char* const letters_help =
    R"(Write a letter to each bidder who did not win, in the grid's language.

Examples:
  aser letters examples/nettoyage -o lettres        lettres/<bid>.md and lettres/<bid>.html
  aser letters bids/ -c grid.yaml --date 2026-12-04
  aser letters bids/ --template ma-lettre.md -o lettres   the buyer's own wording

One letter per bid ranked below the first, excluded or invalid: its rank and
total, its scores and points beside the winner's, the reasons for exclusion,
the winner's name and relative advantages (the criteria on which it took more
points). Bracketed text ([date], [signatory], the standstill period) is for
the buyer to complete. A template is Markdown with placeholders: {{tender}},
{{lot}}, {{bid}}, {{supplier}}, {{outcome}}, {{reasons}}, {{scores}},
{{advantages}}, {{rank}}, {{ranked_count}}, {{total}}, {{winner}},
{{winner_supplier}}, {{winner_total}}, {{date}}, {{version}}, {{grid}},
{{grid_sha256}}, {{method}} (docs/letters.md).)";

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
  command
      .add_option("-j,--jobs", input.jobs,
                  "Threads reading, scoring and reporting bids (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  command
      .add_option("--sep", input.csv_sep,
                  "CSV separator: of CSV bid tables (default: detected) and of -f csv")
      ->transform(CLI::Validator(
          [](std::string& text) {
            if (text == "\\t" || text == "tab") text = "\t";
            return text == "," || text == ";" || text == "\t" || text == "|"
                       ? std::string()
                       : "expects ',', ';', '|' or tab ('\\t'), got '" + text + "'";
          },
          "SEP"));
  command.add_option("--decisions", input.decisions,
                     "The committee's decisions (default: decisions.yaml beside the grid)");
  command.add_flag("--decimal-comma", input.decimal_comma,
                   "Numbers with a decimal comma (12,5): in CSV bid tables and in -f csv");
  // Limits on what one grid or bid file may hold (docs/cli.md, "Limits").
  command
      .add_option("--max-file-size", input.limits.max_bytes,
                  "Refuse grid and bid files larger than SIZE (default 16M; 500K, 32M, 1G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max() / 2));
  command
      .add_option("--max-depth", input.limits.max_depth,
                  "Refuse files nesting lists and mappings deeper than N (default 64)")
      ->check(CLI::Range(1, max_depth_ceiling));
  command
      .add_option("--max-nodes", input.limits.max_nodes,
                  "Refuse files of more than N nodes after expanding aliases (default 100000)")
      ->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max() / 2));
  command.add_option("--lang", input.lang, "The reports' language: fr or en (default: the grid's)")
      ->check(CLI::IsMember({"fr", "en"}));
}

void add_color_option(CLI::App& command, ColorMode& color) {
  command.add_option("--color", color, "Colour: auto, always or never")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, ColorMode>{{"auto", ColorMode::automatic},
                                                                   {"always", ColorMode::always},
                                                                   {"never", ColorMode::never}},
                                  CLI::ignore_case));
}

std::string join_names(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return text;
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
      ->check(CLI::IsMember({"table", "json", "csv", "markdown", "html", "xlsx"}))
      ->capture_default_str();
  rank_command->add_option("-o,--output", rank.output, "Write the report to FILE (atomically)");
  rank_command->add_option("--lot", rank.lot, "Rank only this lot");
  rank_command->add_option(
      "--weight", rank.weights,
      "What-if: node ID gets the raw weight W (ID=W) or the share P % (ID=P%); repeatable");
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
  rank_command->add_flag("--wide", rank.wide,
                         "-f table: full group names, however wide (default: fits 120 columns)");
  add_color_option(*rank_command, rank.color);
  rank_command->add_flag("--bom", rank.bom, "-f csv: start with a UTF-8 byte order mark (Excel)");
  rank_command->add_flag("--analyze", rank.analyze,
                         "-f html: add weight stability, rank reversal and SMAA ('aser analyze')");
  rank_command->add_option("--date", rank.date,
                           "Print this date in the report (none by default: same bytes each run)");

  AnalyzeOptions analyze;
  CLI::App* analyze_command = app.add_subcommand("analyze", analyze_help);
  add_input_options(*analyze_command, analyze.input);
  analyze_command
      ->add_option("--only", analyze.only, "Run only these parts: stability,reversal,smaa")
      ->delimiter(',');
  analyze_command->add_option("--samples", analyze.samples, "SMAA: weight samples (default 10000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000000}));
  analyze_command->add_option("--seed", analyze.seed, "SMAA: the random seed (default 1)");
  analyze_command
      ->add_option("--around", analyze.around, "SMAA: sample each weight within +-P % of its value")
      ->check(CLI::Range(0.0, 1e9));
  analyze_command->add_flag("--keep-order", analyze.keep_order,
                            "SMAA: keep the grid's order of weights in each sample");
  analyze_command
      ->add_option("--over", analyze.over, "SMAA: sample the top-level nodes or the leaves")
      ->check(CLI::IsMember({"top", "leaves"}))
      ->capture_default_str();
  analyze_command->add_option("--threads", analyze.threads, "SMAA: threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  analyze_command
      ->add_option(
          "--fragile", analyze.fragile,
          "Warn when a weight change below P points of share changes the winner (default 5)")
      ->check(CLI::Range(0.0, 100.0));
  analyze_command->add_flag("--strict", analyze.strict, "Exit 1 when there is any warning");
  analyze_command->add_option("-f,--format", analyze.format, "Report format")
      ->check(CLI::IsMember({"table", "json", "markdown", "html"}))
      ->capture_default_str();
  analyze_command->add_option("-o,--output", analyze.output,
                              "Write the report to FILE (atomically)");
  analyze_command->add_option("--lot", analyze.lot, "Analyze only this lot");
  analyze_command->add_flag("--keep-going", analyze.keep_going,
                            "Analyze the readable bids; list the others as invalid");
  add_color_option(*analyze_command, analyze.color);

  ExplainOptions explain;
  CLI::App* explain_command = app.add_subcommand("explain", explain_help);
  explain_command->add_option("bid", explain.bid, "The id of the bid to explain (not with --all)");
  add_input_options(*explain_command, explain.input);
  explain_command->add_flag("--all", explain.all, "Explain every bid");
  explain_command->add_option("--lot", explain.lot, "Only this lot");
  explain_command->add_option(
      "--weight", explain.weights,
      "What-if: node ID gets the raw weight W (ID=W) or the share P % (ID=P%); repeatable");
  explain_command->add_flag("--keep-going", explain.keep_going,
                            "Explain with the readable bids; list the others as invalid");
  explain_command->add_option("-o,--output", explain.output, "Write to FILE (atomically)");
  add_color_option(*explain_command, explain.color);

  InitOptions init;
  CLI::App* init_command = app.add_subcommand("init", init_help);
  init_command->add_option("dir", init.dir, "The folder to write in (created if needed)")
      ->capture_default_str();
  init_command->add_option("-g,--grid", init.grid, "The built-in grid to start from")
      ->capture_default_str();
  init_command->add_flag("--force", init.force, "Overwrite files that exist");

  FormOptions form;
  CLI::App* form_command = app.add_subcommand("form", form_help);
  form_command->add_option("-c,--grid", form.grid, "Grid file, or the name of a built-in grid");
  form_command->add_option("-f,--format", form.format, "Form format")
      ->check(CLI::IsMember({"yaml", "csv", "markdown"}))
      ->capture_default_str();
  form_command->add_option("-o,--output", form.output, "Write the form to FILE (atomically)");

  SchemaOptions schema;
  CLI::App* schema_command = app.add_subcommand("schema", schema_help);
  schema_command->add_option("kind", schema.kind, "grid, bid or report")
      ->required()
      ->check(CLI::IsMember({"grid", "bid", "report"}));
  schema_command->add_option("-c,--grid", schema.grid,
                             "bid: the grid (file or built-in name) whose answers to describe");
  schema_command->add_option("-o,--output", schema.output, "Write the schema to FILE (atomically)");

  LintOptions lint;
  CLI::App* lint_command = app.add_subcommand("lint", lint_help);
  lint_command->add_option("-c,--grid", lint.grid, "Grid file, or the name of a built-in grid");
  lint_command->add_flag("--strict", lint.strict, "Exit 1 when there is any warning");
  lint_command
      ->add_option("--lang", lint.lang, "The findings' language: fr or en (default: the grid's)")
      ->check(CLI::IsMember({"fr", "en"}));

  LettersOptions letters;
  CLI::App* letters_command = app.add_subcommand("letters", letters_help);
  add_input_options(*letters_command, letters.input);
  letters_command->add_option(
      "-o,--output", letters.output,
      "Write DIR/<bid>.md and DIR/<bid>.html (default: Markdown on stdout)");
  letters_command->add_option("--template", letters.template_file,
                              "A Markdown letter with {{placeholders}}: the buyer's own wording");
  letters_command->add_option("--lot", letters.lot, "Only this lot");
  letters_command->add_option("--weight", letters.weights,
                              "What-if: give node ID the raw weight W (ID=W, repeatable)");
  letters_command->add_flag("--keep-going", letters.keep_going,
                            "Write letters for the readable bids; invalid ones get one too");
  letters_command->add_option("--date", letters.date, "The date printed in each letter");

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
                        ? "hint: the commands are " + join_names(names) + "; see 'aser --help'"
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
    if (analyze_command->parsed()) return run_analyze(analyze);
    if (validate_command->parsed()) return run_validate(validate);
    if (letters_command->parsed()) return run_letters(letters);
    if (explain_command->parsed()) return run_explain(explain);
    if (init_command->parsed()) return run_init(init);
    if (form_command->parsed()) return run_form(form);
    if (schema_command->parsed()) return run_schema(schema);
    if (lint_command->parsed()) return run_lint(lint);
    if (show_command->parsed()) return run_grids_show(grid_name);
    if (grids_command->parsed()) return run_grids_list();
  } catch (const std::exception& error) {
    print_error(std::string("internal error: ") + error.what());
    return exit_internal;
  }
  return exit_usage;
}

}  // namespace aser
