// End-to-end: the bar chart of `aser rank` on a terminal (a pseudo-terminal
// made by util-linux's `script`): in colour by default, plain characters under
// NO_COLOR, and none when stdout is not a terminal.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "e2e/run.hpp"

using aser::test::run_aser;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// `aser ARGS` on a pseudo-terminal with ENV; its output as the terminal got it.
std::string on_terminal(const std::string& env, const std::string& args) {
  std::string dir = aser::test::temp_dir();
  std::string command = "cd '" ASER_SOURCE_DIR "' && script -qec \"env " + env +
                        " '" ASER_BINARY "' " + args + "\" /dev/null > " + dir + "/tty.txt";
  REQUIRE(std::system(command.c_str()) == 0);
  return aser::test::read_file(dir + "/tty.txt");
}

}  // namespace

TEST_CASE("on a terminal the table ends each ranking with a bar chart") {
  if (std::system("script -qec true /dev/null >/dev/null 2>&1") != 0) {
    WARN("no pseudo-terminal here (util-linux 'script' failed): the terminal test is skipped");
    return;
  }
  // ecobrillance, 50 columns for 100 points: price 20.39 → 10.2 → 10 columns;
  // + social 30 = 50.39 → 25.2 → 25 (15); + environment 28.88 = 79.27 →
  // 39.6 → 40 (15); 10 spaces to 50. Ids are padded to "atelier-solidaire" (17).
  std::string plain = on_terminal("NO_COLOR=1 TERM=xterm", "rank examples/nettoyage");
  CHECK(contains(plain, "Points par groupe (points sur 100) — 1 caractère = 2"));
  CHECK(contains(plain, "1  ecobrillance       " + repeat("#", 10) + repeat("=", 15) +
                            repeat("+", 15) + repeat(" ", 10) + "  79,27"));
  CHECK(contains(plain,
                 "Légende\u00a0: # Prix  = Performance sociale  + Performance "
                 "environnementale"));
  CHECK_FALSE(contains(plain, "\x1b["));

  std::string coloured = on_terminal("-u NO_COLOR TERM=xterm", "rank examples/nettoyage");
  const std::string block = "\u2588";
  CHECK(contains(coloured, "1  ecobrillance       \x1b[34m" + repeat(block, 10) +
                               "\x1b[0m\x1b[35m" + repeat(block, 15) + "\x1b[0m\x1b[36m" +
                               repeat(block, 15) + "\x1b[0m"));
  CHECK(contains(coloured, "\x1b[34m" + block + "\x1b[0m Prix"));

  // Not a terminal: no chart (the README's block stays the same bytes).
  auto piped = run_aser("rank examples/nettoyage");
  CHECK_FALSE(contains(piped.out, "Légende"));
  CHECK_FALSE(contains(piped.out, "Points par groupe"));
  // -o on a terminal: the file has no chart either.
  std::string dir = aser::test::temp_dir();
  on_terminal("NO_COLOR=1 TERM=xterm", "rank examples/nettoyage -o " + dir + "/out.txt");
  CHECK_FALSE(contains(aser::test::read_file(dir + "/out.txt"), "Légende"));
}
