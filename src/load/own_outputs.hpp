// aser's own outputs found among the bids (issue 9, case 4): a report written
// with -o into the bid folder, a bid form not filled in, a JSON Schema, or the
// very file aser's standard output goes to. They are skipped, never read as bids.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace aser {

/// Why the file whose first bytes are `head` (and whose extension, lower
/// case, is `ext`: ".json", ".csv", ".yaml", ".yml") is aser's own output, or
/// "" when it is not:
/// - a JSON report: a top-level "aser" object holding "kind": "report";
/// - a JSON Schema that aser wrote: "$schema" first, then a "title" "aser …";
/// - a CSV report: a header starting lot,rank,id (any separator) that has an
///   aser_version column;
/// - a YAML bid form (first line "# Bid form — …" or "# Formulaire de réponse
///   — …") while none of its answers is filled in: once a bidder writes one
///   answer, it is a bid.
/// `head` holds the whole file for YAML forms (they are small), the first
/// 4 KiB otherwise.
std::string own_output_why(std::string_view head, const std::string& ext);

/// own_output_why on a whole file's bytes, with the same heads and size rules
/// as own_output_file (a YAML file of 64 KiB or more is never a blank form; a
/// CSV of 4 KiB or more only a report). `is_stdout`: the file is this
/// process's standard output.
std::string own_output_in(std::string_view bytes, const std::string& ext, bool is_stdout);

/// The device and inode of this process's standard output when it is a
/// regular file, else {0, 0}.
std::pair<unsigned long, unsigned long> stdout_file_id();

/// own_output_why for a file on disk (regular files only; reads at most
/// 64 KiB), plus the file that is this process's standard output (same device
/// and inode as fd 1: `aser rank -f csv > classement.csv` in the bid folder).
std::string own_output_file(const std::string& path);

}  // namespace aser
