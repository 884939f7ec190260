// Runs the aser binary as a user would, capturing stdout, stderr and the exit code.
#pragma once

#include <string>

namespace aser::test {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `aser ARGS` from the repository root through /bin/sh (ARGS is shell
/// text: quote as in a shell). `input` goes to stdin. NO_COLOR is set unless
/// `env` is given: then it replaces that setting ("-u NO_COLOR", "TERM=dumb ...").
Run run_aser(const std::string& args, const std::string& input = "", const std::string& env = "");

/// A fresh temporary folder, removed at the end of the test program.
std::string temp_dir();

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

}  // namespace aser::test
