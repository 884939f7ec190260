#include "model/evaluation.hpp"

namespace aser {

const char* status_name(Status status) {
  switch (status) {
    case Status::ranked:
      return "ranked";
    case Status::excluded:
      return "excluded";
    case Status::invalid:
      return "invalid";
  }
  return "?";
}

}  // namespace aser

#include "model/decision.hpp"

namespace aser {

const char* decision_name(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::exclude:
      return "exclude";
    case DecisionKind::correct:
      return "correct";
    case DecisionKind::accept:
      return "accept";
  }
  return "?";
}

}  // namespace aser
