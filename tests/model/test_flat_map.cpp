// FlatMap stands in for std::map in bids and results: the same answers to
// find/at/[]/emplace, and iteration in key order (the reports' order).
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <stdexcept>
#include <string>

#include "model/flat_map.hpp"

using aser::FlatMap;

TEST_CASE("flat map: inserts keep key order, whatever the insertion order", "[flat_map]") {
  FlatMap<std::string, int> map;
  map["social"] = 2;
  map["price"] = 1;
  map["environment"] = 3;
  std::string keys;
  for (const auto& [key, value] : map) keys += key + "=" + std::to_string(value) + " ";
  CHECK(keys == "environment=3 price=1 social=2 ");
  CHECK(map.size() == 3);
}

TEST_CASE("flat map: find, at, contains, count with other string types", "[flat_map]") {
  FlatMap<std::string, double> map{{"b", 2.5}, {"a", 1.5}};
  CHECK(map.find(std::string_view("a"))->second == 1.5);
  CHECK(map.find("c") == map.end());
  CHECK(map.at(std::string("b")) == 2.5);
  CHECK_THROWS_AS(map.at("c"), std::out_of_range);
  CHECK(map.contains("a"));
  CHECK(map.count("z") == 0);
  const auto& same = map;
  CHECK(same.find("b") != same.end());
}

TEST_CASE("flat map: emplace and insert_or_assign keep std::map's answers", "[flat_map]") {
  FlatMap<std::string, std::string> map;
  auto [first, inserted] = map.emplace("price", "12");
  CHECK(inserted);
  CHECK(first->second == "12");
  auto [again, inserted_again] = map.emplace("price", "13");  // there already: untouched
  CHECK_FALSE(inserted_again);
  CHECK(again->second == "12");
  CHECK_FALSE(map.insert_or_assign("price", "14").second);
  CHECK(map.at("price") == "14");
  CHECK(map.erase("price") == 1);
  CHECK(map.erase("price") == 0);
  CHECK(map.empty());
}

TEST_CASE("flat map: the same contents and order as std::map on random keys", "[flat_map]") {
  std::mt19937 random(20261205);
  std::uniform_int_distribution<int> pick(0, 199);
  FlatMap<std::string, int> flat;
  std::map<std::string, int> reference;
  for (int i = 0; i < 1000; ++i) {
    const std::string key = "k" + std::to_string(pick(random));
    flat[key] += i;
    reference[key] += i;
  }
  REQUIRE(flat.size() == reference.size());
  auto it = reference.begin();
  for (const auto& [key, value] : flat) {
    CHECK(key == it->first);
    CHECK(value == it->second);
    ++it;
  }
}
