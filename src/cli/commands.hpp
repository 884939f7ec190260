// The subcommands, each a plain function over a plain options struct, so that
// CLI11 stays in app.cpp and each command reads as a list of pipeline steps.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "cli/output.hpp"

namespace aser {

struct RankOptions {
  InputOptions input;
  std::string format = "table";      ///< table | json | csv | markdown | html | xlsx
  std::string output;                ///< -o FILE; empty: stdout
  std::optional<std::string> lot;    ///< --lot
  std::vector<std::string> weights;  ///< --weight ID=W, in the order given
  bool keep_going = false;
  std::optional<int> top;
  bool strict = false;
  ColorMode color = ColorMode::automatic;
  bool bom = false;  ///< -f csv: start with a UTF-8 BOM (--sep, --decimal-comma are in `input`)
  std::optional<std::string> date;  ///< --date: a date printed in the report (none by default)
  bool wide = false;                ///< --wide: -f table with full group names, however wide
  bool analyze = false;  ///< -f html --analyze: add stability, reversal and SMAA (defaults)
};

/// `aser explain BID_ID [PATH...]`, or `--all` (then every positional is a path).
struct ExplainOptions {
  InputOptions input;
  std::string bid;  ///< the bid to explain; empty with --all
  bool all = false;
  std::optional<std::string> lot;    ///< --lot
  std::vector<std::string> weights;  ///< --weight ID=W
  bool keep_going = false;
  std::string output;  ///< -o FILE; empty: stdout
  ColorMode color = ColorMode::automatic;
};

/// `aser init [DIR] [--grid NAME]`: a starter criteria.yaml and two example bids.
struct InitOptions {
  std::string dir = ".";
  std::string grid = "aser-default";  ///< a built-in grid's name
  bool force = false;                 ///< overwrite existing files
};

/// `aser form [-c GRID] [-f yaml|csv|markdown]`: the bid form bidders fill in.
struct FormOptions {
  std::string grid;  ///< a file or a built-in name; empty: ./criteria.yaml, else the default
  std::string format = "yaml";
  std::string output;  ///< -o FILE; empty: stdout
};

/// `aser schema grid|bid|report [-c GRID]`: JSON Schemas (draft 2020-12).
struct SchemaOptions {
  std::string kind;  ///< grid | bid | report
  std::string grid;  ///< bid: the grid whose answers the schema describes
  std::string output;
};

/// `aser lint [-c GRID]`: legal and sanity checks before a grid is published.
struct LintOptions {
  std::string grid;  ///< a file or a built-in name; empty: ./criteria.yaml
  bool strict = false;
  std::optional<std::string> lang;  ///< --lang fr|en: overrides the grid's language
};

/// `aser letters [PATH...] [-o DIR]`: a letter per bid that did not win.
struct LettersOptions {
  InputOptions input;
  std::string output;  ///< -o DIR; empty: the Markdown letters on stdout
  std::optional<std::string> lot;
  std::vector<std::string> weights;
  bool keep_going = false;
  std::optional<std::string> date;  ///< --date: printed in each letter
  std::string template_file;        ///< --template FILE: the buyer's wording
};

struct ValidateOptions {
  InputOptions input;
  bool strict = false;
};

/// `aser analyze [PATH...]`: weight stability, rank reversal, SMAA (DESIGN section 7).
struct AnalyzeOptions {
  InputOptions input;
  std::vector<std::string> only;  ///< --only stability,reversal,smaa; empty: all three
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  std::optional<double> around;  ///< --around P (%)
  bool keep_order = false;
  std::string over = "top";  ///< top | leaves
  unsigned threads = 0;      ///< 0: one per core
  double fragile = 5;        ///< --fragile P: warn when the winner moves with < P points of share
  bool strict = false;
  std::string format = "table";  ///< table | json | markdown | html
  std::string output;
  std::optional<std::string> lot;
  bool keep_going = false;
  ColorMode color = ColorMode::automatic;
};

int run_rank(const RankOptions& options);
int run_analyze(const AnalyzeOptions& options);
int run_validate(const ValidateOptions& options);
int run_letters(const LettersOptions& options);
int run_explain(const ExplainOptions& options);
int run_init(const InitOptions& options);
int run_form(const FormOptions& options);
int run_schema(const SchemaOptions& options);
int run_lint(const LintOptions& options);
int run_grids_list();
int run_grids_show(const std::string& name);

/// Prints diagnostics to stderr, in GNU form.
void print_diagnostics(const Diagnostics& diagnostics);

/// "aser: error: ..." on stderr.
void print_error(const std::string& message);

}  // namespace aser
