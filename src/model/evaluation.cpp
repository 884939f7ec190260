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
