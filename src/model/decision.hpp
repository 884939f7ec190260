// The committee's decisions on bids (docs/decisions.md): excluding a bid after
// an inquiry, correcting an obvious arithmetic error in an answer, accepting a
// flagged bid. Read from decisions.yaml; applied before scoring; shown beside
// the bid they concern in every report.
#pragma once

#include <string>
#include <vector>

#include "model/position.hpp"

namespace aser {

enum class DecisionKind { exclude, correct, accept };

/// "exclude", "correct", "accept": as written in decisions.yaml and the JSON report.
const char* decision_name(DecisionKind kind);

struct Decision {
  DecisionKind kind = DecisionKind::exclude;
  std::string bid;     ///< the bid's id
  std::string reason;  ///< why, in the committee's words
  std::string date;    ///< YYYY-MM-DD
  // correct only:
  std::string answer;      ///< the dotted path of the corrected answer
  double value = 0;        ///< the corrected value
  std::string value_text;  ///< as written in decisions.yaml
  std::string was;         ///< the answer as the bid wrote it (set when applied)
  Position pos;            ///< where the decision starts in decisions.yaml
};

/// The decisions file of a run: its name and SHA-256 go to the provenance.
struct DecisionSet {
  std::string file;  ///< display name
  std::string sha256;
  std::vector<Decision> decisions;  ///< in file order
};

}  // namespace aser
