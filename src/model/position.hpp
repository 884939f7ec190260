// Where something stands in a file: 1-based line and column, 0 when unknown.
#pragma once

namespace aser {

struct Position {
  int line = 0;
  int column = 0;
  bool known() const { return line > 0; }
};

}  // namespace aser
