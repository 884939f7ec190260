// `aser letters [PATH...] [-o DIR]`: the pipeline of `rank`, then one letter
// per bid that did not win (ranked lower, excluded or invalid), Markdown and
// HTML, into DIR (or the Markdown on stdout).
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/evaluated_run.hpp"
#include "cli/exit_codes.hpp"
#include "report/letters.hpp"

namespace aser {

namespace {

// A bid id as a file name: letters, digits, '.', '-' and '_' kept, anything
// else (a '/', a space, a non-ASCII byte) becomes '_'; a name another bid
// already took gets "-2", "-3"...
std::string file_stem(const std::string& id, std::set<std::string>& taken) {
  std::string stem;
  for (char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || (c == '.' && !stem.empty());
    stem += keep ? c : '_';
  }
  if (stem.empty()) stem = "_";
  std::string name = stem;
  for (int n = 2; !taken.insert(name).second; ++n) name = stem + "-" + std::to_string(n);
  return name;
}

bool read_whole(const std::string& path, std::string& text, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read the template '" + path + "': " + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

}  // namespace

int run_letters(const LettersOptions& options) {
  // 1. The buyer's template, if any, before the bids (a typo there is cheap to fix).
  LetterOptions letter;
  letter.version = ASER_VERSION;
  letter.date = options.date;
  if (!options.template_file.empty()) {
    std::string text, error;
    if (!read_whole(options.template_file, text, error)) {
      print_error(error);
      return exit_invalid_input;
    }
    letter.template_text = std::move(text);
    letter.template_name = options.template_file;
  }

  // 2-4. Load, stop on errors, --weight and --lot, score and rank, as `rank` does.
  RunRequest request{options.input, options.lot, options.weights, options.keep_going};
  request.done = "written";
  request.does = "writes letters for";
  EvaluatedRun run = evaluate_run(request);
  if (!run.ok) return run.exit_code;

  // 5. The letters; a template problem is the user's to fix (exit 1).
  Letters letters = render_letters(run.grid, run.evaluation, letter);
  if (has_errors(letters.diagnostics)) {
    print_diagnostics(letters.diagnostics);
    print_error("the letter template has problems, no letter written");
    return exit_invalid_input;
  }
  if (letters.letters.empty()) {
    std::cerr << "aser: no letter to write: every bid took rank 1\n";
    return exit_ok;
  }

  // 6. Without -o, the Markdown letters on stdout, each after a comment naming its bid.
  if (options.output.empty()) {
    std::string text;
    for (const Letter& one : letters.letters)
      text += (text.empty() ? "" : "\n") + std::string("<!-- aser letter: ") + one.bid +
              " -->\n\n" + one.markdown;
    if (std::string error = emit("", text); !error.empty()) {
      print_error(error);
      return exit_invalid_input;
    }
    return exit_ok;
  }

  // 7. With -o DIR: DIR/<bid>.md and DIR/<bid>.html, each written atomically.
  std::error_code code;
  std::filesystem::create_directories(options.output, code);
  if (code) {
    print_error("cannot create the folder '" + options.output + "': " + code.message());
    return exit_invalid_input;
  }
  std::set<std::string> taken;
  for (const Letter& one : letters.letters) {
    std::string base = options.output + "/" + file_stem(one.bid, taken);
    for (const auto& [path, text] :
         {std::pair{base + ".md", &one.markdown}, std::pair{base + ".html", &one.html}})
      if (std::string error = write_file_atomically(path, *text); !error.empty()) {
        print_error(error);
        return exit_invalid_input;
      }
  }
  std::size_t count = letters.letters.size();
  std::cerr << "aser: " << count << (count == 1 ? " letter" : " letters") << " written to "
            << options.output << " (Markdown and HTML)\n";
  return exit_ok;
}

}  // namespace aser
