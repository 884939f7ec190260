// The two event readers of issue 11 side by side, before choosing one: every
// file of a folder is read into memory first, then each reader walks the events
// of every file, reading each scalar's text and each event's line and column,
// on one thread. Prints files per second for each (best of 3 rounds).
//
// build: g++ -O2 -std=c++20 bench/event_readers.cpp -o build/event_readers \
//          $(pkg-config --cflags --libs yaml-0.1 libfyaml)
// usage: build/event_readers FOLDER
//        build/event_readers --probe < FILE   (does each reader accept FILE?)
#include <libfyaml.h>
#include <yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::size_t sink = 0;  // keeps the reads from being optimised away

bool libyaml(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  bool ok = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ok = false;
      break;
    }
    sink += event.start_mark.line + event.start_mark.column;
    if (event.type == YAML_SCALAR_EVENT) sink += event.data.scalar.length;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return ok;
}

bool libfyaml(fy_parser* parser, const std::string& text) {
  fy_parser_reset(parser);
  if (fy_parser_set_string(parser, text.data(), text.size()) != 0) return false;
  for (fy_event* event; (event = fy_parser_parse(parser)) != nullptr;) {
    if (const fy_mark* mark = fy_event_start_mark(event)) sink += mark->line + mark->column;
    if (event->type == FYET_SCALAR) {
      std::size_t length = 0;
      fy_token_get_text(fy_event_get_token(event), &length);
      sink += length;
    }
    fy_parser_event_free(parser, event);
  }
  return !fy_parser_get_stream_error(parser);
}

template <typename F>
double files_per_second(const std::vector<std::string>& texts, F read) {
  double best = 0;
  for (int round = 0; round < 3; ++round) {
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& text : texts)
      if (!read(text)) std::fprintf(stderr, "a file failed to parse\n");
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::max(best, texts.size() / took.count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  if (argc == 2 && std::string(argv[1]) == "--probe") {
    std::ostringstream in;
    in << std::cin.rdbuf();
    fy_parser* parser = fy_parser_create(&cfg);
    std::printf("libyaml %s, libfyaml %s\n", libyaml(in.str()) ? "accepts" : "rejects",
                libfyaml(parser, in.str()) ? "accepts" : "rejects");
    fy_parser_destroy(parser);
    return 0;
  }
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".json")) continue;
    if (entry.path().filename() == "criteria.yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    texts.push_back(out.str());
  }
  std::printf("%zu files\n", texts.size());
  std::printf("libyaml 0.2.5, a parser per file:        %8.0f files/s\n",
              files_per_second(texts, libyaml));
  fy_parser* parser = fy_parser_create(&cfg);
  std::printf("libfyaml 0.7.12, one parser, reset:      %8.0f files/s\n",
              files_per_second(texts, [&](const std::string& t) { return libfyaml(parser, t); }));
  fy_parser_destroy(parser);
  std::printf("libfyaml 0.7.12, a parser per file:      %8.0f files/s\n",
              files_per_second(texts, [&](const std::string& t) {
                fy_parser* p = fy_parser_create(&cfg);
                const bool ok = libfyaml(p, t);
                fy_parser_destroy(p);
                return ok;
              }));
  return sink == 42 ? 1 : 0;
}
