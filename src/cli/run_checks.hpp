// Decisions shared by `rank` and `validate` after loading: which errors stop
// the run, and the summary line printed on stderr.
#pragma once

#include <string>

#include "cli/inputs.hpp"
#include "model/catalogue.hpp"
#include "model/evaluation.hpp"

namespace aser {

/// Errors that stop the run even with --keep-going: those not tied to a bid
/// file that is listed as invalid (grid errors, paths that do not exist, no bids).
std::size_t run_errors(const Inputs& inputs);

/// Errors of any kind, and warnings.
std::size_t error_count(const Diagnostics& diagnostics);
std::size_t warning_count(const Diagnostics& diagnostics);

/// One diagnostic on one line ("file:line:col: message"), for reports.
std::string one_line(const Diagnostic& diagnostic, Language language = Language::en);

/// Where every file went, for stderr: "aser: 5 bids ranked, 1 excluded, 1
/// invalid; 2 files skipped as not bids (a/README.txt, a/notes.pdf)".
/// Empty when every file found is a bid that was ranked or excluded: nothing
/// then needs saying.
std::string summary_line(const Inputs& inputs, const Evaluation& evaluation);

}  // namespace aser
