// Name: interned keys of answers and scores, which must order, compare and
// read exactly as the std::string keys they replace (the reports' bytes).
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "model/flat_map.hpp"
#include "model/name.hpp"

using aser::FlatMap;
using aser::Name;

TEST_CASE("name: equal texts are one copy, read as the text") {
  const std::string text = "social.insertion_hours_pct";
  Name a(text);
  Name b(std::string_view("social.insertion_hours_pct"));
  CHECK(a == b);
  CHECK(a.data() == b.data());  // interned: the same bytes
  CHECK(a.str() == text);
  CHECK(a == text);
  CHECK(a == "social.insertion_hours_pct");
  CHECK(a != "social");
  CHECK(a.size() == text.size());
  CHECK(Name().empty());
  CHECK(Name("") == Name());
  const std::string& as_string = a;
  CHECK(as_string == text);
  CHECK(a + ".x" == text + ".x");
  CHECK("x." + a == "x." + text);
  CHECK(a.find('.') == 6);
  CHECK(a.substr(0, 6) == "social");
  std::ostringstream out;
  out << a;
  CHECK(out.str() == text);
}

TEST_CASE("name: orders as std::string, so maps keep the reports' order") {
  const std::vector<std::string> texts{"price", "social", "social.a", "environment", "Zeta",
                                       "é",     "a.b",    "a",        "a.b.c",       ""};
  std::map<std::string, int> by_string;
  FlatMap<Name, int> by_name;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    by_string[texts[i]] = static_cast<int>(i);
    by_name[Name(texts[i])] = static_cast<int>(i);
  }
  std::vector<std::string> a, b;
  for (const auto& [key, value] : by_string) a.push_back(key + "=" + std::to_string(value));
  for (const auto& [key, value] : by_name) b.push_back(key + "=" + std::to_string(value));
  CHECK(a == b);
  // Looked up by any string type.
  CHECK(by_name.find(std::string("social"))->second == 1);
  CHECK(by_name.find(std::string_view("a.b"))->second == 6);
  CHECK(by_name.find("missing") == by_name.end());
  CHECK(Name("a") < Name("b"));
  CHECK(Name("b") > std::string("a"));
  CHECK(std::string_view("a") < Name("b"));
}

TEST_CASE("name: threads naming the same texts get the same names") {
  std::vector<const char*> seen(4 * 100);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 100; ++i)
        seen[static_cast<std::size_t>(t * 100 + i)] =
            Name("thread-test-" + std::to_string(i)).data();
    });
  for (std::thread& thread : threads) thread.join();
  for (int t = 1; t < 4; ++t)
    for (int i = 0; i < 100; ++i)
      CHECK(seen[static_cast<std::size_t>(t * 100 + i)] == seen[static_cast<std::size_t>(i)]);
}
