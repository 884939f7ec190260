// aser: rank supplier bids on price and social and environmental criteria.
#include "cli/app.hpp"

int main(int argc, char** argv) {
  return aser::run_cli(argc, argv);
}
