#include "load/own_outputs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aser {

namespace {

std::string_view skip_space(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
    ++i;
  return text.substr(i);
}

// `text` starts with `word` after white space: the rest, or nothing.
bool eat(std::string_view& text, std::string_view word) {
  text = skip_space(text);
  if (text.substr(0, word.size()) != word) return false;
  text.remove_prefix(word.size());
  return true;
}

bool is_json_report(std::string_view text) {
  if (!eat(text, "{") || !eat(text, "\"aser\"") || !eat(text, ":") || !eat(text, "{")) return false;
  const std::string_view object = text.substr(0, text.find('}'));
  const std::size_t kind = object.find("\"kind\"");
  if (kind == std::string_view::npos) return false;
  std::string_view value = object.substr(kind + 6);
  return eat(value, ":") && eat(value, "\"report\"");
}

bool is_json_schema(std::string_view text) {
  if (!eat(text, "{") || !eat(text, "\"$schema\"") || !eat(text, ":")) return false;
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return false;
  text.remove_prefix(comma + 1);
  return eat(text, "\"title\"") && eat(text, ":") && eat(text, "\"aser ");
}

bool is_csv_report(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string_view header = text.substr(0, text.find('\n'));
  if (header.size() < 12 || header.substr(0, 3) != "lot") return false;
  const char sep = header[3];
  const std::string start = std::string("lot") + sep + "rank" + sep + "id" + sep;
  return header.substr(0, start.size()) == start &&
         header.find(std::string(1, sep) + "aser_version" + sep) != std::string_view::npos;
}

// A form: its first line says so, and no line gives a value (a text after
// `key:` that is not a comment). Group lines (`social:`) and comments are empty.
bool is_blank_form(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!text.starts_with("# Bid form \xE2\x80\x94") &&
      !text.starts_with("# Formulaire de r\xC3\xA9ponse \xE2\x80\x94"))
    return false;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    line = skip_space(line);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return false;  // not a form line: filled in somehow
    std::string_view value = skip_space(line.substr(colon + 1));
    if (!value.empty() && value[0] != '#') return false;  // an answer
  }
  return true;
}

// The CSV form (`aser form -f csv`): its header row, starting `id`, `supplier`,
// and not one row below it. One row filled in makes it a bid table.
bool is_blank_csv_form(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t end = text.find('\n');
  const std::string_view header = text.substr(0, end);
  if (header.size() < 12 || header.substr(0, 2) != "id") return false;
  const char sep = header[2];
  const std::string start = std::string("id") + sep + "supplier" + sep;
  if (header.substr(0, start.size()) != start) return false;
  if (end == std::string_view::npos) return true;
  return text.substr(end + 1).find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string own_output_why(std::string_view head, const std::string& ext) {
  if (ext == ".json") {
    if (is_json_report(head)) return "aser's own report (JSON), not a bid";
    if (is_json_schema(head)) return "aser's own JSON Schema, not a bid";
  } else if (ext == ".csv") {
    if (is_csv_report(head)) return "aser's own report (CSV), not a bid";
    if (is_blank_csv_form(head)) return "aser's bid form (CSV), no row filled in: not a bid";
  } else if (ext == ".yaml" || ext == ".yml") {
    if (is_blank_form(head)) return "aser's bid form, not filled in: not a bid";
  }
  return {};
}

namespace {

std::size_t head_limit(const std::string& ext) {
  return ext == ".json" || ext == ".csv" ? 4096 : 65536;
}

std::string lower_extension(const std::string& path) {
  std::string ext;
  if (const std::size_t dot = path.rfind('.'); dot != std::string::npos) ext = path.substr(dot);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return ext;
}

const char* const kStdoutWhy = "aser's own output (its standard output is this file), not a bid";

}  // namespace

std::pair<unsigned long, unsigned long> stdout_file_id() {
  struct stat out;
  if (::fstat(STDOUT_FILENO, &out) != 0 || !S_ISREG(out.st_mode)) return {0, 0};
  return {static_cast<unsigned long>(out.st_dev), static_cast<unsigned long>(out.st_ino)};
}

std::string own_output_in(std::string_view bytes, const std::string& ext, bool is_stdout) {
  if (is_stdout) return kStdoutWhy;
  const std::size_t limit = head_limit(ext);
  const std::string_view head = bytes.substr(0, limit);
  // A YAML file larger than a form ever is: a bid; a CSV too large to have
  // been read whole is not a blank form, and what the head says is enough for
  // a report.
  if ((ext == ".yaml" || ext == ".yml") && head.size() == limit) return {};
  if (ext == ".csv" && head.size() == limit && !is_csv_report(head)) return {};
  return own_output_why(head, ext);
}

std::string own_output_file(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return {};
  const auto [out_dev, out_ino] = stdout_file_id();
  if (out_ino != 0 && out_dev == static_cast<unsigned long>(info.st_dev) &&
      out_ino == static_cast<unsigned long>(info.st_ino))
    return kStdoutWhy;
  const std::string ext = lower_extension(path);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {};
  const std::size_t limit = head_limit(ext);
  std::string head(limit, '\0');
  std::size_t got = 0;
  while (got < limit) {
    const ssize_t n = ::read(fd, head.data() + got, limit - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  head.resize(got);
  return own_output_in(head, ext, false);
}

}  // namespace aser
