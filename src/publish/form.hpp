// The bid form: what a grid asks of bidders, generated from the grid alone, to
// send out with the tender. The YAML form filled in is a bid file; the CSV form
// is the header row of a bid table; the Markdown form is a table to publish.
#pragma once

#include <string>
#include <vector>

#include "model/grid.hpp"

namespace aser {

/// One answer the grid reads, with what a bidder needs to know to give it.
struct FormField {
  std::string path;
  std::string label;  ///< the criterion's label (or a description of the reader)
  std::string unit;
  enum class Type { number, label, boolean } type = Type::number;
  std::vector<std::string> labels;        ///< Type::label: the allowed labels, in the grid's order
  std::string better;                     ///< "higher is better", "from 0 (worst) to 10 (best)"...
  std::vector<std::string> requirements;  ///< "at least 5: Clause sociale…", in the grid's order
  std::string missing;    ///< what an absent answer does: "scores 0", "excludes the bid"...
  bool required = false;  ///< a requirement, or missing: exclude | error
  std::string evidence;   ///< the proof asked for; may be empty
};

/// Every answer path the grid reads (criteria in the grid's order, then
/// requirements, then the cost section), each once; `cost` itself is computed.
std::vector<FormField> form_fields(const Grid& grid);

/// A YAML bid file to fill in: `id`, `supplier`, `lot` first, then the answers
/// nested by path with empty values, each after a comment saying what to write;
/// then `evidence` for the criteria that ask for one.
std::string form_yaml(const Grid& grid);

/// The header row of a CSV bid table: id, supplier, lot, the answer paths,
/// then `evidence.<path>` columns; `,` or, for a French grid, `;`. CRLF ended,
/// as RFC 4180 says.
std::string form_csv(const Grid& grid);

/// A Markdown page: the grid's name, how to answer, and a table of the answers.
std::string form_markdown(const Grid& grid);

/// Example bid `n` (1 or 2) for `aser init`, as a YAML bid file: answers
/// within each rule's range that meet every requirement on an answer. Bid 1
/// is better on quality (90 % of each range), bid 2 cheaper (92,000 against
/// 100,000), so the two do not tie.
std::string example_bid_yaml(const Grid& grid, int n);

}  // namespace aser
