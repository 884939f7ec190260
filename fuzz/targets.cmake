# The fuzz targets and their shared sources, for fuzz/CMakeLists.txt (libFuzzer,
# clang) and for the corpus replay in tests/CMakeLists.txt (any compiler).
set(ASER_FUZZ_TARGETS grid bid_yaml bid_json rank)
set(ASER_FUZZ_SUPPORT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/fuzz_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/invariants.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tender.cpp)
set(ASER_FUZZ_LIBRARIES aser_report aser_score aser_load aser_model aser_support
  nlohmann_json::nlohmann_json)
